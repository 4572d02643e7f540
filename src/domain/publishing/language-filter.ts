/**
 * Keeps only the given languages of a content: texts in language maps (`{"fi": …, "sv": …}`) and
 * list items marked with a `lang` (phones, emails, web pages). The open API uses it so that a
 * draft or archived language version never leaks.
 */
const LANGUAGE_KEYS = new Set<string>(['fi', 'sv', 'en', 'se', 'smn', 'sms']);

function isLanguageMap(value: object): boolean {
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((key) => LANGUAGE_KEYS.has(key));
}

export function filterLanguages<T>(value: T, langs: readonly string[]): T {
  if (Array.isArray(value)) {
    return value
      .filter((item) => !(item && typeof item === 'object' && typeof (item as { lang?: unknown }).lang === 'string' && !langs.includes((item as { lang: string }).lang)))
      .map((item) => filterLanguages(item, langs)) as T;
  }
  if (value && typeof value === 'object') {
    if (isLanguageMap(value)) {
      return Object.fromEntries(Object.entries(value).filter(([key]) => langs.includes(key))) as T;
    }
    const out = Object.fromEntries(Object.entries(value).map(([key, v]) => [key, filterLanguages(v, langs)]));
    if (Array.isArray((value as { languages?: unknown }).languages)) {
      out.languages = ((value as unknown as { languages: string[] }).languages).filter((l) => langs.includes(l));
    }
    return out as T;
  }
  return value;
}
