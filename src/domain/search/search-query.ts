/**
 * Turning what a person typed into full-text query text. Each word matches as itself, as a
 * prefix (compounds: "terveyskesk" finds "terveyskeskuksessa") and, in Finnish, by the stems that
 * consonant gradation changes ("lapsi" also finds "lasten"), which the Snowball stemmer misses.
 */
import { normalizeText, type SearchLanguage } from './search-document.ts';

export const MAX_TERMS = 10;

/** The words of a query, normalized; punctuation and operators are dropped. */
export function queryWords(q: string): string[] {
  return normalizeText(q)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, MAX_TERMS);
}

/**
 * Extra Finnish stems of a word whose stem changes when inflected (pure rules, no dictionary):
 * -psi (lapsi → lasten, lasta), vowel + si (vesi → veden, vettä; vuosi → vuoden, vuotta),
 * -nsi (kansi → kannen, kantta), -rsi (varsi → varren), -ksi (kaksi → kahden, kahta).
 */
export function finnishStemVariants(word: string): string[] {
  if (word.length < 4 || !word.endsWith('si')) return [];
  const base = word.slice(0, -2); // "lapsi" → "lap"
  const before = base.at(-1)!;
  if (before === 'p') return [`${base.slice(0, -1)}st`];
  if ('aeiouyäö'.includes(before)) return [`${base}de`, `${base}tt`];
  if (before === 'n') return [`${base}n`, `${base}t`];
  if (before === 'r') return [`${base}r`, `${base}t`];
  if (before === 'k') return [`${base.slice(0, -1)}hd`, `${base.slice(0, -1)}ht`];
  return [];
}

/** to_tsquery text for `language`: every word must match, each as itself, a prefix or a variant. */
export function tsQueryText(words: string[], language: SearchLanguage): string {
  return words
    .map((word) => {
      const forms = [word, ...(language === 'fi' ? finnishStemVariants(word) : [])];
      return `(${forms.map((form) => `${form}:*`).join(' | ')})`;
    })
    .join(' & ');
}

/** PostgreSQL text search configuration of each language. */
export const TS_CONFIG: Record<SearchLanguage, string> = { fi: 'finnish', sv: 'swedish', en: 'english' };
