/** GET /health: 200 when the database answers and the schema and code lists are in place, else 503. */
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { Context } from '../actions/context.ts';
import { checkHealth } from '../actions/health.ts';

const HealthSchema = Type.Object({
  status: Type.Union([Type.Literal('ok'), Type.Literal('unavailable')], { description: 'ok when Kuvaa can serve requests.' }),
  database: Type.Object(
    {
    kind: Type.String({ description: 'embedded (PGlite) or postgres.' }),
    reachable: Type.Boolean({ description: 'The database answered.' }),
    error: Type.Optional(Type.String({ description: 'Why the database is not reachable.' })),
    },
    { description: 'The database Kuvaa runs on.' },
  ),
  schemaVersion: Type.Union([Type.String(), Type.Null()], { description: 'Tag of the newest applied migration.' }),
  codeLists: Type.Array(
    Type.Object({
      name: Type.String({ description: 'Code list.' }),
      versionLabel: Type.String({ description: 'Loaded version.' }),
      itemCount: Type.Integer({ description: 'Items in that version.' }),
      loadedAt: Type.String({ format: 'date-time', description: 'When it was loaded.' }),
    }),
    { description: 'The newest loaded version of each code list.' },
  ),
});

export function healthRoutes(ctx: Context) {
  return async function routes(app: FastifyInstance): Promise<void> {
    app.get('/health', { schema: { tags: ['Health'], summary: 'Health of the service', response: { 200: HealthSchema, 503: HealthSchema } } }, async (_request, reply) => {
      const health = await checkHealth(ctx);
      reply.header('cache-control', 'no-store');
      const { ok, ...rest } = health;
      return reply.code(ok ? 200 : 503).send({ status: ok ? 'ok' : 'unavailable', ...rest });
    });
  };
}
