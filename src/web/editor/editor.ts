/**
 * The editor: server-rendered pages for signed-in people, in their own Fastify scope so that the
 * session cookie, CSRF checks and HTML error pages never touch the open API.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Context } from '../../actions/context.ts';
import { contentCounts } from '../../actions/catalogue/overview.ts';
import { ForbiddenError } from '../../actions/catalogue/authorize.ts';
import { NotFoundError, ValidationError } from '../../domain/errors.ts';
import { assetRoutes } from '../assets.ts';
import { sendPage } from '../render.ts';
import { authRoutes } from './auth.routes.ts';
import { editorApiClientRoutes } from './api-clients.routes.ts';
import { editorPeopleRoutes } from './people.routes.ts';
import { editorSearchRoutes } from './search.routes.ts';
import { FrontPage } from './pages/front.page.tsx';
import { OutboxPage } from './pages/outbox.page.tsx';
import { JobsPage } from './pages/jobs.page.tsx';
import { editorTaskRoutes } from './tasks.routes.ts';
import { taskCounts } from '../../actions/maintenance/tasks.ts';
import { editorAccountRoutes } from './account.routes.ts';
import { editorMassRoutes } from './mass.routes.ts';
import { editorChannelRoutes, postalCodeRoutes } from './channels.routes.ts';
import { editorOrganizationRoutes } from './organizations.routes.ts';
import { editorServiceRoutes, ontologySuggestionRoutes, organizationSuggestionRoutes } from './services.routes.ts';
import { jobsOverview } from '../../actions/jobs/jobs-overview.ts';
import { MessagePage } from './pages/sign-in.page.tsx';
import { actingAs, activeOrganization } from './acting.ts';
import { DEFAULT_SESSION_SETTINGS, pageContext, registerSessions, rememberLanguage, requireSignIn, safeNext, type SessionSettings } from './session.ts';

export interface EditorOptions {
  session?: SessionSettings | undefined;
}

function errorPage(request: FastifyRequest, reply: FastifyReply, status: number, title: 'forbiddenTitle' | 'notFoundTitle' | 'errorTitle', text: string) {
  const page = pageContext(request, reply);
  return sendPage(reply, MessagePage, { page, title: page.t(title), text, status }, status);
}

function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const t = pageContext(request, reply).t;
  if (error.code?.startsWith('FST_CSRF')) return errorPage(request, reply, 403, 'forbiddenTitle', t('csrfFailed'));
  if (error instanceof ForbiddenError) return errorPage(request, reply, 403, 'forbiddenTitle', t('forbiddenText'));
  if (error instanceof NotFoundError) return errorPage(request, reply, 404, 'notFoundTitle', error.message);
  if (error instanceof ValidationError) return errorPage(request, reply, 400, 'errorTitle', error.violations.map((v) => v.message).join(' '));
  request.log.error({ err: error }, 'editor request failed');
  return errorPage(request, reply, 500, 'errorTitle', t('errorText', { requestId: request.id }));
}

export async function registerEditor(app: FastifyInstance, ctx: Context, options: EditorOptions = {}): Promise<void> {
  await app.register(assetRoutes);
  await app.register(async (scope) => {
    // pages, not API: they stay out of the OpenAPI document
    scope.addHook('onRoute', (route) => {
      route.schema = { ...(route.schema ?? {}), hide: true };
    });
    await registerSessions(scope, ctx, options.session ?? DEFAULT_SESSION_SETTINGS);
    scope.addHook('preHandler', async (request) => rememberLanguage(request));
    scope.setErrorHandler(handleError);
    await scope.register(authRoutes(ctx));

    scope.get('/editor', { preHandler: requireSignIn }, async (request, reply) =>
      sendPage(reply, FrontPage, { page: pageContext(request, reply), counts: await contentCounts(actingAs(ctx, request)), tasks: await taskCounts(actingAs(ctx, request), { organizationId: activeOrganization(request) ?? undefined }) }),
    );
    scope.post<{ Body: { organizationId?: string; next?: string } }>('/editor/active-organization', { preHandler: [scope.csrfProtection, requireSignIn] }, async (request, reply) => {
      const wanted = request.body?.organizationId || null;
      const membership = request.principal!.memberships.find((m) => m.organizationId === wanted);
      if (membership) request.session.set('org', membership.organizationId);
      return reply.redirect(safeNext(request.body?.next), 303);
    });
    scope.get('/editor/jobs', { preHandler: requireSignIn }, async (request, reply) =>
      sendPage(reply, JobsPage, { page: pageContext(request, reply), overview: await jobsOverview(actingAs(ctx, request)) }),
    );
    if (ctx.mailer?.outbox) {
      const mailer = ctx.mailer;
      // Only from this machine: the outbox holds working invitation and reset links.
      scope.get('/dev/outbox', async (request, reply) => {
        const local = ['127.0.0.1', '::1', '::ffff:127.0.0.1'].includes(request.socket.remoteAddress ?? '');
        if (!local) return errorPage(request, reply, 403, 'forbiddenTitle', 'The outbox is shown only on the machine Kuvaa runs on.');
        return sendPage(reply, OutboxPage, { page: pageContext(request, reply), mails: mailer.outbox!(), dir: mailer.outboxDir ?? '' });
      });
    }
    await scope.register(editorSearchRoutes(ctx));
    await scope.register(editorPeopleRoutes(ctx), { prefix: '/editor/people' });
    await scope.register(editorApiClientRoutes(ctx), { prefix: '/editor/api-clients' });
    await scope.register(editorTaskRoutes(ctx), { prefix: '/editor/tasks' });
    await scope.register(editorAccountRoutes(ctx), { prefix: '/editor/account' });
    await scope.register(editorServiceRoutes(ctx), { prefix: '/editor/services' });
    await scope.register(ontologySuggestionRoutes(ctx));
    await scope.register(organizationSuggestionRoutes(ctx));
    await scope.register(editorChannelRoutes(ctx), { prefix: '/editor/channels' });
    await scope.register(postalCodeRoutes(ctx));
    await scope.register(editorOrganizationRoutes(ctx), { prefix: '/editor/organizations' });
    await scope.register(editorMassRoutes(ctx), { prefix: '/editor/mass' });
  });
}
