/** A Kuvaa application on a private test database, for tests that go through HTTP (`inject`). */
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/api/app.ts';
import { fixedClock } from '../../src/adapters/clock.ts';
import type { Context } from '../../src/actions/context.ts';
import { openTestDatabase, type TestDatabase } from './test-database.ts';

export interface TestApp {
  app: FastifyInstance;
  ctx: Context;
  database: TestDatabase;
  close(): Promise<void>;
}

export async function openTestApp(options: { now?: string } = {}): Promise<TestApp> {
  const database = await openTestDatabase();
  const ctx: Context = { database, clock: fixedClock(options.now ?? '2026-06-15T09:00:00Z'), tokenSecret: 'test-token-secret' };
  const app = await buildApp(ctx);
  return {
    app,
    ctx,
    database,
    async close() {
      await app.close();
      await database.destroy();
    },
  };
}
