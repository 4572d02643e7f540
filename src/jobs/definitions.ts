/**
 * Kuvaa's jobs and the clock that queues the periodic ones. Every worker ticks; the dedupe key
 * (one per minute, day or month) makes each periodic job exist once, and SKIP LOCKED lets one
 * worker run it.
 */
import type { Context } from '../actions/context.ts';
import type { MailMessage } from '../adapters/mail.ts';
import { runDueScheduledActions } from '../actions/catalogue/schedule.ts';
import { rulesOf } from '../actions/catalogue/resources.ts';
import { digestMails, scheduledFailureMails, type PersonMail } from '../actions/maintenance/notifications.ts';
import { archiveStaleChannels, pruneOldVersions } from '../actions/maintenance/upkeep.ts';
import { MASS_JOB, runMassAction } from '../actions/catalogue/mass-actions.ts';
import { dailyMaintenanceDue, helsinkiDay, helsinkiHour, helsinkiMonth, monthlyDigestDue } from '../domain/maintenance/tasks.ts';
import { maintenanceOf } from '../actions/context.ts';
import { linkCheckJob } from './link-check.ts';
import { createRunner, enqueue, type JobDefinition, type Runner } from './runner.ts';

/** One mail; a job per recipient, so a retry never mails anyone twice. */
export const sendMailJob: JobDefinition = {
  name: 'send-mail',
  maxAttempts: 8,
  inTransaction: false,
  async run(_db, ctx, payload) {
    if (!ctx.mailer) throw new Error('No mail service is configured');
    const { to, subject, text } = payload as unknown as MailMessage;
    await ctx.mailer.send({ to, subject, text });
  },
};

async function queueMails(ctx: Context, mails: PersonMail[], keyPrefix: string): Promise<void> {
  for (const { userId, mail } of mails) {
    await enqueue(ctx, { name: sendMailJob.name, payload: { ...mail }, dedupeKey: `${keyPrefix}:${userId}` });
  }
}

/** Tells the organization that a scheduled publish failed (payload: scheduledActionId). */
export const scheduledPublishFailedJob: JobDefinition = {
  name: 'scheduled-publish-failed',
  inTransaction: false,
  async run(_db, ctx, payload) {
    const id = String(payload.scheduledActionId);
    await queueMails(ctx, await scheduledFailureMails(ctx, id), `scheduled-publish-failed:${id}`);
  },
};

/** Publishes and archives whose minute has come (the minute-precise scheduling of the core). */
export const scheduledActionsJob: JobDefinition = {
  name: 'scheduled-actions',
  maxAttempts: 3,
  // each action runs in its own transaction and is claimed before it runs, so a rerun is harmless
  inTransaction: false,
  async run(_db, ctx) {
    for (const result of await runDueScheduledActions(ctx, rulesOf)) {
      if (result.state !== 'failed' || result.action !== 'publish') continue;
      await enqueue(ctx, { name: scheduledPublishFailedJob.name, payload: { scheduledActionId: result.id }, dedupeKey: `scheduled-publish-failed:${result.id}` });
    }
  },
};

/** Archives stale phone channels and service locations, prunes old versions (daily). */
export const dailyUpkeepJob: JobDefinition = {
  name: 'daily-upkeep',
  inTransaction: false,
  async run(_db, ctx) {
    await archiveStaleChannels(ctx, rulesOf('channel'));
    await pruneOldVersions(ctx);
  },
};

/** Queues the month's digest mail of every person (payload: month, e.g. 2026-12). */
export const monthlyDigestJob: JobDefinition = {
  name: 'monthly-digest',
  inTransaction: false,
  async run(_db, ctx, payload) {
    const month = String(payload.month);
    await queueMails(ctx, await digestMails(ctx, month), `digest:${month}`);
  },
};

/** Publishes, archives or restores many items (the editor's mass tools); progress is kept in the payload. */
export const massActionJob: JobDefinition = {
  name: MASS_JOB,
  maxAttempts: 3,
  inTransaction: false,
  async run(_db, ctx, payload, jobId) {
    await runMassAction(ctx, jobId, payload);
  },
};

export const JOBS: readonly JobDefinition[] = [scheduledActionsJob, scheduledPublishFailedJob, sendMailJob, dailyUpkeepJob, monthlyDigestJob, linkCheckJob, massActionJob];

const minuteKey = (at: Date) => at.toISOString().slice(0, 16);

/** Queues the periodic jobs due now (a no-op when another worker already did). */
export async function queuePeriodicJobs(ctx: Context): Promise<void> {
  const now = ctx.clock.now();
  await enqueue(ctx, { name: scheduledActionsJob.name, dedupeKey: `scheduled-actions:${minuteKey(now)}` });
  if (dailyMaintenanceDue(now)) {
    await enqueue(ctx, { name: dailyUpkeepJob.name, dedupeKey: `daily-upkeep:${helsinkiDay(now)}` });
  }
  const recheckHours = maintenanceOf(ctx).linkRecheckHours;
  if (recheckHours > 0) {
    // hourly, so that a big catalogue is checked in slices (a run stops after 8 minutes); the
    // backfill of links of content older than the link checker runs with the daily upkeep hour
    const hour = helsinkiHour(now);
    await enqueue(ctx, { name: linkCheckJob.name, payload: { recheckHours, backfill: hour.endsWith('T03') }, dedupeKey: `link-check:${hour}` });
  }
  if (monthlyDigestDue(now)) {
    const month = helsinkiMonth(now);
    await enqueue(ctx, { name: monthlyDigestJob.name, payload: { month }, dedupeKey: `monthly-digest:${month}` });
  }
}

export interface Worker {
  runner: Runner;
  stop(): Promise<void>;
}

/** Ticks every `intervalMs` (default 10 s, so a due minute is handled within it): queue periodic jobs, run due ones. */
export function startWorker(ctx: Context, options: { intervalMs?: number; onError?: (error: unknown) => void } = {}): Worker {
  const runner = createRunner(ctx, JOBS);
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const tick = () => {
    if (stopped) return;
    running = (async () => {
      await queuePeriodicJobs(ctx);
      await runner.runDue();
    })().catch((error) => options.onError?.(error));
  };
  const timer = setInterval(tick, options.intervalMs ?? 10_000);
  tick();
  return {
    runner,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
