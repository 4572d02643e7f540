/**
 * Connections between a service and a channel, with their additional info (description, hours,
 * contact details). A connection belongs to the service: writing one needs the service's version
 * tag, makes a new minor version of the service and appears in its history and the change feed.
 */
import type { Tx } from '../../db/db.ts';
import * as repo from '../../db/repositories/entities.repository.ts';
import type { EntityRow } from '../../db/repositories/entities.repository.ts';
import { NotFoundError, ValidationError } from '../../domain/errors.ts';
import { connectionViolations } from '../../domain/connection/connection-violations.ts';
import { validateConnection } from '../../domain/connection/validate-connection.ts';
import type { ConnectionContent } from '../../domain/connection/connection.schema.ts';
import { actorLabel, actorOf, type Context } from '../context.ts';
import { assertAllowed } from './authorize.ts';
import { codeLookup } from './code-lookup.ts';
import { checkVersionTag } from './version-tag.ts';
import { publicWrite, refreshPublicView } from './public-view.ts';
import { audit } from './audit.ts';

/** Connects (or updates the connection of) a channel to a service. Returns the service after the write. */
export async function connectChannel(ctx: Context, serviceId: string, channelId: string, content: ConnectionContent, ifMatch: string | undefined): Promise<EntityRow> {
  const violations = validateConnection(content, await codeLookup(ctx));
  if (violations.length) throw new ValidationError(violations);
  return writeConnection(ctx, serviceId, channelId, ifMatch, 'connect', async (tx, service, now) => {
    const channel = await repo.findEntity(tx, 'channel', channelId);
    if (!channel) throw new ValidationError([{ path: 'channelId', code: 'unknownChannel', message: `No channel with id ${channelId}` }]);
    const sharing = connectionViolations({
      serviceOrganizationIds: service.organizationId ? [service.organizationId] : [],
      channel: { organizationId: channel.organizationId ?? '', sharedForAll: channel.sharedForAll },
    });
    if (sharing.length) throw new ValidationError(sharing);
    await repo.upsertConnection(tx, { serviceId, channelId, content, createdAt: now, modifiedAt: now, modifiedBy: actorLabel(actorOf(ctx)) });
  });
}

/** Removes a connection; NotFoundError when there is none. */
export async function disconnectChannel(ctx: Context, serviceId: string, channelId: string, ifMatch: string | undefined): Promise<EntityRow> {
  return writeConnection(ctx, serviceId, channelId, ifMatch, 'disconnect', async (tx) => {
    if (!(await repo.deleteConnection(tx, serviceId, channelId))) throw new NotFoundError('connection', channelId, `The service is not connected to channel ${channelId}`);
  });
}

async function writeConnection(
  ctx: Context,
  serviceId: string,
  channelId: string,
  ifMatch: string | undefined,
  operation: 'connect' | 'disconnect',
  write: (tx: Tx, service: EntityRow, now: Date) => Promise<void>,
): Promise<EntityRow> {
  return publicWrite(ctx.database, async (tx) => {
    const service = await repo.getEntity(tx, 'service', serviceId, true);
    checkVersionTag(service.id, service.revision, ifMatch);
    await assertAllowed(tx, ctx, operation === 'connect' ? 'update' : 'archive', 'connection', service.organizationId);
    const now = ctx.clock.now();
    await write(tx, service, now);
    const actor = actorLabel(actorOf(ctx));
    const updated = await repo.updateEntity(tx, serviceId, { revision: service.revision + 1, versionMinor: service.versionMinor + 1, modifiedAt: now, modifiedBy: actor });
    const languages = Object.keys(service.languageStatus);
    await repo.insertVersion(tx, {
      entityId: serviceId,
      major: updated.versionMajor,
      minor: updated.versionMinor,
      operation: `${operation}:${channelId}`,
      languages,
      changedFields: ['connections'],
      content: updated.workingContent,
      languageStatus: updated.languageStatus,
      at: now,
      actor,
    });
    await repo.recordChange(tx, { entityId: serviceId, kind: 'service', operation, languages, at: now });
    await audit(tx, ctx, { entityType: 'connection', entityId: `${serviceId}/${channelId}`, organizationId: service.organizationId, action: operation });
    await refreshPublicView(tx, updated);
    return updated;
  });
}

/** Connections of one service for its owners (all channels, drafts included). */
export async function ownerConnections(ctx: Context, serviceId: string) {
  return (await repo.listConnections(ctx.database.db, [serviceId])).map((row) => ({
    channelId: row.channelId,
    channelType: row.channelType,
    channelStatus: row.channelStatus,
    modifiedAt: row.modifiedAt.toISOString(),
    ...row.content,
  }));
}
