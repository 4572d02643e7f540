/** /editor/organizations: the organization form with its sub-organization tree, and its publish, archive and history pages. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Context } from '../../actions/context.ts';
import { organizationChoices, subOrganizations } from '../../actions/catalogue/overview.ts';
import { sendPage } from '../render.ts';
import { organizationContentFromValues, organizationValuesFromBody, organizationValuesFromContent, type OrganizationFormValues } from './organization-form.ts';
import { OrganizationPage } from './pages/organization.page.tsx';
import { registerLifecycleRoutes } from './lifecycle.routes.ts';
import { formPageBase, registerContentForm, type Show } from './content-form.ts';
import { requireSignIn } from './session.ts';
import { activeOrganization } from './acting.ts';


async function showForm(ctx: Context, request: FastifyRequest, reply: FastifyReply, show: Show<OrganizationFormValues>) {
  const { page, as, props } = await formPageBase(ctx, request, reply, show);
  return sendPage(
    reply,
    OrganizationPage,
    {
      ...props,
      parents: await organizationChoices(as, page.language),
      children: show.row ? await subOrganizations(as, show.row.id, page.language) : [],
    },
    show.status ?? 200,
  );
}

export function editorOrganizationRoutes(ctx: Context) {
  return async function routes(app: FastifyInstance): Promise<void> {
    app.addHook('preHandler', requireSignIn);
    registerContentForm<OrganizationFormValues>(app, ctx, {
      kind: 'organization',
      newValues: (request) => organizationValuesFromContent({ type: 'Organization', languages: ['fi'], parentOrganizationId: (request.query as { parent?: string }).parent ?? activeOrganization(request) ?? '' }),
      fromBody: (body) => organizationValuesFromBody(body),
      fromContent: organizationValuesFromContent,
      toContent: organizationContentFromValues,
      show: (request, reply, show) => showForm(ctx, request, reply, show),
    });
    registerLifecycleRoutes(app, ctx, 'organization');
  };
}
