/** The health of this Kuvaa: database reachable, schema version, loaded code-list versions. */
import type { Context } from './context.ts';
import { schemaVersion } from '../db/migrate.ts';
import { listLatestCodeListVersions } from '../db/repositories/code-lists.repository.ts';

export interface Health {
  ok: boolean;
  database: { kind: string; reachable: boolean; error?: string };
  schemaVersion: string | null;
  codeLists: { name: string; versionLabel: string; itemCount: number; loadedAt: string }[];
}

/** Never throws: an unreachable database is reported as `ok: false`. */
export async function checkHealth(ctx: Context): Promise<Health> {
  const database = { kind: ctx.database.kind, reachable: false } as Health['database'];
  try {
    const version = await schemaVersion(ctx.database);
    const lists = await listLatestCodeListVersions(ctx.database.db);
    database.reachable = true;
    return {
      ok: version !== undefined && lists.length > 0,
      database,
      schemaVersion: version ?? null,
      codeLists: lists.map((l) => ({ name: l.name, versionLabel: l.versionLabel, itemCount: l.itemCount, loadedAt: l.loadedAt.toISOString() })),
    };
  } catch (error) {
    database.error = error instanceof Error ? error.message : String(error);
    return { ok: false, database, schemaVersion: null, codeLists: [] };
  }
}
