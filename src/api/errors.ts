/**
 * Every 4xx/5xx answer is `application/problem+json` (RFC 9457) carrying the request id.
 * Validation failures list every violation with its field path and location.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ConflictError, DomainError, NotFoundError, ValidationError, type Violation } from '../domain/errors.ts';
import { StateError } from '../domain/publishing/lifecycle.ts';
import { ForbiddenError } from '../actions/catalogue/authorize.ts';
import { PreconditionFailedError, PreconditionRequiredError } from '../actions/catalogue/version-tag.ts';

export const PROBLEM_JSON = 'application/problem+json';

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  requestId: string;
  errors?: Violation[];
}

/** Problem types Kuvaa uses; `/api/problems/{name}` explains each one. */
export const PROBLEM_TYPES: Record<string, { title: string; description: string }> = {
  'validation-error': { title: 'Invalid request', description: 'The request has invalid fields or parameters. `errors` lists every violation with its path, location, code and message. Nothing was changed.' },
  'not-found': { title: 'Not found', description: 'The resource or route does not exist.' },
  'payload-too-large': { title: 'Payload too large', description: 'The request body is larger than the limit (1 MB).' },
  'unsupported-media-type': { title: 'Unsupported media type', description: 'Send JSON with Content-Type: application/json.' },
  'method-not-allowed': { title: 'Method not allowed', description: 'The resource does not support this HTTP method.' },
  'service-unavailable': { title: 'Service unavailable', description: 'A dependency (usually the database) is not reachable. Try again shortly.' },
  'internal-error': { title: 'Internal error', description: 'Something went wrong on the server. The request id identifies the failure in the logs.' },
  'bad-request': { title: 'Bad request', description: 'The request could not be understood.' },
  unauthorized: { title: 'Unauthorized', description: 'Send a valid Bearer token (POST /api/v1/auth/token with your client credentials).' },
  forbidden: { title: 'Forbidden', description: 'Your client may not do this: it acts for another organization tree.' },
  'precondition-failed': { title: 'Version conflict', description: 'Someone changed the resource after you read it. Nothing was saved. Read it again (GET), re-apply your change and send the new ETag in If-Match.' },
  'precondition-required': { title: 'Version tag required', description: 'Writes to an existing resource need the If-Match header with the ETag you read, so no edit is lost silently.' },
  conflict: { title: 'Conflict', description: 'The action does not apply to the current state of the resource.' },
};

export function problem(request: FastifyRequest, status: number, name: string, detail?: string, errors?: Violation[]): Problem {
  const known = PROBLEM_TYPES[name] ?? PROBLEM_TYPES['bad-request']!;
  return {
    type: `/api/problems/${name}`,
    title: known.title,
    status,
    ...(detail ? { detail } : {}),
    instance: request.url,
    requestId: request.id,
    ...(errors ? { errors } : {}),
  };
}

export function sendProblem(reply: FastifyReply, body: Problem): FastifyReply {
  return reply.code(body.status).type(PROBLEM_JSON).send(body);
}

const LOCATIONS: Record<string, Violation['location']> = {
  body: 'body',
  querystring: 'query',
  params: 'path',
  headers: 'header',
};

interface AjvError {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

/** Turns an AJV error into a violation with a dotted path (`a.b[0].c`). */
export function violationOf(error: AjvError, context: string | undefined): Violation {
  const segments = error.instancePath.split('/').filter(Boolean);
  const extra = error.params.missingProperty ?? error.params.additionalProperty;
  if (typeof extra === 'string') segments.push(extra);
  const path = segments.reduce((acc, seg) => (/^\d+$/.test(seg) ? `${acc}[${seg}]` : acc ? `${acc}.${seg}` : seg), '');
  const location = LOCATIONS[context ?? 'body'] ?? 'body';
  let message = error.message ?? 'is invalid';
  if (error.keyword === 'additionalProperties') message = 'is not a known field';
  if (error.keyword === 'required') message = 'is required';
  if (error.keyword === 'enum' && Array.isArray(error.params.allowedValues)) {
    message = `must be one of: ${(error.params.allowedValues as unknown[]).join(', ')}`;
  }
  return { path: path || '(root)', location, code: error.keyword, message };
}

function describe(v: Violation): string {
  const where = v.location === 'query' ? 'Query parameter' : v.location === 'path' ? 'Path parameter' : v.location === 'header' ? 'Header' : 'Field';
  return `${where} '${v.path}' ${v.message}`;
}

export function validationDetail(violations: Violation[]): string {
  if (violations.length === 1) return describe(violations[0]!);
  return `${violations.length} problems: ${violations.map(describe).join('; ')}`;
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error.validation) {
      const violations = error.validation.map((e) => violationOf(e as AjvError, error.validationContext));
      return sendProblem(reply, problem(request, 400, 'validation-error', validationDetail(violations), violations));
    }
    if (error instanceof ValidationError) {
      return sendProblem(reply, problem(request, 400, 'validation-error', validationDetail(error.violations), error.violations));
    }
    if (error instanceof NotFoundError) return sendProblem(reply, problem(request, 404, 'not-found', error.message));
    if (error instanceof ForbiddenError) return sendProblem(reply, problem(request, 403, 'forbidden', error.message));
    if (error instanceof PreconditionFailedError) return sendProblem(reply.header('etag', error.currentTag), problem(request, 412, 'precondition-failed', error.message));
    if (error instanceof PreconditionRequiredError) return sendProblem(reply, problem(request, 428, 'precondition-required', error.message));
    if (error instanceof ConflictError) return sendProblem(reply, problem(request, 409, 'conflict', error.message));
    if (error instanceof StateError) return sendProblem(reply, problem(request, 409, 'conflict', error.message));
    if (error instanceof DomainError) return sendProblem(reply, problem(request, 400, 'bad-request', error.message));
    const status = error.statusCode ?? 500;
    if (status === 413) return sendProblem(reply, problem(request, 413, 'payload-too-large', error.message));
    if (status === 415) return sendProblem(reply, problem(request, 415, 'unsupported-media-type', error.message));
    if (status >= 400 && status < 500) return sendProblem(reply, problem(request, status, 'bad-request', error.message));
    request.log.error({ err: error }, 'request failed');
    return sendProblem(reply, problem(request, 500, 'internal-error', 'An unexpected error occurred.'));
  });
  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, problem(request, 404, 'not-found', `No route ${request.method} ${request.url.split('?')[0]}`)),
  );
}
