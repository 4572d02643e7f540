/** What every action gets: the database, the clock, and (later) the actor and adapters. */
import type { Database } from '../db/db.ts';
import type { Clock } from '../adapters/clock.ts';

export interface Context {
  database: Database;
  clock: Clock;
}
