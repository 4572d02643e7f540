/**
 * SQL of the maintenance tasks. Each task type is one query over the current content, so a task
 * appears as soon as its cause exists and disappears as soon as it is fixed; only postponements
 * are stored. Rows are scoped to the organizations whose content they are (all when undefined).
 */
import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../db.ts';
import { uuidArray } from './sql-arrays.ts';
import { AUTO_ARCHIVED_CHANNEL_TYPES, monthsBefore, TASK_TYPES, type MaintenanceSettings, type TaskType } from '../../domain/maintenance/tasks.ts';

export interface TaskRow {
  type: TaskType;
  entityId: string;
  kind: string;
  channelType: string | null;
  organizationId: string | null;
  status: string;
  /** Bumped by every write: with the id, the version tag a "still valid" confirmation needs. */
  revision: number;
  /** The entity's name per language (working copy). */
  name: Record<string, string> | null;
  /** What the task is about: months, languages, reasons, links, channels or codes. */
  detail: Record<string, unknown>;
  /** Since when the task has existed (the most urgent is the oldest). */
  since: Date;
}

export interface TaskScope {
  organizationIds: string[] | undefined;
  now: Date;
  settings: MaintenanceSettings;
}

const GOVERNING = sql`CASE WHEN e.kind = 'organization' THEN e.id ELSE e.organization_id END`;
const LAST_UPDATED = sql`greatest(e.modified_at, coalesce(e.checked_at, e.modified_at))`;

/** One task type's rows: `select` adds detail and since, `from` joins, `where` is the cause. */
function taskQuery(type: TaskType, scope: TaskScope, parts: { detail: SQL; since: SQL; from?: SQL; where: SQL }): SQL {
  const inScope = scope.organizationIds === undefined ? sql`true` : scope.organizationIds.length ? sql`${GOVERNING} = ANY(${uuidArray(scope.organizationIds)})` : sql`false`;
  return sql`
    SELECT ${type}::text AS type, e.id AS entity_id, e.kind, e.channel_type, ${GOVERNING} AS organization_id, e.status, e.revision,
      e.working_content->'name' AS name, ${parts.detail} AS detail, ${parts.since} AS since
    FROM entities e ${parts.from ?? sql``}
    WHERE e.status <> 'archived' AND ${inScope} AND (${parts.where})
      AND NOT EXISTS (SELECT 1 FROM task_postponements p WHERE p.task_type = ${type} AND p.entity_id = e.id AND p.until > ${scope.now.toISOString()}::timestamptz)`;
}

/** Services with no channel that is not archived, or channels no service (not archived) uses. */
function unconnected(type: TaskType, scope: TaskScope, kind: 'service' | 'channel'): SQL {
  const [own, other] = kind === 'service' ? [sql.raw('c.service_id'), sql.raw('c.channel_id')] : [sql.raw('c.channel_id'), sql.raw('c.service_id')];
  return taskQuery(type, scope, {
    detail: sql`'{}'::jsonb`,
    since: sql`e.created_at`,
    where: sql`e.kind = ${kind} AND NOT EXISTS (
      SELECT 1 FROM connections c JOIN entities o ON o.id = ${other} AND o.status <> 'archived' WHERE ${own} = e.id)`,
  });
}

function query(type: TaskType, scope: TaskScope): SQL {
  const { settings } = scope;
  switch (type) {
    case 'notUpdated': {
      const autoArchived = sql`e.kind = 'channel' AND e.channel_type = ANY(${sql.raw(`ARRAY['${AUTO_ARCHIVED_CHANNEL_TYPES.join("','")}']`)}) AND e.status IN ('published', 'modified')`;
      const archiveAt = settings.autoArchiveMonths > 0 ? sql`CASE WHEN ${autoArchived} THEN ${LAST_UPDATED} + make_interval(months => ${settings.autoArchiveMonths}::int) END` : sql`NULL::timestamptz`;
      return taskQuery(type, scope, {
        detail: sql`jsonb_build_object('lastUpdated', ${LAST_UPDATED}, 'checkedAt', e.checked_at, 'autoArchiveAt', ${archiveAt})`,
        since: LAST_UPDATED,
        where: sql`${LAST_UPDATED} < ${monthsBefore(scope.now, settings.staleWarningMonths).toISOString()}::timestamptz`,
      });
    }
    case 'withoutChannels':
      return unconnected(type, scope, 'service');
    case 'withoutServices':
      return unconnected(type, scope, 'channel');
    case 'missingTranslations':
      // the languages of the organization's own description are the languages it serves in
      return taskQuery(type, scope, {
        detail: sql`jsonb_build_object('languages', to_jsonb(m.missing))`,
        since: sql`e.created_at`,
        from: sql`JOIN entities o ON o.id = e.organization_id AND o.kind = 'organization'
          CROSS JOIN LATERAL (
            SELECT array_agg(k ORDER BY k) AS missing FROM jsonb_object_keys(o.language_status) k
            WHERE o.language_status->>k <> 'archived' AND NOT e.language_status ? k) m`,
        where: sql`e.kind IN ('service', 'channel') AND m.missing IS NOT NULL`,
      });
    case 'scheduledPublishFailed':
      return taskQuery(type, scope, {
        detail: sql`jsonb_build_object('scheduledActionId', f.id, 'dueAt', f.due_at, 'languages', to_jsonb(f.languages), 'reasons', f.result)`,
        since: sql`f.finished_at`,
        from: sql`CROSS JOIN LATERAL (
            SELECT sa.id, sa.due_at, sa.languages, sa.result, sa.finished_at FROM scheduled_actions sa
            WHERE sa.entity_id = e.id AND sa.action = 'publish' AND sa.state = 'failed'
            ORDER BY sa.finished_at DESC LIMIT 1) f`,
        where: sql`e.published_at IS NULL OR e.published_at < f.finished_at`,
      });
    case 'brokenLinks':
      return taskQuery(type, scope, {
        detail: sql`jsonb_build_object('links', b.links)`,
        since: sql`b.since`,
        from: sql`CROSS JOIN LATERAL (
            SELECT jsonb_agg(jsonb_build_object('linkId', l.id, 'url', l.url, 'status', l.last_status, 'error', l.last_error, 'paths', to_jsonb(el.paths)) ORDER BY l.url) AS links,
              min(coalesce(l.last_checked_at, l.first_seen_at)) AS since
            FROM entity_links el JOIN links l ON l.id = el.link_id
            WHERE el.entity_id = e.id AND l.broken AND l.exception_comment IS NULL) b`,
        where: sql`b.links IS NOT NULL`,
      });
    case 'sharedChannelChanged':
      // another organization's channel this service uses was published anew or archived after the
      // connection was last edited and after the service was last confirmed still valid
      return taskQuery(type, scope, {
        detail: sql`jsonb_build_object('channels', x.channels)`,
        since: sql`x.since`,
        from: sql`CROSS JOIN LATERAL (
            SELECT jsonb_agg(jsonb_build_object('channelId', ch.id, 'channelType', ch.channel_type,
                'name', coalesce(ch.published_content->'name', ch.working_content->'name'),
                'change', CASE WHEN ch.status = 'archived' THEN 'archived' ELSE 'changed' END, 'at', ch.changed_at) ORDER BY ch.changed_at) AS channels,
              min(ch.changed_at) AS since
            FROM connections c
            JOIN LATERAL (SELECT ch.*, CASE WHEN ch.status = 'archived' THEN ch.archived_at ELSE ch.published_at END AS changed_at
                          FROM entities ch WHERE ch.id = c.channel_id) ch ON true
            WHERE c.service_id = e.id AND ch.organization_id IS DISTINCT FROM e.organization_id
              AND ch.changed_at > greatest(c.modified_at, coalesce(e.checked_at, c.modified_at))) x`,
        where: sql`e.kind = 'service' AND x.channels IS NOT NULL`,
      });
    case 'classificationChanged':
      return taskQuery(type, scope, {
        detail: sql`jsonb_build_object('changes', x.changes)`,
        since: sql`x.since`,
        from: sql`CROSS JOIN LATERAL (
            SELECT jsonb_agg(jsonb_build_object('list', cc.list, 'code', cc.code, 'change', cc.change, 'before', cc.before, 'after', cc.after) ORDER BY cc.id) AS changes,
              min(cc.at) AS since
            FROM code_changes cc
            WHERE cc.at > ${LAST_UPDATED}
              AND ((cc.list = 'service-classes' AND e.working_content->'serviceClasses' ? cc.code)
                OR (cc.list = 'ontology-terms' AND (e.working_content->'ontologyTerms' ? cc.code
                  OR e.working_content->'ontologyTerms' ? ('http://www.yso.fi/onto/yso/' || cc.code))))) x`,
        where: sql`e.kind = 'service' AND x.changes IS NOT NULL`,
      });
  }
}

/** How many tasks of each type the scope has (every type is present, zero included). */
export async function countTasks(db: DbOrTx, scope: TaskScope): Promise<Record<TaskType, number>> {
  const union = sql.join(TASK_TYPES.map((type) => sql`(SELECT ${type}::text AS type, count(*)::int AS n FROM (${query(type, scope)}) q)`), sql` UNION ALL `);
  const result = await db.execute<{ type: TaskType; n: number }>(union);
  const counts = Object.fromEntries(TASK_TYPES.map((type) => [type, 0])) as Record<TaskType, number>;
  for (const row of result.rows) counts[row.type] = Number(row.n);
  return counts;
}

type RawTask = { type: TaskType; entity_id: string; kind: string; channel_type: string | null; organization_id: string | null; status: string; revision: number; name: Record<string, string> | null; detail: Record<string, unknown>; since: string | Date };

const toTask = (row: RawTask): TaskRow => ({
  type: row.type,
  entityId: row.entity_id,
  kind: row.kind,
  channelType: row.channel_type,
  organizationId: row.organization_id,
  status: row.status,
  revision: Number(row.revision),
  name: row.name,
  detail: row.detail,
  since: new Date(row.since),
});

/** Tasks of one type, oldest first. */
export async function listTasks(db: DbOrTx, type: TaskType, scope: TaskScope, limit: number, offset: number): Promise<TaskRow[]> {
  const result = await db.execute<RawTask>(sql`SELECT * FROM (${query(type, scope)}) q ORDER BY since, entity_id LIMIT ${limit} OFFSET ${offset}`);
  return result.rows.map(toTask);
}

/** Every task of one entity (for its page in the editor). */
export async function tasksOfEntity(db: DbOrTx, entityId: string, scope: TaskScope): Promise<TaskRow[]> {
  const union = sql.join(TASK_TYPES.map((type) => sql`(SELECT * FROM (${query(type, scope)}) q WHERE entity_id = ${entityId}::uuid)`), sql` UNION ALL `);
  return (await db.execute<RawTask>(union)).rows.map(toTask);
}

export async function upsertPostponement(db: DbOrTx, row: { taskType: TaskType; entityId: string; until: Date; reason: string; by: string; at: Date }): Promise<void> {
  await db.execute(sql`
    INSERT INTO task_postponements (task_type, entity_id, until, reason, by, at)
    VALUES (${row.taskType}, ${row.entityId}::uuid, ${row.until.toISOString()}::timestamptz, ${row.reason}, ${row.by}, ${row.at.toISOString()}::timestamptz)
    ON CONFLICT (task_type, entity_id) DO UPDATE SET until = excluded.until, reason = excluded.reason, by = excluded.by, at = excluded.at`);
}

export async function deletePostponement(db: DbOrTx, taskType: TaskType, entityId: string): Promise<boolean> {
  const result = await db.execute(sql`DELETE FROM task_postponements WHERE task_type = ${taskType} AND entity_id = ${entityId}::uuid`);
  return (result.rowCount ?? 0) > 0;
}

/** Active postponements of the scope's content. */
export async function listPostponements(db: DbOrTx, organizationIds: string[] | undefined, now: Date) {
  const inScope = organizationIds === undefined ? sql`true` : organizationIds.length ? sql`${GOVERNING} = ANY(${uuidArray(organizationIds)})` : sql`false`;
  const result = await db.execute<{ task_type: TaskType; entity_id: string; until: string | Date; reason: string; by: string; at: string | Date; name: Record<string, string> | null }>(sql`
    SELECT p.task_type, p.entity_id, p.until, p.reason, p.by, p.at, e.working_content->'name' AS name
    FROM task_postponements p JOIN entities e ON e.id = p.entity_id
    WHERE p.until > ${now.toISOString()}::timestamptz AND ${inScope}
    ORDER BY p.until`);
  return result.rows.map((r) => ({ taskType: r.task_type, entityId: r.entity_id, until: new Date(r.until), reason: r.reason, by: r.by, at: new Date(r.at), name: r.name }));
}

/** Published phone channels and service locations not updated since `before` (for the automatic archiving). */
export async function listAutoArchivable(db: DbOrTx, before: Date, limit: number): Promise<string[]> {
  const result = await db.execute<{ id: string }>(sql`
    SELECT e.id FROM entities e
    WHERE e.kind = 'channel' AND e.channel_type = ANY(${sql.raw(`ARRAY['${AUTO_ARCHIVED_CHANNEL_TYPES.join("','")}']`)})
      AND e.status IN ('published', 'modified') AND ${LAST_UPDATED} < ${before.toISOString()}::timestamptz
    ORDER BY e.modified_at LIMIT ${limit}`);
  return result.rows.map((r) => r.id);
}

/**
 * Deletes versions older than `before`, except each entity's `keep` newest and its latest
 * published version; returns how many went.
 */
export async function pruneVersions(db: DbOrTx, before: Date, keep: number): Promise<number> {
  const result = await db.execute(sql`
    DELETE FROM entity_versions v USING (
      SELECT id FROM (
        SELECT id, at, operation, entity_id,
          row_number() OVER (PARTITION BY entity_id ORDER BY id DESC) AS newest,
          max(id) FILTER (WHERE operation = 'publish') OVER (PARTITION BY entity_id) AS last_publish
        FROM entity_versions) x
      WHERE x.newest > ${keep} AND x.at < ${before.toISOString()}::timestamptz AND x.id IS DISTINCT FROM x.last_publish) old
    WHERE v.id = old.id`);
  return result.rowCount ?? 0;
}

/** The organization and its parents up to the top, nearest first. */
export async function organizationAncestors(db: DbOrTx, id: string): Promise<string[]> {
  const result = await db.execute<{ id: string }>(sql`
    WITH RECURSIVE up AS (
      SELECT id, organization_id, 0 AS depth FROM entities WHERE id = ${id}::uuid AND kind = 'organization'
      UNION ALL
      SELECT e.id, e.organization_id, up.depth + 1 FROM entities e JOIN up ON e.id = up.organization_id WHERE e.kind = 'organization' AND up.depth < 50
    ) SELECT id FROM up ORDER BY depth`);
  return result.rows.map((row) => row.id);
}

export async function findScheduledAction(db: DbOrTx, id: string) {
  const result = await db.execute<{ id: string; entity_id: string; kind: string; action: string; languages: string[]; due_at: string | Date; state: string; result: unknown; actor: { type: string; id: string } }>(sql`
    SELECT id, entity_id, kind, action, languages, due_at, state, result, actor FROM scheduled_actions WHERE id = ${id}::uuid`);
  const row = result.rows[0];
  return row && { id: row.id, entityId: row.entity_id, kind: row.kind, action: row.action, languages: row.languages, dueAt: new Date(row.due_at), state: row.state, result: row.result, actor: row.actor };
}
