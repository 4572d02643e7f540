/**
 * Security headers on every answer, exactly as @fastify/helmet computes them for the given options,
 * but computed once. The plugin builds helmet's middleware again on every request (re-parsing the
 * CSP directives each time: 30–60 µs a request on a 2-core machine, a third of a cached
 * read); the headers depend on nothing in the request as long as the options hold no nonces.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import helmet, { type FastifyHelmetOptions } from '@fastify/helmet';

/** The headers helmet sets for `options`: it writes them on the raw response in onRequest, so a handler sees exactly those. */
export async function helmetHeaders(options: FastifyHelmetOptions): Promise<Record<string, string>> {
  if (options.enableCSPNonces) throw new Error('CSP nonces differ per request: register @fastify/helmet itself');
  const probe = Fastify({ logger: false });
  try {
    await probe.register(helmet, options);
    probe.get('/', (_request, reply) => reply.send(reply.raw.getHeaders()));
    const response = await probe.inject({ method: 'GET', url: '/' });
    return response.json<Record<string, string>>();
  } finally {
    await probe.close();
  }
}

/** Sets helmet's headers for `options` on every answer of `app` with one synchronous hook (@fastify/swagger-ui still sets its own CSP). */
export async function registerSecurityHeaders(app: FastifyInstance, options: FastifyHelmetOptions): Promise<void> {
  const headers = await helmetHeaders(options);
  app.addHook('onRequest', (_request, reply, done) => {
    reply.headers(headers);
    done();
  });
}
