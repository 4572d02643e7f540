/**
 * Mass tools: publish, archive, restore or copy as templates up to 1,000 pieces of content at once
 * (PTV stops at 150). The work is a background job that records each item's result in its payload
 * as it goes, so the editor shows a progress bar and a result per item, and a rerun continues where
 * it stopped. Every item is authorized and validated on its own, with the rights of the person who
 * started it.
 */
import * as jobs from '../../db/repositories/jobs.repository.ts';
import { listEntitiesByIds } from '../../db/repositories/entities.repository.ts';
import { DomainError, NotFoundError, ValidationError, type Violation } from '../../domain/errors.ts';
import type { LanguageCode } from '../../shared/language.ts';
import { nameUuid } from '../../shared/name-uuid.ts';
import { actorOf, type Actor, type Context } from '../context.ts';
import { archiveEntity, copyEntity, publishEntity, restoreEntity } from './entity-lifecycle.ts';
import { copyServiceTo, rulesOf } from './resources.ts';
import { assertAllowed, ForbiddenError, readableOrganizations } from './authorize.ts';
import type { EntityType } from '../../domain/permissions/permissions.ts';

export const MASS_LIMIT = 1000;
export const MASS_ACTIONS = ['publish', 'archive', 'restore', 'copy'] as const;
export type MassAction = (typeof MASS_ACTIONS)[number];
export const MASS_JOB = 'mass-action';

export interface MassResult {
  id: string;
  /** The item's kind (service, channel, organization). */
  kind?: string;
  ok: boolean;
  message?: string;
  /** The rules' violations that stopped the item, for a message in the reader's language. */
  violations?: Violation[];
  /** Left alone on purpose (e.g. an organization in a mass copy); `reason` names why as a message-key suffix. */
  skipped?: boolean;
  reason?: string;
  /** The new draft of a copy. */
  copyId?: string;
}

interface MassPayload {
  actor: Actor;
  action: MassAction;
  languages: LanguageCode[];
  /** Where copies go (copy only). */
  organizationId?: string;
  items: { id: string; kind: string }[];
  results: MassResult[];
}

type Content = Record<string, unknown>;

/**
 * How a copy of `kind` is moved to another organization: a service's main responsible
 * organization (and its own production), a channel's owner, an organization's parent.
 */
export function copyOwnerSetter(kind: string): (content: Content, organizationId: string) => Content {
  if (kind === 'service') return copyServiceTo;
  if (kind === 'channel') return (content, organizationId) => ({ ...content, organizationId });
  return (content, organizationId) => ({ ...content, parentOrganizationId: organizationId });
}

/**
 * The copy target is an organization of the actor's tree (any organization for a system
 * administrator) where the actor may create content of the kinds being copied: refused up front
 * rather than item by item.
 */
async function copyTargetViolations(ctx: Context, organizationId: string, kinds: string[]): Promise<Violation[]> {
  const path = 'organizationId';
  if (!organizationId) return [{ path, code: 'chooseOrganization', message: 'Choose the organization to copy to' }];
  const db = ctx.database.db;
  const readable = await readableOrganizations(db, ctx);
  const known = readable ? readable.includes(organizationId) : (await listEntitiesByIds(db, [organizationId])).some((row) => row.kind === 'organization');
  if (!known) return [{ path, code: 'outsideTree', message: 'Copies can only go to an organization of your organization tree' }];
  for (const kind of new Set(kinds.filter((k) => k !== 'organization'))) {
    try {
      await assertAllowed(db, ctx, 'create', kind as EntityType, organizationId);
    } catch (error) {
      if (!(error instanceof ForbiddenError)) throw error;
      return [{ path, code: 'copyNotAllowed', message: error.message }];
    }
  }
  return [];
}

/** Queues a mass action; returns the job's id. Violations name the field. */
export async function startMassAction(ctx: Context, input: { action: string; languages: string[]; ids: string[]; organizationId?: string }): Promise<number> {
  const ids = [...new Set(input.ids)];
  const violations: Violation[] = [];
  if (!(MASS_ACTIONS as readonly string[]).includes(input.action)) violations.push({ path: 'action', code: 'required', message: `Choose one of ${MASS_ACTIONS.join(', ')}` });
  if (ids.length === 0) violations.push({ path: 'ids', code: 'nothingSelected', message: 'Select at least one item' });
  if (ids.length > MASS_LIMIT) violations.push({ path: 'ids', code: 'tooMany', message: `At most ${MASS_LIMIT} items at a time` });
  if (input.action === 'publish' && input.languages.length === 0) violations.push({ path: 'languages', code: 'chooseLanguage', message: 'Choose the language versions to publish' });
  const rows = violations.length ? [] : await listEntitiesByIds(ctx.database.db, ids);
  if (input.action === 'copy') violations.push(...(await copyTargetViolations(ctx, input.organizationId ?? '', rows.map((row) => row.kind))));
  if (violations.length) throw new ValidationError(violations);
  const payload: MassPayload = {
    actor: actorOf(ctx),
    action: input.action as MassAction,
    languages: input.languages as LanguageCode[],
    ...(input.action === 'copy' ? { organizationId: input.organizationId } : {}),
    items: rows.map((row) => ({ id: row.id, kind: row.kind })),
    results: [],
  };
  const job = await jobs.insertJob(ctx.database.db, { name: MASS_JOB, payload: payload as unknown as Record<string, unknown>, runAt: ctx.clock.now(), maxAttempts: 3, createdAt: ctx.clock.now() });
  return job!.id;
}

/** Runs the items without a result yet, recording each result as it comes. */
export async function runMassAction(ctx: Context, jobId: number, raw: Record<string, unknown>): Promise<void> {
  const payload = raw as unknown as MassPayload;
  const as: Context = { ...ctx, actor: payload.actor };
  const results = [...payload.results];
  const done = new Set(results.map((r) => r.id));
  for (const item of payload.items) {
    if (done.has(item.id)) continue;
    results.push({ ...(await runItem(as, jobId, payload, item)), kind: item.kind });
    await jobs.updateJobPayload(ctx.database.db, jobId, { ...payload, results } as unknown as Record<string, unknown>);
  }
}

/** One item's action; a rule or right that stops it becomes its failure reason, anything else fails the job (to retry). */
async function runItem(as: Context, jobId: number, payload: MassPayload, item: { id: string; kind: string }): Promise<MassResult> {
  const rules = rulesOf(item.kind);
  // a copied organization would become a sub-organization: that is no template, so it is left alone
  if (payload.action === 'copy' && item.kind === 'organization') return { id: item.id, ok: false, skipped: true, reason: 'organizationNotCopied' };
  try {
    if (payload.action === 'copy') {
      // the copy's id comes from the job and the item: after a crash between the copy and its
      // recorded result, the retry finds the copy made instead of making a second one
      const copyId = nameUuid(`mass-copy:${jobId}:${item.id}`);
      if ((await listEntitiesByIds(as.database.db, [copyId])).length) return { id: item.id, ok: true, copyId };
      const copy = await copyEntity(as, rules, item.id, payload.organizationId!, copyOwnerSetter(item.kind), copyId);
      return { id: item.id, ok: true, copyId: copy.id };
    }
    if (payload.action === 'publish') {
      const row = (await listEntitiesByIds(as.database.db, [item.id]))[0];
      const langs = payload.languages.filter((lang) => row && row.languageStatus[lang] !== undefined);
      if (langs.length === 0) throw new DomainError(`It has none of the languages ${payload.languages.join(', ')}`);
      await publishEntity(as, rules, item.id, langs, '*');
    } else if (payload.action === 'archive') {
      await archiveEntity(as, rules, item.id, undefined, '*');
    } else {
      await restoreEntity(as, rules, item.id, '*');
    }
    return { id: item.id, ok: true };
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const message = error instanceof ValidationError ? error.violations.map((v) => v.message).join('; ') : error.message;
    return { id: item.id, ok: false, message, ...(error instanceof ValidationError ? { violations: error.violations } : {}) };
  }
}

export interface MassStatus {
  id: number;
  action: MassAction;
  organizationId?: string | undefined;
  total: number;
  results: MassResult[];
  finished: boolean;
}

/** A mass action's progress, for the person who started it only. */
export async function massActionStatus(ctx: Context, jobId: number): Promise<MassStatus> {
  const job = Number.isSafeInteger(jobId) ? await jobs.findJob(ctx.database.db, jobId) : undefined;
  const payload = job?.payload as unknown as MassPayload | undefined;
  const actor = actorOf(ctx);
  if (!job || job.name !== MASS_JOB || payload?.actor.id !== actor.id || payload.actor.type !== actor.type) throw new NotFoundError('mass action', String(jobId));
  return { id: job.id, action: payload.action, organizationId: payload.organizationId, total: payload.items.length, results: payload.results, finished: job.state === 'done' || job.state === 'dead' };
}
