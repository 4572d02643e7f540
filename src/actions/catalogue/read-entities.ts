/**
 * Reads of catalogue entities: the open view (published language versions only) and the owner
 * view (working copy, statuses and history; drafts included) for clients of the owner's tree.
 */
import crypto from 'node:crypto';
import * as repo from '../../db/repositories/entities.repository.ts';
import type { EntityRow } from '../../db/repositories/entities.repository.ts';
import { NotFoundError } from '../../domain/errors.ts';
import { filterLanguages } from '../../domain/publishing/language-filter.ts';
import { formatVersion, publicLanguages } from '../../domain/publishing/lifecycle.ts';
import type { Context } from '../context.ts';
import { assertAllowed, ForbiddenError, readableOrganizations } from './authorize.ts';
import type { EntityType } from '../../domain/permissions/permissions.ts';
import { versionTag } from './version-tag.ts';
import { publicViewCache } from './public-view-cache.ts';
import type { Violation } from '../../domain/errors.ts';

/** The name in the published languages. */
function publicName(row: Pick<EntityRow, 'languageStatus' | 'publishedContent'>): Names {
  return filterLanguages((row.publishedContent?.name ?? {}) as Names, publicLanguages(row.languageStatus));
}

/**
 * The tag of a public view, as exact as hashing the body and far cheaper: every write of an entity
 * bumps its revision and rewrites its stored view, and the rest of a service's body, its published
 * channels, is hashed (only when it has any).
 */
export function publicTag(view: repo.PublicBody): string {
  const channels = view.channels && view.channels !== '[]' ? `-${crypto.createHash('sha1').update(view.channels).digest('base64url').slice(0, 10)}` : '';
  return `"p${view.id.slice(0, 8)}-${view.revision}${channels}"`;
}

export function archivedView(row: Awaited<ReturnType<typeof repo.listArchivedEntities>>[number]) {
  return { id: row.id, kind: row.kind, ...(row.channelType ? { type: row.channelType } : {}), organizationId: row.organizationId, archivedAt: row.archivedAt?.toISOString() ?? null };
}

/** The owner view with the version tag for If-Match (and pending schedules when given). */
export function ownerView(row: EntityRow, scheduled: repo.ScheduledActionRow[] = []) {
  return {
    id: row.id,
    kind: row.kind,
    channelType: row.channelType,
    organizationId: row.organizationId,
    sourceId: row.sourceId,
    originId: row.originId,
    status: row.status,
    languageStatus: row.languageStatus,
    version: formatVersion({ major: row.versionMajor, minor: row.versionMinor }),
    versionTag: versionTag(row.id, row.revision),
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    modifiedAt: row.modifiedAt.toISOString(),
    modifiedBy: row.modifiedBy,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    archivedAt: row.archivedAt?.toISOString() ?? null,
    checkedAt: row.checkedAt?.toISOString() ?? null,
    checkedBy: row.checkedBy,
    content: row.workingContent,
    scheduled: scheduled.map((item) => ({ id: item.id, action: item.action, languages: item.languages, dueAt: item.dueAt.toISOString() })),
  };
}

/** Pending scheduled actions of an entity. */
export function pendingSchedules(ctx: Context, id: string) {
  return repo.listPendingScheduledActions(ctx.database.db, id);
}

/**
 * The public view (JSON text) of a published entity, from this process's public-view cache when it
 * holds it; NotFoundError when no language version is public.
 */
export async function getPublicEntity(ctx: Context, kind: string, id: string): Promise<repo.PublicBody> {
  const { database } = ctx;
  const view = await publicViewCache(database).get(kind, id, () => repo.findPublicBody(database.readPool, kind, id, database.kind === 'postgres'));
  if (!view) throw new NotFoundError(kind, id, `No published ${kind} with id ${id}`);
  return view;
}

/** An entity with drafts, for actors who may read its organization's content (others get NotFoundError). */
export async function getOwnedEntity(ctx: Context, kind: string, id: string): Promise<EntityRow> {
  const row = await repo.getEntity(ctx.database.db, kind, id);
  try {
    await assertAllowed(ctx.database.db, ctx, 'read', kind as EntityType, kind === 'organization' ? row.id : row.organizationId);
  } catch (error) {
    if (error instanceof ForbiddenError) throw new NotFoundError(kind, id, `No ${kind} with id ${id} in your organization tree`);
    throw error;
  }
  return row;
}

export async function entityHistory(ctx: Context, kind: string, id: string) {
  await getOwnedEntity(ctx, kind, id);
  return (await repo.listVersions(ctx.database.db, id)).map((v) => ({ ...v, version: `${v.major}.${v.minor}`, at: v.at.toISOString() }));
}

/** The public list filters; `organization` stands for that organization and its whole tree. */
export type ListQuery = Omit<repo.PublicListFilter, 'kind' | 'organizationIds'> & { organization?: string | undefined };

/**
 * A page of published entities as one UTF-8 JSON text `{"items": […], "next": …}`, in id order,
 * with its tag. The views are copied as bytes: joining a hundred large strings first cost more
 * than the query. The tag hashes what identifies each item's text (id, revision, channels), not
 * the text itself.
 */
export async function listPublicEntities(ctx: Context, kind: string, query: ListQuery): Promise<{ json: Buffer; tag: string; next: string | null }> {
  const organizationIds = query.organization ? await repo.organizationTree(ctx.database.readDb, query.organization) : undefined;
  const rows = await repo.listPublicBodies(ctx.database.readDb, { kind, ...query, organizationIds, limit: query.limit + 1 });
  const page = rows.slice(0, query.limit);
  const next = rows.length > query.limit ? page[page.length - 1]!.id : null;
  const tail = `],"next":${JSON.stringify(next)}}`;
  const chunks = [Buffer.from('{"items":[')];
  const hash = crypto.createHash('sha1');
  for (const [i, row] of page.entries()) {
    if (i > 0) chunks.push(COMMA);
    chunks.push(Buffer.from(row.body));
    hash.update(`${row.id} ${row.revision} ${row.channels ?? ''}\n`);
  }
  chunks.push(Buffer.from(tail));
  return { json: Buffer.concat(chunks), tag: `"l${hash.update(tail).digest('base64url')}"`, next };
}

const COMMA = Buffer.from(',');

/** A page of archived entities (ids for consumers to remove). */
export async function listArchivedEntities(ctx: Context, kind: string, query: ListQuery) {
  const organizationIds = query.organization ? await repo.organizationTree(ctx.database.readDb, query.organization) : undefined;
  const rows = await repo.listArchivedEntities(ctx.database.readDb, { kind, ...query, organizationIds, limit: query.limit + 1 });
  const page = rows.slice(0, query.limit);
  return { items: page.map(archivedView), next: rows.length > query.limit ? page[page.length - 1]!.id : null };
}

/** Changes after a cursor, in commit-safe order; the cursor is `txid.seq` of the last change. */
export async function listChanges(ctx: Context, after: string | undefined, limit: number) {
  const [txid, seq] = after ? after.split('.') : [];
  const rows = await repo.listChanges(ctx.database.db, txid && seq ? { txid, seq: Number(seq) } : undefined, limit);
  return {
    items: rows.map((r) => ({ cursor: `${r.txid}.${r.seq}`, id: r.entityId, kind: r.kind, operation: r.operation, languages: r.languages, at: r.at.toISOString() })),
    next: rows.length ? `${rows[rows.length - 1]!.txid}.${rows[rows.length - 1]!.seq}` : after ?? null,
  };
}

type Names = Record<string, string>;

export interface HierarchyNode {
  id: string;
  name: Names;
  children: HierarchyNode[];
}

/** A published organization with its published sub-organizations at every depth, and its parents. */
export async function organizationHierarchy(ctx: Context, id: string) {
  const root = await repo.findEntity(ctx.database.readDb, 'organization', id);
  if (!root?.publicView) throw new NotFoundError('organization', id, `No published organization with id ${id}`);
  const ids = await repo.organizationTree(ctx.database.readDb, id);
  const rows = (await repo.listEntitiesByIds(ctx.database.readDb, ids)).filter((row) => publicLanguages(row.languageStatus).length > 0);
  const nodes = new Map(rows.map((row) => [row.id, { id: row.id, name: publicName(row), parentId: row.organizationId, children: [] as HierarchyNode[] }]));
  for (const node of nodes.values()) if (node.id !== id && node.parentId) nodes.get(node.parentId)?.children.push(node);
  const strip = (node: HierarchyNode): HierarchyNode => ({ id: node.id, name: node.name, children: node.children.map(strip) });
  const parents: { id: string; name: Names }[] = [];
  let parentId = root.organizationId;
  while (parentId && parents.length < 50) {
    const parent = await repo.findEntity(ctx.database.readDb, 'organization', parentId);
    if (!parent || publicLanguages(parent.languageStatus).length === 0) break;
    parents.unshift({ id: parent.id, name: publicName(parent) });
    parentId = parent.organizationId;
  }
  return { parents, organization: strip(nodes.get(id)!) };
}

/** How many versions the readable history shows at most (older ones are summarized by count). */
export const HISTORY_LIMIT = 100;

/**
 * The newest versions of an entity with their full content, for showing what changed; one more
 * than shown is read, so the oldest shown can be compared with its predecessor. Same access as
 * the owner view.
 */
export async function entityHistoryContents(ctx: Context, kind: string, id: string) {
  await getOwnedEntity(ctx, kind, id);
  const rows = await repo.listVersionContents(ctx.database.db, id, HISTORY_LIMIT + 1);
  const schedules = await repo.listScheduledActionsOf(ctx.database.db, id, HISTORY_LIMIT);
  return {
    versions: rows.map((v) => ({ ...v, version: `${v.major}.${v.minor}`, at: v.at.toISOString(), content: (v.content ?? {}) as Record<string, unknown>, languageStatus: v.languageStatus as Record<string, string> })),
    /** True when versions older than the compared one exist (or were kept). */
    more: rows.length > HISTORY_LIMIT,
    /** Scheduled publishes and archives in every state, with why a failed one failed. */
    schedules: schedules.map((s) => ({ action: s.action, languages: s.languages, dueAt: s.dueAt.toISOString(), state: s.state, createdBy: s.createdBy, createdAt: s.createdAt.toISOString(), failure: failureText(s.result), violations: (s.result as { violations?: Violation[] } | null)?.violations })),
  };
}

/** Why a scheduled action failed, as stored by the scheduler: its violations or its message. */
function failureText(result: unknown): string | undefined {
  const stored = (result ?? {}) as { violations?: { message: string }[]; message?: string };
  return stored.violations?.map((v) => v.message).join('; ') ?? stored.message;
}

/**
 * Connections of services to a channel over time, newest first, for services the actor may read.
 * The versions are read per service through their index: the services of the actor's tree; for a
 * system administrator, those of the channel owner's tree and those connected now (a service of
 * another tree that has since disconnected is then not listed).
 */
export async function channelConnectionHistory(ctx: Context, channelId: string, limit = HISTORY_LIMIT) {
  const channel = await getOwnedEntity(ctx, 'channel', channelId);
  const db = ctx.database.db;
  const readable = await readableOrganizations(db, ctx);
  const serviceIds = readable
    ? await repo.listServiceIdsOf(db, readable)
    : [...new Set([...(channel.organizationId ? await repo.listServiceIdsOf(db, await repo.organizationTree(db, channel.organizationId)) : []), ...(await repo.listServiceIdsConnectedTo(db, channelId))])];
  const rows = await repo.listChannelConnectionVersions(db, channelId, serviceIds, limit);
  return rows.map((row) => ({ serviceId: row.serviceId, kind: row.operation.startsWith('connect:') ? ('connect' as const) : ('disconnect' as const), at: row.at.toISOString(), actor: row.actor }));
}
