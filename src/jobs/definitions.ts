/**
 * Kuvaa's jobs and the clock that queues the periodic ones. Every worker ticks; the dedupe key
 * (one per minute) makes each periodic job exist once, and SKIP LOCKED lets one worker run it.
 */
import type { Context } from '../actions/context.ts';
import { runDueScheduledActions } from '../actions/catalogue/schedule.ts';
import { rulesOf } from '../actions/catalogue/resources.ts';
import { createRunner, enqueue, type JobDefinition, type Runner } from './runner.ts';

/** Publishes and archives whose minute has come (the minute-precise scheduling of the core). */
export const scheduledActionsJob: JobDefinition = {
  name: 'scheduled-actions',
  maxAttempts: 3,
  // each action runs in its own transaction and is claimed before it runs, so a rerun is harmless
  inTransaction: false,
  async run(_db, ctx) {
    await runDueScheduledActions(ctx, rulesOf);
  },
};

export const JOBS: readonly JobDefinition[] = [scheduledActionsJob];

const minuteKey = (at: Date) => at.toISOString().slice(0, 16);

/** Queues this minute's periodic jobs (a no-op when another worker already did). */
export async function queuePeriodicJobs(ctx: Context): Promise<void> {
  await enqueue(ctx, { name: scheduledActionsJob.name, dedupeKey: `scheduled-actions:${minuteKey(ctx.clock.now())}` });
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
