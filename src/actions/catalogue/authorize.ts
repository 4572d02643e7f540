/**
 * Authorization of actions through the one permission table (domain/permissions): the actor's
 * role and how the owning organization stands to the actor's organization decide.
 */
import type { DbOrTx } from '../../db/db.ts';
import { organizationTree } from '../../db/repositories/entities.repository.ts';
import { DomainError } from '../../domain/errors.ts';
import { isAllowed, type Action, type EntityType, type Relation } from '../../domain/permissions/permissions.ts';
import { actorOf, type Context } from '../context.ts';

export class ForbiddenError extends DomainError {
  constructor(message: string) {
    super(message);
    this.name = 'ForbiddenError';
  }
}

/** How the organization `ownerId` stands to the actor's organization. */
export async function relationTo(db: DbOrTx, actorOrganizationId: string | null, ownerId: string | null): Promise<Relation> {
  if (actorOrganizationId === null || ownerId === null) return 'other';
  if (ownerId === actorOrganizationId) return 'own';
  return (await organizationTree(db, actorOrganizationId)).includes(ownerId) ? 'sub' : 'other';
}

/**
 * Throws ForbiddenError unless the actor may do `action` on an `entityType` owned by
 * `ownerOrganizationId` (for an organization itself: the organization; for a new one: its parent).
 */
export async function assertAllowed(db: DbOrTx, ctx: Context, action: Action, entityType: EntityType, ownerOrganizationId: string | null): Promise<void> {
  const actor = actorOf(ctx);
  const relation = actor.role === 'systemAdministrator' ? 'other' : await relationTo(db, actor.organizationId, ownerOrganizationId);
  if (isAllowed(actor.role, relation, action, entityType)) return;
  throw new ForbiddenError(
    ownerOrganizationId === null && action === 'create'
      ? `Only a system administrator may create a top-level ${entityType}`
      : `Your role (${actor.role}) may not ${action} a ${entityType} of ${relation === 'other' ? 'an organization outside your organization tree' : 'this organization'}`,
  );
}

/** The organizations whose drafts the actor may read (undefined = all). */
export async function readableOrganizations(db: DbOrTx, ctx: Context): Promise<string[] | undefined> {
  const actor = actorOf(ctx);
  if (actor.role === 'systemAdministrator') return undefined;
  return actor.organizationId === null ? [] : organizationTree(db, actor.organizationId);
}
