/**
 * Publishing and archiving at a future minute. Scheduling checks rights and the version tag now;
 * `runDueScheduledActions` performs due actions with the scheduler's rights (a job runs it every
 * minute). A scheduled publish that breaks the rules by then is recorded as failed with every
 * reason, and nothing is published.
 */
import crypto from 'node:crypto';
import * as repo from '../../db/repositories/entities.repository.ts';
import { DomainError, ValidationError } from '../../domain/errors.ts';
import type { LanguageCode } from '../../shared/language.ts';
import { actorLabel, actorOf, type Actor, type Context } from '../context.ts';
import { assertAllowed } from './authorize.ts';
import type { EntityRules } from './entity-kinds.ts';
import { archiveEntity, governingOrganization, publishEntity } from './entity-lifecycle.ts';
import { checkVersionTag } from './version-tag.ts';
import { audit } from './audit.ts';

export type ScheduledAction = 'publish' | 'archive';

/** Truncates to the minute; refuses a time that is not in the future. */
export function scheduledMinute(at: Date, now: Date): Date {
  const minute = new Date(Math.floor(at.getTime() / 60_000) * 60_000);
  if (minute.getTime() <= now.getTime()) {
    throw new ValidationError([{ path: 'at', code: 'notInFuture', message: `The scheduled time ${minute.toISOString()} is not in the future` }]);
  }
  return minute;
}

/** Stores a publish or archive of `languages` (all when empty) for the minute of `at`. */
export async function scheduleAction(
  ctx: Context,
  rules: EntityRules,
  id: string,
  action: ScheduledAction,
  languages: LanguageCode[],
  at: Date,
  ifMatch: string | undefined,
) {
  const dueAt = scheduledMinute(at, ctx.clock.now());
  return ctx.database.db.transaction(async (tx) => {
    const row = await repo.getEntity(tx, rules.kind, id, true);
    checkVersionTag(row.id, row.revision, ifMatch);
    await assertAllowed(tx, ctx, action, rules.kind, governingOrganization(rules, row));
    const missing = languages.filter((lang) => !row.languageStatus[lang]);
    if (missing.length) throw new ValidationError(missing.map((lang) => ({ path: 'languages', code: 'languageMissing', message: `The content has no ${lang} language version` })));
    const actor = actorOf(ctx);
    await audit(tx, ctx, { entityType: rules.kind, entityId: id, organizationId: governingOrganization(rules, row), action: `schedule-${action}` });
    return repo.insertScheduledAction(tx, {
      id: crypto.randomUUID(),
      entityId: id,
      kind: rules.kind,
      action,
      languages,
      dueAt,
      createdAt: ctx.clock.now(),
      createdBy: actorLabel(actor),
      actor,
    });
  });
}

export interface ScheduledRunResult {
  id: string;
  entityId: string;
  action: string;
  state: 'done' | 'failed';
  result?: unknown;
}

/** Runs every action due at the clock's now; returns what happened to each. */
export async function runDueScheduledActions(ctx: Context, rulesOf: (kind: string) => EntityRules, limit = 100): Promise<ScheduledRunResult[]> {
  const now = ctx.clock.now();
  const due = await ctx.database.db.transaction((tx) => repo.claimDueScheduledActions(tx, now, limit));
  const results: ScheduledRunResult[] = [];
  for (const item of due) {
    const as: Context = { ...ctx, actor: item.actor as Actor };
    const rules = rulesOf(item.kind);
    const langs = item.languages as LanguageCode[];
    try {
      if (item.action === 'publish') await publishEntity(as, rules, item.entityId, langs, '*');
      else await archiveEntity(as, rules, item.entityId, langs.length ? langs : undefined, '*');
      await repo.finishScheduledAction(ctx.database.db, item.id, 'done', ctx.clock.now());
      results.push({ id: item.id, entityId: item.entityId, action: item.action, state: 'done' });
    } catch (error) {
      const result = error instanceof ValidationError ? { violations: error.violations } : { message: error instanceof DomainError || error instanceof Error ? error.message : String(error) };
      await repo.finishScheduledAction(ctx.database.db, item.id, 'failed', ctx.clock.now(), result);
      results.push({ id: item.id, entityId: item.entityId, action: item.action, state: 'failed', result });
    }
  }
  return results;
}
