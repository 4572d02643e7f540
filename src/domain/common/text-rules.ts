/** Length and presence rules for texts and texts per language. */
import { CONTENT_LANGUAGES, type LanguageCode, type LocalizedText } from '../../shared/language.ts';
import { at, join, violation, type Violation } from './violation.ts';

/** Maximum lengths in characters (Unicode code points), as in PTV. */
export const LIMITS = {
  name: 100,
  summary: 150,
  description: 2500,
  userInstructions: 2500,
  requirements: 2500,
  additionalInfo: 500,
  chargeInfo: 500,
  keyword: 150,
  connectionDescription: 500,
  shortText: 150,
  email: 100,
  url: 500,
  legislationName: 250,
} as const;

const LANGUAGE_NAMES: Record<LanguageCode, string> = {
  fi: 'Finnish', sv: 'Swedish', en: 'English', se: 'North Sámi', smn: 'Inari Sámi', sms: 'Skolt Sámi',
};

/** English name of a content language, for messages. */
export function languageName(lang: LanguageCode): string {
  return LANGUAGE_NAMES[lang];
}

/** Length in characters, counting each Unicode code point once (an emoji is one character). */
export function textLength(text: string): number {
  let length = 0;
  for (const _ of text) length++;
  return length;
}

/** True when the text has something other than white space. */
export function hasText(text: string | undefined | null): text is string {
  return typeof text === 'string' && text.trim() !== '';
}

/** `maxLength` when an optional text is longer than `max` characters. */
export function maxLength(path: string, text: string | undefined | null, max: number, label: string): Violation[] {
  if (typeof text !== 'string') return [];
  const length = textLength(text);
  return length > max ? [violation(path, 'maxLength', `${label} must be at most ${max} characters; it has ${length}.`)] : [];
}

/** `maxLength` for every language of a LocalizedText, with paths like `summary.fi`. */
export function localizedMaxLength(path: string, text: LocalizedText | undefined | null, max: number, label: string): Violation[] {
  if (!text) return [];
  return CONTENT_LANGUAGES.flatMap((lang) => maxLength(join(path, lang), text[lang], max, `${label} (${languageName(lang)})`));
}

/** `maxLength` for every string of a list of strings per language, with paths like `keywords.fi[2]`. */
export function localizedListMaxLength(
  path: string,
  lists: Partial<Record<LanguageCode, string[]>> | undefined,
  max: number,
  label: string,
): Violation[] {
  if (!lists) return [];
  return CONTENT_LANGUAGES.flatMap((lang) =>
    (lists[lang] ?? []).flatMap((text, i) => maxLength(at(join(path, lang), i), text, max, `${label} (${languageName(lang)})`)),
  );
}

/** `required` when a LocalizedText has no text in `lang` (path `name.sv`). */
export function requiredText(path: string, text: LocalizedText | undefined | null, lang: LanguageCode, label: string): Violation[] {
  return hasText(text?.[lang]) ? [] : [violation(join(path, lang), 'required', `${label} in ${languageName(lang)} is required.`)];
}

/** `required` when a LocalizedText has no text in any of the given languages (at least one is needed even for a draft). */
export function requiredInSomeLanguage(path: string, text: LocalizedText | undefined | null, languages: readonly LanguageCode[], label: string): Violation[] {
  const candidates = languages.length > 0 ? languages : CONTENT_LANGUAGES;
  return candidates.some((lang) => hasText(text?.[lang])) ? [] : [violation(path, 'required', `${label} is required in at least one language.`)];
}

/** `sameAsName` when the summary in `lang` repeats the name: a summary must tell more than the name. */
export function summaryNotName(name: LocalizedText | undefined, summary: LocalizedText | undefined, lang: LanguageCode): Violation[] {
  const n = name?.[lang]?.trim().toLocaleLowerCase();
  const s = summary?.[lang]?.trim().toLocaleLowerCase();
  if (!n || !s || n !== s) return [];
  return [violation(join('summary', lang), 'sameAsName', `Summary in ${languageName(lang)} must not repeat the name; say in a sentence what it offers.`)];
}
