/**
 * The service form and the service content: a posted form becomes content (fields the form does
 * not show are kept from the working copy), and content becomes the values the form shows.
 */
import { LIMITS } from '../../domain/common/text-rules.ts';
import type { UiLanguage } from '../../shared/language.ts';
import { list, one, perLanguage } from './form-values.ts';

export const FORM_LANGUAGES = ['fi', 'sv', 'en'] as const satisfies readonly UiLanguage[];
export type FormLanguage = (typeof FORM_LANGUAGES)[number];

/** The per-language texts of the form, with the domain's limits (shown in the hints and as maxlength). */
export const TEXT_FIELDS = [
  { field: 'name', max: LIMITS.name, rows: 0, required: true },
  { field: 'alternativeName', max: LIMITS.name, rows: 0, required: false },
  { field: 'summary', max: LIMITS.summary, rows: 2, required: true },
  { field: 'description', max: LIMITS.description, rows: 8, required: true },
  { field: 'userInstructions', max: LIMITS.userInstructions, rows: 5, required: false },
  { field: 'requirements', max: LIMITS.requirements, rows: 4, required: false },
  { field: 'chargeInfo', max: LIMITS.chargeInfo, rows: 2, required: false },
  { field: 'deadline', max: LIMITS.additionalInfo, rows: 2, required: false },
  { field: 'processingTime', max: LIMITS.additionalInfo, rows: 2, required: false },
  { field: 'validityTime', max: LIMITS.additionalInfo, rows: 2, required: false },
] as const;
export type TextField = (typeof TEXT_FIELDS)[number]['field'];

export const SERVICE_TYPES = ['Service', 'PermitOrObligation', 'ProfessionalQualification'] as const;
export const FUNDING_TYPES = ['Private', 'Public'] as const;
export const CHARGE_TYPES = ['Free', 'Charged', 'Other'] as const;
export const AREA_TYPES = ['Nationwide', 'NationwideExceptAlandIslands', 'LimitedType'] as const;
/** Area kinds the form picks (business regions are kept from the content as they are). */
export const PICKED_AREA_KINDS = ['Municipality', 'Region', 'WellbeingServicesCounty'] as const;

type Content = Record<string, unknown>;
type Body = Record<string, string | string[] | undefined>;

/** What the form shows: strings and lists of strings only. */
export interface ServiceFormValues {
  type: string;
  fundingType: string;
  chargeType: string;
  languages: string[];
  mainResponsibleOrganizationId: string;
  areaType: string;
  /** "Municipality:091", "Region:01", … */
  areas: string[];
  targetGroups: string[];
  serviceClasses: string[];
  ontologyTerms: string[];
  /** Typed into the ontology-term search without choosing a suggestion (resolved when saving). */
  ontologyAdd: string;
  lifeEvents: string[];
  texts: Record<FormLanguage, Record<TextField | 'keywords', string>>;
  /** Other responsible organizations (muut vastuuorganisaatiot): they see the service but cannot edit it. */
  otherResponsibleOrganizationIds: string[];
  /** Typed into the organization search without choosing a suggestion (resolved when saving). */
  organizationAdd: string;
  /** Produced by the responsible organizations themselves (itse tuotettu). */
  selfProduced: boolean;
  /** Producers named as text per language: bought from (ostopalvelu) and other ways (e.g. volunteers). */
  purchasedFrom: Record<FormLanguage, string>;
  otherProducer: Record<FormLanguage, string>;
  /** False when the post had no organizing fields (an older form): the saved ones are kept. */
  organizingShown: boolean;
  /** Acts the service is based on and service vouchers: a name and an address per language. */
  legislation: NamedLink[];
  vouchersInUse: boolean;
  vouchers: NamedLink[];
  /** Industrial classes (toimialaluokat), for services to businesses. */
  industrialClasses: string[];
  /** False when the post had no legislation, voucher and industrial-class fields: the saved ones are kept. */
  legalShown: boolean;
}

export interface NamedLink {
  name: Record<FormLanguage, string>;
  url: Record<FormLanguage, string>;
}

export const PRODUCER_TEXT_MAX = LIMITS.shortText;

const unique = (values: string[]) => [...new Set(values)];

/** The form's values from a posted body. */
export function valuesFromBody(body: Body): ServiceFormValues {
  const texts = Object.fromEntries(
    FORM_LANGUAGES.map((lang) => [lang, Object.fromEntries([...TEXT_FIELDS.map(({ field }) => [field, one(body[`${field}.${lang}`])]), ['keywords', one(body[`keywords.${lang}`])]])]),
  ) as ServiceFormValues['texts'];
  return {
    type: one(body.type),
    fundingType: one(body.fundingType),
    chargeType: one(body.chargeType),
    languages: unique(list(body.languages)),
    mainResponsibleOrganizationId: one(body.mainResponsibleOrganizationId),
    areaType: one(body.areaType),
    areas: unique(list(body.areas)),
    targetGroups: unique(list(body.targetGroups)),
    serviceClasses: unique(list(body.serviceClasses)),
    ontologyTerms: unique(list(body.ontologyTerms)),
    ontologyAdd: one(body.ontologyAdd),
    lifeEvents: unique(list(body.lifeEvents)),
    texts,
    otherResponsibleOrganizationIds: unique(list(body.otherResponsibleOrganizationIds)),
    organizationAdd: one(body.organizationAdd),
    selfProduced: one(body.selfProduced) === '1',
    purchasedFrom: perLanguage(body, 'purchasedFrom'),
    otherProducer: perLanguage(body, 'otherProducer'),
    organizingShown: one(body.organizingShown) === '1',
    legislation: linkRows(body, 'legislation'),
    vouchersInUse: one(body.vouchersInUse) === '1',
    vouchers: linkRows(body, 'vouchers'),
    industrialClasses: unique(list(body.industrialClasses)),
    legalShown: one(body.legalShown) === '1',
  };
}

/** Posted rows `field[i].name.fi`, `field[i].url.fi` … while they exist; empty rows are dropped (indexes then match the violations). */
function linkRows(body: Body, field: string): NamedLink[] {
  const out: NamedLink[] = [];
  for (let i = 0; FORM_LANGUAGES.some((lang) => body[`${field}[${i}].name.${lang}`] !== undefined); i++) {
    const row = { name: perLanguage(body, `${field}[${i}].name`), url: perLanguage(body, `${field}[${i}].url`) };
    if (FORM_LANGUAGES.some((lang) => row.name[lang] || row.url[lang])) out.push(row);
  }
  return out;
}

type SavedLink = { name?: Record<string, string>; url?: Record<string, string> };
const linksOf = (saved: unknown): NamedLink[] =>
  ((saved ?? []) as SavedLink[]).map((link) => ({
    name: Object.fromEntries(FORM_LANGUAGES.map((lang) => [lang, link.name?.[lang] ?? ''])) as Record<FormLanguage, string>,
    url: Object.fromEntries(FORM_LANGUAGES.map((lang) => [lang, link.url?.[lang] ?? ''])) as Record<FormLanguage, string>,
  }));


type Producer = { provisionType: string; organizationIds?: string[]; additionalInfo?: Record<string, string> };
const producerText = (producers: Producer[], type: string) => {
  const text = producers.find((p) => p.provisionType === type)?.additionalInfo ?? {};
  return Object.fromEntries(FORM_LANGUAGES.map((lang) => [lang, text[lang] ?? ''])) as Record<FormLanguage, string>;
};

const textOf = (content: Content, field: string, lang: string) => ((content[field] as Record<string, string> | undefined)?.[lang] ?? '');

/** The form's values from saved content (a new service: `defaults`). */
export function valuesFromContent(content: Content): ServiceFormValues {
  const keywords = (content.keywords ?? {}) as Record<string, string[]>;
  const texts = Object.fromEntries(
    FORM_LANGUAGES.map((lang) => [lang, Object.fromEntries([...TEXT_FIELDS.map(({ field }) => [field, textOf(content, field, lang)]), ['keywords', (keywords[lang] ?? []).join(', ')]])]),
  ) as ServiceFormValues['texts'];
  const areas = ((content.areas ?? []) as { type: string; code: string }[]).map((area) => `${area.type}:${area.code}`);
  return {
    type: String(content.type ?? 'Service'),
    fundingType: String(content.fundingType ?? ''),
    chargeType: String(content.chargeType ?? ''),
    languages: (content.languages ?? []) as string[],
    mainResponsibleOrganizationId: String(content.mainResponsibleOrganizationId ?? ''),
    areaType: String(content.areaType ?? ''),
    areas,
    targetGroups: (content.targetGroups ?? []) as string[],
    serviceClasses: (content.serviceClasses ?? []) as string[],
    ontologyTerms: ((content.ontologyTerms ?? []) as string[]).map((term) => term.replace('http://www.yso.fi/onto/yso/', '')),
    ontologyAdd: '',
    lifeEvents: (content.lifeEvents ?? []) as string[],
    texts,
    otherResponsibleOrganizationIds: (content.otherResponsibleOrganizationIds ?? []) as string[],
    organizationAdd: '',
    // a new service is produced by its own organization unless told otherwise
    selfProduced: content.producers === undefined || ((content.producers ?? []) as Producer[]).some((p) => p.provisionType === 'SelfProduced'),
    purchasedFrom: producerText((content.producers ?? []) as Producer[], 'PurchasedServices'),
    otherProducer: producerText((content.producers ?? []) as Producer[], 'Other'),
    organizingShown: true,
    legislation: linksOf(content.legislation),
    vouchersInUse: content.vouchersInUse === true,
    vouchers: linksOf(content.vouchers),
    industrialClasses: (content.industrialClasses ?? []) as string[],
    legalShown: true,
  };
}

function localized(values: ServiceFormValues, field: TextField): Record<string, string> | undefined {
  const entries = FORM_LANGUAGES.filter((lang) => values.languages.includes(lang) && values.texts[lang][field] !== '').map((lang) => [lang, values.texts[lang][field]]);
  return entries.length ? Object.fromEntries(entries) : undefined;
}

/**
 * Content from the form over `base` (the working copy; {} for a new service): what the form
 * shows is replaced, everything else (legislation, vouchers, industrial classes, business
 * regions, producers' organizations) is kept.
 */
export function contentFromValues(values: ServiceFormValues, base: Content): Content {
  const content: Content = { ...base };
  const set = (key: string, value: unknown) => {
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) delete content[key];
    else content[key] = value;
  };
  set('type', values.type || 'Service');
  set('fundingType', values.fundingType);
  set('chargeType', values.chargeType);
  content.languages = values.languages.filter((lang) => (FORM_LANGUAGES as readonly string[]).includes(lang)).concat(((base.languages ?? []) as string[]).filter((lang) => !(FORM_LANGUAGES as readonly string[]).includes(lang)));
  for (const { field } of TEXT_FIELDS) {
    const kept = Object.fromEntries(Object.entries((base[field] ?? {}) as Record<string, string>).filter(([lang]) => !(FORM_LANGUAGES as readonly string[]).includes(lang)));
    const merged = { ...kept, ...localized(values, field) };
    set(field, Object.keys(merged).length ? merged : undefined);
  }
  const keywords = Object.fromEntries(
    FORM_LANGUAGES.filter((lang) => values.languages.includes(lang))
      .map((lang) => [lang, values.texts[lang].keywords.split(',').map((word) => word.trim()).filter(Boolean)] as const)
      .filter(([, words]) => words.length > 0),
  );
  set('keywords', Object.keys(keywords).length ? keywords : undefined);
  set('mainResponsibleOrganizationId', values.mainResponsibleOrganizationId);
  if (values.organizingShown) {
    set('otherResponsibleOrganizationIds', values.otherResponsibleOrganizationIds.filter((id) => id !== values.mainResponsibleOrganizationId));
    set('producers', producersFrom(values, (base.producers ?? []) as Producer[]));
  } else if (!base.producers && values.mainResponsibleOrganizationId) content.producers = [{ provisionType: 'SelfProduced', organizationIds: [values.mainResponsibleOrganizationId] }];
  set('areaType', values.areaType);
  const keptAreas = ((base.areas ?? []) as { type: string; code: string }[]).filter((area) => !(PICKED_AREA_KINDS as readonly string[]).includes(area.type));
  const picked = values.areas.map((value) => {
    const [type = '', code = ''] = value.split(':');
    return { type, code };
  });
  set('areas', values.areaType === 'LimitedType' ? [...keptAreas, ...picked] : undefined);
  if (values.legalShown) {
    set('legislation', linksFrom(values.legislation, (base.legislation ?? []) as Record<string, unknown>[]));
    set('vouchersInUse', values.vouchersInUse || undefined);
    set('vouchers', linksFrom(values.vouchers, (base.vouchers ?? []) as Record<string, unknown>[]));
    set('industrialClasses', values.industrialClasses);
  }
  set('targetGroups', values.targetGroups);
  set('serviceClasses', values.serviceClasses);
  set('ontologyTerms', values.ontologyTerms);
  set('lifeEvents', values.lifeEvents);
  return content;
}

/**
 * The producers from the form. Self-produced means by the responsible organizations: those of the
 * saved entry that are still responsible, or the main one. Organizations named on a purchased or
 * other producer through the API are kept beside the text.
 */
function producersFrom(values: ServiceFormValues, saved: Producer[]): Producer[] {
  const responsible = [values.mainResponsibleOrganizationId, ...values.otherResponsibleOrganizationIds].filter(Boolean);
  const out: Producer[] = [];
  if (values.selfProduced && responsible.length) {
    const kept = (saved.find((p) => p.provisionType === 'SelfProduced')?.organizationIds ?? []).filter((id) => responsible.includes(id));
    out.push({ provisionType: 'SelfProduced', organizationIds: kept.length ? kept : [values.mainResponsibleOrganizationId || responsible[0]!] });
  }
  for (const [type, text] of [['PurchasedServices', values.purchasedFrom], ['Other', values.otherProducer]] as const) {
    const organizationIds = saved.find((p) => p.provisionType === type)?.organizationIds ?? [];
    const additionalInfo = Object.fromEntries(FORM_LANGUAGES.filter((lang) => values.languages.includes(lang) && text[lang]).map((lang) => [lang, text[lang]]));
    if (organizationIds.length || Object.keys(additionalInfo).length) out.push({ provisionType: type, ...(organizationIds.length ? { organizationIds } : {}), ...(Object.keys(additionalInfo).length ? { additionalInfo } : {}) });
  }
  return out;
}

/** Links of the form as content; a saved row's other fields (a voucher's additional info) stay with it by position. */
function linksFrom(rows: NamedLink[], saved: Record<string, unknown>[]): Record<string, unknown>[] {
  const text = (value: Record<FormLanguage, string>) => Object.fromEntries(FORM_LANGUAGES.filter((lang) => value[lang]).map((lang) => [lang, value[lang]]));
  return rows.map((row, i) => {
    const { name: _name, url: _url, ...kept } = saved[i] ?? {};
    const url = text(row.url);
    return { ...kept, name: text(row.name), ...(Object.keys(url).length ? { url } : {}) };
  });
}
