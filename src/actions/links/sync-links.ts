/**
 * Keeps the links table in step with the content: every write records the URLs of the entity's
 * working copy (through refreshPublicView, in the write's transaction); a backfill does the same
 * for content saved before links were recorded and removes links nothing holds any more.
 */
import type { DbOrTx } from '../../db/db.ts';
import type { EntityRow } from '../../db/repositories/entities.repository.ts';
import * as repo from '../../db/repositories/links.repository.ts';
import type { Context } from '../context.ts';
import { extractLinks } from './extract-links.ts';

const BACKFILL_BATCH = 50;

/**
 * Makes the entity's entity_links rows those of its working content (none when archived), storing
 * new URLs once. Uses only `db` (pass the write's transaction): two statements.
 */
export async function syncEntityLinks(db: DbOrTx, row: EntityRow, seenAt: Date = row.modifiedAt): Promise<void> {
  const found = row.status === 'archived' ? [] : extractLinks(row.workingContent);
  await repo.replaceEntityLinks(db, row.id, found, seenAt);
}

/**
 * Records the links of every entity (a short transaction per batch, each entity read with a share
 * lock so a concurrent save is not overwritten by older content), then deletes links no entity
 * holds. Idempotent.
 */
export async function syncAllLinks(ctx: Context): Promise<{ entities: number; deletedLinks: number }> {
  const db = ctx.database.db;
  let after: string | null = null;
  let entities = 0;
  for (;;) {
    const ids = await repo.listEntityIdsAfter(db, after, BACKFILL_BATCH);
    if (ids.length === 0) break;
    await db.transaction(async (tx) => {
      for (const id of ids) {
        const row = await repo.findEntityForShare(tx, id);
        if (row) await syncEntityLinks(tx, row, ctx.clock.now());
      }
    });
    entities += ids.length;
    after = ids[ids.length - 1]!;
  }
  return { entities, deletedLinks: await repo.deleteUnreferencedLinks(db) };
}
