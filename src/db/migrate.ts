/**
 * Applies the committed SQL migrations (forward only). A session-level advisory lock makes
 * concurrent starts safe: the second process waits, then finds nothing left to do.
 */
import { fileURLToPath } from 'node:url';
import fs from 'node:fs';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import type { Database } from './db.ts';

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('./migrations', import.meta.url));
const LOCK_KEY = 7_146_518_021; // arbitrary, constant: "kuvaa migrations"

interface Journal {
  entries: { idx: number; tag: string; when: number }[];
}

export function migrationJournal(): Journal {
  return JSON.parse(fs.readFileSync(`${MIGRATIONS_FOLDER}/meta/_journal.json`, 'utf8')) as Journal;
}

/** Brings the schema up to date; returns the tag of the newest migration. */
export async function migrateDatabase(database: Database): Promise<string> {
  const client = await database.pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [LOCK_KEY]);
    try {
      await migrate(drizzle(client), { migrationsFolder: MIGRATIONS_FOLDER });
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [LOCK_KEY]);
    }
  } finally {
    client.release();
  }
  const entries = migrationJournal().entries;
  return entries[entries.length - 1]?.tag ?? 'none';
}

/** The schema version in the database: the tag of the newest applied migration, if any. */
export async function schemaVersion(database: Database): Promise<string | undefined> {
  const result = await database.pool.query<{ created_at: string }>(
    `SELECT created_at FROM drizzle.__drizzle_migrations ORDER BY created_at DESC LIMIT 1`,
  );
  const appliedAt = Number(result.rows[0]?.created_at);
  if (!appliedAt) return undefined;
  return migrationJournal().entries.find((entry) => entry.when === appliedAt)?.tag;
}
