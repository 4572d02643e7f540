/** Connections of a service to channels: /api/v1/services/{id}/connections[/{channelId}]. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Context } from '../../actions/context.ts';
import { connectChannel, disconnectChannel, ownerConnections } from '../../actions/catalogue/connections.ts';
import { getOwnedEntity, ownerView } from '../../actions/catalogue/read-entities.ts';
import { versionTag } from '../../actions/catalogue/version-tag.ts';
import { ConnectionContent } from '../../domain/connection/connection.schema.ts';
import type { EntityRow } from '../../db/repositories/entities.repository.ts';
import { problems } from '../common.schemas.ts';
import { requireClient } from '../auth/auth.ts';
import { IfMatch, OwnerView } from './catalogue.schemas.ts';

const Params = Type.Object({
  id: Type.String({ format: 'uuid', description: 'Service id.' }),
  channelId: Type.String({ format: 'uuid', description: 'Channel id.' }),
});
const ServiceParams = Type.Object({ id: Type.String({ format: 'uuid', description: 'Service id.' }) });
const ConnectionList = Type.Array(Type.Object({}, { additionalProperties: true, description: 'A connection: channel id, type and status, with the additional info.' }), { description: 'Connections of the service.' });

export function connectionRoutes(ctx: Context) {
  return async function routes(fastify: FastifyInstance): Promise<void> {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
    const tags = ['Services'];
    const auth = { preHandler: requireClient(ctx), schema: { security: [{ bearer: [] }] } };
    const as = (request: FastifyRequest): Context => ({ ...ctx, actor: request.actor, requestId: request.id });
    const reply200 = { 200: OwnerView, ...problems(400, 401, 403, 404, 412, 428) };
    const send = (reply: FastifyReply, row: EntityRow) => reply.header('etag', versionTag(row.id, row.revision)).send(ownerView(row));

    app.get('/:id/connections', { ...auth, schema: { ...auth.schema, tags, summary: 'Connections of a service, drafts included (owners only)', params: ServiceParams, response: { 200: ConnectionList, ...problems(401, 404) } } }, async (request) => {
      await getOwnedEntity(as(request), 'service', request.params.id);
      return ownerConnections(ctx, request.params.id);
    });

    app.put('/:id/connections/:channelId', { ...auth, schema: { ...auth.schema, tags, summary: "Connect a channel to a service, or replace the connection's additional info (needs the service's version tag)", params: Params, headers: IfMatch, body: ConnectionContent, response: reply200 } }, async (request, reply) =>
      send(reply as FastifyReply, await connectChannel(as(request), request.params.id, request.params.channelId, request.body, request.headers['if-match'])),
    );

    app.delete('/:id/connections/:channelId', { ...auth, schema: { ...auth.schema, tags, summary: 'Remove a connection (needs the service version tag)', params: Params, headers: IfMatch, response: reply200 } }, async (request, reply) =>
      send(reply as FastifyReply, await disconnectChannel(as(request), request.params.id, request.params.channelId, request.headers['if-match'])),
    );
  };
}
