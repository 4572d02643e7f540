/** SQL of API clients. */
import { eq, inArray } from 'drizzle-orm';
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

export async function updateApiClient(db: DbOrTx, id: string, values: Partial<typeof t.apiClients.$inferInsert>): Promise<void> {
  await db.update(t.apiClients).set(values).where(eq(t.apiClients.id, id));
}

export async function listApiClients(db: DbOrTx, organizationIds: string[] | undefined): Promise<ApiClientRow[]> {
  const query = db.select().from(t.apiClients);
  const rows = organizationIds ? await query.where(inArray(t.apiClients.organizationId, organizationIds.length ? organizationIds : ['00000000-0000-0000-0000-000000000000'])) : await query;
  return rows.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
}
