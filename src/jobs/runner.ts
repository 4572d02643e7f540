/**
 * The job runner: claims due jobs with FOR UPDATE SKIP LOCKED, runs each in a transaction that
 * also marks it done (so its effect commits exactly once, however many workers run), retries
 * failures with exponential backoff and gives up into the `dead` state with the last error.
 */
import crypto from 'node:crypto';
import os from 'node:os';
import type { DbOrTx } from '../db/db.ts';
import * as repo from '../db/repositories/jobs.repository.ts';
import type { Context } from '../actions/context.ts';

export interface JobDefinition {
  name: string;
  maxAttempts?: number;
  /**
   * false for jobs that open their own transactions (they must be idempotent: their completion
   * is recorded after them, so a crash in between runs them again). Default true.
   */
  inTransaction?: boolean;
  /** Does the job's work; with `inTransaction`, writes through `db` commit together with the job's completion. */
  run(db: DbOrTx, ctx: Context, payload: Record<string, unknown>, jobId: number): Promise<void>;
}

export const FIRST_RETRY_SECONDS = 30;
const MAX_RETRY_SECONDS = 3600;
const STALE_SECONDS = 600;

/** Seconds before retry number `attempt` (1, 2, …): 30 s, 60 s, 120 s … at most an hour. */
export function retryDelaySeconds(attempt: number): number {
  return Math.min(MAX_RETRY_SECONDS, FIRST_RETRY_SECONDS * 2 ** (attempt - 1));
}

/** Queues a job; a dedupe key that was ever used makes this a no-op (returns false). */
export async function enqueue(ctx: Context, job: { name: string; payload?: Record<string, unknown>; runAt?: Date; dedupeKey?: string; maxAttempts?: number }): Promise<boolean> {
  const now = ctx.clock.now();
  const row = await repo.insertJob(ctx.database.db, { name: job.name, payload: job.payload ?? {}, runAt: job.runAt ?? now, dedupeKey: job.dedupeKey, maxAttempts: job.maxAttempts, createdAt: now });
  return row !== undefined;
}

class LostJobError extends Error {}

export interface Runner {
  readonly workerId: string;
  /** Claims and runs due jobs until none is left (at most `max`); returns how many ran. */
  runDue(max?: number): Promise<number>;
}

export function createRunner(ctx: Context, definitions: readonly JobDefinition[], workerId = `${os.hostname()}:${process.pid}:${crypto.randomBytes(3).toString('hex')}`): Runner {
  const byName = new Map(definitions.map((d) => [d.name, d]));

  async function runOne(job: repo.JobRow): Promise<void> {
    const definition = byName.get(job.name);
    try {
      if (!definition) throw new Error(`No job definition named ${job.name}`);
      const complete = async (db: DbOrTx) => {
        if (!(await repo.completeJob(db, job.id, workerId, ctx.clock.now()))) throw new LostJobError('Another worker took the job over');
      };
      if (definition.inTransaction === false) {
        await definition.run(ctx.database.db, ctx, job.payload, job.id);
        await complete(ctx.database.db);
      } else {
        await ctx.database.db.transaction(async (tx) => {
          await definition.run(tx, ctx, job.payload, job.id);
          await complete(tx);
        });
      }
    } catch (error) {
      if (error instanceof LostJobError) return;
      const now = ctx.clock.now();
      const giveUp = !definition || job.attempts >= (definition.maxAttempts ?? job.maxAttempts);
      const retryAt = giveUp ? null : new Date(now.getTime() + retryDelaySeconds(job.attempts) * 1000);
      await repo.failJob(ctx.database.db, job, workerId, error instanceof Error ? error.message : String(error), retryAt, now);
    }
  }

  return {
    workerId,
    async runDue(max = 1000) {
      let ran = 0;
      while (ran < max) {
        const claimed = await ctx.database.db.transaction((tx) => repo.claimJobs(tx, workerId, ctx.clock.now(), Math.min(10, max - ran), STALE_SECONDS));
        if (claimed.length === 0) break;
        for (const job of claimed) await runOne(job);
        ran += claimed.length;
      }
      return ran;
    },
  };
}
