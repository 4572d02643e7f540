/**
 * "Still valid": an editor confirms that content is unchanged and correct. It records a checked
 * date beside the modified date and resets the not-updated clock, without a new version. The
 * version tag changes (the owner view shows the checked date), so it needs the current tag too.
 */
import * as repo from '../../db/repositories/entities.repository.ts';
import { StateError } from '../../domain/publishing/lifecycle.ts';
import { actorLabel, actorOf, type Context } from '../context.ts';
import { assertAllowed } from './authorize.ts';
import { audit } from './audit.ts';
import type { EntityRules } from './entity-kinds.ts';
import { governingOrganization } from './entity-lifecycle.ts';
import { checkVersionTag } from './version-tag.ts';

export async function confirmStillValid(ctx: Context, rules: EntityRules, id: string, ifMatch: string | undefined): Promise<repo.EntityRow> {
  return ctx.database.db.transaction(async (tx) => {
    const row = await repo.getEntity(tx, rules.kind, id, true);
    checkVersionTag(row.id, row.revision, ifMatch);
    await assertAllowed(tx, ctx, 'update', rules.kind, governingOrganization(rules, row));
    if (row.status === 'archived') throw new StateError(`An archived ${rules.kind} cannot be confirmed still valid: restore it first`);
    const updated = await repo.updateEntity(tx, id, { checkedAt: ctx.clock.now(), checkedBy: actorLabel(actorOf(ctx)), revision: row.revision + 1 });
    await audit(tx, ctx, { entityType: rules.kind, entityId: id, organizationId: governingOrganization(rules, row), action: 'confirm-still-valid' });
    return updated;
  });
}
