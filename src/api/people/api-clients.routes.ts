/** /api/v1/api-clients: main users manage their organization tree's API clients. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Context } from '../../actions/context.ts';
import { createClientFor, listClients, revokeClient, rotateClientSecret } from '../../actions/api-clients/manage-api-clients.ts';
import { problems } from '../common.schemas.ts';
import { ORGANIZATION_ROLES } from '../../domain/permissions/permissions.ts';
import { requireClient } from '../auth/auth.ts';

const Client = {
  clientId: Type.String({ description: 'Client id (for the token request).' }),
  name: Type.String({ description: 'Name of the integration.' }),
  organizationId: Type.Union([Type.String(), Type.Null()], { description: 'Organization the client acts for (with its sub-organizations); null = whole system.' }),
  role: Type.String({ description: 'Role in the permission table: mainUser, maintainer, viewer or systemAdministrator.' }),
  createdAt: Type.String({ format: 'date-time', description: 'Created.' }),
  revokedAt: Type.Union([Type.String(), Type.Null()], { description: 'When revoked; its tokens no longer work.' }),
};
const ClientView = Type.Object(Client, { description: 'An API client (never its secret).' });
const ClientWithSecret = Type.Object(
  { ...Client, clientSecret: Type.String({ description: 'The secret: shown only in this answer, stored only as a hash.' }) },
  { description: 'An API client with its new secret.' },
);
const CreateBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 100, description: 'Name of the integration.' }),
    organizationId: Type.String({ format: 'uuid', description: 'Organization the client acts for.' }),
    role: Type.Union(ORGANIZATION_ROLES.map((role) => Type.Literal(role)), { default: 'maintainer', description: 'What the client may do (the same table as for people).' }),
  },
  { additionalProperties: false },
);
const Params = Type.Object({ clientId: Type.String({ minLength: 1, maxLength: 100, description: 'Client id.' }) });

export function apiClientRoutes(ctx: Context) {
  return async function routes(fastify: FastifyInstance): Promise<void> {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
    const tags = ['API clients'];
    const auth = { preHandler: requireClient(ctx), schema: { security: [{ bearer: [] }] } };
    const as = (request: FastifyRequest): Context => ({ ...ctx, actor: request.actor, requestId: request.id });
    app.get('', { ...auth, schema: { ...auth.schema, tags, summary: 'API clients of your organization tree', response: { 200: Type.Array(ClientView, { description: 'Clients.' }), ...problems(401) } } }, (request) => listClients(as(request)));
    app.post('', { ...auth, schema: { ...auth.schema, tags, summary: 'Create an API client (main users); the secret is shown once', body: CreateBody, response: { 201: ClientWithSecret, ...problems(400, 401, 403) } } }, async (request, reply) =>
      reply.code(201).header('cache-control', 'no-store').send(await createClientFor(as(request), request.body)),
    );
    app.post('/:clientId/rotate', { ...auth, schema: { ...auth.schema, tags, summary: 'Give the client a new secret; the old one stops working', params: Params, response: { 200: ClientWithSecret, ...problems(401, 403, 404) } } }, async (request, reply) =>
      reply.header('cache-control', 'no-store').send(await rotateClientSecret(as(request), request.params.clientId)),
    );
    app.post('/:clientId/revoke', { ...auth, schema: { ...auth.schema, tags, summary: 'Revoke the client: its tokens stop working at once', params: Params, response: { 200: ClientView, ...problems(401, 403, 404) } } }, async (request) =>
      revokeClient(as(request), request.params.clientId),
    );
  };
}
