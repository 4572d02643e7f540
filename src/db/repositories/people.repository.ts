/** SQL of people and their roles. */
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db.ts';
import * as t from '../schema/index.ts';

export type UserRow = typeof t.users.$inferSelect;

export async function findUserByEmail(db: DbOrTx, email: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(t.users).where(eq(t.users.email, email));
  return row;
}

export async function insertUser(db: DbOrTx, row: typeof t.users.$inferInsert): Promise<UserRow> {
  const [inserted] = await db.insert(t.users).values(row).returning();
  return inserted!;
}

export async function upsertUserRole(db: DbOrTx, row: typeof t.userRoles.$inferInsert): Promise<void> {
  await db
    .insert(t.userRoles)
    .values(row)
    .onConflictDoUpdate({ target: [t.userRoles.userId, t.userRoles.organizationId], set: { role: row.role } });
}

export async function listUserRoles(db: DbOrTx, userId: string) {
  return db.select({ organizationId: t.userRoles.organizationId, role: t.userRoles.role }).from(t.userRoles).where(eq(t.userRoles.userId, userId));
}

export async function setPasswordHash(db: DbOrTx, userId: string, passwordHash: string): Promise<void> {
  await db.update(t.users).set({ passwordHash }).where(eq(t.users.id, userId));
}
