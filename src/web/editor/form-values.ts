/**
 * Reading posted editor forms: every form gets strings and lists of strings from the urlencoded
 * parser (a repeated field is a list), and texts per content language as `field.fi`, `field.sv` ….
 */
import { FORM_LANGUAGES, type FormLanguage } from './service-form.ts';

export type FormBody = Record<string, string | string[] | undefined>;
/** One text per form language ('' when not given). */
export type Texts = Record<FormLanguage, string>;

/** The field's value, trimmed ('' when absent; the first of a repeated field). */
export const one = (value: string | string[] | undefined): string => (Array.isArray(value) ? (value[0] ?? '') : (value ?? '')).trim();

/** The field's values, trimmed, without empty ones. */
export const list = (value: string | string[] | undefined): string[] => (Array.isArray(value) ? value : value ? [value] : []).map((v) => v.trim()).filter(Boolean);

/** `field.fi`, `field.sv`, `field.en` of a posted form. */
export const perLanguage = (body: FormBody, field: string): Texts => Object.fromEntries(FORM_LANGUAGES.map((lang) => [lang, one(body[`${field}.${lang}`])])) as Texts;

/** A saved localized text as the form's texts. */
export const textsOf = (value: unknown): Texts => Object.fromEntries(FORM_LANGUAGES.map((lang) => [lang, ((value ?? {}) as Record<string, string>)[lang] ?? ''])) as Texts;

/** The texts given, as a localized text (undefined when none); `languages` limits them to the chosen language versions. */
export function givenTexts(texts: Texts, languages?: readonly string[]): Record<string, string> | undefined {
  const entries = FORM_LANGUAGES.filter((lang) => texts[lang] && (!languages || languages.includes(lang))).map((lang) => [lang, texts[lang]]);
  return entries.length ? Object.fromEntries(entries) : undefined;
}
