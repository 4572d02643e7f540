/** Opens what a command needs (database, context) from the configuration, and closes it. */
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
  return { config, database, ctx: { database, clock: systemClock }, close: () => database.close() };
}
