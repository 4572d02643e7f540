/** Opens what a command needs (database, context) from the configuration, and closes it. */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config/env.ts';
import { openDatabase, type Database } from '../db/db.ts';
import { systemClock } from '../adapters/clock.ts';
import type { Context } from '../actions/context.ts';
import { outboxMailer, smtpMailer, type Mailer } from '../adapters/mail.ts';

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
  const ctx: Context = { database, clock: systemClock, tokenSecret: config.secretKey ?? secretKey(config.secretKeyFile), mailer: mailerOf(config), publicUrl: config.publicUrl, maintenance: config.maintenance };
  return { config, database, ctx, close: () => database.close() };
}

/** SMTP when configured; otherwise the outbox folder that /dev/outbox shows. */
export function mailerOf(config: Config): Mailer {
  return config.smtpUrl ? smtpMailer(config.smtpUrl, config.mailFrom) : outboxMailer(config.outboxDir, config.mailFrom);
}

/** The signing key: read from its file, or created there (mode 0600) on first start. */
export function secretKey(file: string): string {
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const key = crypto.randomBytes(48).toString('base64url');
  fs.writeFileSync(file, `${key}\n`, { mode: 0o600, flag: 'wx' });
  return key;
}
