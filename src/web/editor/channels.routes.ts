/** /editor/channels: create and edit channels of every type, with the publish, archive and history pages. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Context } from '../../actions/context.ts';
import { organizationChoices } from '../../actions/catalogue/overview.ts';
import { rulesOf } from '../../actions/catalogue/resources.ts';
import { createEntity, replaceEntity } from '../../actions/catalogue/entity-lifecycle.ts';
import { getOwnedEntity } from '../../actions/catalogue/read-entities.ts';
import { PreconditionFailedError, versionTag } from '../../actions/catalogue/version-tag.ts';
import { postalCode } from '../../actions/code-lists/read-code-lists.ts';
import type { EntityRow } from '../../db/repositories/entities.repository.ts';
import { NotFoundError, ValidationError } from '../../domain/errors.ts';
import type { UiLanguage } from '../../shared/language.ts';
import { sendPage } from '../render.ts';
import type { FieldError } from './components.tsx';
import { fieldErrors } from './form-errors.ts';
import { CHANNEL_TYPES, channelContentFromValues, channelValuesFromBody, channelValuesFromContent, type ChannelFormValues, type ChannelType } from './channel-form.ts';
import { ChannelPage } from './pages/channel.page.tsx';
import type { Conflict } from './pages/service.page.tsx';
import { entitySummary, registerLifecycleRoutes } from './lifecycle.routes.ts';
import { conflictOf } from './services.routes.ts';
import { languageOf, pageContext, requireSignIn, setFlash, translate } from './session.ts';
import { actingAs, activeOrganization } from './acting.ts';

type Body = Record<string, string | string[] | undefined>;

/** The municipality a postal code belongs to, in the UI language ('' when unknown). */
async function municipalityOf(ctx: Context, code: string, language: UiLanguage): Promise<string> {
  if (!/^\d{5}$/.test(code)) return '';
  try {
    const row = (await postalCode(ctx, code)) as { municipalityName?: Record<string, string>; name?: Record<string, string> };
    const name = row.municipalityName ?? row.name ?? {};
    return name[language] ?? name.fi ?? '';
  } catch (error) {
    if (error instanceof NotFoundError) return '';
    throw error;
  }
}

async function showForm(ctx: Context, request: FastifyRequest, reply: FastifyReply, show: { values: ChannelFormValues; row?: EntityRow; errors?: FieldError[]; conflict?: Conflict; status?: number }) {
  const page = pageContext(request, reply);
  const as = actingAs(ctx, request);
  return sendPage(
    reply,
    ChannelPage,
    {
      page,
      entity: show.row ? await entitySummary(as, show.row, page.language) : undefined,
      values: show.values,
      versionTag: show.row ? versionTag(show.row.id, show.row.revision) : undefined,
      loadedVersion: show.row ? `${show.row.versionMajor}.${show.row.versionMinor}` : undefined,
      errors: show.errors ?? [],
      conflict: show.conflict,
      organizations: await organizationChoices(as, page.language),
      municipality: await municipalityOf(ctx, show.values.postalCode, page.language),
    },
    show.status ?? 200,
  );
}

export function editorChannelRoutes(ctx: Context) {
  return async function routes(app: FastifyInstance): Promise<void> {
    app.addHook('preHandler', requireSignIn);
    const csrf = { preHandler: app.csrfProtection };
    const rules = rulesOf('channel');
    const typeOf = (value: unknown): ChannelType => ((CHANNEL_TYPES as readonly string[]).includes(String(value)) ? (value as ChannelType) : 'WebPage');

    app.get<{ Querystring: { type?: string } }>('/new', async (request, reply) =>
      showForm(ctx, request, reply, { values: channelValuesFromContent({ type: typeOf(request.query.type), languages: ['fi'], organizationId: activeOrganization(request) ?? '', sharedForAll: true }) }),
    );

    app.post<{ Querystring: { type?: string }; Body: Body }>('/new', csrf, async (request, reply) => {
      const values = channelValuesFromBody(request.body ?? {}, typeOf(request.query.type));
      try {
        const row = await createEntity(actingAs(ctx, request), rules, channelContentFromValues(values, {}));
        setFlash(request, { kind: 'success', key: 'createdDraft' });
        return reply.redirect(`/editor/channels/${row.id}`, 303);
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        return showForm(ctx, request, reply, { values, errors: fieldErrors(error.violations, translate(request)), status: 400 });
      }
    });

    app.get<{ Params: { id: string } }>('/:id', async (request, reply) => {
      const row = await getOwnedEntity(actingAs(ctx, request), 'channel', request.params.id);
      return showForm(ctx, request, reply, { values: channelValuesFromContent(row.workingContent), row });
    });

    app.post<{ Params: { id: string }; Body: Body }>('/:id', csrf, async (request, reply) => {
      const as = actingAs(ctx, request);
      const body = request.body ?? {};
      const row = await getOwnedEntity(as, 'channel', request.params.id);
      const values = channelValuesFromBody(body, typeOf(row.workingContent.type));
      try {
        await replaceEntity(as, rules, row.id, channelContentFromValues(values, row.workingContent), typeof body.versionTag === 'string' ? body.versionTag : undefined);
        setFlash(request, { kind: 'success', key: 'savedDraft' });
        return reply.redirect(`/editor/channels/${row.id}`, 303);
      } catch (error) {
        if (error instanceof PreconditionFailedError) {
          const conflict = await conflictOf(as, row.id, typeof body.loadedVersion === 'string' ? body.loadedVersion : undefined, 'channel');
          return showForm(ctx, request, reply, { values, row, conflict, status: 409 });
        }
        if (!(error instanceof ValidationError)) throw error;
        return showForm(ctx, request, reply, { values, row, errors: fieldErrors(error.violations, translate(request)), status: 400 });
      }
    });

    registerLifecycleRoutes(app, ctx, 'channel');
  };
}

/** GET /editor/postal-code?postalCode=…: the municipality of a postal code, for the address form (htmx). */
export function postalCodeRoutes(ctx: Context) {
  return async function routes(app: FastifyInstance): Promise<void> {
    app.get<{ Querystring: { postalCode?: string } }>('/editor/postal-code', { preHandler: requireSignIn }, async (request, reply) =>
      reply.type('text/plain; charset=utf-8').send(await municipalityOf(ctx, (request.query.postalCode ?? '').trim(), languageOf(request))),
    );
  };
}
