/** SQL of API clients. */
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db.ts';
import * as t from '../schema/index.ts';

export type ApiClientRow = typeof t.apiClients.$inferSelect;

export async function insertApiClient(db: DbOrTx, row: typeof t.apiClients.$inferInsert): Promise<void> {
  await db.insert(t.apiClients).values(row);
}

export async function findApiClient(db: DbOrTx, id: string): Promise<ApiClientRow | undefined> {
  const [row] = await db.select().from(t.apiClients).where(eq(t.apiClients.id, id));
  return row;
}
