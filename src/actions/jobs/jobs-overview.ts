/** The job queue as system administrators see it: counts per state and the latest jobs, failures first. */
import { countJobsByState, listJobs } from '../../db/repositories/jobs.repository.ts';
import type { Context } from '../context.ts';
import { assertAllowed } from '../catalogue/authorize.ts';

export async function jobsOverview(ctx: Context, limit = 100) {
  await assertAllowed(ctx.database.db, ctx, 'read', 'job', null);
  const [counts, latest] = await Promise.all([countJobsByState(ctx.database.readDb), listJobs(ctx.database.readDb, limit)]);
  return {
    counts: Object.fromEntries(counts.map((c) => [c.state, c.count])) as Record<string, number>,
    jobs: latest.map((job) => ({
      id: job.id,
      name: job.name,
      state: job.state,
      attempts: job.attempts,
      maxAttempts: job.maxAttempts,
      runAt: job.runAt.toISOString(),
      lastError: job.lastError,
      dedupeKey: job.dedupeKey,
      finishedAt: job.finishedAt?.toISOString() ?? null,
    })),
  };
}
