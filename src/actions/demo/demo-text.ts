/** Small helpers for the demo catalogue: stable ids and texts cut to the catalogue's limits. */
import crypto from 'node:crypto';
import type { LanguageCode, LocalizedText } from '../../shared/language.ts';

/** The demo's content languages: every demo entity is written in Finnish, Swedish and English. */
export const DEMO_LANGUAGES: LanguageCode[] = ['fi', 'sv', 'en'];

// A fixed namespace, so the same name always gives the same id (in every installation).
const NAMESPACE = Buffer.from('5b0f8e2c7d1a4e6b9c3f0a8d2e4b6c1f', 'hex');

/** A name-based UUID (version 5 layout: SHA-1 of a fixed namespace and the name). */
export function demoId(name: string): string {
  const hash = crypto.createHash('sha1').update(NAMESPACE).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** `{fi, sv, en}` from three strings. */
export function fsv(fi: string, sv: string, en: string): LocalizedText {
  return { fi, sv, en };
}

/** Applies `f` to each language of a text; languages whose result is empty are left out. */
export function mapText(text: LocalizedText | null | undefined, f: (value: string) => string): LocalizedText | undefined {
  if (!text) return undefined;
  const entries = Object.entries(text)
    .map(([lang, value]) => [lang, typeof value === 'string' ? f(value) : ''] as const)
    .filter(([, value]) => value !== '');
  return entries.length ? (Object.fromEntries(entries) as LocalizedText) : undefined;
}

/** One line: runs of white space become one space. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Paragraphs kept (blank lines between them, line breaks of lists within), runs of spaces made one. */
export function paragraphs(text: string): string {
  return text
    .replace(/\r/g, '')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.split('\n').map((line) => line.replace(/[ \t]+/g, ' ').trim()).filter(Boolean).join('\n'))
    .filter(Boolean)
    .join('\n\n');
}

const length = (text: string) => [...text].length;

/**
 * `text` cut to at most `max` characters: at the last sentence end that keeps at least a third of
 * the room, otherwise at the last word, with an ellipsis.
 */
export function truncate(text: string, max: number): string {
  if (length(text) <= max) return text;
  const room = [...text].slice(0, max).join('');
  const sentenceEnds = [...room.matchAll(/[.!?](?=\s|$)/g)].map((m) => m.index + 1);
  const lastSentence = sentenceEnds[sentenceEnds.length - 1];
  if (lastSentence !== undefined && lastSentence >= max / 3) return room.slice(0, lastSentence).trim();
  const words = [...text].slice(0, max - 1).join('');
  const cut = words.lastIndexOf(' ');
  return `${(cut > 0 ? words.slice(0, cut) : words).replace(/[\s,;:–-]+$/, '')}…`;
}

/** Appends a paragraph to each language of `text` (creating it where missing), keeping within `max`. */
export function appendParagraph(text: LocalizedText | undefined, addition: LocalizedText, max: number): LocalizedText {
  const result: LocalizedText = { ...text };
  for (const [lang, extra] of Object.entries(addition) as [LanguageCode, string][]) {
    const base = result[lang];
    result[lang] = base ? `${truncate(base, max - length(extra) - 2)}\n\n${extra}` : extra;
  }
  return result;
}
