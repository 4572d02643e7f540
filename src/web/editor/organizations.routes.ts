/** /editor/organizations: the organization form with its sub-organization tree, and its publish, archive and history pages. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Context } from '../../actions/context.ts';
import { organizationChoices, subOrganizations } from '../../actions/catalogue/overview.ts';
import { rulesOf } from '../../actions/catalogue/resources.ts';
import { createEntity, replaceEntity } from '../../actions/catalogue/entity-lifecycle.ts';
import { getOwnedEntity } from '../../actions/catalogue/read-entities.ts';
import { PreconditionFailedError, versionTag } from '../../actions/catalogue/version-tag.ts';
import type { EntityRow } from '../../db/repositories/entities.repository.ts';
import { ValidationError } from '../../domain/errors.ts';
import { sendPage } from '../render.ts';
import type { FieldError } from './components.tsx';
import { fieldErrors } from './form-errors.ts';
import { organizationContentFromValues, organizationValuesFromBody, organizationValuesFromContent, type OrganizationFormValues } from './organization-form.ts';
import { OrganizationPage } from './pages/organization.page.tsx';
import type { Conflict } from './pages/service.page.tsx';
import { entitySummary, registerLifecycleRoutes } from './lifecycle.routes.ts';
import { conflictOf } from './services.routes.ts';
import { pageContext, requireSignIn, setFlash, translate } from './session.ts';
import { actingAs, activeOrganization } from './acting.ts';

type Body = Record<string, string | string[] | undefined>;

async function showForm(ctx: Context, request: FastifyRequest, reply: FastifyReply, show: { values: OrganizationFormValues; row?: EntityRow; errors?: FieldError[]; conflict?: Conflict; status?: number }) {
  const page = pageContext(request, reply);
  const as = actingAs(ctx, request);
  return sendPage(
    reply,
    OrganizationPage,
    {
      page,
      entity: show.row ? await entitySummary(as, show.row, page.language) : undefined,
      values: show.values,
      versionTag: show.row ? versionTag(show.row.id, show.row.revision) : undefined,
      loadedVersion: show.row ? `${show.row.versionMajor}.${show.row.versionMinor}` : undefined,
      errors: show.errors ?? [],
      conflict: show.conflict,
      parents: await organizationChoices(as, page.language),
      children: show.row ? await subOrganizations(as, show.row.id, page.language) : [],
    },
    show.status ?? 200,
  );
}

export function editorOrganizationRoutes(ctx: Context) {
  return async function routes(app: FastifyInstance): Promise<void> {
    app.addHook('preHandler', requireSignIn);
    const csrf = { preHandler: app.csrfProtection };
    const rules = rulesOf('organization');

    app.get<{ Querystring: { parent?: string } }>('/new', async (request, reply) =>
      showForm(ctx, request, reply, { values: organizationValuesFromContent({ type: 'Organization', languages: ['fi'], parentOrganizationId: request.query.parent ?? activeOrganization(request) ?? '' }) }),
    );

    app.post<{ Body: Body }>('/new', csrf, async (request, reply) => {
      const values = organizationValuesFromBody(request.body ?? {});
      try {
        const row = await createEntity(actingAs(ctx, request), rules, organizationContentFromValues(values, {}));
        setFlash(request, { kind: 'success', key: 'createdDraft' });
        return reply.redirect(`/editor/organizations/${row.id}`, 303);
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        return showForm(ctx, request, reply, { values, errors: fieldErrors(error.violations, translate(request)), status: 400 });
      }
    });

    app.get<{ Params: { id: string } }>('/:id', async (request, reply) => {
      const row = await getOwnedEntity(actingAs(ctx, request), 'organization', request.params.id);
      return showForm(ctx, request, reply, { values: organizationValuesFromContent(row.workingContent), row });
    });

    app.post<{ Params: { id: string }; Body: Body }>('/:id', csrf, async (request, reply) => {
      const as = actingAs(ctx, request);
      const body = request.body ?? {};
      const row = await getOwnedEntity(as, 'organization', request.params.id);
      const values = organizationValuesFromBody(body);
      try {
        await replaceEntity(as, rules, row.id, organizationContentFromValues(values, row.workingContent), typeof body.versionTag === 'string' ? body.versionTag : undefined);
        setFlash(request, { kind: 'success', key: 'savedDraft' });
        return reply.redirect(`/editor/organizations/${row.id}`, 303);
      } catch (error) {
        if (error instanceof PreconditionFailedError) {
          const conflict = await conflictOf(as, row.id, typeof body.loadedVersion === 'string' ? body.loadedVersion : undefined, 'organization');
          return showForm(ctx, request, reply, { values, row, conflict, status: 409 });
        }
        if (!(error instanceof ValidationError)) throw error;
        return showForm(ctx, request, reply, { values, row, errors: fieldErrors(error.violations, translate(request)), status: 400 });
      }
    });

    registerLifecycleRoutes(app, ctx, 'organization');
  };
}
