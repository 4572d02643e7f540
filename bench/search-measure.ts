/**
 * Timing of the query mix. Each query goes once through the HTTP API (`app.inject`: routing,
 * validation, the search action, serialization) while the SQL statements it sends to the read
 * pool are captured; then the same statements with the same parameters are run straight on the
 * pool, in the same order and overlap as the action ran them (a statement that started after the
 * previous one ended, e.g. the typo fallback that needs the first one's count, runs after it;
 * statements the action ran together run together): the raw SQL time, including the round trip
 * to the database but nothing of Kuvaa's own code. The raw run comes second and finds
 * the pages the API run read in the cache (the whole catalogue fits in memory here anyway).
 */
import type { FastifyInstance } from 'fastify';
import type { Database } from '../src/db/db.ts';
import type { BenchQuery } from './search-queries.ts';

export interface Timing {
  kind: string;
  url: string;
  api: number;
  raw: number;
  statements: number;
}

type Query = (...args: unknown[]) => Promise<unknown>;

/** A captured statement: its arguments and when the action started and finished it. */
interface Captured {
  args: unknown[];
  started: number;
  ended: number;
}

/** Records what the pool is asked while `capturing` is set; `original` runs a statement unrecorded. */
function capture(database: Database) {
  const pool = database.readPool as unknown as { query: Query };
  const original: Query = pool.query.bind(pool);
  let captured: Captured[] | undefined;
  pool.query = (...args: unknown[]) => {
    const promise = original(...args);
    if (captured) {
      const entry: Captured = { args, started: performance.now(), ended: Infinity };
      captured.push(entry);
      void promise.finally(() => (entry.ended = performance.now())).catch(() => undefined);
    }
    return promise;
  };
  return {
    original,
    start() {
      captured = [];
    },
    stop(): Captured[] {
      const statements = captured ?? [];
      captured = undefined;
      return statements;
    },
    restore() {
      pool.query = original;
    },
  };
}

/**
 * Runs the statements as the action did: in waves of statements that overlapped in time, one wave
 * after another.
 */
async function replay(original: Query, statements: Captured[]): Promise<void> {
  let wave: Captured[] = [];
  const run = async () => {
    await Promise.all(wave.map((s) => original(...s.args)));
    wave = [];
  };
  for (const statement of statements) {
    if (wave.length && statement.started >= Math.max(...wave.map((s) => s.ended))) await run();
    wave.push(statement);
  }
  await run();
}

async function timed<T>(work: () => Promise<T>): Promise<[number, T]> {
  const started = performance.now();
  const result = await work();
  return [performance.now() - started, result];
}

async function viaApi(app: FastifyInstance, url: string): Promise<void> {
  const response = await app.inject({ method: 'GET', url });
  if (response.statusCode !== 200) throw new Error(`${url}: HTTP ${response.statusCode} ${response.body.slice(0, 300)}`);
}

/**
 * Runs the first `warmUp` queries unmeasured, then each query through the API (capturing its
 * statements) and right after as raw SQL; returns the times in milliseconds.
 */
export async function measureQueries(app: FastifyInstance, database: Database, queries: BenchQuery[], warmUp: number): Promise<Timing[]> {
  for (const query of queries.slice(0, warmUp)) await viaApi(app, query.url);
  const pool = capture(database);
  try {
    const timings: Timing[] = [];
    for (const query of queries) {
      pool.start();
      const [api] = await timed(() => viaApi(app, query.url));
      const statements = pool.stop();
      const [raw] = await timed(() => replay(pool.original, statements));
      timings.push({ kind: query.kind, url: query.url, api, raw, statements: statements.length });
    }
    return timings;
  } finally {
    pool.restore();
  }
}

/** The q-quantile (nearest rank) of `values`. */
export function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] ?? NaN;
}

export interface Percentiles {
  p50: number;
  p95: number;
  p99: number;
}

export const percentiles = (values: number[]): Percentiles => ({ p50: quantile(values, 0.5), p95: quantile(values, 0.95), p99: quantile(values, 0.99) });
