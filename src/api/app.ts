/**
 * Builds the Fastify application from its dependencies. It never listens: `kuvaa serve` does,
 * and tests call `app.inject()`.
 */
import crypto from 'node:crypto';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import etag from '@fastify/etag';
import { registerSecurityHeaders } from './security-headers.ts';
import { registerCors } from './cors.ts';
import type { Context } from '../actions/context.ts';
import { PROBLEM_TYPES, registerErrorHandling } from './errors.ts';
import { SHARED_SCHEMAS } from './common.schemas.ts';
import { registerOpenApi } from './openapi.ts';
import { healthRoutes } from './health.routes.ts';
import { codeListRoutes } from './open/v1/code-lists.routes.ts';
import { homePage } from './home.page.ts';
import { registerAuth } from './auth/auth.ts';
import { catalogueRoutes } from './catalogue/catalogue.routes.ts';
import { changesRoutes } from './catalogue/changes.routes.ts';
import { connectionRoutes } from './catalogue/connections.routes.ts';
import { apiClientRoutes } from './people/api-clients.routes.ts';
import { auditLogRoutes } from './people/audit-log.routes.ts';
import { peopleRoutes } from './people/people.routes.ts';
import { searchRoutes } from './search/search.routes.ts';
import { linkRoutes } from './links/links.routes.ts';
import { RESOURCES } from './catalogue/resources.ts';
import { taskRoutes } from './maintenance/tasks.routes.ts';
import { registerEditor, type EditorOptions } from '../web/editor/editor.ts';

export const API_VERSION = '1.0.0';
const REQUEST_ID = /^[A-Za-z0-9._-]{1,100}$/;

export interface AppOptions {
  logger?: FastifyServerOptions['logger'];
  editor?: EditorOptions;
}

export async function buildApp(ctx: Context, options: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 1024 * 1024,
    trustProxy: true,
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : crypto.randomUUID();
    },
    ajv: { customOptions: { allErrors: true, removeAdditional: false, coerceTypes: 'array', useDefaults: true, discriminator: true } },
  });
  app.addHook('onRequest', (request, reply, done) => {
    reply.header('x-request-id', request.id);
    done();
  });
  for (const schema of SHARED_SCHEMAS) app.addSchema(schema);
  registerErrorHandling(app);
  await app.register(etag);
  // Open reads for every origin, without cookies: the API authenticates with Bearer tokens.
  await registerCors(app);
  // Security headers on every answer (helmet's, computed once). Pages are server-rendered with no
  // inline script; Swagger UI (static assets of its own) gets its own CSP from @fastify/swagger-ui.
  await registerSecurityHeaders(app, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        // Kuvaa may run on plain http (npm start on localhost): never rewrite its own requests
        upgradeInsecureRequests: null,
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    crossOriginResourcePolicy: { policy: 'cross-origin' }, // the open API is meant to be read from other origins
  });
  await registerOpenApi(app, API_VERSION);

  await app.register(healthRoutes(ctx));
  await app.register(codeListRoutes(ctx), { prefix: '/api/v1/code-lists' });
  await registerAuth(app, ctx);
  for (const resource of RESOURCES) await app.register(catalogueRoutes(ctx, resource), { prefix: `/api/v1/${resource.path}` });
  await app.register(connectionRoutes(ctx), { prefix: '/api/v1/services' });
  await app.register(changesRoutes(ctx));
  await app.register(apiClientRoutes(ctx), { prefix: '/api/v1/api-clients' });
  await app.register(peopleRoutes(ctx), { prefix: '/api/v1/organizations/:organizationId/people' });
  await app.register(auditLogRoutes(ctx));
  await app.register(searchRoutes(ctx));
  await app.register(linkRoutes(ctx));
  await app.register(taskRoutes(ctx));
  await registerEditor(app, ctx, options.editor);

  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  app.get<{ Params: { name: string } }>('/api/problems/:name', { schema: { hide: true } }, async (request, reply) => {
    const known = PROBLEM_TYPES[request.params.name];
    if (!known) return reply.callNotFound();
    return { type: `/api/problems/${request.params.name}`, ...known };
  });
  app.get('/', { schema: { hide: true } }, async (_request, reply) => reply.type('text/html; charset=utf-8').send(homePage()));
  return app;
}
