/**
 * Who may write what, until the permission table of the people-and-permissions work replaces
 * this: the system may write everything; an actor acting for an organization may write content
 * owned by that organization or any organization below it.
 */
import type { DbOrTx } from '../../db/db.ts';
import { organizationTree } from '../../db/repositories/entities.repository.ts';
import { DomainError } from '../../domain/errors.ts';
import { actorOf, type Context } from '../context.ts';

export class ForbiddenError extends DomainError {
  constructor(message: string) {
    super(message);
    this.name = 'ForbiddenError';
  }
}

/** Throws ForbiddenError unless the actor may write content owned by `ownerOrganizationId`. */
export async function assertMayWrite(db: DbOrTx, ctx: Context, kind: string, ownerOrganizationId: string | null): Promise<void> {
  const actor = actorOf(ctx);
  if (actor.organizationId === null) return;
  if (ownerOrganizationId !== null && (await organizationTree(db, actor.organizationId)).includes(ownerOrganizationId)) return;
  throw new ForbiddenError(
    ownerOrganizationId === null
      ? `Only a system client may create a top-level ${kind}`
      : `This client acts for organization ${actor.organizationId} and its sub-organizations; the ${kind} belongs to ${ownerOrganizationId}`,
  );
}

/** The organizations whose drafts the actor may read (undefined = all). */
export async function readableOrganizations(db: DbOrTx, ctx: Context): Promise<string[] | undefined> {
  const actor = actorOf(ctx);
  return actor.organizationId === null ? undefined : organizationTree(db, actor.organizationId);
}
