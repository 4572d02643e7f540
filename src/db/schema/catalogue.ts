/**
 * Catalogue entities (organizations, services, channels), their version history, connections,
 * API clients and the change feed. Content is stored as JSONB in the shape of the domain content
 * schemas; the columns beside it are what queries filter and join on.
 */
import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { LanguageStatuses } from '../../domain/publishing/lifecycle.ts';

const xid8 = customType<{ data: string }>({ dataType: () => 'xid8' });

export const entities = pgTable(
  'entities',
  {
    id: uuid('id').primaryKey(),
    /** organization, service or channel */
    kind: text('kind').notNull(),
    /** EChannel, WebPage, PrintableForm, Phone or ServiceLocation (channels only) */
    channelType: text('channel_type'),
    /** Owner: a service's main responsible organization, a channel's organization, an organization's parent. */
    organizationId: uuid('organization_id'),
    sharedForAll: boolean('shared_for_all').notNull().default(true),
    sourceClient: text('source_client'),
    sourceId: text('source_id'),
    originId: uuid('origin_id'),
    languageStatus: jsonb('language_status').$type<LanguageStatuses>().notNull(),
    /** Overall status for lists: draft, published, modified or archived. */
    status: text('status').notNull(),
    /** The working copy editors change. */
    workingContent: jsonb('working_content').$type<Record<string, unknown>>().notNull(),
    /** What the open API shows (its public languages only), or null before the first publish. */
    publishedContent: jsonb('published_content').$type<Record<string, unknown>>(),
    /**
     * The open API's view (public languages only, without connections), kept up to date by every
     * write so reads send it as it is; null when no language version is public.
     */
    publicView: jsonb('public_view').$type<Record<string, unknown>>(),
    versionMajor: integer('version_major').notNull().default(0),
    versionMinor: integer('version_minor').notNull().default(1),
    /** Bumped by every write; the version tag (ETag) is derived from it. */
    revision: integer('revision').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: text('created_by').notNull(),
    modifiedAt: timestamp('modified_at', { withTimezone: true }).notNull(),
    modifiedBy: text('modified_by').notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    /** "Still valid": an editor confirmed the content unchanged; resets the not-updated clock without a new version. */
    checkedAt: timestamp('checked_at', { withTimezone: true }),
    checkedBy: text('checked_by'),
  },
  (t) => [
    index('entities_kind_org_idx').on(t.kind, t.organizationId),
    index('entities_kind_status_idx').on(t.kind, t.status),
    uniqueIndex('entities_source_idx').on(t.kind, t.sourceClient, t.sourceId).where(sql`${t.sourceId} IS NOT NULL`),
  ],
);

/** Append-only history: one row per saved or published version. */
export const entityVersions = pgTable(
  'entity_versions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    entityId: uuid('entity_id')
      .notNull()
      .references(() => entities.id, { onDelete: 'cascade' }),
    major: integer('major').notNull(),
    minor: integer('minor').notNull(),
    /** create, update, publish, withdraw, archive, restore, copy */
    operation: text('operation').notNull(),
    languages: text('languages').array().notNull(),
    changedFields: text('changed_fields').array().notNull(),
    content: jsonb('content').$type<Record<string, unknown>>().notNull(),
    languageStatus: jsonb('language_status').$type<LanguageStatuses>().notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actor: text('actor').notNull(),
  },
  (t) => [index('entity_versions_entity_idx').on(t.entityId, t.id)],
);

export const connections = pgTable(
  'connections',
  {
    serviceId: uuid('service_id')
      .notNull()
      .references(() => entities.id, { onDelete: 'cascade' }),
    channelId: uuid('channel_id')
      .notNull()
      .references(() => entities.id, { onDelete: 'cascade' }),
    content: jsonb('content').$type<Record<string, unknown>>().notNull(),
    /** The content in the service's public languages, kept up to date like entities.public_view. */
    publicContent: jsonb('public_content').$type<Record<string, unknown>>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    modifiedAt: timestamp('modified_at', { withTimezone: true }).notNull(),
    modifiedBy: text('modified_by').notNull(),
  },
  (t) => [primaryKey({ columns: [t.serviceId, t.channelId] }), index('connections_channel_idx').on(t.channelId)],
);

/**
 * The change feed. Rows are read in (txid, seq) order and only from transactions older than
 * every transaction still running, so a consumer following the cursor never skips a change that
 * commits late.
 */
export const changes = pgTable(
  'changes',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    txid: xid8('txid').notNull().default(sql`pg_current_xact_id()`),
    entityId: uuid('entity_id').notNull(),
    kind: text('kind').notNull(),
    /** create, update, publish, withdraw, archive, restore, connect, disconnect */
    operation: text('operation').notNull(),
    languages: text('languages').array().notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('changes_order_idx').on(t.txid, t.seq)],
);

export const apiClients = pgTable('api_clients', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  secretHash: text('secret_hash').notNull(),
  /** The organization the client acts for (with its sub-organizations); null = whole system. */
  organizationId: uuid('organization_id'),
  /** Role in the permission table: mainUser, maintainer or viewer; systemAdministrator for system clients. */
  role: text('role').notNull().default('mainUser'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
});

/** Publishing and archiving at a future minute; run by `runDueScheduledActions` (a job later). */
export const scheduledActions = pgTable(
  'scheduled_actions',
  {
    id: uuid('id').primaryKey(),
    entityId: uuid('entity_id')
      .notNull()
      .references(() => entities.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    /** publish or archive */
    action: text('action').notNull(),
    /** Languages concerned; empty = the whole entity (archive). */
    languages: text('languages').array().notNull(),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    /** pending, done, failed or cancelled */
    state: text('state').notNull().default('pending'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: text('created_by').notNull(),
    /** Actor the action runs as (the scheduler's rights at the time of scheduling). */
    actor: jsonb('actor').$type<{ type: string; id: string; organizationId: string | null }>().notNull(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    /** Why a failed action failed: the violations or the error message. */
    result: jsonb('result').$type<unknown>(),
  },
  (t) => [index('scheduled_actions_due_idx').on(t.state, t.dueAt), index('scheduled_actions_entity_idx').on(t.entityId)],
);

/** Append-only audit log: every write, by whom (person or API client), for which organization. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorType: text('actor_type').notNull(),
    actorId: text('actor_id').notNull(),
    /** The organization the actor acted for (null = system-wide). */
    actorOrganizationId: uuid('actor_organization_id'),
    /** The organization that owns the target. */
    organizationId: uuid('organization_id'),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    action: text('action').notNull(),
    requestId: text('request_id'),
  },
  (t) => [index('audit_log_org_at_idx').on(t.organizationId, t.at), index('audit_log_entity_idx').on(t.entityId)],
);
