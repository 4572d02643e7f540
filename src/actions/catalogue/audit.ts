/** Writes the audit row of a write, in the write's own transaction (append-only). */
import type { DbOrTx } from '../../db/db.ts';
import { insertAudit } from '../../db/repositories/entities.repository.ts';
import { actorOf, type Context } from '../context.ts';

export async function audit(db: DbOrTx, ctx: Context, entry: { entityType: string; entityId: string; organizationId: string | null; action: string }): Promise<void> {
  const actor = actorOf(ctx);
  await insertAudit(db, {
    at: ctx.clock.now(),
    actorType: actor.type,
    actorId: actor.id,
    actorOrganizationId: actor.organizationId,
    organizationId: entry.organizationId,
    entityType: entry.entityType,
    entityId: entry.entityId,
    action: entry.action,
    requestId: ctx.requestId ?? null,
  });
}
