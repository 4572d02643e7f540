/** GET /api/v1/changes: every create, update, publish and archive in commit order, by cursor. */
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Context } from '../../actions/context.ts';
import { listChanges } from '../../actions/catalogue/read-entities.ts';
import { problems } from '../common.schemas.ts';

const Query = Type.Object(
  {
    after: Type.Optional(Type.String({ pattern: '^[0-9]+\\.[0-9]+$', description: 'Cursor: the `next` of the previous page (or the `cursor` of the last change you processed).' })),
    limit: Type.Integer({ minimum: 1, maximum: 500, default: 100, description: 'Page size (at most 500).' }),
  },
  { additionalProperties: false },
);

const Page = Type.Object({
  items: Type.Array(
    Type.Object({
      cursor: Type.String({ description: 'Position of this change in the feed.' }),
      id: Type.String({ description: 'Id of the changed entity.' }),
      kind: Type.String({ description: 'organization, service or channel.' }),
      operation: Type.String({ description: 'create, update, publish, withdraw, archive or restore.' }),
      languages: Type.Array(Type.String(), { description: 'Language versions concerned.' }),
      at: Type.String({ format: 'date-time', description: 'When.' }),
    }),
    { description: 'Changes in commit order.' },
  ),
  next: Type.Union([Type.String(), Type.Null()], { description: 'Cursor to continue from; poll again with it to get later changes.' }),
});

export function changesRoutes(ctx: Context) {
  return async function routes(fastify: FastifyInstance): Promise<void> {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
    app.get('/api/v1/changes', {
      schema: { tags: ['Change feed'], summary: 'Change feed: follow it with the cursor and you miss no change, even while writes happen', querystring: Query, response: { 200: Page, ...problems(400) } },
    }, async (request, reply) => {
      reply.header('cache-control', 'no-cache');
      return listChanges(ctx, request.query.after, request.query.limit);
    });
  };
}
