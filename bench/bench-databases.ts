/**
 * Runs a benchmark on a fresh embedded database in a temporary directory, then on PostgreSQL
 * when DATABASE_URL is set; returns what each run returned (postgres undefined when skipped).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { config } from '../src/config/env.ts';
import { openDatabase, type Database } from '../src/db/db.ts';

export async function onEachDatabase<T>(run: (database: Database) => Promise<T>): Promise<{ embedded: T; postgres: T | undefined }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kuvaa-bench-'));
  const embedded = await openDatabase({ dataDir: path.join(dir, 'pglite') });
  let embeddedResult: T;
  try {
    embeddedResult = await run(embedded);
  } finally {
    await embedded.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const url = config().databaseUrl;
  if (!url) return { embedded: embeddedResult, postgres: undefined };
  const server = await openDatabase({ url, dataDir: '' });
  try {
    return { embedded: embeddedResult, postgres: await run(server) };
  } finally {
    await server.close();
  }
}
