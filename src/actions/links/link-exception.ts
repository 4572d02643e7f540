/**
 * An editor's exception for a link the checker fails but people can use (e.g. a site that blocks
 * robots): it keeps the link out of the broken-link tasks. Whoever may update some content that
 * holds the link may set or remove it.
 */
import type { DbOrTx } from '../../db/db.ts';
import { organizationTree } from '../../db/repositories/entities.repository.ts';
import * as repo from '../../db/repositories/links.repository.ts';
import { NotFoundError, ValidationError } from '../../domain/errors.ts';
import { isAllowed, type EntityType } from '../../domain/permissions/permissions.ts';
import { actorLabel, actorOf, type Context } from '../context.ts';
import { audit } from '../catalogue/audit.ts';
import { ForbiddenError, readableOrganizations } from '../catalogue/authorize.ts';
import { linkView, type LinkView } from './list-links.ts';

/**
 * The owning organization of the first holder the actor may update. Throws NotFoundError for an
 * unknown link, ForbiddenError when the actor may update none of the content holding it.
 */
async function authorizeLink(db: DbOrTx, ctx: Context, linkId: number): Promise<string | null> {
  if (!(await repo.findLink(db, linkId))) throw new NotFoundError('link', String(linkId));
  const actor = actorOf(ctx);
  const holders = await repo.listLinkHolders(db, linkId);
  if (actor.role === 'systemAdministrator') return holders[0]?.ownerId ?? null;
  const tree = actor.organizationId ? await organizationTree(db, actor.organizationId) : [];
  const allowed = holders.find((holder) => {
    const relation = holder.ownerId === actor.organizationId ? 'own' : holder.ownerId && tree.includes(holder.ownerId) ? 'sub' : 'other';
    return isAllowed(actor.role, relation, 'update', holder.kind as EntityType);
  });
  if (!allowed) throw new ForbiddenError(`Your role (${actor.role}) may not update any content that holds link ${linkId}`);
  return allowed.ownerId;
}

async function change(ctx: Context, linkId: number, comment: string | null): Promise<LinkView> {
  await ctx.database.db.transaction(async (tx) => {
    const organizationId = await authorizeLink(tx, ctx, linkId);
    const exception = comment === null ? null : { comment, by: actorLabel(actorOf(ctx)), at: ctx.clock.now() };
    if (await repo.setLinkException(tx, linkId, exception)) {
      await audit(tx, ctx, { entityType: 'link', entityId: String(linkId), organizationId, action: comment === null ? 'removeException' : 'setException' });
    }
  });
  const organizationIds = await readableOrganizations(ctx.database.db, ctx);
  const [row] = (await repo.listLinks(ctx.database.db, { organizationIds, linkId, limit: 1, offset: 0 })).items;
  const bare = await repo.findLink(ctx.database.db, linkId);
  return linkView(row ?? { ...bare!, occurrences: [] });
}

/** Marks the link as working for people despite the checker, with the editor's reason (trimmed). */
export function setLinkException(ctx: Context, linkId: number, comment: string): Promise<LinkView> {
  const trimmed = comment.trim();
  if (trimmed.length === 0) return Promise.reject(new ValidationError([{ path: 'comment', code: 'required', message: 'Say why the link is an exception' }]));
  if (trimmed.length > 500) return Promise.reject(new ValidationError([{ path: 'comment', code: 'tooLong', message: 'The comment can be 500 characters at most' }]));
  return change(ctx, linkId, trimmed);
}

/** Removes the link's exception (nothing happens when it has none). */
export function removeLinkException(ctx: Context, linkId: number): Promise<LinkView> {
  return change(ctx, linkId, null);
}
