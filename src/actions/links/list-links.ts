/** The links found in an organization's content, with what checking them found. */
import type { DbOrTx } from '../../db/db.ts';
import { findEntity, organizationTree } from '../../db/repositories/entities.repository.ts';
import * as repo from '../../db/repositories/links.repository.ts';
import { NotFoundError } from '../../domain/errors.ts';
import type { Context } from '../context.ts';
import { assertAllowed } from '../catalogue/authorize.ts';

export interface LinkView {
  id: number;
  url: string;
  host: string;
  firstSeenAt: string;
  lastCheckedAt: string | null;
  lastStatus: number | null;
  lastError: string | null;
  failures: number;
  broken: boolean;
  exception: { comment: string; by: string | null; at: string | null } | null;
  occurrences: repo.LinkOccurrence[];
}

export function linkView(row: repo.LinkWithOccurrences): LinkView {
  return {
    id: row.id,
    url: row.url,
    host: row.host,
    firstSeenAt: row.firstSeenAt.toISOString(),
    lastCheckedAt: row.lastCheckedAt?.toISOString() ?? null,
    lastStatus: row.lastStatus,
    lastError: row.lastError,
    failures: row.failures,
    broken: row.broken,
    exception: row.exceptionComment === null ? null : { comment: row.exceptionComment, by: row.exceptionBy, at: row.exceptionAt?.toISOString() ?? null },
    occurrences: row.occurrences,
  };
}

export interface LinkListQuery {
  broken?: boolean | undefined;
  exception?: boolean | undefined;
  subOrganizations?: boolean | undefined;
  limit: number;
  offset: number;
}

/**
 * Links in the working content (archived content excluded) of the organization, and of its
 * sub-organizations with `subOrganizations`: broken first. Throws NotFoundError for an unknown
 * organization, ForbiddenError when the actor may not read its drafts.
 */
export async function listOrganizationLinks(ctx: Context, organizationId: string, query: LinkListQuery): Promise<{ total: number; items: LinkView[] }> {
  const db = ctx.database.readDb;
  await assertOrganization(db, organizationId);
  await assertAllowed(db, ctx, 'read', 'organization', organizationId);
  const organizationIds = query.subOrganizations ? await organizationTree(db, organizationId) : [organizationId];
  const page = await repo.listLinks(db, { organizationIds, broken: query.broken, exception: query.exception, limit: query.limit, offset: query.offset });
  return { total: page.total, items: page.items.map(linkView) };
}

async function assertOrganization(db: DbOrTx, id: string): Promise<void> {
  if (!(await findEntity(db, 'organization', id))) throw new NotFoundError('organization', id);
}
