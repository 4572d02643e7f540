/**
 * Main users manage the people of their organization tree: invite (by mail), change a role,
 * remove. The permission table decides who may; an organization never loses its last main user
 * through a main user's own action (a system administrator can always repair).
 */
import crypto from 'node:crypto';
import * as repo from '../../db/repositories/people.repository.ts';
import { findEntity, organizationTree } from '../../db/repositories/entities.repository.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../domain/errors.ts';
import type { OrganizationRole } from '../../domain/permissions/permissions.ts';
import { isUiLanguage, type UiLanguage } from '../../shared/language.ts';
import { actorOf, type Context } from '../context.ts';
import { assertAllowed } from '../catalogue/authorize.ts';
import { audit } from '../catalogue/audit.ts';
import { invitationMail, roleGrantedMail } from './mail-texts.ts';
import { issueToken, linkTo } from './tokens.ts';
import { EMAIL } from './people.ts';
import { trySend } from './send-mail.ts';

export type { OrganizationRole };

export interface PersonView {
  userId: string;
  email: string;
  name: string | null;
  organizationId: string;
  role: string;
  /** active: has a password; invited: invitation open; invitationExpired: must be invited again; disabled. */
  status: 'active' | 'invited' | 'invitationExpired' | 'disabled';
  invitationExpiresAt: string | null;
  lastSignInAt: string | null;
}

/** The organization's display name in `language` (Finnish, then any). */
export async function organizationName(ctx: Context, organizationId: string, language: UiLanguage = 'fi'): Promise<string> {
  const row = await findEntity(ctx.database.db, 'organization', organizationId);
  if (!row) throw new NotFoundError('organization', organizationId, `No organization with id ${organizationId}`);
  const name = (row.workingContent as { name?: Record<string, string> }).name ?? {};
  return name[language] ?? name.fi ?? Object.values(name)[0] ?? organizationId;
}

/** People with a role in the organization (with its sub-organizations when `includeSubs`). */
export async function listPeople(ctx: Context, organizationId: string, includeSubs = false): Promise<PersonView[]> {
  await organizationName(ctx, organizationId);
  await assertAllowed(ctx.database.db, ctx, 'read', 'user', organizationId);
  const ids = includeSubs ? await organizationTree(ctx.database.db, organizationId) : [organizationId];
  const rows = await repo.listPeopleOf(ctx.database.db, ids, ctx.clock.now());
  return rows.map((row) => ({
    userId: row.userId,
    email: row.email,
    name: row.name,
    organizationId: row.organizationId,
    role: row.role,
    status: row.disabledAt ? 'disabled' : row.hasPassword ? 'active' : row.invitationExpiresAt ? 'invited' : 'invitationExpired',
    invitationExpiresAt: row.invitationExpiresAt?.toISOString() ?? null,
    lastSignInAt: row.lastSignInAt?.toISOString() ?? null,
  }));
}

export interface InviteInput {
  email: string;
  role: OrganizationRole;
  name?: string | undefined;
  language?: string | undefined;
}

/**
 * Gives `email` the role in the organization and mails them: an invitation link (one-time, 7
 * days) when they have no password yet, else a notice. Throws ConflictError when they already
 * have a role there. Returns the person and whether the mail went out.
 */
export async function invitePerson(ctx: Context, organizationId: string, input: InviteInput) {
  const email = input.email.trim().toLowerCase();
  const language: UiLanguage = input.language && isUiLanguage(input.language) ? input.language : 'fi';
  if (!EMAIL.test(email)) throw new ValidationError([{ path: 'email', code: 'invalidEmail', message: `"${input.email}" is not an email address` }]);
  const organization = await organizationName(ctx, organizationId, language);
  await assertAllowed(ctx.database.db, ctx, 'create', 'user', organizationId);
  const outcome = await ctx.database.db.transaction(async (tx) => {
    let user = await repo.findUserByEmail(tx, email);
    if (user && (await repo.findUserRole(tx, user.id, organizationId))) {
      throw new ConflictError(`${email} already has a role in this organization: change the role instead`, 'alreadyMember');
    }
    user ??= await repo.insertUser(tx, { id: crypto.randomUUID(), email, name: input.name?.trim() || null, language, passwordHash: null, createdAt: ctx.clock.now() });
    await repo.upsertUserRole(tx, { userId: user.id, organizationId, role: input.role, createdAt: ctx.clock.now() });
    await audit(tx, ctx, { entityType: 'user', entityId: user.id, organizationId, action: 'invite' });
    const invitation = user.passwordHash ? undefined : await issueToken(tx, ctx, user.id, 'invitation', organizationId);
    return { user, invitation };
  });
  const mailLanguage = isUiLanguage(outcome.user.language) ? outcome.user.language : language;
  const mail = outcome.invitation
    ? invitationMail({ to: email, language: mailLanguage, organizationName: organization, role: input.role, link: linkTo(ctx, `/invitation/${outcome.invitation.token}`), expiresAt: outcome.invitation.expiresAt })
    : roleGrantedMail({ to: email, language: mailLanguage, organizationName: organization, role: input.role, link: linkTo(ctx, '/sign-in') });
  const mailError = await trySend(ctx, mail);
  const [person] = (await listPeople(ctx, organizationId)).filter((p) => p.userId === outcome.user.id);
  return { person: person!, mailSent: mailError === undefined, ...(mailError ? { mailError } : {}) };
}

/** Mails a new invitation link to a person of the organization who has not activated their account. */
export async function resendInvitation(ctx: Context, organizationId: string, userId: string) {
  const { user, role } = await managedPerson(ctx, organizationId, userId, 'create');
  if (user.passwordHash) throw new ConflictError(`${user.email} has already activated their account`, 'alreadyActive');
  const invitation = await ctx.database.db.transaction(async (tx) => {
    await audit(tx, ctx, { entityType: 'user', entityId: userId, organizationId, action: 'invite' });
    return issueToken(tx, ctx, userId, 'invitation', organizationId);
  });
  const language = isUiLanguage(user.language) ? user.language : 'fi';
  const organization = await organizationName(ctx, organizationId, language);
  const mailError = await trySend(ctx, invitationMail({ to: user.email, language, organizationName: organization, role, link: linkTo(ctx, `/invitation/${invitation.token}`), expiresAt: invitation.expiresAt }));
  return { mailSent: mailError === undefined, ...(mailError ? { mailError } : {}) };
}

/** Changes the person's role in the organization. */
export async function changeRole(ctx: Context, organizationId: string, userId: string, role: OrganizationRole) {
  await managedPerson(ctx, organizationId, userId, 'update');
  await ctx.database.db.transaction(async (tx) => {
    const current = await repo.findUserRole(tx, userId, organizationId);
    if (current === 'mainUser' && role !== 'mainUser') await keepOneMainUser(tx, ctx, organizationId);
    await repo.upsertUserRole(tx, { userId, organizationId, role, createdAt: ctx.clock.now() });
    await audit(tx, ctx, { entityType: 'user', entityId: userId, organizationId, action: 'changeRole' });
  });
  return (await listPeople(ctx, organizationId)).find((p) => p.userId === userId)!;
}

/** Removes the person's role in the organization (the person keeps roles elsewhere). */
export async function removePerson(ctx: Context, organizationId: string, userId: string): Promise<void> {
  const { role } = await managedPerson(ctx, organizationId, userId, 'archive');
  await ctx.database.db.transaction(async (tx) => {
    if (role === 'mainUser') await keepOneMainUser(tx, ctx, organizationId);
    await repo.deleteUserRole(tx, userId, organizationId);
    await audit(tx, ctx, { entityType: 'user', entityId: userId, organizationId, action: 'remove' });
  });
}

async function managedPerson(ctx: Context, organizationId: string, userId: string, action: 'create' | 'update' | 'archive') {
  await organizationName(ctx, organizationId);
  await assertAllowed(ctx.database.db, ctx, action, 'user', organizationId);
  const user = await repo.findUserById(ctx.database.db, userId);
  const role = user && (await repo.findUserRole(ctx.database.db, userId, organizationId));
  if (!user || !role) throw new NotFoundError('person', userId, `Nobody with id ${userId} has a role in this organization`);
  return { user, role };
}

async function keepOneMainUser(tx: Parameters<typeof repo.countMainUsers>[0], ctx: Context, organizationId: string): Promise<void> {
  if (actorOf(ctx).role === 'systemAdministrator') return;
  if ((await repo.countMainUsers(tx, organizationId)) <= 1) {
    throw new ConflictError('This is the organization\'s only main user: make someone else a main user first', 'lastMainUser');
  }
}
