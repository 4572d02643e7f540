/** SQL of the job queue. */
import { and, count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db.ts';
import * as t from '../schema/index.ts';

export type JobRow = typeof t.jobs.$inferSelect;

/** Queues a job; with a dedupe key that was used before, nothing happens (returns undefined). */
export async function insertJob(db: DbOrTx, row: { name: string; payload: Record<string, unknown>; runAt: Date; dedupeKey?: string | undefined; maxAttempts?: number | undefined; createdAt: Date }): Promise<JobRow | undefined> {
  const [inserted] = await db
    .insert(t.jobs)
    .values({ ...row, dedupeKey: row.dedupeKey ?? null })
    .onConflictDoNothing({ target: t.jobs.dedupeKey, where: sql`${t.jobs.dedupeKey} IS NOT NULL` })
    .returning();
  return inserted;
}

/**
 * Claims up to `limit` due jobs for `worker` (others skip the locked rows), and takes back jobs
 * whose worker vanished more than `staleSeconds` ago.
 */
export async function claimJobs(db: DbOrTx, worker: string, now: Date, limit: number, staleSeconds: number): Promise<JobRow[]> {
  const stale = new Date(now.getTime() - staleSeconds * 1000);
  const rows = await db.execute<{ id: string }>(sql`
    UPDATE jobs SET state = 'running', locked_by = ${worker}, locked_at = ${now}, attempts = attempts + 1
    WHERE id IN (
      SELECT id FROM jobs
      WHERE (state = 'queued' AND run_at <= ${now}) OR (state = 'running' AND locked_at < ${stale})
      ORDER BY run_at, id
      FOR UPDATE SKIP LOCKED
      LIMIT ${limit})
    RETURNING id`);
  const ids = rows.rows.map((r) => Number(r.id));
  return ids.length ? db.select().from(t.jobs).where(inArray(t.jobs.id, ids)).orderBy(t.jobs.runAt, t.jobs.id) : [];
}

/** Marks the job done, only if this worker still holds it (false = someone took it over). */
export async function completeJob(db: DbOrTx, id: number, worker: string, now: Date): Promise<boolean> {
  const done = await db
    .update(t.jobs)
    .set({ state: 'done', finishedAt: now, lockedBy: null, lastError: null })
    .where(and(eq(t.jobs.id, id), eq(t.jobs.state, 'running'), eq(t.jobs.lockedBy, worker)))
    .returning({ id: t.jobs.id });
  return done.length === 1;
}

/** Records a failure: queued again at `retryAt`, or dead when attempts are used up. */
export async function failJob(db: DbOrTx, job: JobRow, worker: string, error: string, retryAt: Date | null, now: Date): Promise<void> {
  await db
    .update(t.jobs)
    .set(retryAt ? { state: 'queued', runAt: retryAt, lastError: error, lockedBy: null } : { state: 'dead', lastError: error, lockedBy: null, finishedAt: now })
    .where(and(eq(t.jobs.id, job.id), eq(t.jobs.lockedBy, worker)));
}

export async function countJobsByState(db: DbOrTx) {
  return db.select({ state: t.jobs.state, count: count() }).from(t.jobs).groupBy(t.jobs.state);
}

/** Latest jobs, failures first: dead ones and queued ones with an error. */
export async function listJobs(db: DbOrTx, limit: number) {
  return db
    .select()
    .from(t.jobs)
    .orderBy(sql`(${t.jobs.state} = 'dead') DESC`, sql`(${t.jobs.lastError} IS NOT NULL) DESC`, desc(t.jobs.id))
    .limit(limit);
}

export async function findJob(db: DbOrTx, id: number): Promise<JobRow | undefined> {
  const [row] = await db.select().from(t.jobs).where(eq(t.jobs.id, id));
  return row;
}

/** Replaces a job's payload (a long job records its progress there). */
export async function updateJobPayload(db: DbOrTx, id: number, payload: Record<string, unknown>): Promise<void> {
  await db.update(t.jobs).set({ payload }).where(eq(t.jobs.id, id));
}
