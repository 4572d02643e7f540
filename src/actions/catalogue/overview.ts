/** What the editor's front page and pickers show of the actor's organization tree. */
import { countEntitiesByStatus, listOrganizationNames } from '../../db/repositories/overview.repository.ts';
import { listEntitiesByIds, organizationTree } from '../../db/repositories/entities.repository.ts';
import { textIn, type UiLanguage } from '../../shared/language.ts';
import type { Context } from '../context.ts';
import { readableOrganizations } from './authorize.ts';

export type StatusCounts = Record<'organization' | 'service' | 'channel', Record<string, number>>;

/** Counts per kind and status of the content the actor may read (drafts included). */
export async function contentCounts(ctx: Context): Promise<StatusCounts> {
  const tree = await readableOrganizations(ctx.database.readDb, ctx);
  const counts: StatusCounts = { organization: {}, service: {}, channel: {} };
  for (const row of await countEntitiesByStatus(ctx.database.readDb, tree)) {
    const kind = counts[row.kind as keyof StatusCounts];
    if (kind) kind[row.status] = row.count;
  }
  return counts;
}

export interface OrganizationChoice {
  id: string;
  name: string;
  /** Depth below the actor's organization (0 = its own). */
  depth: number;
}

/** The organizations of the actor's tree, parents before children, named in `language`. */
export async function organizationChoices(ctx: Context, language: UiLanguage): Promise<OrganizationChoice[]> {
  const tree = await readableOrganizations(ctx.database.readDb, ctx);
  const rows = await listOrganizationNames(ctx.database.readDb, tree);
  const nameOf = (content: Record<string, unknown>) => {
    const name = (content.name ?? {}) as Partial<Record<UiLanguage, string>>;
    return name[language] ?? name.fi ?? Object.values(name)[0] ?? '';
  };
  const ids = new Set(rows.map((r) => r.id));
  const children = new Map<string | null, typeof rows>();
  for (const row of rows) {
    const parent = row.parentId && ids.has(row.parentId) ? row.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), row]);
  }
  const out: OrganizationChoice[] = [];
  const walk = (parent: string | null, depth: number) => {
    for (const row of (children.get(parent) ?? []).sort((a, b) => nameOf(a.content).localeCompare(nameOf(b.content), 'fi'))) {
      out.push({ id: row.id, name: nameOf(row.content), depth });
      walk(row.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

/** Names of the given organizations in `language` (for lists that show owners outside the tree). */
export async function organizationNames(ctx: Context, ids: string[], language: UiLanguage): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await listOrganizationNames(ctx.database.readDb, [...new Set(ids)]);
  return new Map(rows.map((row) => {
    const name = (row.content.name ?? {}) as Partial<Record<UiLanguage, string>>;
    return [row.id, name[language] ?? name.fi ?? Object.values(name)[0] ?? ''];
  }));
}

/**
 * Names of any content in `language`: the working copy's for the actor's own tree, the published
 * one's for others' (their unpublished changes stay theirs).
 */
export async function contentNames(ctx: Context, ids: string[], language: UiLanguage): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const readable = await readableOrganizations(ctx.database.readDb, ctx);
  const rows = await listEntitiesByIds(ctx.database.readDb, [...new Set(ids)]);
  return new Map(
    rows.map((row) => {
      const own = !readable || (row.organizationId !== null && readable.includes(row.organizationId));
      const content = (own ? row.workingContent : row.publishedContent) ?? {};
      return [row.id, textIn(content.name as Record<string, string> | undefined, language)];
    }),
  );
}

/** The sub-organizations of an organization at any depth, parents before children, named in `language`. */
export async function subOrganizations(ctx: Context, organizationId: string, language: UiLanguage): Promise<OrganizationChoice[]> {
  const db = ctx.database.readDb;
  const ids = (await organizationTree(db, organizationId)).filter((id) => id !== organizationId);
  const rows = await listOrganizationNames(db, ids);
  const name = (content: Record<string, unknown>) => textIn(content.name as Record<string, string> | undefined, language);
  const out: OrganizationChoice[] = [];
  const walk = (parent: string, depth: number) => {
    for (const row of rows.filter((r) => r.parentId === parent).sort((a, b) => name(a.content).localeCompare(name(b.content), 'fi'))) {
      out.push({ id: row.id, name: name(row.content), depth });
      walk(row.id, depth + 1);
    }
  };
  walk(organizationId, 0);
  return out;
}
