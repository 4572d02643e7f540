/** /api/v1/tasks: the "tasks and current changes" of an organization tree, and postponing them. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Context } from '../../actions/context.ts';
import { cancelPostponement, listPostponements, listTasks, postponeTask, taskCounts, TASK_TYPES, type TaskRow, type TaskType } from '../../actions/maintenance/tasks.ts';
import { NotFoundError } from '../../domain/errors.ts';
import { versionTag } from '../../actions/catalogue/version-tag.ts';
import { problems } from '../common.schemas.ts';
import { requireClient } from '../auth/auth.ts';

const TaskTypeSchema = Type.Unsafe<TaskType>(Type.Union(TASK_TYPES.map((type) => Type.Literal(type)), {
  description:
    'scheduledPublishFailed: a scheduled publish broke the rules; brokenLinks: a link failed two checks in a row; sharedChannelChanged: another organization archived or changed a channel the service uses; classificationChanged: a service class or ontology term the service uses was renamed, moved or removed; notUpdated: not updated nor confirmed still valid for the warning period (15 months by default); missingTranslations: a language the organization uses is missing; withoutChannels: a service with no channels; withoutServices: a channel no service uses.',
}));

const Scope = {
  organizationId: Type.Optional(Type.String({ format: 'uuid', description: "The organization; default: the caller's own (every organization for a system client)." })),
  subOrganizations: Type.Boolean({ default: true, description: 'Include sub-organizations at any depth.' }),
};

const Task = Type.Object(
  {
    type: TaskTypeSchema,
    entityId: Type.String({ format: 'uuid', description: 'The organization, service or channel the task is about.' }),
    kind: Type.String({ description: 'organization, service or channel.' }),
    channelType: Type.Union([Type.String(), Type.Null()], { description: 'Channel type (channels only).' }),
    organizationId: Type.Union([Type.String(), Type.Null()], { description: 'The organization the content belongs to.' }),
    status: Type.String({ description: 'Overall status of the content: draft, published or modified.' }),
    versionTag: Type.String({ description: 'Version tag of the content now: send it in If-Match to confirm the content still valid (POST …/{id}/confirm-valid).' }),
    name: Type.Union([Type.Record(Type.String(), Type.String()), Type.Null()], { description: 'Name of the content per language.' }),
    detail: Type.Record(Type.String(), Type.Unknown(), {
      description:
        'What the task is about, by type: notUpdated {lastUpdated, checkedAt, autoArchiveAt}; missingTranslations {languages}; scheduledPublishFailed {scheduledActionId, dueAt, languages, reasons}; brokenLinks {links: [{linkId, url, status, error, paths}]}; sharedChannelChanged {channels: [{channelId, channelType, name, change, at}]}; classificationChanged {changes: [{list, code, change, before, after}]}.',
    }),
    since: Type.String({ format: 'date-time', description: 'Since when the cause has existed; lists are oldest first.' }),
  },
  { description: 'A task.' },
);

const taskJson = ({ revision, ...task }: TaskRow) => ({ ...task, versionTag: versionTag(task.entityId, revision), since: task.since.toISOString() });

export function taskRoutes(ctx: Context) {
  return async function routes(fastify: FastifyInstance): Promise<void> {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
    const tags = ['Tasks'];
    const preHandler = requireClient(ctx);
    const security = [{ bearer: [] }];
    const as = (request: FastifyRequest): Context => ({ ...ctx, actor: request.actor, requestId: request.id });

    app.get('/api/v1/tasks', {
      preHandler,
      schema: {
        security,
        tags,
        summary: 'How many tasks of each type the organization tree has',
        querystring: Type.Object(Scope),
        response: { 200: Type.Object({ counts: Type.Record(Type.String(), Type.Integer(), { description: 'Tasks per type (every type, zeros included).' }) }, { description: 'Counts.' }), ...problems(400, 401, 403, 404) },
      },
    }, async (request) => ({ counts: await taskCounts(as(request), request.query) }));

    app.get('/api/v1/tasks/postponements', {
      preHandler,
      schema: {
        security,
        tags,
        summary: 'Tasks postponed and until when',
        querystring: Type.Object(Scope),
        response: {
          200: Type.Array(
            Type.Object({
              taskType: TaskTypeSchema,
              entityId: Type.String({ format: 'uuid', description: 'The content.' }),
              name: Type.Union([Type.Record(Type.String(), Type.String()), Type.Null()], { description: 'Name of the content per language.' }),
              until: Type.String({ format: 'date-time', description: 'The task is hidden until this moment.' }),
              reason: Type.String({ description: 'Why it was postponed.' }),
              by: Type.String({ description: 'Who postponed it.' }),
              at: Type.String({ format: 'date-time', description: 'When it was postponed.' }),
            }),
            { description: 'Postponements in force.' },
          ),
          ...problems(400, 401, 403, 404),
        },
      },
    }, async (request) => (await listPostponements(as(request), request.query)).map((p) => ({ ...p, until: p.until.toISOString(), at: p.at.toISOString() })));

    app.get('/api/v1/tasks/:type', {
      preHandler,
      schema: {
        security,
        tags,
        summary: 'Tasks of one type, oldest first',
        params: Type.Object({ type: TaskTypeSchema }),
        querystring: Type.Object({
          ...Scope,
          limit: Type.Integer({ minimum: 1, maximum: 500, default: 50, description: 'Page size.' }),
          offset: Type.Integer({ minimum: 0, maximum: 100000, default: 0, description: 'Tasks to skip.' }),
        }),
        response: { 200: Type.Object({ items: Type.Array(Task, { description: 'Tasks.' }) }, { description: 'A page of tasks.' }), ...problems(400, 401, 403, 404) },
      },
    }, async (request) => ({ items: (await listTasks(as(request), request.params.type, request.query)).map(taskJson) }));

    const PostponementParams = Type.Object({ type: TaskTypeSchema, entityId: Type.String({ format: 'uuid', description: 'The content the task is about.' }) });
    app.put('/api/v1/tasks/:type/:entityId/postponement', {
      preHandler,
      schema: {
        security,
        tags,
        summary: 'Postpone a task until a date, with a reason (needs the right to edit the content)',
        params: PostponementParams,
        body: Type.Object(
          {
            until: Type.String({ format: 'date-time', description: 'Hide the task until this moment (at most 366 days ahead).' }),
            reason: Type.String({ maxLength: 500, description: 'Why (shown to the organization with the postponement).' }),
          },
          { additionalProperties: false },
        ),
        response: { 204: Type.Null({ description: 'Postponed.' }), ...problems(400, 401, 403, 404) },
      },
    }, async (request, reply) => {
      await postponeTask(as(request), { type: request.params.type, entityId: request.params.entityId, until: new Date(request.body.until), reason: request.body.reason });
      return reply.code(204).send(null);
    });
    app.delete('/api/v1/tasks/:type/:entityId/postponement', {
      preHandler,
      schema: { security, tags, summary: 'Bring a postponed task back now', params: PostponementParams, response: { 204: Type.Null({ description: 'The task is back.' }), ...problems(401, 403, 404) } },
    }, async (request, reply) => {
      if (!(await cancelPostponement(as(request), request.params.type, request.params.entityId))) throw new NotFoundError('postponement', request.params.entityId, 'The task is not postponed');
      return reply.code(204).send(null);
    });
  };
}
