/** SQL of people and their roles. */
import { and, count, desc, eq, gt, inArray, isNull, lt, max, sql } from 'drizzle-orm';
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

export async function findUserById(db: DbOrTx, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(t.users).where(eq(t.users.id, id));
  return row;
}

export async function updateUser(db: DbOrTx, id: string, patch: Partial<typeof t.users.$inferInsert>): Promise<void> {
  await db.update(t.users).set(patch).where(eq(t.users.id, id));
}

export async function findUserRole(db: DbOrTx, userId: string, organizationId: string): Promise<string | undefined> {
  const [row] = await db.select({ role: t.userRoles.role }).from(t.userRoles).where(and(eq(t.userRoles.userId, userId), eq(t.userRoles.organizationId, organizationId)));
  return row?.role;
}

export async function deleteUserRole(db: DbOrTx, userId: string, organizationId: string): Promise<void> {
  await db.delete(t.userRoles).where(and(eq(t.userRoles.userId, userId), eq(t.userRoles.organizationId, organizationId)));
}

/** How many people are main users of the organization (locks the rows against a concurrent removal). */
export async function countMainUsers(db: DbOrTx, organizationId: string): Promise<number> {
  const rows = await db
    .select({ userId: t.userRoles.userId })
    .from(t.userRoles)
    .where(and(eq(t.userRoles.organizationId, organizationId), eq(t.userRoles.role, 'mainUser')))
    .for('update');
  return rows.length;
}

/** People with a role in one of the organizations, with whether an invitation is still open. */
export async function listPeopleOf(db: DbOrTx, organizationIds: string[], now: Date) {
  if (organizationIds.length === 0) return [];
  return db
    .select({
      userId: t.users.id,
      email: t.users.email,
      name: t.users.name,
      organizationId: t.userRoles.organizationId,
      role: t.userRoles.role,
      grantedAt: t.userRoles.createdAt,
      hasPassword: sql<boolean>`${t.users.passwordHash} is not null`,
      disabledAt: t.users.disabledAt,
      lastSignInAt: t.users.lastSignInAt,
      invitationExpiresAt: sql<Date | null>`(select max(ut.expires_at) from user_tokens ut where ut.user_id = "users"."id" and ut.purpose = 'invitation' and ut.used_at is null and ut.expires_at > ${now})`.mapWith(t.userTokens.expiresAt),
    })
    .from(t.userRoles)
    .innerJoin(t.users, eq(t.users.id, t.userRoles.userId))
    .where(inArray(t.userRoles.organizationId, organizationIds))
    .orderBy(t.users.email);
}

export type UserTokenRow = typeof t.userTokens.$inferSelect;

export async function insertToken(db: DbOrTx, row: typeof t.userTokens.$inferInsert): Promise<void> {
  await db.insert(t.userTokens).values(row);
}

/** The token if it is unused and unexpired (does not use it up). */
export async function findUsableToken(db: DbOrTx, tokenHash: string, purpose: string, now: Date): Promise<UserTokenRow | undefined> {
  const [row] = await db
    .select()
    .from(t.userTokens)
    .where(and(eq(t.userTokens.tokenHash, tokenHash), eq(t.userTokens.purpose, purpose), isNull(t.userTokens.usedAt), gt(t.userTokens.expiresAt, now)));
  return row;
}

/** Uses the token up; undefined when it was already used, expired or never existed. */
export async function consumeToken(db: DbOrTx, tokenHash: string, purpose: string, now: Date): Promise<UserTokenRow | undefined> {
  const [row] = await db
    .update(t.userTokens)
    .set({ usedAt: now })
    .where(and(eq(t.userTokens.tokenHash, tokenHash), eq(t.userTokens.purpose, purpose), isNull(t.userTokens.usedAt), gt(t.userTokens.expiresAt, now)))
    .returning();
  return row;
}

/** Voids every open token of the person for `purpose` (a new one replaces them). */
export async function voidTokens(db: DbOrTx, userId: string, purpose: string, now: Date): Promise<void> {
  await db.update(t.userTokens).set({ usedAt: now }).where(and(eq(t.userTokens.userId, userId), eq(t.userTokens.purpose, purpose), isNull(t.userTokens.usedAt)));
}

/** Failed sign-ins of `key` since `since`: how many and the latest. */
export async function countFailures(db: DbOrTx, key: string, since: Date): Promise<{ failures: number; latestAt: Date | null }> {
  const [row] = await db
    .select({ failures: count(), latestAt: max(t.signInFailures.at) })
    .from(t.signInFailures)
    .where(and(eq(t.signInFailures.key, key), gt(t.signInFailures.at, since)));
  return { failures: row?.failures ?? 0, latestAt: row?.latestAt ?? null };
}

export async function insertFailures(db: DbOrTx, keys: string[], at: Date): Promise<void> {
  await db.insert(t.signInFailures).values(keys.map((key) => ({ key, at })));
}

export async function clearFailures(db: DbOrTx, key: string): Promise<void> {
  await db.delete(t.signInFailures).where(eq(t.signInFailures.key, key));
}

export async function pruneFailures(db: DbOrTx, before: Date): Promise<void> {
  await db.delete(t.signInFailures).where(lt(t.signInFailures.at, before));
}

export async function latestTokens(db: DbOrTx, userId: string) {
  return db.select().from(t.userTokens).where(eq(t.userTokens.userId, userId)).orderBy(desc(t.userTokens.createdAt));
}

/** True when nobody has been created yet. */
export async function noUsers(db: DbOrTx): Promise<boolean> {
  return (await db.select({ id: t.users.id }).from(t.users).limit(1)).length === 0;
}

/** Active people (signed up, not disabled) and their roles in organizations, for mails about content. */
export async function listMailRecipients(db: DbOrTx, filter: { organizationIds?: string[]; roles?: string[]; userIds?: string[]; digest?: boolean }) {
  const conditions = [isNull(t.users.disabledAt), sql`${t.users.passwordHash} is not null`, sql`${t.userRoles.organizationId} <> '00000000-0000-0000-0000-000000000000'`];
  if (filter.organizationIds) conditions.push(filter.organizationIds.length ? inArray(t.userRoles.organizationId, filter.organizationIds) : sql`false`);
  if (filter.roles) conditions.push(inArray(t.userRoles.role, filter.roles));
  if (filter.userIds) conditions.push(filter.userIds.length ? inArray(t.users.id, filter.userIds) : sql`false`);
  if (filter.digest) conditions.push(eq(t.users.digestOptOut, false));
  return db
    .select({ userId: t.users.id, email: t.users.email, language: t.users.language, organizationId: t.userRoles.organizationId, role: t.userRoles.role })
    .from(t.userRoles)
    .innerJoin(t.users, eq(t.users.id, t.userRoles.userId))
    .where(and(...conditions))
    .orderBy(t.users.id, t.userRoles.organizationId);
}
