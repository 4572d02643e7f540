/** SQL of the editor's overviews: content counts and organization names of a tree. */
import { and, count, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../db.ts';
import * as t from '../schema/index.ts';

/** Entities per kind and status owned by the organizations (all when undefined). */
export async function countEntitiesByStatus(db: DbOrTx, organizationIds: string[] | undefined) {
  return db
    .select({ kind: t.entities.kind, status: t.entities.status, count: count() })
    .from(t.entities)
    .where(organizationIds ? inArray(t.entities.organizationId, organizationIds) : undefined)
    .groupBy(t.entities.kind, t.entities.status);
}

/** Id, parent and name of organizations (all when ids is undefined). */
export async function listOrganizationNames(db: DbOrTx, ids: string[] | undefined) {
  return db
    .select({ id: t.entities.id, parentId: t.entities.organizationId, content: t.entities.workingContent })
    .from(t.entities)
    .where(and(eq(t.entities.kind, 'organization'), ids ? inArray(t.entities.id, ids) : undefined));
}
