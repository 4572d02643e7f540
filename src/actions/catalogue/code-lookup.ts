/**
 * The code lists as the domain rules see them. Loaded once and kept in memory (about 40k codes);
 * loaded again when a newer code-list version appears.
 */
import { inMemoryCodeLookup, type CodeLookup } from '../../domain/codelist/lookup.ts';
import { latestCodeListVersionId, loadCodeLookupData } from '../../db/repositories/code-lists.repository.ts';
import type { Database } from '../../db/db.ts';
import type { Context } from '../context.ts';

const cache = new WeakMap<Database, { versionId: number; lookup: CodeLookup }>();

export async function codeLookup(ctx: Context): Promise<CodeLookup> {
  const versionId = await latestCodeListVersionId(ctx.database.db);
  const cached = cache.get(ctx.database);
  if (cached && cached.versionId === versionId) return cached.lookup;
  const lookup = inMemoryCodeLookup(await loadCodeLookupData(ctx.database.db));
  cache.set(ctx.database, { versionId, lookup });
  return lookup;
}
