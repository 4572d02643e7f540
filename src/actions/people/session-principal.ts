/**
 * Who is behind an editor session: the person, their memberships (organization + role) and the
 * actor of the active organization. A session is void when the person has been disabled, has
 * changed their password since, or has no role left.
 */
import * as repo from '../../db/repositories/people.repository.ts';
import { listOrganizationNames } from '../../db/repositories/overview.repository.ts';
import type { Role } from '../../domain/permissions/permissions.ts';
import { isUiLanguage, type UiLanguage } from '../../shared/language.ts';
import type { Actor, Context } from '../context.ts';
import { SYSTEM_ORGANIZATION } from './people.ts';

export interface Membership {
  /** null = the whole system (system administrator). */
  organizationId: string | null;
  organizationName: Partial<Record<UiLanguage, string>>;
  role: Role;
}

export interface Principal {
  user: { id: string; email: string; name: string | null; language: UiLanguage };
  memberships: Membership[];
  active: Membership;
  actor: Actor;
}

export async function sessionPrincipal(ctx: Context, session: { userId: string; signedInAt: Date; activeOrganizationId?: string | null | undefined }): Promise<Principal | undefined> {
  const db = ctx.database.db; // the primary: a replica could lag behind a password change
  const user = await repo.findUserById(db, session.userId);
  if (!user || user.disabledAt || !user.passwordHash) return undefined;
  if (user.sessionsValidAfter && session.signedInAt < user.sessionsValidAfter) return undefined;
  const roles = await repo.listUserRoles(db, user.id);
  // one query for the names of every organization the person has a role in
  const names = new Map((await listOrganizationNames(db, roles.map((r) => r.organizationId).filter((id) => id !== SYSTEM_ORGANIZATION))).map((o) => [o.id, o.content]));
  const memberships: Membership[] = [];
  for (const row of roles) {
    if (row.organizationId === SYSTEM_ORGANIZATION) {
      memberships.unshift({ organizationId: null, organizationName: { fi: 'Koko järjestelmä', sv: 'Hela systemet', en: 'Whole system' }, role: row.role as Role });
      continue;
    }
    const content = names.get(row.organizationId);
    if (!content) continue;
    memberships.push({ organizationId: row.organizationId, organizationName: (content as { name?: Membership['organizationName'] }).name ?? {}, role: row.role as Role });
  }
  if (memberships.length === 0) return undefined;
  const active = memberships.find((m) => m.organizationId === session.activeOrganizationId) ?? memberships[0]!;
  return {
    user: { id: user.id, email: user.email, name: user.name, language: isUiLanguage(user.language) ? user.language : 'fi' },
    memberships,
    active,
    actor: { type: 'user', id: user.id, organizationId: active.organizationId, role: active.role },
  };
}

/** Voids every session of the person started before now (sign-out). */
export async function endSessionsOf(ctx: Context, userId: string): Promise<void> {
  await repo.updateUser(ctx.database.db, userId, { sessionsValidAfter: ctx.clock.now() });
}
