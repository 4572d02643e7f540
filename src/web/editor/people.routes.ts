/** The editor's people pages: main users invite, change roles and remove people of their tree. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Context } from '../../actions/context.ts';
import { organizationChoices } from '../../actions/catalogue/overview.ts';
import { changeRole, invitePerson, listPeople, removePerson, resendInvitation } from '../../actions/people/manage-people.ts';
import { ConflictError, ValidationError } from '../../domain/errors.ts';
import { isAllowed, isOrganizationRole } from '../../domain/permissions/permissions.ts';
import { sendPage } from '../render.ts';
import { conflictError, fieldErrors, missing } from './form-errors.ts';
import { PeoplePage, RemovePersonPage, type InviteForm } from './pages/people.page.tsx';
import { pageContext, requireSignIn, setFlash, translate } from './session.ts';
import { actingAs, activeOrganization } from './acting.ts';

type PersonParams = { Params: { organizationId: string; userId: string }; Body: Record<string, string | undefined> };

async function showPeople(ctx: Context, request: FastifyRequest, reply: FastifyReply, form?: InviteForm, errors?: ReturnType<typeof fieldErrors>, status = 200) {
  const page = pageContext(request, reply);
  const as = actingAs(ctx, request);
  const organizations = await organizationChoices(as, page.language);
  const asked = (request.query as { organization?: string } | undefined)?.organization;
  const organizationId = organizations.find((o) => o.id === asked)?.id ?? activeOrganization(request) ?? organizations[0]?.id;
  const people = organizationId ? await listPeople(as, organizationId, true) : [];
  const canManage = isAllowed(request.principal!.active.role, 'own', 'create', 'user');
  return sendPage(reply, PeoplePage, { page, people, organizations, shownOrganizationId: organizationId, canManage, ...(form ? { form } : {}), ...(errors ? { errors } : {}) }, status);
}

export function editorPeopleRoutes(ctx: Context) {
  return async function routes(app: FastifyInstance): Promise<void> {
    app.addHook('preHandler', requireSignIn);
    const csrf = { preHandler: app.csrfProtection };

    app.get('/', async (request, reply) => showPeople(ctx, request, reply));

    app.post<{ Body: Record<string, string | undefined> }>('/', csrf, async (request, reply) => {
      const body = request.body ?? {};
      const form: InviteForm = { email: body.email, name: body.name, role: body.role, organizationId: body.organizationId, language: body.language };
      const t = translate(request);
      const empty = missing(body, ['email', 'organizationId']);
      const role = isOrganizationRole(body.role) ? body.role : undefined;
      if (!role) empty.push({ path: 'role', code: 'required', message: 'role is required' });
      if (empty.length) return showPeople(ctx, request, reply, form, fieldErrors(empty, t), 400);
      try {
        const result = await invitePerson(actingAs(ctx, request), body.organizationId!, { email: body.email!, name: body.name, role: role!, language: body.language });
        setFlash(request, result.mailSent ? { kind: 'success', key: 'invitationSent', vars: { email: result.person.email } } : { kind: 'error', key: 'invitationSavedMailFailed', vars: { error: result.mailError ?? '' } });
        return reply.redirect('/editor/people', 303);
      } catch (error) {
        if (error instanceof ValidationError) return showPeople(ctx, request, reply, form, fieldErrors(error.violations, t), 400);
        if (error instanceof ConflictError) return showPeople(ctx, request, reply, form, [conflictError(error, t, 'email')], 409);
        throw error;
      }
    });

    app.post<PersonParams>('/:organizationId/:userId/role', csrf, async (request, reply) => {
      const role = request.body?.role;
      if (!isOrganizationRole(role)) return showPeople(ctx, request, reply, undefined, [{ field: '', message: 'role is required' }], 400);
      try {
        const person = await changeRole(actingAs(ctx, request), request.params.organizationId, request.params.userId, role);
        setFlash(request, { kind: 'success', key: 'roleSaved', vars: { email: person.email } });
        return reply.redirect('/editor/people', 303);
      } catch (error) {
        if (error instanceof ConflictError) return showPeople(ctx, request, reply, undefined, [conflictError(error, translate(request))], 409);
        throw error;
      }
    });

    app.post<PersonParams>('/:organizationId/:userId/invitation', csrf, async (request, reply) => {
      const result = await resendInvitation(actingAs(ctx, request), request.params.organizationId, request.params.userId);
      const person = (await listPeople(actingAs(ctx, request), request.params.organizationId)).find((p) => p.userId === request.params.userId);
      setFlash(request, result.mailSent ? { kind: 'success', key: 'invitationSent', vars: { email: person?.email ?? '' } } : { kind: 'error', key: 'invitationSavedMailFailed', vars: { error: result.mailError ?? '' } });
      return reply.redirect('/editor/people', 303);
    });

    app.get<PersonParams>('/:organizationId/:userId/remove', async (request, reply) => {
      const page = pageContext(request, reply);
      const as = actingAs(ctx, request);
      const person = (await listPeople(as, request.params.organizationId)).find((p) => p.userId === request.params.userId);
      if (!person) return reply.callNotFound();
      const organization = (await organizationChoices(as, page.language)).find((o) => o.id === person.organizationId);
      return sendPage(reply, RemovePersonPage, { page, person, organizationName: organization?.name ?? '' });
    });

    app.post<PersonParams>('/:organizationId/:userId/remove', csrf, async (request, reply) => {
      const as = actingAs(ctx, request);
      const person = (await listPeople(as, request.params.organizationId)).find((p) => p.userId === request.params.userId);
      try {
        await removePerson(as, request.params.organizationId, request.params.userId);
      } catch (error) {
        if (error instanceof ConflictError) return showPeople(ctx, request, reply, undefined, [conflictError(error, translate(request))], 409);
        throw error;
      }
      setFlash(request, { kind: 'success', key: 'removed', vars: { email: person?.email ?? '' } });
      return reply.redirect('/editor/people', 303);
    });
  };
}
