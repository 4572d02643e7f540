/**
 * Bearer-token authentication of the write API. `POST /api/v1/auth/token` (OAuth2 client
 * credentials, RFC 6749 §4.4) issues a short-lived JWT; `requireClient` checks it on each write
 * and that the client has not been revoked since.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import jwt from '@fastify/jwt';
import { Type } from 'typebox';
import type { Actor, Context } from '../../actions/context.ts';
import { activeClientActor, authenticateApiClient, InvalidClientError } from '../../actions/api-clients/api-clients.ts';
import { problem, sendProblem } from '../errors.ts';

export const TOKEN_TTL_SECONDS = 3600;

declare module 'fastify' {
  interface FastifyRequest {
    actor?: Actor;
  }
}

const TokenBody = Type.Object(
  {
    grant_type: Type.Literal('client_credentials', { description: 'Must be client_credentials.' }),
    client_id: Type.Optional(Type.String({ description: 'Client id (or use HTTP Basic authentication).' })),
    client_secret: Type.Optional(Type.String({ description: 'Client secret (or use HTTP Basic authentication).' })),
    scope: Type.Optional(Type.String({ description: 'Ignored: a client always gets the rights of its organization.' })),
  },
  { additionalProperties: false },
);

const TokenResponse = Type.Object({
  access_token: Type.String({ description: 'Bearer token (JWT) for the Authorization header.' }),
  token_type: Type.Literal('Bearer', { description: 'Always Bearer.' }),
  expires_in: Type.Integer({ description: 'Seconds until the token expires.' }),
});

const OAuthError = Type.Object({
  error: Type.String({ description: 'OAuth2 error code, e.g. invalid_client.' }),
  error_description: Type.String({ description: 'Explanation.' }),
});

function basicCredentials(request: FastifyRequest): [string, string] | undefined {
  const header = request.headers.authorization;
  if (!header?.startsWith('Basic ')) return undefined;
  const decoded = Buffer.from(header.slice(6), 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? undefined : [decodeURIComponent(decoded.slice(0, colon)), decodeURIComponent(decoded.slice(colon + 1))];
}

export async function registerAuth(app: FastifyInstance, ctx: Context): Promise<void> {
  await app.register(jwt, { secret: ctx.tokenSecret ?? 'kuvaa-development-only-secret', sign: { expiresIn: TOKEN_TTL_SECONDS } });
  // forms (the token endpoint, the editor): a repeated field, like ticked checkboxes, becomes a list
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, done) => {
    const fields = new Map<string, string | string[]>();
    for (const [key, value] of new URLSearchParams(body as string)) {
      const earlier = fields.get(key);
      fields.set(key, earlier === undefined ? value : [...(Array.isArray(earlier) ? earlier : [earlier]), value]);
    }
    done(null, Object.fromEntries(fields));
  });
  app.post('/api/v1/auth/token', {
    schema: {
      tags: ['Authentication'],
      summary: 'OAuth2 client credentials: exchange a client id and secret for a Bearer token',
      body: TokenBody,
      response: { 200: TokenResponse, 401: OAuthError },
    },
  }, async (request, reply) => {
    const body = request.body as { client_id?: string; client_secret?: string };
    const [id, secret] = basicCredentials(request) ?? [body.client_id ?? '', body.client_secret ?? ''];
    try {
      const actor = await authenticateApiClient(ctx, id, secret);
      const token = app.jwt.sign({ sub: actor.id, org: actor.organizationId });
      reply.header('cache-control', 'no-store');
      return { access_token: token, token_type: 'Bearer' as const, expires_in: TOKEN_TTL_SECONDS };
    } catch (error) {
      if (!(error instanceof InvalidClientError)) throw error;
      return reply.code(401).header('www-authenticate', 'Basic realm="kuvaa"').send({ error: 'invalid_client', error_description: error.message });
    }
  });
}

/** preHandler of write routes: a valid Bearer token of an active client, else 401 problem+json. */
export function requireClient(ctx: Context) {
  return async function (request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const denied = (detail: string) =>
      sendProblem(reply.header('www-authenticate', 'Bearer realm="kuvaa"'), problem(request, 401, 'unauthorized', detail));
    if (!request.headers.authorization?.startsWith('Bearer ')) return void denied('Send a Bearer token from POST /api/v1/auth/token');
    let payload: { sub: string };
    try {
      payload = await request.jwtVerify<{ sub: string }>();
    } catch {
      return void denied('The Bearer token is invalid or expired: get a new one from POST /api/v1/auth/token');
    }
    const actor = await activeClientActor(ctx, payload.sub);
    if (!actor) return void denied('The API client of this token has been revoked');
    request.actor = actor;
  };
}
