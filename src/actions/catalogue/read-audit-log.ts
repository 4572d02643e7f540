/**
 * The audit log for those the permission table lets read it: system administrators everything,
 * main users the rows of their organization tree. As JSON pages or as CSV.
 */
import * as repo from '../../db/repositories/entities.repository.ts';
import { actorOf, type Context } from '../context.ts';
import { assertAllowed } from './authorize.ts';

export type AuditQuery = Omit<repo.AuditFilter, 'organizationIds' | 'from' | 'to'> & { organization?: string | undefined; from?: string | undefined; to?: string | undefined };

export async function readAuditLog(ctx: Context, query: AuditQuery) {
  const actor = actorOf(ctx);
  const root = query.organization ?? actor.organizationId;
  await assertAllowed(ctx.database.db, ctx, 'read', 'auditLog', root);
  const organizationIds = root ? await repo.organizationTree(ctx.database.db, root) : undefined;
  const rows = await repo.listAudit(ctx.database.db, {
    ...query,
    organizationIds,
    from: query.from ? new Date(query.from) : undefined,
    to: query.to ? new Date(query.to) : undefined,
    limit: query.limit + 1,
  });
  const page = rows.slice(0, query.limit).map((row) => ({ ...row, at: row.at.toISOString() }));
  return { items: page, next: rows.length > query.limit ? page[page.length - 1]!.id : null };
}

const CSV_COLUMNS = ['id', 'at', 'actorType', 'actorId', 'actorOrganizationId', 'organizationId', 'entityType', 'entityId', 'action', 'requestId'] as const;

/** RFC 4180 CSV of audit rows, with a header line. */
export function auditCsv(items: Awaited<ReturnType<typeof readAuditLog>>['items']): string {
  const cell = (value: unknown) => {
    const text = value === null || value === undefined ? '' : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [CSV_COLUMNS.join(','), ...items.map((row) => CSV_COLUMNS.map((column) => cell(row[column])).join(','))].join('\r\n') + '\r\n';
}
