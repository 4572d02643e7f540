/** A Kuvaa application on a private test database, for tests that go through HTTP (`inject`). */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/api/app.ts';
import { fixedClock } from '../../src/adapters/clock.ts';
import { outboxMailer, type Mailer } from '../../src/adapters/mail.ts';
import type { Context } from '../../src/actions/context.ts';
import { DEFAULT_MAINTENANCE } from '../../src/domain/maintenance/tasks.ts';
import { openTestDatabase, type TestDatabase } from './test-database.ts';

export interface TestApp {
  app: FastifyInstance;
  ctx: Context;
  database: TestDatabase;
  close(): Promise<void>;
}

export const TEST_PUBLIC_URL = 'http://kuvaa.test';

/** Mails go to `mailer` (e.g. an SMTP catcher's smtpMailer), by default to a temporary outbox. */
export async function openTestApp(options: { now?: string; mailer?: Mailer } = {}): Promise<TestApp> {
  const database = await openTestDatabase();
  const outbox = options.mailer ? undefined : fs.mkdtempSync(path.join(os.tmpdir(), 'kuvaa-outbox-'));
  const clock = fixedClock(options.now ?? '2026-06-15T09:00:00Z');
  const mailer = options.mailer ?? outboxMailer(outbox!, 'Kuvaa <kuvaa@kuvaa.test>', clock.now);
  // no periodic link checks: tests never reach the network (the link checker's tests run it against local servers)
  const ctx: Context = { database, clock, tokenSecret: 'test-token-secret', mailer, publicUrl: TEST_PUBLIC_URL, maintenance: { ...DEFAULT_MAINTENANCE, linkRecheckHours: 0 } };
  const app = await buildApp(ctx);
  return {
    app,
    ctx,
    database,
    async close() {
      await app.close();
      await database.destroy();
      if (outbox) fs.rmSync(outbox, { recursive: true, force: true });
    },
  };
}
