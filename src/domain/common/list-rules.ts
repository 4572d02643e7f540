/** Rules for lists: codes from code lists, duplicates, item counts, content languages. */
import type { LanguageCode } from '../../shared/language.ts';
import { languageName } from './text-rules.ts';
import { at, violation, type Violation } from './violation.ts';

/** `duplicate` for every item that repeats an earlier one (path of the repeat, e.g. `serviceClasses[2]`). */
export function duplicates(path: string, items: readonly string[] | undefined, label: string): Violation[] {
  const seen = new Set<string>();
  return (items ?? []).flatMap((item, i) => {
    if (!seen.has(item)) {
      seen.add(item);
      return [];
    }
    return [violation(at(path, i), 'duplicate', `${label} "${item}" is listed more than once.`)];
  });
}

/** `unknownCode` for every code the code list does not have, and `duplicate` for repeats. */
export function knownCodes(path: string, codes: readonly string[] | undefined, exists: (code: string) => boolean, label: string): Violation[] {
  const unknown = (codes ?? []).flatMap((code, i) =>
    exists(code) ? [] : [violation(at(path, i), 'unknownCode', `${label} "${code}" is not in the code list.`)],
  );
  return [...unknown, ...duplicates(path, codes, label)];
}

/** `tooMany` when a list has more than `max` items. */
export function maxItems(path: string, items: readonly unknown[] | undefined, max: number, label: string): Violation[] {
  const count = items?.length ?? 0;
  return count > max ? [violation(path, 'tooMany', `At most ${max} ${label} are allowed; there are ${count}.`)] : [];
}

/** `required` when a list is empty (`tooFew` when `min` > 1). */
export function minItems(path: string, items: readonly unknown[] | undefined, min: number, label: string): Violation[] {
  const count = items?.length ?? 0;
  if (count >= min) return [];
  return min === 1
    ? [violation(path, 'required', `At least one ${label} is required.`)]
    : [violation(path, 'tooFew', `At least ${min} ${label} are required; there are ${count}.`)];
}

/** The content languages must be given at least once each, with no repeats. */
export function languagesViolations(languages: readonly LanguageCode[] | undefined): Violation[] {
  return [...minItems('languages', languages, 1, 'content language'), ...duplicates('languages', languages, 'Language')];
}

/** `notInLanguages` when a language version is published that the content does not list in `languages`. */
export function publishLanguageViolations(languages: readonly LanguageCode[] | undefined, lang: LanguageCode): Violation[] {
  if (languages?.includes(lang)) return [];
  return [violation('languages', 'notInLanguages', `${languageName(lang)} is not one of the content languages; add it to languages before publishing it.`)];
}
