/**
 * The additional info of a connection (liitoksen lisätiedot) as a form: what is special about the
 * service in this channel (description, charge), its own service hours (the course hours in the
 * school gym) and contacts (the instructor's number, by title, not by name). Rows the form leaves
 * empty are dropped, so the rows shown after an error have the indexes the violations name;
 * addresses, which the dialog does not edit, are kept.
 */
import type { ServiceHours } from '../../domain/service-hours/service-hours.ts';
import { hoursValuesFromBody, hoursValuesFromContent, serviceHoursFromValues, type HoursValues } from './service-hours-form.ts';
import { givenTexts, one, perLanguage, textsOf, type FormBody, type Texts } from './form-values.ts';

type Content = Record<string, unknown>;

export interface PhoneRow {
  prefix: string;
  number: string;
  additionalInfo: string;
  lang: string;
}
export interface EmailRow {
  email: string;
  description: string;
  lang: string;
}

export interface ConnectionFormValues {
  description: Texts;
  chargeType: string;
  chargeInfo: Texts;
  phones: PhoneRow[];
  emails: EmailRow[];
  hours: HoursValues;
}


/** The posted rows `name[0]…` while they exist, the ones with `key` filled in. */
function rows<T extends Record<string, string>>(body: FormBody, name: string, fields: readonly (keyof T & string)[], key: keyof T): T[] {
  const out: T[] = [];
  for (let i = 0; body[`${name}[${i}].${String(key)}`] !== undefined; i++) {
    const row = Object.fromEntries(fields.map((field) => [field, one(body[`${name}[${i}].${field}`])])) as T;
    if (row[key]) out.push(row);
  }
  return out;
}

export function connectionValuesFromBody(body: FormBody): ConnectionFormValues {
  return {
    description: perLanguage(body, 'description'),
    chargeType: one(body.chargeType),
    chargeInfo: perLanguage(body, 'chargeInfo'),
    phones: rows<PhoneRow & Record<string, string>>(body, 'phones', ['prefix', 'number', 'additionalInfo', 'lang'], 'number'),
    emails: rows<EmailRow & Record<string, string>>(body, 'emails', ['email', 'description', 'lang'], 'email'),
    hours: hoursValuesFromBody(body),
  };
}

type SavedPhone = { prefix?: string; number: string; additionalInfo?: string; lang?: string };
type SavedEmail = { email: string; description?: string; lang?: string };

export function connectionValuesFromContent(content: Content): ConnectionFormValues {
  return {
    description: textsOf(content.description),
    chargeType: String(content.chargeType ?? ''),
    chargeInfo: textsOf(content.chargeInfo),
    phones: ((content.phones ?? []) as SavedPhone[]).map((p) => ({ prefix: p.prefix ?? '', number: p.number, additionalInfo: p.additionalInfo ?? '', lang: p.lang ?? '' })),
    emails: ((content.emails ?? []) as SavedEmail[]).map((e) => ({ email: e.email, description: e.description ?? '', lang: e.lang ?? '' })),
    hours: hoursValuesFromContent(content.serviceHours as ServiceHours | undefined),
  };
}

/** Drops undefined and empty values, so the content has only what was given. */
const compact = (object: Record<string, unknown>) => Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0)));

/**
 * The connection's content from the form over the saved one (`base`): the fields of a saved phone
 * the form does not show (type, charge) stay with its number.
 */
export function connectionContentFromValues(values: ConnectionFormValues, base: Content): Content {
  const savedPhones = (base.phones ?? []) as (SavedPhone & Record<string, unknown>)[];
  const phones = values.phones.map((p) => {
    const saved = savedPhones.find((s) => s.number === p.number) ?? {};
    return compact({ ...saved, prefix: p.prefix || undefined, number: p.number, additionalInfo: p.additionalInfo || undefined, lang: p.lang || undefined });
  });
  const emails = values.emails.map((e) => compact({ email: e.email, description: e.description || undefined, lang: e.lang || undefined }));
  return compact({
    ...base,
    description: givenTexts(values.description),
    chargeType: values.chargeType || undefined,
    chargeInfo: givenTexts(values.chargeInfo),
    phones,
    emails,
    serviceHours: serviceHoursFromValues(values.hours, base.serviceHours as ServiceHours | undefined),
  });
}
