/** A service's connections in the editor: list, find a channel to connect, the additional-info dialog, remove. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Context } from '../../actions/context.ts';
import { connectChannel, disconnectChannel, ownerConnections } from '../../actions/catalogue/connections.ts';
import { contentNames, organizationNames } from '../../actions/catalogue/overview.ts';
import { getOwnedEntity } from '../../actions/catalogue/read-entities.ts';
import { PreconditionFailedError, versionTag } from '../../actions/catalogue/version-tag.ts';
import { editorSearch } from '../../actions/search/search.ts';
import { ValidationError } from '../../domain/errors.ts';
import { sendPage } from '../render.ts';
import { fieldErrors } from './form-errors.ts';
import { entitySummary } from './lifecycle.routes.ts';
import { ConnectionDialogPage, ConnectionsPage } from './pages/connections.page.tsx';
import { FORM_LANGUAGES } from './service-form.ts';
import { pageContext, setFlash, translate } from './session.ts';
import { actingAs } from './acting.ts';

type Params = { Params: { id: string; channelId: string }; Body: Record<string, string | undefined>; Querystring: { searchType?: string; q?: string } };

const firstText = (value: unknown) => {
  const text = (value ?? {}) as Record<string, string>;
  return text.fi ?? Object.values(text)[0] ?? '';
};

export function registerConnectionRoutes(app: FastifyInstance, ctx: Context): void {
  const csrf = { preHandler: app.csrfProtection };

  app.get<Params>('/:id/connections', async (request, reply) => {
    const as = actingAs(ctx, request);
    const page = pageContext(request, reply);
    const row = await getOwnedEntity(as, 'service', request.params.id);
    const connections = await ownerConnections(as, row.id);
    const names = await contentNames(as, connections.map((c) => c.channelId), page.language);
    const searchType = request.query.searchType === 'address' ? 'address' : 'name';
    const q = (request.query.q ?? '').trim().slice(0, 200);
    let hits;
    if (q) {
      const result = await editorSearch(as, { q, searchType, lang: page.language, type: ['channel'], limit: 20, sort: 'relevance' });
      const owners = await organizationNames(as, result.items.map((i) => i.organizationId).filter((id): id is string => !!id), page.language);
      hits = result.items.map((item) => ({ id: item.id, type: item.type, name: item.name, summary: item.summary, own: item.own, owner: owners.get(item.organizationId ?? '') ?? '' }));
    }
    return sendPage(reply, ConnectionsPage, {
      page,
      entity: await entitySummary(as, row, page.language),
      connections: connections.map((c) => ({ channelId: c.channelId, channelType: c.channelType, channelStatus: c.channelStatus, name: names.get(c.channelId) ?? '', description: firstText((c as { description?: unknown }).description) })),
      versionTag: versionTag(row.id, row.revision),
      search: { searchType, q },
      hits,
    });
  });

  async function showDialog(request: FastifyRequest<Params>, reply: FastifyReply, values?: Record<string, string>, errors: ReturnType<typeof fieldErrors> = [], status = 200) {
    const as = actingAs(ctx, request);
    const page = pageContext(request, reply);
    const row = await getOwnedEntity(as, 'service', request.params.id);
    const existing = (await ownerConnections(as, row.id)).find((c) => c.channelId === request.params.channelId) as Record<string, unknown> | undefined;
    const names = await contentNames(as, [request.params.channelId], page.language);
    const description = (existing?.description ?? {}) as Record<string, string>;
    return sendPage(
      reply,
      ConnectionDialogPage,
      {
        page,
        entity: await entitySummary(as, row, page.language),
        channelName: names.get(request.params.channelId) ?? '',
        channelId: request.params.channelId,
        connected: existing !== undefined,
        versionTag: versionTag(row.id, row.revision),
        values: values ?? Object.fromEntries(FORM_LANGUAGES.map((lang) => [`description.${lang}`, description[lang] ?? ''])),
        errors,
      },
      status,
    );
  }

  app.get<Params>('/:id/connections/:channelId', async (request, reply) => showDialog(request, reply));

  app.post<Params>('/:id/connections/:channelId', csrf, async (request, reply) => {
    const body = request.body ?? {};
    const as = actingAs(ctx, request);
    const values = Object.fromEntries(FORM_LANGUAGES.map((lang) => [`description.${lang}`, (body[`description.${lang}`] ?? '').trim()]));
    const existing = (await ownerConnections(as, request.params.id)).find((c) => c.channelId === request.params.channelId) as Record<string, unknown> | undefined;
    const description = Object.fromEntries(FORM_LANGUAGES.map((lang) => [lang, values[`description.${lang}`]!]).filter(([, text]) => text !== ''));
    // the dialog edits the description; other additional info (hours, contacts) is kept
    const { channelId: _c, channelType: _t, channelStatus: _s, modifiedAt: _m, description: _d, ...kept } = existing ?? {};
    const content = { ...kept, ...(Object.keys(description).length ? { description } : {}) };
    try {
      await connectChannel(as, request.params.id, request.params.channelId, content as never, body.versionTag);
    } catch (error) {
      if (error instanceof PreconditionFailedError) return showDialog(request, reply, values, [{ field: '', message: translate(request)('staleVersion') }], 409);
      if (!(error instanceof ValidationError)) throw error;
      return showDialog(request, reply, values, fieldErrors(error.violations, translate(request)), 400);
    }
    setFlash(request, { kind: 'success', key: 'connectionSaved' });
    return reply.redirect(`/editor/services/${request.params.id}/connections`, 303);
  });

  app.post<Params>('/:id/connections/:channelId/remove', csrf, async (request, reply) => {
    try {
      await disconnectChannel(actingAs(ctx, request), request.params.id, request.params.channelId, request.body?.versionTag);
      setFlash(request, { kind: 'success', key: 'connectionRemoved' });
    } catch (error) {
      if (!(error instanceof PreconditionFailedError)) throw error;
      setFlash(request, { kind: 'error', key: 'staleVersion' });
    }
    return reply.redirect(`/editor/services/${request.params.id}/connections`, 303);
  });
}
