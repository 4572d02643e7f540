/** What a client sends to create or replace an organization (ids, versions and status are managed elsewhere). */
import { Type, type Static } from 'typebox';
import { addressLists } from '../common/address.schema.ts';
import { areaProperties } from '../common/area.schema.ts';
import { contactLists } from '../common/contact.schema.ts';
import { languageList, localizedText } from '../common/localized-text.schema.ts';

export const ORGANIZATION_TYPES = ['State', 'Municipality', 'RegionalOrganization', 'Organization', 'Company'] as const;

export const OrganizationType = Type.Enum([...ORGANIZATION_TYPES], {
  description: '`State` (central government), `Municipality`, `RegionalOrganization` (e.g. a wellbeing services county), `Organization` (associations, foundations and other communities, NGOs), `Company`.',
});
export type OrganizationType = Static<typeof OrganizationType>;

export const ElectronicInvoicingAddress = Type.Object(
  {
    address: Type.String({ description: 'E-invoicing address (OVT code or IBAN), e.g. `003707375462`.' }),
    operatorCode: Type.String({ description: 'Code of the e-invoicing operator, e.g. `003721291126`.' }),
    additionalInfo: Type.Optional(localizedText('What the address is for, e.g. a unit.')),
  },
  { additionalProperties: false, description: 'An address for electronic invoices.' },
);
export type ElectronicInvoicingAddress = Static<typeof ElectronicInvoicingAddress>;

export const OrganizationContent = Type.Object(
  {
    type: OrganizationType,
    parentOrganizationId: Type.Optional(
      Type.Union([Type.String({ format: 'uuid' }), Type.Null()], { description: 'Id of the parent organization in the hierarchy; null or absent for a top-level organization.' }),
    ),
    businessId: Type.Optional(Type.String({ description: 'Finnish business ID (Y-tunnus) with its check digit, e.g. `0737546-2`.' })),
    oid: Type.Optional(Type.String({ description: 'OID of the organization, e.g. `1.2.246.10.2345678.10`.' })),
    municipalityCode: Type.Optional(Type.String({ description: 'For a Municipality organization: its municipality code, e.g. `091`.' })),
    languages: languageList('Language versions of the organization description, e.g. `["fi", "sv"]`.'),
    name: localizedText('Official name, e.g. `{"fi": "Mannerheimin Lastensuojeluliitto ry"}`.'),
    alternativeName: Type.Optional(localizedText('Other name or abbreviation, e.g. `{"fi": "MLL"}`.')),
    displayNameType: Type.Optional(
      Type.Enum(['name', 'alternativeName'], { description: 'Which name to show to users; `name` when absent.' }),
    ),
    summary: Type.Optional(localizedText('Short description (at most 150 characters).')),
    description: Type.Optional(localizedText('Description (at most 2,500 characters).')),
    ...contactLists,
    ...addressLists,
    electronicInvoicingAddresses: Type.Optional(Type.Array(ElectronicInvoicingAddress, { description: 'Addresses for electronic invoices.' })),
    ...areaProperties,
  },
  { additionalProperties: false, description: 'An organization: a public authority, an association (NGO) or a company.' },
);
export type OrganizationContent = Static<typeof OrganizationContent>;
