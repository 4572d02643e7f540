/**
 * Mass tools: publish, archive or restore up to 1,000 pieces of content at once (PTV stops at
 * 150). The work is a background job that records each item's result in its payload as it goes,
 * so the editor shows a progress bar and a result per item, and a rerun continues where it stopped.
 * Every item is authorized and validated on its own, with the rights of the person who started it.
 */
import * as jobs from '../../db/repositories/jobs.repository.ts';
import { listEntitiesByIds } from '../../db/repositories/entities.repository.ts';
import { DomainError, NotFoundError, ValidationError, type Violation } from '../../domain/errors.ts';
import type { LanguageCode } from '../../shared/language.ts';
import { actorOf, type Actor, type Context } from '../context.ts';
import { archiveEntity, publishEntity, restoreEntity } from './entity-lifecycle.ts';
import { rulesOf } from './resources.ts';

export const MASS_LIMIT = 1000;
export const MASS_ACTIONS = ['publish', 'archive', 'restore'] as const;
export type MassAction = (typeof MASS_ACTIONS)[number];
export const MASS_JOB = 'mass-action';

export interface MassResult {
  id: string;
  ok: boolean;
  message?: string;
}

interface MassPayload {
  actor: Actor;
  action: MassAction;
  languages: LanguageCode[];
  items: { id: string; kind: string }[];
  results: MassResult[];
}

/** Queues a mass action; returns the job's id. Violations name the field. */
export async function startMassAction(ctx: Context, input: { action: string; languages: string[]; ids: string[] }): Promise<number> {
  const ids = [...new Set(input.ids)];
  const violations: Violation[] = [];
  if (!(MASS_ACTIONS as readonly string[]).includes(input.action)) violations.push({ path: 'action', code: 'required', message: `Choose one of ${MASS_ACTIONS.join(', ')}` });
  if (ids.length === 0) violations.push({ path: 'ids', code: 'nothingSelected', message: 'Select at least one item' });
  if (ids.length > MASS_LIMIT) violations.push({ path: 'ids', code: 'tooMany', message: `At most ${MASS_LIMIT} items at a time` });
  if (input.action === 'publish' && input.languages.length === 0) violations.push({ path: 'languages', code: 'chooseLanguage', message: 'Choose the language versions to publish' });
  if (violations.length) throw new ValidationError(violations);
  const rows = await listEntitiesByIds(ctx.database.db, ids);
  const payload: MassPayload = { actor: actorOf(ctx), action: input.action as MassAction, languages: input.languages as LanguageCode[], items: rows.map((row) => ({ id: row.id, kind: row.kind })), results: [] };
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
    const rules = rulesOf(item.kind);
    try {
      if (payload.action === 'publish') {
        const row = (await listEntitiesByIds(ctx.database.db, [item.id]))[0];
        const langs = payload.languages.filter((lang) => row && row.languageStatus[lang] !== undefined);
        if (langs.length === 0) throw new DomainError(`It has none of the languages ${payload.languages.join(', ')}`);
        await publishEntity(as, rules, item.id, langs, '*');
      } else if (payload.action === 'archive') {
        await archiveEntity(as, rules, item.id, undefined, '*');
      } else {
        await restoreEntity(as, rules, item.id, '*');
      }
      results.push({ id: item.id, ok: true });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const message = error instanceof ValidationError ? error.violations.map((v) => v.message).join('; ') : error.message;
      results.push({ id: item.id, ok: false, message });
    }
    await jobs.updateJobPayload(ctx.database.db, jobId, { ...payload, results } as unknown as Record<string, unknown>);
  }
}

export interface MassStatus {
  id: number;
  action: MassAction;
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
  return { id: job.id, action: payload.action, total: payload.items.length, results: payload.results, finished: job.state === 'done' || job.state === 'dead' };
}
