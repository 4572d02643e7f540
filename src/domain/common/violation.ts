/** Small helpers for building violations with dotted paths. */
import type { Violation } from '../errors.ts';

export type { Violation };

/** A violation `{path, code, message}`. */
export function violation(path: string, code: string, message: string): Violation {
  return { path, code, message };
}

/** Joins path segments: `join('phones[0]', 'number')` → `phones[0].number`; an empty base is dropped. */
export function join(base: string, key: string): string {
  return base ? `${base}.${key}` : key;
}

/** The path of an array item: `at('phones', 0)` → `phones[0]`. */
export function at(base: string, index: number): string {
  return `${base}[${index}]`;
}

/** Runs a check over every item of an optional list and concatenates the violations. */
export function eachItem<T>(path: string, items: readonly T[] | undefined, check: (item: T, path: string) => Violation[]): Violation[] {
  return (items ?? []).flatMap((item, index) => check(item, at(path, index)));
}

/** Prefixes every violation's path, for rules written against a nested object. */
export function under(base: string, violations: Violation[]): Violation[] {
  return violations.map((v) => ({ ...v, path: join(base, v.path) }));
}
