/**
 * The open API's view of an entity, computed when the entity changes (writes are rare, reads are
 * many): the published content in its public languages, with id, type, version and dates. A
 * service's connections keep their content in the service's public languages beside it.
 */
import type { Database, Tx } from '../../db/db.ts';
import * as repo from '../../db/repositories/entities.repository.ts';
import type { EntityRow } from '../../db/repositories/entities.repository.ts';
import { filterLanguages } from '../../domain/publishing/language-filter.ts';
import { publicLanguages } from '../../domain/publishing/lifecycle.ts';
import { indexEntity } from '../search/index-entity.ts';
import { syncEntityLinks } from '../links/sync-links.ts';
import { assertWriting, writingPublicViews } from './public-view-cache.ts';

/** The public view without connections, or null when no language version is public. */
export function publicViewOf(row: EntityRow): Record<string, unknown> | null {
  const langs = publicLanguages(row.languageStatus);
  if (langs.length === 0) return null;
  return {
    ...filterLanguages(row.publishedContent ?? {}, langs),
    id: row.id,
    ...(row.channelType ? { type: row.channelType } : {}),
    languages: langs,
    version: `${row.versionMajor}.0`,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    modifiedAt: row.modifiedAt.toISOString(),
  };
}

/**
 * Runs a write transaction that may change public views (every transaction that calls
 * refreshPublicView): the public-view cache of this process is bypassed while it runs and emptied
 * when it ends; other processes empty theirs on the NOTIFY it sends.
 */
export function publicWrite<T>(database: Database, run: (tx: Tx) => Promise<T>): Promise<T> {
  return writingPublicViews(() => database.db.transaction(run));
}

/**
 * Stores the public view of a changed entity (and of a service's connections) and its search
 * index rows and links, in the same transaction as the change, and tells every process's public-view cache
 * (when the transaction commits). Runs inside publicWrite.
 */
export async function refreshPublicView(tx: Tx, row: EntityRow): Promise<void> {
  assertWriting();
  await repo.setPublicView(tx, row.id, publicViewOf(row));
  await repo.notifyPublicViewsChanged(tx);
  await indexEntity(tx, row);
  await syncEntityLinks(tx, row);
  if (row.kind !== 'service') return;
  const langs = publicLanguages(row.languageStatus);
  for (const connection of await repo.connectionContents(tx, row.id)) {
    await repo.setConnectionPublicContent(tx, row.id, connection.channelId, filterLanguages(connection.content, langs));
  }
}

/** Computes missing public views (content published before views were stored); returns how many. */
export async function backfillPublicViews(database: Database): Promise<number> {
  const ids = await repo.listIdsWithoutPublicView(database.db);
  for (const id of ids) {
    await publicWrite(database, async (tx) => {
      const row = await repo.findEntityById(tx, id);
      if (row) await refreshPublicView(tx, row);
    });
  }
  return ids.length;
}
