/**
 * GET /api/v1/organizations/{organizationId}/links: the links in an organization's content and
 * what checking them found; PUT and DELETE /api/v1/links/{id}/exception: an editor's exception.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Context } from '../../actions/context.ts';
import { listOrganizationLinks } from '../../actions/links/list-links.ts';
import { removeLinkException, setLinkException } from '../../actions/links/link-exception.ts';
import { LocalizedRef, problems } from '../common.schemas.ts';
import { requireClient } from '../auth/auth.ts';

const nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T, description: string) => Type.Union([schema, Type.Null()], { description });

const Occurrence = Type.Object(
  {
    entityId: Type.String({ format: 'uuid', description: 'Id of the organization, service or channel.' }),
    kind: Type.String({ description: 'organization, service or channel.' }),
    channelType: nullable(Type.String(), 'Channel type (EChannel, WebPage, PrintableForm, Phone, ServiceLocation); null for others.'),
    organizationId: nullable(Type.String({ format: 'uuid' }), 'Owning organization (an organization owns itself).'),
    name: Type.Union([LocalizedRef, Type.Null()], { description: 'Name of the working copy.' }),
    paths: Type.Array(Type.String(), { description: 'Where in the working copy the address is, e.g. `url.fi` or `description.fi`.' }),
  },
  { description: 'Content that holds the link.' },
);

const Link = Type.Object(
  {
    id: Type.Integer({ description: 'Id of the link.' }),
    url: Type.String({ description: 'The address, stored once however many contents hold it (without #fragment).' }),
    host: Type.String({ description: 'Host (with the port when not the default).' }),
    firstSeenAt: Type.String({ format: 'date-time', description: 'When the address was first found in content.' }),
    lastCheckedAt: nullable(Type.String({ format: 'date-time' }), 'Latest check; null before the first.'),
    lastStatus: nullable(Type.Integer(), 'HTTP status of the latest check after redirects; null when no answer came.'),
    lastError: nullable(Type.String(), 'Why the latest check failed (e.g. `HTTP 404`, `timeout: no answer in 10 s`, `redirect loop`); null when it passed.'),
    failures: Type.Integer({ description: 'Failed checks in a row.' }),
    broken: Type.Boolean({ description: 'True after two failed checks in a row, until one passes.' }),
    exception: Type.Union([
      Type.Object({
        comment: Type.String({ description: 'Why the link is fine for people though the checker fails.' }),
        by: nullable(Type.String(), 'Who set it (actor type:id).'),
        at: nullable(Type.String({ format: 'date-time' }), 'When it was set.'),
      }, { description: 'The exception.' }),
      Type.Null(),
    ], { description: 'An editor\'s exception: a broken link with one is not a task. null when none.' }),
    occurrences: Type.Array(Occurrence, { description: 'Content holding the link, of the organizations asked about (or, after a change, that you may read).' }),
  },
  { description: 'A link found in content.' },
);

const OrgParams = Type.Object({ organizationId: Type.String({ format: 'uuid', description: 'Organization id.' }) });
const LinkParams = Type.Object({ id: Type.Integer({ minimum: 1, description: 'Id of the link.' }) });

const ListQuery = Type.Object(
  {
    broken: Type.Optional(Type.Boolean({ description: 'true: broken links only; false: working (or not yet checked) links only.' })),
    exception: Type.Optional(Type.Boolean({ description: 'true: only links with an exception; false: only links without one (broken=true&exception=false is what needs fixing).' })),
    subOrganizations: Type.Boolean({ default: false, description: 'Also content of sub-organizations at any depth.' }),
    limit: Type.Integer({ minimum: 1, maximum: 500, default: 50, description: 'Links per page.' }),
    offset: Type.Integer({ minimum: 0, maximum: 100000, default: 0, description: 'Links to skip.' }),
  },
  { additionalProperties: false },
);

const ExceptionBody = Type.Object(
  { comment: Type.String({ minLength: 1, maxLength: 500, pattern: '\\S', description: 'Why the link works for people though the checker fails it (1–500 characters).' }) },
  { additionalProperties: false },
);

export function linkRoutes(ctx: Context) {
  return async function routes(fastify: FastifyInstance): Promise<void> {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
    const tags = ['Links'];
    const preHandler = requireClient(ctx);
    const security = [{ bearer: [] }];
    const as = (request: FastifyRequest): Context => ({ ...ctx, actor: request.actor, requestId: request.id });

    app.get('/api/v1/organizations/:organizationId/links', {
      preHandler,
      schema: {
        security, tags,
        summary: 'Links in the organization\'s content (drafts included, archived content not) and what checking them found, broken first',
        params: OrgParams, querystring: ListQuery,
        response: { 200: Type.Object({ total: Type.Integer({ description: 'All matching links.' }), items: Type.Array(Link, { description: 'This page.' }) }, { description: 'A page of links.' }), ...problems(400, 401, 403, 404) },
      },
    }, async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return listOrganizationLinks(as(request), request.params.organizationId, request.query);
    });

    app.put('/api/v1/links/:id/exception', {
      preHandler,
      schema: { security, tags, summary: 'Mark a link as working for people though the checker fails it (whoever may update content holding it)', params: LinkParams, body: ExceptionBody, response: { 200: Link, ...problems(400, 401, 403, 404) } },
    }, (request) => setLinkException(as(request), request.params.id, request.body.comment));

    app.delete('/api/v1/links/:id/exception', {
      preHandler,
      schema: { security, tags, summary: 'Remove a link\'s exception', params: LinkParams, response: { 200: Link, ...problems(401, 403, 404) } },
    }, (request) => removeLinkException(as(request), request.params.id));
  };
}
