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
import { connectionContentFromValues, connectionValuesFromBody, connectionValuesFromContent, type ConnectionFormValues } from './connection-form.ts';
import { holidayChoices } from './channels.routes.ts';
import { pageContext, setFlash, translate } from './session.ts';
import { actingAs } from './acting.ts';

type Params = { Params: { id: string; channelId: string }; Body: Record<string, string | string[] | undefined>; Querystring: { searchType?: string; q?: string } };

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

  /** The saved additional info of the connection (without the channel's own columns), or undefined when not connected. */
  async function savedConnection(request: FastifyRequest<Params>): Promise<Record<string, unknown> | undefined> {
    const existing = (await ownerConnections(actingAs(ctx, request), request.params.id)).find((c) => c.channelId === request.params.channelId) as Record<string, unknown> | undefined;
    if (!existing) return undefined;
    const { channelId: _c, channelType: _t, channelStatus: _s, modifiedAt: _m, ...content } = existing;
    return content;
  }

  async function showDialog(request: FastifyRequest<Params>, reply: FastifyReply, values?: ConnectionFormValues, errors: ReturnType<typeof fieldErrors> = [], status = 200) {
    const as = actingAs(ctx, request);
    const page = pageContext(request, reply);
    const row = await getOwnedEntity(as, 'service', request.params.id);
    const saved = await savedConnection(request);
    const names = await contentNames(as, [request.params.channelId], page.language);
    return sendPage(
      reply,
      ConnectionDialogPage,
      {
        page,
        entity: await entitySummary(as, row, page.language),
        channelName: names.get(request.params.channelId) ?? '',
        channelId: request.params.channelId,
        connected: saved !== undefined,
        versionTag: versionTag(row.id, row.revision),
        values: values ?? connectionValuesFromContent(saved ?? {}),
        holidays: await holidayChoices(ctx, page.language),
        errors,
      },
      status,
    );
  }

  app.get<Params>('/:id/connections/:channelId', async (request, reply) => showDialog(request, reply));

  app.post<Params>('/:id/connections/:channelId', csrf, async (request, reply) => {
    const body = request.body ?? {};
    const as = actingAs(ctx, request);
    const values = connectionValuesFromBody(body);
    const content = connectionContentFromValues(values, (await savedConnection(request)) ?? {});
    try {
      await connectChannel(as, request.params.id, request.params.channelId, content as never, typeof body.versionTag === 'string' ? body.versionTag : undefined);
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
      const tag = request.body?.versionTag;
      await disconnectChannel(actingAs(ctx, request), request.params.id, request.params.channelId, typeof tag === 'string' ? tag : undefined);
      setFlash(request, { kind: 'success', key: 'connectionRemoved' });
    } catch (error) {
      if (!(error instanceof PreconditionFailedError)) throw error;
      setFlash(request, { kind: 'error', key: 'staleVersion' });
    }
    return reply.redirect(`/editor/services/${request.params.id}/connections`, 303);
  });
}
