/**
 * The daily upkeep: archiving published phone channels and service locations nobody has updated
 * for the configured months (as PTV does), and pruning old versions from the history.
 */
import { listAutoArchivable, pruneVersions } from '../../db/repositories/tasks.repository.ts';
import { monthsBefore, VERSIONS_KEPT } from '../../domain/maintenance/tasks.ts';
import { StateError } from '../../domain/publishing/lifecycle.ts';
import { maintenanceOf, SYSTEM_ACTOR, type Context } from '../context.ts';
import { archiveEntity } from '../catalogue/entity-lifecycle.ts';
import type { EntityRules } from '../catalogue/entity-kinds.ts';

/**
 * Archives every published phone channel and service location not updated (nor confirmed still
 * valid) for `autoArchiveMonths`; each in its own transaction, so a rerun just continues. Returns the ids archived.
 */
export async function archiveStaleChannels(ctx: Context, channelRules: EntityRules): Promise<string[]> {
  const months = maintenanceOf(ctx).autoArchiveMonths;
  if (months <= 0) return [];
  const system: Context = { ...ctx, actor: SYSTEM_ACTOR };
  const archived: string[] = [];
  for (;;) {
    const ids = await listAutoArchivable(ctx.database.db, monthsBefore(ctx.clock.now(), months), 200);
    const fresh = ids.filter((id) => !archived.includes(id));
    if (fresh.length === 0) return archived;
    for (const id of fresh) {
      try {
        await archiveEntity(system, channelRules, id, undefined, '*');
      } catch (error) {
        if (!(error instanceof StateError)) throw error;
      }
      archived.push(id);
    }
  }
}

/** Removes versions older than the retention, keeping the ten newest per entity and the published one. */
export async function pruneOldVersions(ctx: Context): Promise<number> {
  const before = new Date(ctx.clock.now().getTime() - maintenanceOf(ctx).versionRetentionDays * 86_400_000);
  return pruneVersions(ctx.database.db, before, VERSIONS_KEPT);
}
