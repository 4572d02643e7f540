/**
 * People: created by the command line for now (the editor's invitations come later). Passwords
 * are stored only as argon2id hashes; emails are compared lower-cased.
 */
import crypto from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import * as repo from '../../db/repositories/people.repository.ts';
import { findEntity } from '../../db/repositories/entities.repository.ts';
import { ValidationError, type Violation } from '../../domain/errors.ts';
import type { Role } from '../../domain/permissions/permissions.ts';
import type { Context } from '../context.ts';

/** The organization id that stands for the whole system in user_roles. */
export const SYSTEM_ORGANIZATION = '00000000-0000-0000-0000-000000000000';
export const MIN_PASSWORD = 12;
export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function violations(email: string, password: string | undefined): Violation[] {
  const found: Violation[] = [];
  if (!EMAIL.test(email)) found.push({ path: 'email', code: 'invalidEmail', message: `"${email}" is not an email address` });
  if (password !== undefined && password.length < MIN_PASSWORD) {
    found.push({ path: 'password', code: 'tooShort', message: `A password needs at least ${MIN_PASSWORD} characters` });
  }
  return found;
}

/** A readable random password (shown once by the command line). */
export function generatePassword(): string {
  return crypto.randomBytes(15).toString('base64url');
}

/**
 * Creates the person if new (or finds them by email) and gives them `role` in `organizationId`
 * (SYSTEM_ORGANIZATION for a system administrator). A given password replaces the old one.
 */
export async function grantRole(ctx: Context, input: { email: string; password?: string | undefined; organizationId: string; role: Role }) {
  const email = input.email.trim().toLowerCase();
  const found = violations(email, input.password);
  if (input.organizationId !== SYSTEM_ORGANIZATION && !(await findEntity(ctx.database.db, 'organization', input.organizationId))) {
    found.push({ path: 'organization', code: 'unknownOrganization', message: `No organization with id ${input.organizationId}` });
  }
  if ((input.role === 'systemAdministrator') !== (input.organizationId === SYSTEM_ORGANIZATION)) {
    found.push({ path: 'role', code: 'roleScope', message: 'Only a system administrator acts for the whole system' });
  }
  if (found.length) throw new ValidationError(found);
  const passwordHash = input.password ? await hash(input.password) : null;
  return ctx.database.db.transaction(async (tx) => {
    let user = await repo.findUserByEmail(tx, email);
    if (!user) user = await repo.insertUser(tx, { id: crypto.randomUUID(), email, passwordHash, createdAt: ctx.clock.now() });
    else if (passwordHash) await repo.setPasswordHash(tx, user.id, passwordHash);
    await repo.upsertUserRole(tx, { userId: user.id, organizationId: input.organizationId, role: input.role, createdAt: ctx.clock.now() });
    return { userId: user.id, email, roles: await repo.listUserRoles(tx, user.id) };
  });
}

/** The person's id when the email and password belong to an active person (same work either way). */
export async function checkPassword(ctx: Context, email: string, password: string): Promise<string | undefined> {
  const user = await repo.findUserByEmail(ctx.database.db, email.trim().toLowerCase());
  // a dummy verify keeps the timing the same whether or not the email exists
  const stored = user?.passwordHash ?? (await dummyHash());
  const ok = await verify(stored, password).catch(() => false);
  return ok && user !== undefined && user.passwordHash !== null && user.disabledAt === null ? user.id : undefined;
}

let dummy: Promise<string> | undefined;
const dummyHash = () => (dummy ??= hash(crypto.randomBytes(16).toString('hex')));

/** The person's public details (never the password hash). */
export async function findPerson(ctx: Context, userId: string) {
  const user = await repo.findUserById(ctx.database.db, userId);
  return user && { id: user.id, email: user.email, name: user.name, language: user.language };
}
