/**
 * The databases of the search benchmark: a fresh embedded database in a temporary directory, and
 * on the PostgreSQL server of DATABASE_URL a database of its own (`kuvaa_bench_search`, created
 * empty and dropped afterwards), so the 150,000 rows never land in the database the URL names.
 * BENCH_ONLY=embedded or BENCH_ONLY=postgres runs one of them; BENCH_KEEP_DATABASE=1 keeps the
 * PostgreSQL database for a look at the plans afterwards.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { config } from '../src/config/env.ts';
import { openDatabase, type Database } from '../src/db/db.ts';

export const BENCH_DATABASE = 'kuvaa_bench_search';

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

async function admin(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

async function onEmbedded<T>(run: (database: Database) => Promise<T>): Promise<T> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kuvaa-bench-search-'));
  const database = await openDatabase({ dataDir: path.join(dir, 'pglite'), poolSize: 10 });
  try {
    return await run(database);
  } finally {
    await database.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function onPostgres<T>(url: string, run: (database: Database) => Promise<T>): Promise<T> {
  await admin(url, `DROP DATABASE IF EXISTS ${BENCH_DATABASE} WITH (FORCE)`);
  await admin(url, `CREATE DATABASE ${BENCH_DATABASE}`);
  const database = await openDatabase({ url: withDatabase(url, BENCH_DATABASE), dataDir: '', poolSize: 10 });
  try {
    return await run(database);
  } finally {
    await database.close();
    if (process.env.BENCH_KEEP_DATABASE !== '1') await admin(url, `DROP DATABASE IF EXISTS ${BENCH_DATABASE} WITH (FORCE)`);
  }
}

/** Runs `run` on the embedded database, then on PostgreSQL when DATABASE_URL is set (undefined when skipped). */
export async function onEachSearchDatabase<T>(run: (database: Database) => Promise<T>): Promise<{ embedded: T | undefined; postgres: T | undefined }> {
  const only = process.env.BENCH_ONLY;
  const embedded = only === 'postgres' ? undefined : await onEmbedded(run);
  const url = config().databaseUrl;
  const postgres = url && only !== 'embedded' ? await onPostgres(url, run) : undefined;
  return { embedded, postgres };
}
