/**
 * The channel form and channel content: the texts, owner and sharing of every channel type, plus
 * each type's own fields (address of an online service or page, the service number, the form's
 * identifier and file, the visiting address of a service location, service hours). Fields the
 * form does not show (attachments, coordinates, other numbers) are kept.
 */
import { LIMITS } from '../../domain/common/text-rules.ts';
import type { ServiceHours } from '../../domain/service-hours/service-hours.ts';
import { FORM_LANGUAGES, type FormLanguage } from './service-form.ts';
import { hoursValuesFromBody, hoursValuesFromContent, serviceHoursFromValues, type HoursValues } from './service-hours-form.ts';
import { list, one } from './form-values.ts';

export const CHANNEL_TYPES = ['EChannel', 'WebPage', 'PrintableForm', 'Phone', 'ServiceLocation'] as const;
export type ChannelType = (typeof CHANNEL_TYPES)[number];
/** Types the form offers service hours for (as PTV does: a web page or a form is always there). */
export const HOURS_TYPES: readonly ChannelType[] = ['EChannel', 'Phone', 'ServiceLocation'];

export const CHANNEL_TEXTS = [
  { field: 'name', max: LIMITS.name, rows: 0, required: true },
  { field: 'summary', max: LIMITS.summary, rows: 2, required: true },
  { field: 'description', max: LIMITS.description, rows: 6, required: true },
] as const;
type TextField = (typeof CHANNEL_TEXTS)[number]['field'];

/** Per-language fields of one type, besides the texts. */
export const TYPE_LOCALIZED: Record<ChannelType, readonly string[]> = {
  EChannel: ['url', 'accessibility.statementUrl'],
  WebPage: ['url', 'accessibility.statementUrl'],
  PrintableForm: ['formIdentifier', 'formFile'],
  Phone: [],
  ServiceLocation: ['street', 'entrance'],
};
/** Types with an accessibility statement (saavutettavuusseloste): the online ones. */
export const ACCESSIBILITY_TYPES: readonly ChannelType[] = ['EChannel', 'WebPage'];
export const COMPLIANCE_LEVELS = ['FullyCompliant', 'PartiallyCompliant', 'NonCompliant', 'Unknown'] as const;
export const WCAG_LEVELS = ['A', 'AA', 'AAA'] as const;

type Content = Record<string, unknown>;
type Body = Record<string, string | string[] | undefined>;

export interface ChannelFormValues {
  type: ChannelType;
  languages: string[];
  organizationId: string;
  sharedForAll: boolean;
  texts: Record<FormLanguage, Record<string, string>>;
  phonePrefix: string;
  phoneNumber: string;
  phoneChargeType: string;
  streetNumber: string;
  postalCode: string;
  /** Accessibility statement of an online channel: compliance and WCAG level ('' = not given). */
  compliance: string;
  wcagLevel: string;
  hours: HoursValues;
}

const isType = (value: string): value is ChannelType => (CHANNEL_TYPES as readonly string[]).includes(value);

const localizedFields = (type: ChannelType) => [...CHANNEL_TEXTS.map((t) => t.field as string), ...TYPE_LOCALIZED[type]];

export function channelValuesFromBody(body: Body, type: ChannelType): ChannelFormValues {
  const texts = Object.fromEntries(FORM_LANGUAGES.map((lang) => [lang, Object.fromEntries(localizedFields(type).map((field) => [field, one(body[`${field}.${lang}`])]))])) as ChannelFormValues['texts'];
  return {
    type,
    languages: [...new Set(list(body.languages))],
    organizationId: one(body.organizationId),
    sharedForAll: one(body.sharedForAll) === '1',
    texts,
    phonePrefix: one(body.phonePrefix),
    phoneNumber: one(body.phoneNumber),
    phoneChargeType: one(body.phoneChargeType),
    streetNumber: one(body.streetNumber),
    postalCode: one(body.postalCode),
    compliance: one(body['accessibility.compliance']),
    wcagLevel: one(body['accessibility.wcagLevel']),
    hours: hoursValuesFromBody(body),
  };
}

type Entrance = { name?: Record<string, string>; isMain?: boolean; accessibilitySentences?: Record<string, string>[] };
type Address = { street?: Record<string, string>; streetNumber?: string; postalCode?: string; entrances?: Entrance[]; [key: string]: unknown };
type Accessibility = { compliance?: string; wcagLevel?: string; statementUrl?: Record<string, string> };

/** The main entrance (or the first) of an address, and its index. */
function mainEntrance(address: Address): [Entrance | undefined, number] {
  const entrances = address.entrances ?? [];
  const index = Math.max(0, entrances.findIndex((e) => e.isMain));
  return [entrances[index], index];
}
type Phone = { prefix?: string; number?: string; chargeType?: string; [key: string]: unknown };

export function channelValuesFromContent(content: Content, fallbackType: ChannelType = 'WebPage'): ChannelFormValues {
  const type = isType(String(content.type)) ? (content.type as ChannelType) : fallbackType;
  const address = ((content.visitingAddresses ?? []) as Address[])[0] ?? {};
  const phone = ((content.phones ?? []) as Phone[])[0] ?? {};
  const formFile = ((content.formFiles ?? []) as { url?: Record<string, string> }[])[0];
  const accessibility = (content.accessibility ?? {}) as Accessibility;
  const localizedValue = (field: string, lang: string): string => {
    if (field === 'street') return address.street?.[lang] ?? '';
    if (field === 'formFile') return formFile?.url?.[lang] ?? '';
    if (field === 'accessibility.statementUrl') return accessibility.statementUrl?.[lang] ?? '';
    // the entrance's accessibility facts, one a line (each fact is one sentence in every language)
    if (field === 'entrance') return (mainEntrance(address)[0]?.accessibilitySentences ?? []).map((sentence) => sentence[lang] ?? '').join('\n').trim();
    return ((content[field] ?? {}) as Record<string, string>)[lang] ?? '';
  };
  return {
    type,
    languages: (content.languages ?? []) as string[],
    organizationId: String(content.organizationId ?? ''),
    sharedForAll: content.sharedForAll !== false,
    texts: Object.fromEntries(FORM_LANGUAGES.map((lang) => [lang, Object.fromEntries(localizedFields(type).map((field) => [field, localizedValue(field, lang)]))])) as ChannelFormValues['texts'],
    phonePrefix: phone.prefix ?? '+358',
    phoneNumber: phone.number ?? '',
    phoneChargeType: phone.chargeType ?? '',
    streetNumber: address.streetNumber ?? '',
    postalCode: address.postalCode ?? '',
    compliance: accessibility.compliance ?? '',
    wcagLevel: accessibility.wcagLevel ?? '',
    hours: hoursValuesFromContent(content.serviceHours as ServiceHours | undefined),
  };
}

function localized(values: ChannelFormValues, field: string): Record<string, string> | undefined {
  const entries = FORM_LANGUAGES.filter((lang) => values.languages.includes(lang) && values.texts[lang][field]).map((lang) => [lang, values.texts[lang][field]!]);
  return entries.length ? Object.fromEntries(entries) : undefined;
}

/** Content from the form over `base` (the working copy; {} for a new channel). */
export function channelContentFromValues(values: ChannelFormValues, base: Content): Content {
  const content: Content = { ...base, type: values.type, languages: values.languages, organizationId: values.organizationId, sharedForAll: values.sharedForAll };
  const set = (key: string, value: unknown) => {
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) delete content[key];
    else content[key] = value;
  };
  for (const field of CHANNEL_TEXTS.map((t) => t.field as TextField)) set(field, localized(values, field));
  if (values.type === 'EChannel' || values.type === 'WebPage') set('url', localized(values, 'url'));
  if (ACCESSIBILITY_TYPES.includes(values.type)) {
    const statementUrl = localized(values, 'accessibility.statementUrl');
    const accessibility: Accessibility = { ...(values.compliance ? { compliance: values.compliance } : {}), ...(values.wcagLevel ? { wcagLevel: values.wcagLevel } : {}), ...(statementUrl ? { statementUrl } : {}) };
    set('accessibility', Object.keys(accessibility).length ? accessibility : undefined);
  }
  if (values.type === 'PrintableForm') {
    set('formIdentifier', localized(values, 'formIdentifier'));
    const [first, ...rest] = (base.formFiles ?? []) as { type: string; url: Record<string, string> }[];
    const url = localized(values, 'formFile');
    set('formFiles', url ? [{ ...(first ?? { type: 'PDF' }), url }, ...rest] : rest);
  }
  if (values.type === 'Phone' || (values.type === 'ServiceLocation' && values.phoneNumber)) {
    const [first, ...rest] = (base.phones ?? []) as Phone[];
    const phone = { ...(first ?? {}), ...(values.phonePrefix ? { prefix: values.phonePrefix } : {}), number: values.phoneNumber, ...(values.phoneChargeType ? { chargeType: values.phoneChargeType } : {}) };
    set('phones', values.phoneNumber ? [phone, ...rest] : rest);
  }
  if (values.type === 'ServiceLocation') {
    const [first, ...rest] = (base.visitingAddresses ?? []) as Address[];
    const street = localized(values, 'street');
    const address: Address = { ...(first ?? {}), ...(street ? { street } : {}), postalCode: values.postalCode };
    if (values.streetNumber) address.streetNumber = values.streetNumber;
    else delete address.streetNumber;
    setEntrance(address, values);
    // a new postal code or street makes old coordinates wrong
    if (first && (first.postalCode !== values.postalCode || JSON.stringify(first.street) !== JSON.stringify(street))) delete address.coordinates;
    set('visitingAddresses', street || values.postalCode ? [address, ...rest] : rest);
  }
  if (HOURS_TYPES.includes(values.type)) set('serviceHours', serviceHoursFromValues(values.hours, base.serviceHours as ServiceHours | undefined));
  return content;
}

/**
 * The main entrance's accessibility facts from the form: line n of each language is one fact in
 * the languages. Other entrances and the entrance's name are kept.
 */
function setEntrance(address: Address, values: ChannelFormValues): void {
  const lines = Object.fromEntries(FORM_LANGUAGES.map((lang) => [lang, values.languages.includes(lang) ? values.texts[lang].entrance!.split(/\r?\n/).map((line) => line.trim()) : []]));
  const count = Math.max(...FORM_LANGUAGES.map((lang) => lines[lang]!.length));
  const sentences = Array.from({ length: count }, (_, i) => Object.fromEntries(FORM_LANGUAGES.flatMap((lang) => (lines[lang]![i] ? [[lang, lines[lang]![i]!]] : [])))).filter((sentence) => Object.keys(sentence).length > 0);
  const entrances = [...(address.entrances ?? [])];
  const [entrance, index] = mainEntrance(address);
  const updated: Entrance = { ...(entrance ?? { isMain: true }) };
  if (sentences.length) updated.accessibilitySentences = sentences;
  else delete updated.accessibilitySentences;
  if (entrance) entrances[index] = updated;
  else if (sentences.length) entrances.push(updated);
  // an entrance with nothing left in it goes
  const kept = entrances.filter((e) => e.name || e.accessibilitySentences?.length);
  if (kept.length) address.entrances = kept;
  else delete address.entrances;
}
