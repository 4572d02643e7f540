/**
 * Main users manage the API clients of their organization tree (the permission table decides):
 * create (the secret is shown once), list, rotate the secret and revoke. A revoked client's
 * tokens stop working at once.
 */
import crypto from 'node:crypto';
import * as repo from '../../db/repositories/api-clients.repository.ts';
import { organizationTree } from '../../db/repositories/entities.repository.ts';
import { NotFoundError } from '../../domain/errors.ts';
import type { OrganizationRole } from '../../domain/permissions/permissions.ts';
import { actorOf, type Context } from '../context.ts';
import { assertAllowed } from '../catalogue/authorize.ts';
import { audit } from '../catalogue/audit.ts';
import { createApiClient, hashSecret } from './api-clients.ts';

export function clientView(row: repo.ApiClientRow) {
  return {
    clientId: row.id,
    name: row.name,
    organizationId: row.organizationId,
    role: row.role,
    createdAt: row.createdAt.toISOString(),
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

/** Creates a client of `organizationId`; returns its view and the secret (shown only now). */
export async function createClientFor(ctx: Context, input: { name: string; organizationId: string; role: OrganizationRole }) {
  await assertAllowed(ctx.database.db, ctx, 'create', 'apiClient', input.organizationId);
  const created = await createApiClient(ctx, input);
  await audit(ctx.database.db, ctx, { entityType: 'apiClient', entityId: created.clientId, organizationId: input.organizationId, action: 'create' });
  return { ...clientView((await repo.findApiClient(ctx.database.db, created.clientId))!), clientSecret: created.clientSecret };
}

/** The clients the actor may see: its tree's (all for a system administrator). */
export async function listClients(ctx: Context) {
  const actor = actorOf(ctx);
  const tree = actor.role === 'systemAdministrator' ? undefined : actor.organizationId ? await organizationTree(ctx.database.db, actor.organizationId) : [];
  const rows = await repo.listApiClients(ctx.database.db, tree);
  const visible: ReturnType<typeof clientView>[] = [];
  for (const row of rows) {
    try {
      await assertAllowed(ctx.database.db, ctx, 'read', 'apiClient', row.organizationId);
      visible.push(clientView(row));
    } catch {
      // not this actor's to see
    }
  }
  return visible;
}

async function managed(ctx: Context, clientId: string, action: 'update' | 'archive') {
  const row = await repo.findApiClient(ctx.database.db, clientId);
  if (!row) throw new NotFoundError('API client', clientId, `No API client ${clientId}`);
  await assertAllowed(ctx.database.db, ctx, action, 'apiClient', row.organizationId);
  return row;
}

/** A new secret; the old one stops working at once (a revoked client stays revoked). */
export async function rotateClientSecret(ctx: Context, clientId: string) {
  const row = await managed(ctx, clientId, 'update');
  const clientSecret = crypto.randomBytes(32).toString('base64url');
  await repo.updateApiClient(ctx.database.db, clientId, { secretHash: await hashSecret(clientSecret) });
  await audit(ctx.database.db, ctx, { entityType: 'apiClient', entityId: clientId, organizationId: row.organizationId, action: 'rotate' });
  return { ...clientView(row), clientSecret };
}

/** Revokes the client: its tokens are refused from the next request on. */
export async function revokeClient(ctx: Context, clientId: string) {
  const row = await managed(ctx, clientId, 'archive');
  const revokedAt = ctx.clock.now();
  await repo.updateApiClient(ctx.database.db, clientId, { revokedAt });
  await audit(ctx.database.db, ctx, { entityType: 'apiClient', entityId: clientId, organizationId: row.organizationId, action: 'revoke' });
  return clientView({ ...row, revokedAt });
}
