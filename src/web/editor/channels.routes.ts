/** /editor/channels: create and edit channels of every type, with the publish, archive and history pages. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Context } from '../../actions/context.ts';
import { organizationChoices } from '../../actions/catalogue/overview.ts';
import { holidays, postalCode } from '../../actions/code-lists/read-code-lists.ts';
import { NotFoundError } from '../../domain/errors.ts';
import { textIn, type UiLanguage } from '../../shared/language.ts';
import { sendPage } from '../render.ts';
import { CHANNEL_TYPES, channelContentFromValues, channelValuesFromBody, channelValuesFromContent, type ChannelFormValues, type ChannelType } from './channel-form.ts';
import { ChannelPage } from './pages/channel.page.tsx';
import type { HolidayChoice } from './pages/service-hours-editor.tsx';
import { registerLifecycleRoutes } from './lifecycle.routes.ts';
import { formPageBase, registerContentForm, type Show } from './content-form.ts';
import { languageOf, requireSignIn } from './session.ts';
import { activeOrganization } from './acting.ts';
import { helsinkiDay } from '../../domain/maintenance/tasks.ts';


/** The municipality a postal code belongs to, in the UI language ('' when unknown). */
async function municipalityOf(ctx: Context, code: string, language: UiLanguage): Promise<string> {
  if (!/^\d{5}$/.test(code)) return '';
  try {
    const row = (await postalCode(ctx, code)) as { municipalityName?: Record<string, string>; name?: Record<string, string> };
    return textIn(row.municipalityName ?? row.name, language);
  } catch (error) {
    if (error instanceof NotFoundError) return '';
    throw error;
  }
}

/** The holidays of the code list for the hours editor, with this year's dates (Helsinki time). */
export async function holidayChoices(ctx: Context, language: UiLanguage): Promise<HolidayChoice[]> {
  const year = Number(helsinkiDay(ctx.clock.now()).slice(0, 4));
  return (await holidays(ctx, year)).map((h) => ({ code: h.code, name: textIn(h.name as Record<string, string>, language) || h.code, date: h.date }));
}

async function showForm(ctx: Context, request: FastifyRequest, reply: FastifyReply, show: Show<ChannelFormValues>) {
  const { page, as, props } = await formPageBase(ctx, request, reply, show);
  return sendPage(
    reply,
    ChannelPage,
    {
      ...props,
      organizations: await organizationChoices(as, page.language),
      municipality: await municipalityOf(ctx, show.values.postalCode, page.language),
      holidays: await holidayChoices(ctx, page.language),
    },
    show.status ?? 200,
  );
}

export function editorChannelRoutes(ctx: Context) {
  return async function routes(app: FastifyInstance): Promise<void> {
    app.addHook('preHandler', requireSignIn);
    const typeOf = (value: unknown): ChannelType => ((CHANNEL_TYPES as readonly string[]).includes(String(value)) ? (value as ChannelType) : 'WebPage');
    registerContentForm<ChannelFormValues>(app, ctx, {
      kind: 'channel',
      newValues: (request) => channelValuesFromContent({ type: typeOf((request.query as { type?: string }).type), languages: ['fi'], organizationId: activeOrganization(request) ?? '', sharedForAll: true }),
      // a channel keeps its type; a new one gets it from ?type=
      fromBody: (body, request, row) => channelValuesFromBody(body, typeOf(row ? row.workingContent.type : (request.query as { type?: string }).type)),
      fromContent: (content) => channelValuesFromContent(content),
      toContent: channelContentFromValues,
      show: (request, reply, show) => showForm(ctx, request, reply, show),
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
