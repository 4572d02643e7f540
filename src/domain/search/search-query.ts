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

/** The forms a word is searched by in `language`: itself and, in Finnish, its changed stems. */
export function formsOf(word: string, language: SearchLanguage): string[] {
  return [word, ...(language === 'fi' ? finnishStemVariants(word) : [])];
}

/** to_tsquery text for `language`: every word must match, each as itself, a prefix or a variant. */
export function tsQueryText(words: string[], language: SearchLanguage): string {
  return words.map((word) => `(${formsOf(word, language).map((form) => `${form}:*`).join(' | ')})`).join(' & ');
}

/** PostgreSQL text search configuration of each language. */
export const TS_CONFIG: Record<SearchLanguage, string> = { fi: 'finnish', sv: 'swedish', en: 'english' };

/** A form of a word (the word itself or a Finnish stem variant) as the search index knows it. */
export interface PrefixForm {
  /** The lexemes the text search configuration makes of the form: one for a word, none for a stop word. */
  stems: string[];
  /** The index's lexemes that start with the stem; undefined when there are more than MAX_PREFIX_LEXEMES. */
  lexemes: string[] | undefined;
}

/** A prefix that stands for more lexemes than this stays a prefix (e.g. "ter"). */
export const MAX_PREFIX_LEXEMES = 100;

/**
 * One word alone, with nothing in its index to intersect it with, is spelled out only when a form
 * stands for at most this many lexemes: a bitmap of a few exact lexemes is cheaper to collect than
 * of a prefix ("hoito" 38 → 21 ms), but a common word is found by a scan that stops at the cap,
 * which checks every lexeme listed on each row it reads.
 */
export const MAX_SINGLE_WORD_LEXEMES = 10;

const quoteLexeme = (lexeme: string) => `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

/**
 * tsquery input text (taken as it is, not stemmed) that matches the same rows as tsQueryText, with
 * each prefix spelled out as the exact lexemes of the index that start with it, per word (the
 * forms of a word are alternatives; every word must match). A stop word is left out, as
 * to_tsquery leaves it out; a word none of whose stems starts any lexeme of the index becomes its
 * stem, which no row has. Undefined when a form is not a single lexeme (the prefix query is used
 * as it is) or nothing is left.
 */
export function exactQueryText(words: PrefixForm[][]): string | undefined {
  const groups: string[] = [];
  for (const forms of words) {
    if (forms.some((form) => form.stems.length > 1)) return undefined;
    const known = forms.filter((form) => form.stems.length === 1);
    if (known.length === 0) continue;
    const operands = known.flatMap((form) => (form.lexemes === undefined ? [`${quoteLexeme(form.stems[0]!)}:*`] : form.lexemes.map(quoteLexeme)));
    groups.push(operands.length ? `(${operands.join(' | ')})` : quoteLexeme(known[0]!.stems[0]!));
  }
  return groups.length ? groups.join(' & ') : undefined;
}
