/**
 * The lifecycle actions shared by organizations, services and channels: create, replace, publish
 * per language, withdraw, archive, restore and copy. Each runs in one transaction that locks the
 * entity row, so a rejected write changes nothing and two writers never interleave.
 */
import crypto from 'node:crypto';
import type { Tx } from '../../db/db.ts';
import * as repo from '../../db/repositories/entities.repository.ts';
import type { EntityRow } from '../../db/repositories/entities.repository.ts';
import { ValidationError, type Violation } from '../../domain/errors.ts';
import {
  changedFields,
  mergePublished,
  overallStatus,
  publicLanguages,
  statusesAfterArchive,
  statusesAfterPublish,
  statusesAfterRestore,
  statusesAfterSave,
  statusesAfterWithdraw,
  StateError,
  type LanguageStatuses,
} from '../../domain/publishing/lifecycle.ts';
import type { LanguageCode } from '../../shared/language.ts';
import { actorLabel, actorOf, type Context } from '../context.ts';
import type { EntityRules } from './entity-kinds.ts';
import { checkVersionTag, versionTag } from './version-tag.ts';
import { assertAllowed, readableOrganizations } from './authorize.ts';
import type { Action } from '../../domain/permissions/permissions.ts';
import { NotFoundError } from '../../domain/errors.ts';
import { filterLanguages } from '../../domain/publishing/language-filter.ts';
import { codeLookup } from './code-lookup.ts';
import { publicWrite, refreshPublicView } from './public-view.ts';
import { audit } from './audit.ts';

type Content = Record<string, unknown>;

interface Write {
  tx: Tx;
  ctx: Context;
  rules: EntityRules;
}

async function validated(ctx: Context, rules: EntityRules, content: Content): Promise<void> {
  const violations = rules.validate(content, await codeLookup(ctx));
  if (violations.length) throw new ValidationError(violations);
}

async function record(w: Write, row: EntityRow, operation: string, languages: string[], before: unknown): Promise<void> {
  const at = w.ctx.clock.now();
  await repo.insertVersion(w.tx, {
    entityId: row.id,
    major: row.versionMajor,
    minor: row.versionMinor,
    operation,
    languages,
    changedFields: changedFields(before, row.workingContent),
    content: row.workingContent,
    languageStatus: row.languageStatus,
    at,
    actor: actorLabel(actorOf(w.ctx)),
  });
  await repo.recordChange(w.tx, { entityId: row.id, kind: row.kind, operation, languages, at });
  await audit(w.tx, w.ctx, { entityType: row.kind, entityId: row.id, organizationId: governingOrganization(w.rules, row), action: operation });
}

/** Creates a draft. Throws ValidationError listing every violation, ForbiddenError outside the actor's tree. */
export async function createEntity(
  ctx: Context,
  rules: EntityRules,
  content: Content,
  source?: { client: string; id: string },
  id: string = crypto.randomUUID(),
  originId: string | null = null,
): Promise<EntityRow> {
  await validated(ctx, rules, content);
  return publicWrite(ctx.database, async (tx) => {
    const owner = rules.owner(content);
    await assertAllowed(tx, ctx, 'create', rules.kind, owner);
    const now = ctx.clock.now();
    const actor = actorLabel(actorOf(ctx));
    const languageStatus = statusesAfterSave({}, rules.languages(content));
    const row = await repo.insertEntity(tx, {
      id,
      kind: rules.kind,
      channelType: rules.channelType?.(content) ?? null,
      organizationId: owner,
      sharedForAll: rules.sharedForAll?.(content) ?? true,
      sourceClient: source?.client ?? null,
      sourceId: source?.id ?? null,
      originId,
      languageStatus,
      status: overallStatus(languageStatus),
      workingContent: content,
      createdAt: now,
      createdBy: actor,
      modifiedAt: now,
      modifiedBy: actor,
    });
    await record({ tx, ctx, rules }, row, 'create', rules.languages(content), {});
    await refreshPublicView(tx, row);
    return row;
  });
}

/** The organization whose rights govern an existing entity: an organization governs itself. */
export function governingOrganization(rules: EntityRules, row: EntityRow): string | null {
  return rules.kind === 'organization' ? row.id : row.organizationId;
}

/** Runs `change` on the locked entity after the version-tag check; the row it returns is saved. */
async function change(
  ctx: Context,
  rules: EntityRules,
  action: Action,
  id: string,
  ifMatch: string | undefined,
  change: (row: EntityRow, w: Write) => Promise<{ values: Partial<EntityRow>; operation: string; languages: string[] }>,
): Promise<EntityRow> {
  return publicWrite(ctx.database, async (tx) => {
    const row = await repo.getEntity(tx, rules.kind, id, true);
    checkVersionTag(row.id, row.revision, ifMatch);
    // an organization is governed by itself (its owner column is its parent)
    await assertAllowed(tx, ctx, action, rules.kind, governingOrganization(rules, row));
    const w = { tx, ctx, rules };
    const { values, operation, languages } = await change(row, w);
    const statuses = (values.languageStatus ?? row.languageStatus) as LanguageStatuses;
    const updated = await repo.updateEntity(tx, id, {
      ...values,
      status: overallStatus(statuses),
      revision: row.revision + 1,
      modifiedAt: ctx.clock.now(),
      modifiedBy: actorLabel(actorOf(ctx)),
    });
    await record(w, updated, operation, languages, row.workingContent);
    await refreshPublicView(tx, updated);
    return updated;
  });
}

/** Replaces the working copy (a new minor version); published languages become modified. */
export async function replaceEntity(ctx: Context, rules: EntityRules, id: string, content: Content, ifMatch: string | undefined): Promise<EntityRow> {
  await validated(ctx, rules, content);
  return change(ctx, rules, 'update', id, ifMatch, async (row, w) => {
    const owner = rules.owner(content);
    // moving content to another organization needs the right to create there too
    if (owner !== row.organizationId) await assertAllowed(w.tx, ctx, 'create', rules.kind, owner);
    return {
      operation: 'update',
      languages: rules.languages(content),
      values: {
        workingContent: content,
        organizationId: owner,
        channelType: rules.channelType?.(content) ?? null,
        sharedForAll: rules.sharedForAll?.(content) ?? true,
        languageStatus: statusesAfterSave(row.languageStatus, rules.languages(content)),
        versionMinor: row.versionMinor + 1,
      },
    };
  });
}

/** Publishes language versions (the next major version). Every blocking reason of every language is reported. */
export async function publishEntity(ctx: Context, rules: EntityRules, id: string, langs: LanguageCode[], ifMatch: string | undefined): Promise<EntityRow> {
  const lookup = await codeLookup(ctx);
  return change(ctx, rules, 'publish', id, ifMatch, async (row) => {
    // the saved rules too: a code may have left its list since the working copy was saved
    const violations: Violation[] = [...rules.validate(row.workingContent, lookup)];
    for (const lang of langs) {
      if (!rules.languages(row.workingContent).includes(lang)) {
        violations.push({ path: 'languages', code: 'languageMissing', message: `The content has no ${lang} language version` });
        continue;
      }
      violations.push(...rules.publishViolations(row.workingContent, lang, lookup).map((v) => ({ ...v, message: `[${lang}] ${v.message}` })));
    }
    if (violations.length) throw new ValidationError(violations);
    return {
      operation: 'publish',
      languages: langs,
      values: {
        languageStatus: statusesAfterPublish(row.languageStatus, langs),
        publishedContent: mergePublished(row.publishedContent ?? undefined, row.workingContent, langs) as Content,
        versionMajor: row.versionMajor + 1,
        versionMinor: 0,
        publishedAt: ctx.clock.now(),
      },
    };
  });
}

export async function withdrawEntity(ctx: Context, rules: EntityRules, id: string, langs: LanguageCode[] | undefined, ifMatch: string | undefined): Promise<EntityRow> {
  return change(ctx, rules, 'archive', id, ifMatch, async (row) => {
    const target = langs ?? (Object.keys(row.languageStatus) as LanguageCode[]).filter((l) => ['published', 'modified'].includes(row.languageStatus[l]!));
    return { operation: 'withdraw', languages: target, values: { languageStatus: statusesAfterWithdraw(row.languageStatus, target), versionMinor: row.versionMinor + 1 } };
  });
}

export async function archiveEntity(ctx: Context, rules: EntityRules, id: string, langs: LanguageCode[] | undefined, ifMatch: string | undefined): Promise<EntityRow> {
  return change(ctx, rules, 'archive', id, ifMatch, async (row) => {
    const target = langs ?? (Object.keys(row.languageStatus) as LanguageCode[]);
    const statuses = statusesAfterArchive(row.languageStatus, target);
    return { operation: 'archive', languages: target, values: { languageStatus: statuses, versionMinor: row.versionMinor + 1, archivedAt: overallStatus(statuses) === 'archived' ? ctx.clock.now() : null } };
  });
}

export async function restoreEntity(ctx: Context, rules: EntityRules, id: string, ifMatch: string | undefined): Promise<EntityRow> {
  return change(ctx, rules, 'archive', id, ifMatch, async (row) => {
    const statuses = statusesAfterRestore(row.languageStatus);
    const restored = (Object.keys(row.languageStatus) as LanguageCode[]).filter((l) => row.languageStatus[l] === 'archived');
    return { operation: 'restore', languages: restored, values: { languageStatus: statuses, versionMinor: row.versionMinor + 1, archivedAt: null } };
  });
}

/**
 * A new draft copy of an entity in `organizationId`, remembering where it came from; `copyId`
 * fixes the new id (a retried job step then finds its copy instead of making another). Content of
 * the actor's own tree is copied from its working copy; anyone else's only from what is published.
 */
export async function copyEntity(ctx: Context, rules: EntityRules, id: string, organizationId: string, setOwner: (content: Content, org: string) => Content, copyId: string = crypto.randomUUID()): Promise<EntityRow> {
  const original = await repo.getEntity(ctx.database.db, rules.kind, id);
  const readable = await readableOrganizations(ctx.database.db, ctx);
  const own = !readable || (original.organizationId !== null && readable.includes(original.organizationId));
  const langs = publicLanguages(original.languageStatus);
  if (!own && langs.length === 0) throw new NotFoundError(rules.kind, id, `No published ${rules.kind} with id ${id}`);
  const source = own ? original.workingContent : filterLanguages(original.publishedContent ?? {}, langs);
  return createEntity(ctx, rules, setOwner(structuredClone(source), organizationId), undefined, copyId, original.id);
}

export { StateError };

/**
 * Create-or-replace by the client's own source id: the same request twice leaves one entity and
 * changes nothing the second time (no new version when the content is equal).
 */
export async function upsertBySource(ctx: Context, rules: EntityRules, sourceId: string, content: Content): Promise<{ row: EntityRow; created: boolean }> {
  const client = actorLabel(actorOf(ctx));
  const existing = await ctx.database.db.transaction((tx) => repo.findEntityBySource(tx, rules.kind, client, sourceId));
  if (!existing) return { row: await createEntity(ctx, rules, content, { client, id: sourceId }), created: true };
  if (canonicalJson(existing.workingContent) === canonicalJson(content)) return { row: existing, created: false };
  return { row: await replaceEntity(ctx, rules, existing.id, content, versionTag(existing.id, existing.revision)), created: false };
}

/** JSON with object keys sorted, so equal contents compare equal whatever their key order. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}
