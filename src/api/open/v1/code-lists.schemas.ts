/** Request and response schemas of the code-list API. */
import { Type } from 'typebox';
export { Type };
import { LocalizedRef } from '../../common.schemas.ts';

const code = (description: string) => Type.String({ description });

const ClassNode = {
  code: code('Code, e.g. `P1.2`.'),
  uri: Type.String({ description: 'Code URI as used by the PTV Open API (uri.suomi.fi).' }),
  name: LocalizedRef,
  description: Type.Union([LocalizedRef, Type.Null()], { description: 'Description per language, when the list has one.' }),
};

const SubClass = Type.Object({ ...ClassNode, parentCode: Type.Union([Type.String(), Type.Null()], { description: 'Code of the main class.' }) });
export const ClassificationTree = Type.Array(
  Type.Object({ ...ClassNode, children: Type.Array(SubClass, { description: 'Sub classes.' }) }),
  { description: 'Main classes in the order of the code list, each with its sub classes.' },
);

export const CodeListIndex = Type.Array(
  Type.Object({
    name: code('Name of the code list.'),
    title: LocalizedRef,
    href: Type.Union([Type.String(), Type.Null()], { description: 'Path of the list in this API, or null when it has no endpoint.' }),
    source: Type.String({ description: 'Where the data comes from.' }),
    licence: Type.String({ description: 'Licence or terms of the data.' }),
    version: Type.Union(
      [
        Type.Object({
          label: Type.String({ description: 'Version label recorded when the list was loaded.' }),
          checksum: Type.String({ description: 'SHA-256 of the loaded files.' }),
          itemCount: Type.Integer({ description: 'Number of items in this version.' }),
          loadedAt: Type.String({ format: 'date-time', description: 'When this version was loaded.' }),
          versionCount: Type.Integer({ description: 'How many versions of the list have been loaded in all.' }),
        }),
        Type.Null(),
      ],
      { description: 'The newest loaded version, or null when the list has not been loaded.' },
    ),
  }),
);

export const IndustrialClassQuery = Type.Object(
  { parent: Type.Optional(Type.String({ minLength: 1, maxLength: 10, description: 'Code of the parent class; without it, the top-level sections (A–U, X).' })) },
  { additionalProperties: false },
);

export const IndustrialClassList = Type.Array(
  Type.Object({
    code: code('TOL 2008 code, e.g. `86` or `86210`.'),
    uri: Type.String({ description: 'Code URI (uri.suomi.fi).' }),
    level: Type.Integer({ description: '1 = section … 5 = sub class.' }),
    parentCode: Type.Union([Type.String(), Type.Null()], { description: 'Parent code.' }),
    name: LocalizedRef,
    description: Type.Union([LocalizedRef, Type.Null()], { description: 'What the class includes and excludes.' }),
    childCount: Type.Integer({ description: 'Number of classes directly below.' }),
  }),
);

export const MunicipalityQuery = Type.Object(
  { includeAbolished: Type.Optional(Type.Boolean({ default: false, description: 'Include abolished municipalities (flagged with their successor).' })) },
  { additionalProperties: false },
);

export const MunicipalityList = Type.Array(
  Type.Object({
    code: code('Statistics Finland municipality code, e.g. `091`.'),
    name: LocalizedRef,
    altNames: Type.Union(
      [Type.Object({ sv: Type.Optional(Type.Array(Type.String(), { description: 'Swedish names.' })) }), Type.Null()],
      { description: 'Recommended other-language names for search, e.g. `{"sv": ["Alavo"]}`.' },
    ),
    organizationName: Type.Union([Type.String(), Type.Null()], { description: 'Name of the municipality as an organization.' }),
    businessId: Type.Union([Type.String(), Type.Null()], { description: 'Business ID (Y-tunnus) of the municipality.' }),
    valid: Type.Boolean({ description: 'False for an abolished municipality.' }),
    mergedInto: Type.Union([Type.String(), Type.Null()], { description: 'Successor of an abolished municipality.' }),
    regionCode: Type.Union([Type.String(), Type.Null()], { description: 'Region (maakunta).' }),
    wellbeingServicesCountyCode: Type.Union([Type.String(), Type.Null()], { description: 'Wellbeing services county (or 90 Helsinki, 91 Åland).' }),
    businessRegionCode: Type.Union([Type.String(), Type.Null()], { description: 'Business region (PTV code).' }),
    hospitalRegionCode: Type.Union([Type.String(), Type.Null()], { description: 'Former hospital district (legacy).' }),
  }),
);

export const AreaList = Type.Array(
  Type.Object({
    code: code('Area code.'),
    name: LocalizedRef,
    legacyCode: Type.Union([Type.String(), Type.Null()], { description: 'Code in PTV data, where it differs (Åland region: 20).' }),
    subtype: Type.Union([Type.String(), Type.Null()], { description: 'wellbeingServicesCounty, cityOfHelsinki or aland (wellbeing services counties only).' }),
    regionCode: Type.Union([Type.String(), Type.Null()], { description: 'Region of a wellbeing services county.' }),
    municipalities: Type.Array(Type.String(), { description: 'Member municipality codes.' }),
  }),
);

export const PostalCodeQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 50, description: 'Start of a postal code or post office name, e.g. `00100` or `helsin`.' })),
    municipality: Type.Optional(Type.String({ pattern: '^[0-9]{3}$', description: 'Only postal codes of this municipality (code).' })),
    limit: Type.Integer({ minimum: 1, maximum: 5000, default: 50, description: 'Maximum number of results.' }),
  },
  { additionalProperties: false },
);

export const PostalCode = Type.Object({
  code: code('Postal code, five digits.'),
  name: LocalizedRef,
  type: Type.String({ description: 'Posti type: normal, poBox, parcelLocker, company, …' }),
  municipality: Type.Object({ code: code('Municipality code.'), name: LocalizedRef }, { description: 'The municipality of the postal code area (today).' }),
});

export const PostalCodeParams = Type.Object({ code: Type.String({ pattern: '^[0-9]{5}$', description: 'Five-digit postal code.' }) });

export const LanguageQuery = Type.Object(
  { content: Type.Optional(Type.Boolean({ default: false, description: 'Only the six content languages (fi, sv, en, se, smn, sms).' })) },
  { additionalProperties: false },
);

export const LanguageList = Type.Array(
  Type.Object({
    code: code('ISO 639-1 (or -3) language code.'),
    name: LocalizedRef,
    contentLanguage: Type.Boolean({ description: 'Content can be written in this language.' }),
    contentOrder: Type.Union([Type.Integer(), Type.Null()], { description: 'Order among content languages.' }),
  }),
);

export const CountryList = Type.Array(
  Type.Object({
    code: code('ISO 3166-1 alpha-2 code.'),
    name: LocalizedRef,
    dialCodes: Type.Array(Type.String(), { description: 'International dialling prefixes, e.g. `+358`.' }),
  }),
);

export const HolidayQuery = Type.Object(
  { year: Type.Optional(Type.Integer({ minimum: 1583, maximum: 9999, description: 'Year; the current year in Finland when omitted.' })) },
  { additionalProperties: false },
);

export const HolidayList = Type.Object({
  year: Type.Integer({ description: 'The year of the dates.' }),
  holidays: Type.Array(
    Type.Object({
      code: code('Holiday code, e.g. `MidsummerDay`.'),
      name: LocalizedRef,
      date: Type.String({ format: 'date', description: 'Date of the holiday in this year.' }),
      valid: Type.Boolean({ description: 'Whether the holiday is in use.' }),
    }),
    { description: 'Holidays and eves in date order.' },
  ),
});

export const EnumMap = Type.Record(
  Type.String(),
  Type.Array(Type.Object({ code: code('Value.'), name: LocalizedRef })),
  { description: 'Values of each enumeration by enumeration name.' },
);

export const DigitalAuthorizationList = Type.Array(
  Type.Object({
    uri: Type.String({ description: 'Authorization topic URI.' }),
    name: LocalizedRef,
    definition: Type.Union([LocalizedRef, Type.Null()], { description: 'What the authorization allows.' }),
    broader: Type.Array(Type.String(), { description: 'Broader topics.' }),
  }),
);

export const ServiceNumberList = Type.Array(
  Type.Object({
    number: code('National service number prefix.'),
    company: Type.String({ description: 'Operator granted the number.' }),
    granted: Type.Union([Type.String({ format: 'date' }), Type.Null()], { description: 'Date granted.' }),
  }),
);

export const OntologyQuery = Type.Object(
  {
    q: Type.String({ minLength: 1, maxLength: 100, description: 'What the user has typed so far.' }),
    lang: Type.Union([Type.Literal('fi'), Type.Literal('sv'), Type.Literal('en')], { default: 'fi', description: 'Preferred language: its matches rank first. All three languages are searched.' }),
    limit: Type.Integer({ minimum: 1, maximum: 50, default: 10, description: 'Maximum number of terms.' }),
    places: Type.Boolean({ default: false, description: 'Include YSO place names (YSO-paikat).' }),
  },
  { additionalProperties: false },
);

const OntologyTermFields = {
  id: code('YSO local id, e.g. `p13050`.'),
  uri: Type.String({ description: 'YSO concept URI.' }),
  label: LocalizedRef,
  isPlace: Type.Boolean({ description: 'The term is a place name (YSO-paikat).' }),
};

export const OntologyHitList = Type.Array(
  Type.Object({
    ...OntologyTermFields,
    matched: Type.Object(
      { lang: code('Language of the matching label.'), label: Type.String({ description: 'The label that matched.' }) },
      { description: 'Which label matched the query.' },
    ),
    match: Type.Union([Type.Literal('prefix'), Type.Literal('similar')], { description: 'prefix: the label starts with the query; similar: trigram word similarity.' }),
  }),
);

export const OntologyTermParams = Type.Object({
  id: Type.String({ minLength: 2, maxLength: 200, description: 'YSO id (`p13050`), a YSO URI, or a legacy KOKO URI (URL-encoded).' }),
});

export const OntologyTerm = Type.Object({
  ...OntologyTermFields,
  removed: Type.Boolean({ description: 'The term is no longer in the current YSO version.' }),
  resolvedFrom: Type.Optional(Type.String({ description: 'The KOKO URI that was asked for and mapped to this YSO term.' })),
});
