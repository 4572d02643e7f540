/**
 * The publishing lifecycle of a catalogue entity (organization, service, channel), per language.
 *
 * An entity has a working copy (what editors change) and, once published, a published copy that
 * the open API shows. Each language version has its own status:
 *   draft     – never published (or withdrawn); only in the working copy
 *   published – the published copy shows it, the working copy has no unpublished change
 *   modified  – published, and the working copy has changes not yet published
 *   archived  – removed from the open API; kept for history, restorable as a draft
 * Saving a working copy bumps the minor version; publishing makes the next major version.
 */
import type { LanguageCode } from '../../shared/language.ts';
import { DomainError } from '../errors.ts';

export type LanguageStatus = 'draft' | 'published' | 'modified' | 'archived';
export type LanguageStatuses = Partial<Record<LanguageCode, LanguageStatus>>;

export interface Version {
  major: number;
  minor: number;
}

export function formatVersion(v: Version): string {
  return `${v.major}.${v.minor}`;
}

/** Thrown when an action does not apply to the entity's current state (409 in the API). */
export class StateError extends DomainError {
  constructor(message: string) {
    super(message);
    this.name = 'StateError';
  }
}

/** Statuses after saving a working copy with `languages`: new languages start as drafts. */
export function statusesAfterSave(current: LanguageStatuses, languages: readonly LanguageCode[]): LanguageStatuses {
  const next: LanguageStatuses = {};
  for (const lang of languages) {
    const status = current[lang];
    next[lang] = status === 'published' || status === 'modified' ? 'modified' : status === 'archived' ? 'archived' : 'draft';
  }
  // a language removed from the working copy but still published stays visible until withdrawn
  for (const [lang, status] of Object.entries(current) as [LanguageCode, LanguageStatus][]) {
    if (!languages.includes(lang) && (status === 'published' || status === 'modified')) next[lang] = 'modified';
  }
  return next;
}

/** Statuses after publishing `langs`; throws StateError for a language that is not in the content. */
export function statusesAfterPublish(current: LanguageStatuses, langs: readonly LanguageCode[]): LanguageStatuses {
  const next = { ...current };
  for (const lang of langs) {
    if (!current[lang]) throw new StateError(`The content has no ${lang} language version to publish`);
    if (current[lang] === 'archived') throw new StateError(`The ${lang} language version is archived: restore it first`);
    next[lang] = 'published';
  }
  return next;
}

/** Statuses after withdrawing `langs` back to draft (they leave the open API). */
export function statusesAfterWithdraw(current: LanguageStatuses, langs: readonly LanguageCode[]): LanguageStatuses {
  const next = { ...current };
  for (const lang of langs) {
    if (current[lang] !== 'published' && current[lang] !== 'modified') throw new StateError(`The ${lang} language version is not published`);
    next[lang] = 'draft';
  }
  return next;
}

/** Statuses after archiving `langs` (all languages when archiving the whole entity). */
export function statusesAfterArchive(current: LanguageStatuses, langs: readonly LanguageCode[]): LanguageStatuses {
  const next = { ...current };
  for (const lang of langs) {
    if (!current[lang]) throw new StateError(`The content has no ${lang} language version`);
    next[lang] = 'archived';
  }
  return next;
}

/** Statuses after restoring archived languages: they come back as drafts. */
export function statusesAfterRestore(current: LanguageStatuses): LanguageStatuses {
  const next = { ...current };
  let restored = false;
  for (const [lang, status] of Object.entries(current) as [LanguageCode, LanguageStatus][]) {
    if (status === 'archived') {
      next[lang] = 'draft';
      restored = true;
    }
  }
  if (!restored) throw new StateError('Nothing is archived: there is nothing to restore');
  return next;
}

/** Languages the open API shows. */
export function publicLanguages(statuses: LanguageStatuses): LanguageCode[] {
  return (Object.entries(statuses) as [LanguageCode, LanguageStatus][])
    .filter(([, status]) => status === 'published' || status === 'modified')
    .map(([lang]) => lang);
}

/** The entity's overall status, for lists: published if any language is public. */
export function overallStatus(statuses: LanguageStatuses): LanguageStatus {
  const values = Object.values(statuses);
  if (values.some((s) => s === 'modified')) return 'modified';
  if (values.some((s) => s === 'published')) return 'published';
  if (values.length > 0 && values.every((s) => s === 'archived')) return 'archived';
  return 'draft';
}

const LANGUAGE_KEYS = new Set<string>(['fi', 'sv', 'en', 'se', 'smn', 'sms']);

function isLocalized(value: unknown): value is Record<string, unknown> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((key) => LANGUAGE_KEYS.has(key));
}

/**
 * The published copy after publishing `langs` of `working` over `published`: texts of the
 * published languages come from the working copy; texts of other languages stay as they were
 * published, so an unreviewed Swedish edit never goes public with a Finnish publish.
 * Language-neutral fields (codes, areas, links) are shared by all languages and come from the
 * working copy.
 */
export function mergePublished(published: unknown, working: unknown, langs: readonly string[]): unknown {
  if (isLocalized(working) || (isLocalized(published) && working && typeof working === 'object' && !Array.isArray(working))) {
    const out: Record<string, unknown> = {};
    const old = isLocalized(published) ? published : {};
    const next = working as Record<string, unknown>;
    for (const key of new Set([...Object.keys(old), ...Object.keys(next)])) {
      const value = langs.includes(key) ? next[key] : old[key];
      if (value !== undefined) out[key] = value;
    }
    return out;
  }
  if (working && typeof working === 'object' && !Array.isArray(working)) {
    const old = published && typeof published === 'object' && !Array.isArray(published) ? (published as Record<string, unknown>) : {};
    return Object.fromEntries(Object.entries(working).map(([key, value]) => [key, mergePublished(old[key], value, langs)]));
  }
  return working;
}

/** Top-level fields whose values differ between two versions, for the history. */
export function changedFields(before: unknown, after: unknown): string[] {
  const a = (before && typeof before === 'object' ? before : {}) as Record<string, unknown>;
  const b = (after && typeof after === 'object' ? after : {}) as Record<string, unknown>;
  return [...new Set([...Object.keys(a), ...Object.keys(b)])]
    .filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key]))
    .sort();
}
