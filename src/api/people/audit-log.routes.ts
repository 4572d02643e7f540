/** GET /api/v1/audit-log: filterable, as JSON pages or CSV (format=csv). */
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Context } from '../../actions/context.ts';
import { auditCsv, readAuditLog } from '../../actions/catalogue/read-audit-log.ts';
import { problems } from '../common.schemas.ts';
import { requireClient } from '../auth/auth.ts';

const Query = Type.Object(
  {
    organization: Type.Optional(Type.String({ format: 'uuid', description: 'Rows of this organization and its sub-organizations (default: your own).' })),
    entityType: Type.Optional(Type.String({ maxLength: 50, description: 'organization, service, channel, connection, apiClient or user (invitations, role changes, sign-ins, password resets).' })),
    entityId: Type.Optional(Type.String({ maxLength: 100, description: 'Rows of one entity.' })),
    action: Type.Optional(Type.String({ maxLength: 50, description: 'create, update, publish, archive, connect, revoke …' })),
    from: Type.Optional(Type.String({ format: 'date-time', description: 'From this instant (inclusive).' })),
    to: Type.Optional(Type.String({ format: 'date-time', description: 'Until this instant (exclusive).' })),
    before: Type.Optional(Type.Integer({ minimum: 1, description: 'Cursor: the `next` of the previous page.' })),
    limit: Type.Integer({ minimum: 1, maximum: 10000, default: 100, description: 'Rows per page.' }),
    format: Type.Union([Type.Literal('json'), Type.Literal('csv')], { default: 'json', description: 'csv downloads the page as CSV.' }),
  },
  { additionalProperties: false },
);

export function auditLogRoutes(ctx: Context) {
  return async function routes(fastify: FastifyInstance): Promise<void> {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
    app.get('/api/v1/audit-log', {
      preHandler: requireClient(ctx),
      schema: {
        security: [{ bearer: [] }],
        tags: ['Audit log'],
        summary: 'Who changed what and when (system administrators; main users for their tree)',
        querystring: Query,
        response: { 200: Type.Object({}, { additionalProperties: true, description: '{items, next} or CSV text.' }), ...problems(400, 401, 403) },
      },
    }, async (request, reply) => {
      const { format, ...query } = request.query;
      const page = await readAuditLog({ ...ctx, actor: request.actor, requestId: request.id }, query);
      reply.header('cache-control', 'no-store');
      if (format === 'csv') {
        return reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="kuvaa-audit-log.csv"').send(auditCsv(page.items) as never);
      }
      return page;
    });
  };
}
