/**
 * The OpenAPI 3.1 document, generated from the route schemas. `openapi/kuvaa-v1.json` holds the
 * committed copy; a test fails when it differs from what the routes generate.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';

export const OPENAPI_FILE = fileURLToPath(new URL('../../openapi/kuvaa-v1.json', import.meta.url));

export async function registerOpenApi(app: FastifyInstance, version: string): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Kuvaa API',
        version,
        description:
          'Kuvaa is an open service catalogue: organizations describe their services and service channels once, ' +
          'and everyone reuses them. Reads are anonymous and CORS-open. Errors are RFC 9457 problem details ' +
          '(application/problem+json) with a request id; validation errors list every violation with its field path.',
        license: { name: 'Code MIT; data: see each code list', identifier: 'MIT' },
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'Token from POST /api/v1/auth/token (OAuth2 client credentials).' },
        },
      },
      tags: [
        { name: 'Authentication', description: 'OAuth2 client credentials for integrations that write.' },
        { name: 'Organizations', description: 'Organizations and their hierarchy.' },
        { name: 'Services', description: 'Services (palvelut).' },
        { name: 'Channels', description: 'Service channels (asiointikanavat): electronic, web page, printable form, phone, service location.' },
        { name: 'Change feed', description: 'Every change in commit order.' },
        { name: 'Audit log', description: 'Every write: who, for which organization, what, when, with the request id.' },
        { name: 'API clients', description: 'Integrations of an organization tree, managed by its main users.' },
        { name: 'Code lists', description: 'National code lists: classifications, areas, postal codes, ontology terms.' },
        { name: 'Health', description: 'Service health.' },
      ],
    },
    refResolver: {
      buildLocalReference: (json, _baseUri, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`),
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', uiConfig: { docExpansion: 'list', deepLinking: true },
    staticCSP: true,
    // the docs work on plain http too (npm start on localhost)
    transformStaticCSP: (header) => header.replace(/\s*upgrade-insecure-requests;?/, ''),
  });
}

/** The document as committed: stable key order, two-space indent, final newline. */
export function renderOpenApi(app: FastifyInstance): string {
  return `${JSON.stringify(app.swagger(), null, 2)}\n`;
}

export function writeOpenApi(app: FastifyInstance): void {
  fs.mkdirSync(new URL('../../openapi/', import.meta.url), { recursive: true });
  fs.writeFileSync(OPENAPI_FILE, renderOpenApi(app));
}
