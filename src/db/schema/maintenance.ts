/**
 * Keeping content alive: postponed tasks, code changes that need a review, the links found in
 * content and what checking them found.
 */
import { bigint, bigserial, boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { entities } from './catalogue.ts';
import { codeListVersions } from './code-lists.ts';

/** A task an editor postponed (with a reason) until a date; it is hidden from the task lists until then. */
export const taskPostponements = pgTable(
  'task_postponements',
  {
    /** notUpdated, withoutChannels, withoutServices, missingTranslations, scheduledPublishFailed, brokenLinks, sharedChannelChanged, classificationChanged */
    taskType: text('task_type').notNull(),
    entityId: uuid('entity_id')
      .notNull()
      .references(() => entities.id, { onDelete: 'cascade' }),
    until: timestamp('until', { withTimezone: true }).notNull(),
    reason: text('reason').notNull(),
    by: text('by').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.taskType, t.entityId] })],
);

/**
 * What a new code-list version changed compared with the previous one: renamed, moved (a new
 * parent) or removed items of the service classes and the ontology terms.
 */
export const codeChanges = pgTable(
  'code_changes',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    versionId: integer('version_id')
      .notNull()
      .references(() => codeListVersions.id, { onDelete: 'cascade' }),
    /** service-classes or ontology-terms */
    list: text('list').notNull(),
    code: text('code').notNull(),
    /** renamed, moved or removed */
    change: text('change').notNull(),
    before: jsonb('before').$type<unknown>(),
    after: jsonb('after').$type<unknown>(),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('code_changes_code_idx').on(t.list, t.code)],
);

/** Every URL found in content, stored once, with the result of checking it. */
export const links = pgTable(
  'links',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    url: text('url').notNull().unique(),
    host: text('host').notNull(),
    firstSeenAt: timestamp('first_seen_at', { withTimezone: true }).notNull(),
    lastCheckedAt: timestamp('last_checked_at', { withTimezone: true }),
    /** HTTP status of the last check (after redirects); null when it failed without one. */
    lastStatus: integer('last_status'),
    /** Why the last check failed (timeout, redirect loop, DNS, status); null when it passed. */
    lastError: text('last_error'),
    /** Failed checks in a row; two make the link broken. */
    failures: integer('failures').notNull().default(0),
    broken: boolean('broken').notNull().default(false),
    /** An editor's exception: the link works for people even though the checker fails (e.g. it blocks robots). */
    exceptionComment: text('exception_comment'),
    exceptionBy: text('exception_by'),
    exceptionAt: timestamp('exception_at', { withTimezone: true }),
  },
  (t) => [index('links_check_idx').on(t.lastCheckedAt)],
);

/** Which entity's working content holds which link (rewritten with every save). */
export const entityLinks = pgTable(
  'entity_links',
  {
    entityId: uuid('entity_id')
      .notNull()
      .references(() => entities.id, { onDelete: 'cascade' }),
    linkId: bigint('link_id', { mode: 'number' })
      .notNull()
      .references(() => links.id, { onDelete: 'cascade' }),
    /** Where in the content the URL is, e.g. webPages.0.url */
    paths: text('paths').array().notNull(),
  },
  (t) => [primaryKey({ columns: [t.entityId, t.linkId] }), index('entity_links_link_idx').on(t.linkId)],
);
