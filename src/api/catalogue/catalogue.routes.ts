/**
 * Routes of one catalogue resource (organizations, services or channels): the open read API and
 * the authenticated write API with version tags (ETag / If-Match) and lifecycle actions.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { TSchema } from 'typebox';
import type { Context } from '../../actions/context.ts';
import type { EntityRules } from '../../actions/catalogue/entity-kinds.ts';
import * as life from '../../actions/catalogue/entity-lifecycle.ts';
import * as read from '../../actions/catalogue/read-entities.ts';
import { versionTag } from '../../actions/catalogue/version-tag.ts';
import { scheduleAction } from '../../actions/catalogue/schedule.ts';
import { confirmStillValid } from '../../actions/catalogue/still-valid.ts';
import type { EntityRow } from '../../db/repositories/entities.repository.ts';
import type { LanguageCode } from '../../shared/language.ts';
import { applyMergePatch } from './merge-patch.ts';
import { problems } from '../common.schemas.ts';
import * as s from './catalogue.schemas.ts';
import { requireClient } from '../auth/auth.ts';

export interface ResourceSpec {
  /** Plural path segment: organizations, services or channels. */
  path: string;
  tag: string;
  rules: EntityRules;
  content: TSchema;
  /** Sets the owning organization of a copy. */
  setOwner(content: Record<string, unknown>, organizationId: string): Record<string, unknown>;
  /** Query schema of the list (filters differ per resource). */
  listQuery?: TSchema;
}

const CACHE = 'public, max-age=60';

async function ownerReply(ctx: Context, reply: FastifyReply, row: EntityRow, status = 200) {
  const scheduled = await read.pendingSchedules(ctx, row.id);
  return reply.code(status).header('etag', versionTag(row.id, row.revision)).header('cache-control', 'no-store').send(read.ownerView(row, scheduled));
}

export function catalogueRoutes(ctx: Context, spec: ResourceSpec) {
  return async function routes(fastify: FastifyInstance): Promise<void> {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
    const tags = [spec.tag];
    const kind = spec.rules.kind;
    const as = (request: FastifyRequest): Context => ({ ...ctx, actor: request.actor, requestId: request.id });
    const auth = { preHandler: requireClient(ctx), schema: { security: [{ bearer: [] }] } };
    const writeResponses = { 200: s.OwnerView, ...problems(400, 401, 403, 404, 409, 412, 428) };

    app.get('', { schema: { tags, summary: `Published ${spec.path}, a page at a time`, querystring: spec.listQuery ?? s.ListQuery, response: { 200: s.PublicPage, ...problems(400) } } }, async (request, reply) => {
      const query = request.query as read.ListQuery & { type?: string };
      const page = await read.listPublicEntities(ctx, kind, { ...query, channelType: query.type });
      if (page.next) reply.header('link', `<${request.url.split('?')[0]}?${new URLSearchParams({ ...stringify(query as unknown as Record<string, unknown>), after: page.next })}>; rel="next"`);
      // the stored views are sent as they are, without parsing or serializing, nor hashing the body for the ETag
      return sendJsonText(reply.header('cache-control', CACHE).header('etag', page.tag), page.json);
    });

    app.get('/archived', { schema: { tags, summary: `Archived ${spec.path} (ids, for consumers to remove them)`, querystring: s.ListQuery, response: { 200: { type: 'object', additionalProperties: true, description: 'Archived items and the next cursor.' }, ...problems(400) } } }, async (request) => {
      return read.listArchivedEntities(ctx, kind, request.query);
    });

    app.get('/:id', { schema: { tags, summary: `One published ${kind}`, params: s.IdParams, response: { 200: s.PublicEntity, ...problems(400, 404) } } }, async (request, reply) => {
      const view = await read.getPublicEntity(ctx, kind, request.params.id);
      // a tag from the revisions is as exact as hashing the body, and far cheaper
      return sendJsonText(reply.header('cache-control', CACHE).header('etag', read.publicTag(view)), view.body);
    });

    if (kind === 'organization') {
      app.get('/:id/hierarchy', { schema: { tags, summary: 'A published organization with its parents and all its published sub-organizations', params: s.IdParams, response: { 200: s.Hierarchy, ...problems(400, 404) } } }, async (request, reply) => {
        reply.header('cache-control', CACHE);
        return read.organizationHierarchy(ctx, request.params.id);
      });
    }

    app.get('/:id/working-copy', { ...auth, schema: { ...auth.schema, tags, summary: `The working copy of a ${kind} with its statuses and version tag (owners only)`, params: s.IdParams, response: writeResponses } }, async (request, reply) =>
      ownerReply(ctx, reply, await read.getOwnedEntity(as(request), kind, request.params.id)),
    );

    app.get('/:id/versions', { ...auth, schema: { ...auth.schema, tags, summary: `Version history of a ${kind} (owners only)`, params: s.IdParams, response: { 200: s.HistoryList, ...problems(401, 404) } } }, async (request) =>
      read.entityHistory(as(request), kind, request.params.id),
    );

    app.post('', { ...auth, schema: { ...auth.schema, tags, summary: `Create a ${kind} as a draft`, body: spec.content, response: { ...writeResponses, 201: s.OwnerView } } }, async (request, reply) =>
      ownerReply(ctx, reply, await life.createEntity(as(request), spec.rules, request.body as Record<string, unknown>), 201),
    );

    app.put('/source/:sourceId', { ...auth, schema: { ...auth.schema, tags, summary: `Create or replace a ${kind} by your own source id (idempotent)`, params: s.SourceParams, body: spec.content, response: { ...writeResponses, 201: s.OwnerView } } }, async (request, reply) => {
      const result = await life.upsertBySource(as(request), spec.rules, request.params.sourceId, request.body as Record<string, unknown>);
      return ownerReply(ctx, reply, result.row, result.created ? 201 : 200);
    });

    app.put('/:id', { ...auth, schema: { ...auth.schema, tags, summary: `Replace the working copy of a ${kind}`, params: s.IdParams, headers: s.IfMatch, body: spec.content, response: writeResponses } }, async (request, reply) =>
      ownerReply(ctx, reply, await life.replaceEntity(as(request), spec.rules, request.params.id, request.body as Record<string, unknown>, request.headers['if-match'])),
    );

    app.patch('/:id', { ...auth, schema: { ...auth.schema, tags, summary: `Change part of the working copy (JSON Merge Patch, RFC 7396)`, params: s.IdParams, headers: s.IfMatch, response: writeResponses } }, async (request, reply) => {
      const current = await read.getOwnedEntity(as(request), kind, request.params.id);
      const patched = applyMergePatch(current.workingContent, request.body);
      const checked = await validateBody(app, spec.content, patched);
      return ownerReply(ctx, reply, await life.replaceEntity(as(request), spec.rules, request.params.id, checked, request.headers['if-match']));
    });

    const action = (name: string, summary: string, body: TSchema | undefined, run: (c: Context, id: string, body: never, ifMatch: string | undefined) => Promise<EntityRow>) =>
      app.post(`/:id/${name}`, { ...auth, schema: { ...auth.schema, tags, summary, params: s.IdParams, headers: s.IfMatch, ...(body ? { body } : {}), response: writeResponses } }, async (request, reply) =>
        ownerReply(ctx, reply, await run(as(request), (request.params as { id: string }).id, request.body as never, request.headers['if-match'])),
      );
    const scheduleOr = (name: 'publish' | 'archive', summary: string, body: TSchema, now: (c: Context, id: string, langs: LanguageCode[] | undefined, ifMatch: string | undefined) => Promise<EntityRow>) =>
      app.post(`/:id/${name}`, { ...auth, schema: { ...auth.schema, tags, summary, params: s.IdParams, headers: s.IfMatch, body, response: { ...writeResponses, 202: s.Scheduled } } }, async (request, reply) => {
        const { languages, at } = (request.body ?? {}) as { languages?: LanguageCode[]; at?: string };
        if (at) {
          const scheduled = await scheduleAction(as(request), spec.rules, request.params.id, name, languages ?? [], new Date(at), request.headers['if-match']);
          return reply.code(202).send({ id: scheduled.id, action: scheduled.action, languages: scheduled.languages, dueAt: scheduled.dueAt.toISOString() });
        }
        return ownerReply(ctx, reply, await now(as(request), request.params.id, languages, request.headers['if-match']));
      });
    scheduleOr('publish', `Publish language versions of a ${kind}, now or at a future minute`, s.PublishBody, (c, id, langs, ifMatch) => life.publishEntity(c, spec.rules, id, langs ?? [], ifMatch));
    scheduleOr('archive', `Archive the ${kind} or some of its language versions, now or at a future minute`, s.ArchiveBody, (c, id, langs, ifMatch) => life.archiveEntity(c, spec.rules, id, langs, ifMatch));
    action('withdraw', `Withdraw published language versions back to draft`, s.LanguagesBody, (c, id, body: { languages?: LanguageCode[] } | undefined, ifMatch) => life.withdrawEntity(c, spec.rules, id, body?.languages, ifMatch));
    action('restore', `Restore archived language versions as drafts`, undefined, (c, id, _body, ifMatch) => life.restoreEntity(c, spec.rules, id, ifMatch));
    action('confirm-valid', `Confirm the ${kind} still valid: records the checked date and resets the not-updated clock, without a new version`, undefined, (c, id, _body, ifMatch) => confirmStillValid(c, spec.rules, id, ifMatch));
    app.post('/:id/copy', { ...auth, schema: { ...auth.schema, tags, summary: `Copy a ${kind} as a template into an organization (a new draft)`, params: s.IdParams, body: s.CopyBody, response: { ...writeResponses, 201: s.OwnerView } } }, async (request, reply) =>
      ownerReply(ctx, reply, await life.copyEntity(as(request), spec.rules, request.params.id, request.body.organizationId, spec.setOwner), 201),
    );
  };
}

/** Sends JSON text built by the database as it is (no serializer). */
function sendJsonText(reply: FastifyReply, json: string | Buffer) {
  return reply.type('application/json; charset=utf-8').send(json);
}

function stringify(query: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)]));
}

/** Validates a merge-patched body with the same schema as PUT, so PATCH reports the same violations. */
async function validateBody(app: FastifyInstance, schema: TSchema, value: unknown): Promise<Record<string, unknown>> {
  const validate = app.validatorCompiler!({ schema, method: 'PUT', url: '', httpPart: 'body' });
  const result = validate(value);
  if (result === true || (typeof result === 'object' && result && !('error' in result))) return value as Record<string, unknown>;
  const error = (typeof result === 'object' && result && 'error' in result ? result.error : undefined) as (Error & { validation?: unknown; validationContext?: string }) | undefined;
  const wrapped = Object.assign(new Error('invalid body'), { validation: (validate as unknown as { errors?: unknown[] }).errors ?? error?.validation ?? [], validationContext: 'body', statusCode: 400 });
  throw wrapped;
}
