/** Opens what a command needs (database, context) from the configuration, and closes it. */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config/env.ts';
import { openDatabase, type Database } from '../db/db.ts';
import { systemClock } from '../adapters/clock.ts';
import type { Context } from '../actions/context.ts';

export interface Runtime {
  config: Config;
  database: Database;
  ctx: Context;
  close(): Promise<void>;
}

export async function openRuntime(config: Config): Promise<Runtime> {
  const database = await openDatabase({
    url: config.databaseUrl,
    readUrl: config.databaseReadUrl,
    dataDir: config.dataDir,
    poolSize: config.databasePoolSize,
  });
  return { config, database, ctx: { database, clock: systemClock, tokenSecret: secretKey(config.secretKeyFile) }, close: () => database.close() };
}

/** The signing key: read from its file, or created there (mode 0600) on first start. */
export function secretKey(file: string): string {
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const key = crypto.randomBytes(48).toString('base64url');
  fs.writeFileSync(file, `${key}\n`, { mode: 0o600, flag: 'wx' });
  return key;
}
