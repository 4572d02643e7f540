/**
 * Test databases. The test runner prepares one migrated template with the code lists loaded
 * (`prepare-template.ts`); every test file gets its own copy: a copied PGlite directory, or a
 * PostgreSQL database created from the template database when TEST_DATABASE_URL is set.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase, type Database } from '../../src/db/db.ts';
import { migrateDatabase } from '../../src/db/migrate.ts';
import { loadCodeLists } from '../../src/db/seed/load-code-lists.ts';

export const TEMPLATE_DB = 'kuvaa_test_template';

export function testDatabaseUrl(): string | undefined {
  return process.env.TEST_DATABASE_URL || undefined;
}

function workDir(): string {
  const dir = process.env.KUVAA_TEST_WORK_DIR ?? path.join(os.tmpdir(), 'kuvaa-test-standalone');
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

export function templateDir(): string {
  return path.join(workDir(), 'template', 'pglite');
}

/** URL of another database on the same server. */
export function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/** Builds the template: migrated schema and every code list. */
export async function prepareTemplate(): Promise<void> {
  const url = testDatabaseUrl();
  if (url) {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${TEMPLATE_DB}`);
    await admin.end();
  } else {
    fs.rmSync(path.dirname(templateDir()), { recursive: true, force: true });
  }
  const database = await openDatabase({ url: url ? withDatabase(url, TEMPLATE_DB) : undefined, dataDir: templateDir(), poolSize: 2 });
  try {
    await migrateDatabase(database);
    await loadCodeLists(database);
  } finally {
    await database.close();
  }
}

export interface TestDatabase extends Database {
  /** Closes the handle and removes the copy. */
  destroy(): Promise<void>;
}

/** A private, migrated database with the code lists loaded, for one test file. */
export async function openTestDatabase(): Promise<TestDatabase> {
  const url = testDatabaseUrl();
  const name = `kuvaa_test_${crypto.randomBytes(6).toString('hex')}`;
  if (url) {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DB}`);
    await admin.end();
    const database = await openDatabase({ url: withDatabase(url, name), dataDir: '', poolSize: 5 });
    return {
      ...database,
      async destroy() {
        await database.close();
        const cleanup = new pg.Client({ connectionString: url });
        await cleanup.connect();
        await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await cleanup.end();
      },
    };
  }
  const dir = path.join(workDir(), name, 'pglite');
  if (!fs.existsSync(templateDir())) await prepareTemplate();
  fs.cpSync(templateDir(), dir, { recursive: true });
  const database = await openDatabase({ dataDir: dir, poolSize: 5 });
  return {
    ...database,
    async destroy() {
      await database.close();
      fs.rmSync(path.dirname(dir), { recursive: true, force: true });
    },
  };
}
