/** Sign-in, sign-out, password reset and invitation pages of the editor. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Context } from '../../actions/context.ts';
import { signIn } from '../../actions/people/sign-in.ts';
import { InvalidTokenError, requestPasswordReset, setPasswordWithToken } from '../../actions/people/passwords.ts';
import { peekToken, type TokenPurpose } from '../../actions/people/tokens.ts';
import { organizationName } from '../../actions/people/manage-people.ts';
import { findPerson } from '../../actions/people/people.ts';
import { ValidationError } from '../../domain/errors.ts';
import { EMAIL } from '../../actions/people/people.ts';
import { sendPage } from '../render.ts';
import { fieldErrors, missing } from './form-errors.ts';
import { ForgotPasswordPage, LinkInvalidPage, SetPasswordPage, SignInPage } from './pages/sign-in.page.tsx';
import { pageContext, safeNext, setFlash, signOut, startSession } from './session.ts';

type Body = Record<string, string | undefined>;
type TokenParams = { Params: { token: string }; Body: Body };

export function authRoutes(ctx: Context) {
  return async function routes(app: FastifyInstance): Promise<void> {
    const csrf = { preHandler: app.csrfProtection };

    app.get<{ Querystring: { next?: string } }>('/sign-in', async (request, reply) => {
      if (request.principal) return reply.redirect(safeNext(request.query.next), 303);
      return sendPage(reply, SignInPage, { page: pageContext(request, reply), next: safeNext(request.query.next) });
    });

    app.post<{ Body: Body }>('/sign-in', csrf, async (request, reply) => {
      const page = pageContext(request, reply);
      const body = request.body ?? {};
      const next = safeNext(body.next);
      const show = (status: number, key: 'signInFailed' | 'signInThrottled', minutes = 0) =>
        sendPage(reply, SignInPage, { page, email: body.email, next, errors: [{ field: 'email', message: page.t(key, { minutes }) }] }, status);
      const empty = missing(body, ['email', 'password']);
      if (empty.length) return sendPage(reply, SignInPage, { page, email: body.email, next, errors: fieldErrors(empty, page.t) }, 400);
      const result = await signIn({ ...ctx, requestId: request.id }, { email: body.email!, password: body.password!, clientAddress: request.ip });
      if (result.outcome === 'throttled') {
        reply.header('retry-after', String(result.retryAfterSeconds));
        return show(429, 'signInThrottled', Math.ceil(result.retryAfterSeconds / 60));
      }
      if (result.outcome === 'invalid') return show(401, 'signInFailed');
      startSession(ctx, request, result.userId);
      return reply.redirect(next, 303);
    });

    app.post('/sign-out', csrf, async (request, reply) => {
      await signOut(ctx, request);
      setFlash(request, { kind: 'success', key: 'signedOut' });
      return reply.redirect('/sign-in', 303);
    });

    app.get('/forgot-password', async (request, reply) => sendPage(reply, ForgotPasswordPage, { page: pageContext(request, reply) }));

    app.post<{ Body: Body }>('/forgot-password', csrf, async (request, reply) => {
      const page = pageContext(request, reply);
      const email = (request.body?.email ?? '').trim();
      if (!EMAIL.test(email)) {
        const violations = email ? [{ path: 'email', code: 'invalidEmail', message: 'not an email address' }] : missing({ email }, ['email']);
        return sendPage(reply, ForgotPasswordPage, { page, email, errors: fieldErrors(violations, page.t) }, 400);
      }
      await requestPasswordReset({ ...ctx, requestId: request.id }, email);
      return sendPage(reply, ForgotPasswordPage, { page, sent: true });
    });

    for (const [path, purpose] of [['/reset-password', 'passwordReset'], ['/invitation', 'invitation']] as const) {
      app.get<TokenParams>(`${path}/:token`, async (request, reply) => showSetPassword(ctx, request, reply, purpose));
      app.post<TokenParams>(`${path}/:token`, csrf, async (request, reply) => submitSetPassword(ctx, request, reply, purpose));
    }
  };
}

async function showSetPassword(ctx: Context, request: FastifyRequest<TokenParams>, reply: FastifyReply, purpose: TokenPurpose, errors = {} as { list?: ReturnType<typeof fieldErrors> }) {
  const page = pageContext(request, reply);
  const token = await peekToken(ctx, request.params.token, purpose);
  if (!token) return sendPage(reply, LinkInvalidPage, { page }, 410);
  const person = await findPerson(ctx, token.userId);
  const organization = token.organizationId ? await organizationName(ctx, token.organizationId, page.language) : undefined;
  const mode = purpose === 'invitation' ? 'invitation' : 'reset';
  return sendPage(reply, SetPasswordPage, { page, mode, token: request.params.token, organizationName: organization, name: request.body?.name ?? person?.name ?? undefined, errors: errors.list ?? [] }, errors.list ? 400 : 200);
}

async function submitSetPassword(ctx: Context, request: FastifyRequest<TokenParams>, reply: FastifyReply, purpose: TokenPurpose) {
  const body = request.body ?? {};
  try {
    const done = await setPasswordWithToken({ ...ctx, requestId: request.id }, purpose, { token: request.params.token, password: body.password ?? '', passwordConfirmation: body.passwordConfirmation ?? '', name: body.name });
    startSession(ctx, request, done.userId);
    if (done.organizationId) request.session.set('org', done.organizationId);
    setFlash(request, { kind: 'success', key: purpose === 'invitation' ? 'invitationAccepted' : 'passwordChanged' });
    return reply.redirect('/editor', 303);
  } catch (error) {
    if (error instanceof InvalidTokenError) return sendPage(reply, LinkInvalidPage, { page: pageContext(request, reply) }, 410);
    if (!(error instanceof ValidationError)) throw error;
    return showSetPassword(ctx, request, reply, purpose, { list: fieldErrors(error.violations, pageContext(request, reply).t) });
  }
}
