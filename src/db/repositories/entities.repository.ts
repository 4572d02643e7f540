/** SQL of catalogue entities, their history and the change feed. */
import { and, asc, desc, eq, gt, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db.ts';
import type pg from 'pg';

/** A pool or client that runs plain (prepared) queries. */
export type Queryable = Pick<pg.Pool, 'query'>;
import * as t from '../schema/index.ts';
import { NotFoundError } from '../../domain/errors.ts';

export type EntityRow = typeof t.entities.$inferSelect;
export type NewEntityRow = typeof t.entities.$inferInsert;

export async function findEntity(db: DbOrTx, kind: string, id: string, forUpdate = false): Promise<EntityRow | undefined> {
  const query = db.select().from(t.entities).where(and(eq(t.entities.id, id), eq(t.entities.kind, kind)));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

export async function getEntity(db: DbOrTx, kind: string, id: string, forUpdate = false): Promise<EntityRow> {
  const row = await findEntity(db, kind, id, forUpdate);
  if (!row) throw new NotFoundError(kind, id, `No ${kind} with id ${id}`);
  return row;
}

export async function findEntityBySource(db: DbOrTx, kind: string, client: string, sourceId: string): Promise<EntityRow | undefined> {
  const [row] = await db
    .select()
    .from(t.entities)
    .where(and(eq(t.entities.kind, kind), eq(t.entities.sourceClient, client), eq(t.entities.sourceId, sourceId)))
    .for('update');
  return row;
}

export async function insertEntity(db: DbOrTx, row: NewEntityRow): Promise<EntityRow> {
  const [inserted] = await db.insert(t.entities).values(row).returning();
  return inserted!;
}

export async function updateEntity(db: DbOrTx, id: string, values: Partial<NewEntityRow>): Promise<EntityRow> {
  const [updated] = await db.update(t.entities).set(values).where(eq(t.entities.id, id)).returning();
  return updated!;
}

export async function insertVersion(db: DbOrTx, row: typeof t.entityVersions.$inferInsert): Promise<void> {
  await db.insert(t.entityVersions).values(row);
}

/** The columns of a version every history shows (without its content). */
const VERSION_HEAD = {
  major: t.entityVersions.major,
  minor: t.entityVersions.minor,
  operation: t.entityVersions.operation,
  languages: t.entityVersions.languages,
  changedFields: t.entityVersions.changedFields,
  languageStatus: t.entityVersions.languageStatus,
  at: t.entityVersions.at,
  actor: t.entityVersions.actor,
};

export async function listVersions(db: DbOrTx, entityId: string) {
  return db.select(VERSION_HEAD).from(t.entityVersions).where(eq(t.entityVersions.entityId, entityId)).orderBy(desc(t.entityVersions.id));
}

export async function recordChange(db: DbOrTx, row: Omit<typeof t.changes.$inferInsert, 'seq' | 'txid'>): Promise<void> {
  await db.insert(t.changes).values(row);
}

export interface ChangeRow {
  seq: number;
  txid: string;
  entityId: string;
  kind: string;
  operation: string;
  languages: string[];
  at: Date;
}

/**
 * Changes after the cursor (txid, seq), in commit-safe order: only from transactions older than
 * the oldest one still running, so a change committing late can never be passed over.
 */
export async function listChanges(db: DbOrTx, after: { txid: string; seq: number } | undefined, limit: number): Promise<ChangeRow[]> {
  const cursor = after ? sql`AND (c.txid, c.seq) > (${after.txid}::xid8, ${after.seq}::bigint)` : sql``;
  const result = await db.execute<{ seq: string; txid: string; entity_id: string; kind: string; operation: string; languages: string[]; at: string }>(sql`
    SELECT c.seq, c.txid::text AS txid, c.entity_id, c.kind, c.operation, c.languages, c.at
    FROM changes c
    WHERE c.txid < pg_snapshot_xmin(pg_current_snapshot()) ${cursor}
    ORDER BY c.txid, c.seq
    LIMIT ${limit}`);
  return result.rows.map((row) => ({
    seq: Number(row.seq),
    txid: row.txid,
    entityId: row.entity_id,
    kind: row.kind,
    operation: row.operation,
    languages: row.languages,
    at: new Date(row.at),
  }));
}

export interface PublicListFilter {
  kind: string;
  organizationIds?: string[] | undefined;
  channelType?: string | undefined;
  language?: string | undefined;
  serviceClass?: string | undefined;
  targetGroup?: string | undefined;
  municipality?: string | undefined;
  wellbeingServicesCounty?: string | undefined;
  includeNationwide?: boolean | undefined;
  after?: string | undefined;
  limit: number;
  archived?: boolean;
}

const AREA_TABLE_TYPES = sql`CASE a->>'type' WHEN 'Region' THEN 'region' WHEN 'WellbeingServicesCounty' THEN 'wellbeingServicesCounty' WHEN 'BusinessRegion' THEN 'businessRegion' END`;

/**
 * The published content's area covers one of the municipalities `municipalities` selects:
 * nationwide content (unless excluded; Åland excepted where so marked), or a listed municipality,
 * or a listed region, wellbeing services county or business region that contains it.
 */
function coversMunicipality(municipalities: ReturnType<typeof sql>, includeNationwide: boolean) {
  const content = sql`${t.entities.publishedContent}`;
  return sql`(
    (${includeNationwide} AND ${content}->>'areaType' = 'Nationwide')
    OR (${includeNationwide} AND ${content}->>'areaType' = 'NationwideExceptAlandIslands' AND EXISTS (
      SELECT 1 FROM (${municipalities}) m(code) WHERE NOT EXISTS (
        SELECT 1 FROM area_municipalities al WHERE al.area_type = 'region' AND al.area_code = '21' AND al.municipality_code = m.code)))
    OR EXISTS (
      SELECT 1 FROM jsonb_array_elements(coalesce(${content}->'areas', '[]'::jsonb)) a, (${municipalities}) m(code)
      WHERE (a->>'type' = 'Municipality' AND a->>'code' = m.code)
         OR EXISTS (SELECT 1 FROM area_municipalities am WHERE am.area_type = ${AREA_TABLE_TYPES} AND am.area_code = a->>'code' AND am.municipality_code = m.code)))`;
}

/** A class code and, for a main class, its sub classes. */
function classMatch(field: string, code: string, table: string) {
  return sql`${t.entities.publishedContent}->${field} ?| ARRAY(SELECT c.code FROM ${sql.identifier(table)} c WHERE c.code = ${code} OR c.parent_code = ${code})`;
}

/** FROM … WHERE of a service's published connected channels; `e` names the service row. */
const publicChannels = (e: string) => `
  FROM connections c JOIN entities ch ON ch.id = c.channel_id
  WHERE c.service_id = ${e}.id AND ch.status IN ('published', 'modified')`;

/**
 * A service's published channels as JSON text (`[]` when none), null for other kinds. The EXISTS
 * probe is one index lookup: services without connections, the common case, skip the ordered
 * aggregate. `e` names the row.
 */
const publicChannelsJson = (e: string) => `CASE WHEN ${e}.kind <> 'service' THEN NULL
  WHEN NOT EXISTS (SELECT 1 FROM connections c WHERE c.service_id = ${e}.id) THEN '[]'
  ELSE coalesce((
    SELECT jsonb_agg(coalesce(c.public_content, '{}'::jsonb) || jsonb_build_object('channelId', c.channel_id, 'channelType', ch.channel_type)
                     ORDER BY c.created_at, c.channel_id) ${publicChannels(e)}), '[]'::jsonb)::text END`;

const PUBLIC_ENTITY_SQL = `
  SELECT e.id, e.revision, e.public_view::text AS view, ${publicChannelsJson('e')} AS channels
  FROM entities e WHERE e.id = $1 AND e.kind = $2 AND e.public_view IS NOT NULL`;

export interface PublicBody {
  id: string;
  revision: number;
  /** The view as JSON text, ready to send. */
  body: string;
  /** A service's published channels as JSON text (the part of `body` not stored in the view), for the ETag; null for other kinds. */
  channels: string | null;
}

/**
 * The JSON text of a public view with a service's channels: the stored view as PostgreSQL prints
 * it, with `"channels"` added last as text. Merging in SQL (`view || jsonb_build_object(…)`)
 * rebuilt the whole jsonb value on every read. A view never has `channels` of its own: the content
 * schemas do not allow the field.
 */
function publicBody(id: string, revision: number, view: string, channels: string | null): PublicBody {
  return { id, revision, body: channels === null ? view : `${view.slice(0, -1)}, "channels": ${channels}}`, channels };
}

/**
 * One entity's public view as JSON text, in a single query. The hottest read of the open API:
 * no JSON is parsed or serialized on the way, and on a PostgreSQL server it is a named prepared
 * statement. Not on the embedded database: all pool connections share its one session there, so
 * a statement name prepared by one connection collides with the next.
 */
export async function findPublicBody(pool: Queryable, kind: string, id: string, prepared: boolean): Promise<PublicBody | undefined> {
  const query = { text: PUBLIC_ENTITY_SQL, values: [id, kind], ...(prepared ? { name: 'kuvaa_public_entity' } : {}) };
  const result = await pool.query<{ id: string; revision: number; view: string; channels: string | null }>(query);
  const row = result.rows[0];
  return row ? publicBody(row.id, row.revision, row.view, row.channels) : undefined;
}

/** Public views (JSON text) of entities with a public language version, in id order for cursor paging. */
export async function listPublicBodies(db: DbOrTx, filter: PublicListFilter): Promise<PublicBody[]> {
  const rows = await db
    .select({
      id: t.entities.id,
      revision: t.entities.revision,
      view: sql<string>`${t.entities.publicView}::text`,
      channels: sql<string | null>`${sql.raw(publicChannelsJson('"entities"'))}`,
    })
    .from(t.entities)
    .where(and(...publicListConditions(filter)))
    .orderBy(asc(t.entities.id))
    .limit(filter.limit);
  return rows.map((row) => publicBody(row.id, row.revision, row.view, row.channels));
}

/** Archived entities in id order for cursor paging. */
export async function listArchivedEntities(db: DbOrTx, filter: PublicListFilter) {
  const e = t.entities;
  return db
    .select({ id: e.id, kind: e.kind, channelType: e.channelType, organizationId: e.organizationId, archivedAt: e.archivedAt })
    .from(e)
    .where(and(...publicListConditions({ ...filter, archived: true })))
    .orderBy(asc(e.id))
    .limit(filter.limit);
}

function publicListConditions(filter: PublicListFilter) {
  const e = t.entities;
  const conditions = [
    eq(e.kind, filter.kind),
    filter.archived ? eq(e.status, 'archived') : sql`${e.publicView} IS NOT NULL`,
    filter.organizationIds ? inArray(e.organizationId, filter.organizationIds) : undefined,
    filter.channelType ? eq(e.channelType, filter.channelType) : undefined,
    filter.language ? sql`${e.languageStatus}->>${filter.language} IN ('published', 'modified')` : undefined,
    filter.after ? gt(e.id, filter.after) : undefined,
    filter.serviceClass ? classMatch('serviceClasses', filter.serviceClass, 'service_classes') : undefined,
    filter.targetGroup ? classMatch('targetGroups', filter.targetGroup, 'target_groups') : undefined,
    filter.municipality ? coversMunicipality(sql`SELECT ${filter.municipality}::text`, filter.includeNationwide !== false) : undefined,
    filter.wellbeingServicesCounty
      ? coversMunicipality(sql`SELECT municipality_code FROM area_municipalities WHERE area_type = 'wellbeingServicesCounty' AND area_code = ${filter.wellbeingServicesCounty}`, filter.includeNationwide !== false)
      : undefined,
  ];
  return conditions;
}

/** Ids of an organization and every organization below it, at any depth. */
export async function organizationTree(db: DbOrTx, rootId: string): Promise<string[]> {
  const result = await db.execute<{ id: string }>(sql`
    WITH RECURSIVE tree AS (
      SELECT id FROM entities WHERE id = ${rootId} AND kind = 'organization'
      UNION
      SELECT e.id FROM entities e JOIN tree ON e.organization_id = tree.id WHERE e.kind = 'organization'
    ) SELECT id FROM tree`);
  return result.rows.map((row) => row.id);
}

export async function upsertConnection(db: DbOrTx, row: typeof t.connections.$inferInsert): Promise<void> {
  await db
    .insert(t.connections)
    .values(row)
    .onConflictDoUpdate({ target: [t.connections.serviceId, t.connections.channelId], set: { content: row.content, modifiedAt: row.modifiedAt, modifiedBy: row.modifiedBy } });
}

export async function deleteConnection(db: DbOrTx, serviceId: string, channelId: string): Promise<boolean> {
  const deleted = await db.delete(t.connections).where(and(eq(t.connections.serviceId, serviceId), eq(t.connections.channelId, channelId))).returning();
  return deleted.length > 0;
}

/** Connections of services with their channels' type and status. */
export async function listConnections(db: DbOrTx, serviceIds: string[]) {
  if (serviceIds.length === 0) return [];
  return db
    .select({
      serviceId: t.connections.serviceId,
      channelId: t.connections.channelId,
      content: t.connections.content,
      modifiedAt: t.connections.modifiedAt,
      channelType: t.entities.channelType,
      channelStatus: t.entities.status,
      channelOrganizationId: t.entities.organizationId,
    })
    .from(t.connections)
    .innerJoin(t.entities, eq(t.entities.id, t.connections.channelId))
    .where(inArray(t.connections.serviceId, serviceIds))
    .orderBy(asc(t.connections.createdAt));
}

export type ScheduledActionRow = typeof t.scheduledActions.$inferSelect;

export async function insertScheduledAction(db: DbOrTx, row: typeof t.scheduledActions.$inferInsert): Promise<ScheduledActionRow> {
  const [inserted] = await db.insert(t.scheduledActions).values(row).returning();
  return inserted!;
}

export async function listPendingScheduledActions(db: DbOrTx, entityId: string): Promise<ScheduledActionRow[]> {
  return db
    .select()
    .from(t.scheduledActions)
    .where(and(eq(t.scheduledActions.entityId, entityId), eq(t.scheduledActions.state, 'pending')))
    .orderBy(asc(t.scheduledActions.dueAt));
}

/** Claims due actions so that concurrent runners never run the same one twice. */
export async function claimDueScheduledActions(db: DbOrTx, now: Date, limit: number): Promise<ScheduledActionRow[]> {
  const result = await db.execute<{ id: string }>(sql`
    SELECT id FROM scheduled_actions WHERE state = 'pending' AND due_at <= ${now.toISOString()}::timestamptz
    ORDER BY due_at LIMIT ${limit} FOR UPDATE SKIP LOCKED`);
  const ids = result.rows.map((row) => row.id);
  if (ids.length === 0) return [];
  return db.update(t.scheduledActions).set({ state: 'running' }).where(inArray(t.scheduledActions.id, ids)).returning();
}

export async function finishScheduledAction(db: DbOrTx, id: string, state: 'done' | 'failed' | 'cancelled', at: Date, result?: unknown): Promise<void> {
  await db.update(t.scheduledActions).set({ state, finishedAt: at, result: result ?? null }).where(eq(t.scheduledActions.id, id));
}

export async function listEntitiesByIds(db: DbOrTx, ids: string[]): Promise<EntityRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(t.entities).where(inArray(t.entities.id, ids));
}

export async function setPublicView(db: DbOrTx, id: string, view: Record<string, unknown> | null): Promise<void> {
  await db.update(t.entities).set({ publicView: view }).where(eq(t.entities.id, id));
}

/** The NOTIFY channel that tells every process public views changed (sent by the writing transaction). */
export const PUBLIC_VIEWS_CHANNEL = 'kuvaa_public_views';

/** Tells every listening process, when and only if `tx` commits, that public views changed. */
export async function notifyPublicViewsChanged(tx: DbOrTx): Promise<void> {
  await tx.execute(sql`SELECT pg_notify(${PUBLIC_VIEWS_CHANNEL}, '')`);
}

export async function connectionContents(db: DbOrTx, serviceId: string) {
  return db.select({ channelId: t.connections.channelId, content: t.connections.content }).from(t.connections).where(eq(t.connections.serviceId, serviceId));
}

export async function setConnectionPublicContent(db: DbOrTx, serviceId: string, channelId: string, content: Record<string, unknown>): Promise<void> {
  await db
    .update(t.connections)
    .set({ publicContent: content })
    .where(and(eq(t.connections.serviceId, serviceId), eq(t.connections.channelId, channelId)));
}

/** Published entities whose public view has not been computed yet. */
export async function listIdsWithoutPublicView(db: DbOrTx): Promise<string[]> {
  const rows = await db
    .select({ id: t.entities.id })
    .from(t.entities)
    .where(and(inArray(t.entities.status, ['published', 'modified']), sql`${t.entities.publicView} IS NULL`));
  return rows.map((row) => row.id);
}

export async function findEntityById(db: DbOrTx, id: string): Promise<EntityRow | undefined> {
  const [row] = await db.select().from(t.entities).where(eq(t.entities.id, id));
  return row;
}

export async function insertAudit(db: DbOrTx, row: typeof t.auditLog.$inferInsert): Promise<void> {
  await db.insert(t.auditLog).values(row);
}

export interface AuditFilter {
  organizationIds?: string[] | undefined;
  entityType?: string | undefined;
  entityId?: string | undefined;
  action?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  before?: number | undefined;
  limit: number;
}

/** Audit rows, newest first, paged by id. */
export async function listAudit(db: DbOrTx, filter: AuditFilter) {
  const a = t.auditLog;
  return db
    .select()
    .from(a)
    .where(
      and(
        filter.organizationIds ? inArray(a.organizationId, filter.organizationIds.length ? filter.organizationIds : ['00000000-0000-0000-0000-000000000000']) : undefined,
        filter.entityType ? eq(a.entityType, filter.entityType) : undefined,
        filter.entityId ? eq(a.entityId, filter.entityId) : undefined,
        filter.action ? eq(a.action, filter.action) : undefined,
        filter.from ? sql`${a.at} >= ${filter.from.toISOString()}::timestamptz` : undefined,
        filter.to ? sql`${a.at} < ${filter.to.toISOString()}::timestamptz` : undefined,
        filter.before ? sql`${a.id} < ${filter.before}` : undefined,
      ),
    )
    .orderBy(desc(a.id))
    .limit(filter.limit);
}

/** The newest `limit` versions of an entity with their full content, newest first (for the readable history). */
export async function listVersionContents(db: DbOrTx, entityId: string, limit: number) {
  return db
    .select({ ...VERSION_HEAD, content: t.entityVersions.content })
    .from(t.entityVersions)
    .where(eq(t.entityVersions.entityId, entityId))
    .orderBy(desc(t.entityVersions.id))
    .limit(limit);
}

/**
 * Connections and disconnections of services to a channel, newest first. `serviceIds` narrows the
 * versions read through the (entity_id, id) index: the services of the reader's tree, or those
 * known to have touched the channel; without it every version would be scanned.
 */
export async function listChannelConnectionVersions(db: DbOrTx, channelId: string, serviceIds: string[], limit: number) {
  if (serviceIds.length === 0) return [];
  return db
    .select({ serviceId: t.entityVersions.entityId, operation: t.entityVersions.operation, at: t.entityVersions.at, actor: t.entityVersions.actor })
    .from(t.entityVersions)
    .where(and(inArray(t.entityVersions.entityId, serviceIds), inArray(t.entityVersions.operation, [`connect:${channelId}`, `disconnect:${channelId}`])))
    .orderBy(desc(t.entityVersions.id))
    .limit(limit);
}

/** Ids of the services owned by the given organizations. */
export async function listServiceIdsOf(db: DbOrTx, organizationIds: string[]): Promise<string[]> {
  if (organizationIds.length === 0) return [];
  const rows = await db
    .select({ id: t.entities.id })
    .from(t.entities)
    .where(and(eq(t.entities.kind, 'service'), inArray(t.entities.organizationId, organizationIds)));
  return rows.map((row) => row.id);
}

/** Ids of the services connected to a channel now. */
export async function listServiceIdsConnectedTo(db: DbOrTx, channelId: string): Promise<string[]> {
  const rows = await db.select({ serviceId: t.connections.serviceId }).from(t.connections).where(eq(t.connections.channelId, channelId));
  return rows.map((row) => row.serviceId);
}

/** Scheduled publishes and archives of an entity in every state, newest due first (for the history). */
export async function listScheduledActionsOf(db: DbOrTx, entityId: string, limit: number): Promise<ScheduledActionRow[]> {
  return db.select().from(t.scheduledActions).where(eq(t.scheduledActions.entityId, entityId)).orderBy(desc(t.scheduledActions.dueAt)).limit(limit);
}
