/** What a client sends to create or replace a service (ids, versions and status are managed elsewhere). */
import { Type, type Static } from 'typebox';
import { areaProperties } from '../common/area.schema.ts';
import { ChargeType } from '../common/contact.schema.ts';
import { languageList, localizedList, localizedText } from '../common/localized-text.schema.ts';

const uuid = (description: string) => Type.String({ format: 'uuid', description });
const codes = (description: string) => Type.Array(Type.String(), { description });

export const Producer = Type.Object(
  {
    provisionType: Type.Enum(['SelfProduced', 'PurchasedServices', 'Other'], {
      description: '`SelfProduced` (by the responsible organizations), `PurchasedServices` (bought from a producer), `Other` (e.g. vouchers, volunteers).',
    }),
    organizationIds: Type.Optional(Type.Array(uuid('Id of a producing organization.'), { description: 'Producing organizations in the catalogue.' })),
    additionalInfo: Type.Optional(localizedText('Producer given as free text, e.g. when it is not in the catalogue (at most 150 characters).')),
  },
  { additionalProperties: false, description: 'Who produces the service and how.' },
);
export type Producer = Static<typeof Producer>;

export const Legislation = Type.Object(
  {
    name: localizedText('Name of the act or decree, e.g. "Sosiaalihuoltolaki (1301/2014)".'),
    url: localizedText('Address of the act per language, e.g. in Finlex.'),
  },
  { additionalProperties: false, description: 'An act or decree the service is based on.' },
);
export type Legislation = Static<typeof Legislation>;

export const Voucher = Type.Object(
  {
    name: localizedText('Name of the voucher or of the page listing voucher producers.'),
    url: Type.Optional(localizedText('Address where the voucher producers are listed.')),
    additionalInfo: Type.Optional(localizedText('More about the voucher (at most 150 characters).')),
  },
  { additionalProperties: false, description: 'A service voucher customers can use.' },
);
export type Voucher = Static<typeof Voucher>;

const text = (what: string, max: number) => Type.Optional(localizedText(`${what} (at most ${max.toLocaleString('en')} characters).`));

export const ServiceContent = Type.Object(
  {
    type: Type.Enum(['Service', 'PermitOrObligation', 'ProfessionalQualification'], {
      description: '`Service`, `PermitOrObligation` (a permit, notification or duty), or `ProfessionalQualification`.',
    }),
    fundingType: Type.Optional(Type.Enum(['Public', 'Private'], { description: '`Public` funding, or `Private` (market-funded; also services of associations).' })),
    chargeType: Type.Optional({ ...ChargeType }),
    languages: languageList('Language versions of the service description, e.g. `["fi", "sv"]`.'),
    name: localizedText('Name of the service, as customers would search for it (at most 100 characters).'),
    alternativeName: text('Other name of the service', 100),
    summary: text('Summary: one or two sentences on what the service offers, not repeating the name', 150),
    description: text('Description of the service', 2500),
    userInstructions: text('How to use the service: what the customer does', 2500),
    requirements: text('Who can use the service and on what conditions', 2500),
    deadline: text('Deadline to apply', 500),
    processingTime: text('How long processing takes', 500),
    validityTime: text('How long a decision or permit is valid', 500),
    chargeInfo: text('What the service costs and how it is paid', 500),
    ...areaProperties,
    mainResponsibleOrganizationId: Type.Optional(uuid('The one organization responsible for the service; only its users edit it.')),
    otherResponsibleOrganizationIds: Type.Optional(Type.Array(uuid('Id of an organization.'), { description: 'Other responsible organizations (never the main one); they gain no edit rights.' })),
    producers: Type.Optional(Type.Array(Producer, { description: 'Producers of the service.' })),
    legislation: Type.Optional(Type.Array(Legislation, { description: 'Acts and decrees the service is based on.' })),
    vouchersInUse: Type.Optional(Type.Boolean({ description: 'True when the service can be bought with service vouchers.' })),
    vouchers: Type.Optional(Type.Array(Voucher, { description: 'Service vouchers, when `vouchersInUse`.' })),
    targetGroups: Type.Optional(codes('Target group codes, e.g. `["KR1.2"]`; a sub-group implies its main group.')),
    serviceClasses: Type.Optional(codes('Service class codes, 1–4, not only main classes, e.g. `["P3.1"]`.')),
    ontologyTerms: Type.Optional(codes('YSO ontology terms (asiasanat), 1–10, as ids (`p13050`) or URIs (`http://www.yso.fi/onto/yso/p13050`).')),
    keywords: Type.Optional(localizedList('Free keywords per language (each at most 150 characters), in addition to ontology terms, e.g. `{"fi": ["nuokkari"]}`.')),
    lifeEvents: Type.Optional(codes('Life event codes, e.g. `["KE1"]`; only with the target group Citizens (KR1).')),
    industrialClasses: Type.Optional(codes('TOL 2008 industrial class codes, e.g. `["86210"]`; only with the target group Businesses (KR2).')),
  },
  { additionalProperties: false, description: 'A service: what an organization offers its customers.' },
);
export type ServiceContent = Static<typeof ServiceContent>;
