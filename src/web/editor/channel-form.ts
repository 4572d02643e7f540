/**
 * The channel form and channel content: the texts, owner and sharing of every channel type, plus
 * each type's own fields (address of an online service or page, the service number, the form's
 * identifier and file, the visiting address and weekly hours of a service location). Fields the
 * form does not show (attachments, accessibility, entrances, coordinates, other numbers) are kept.
 */
import { LIMITS } from '../../domain/common/text-rules.ts';
import { WEEKDAYS, type Weekday } from '../../domain/service-hours/service-hours.ts';
import { FORM_LANGUAGES, type FormLanguage } from './service-form.ts';

export const CHANNEL_TYPES = ['EChannel', 'WebPage', 'PrintableForm', 'Phone', 'ServiceLocation'] as const;
export type ChannelType = (typeof CHANNEL_TYPES)[number];

export const CHANNEL_TEXTS = [
  { field: 'name', max: LIMITS.name, rows: 0, required: true },
  { field: 'summary', max: LIMITS.summary, rows: 2, required: true },
  { field: 'description', max: LIMITS.description, rows: 6, required: true },
] as const;
type TextField = (typeof CHANNEL_TEXTS)[number]['field'];

/** Per-language fields of one type, besides the texts. */
export const TYPE_LOCALIZED: Record<ChannelType, readonly string[]> = {
  EChannel: ['url'],
  WebPage: ['url'],
  PrintableForm: ['formIdentifier', 'formFile'],
  Phone: [],
  ServiceLocation: ['street'],
};

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
  /** Weekly opening hours: "HH:MM" start and end per weekday, empty = closed. */
  hours: Record<Weekday, { start: string; end: string }>;
}

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? (value[0] ?? '') : (value ?? '')).trim();
const list = (value: string | string[] | undefined) => (Array.isArray(value) ? value : value ? [value] : []).map((v) => v.trim()).filter(Boolean);
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
    hours: Object.fromEntries(WEEKDAYS.map((day) => [day, { start: one(body[`hours.${day}.start`]), end: one(body[`hours.${day}.end`]) }])) as ChannelFormValues['hours'],
  };
}

type Address = { street?: Record<string, string>; streetNumber?: string; postalCode?: string; [key: string]: unknown };
type Phone = { prefix?: string; number?: string; chargeType?: string; [key: string]: unknown };
type WeeklyHours = { kind: string; days?: Partial<Record<Weekday, { start: string; end: string }[]>> };

export function channelValuesFromContent(content: Content, fallbackType: ChannelType = 'WebPage'): ChannelFormValues {
  const type = isType(String(content.type)) ? (content.type as ChannelType) : fallbackType;
  const address = ((content.visitingAddresses ?? []) as Address[])[0] ?? {};
  const phone = ((content.phones ?? []) as Phone[])[0] ?? {};
  const formFile = ((content.formFiles ?? []) as { url?: Record<string, string> }[])[0];
  const localizedValue = (field: string, lang: string): string => {
    if (field === 'street') return address.street?.[lang] ?? '';
    if (field === 'formFile') return formFile?.url?.[lang] ?? '';
    return ((content[field] ?? {}) as Record<string, string>)[lang] ?? '';
  };
  const weekly = (((content.serviceHours as { regular?: WeeklyHours[] } | undefined)?.regular ?? []).find((r) => r.kind === 'weekly')?.days ?? {}) as WeeklyHours['days'] & object;
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
    hours: Object.fromEntries(WEEKDAYS.map((day) => [day, { start: weekly[day]?.[0]?.start ?? '', end: weekly[day]?.[0]?.end ?? '' }])) as ChannelFormValues['hours'],
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
    // a new postal code or street makes old coordinates wrong
    if (first && (first.postalCode !== values.postalCode || JSON.stringify(first.street) !== JSON.stringify(street))) delete address.coordinates;
    set('visitingAddresses', street || values.postalCode ? [address, ...rest] : rest);
    const days = Object.fromEntries(WEEKDAYS.filter((day) => values.hours[day].start && values.hours[day].end).map((day) => [day, [values.hours[day]]]));
    const hours = { ...((base.serviceHours ?? {}) as Record<string, unknown>) };
    const regular = ((hours.regular ?? []) as WeeklyHours[]).filter((r) => r.kind !== 'weekly');
    if (Object.keys(days).length) regular.unshift({ kind: 'weekly', days });
    if (regular.length) hours.regular = regular;
    else delete hours.regular;
    set('serviceHours', Object.keys(hours).length ? hours : undefined);
  }
  return content;
}
