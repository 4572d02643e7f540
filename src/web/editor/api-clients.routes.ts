/** The editor's API client pages: main users create clients (secret shown once), rotate and revoke. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Context } from '../../actions/context.ts';
import { organizationChoices } from '../../actions/catalogue/overview.ts';
import { createClientFor, listClients, revokeClient, rotateClientSecret } from '../../actions/api-clients/manage-api-clients.ts';
import { ValidationError } from '../../domain/errors.ts';
import { isAllowed, isOrganizationRole } from '../../domain/permissions/permissions.ts';
import { sendPage } from '../render.ts';
import { fieldErrors, missing } from './form-errors.ts';
import { ApiClientsPage, ConfirmClientPage } from './pages/api-clients.page.tsx';
import { pageContext, requireSignIn, setFlash, translate } from './session.ts';
import { actingAs } from './acting.ts';

type ClientParams = { Params: { clientId: string; action: string } };
type Shown = Partial<Pick<Parameters<typeof ApiClientsPage>[0], 'secret' | 'form' | 'errors'>>;

async function showClients(ctx: Context, request: FastifyRequest, reply: FastifyReply, shown: Shown = {}, status = 200) {
  const page = pageContext(request, reply);
  const as = actingAs(ctx, request);
  const [clients, organizations] = await Promise.all([listClients(as), organizationChoices(as, page.language)]);
  const canManage = isAllowed(request.principal!.active.role, 'own', 'create', 'apiClient');
  reply.header('cache-control', 'no-store');
  return sendPage(reply, ApiClientsPage, { page, clients, organizations, canManage, ...shown }, status);
}

export function editorApiClientRoutes(ctx: Context) {
  return async function routes(app: FastifyInstance): Promise<void> {
    app.addHook('preHandler', requireSignIn);
    const csrf = { preHandler: app.csrfProtection };

    app.get('/', async (request, reply) => showClients(ctx, request, reply));

    app.post<{ Body: Record<string, string | undefined> }>('/', csrf, async (request, reply) => {
      const body = request.body ?? {};
      const form = { name: body.name, organizationId: body.organizationId, role: body.role };
      const empty = missing(body, ['name', 'organizationId']);
      const role = isOrganizationRole(body.role) ? body.role : undefined;
      if (!role) empty.push({ path: 'role', code: 'required', message: 'role is required' });
      if (empty.length) return showClients(ctx, request, reply, { form, errors: fieldErrors(empty, translate(request)) }, 400);
      try {
        const created = await createClientFor(actingAs(ctx, request), { name: body.name!.trim().slice(0, 100), organizationId: body.organizationId!, role: role! });
        // the secret is shown in this answer only: no redirect, nothing stored
        return showClients(ctx, request, reply, { secret: created }, 201);
      } catch (error) {
        if (error instanceof ValidationError) return showClients(ctx, request, reply, { form, errors: fieldErrors(error.violations, translate(request)) }, 400);
        throw error;
      }
    });

    app.get<ClientParams>('/:clientId/:action', async (request, reply) => {
      const { action, clientId } = request.params;
      const client = (await listClients(actingAs(ctx, request))).find((c) => c.clientId === clientId);
      if (!client || (action !== 'rotate' && action !== 'revoke')) return reply.callNotFound();
      return sendPage(reply, ConfirmClientPage, { page: pageContext(request, reply), client, action });
    });

    app.post<ClientParams>('/:clientId/:action', csrf, async (request, reply) => {
      const { action, clientId } = request.params;
      if (action === 'rotate') return showClients(ctx, request, reply, { secret: await rotateClientSecret(actingAs(ctx, request), clientId) });
      if (action !== 'revoke') return reply.callNotFound();
      const revoked = await revokeClient(actingAs(ctx, request), clientId);
      setFlash(request, { kind: 'success', key: 'clientRevoked', vars: { name: revoked.name } });
      return reply.redirect('/editor/api-clients', 303);
    });
  };
}
