/** SQL of the links found in content: where they occur, what checking them found, exceptions. */
import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db.ts';
import { uuidArray } from './sql-arrays.ts';
import * as t from '../schema/index.ts';

export type LinkRow = typeof t.links.$inferSelect;

/** Failed checks in a row that make a link broken. */
export const BROKEN_AFTER_FAILURES = 2;


/**
 * Stores each URL once (new ones with `seenAt`) and makes `found` the entity's links: rows of
 * URLs it no longer holds go, paths are rewritten. Two statements (three after a race with a
 * concurrent insert of the same URL).
 */
export async function replaceEntityLinks(db: DbOrTx, entityId: string, found: { url: string; host: string; paths: string[] }[], seenAt: Date): Promise<void> {
  if (found.length === 0) {
    await db.delete(t.entityLinks).where(eq(t.entityLinks.entityId, entityId));
    return;
  }
  const input = JSON.stringify(found.map(({ url, host }) => ({ url, host })));
  // the outer SELECT does not see the CTE's inserts (one snapshot): new and old rows come once each
  const stored = await db.execute<{ id: string; url: string }>(sql`
    WITH input AS (SELECT * FROM jsonb_to_recordset(${input}::jsonb) AS i(url text, host text)),
    inserted AS (
      INSERT INTO links (url, host, first_seen_at) SELECT url, host, ${seenAt.toISOString()}::timestamptz FROM input
      ON CONFLICT (url) DO NOTHING RETURNING id, url)
    SELECT id, url FROM inserted UNION ALL SELECT l.id, l.url FROM links l JOIN input USING (url)`);
  const ids = new Map(stored.rows.map((row) => [row.url, Number(row.id)]));
  const missing = found.filter((link) => !ids.has(link.url)).map((link) => link.url);
  if (missing.length) {
    // inserted by a transaction that committed after this statement's snapshot was taken
    const late = await db.execute<{ id: string; url: string }>(sql`SELECT id, url FROM links WHERE url IN (SELECT jsonb_array_elements_text(${JSON.stringify(missing)}::jsonb))`);
    for (const row of late.rows) ids.set(row.url, Number(row.id));
  }
  const wanted = JSON.stringify(found.filter((link) => ids.has(link.url)).map((link) => ({ link_id: ids.get(link.url), paths: link.paths })));
  await db.execute(sql`
    WITH wanted AS (SELECT * FROM jsonb_to_recordset(${wanted}::jsonb) AS w(link_id bigint, paths text[])),
    removed AS (DELETE FROM entity_links WHERE entity_id = ${entityId}::uuid AND link_id NOT IN (SELECT link_id FROM wanted))
    INSERT INTO entity_links (entity_id, link_id, paths) SELECT ${entityId}::uuid, link_id, paths FROM wanted
    ON CONFLICT (entity_id, link_id) DO UPDATE SET paths = EXCLUDED.paths WHERE entity_links.paths IS DISTINCT FROM EXCLUDED.paths`);
}

/** Ids of every entity, in id order after `afterId`, a page at a time (for the backfill). */
export async function listEntityIdsAfter(db: DbOrTx, afterId: string | null, limit: number): Promise<string[]> {
  const rows = await db.execute<{ id: string }>(sql`SELECT id FROM entities WHERE ${afterId === null ? sql`true` : sql`id > ${afterId}::uuid`} ORDER BY id LIMIT ${limit}`);
  return rows.rows.map((row) => row.id);
}

/** The entity, locked against writes until the transaction ends (they wait; readers do not). */
export async function findEntityForShare(db: DbOrTx, id: string): Promise<typeof t.entities.$inferSelect | undefined> {
  const [row] = await db.select().from(t.entities).where(eq(t.entities.id, id)).for('share');
  return row;
}

/** Links no entity holds any more; returns how many went. */
export async function deleteUnreferencedLinks(db: DbOrTx): Promise<number> {
  const result = await db.execute(sql`DELETE FROM links l WHERE NOT EXISTS (SELECT 1 FROM entity_links el WHERE el.link_id = l.id)`);
  return result.rowCount ?? 0;
}

/** Links some entity holds that were never checked or last checked at or before `checkedBefore`, least recently checked first. */
export async function listDueLinks(db: DbOrTx, checkedBefore: Date, limit: number): Promise<Pick<LinkRow, 'id' | 'url' | 'host'>[]> {
  const rows = await db.execute<{ id: string; url: string; host: string }>(sql`
    SELECT l.id, l.url, l.host FROM links l
    WHERE (l.last_checked_at IS NULL OR l.last_checked_at <= ${checkedBefore.toISOString()}::timestamptz)
      AND EXISTS (SELECT 1 FROM entity_links el WHERE el.link_id = l.id)
    ORDER BY l.last_checked_at NULLS FIRST, l.id LIMIT ${limit}`);
  return rows.rows.map((row) => ({ id: Number(row.id), url: row.url, host: row.host }));
}

export interface CheckResult {
  /** ok resets failures and broken; failed counts one more failure; later (429) changes neither. */
  outcome: 'ok' | 'failed' | 'later';
  status: number | null;
  error: string | null;
}

/** Records one check in one statement; returns whether the link is now broken. */
export async function recordCheck(db: DbOrTx, id: number, result: CheckResult, at: Date): Promise<boolean> {
  const l = t.links;
  const counts =
    result.outcome === 'ok'
      ? { failures: sql`0`, broken: sql`false` }
      : result.outcome === 'failed'
        ? { failures: sql`${l.failures} + 1`, broken: sql`${l.failures} + 1 >= ${BROKEN_AFTER_FAILURES}` }
        : {};
  const [row] = await db
    .update(l)
    .set({ lastCheckedAt: at, lastStatus: result.status, lastError: result.error, ...counts })
    .where(eq(l.id, id))
    .returning({ broken: l.broken });
  return row?.broken ?? false;
}

export async function findLink(db: DbOrTx, id: number): Promise<LinkRow | undefined> {
  const [row] = await db.select().from(t.links).where(eq(t.links.id, id));
  return row;
}

/** The entities holding the link (kind and owning organization: an organization owns itself). */
export async function listLinkHolders(db: DbOrTx, linkId: number): Promise<{ entityId: string; kind: string; ownerId: string | null }[]> {
  const rows = await db.execute<{ entity_id: string; kind: string; owner_id: string | null }>(sql`
    SELECT e.id AS entity_id, e.kind, CASE WHEN e.kind = 'organization' THEN e.id ELSE e.organization_id END AS owner_id
    FROM entity_links el JOIN entities e ON e.id = el.entity_id WHERE el.link_id = ${linkId} ORDER BY e.id`);
  return rows.rows.map((row) => ({ entityId: row.entity_id, kind: row.kind, ownerId: row.owner_id }));
}

/** Sets (comment) or removes (null) the exception; returns whether the row changed. */
export async function setLinkException(db: DbOrTx, id: number, exception: { comment: string; by: string; at: Date } | null): Promise<boolean> {
  const l = t.links;
  const changed = await db
    .update(l)
    .set(exception ? { exceptionComment: exception.comment, exceptionBy: exception.by, exceptionAt: exception.at } : { exceptionComment: null, exceptionBy: null, exceptionAt: null })
    .where(exception ? eq(l.id, id) : and(eq(l.id, id), sql`${l.exceptionComment} IS NOT NULL`))
    .returning({ id: l.id });
  return changed.length > 0;
}

export interface LinkOccurrence {
  entityId: string;
  kind: string;
  channelType: string | null;
  organizationId: string | null;
  name: Record<string, string> | null;
  paths: string[];
}

export type LinkWithOccurrences = LinkRow & { occurrences: LinkOccurrence[] };

export interface LinkListFilter {
  /** Owning organizations whose (not archived) content counts; undefined = all. */
  organizationIds: string[] | undefined;
  linkId?: number | undefined;
  broken?: boolean | undefined;
  exception?: boolean | undefined;
  limit: number;
  offset: number;
}

/** Links held by content of the organizations, broken first, with where they occur there; and the count of all matches. */
export async function listLinks(db: DbOrTx, filter: LinkListFilter): Promise<{ total: number; items: LinkWithOccurrences[] }> {
  const orgs = filter.organizationIds;
  const inScope = orgs === undefined ? sql`true` : sql`((e.kind = 'organization' AND e.id = ANY(${uuidArray(orgs)})) OR (e.kind <> 'organization' AND e.organization_id = ANY(${uuidArray(orgs)})))`;
  const conditions = [
    filter.linkId === undefined ? sql`true` : sql`l.id = ${filter.linkId}`,
    filter.broken === undefined ? sql`true` : sql`l.broken = ${filter.broken}`,
    filter.exception === undefined ? sql`true` : filter.exception ? sql`l.exception_comment IS NOT NULL` : sql`l.exception_comment IS NULL`,
  ];
  const rows = await db.execute<Record<string, unknown>>(sql`
    WITH held AS (
      SELECT el.link_id, jsonb_agg(jsonb_build_object(
        'entityId', e.id, 'kind', e.kind, 'channelType', e.channel_type,
        'organizationId', CASE WHEN e.kind = 'organization' THEN e.id ELSE e.organization_id END,
        'name', e.working_content->'name', 'paths', to_jsonb(el.paths)) ORDER BY e.kind, e.id) AS occurrences
      FROM entity_links el JOIN entities e ON e.id = el.entity_id
      WHERE e.status <> 'archived' AND ${inScope}
      GROUP BY el.link_id)
    SELECT l.*, held.occurrences, count(*) OVER () AS total FROM links l JOIN held ON held.link_id = l.id
    WHERE ${sql.join(conditions, sql` AND `)}
    ORDER BY l.broken DESC, l.failures DESC, l.url, l.id
    LIMIT ${filter.limit} OFFSET ${filter.offset}`);
  let total = rows.rows.length ? Number(rows.rows[0]!.total) : 0;
  if (rows.rows.length === 0 && filter.offset > 0) total = (await listLinks(db, { ...filter, limit: 1, offset: 0 })).total;
  return { total, items: rows.rows.map(linkFromRow) };
}

const dateOf = (value: unknown) => (value === null || value === undefined ? null : new Date(value as string));

function linkFromRow(row: Record<string, unknown>): LinkWithOccurrences {
  return {
    id: Number(row.id),
    url: row.url as string,
    host: row.host as string,
    firstSeenAt: dateOf(row.first_seen_at)!,
    lastCheckedAt: dateOf(row.last_checked_at),
    lastStatus: (row.last_status as number | null) ?? null,
    lastError: (row.last_error as string | null) ?? null,
    failures: Number(row.failures),
    broken: row.broken as boolean,
    exceptionComment: (row.exception_comment as string | null) ?? null,
    exceptionBy: (row.exception_by as string | null) ?? null,
    exceptionAt: dateOf(row.exception_at),
    occurrences: row.occurrences as LinkOccurrence[],
  };
}
