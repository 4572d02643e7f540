/** GET /editor/search: the editor's finder as a page (a GET form: works without JavaScript, and results can be bookmarked). */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Context } from '../../actions/context.ts';
import { organizationChoices, organizationNames } from '../../actions/catalogue/overview.ts';
import { EDITOR_SEARCH_TYPES, editorSearch, SEARCH_STATUSES, type EditorSearchParams, type EditorSearchType } from '../../actions/search/search.ts';
import { sendPage } from '../render.ts';
import { PAGE_SIZE, SearchPage, type MassFormState, type SearchForm } from './pages/search.page.tsx';
import { pageContext, requireSignIn } from './session.ts';
import { actingAs } from './acting.ts';

export type Query = Partial<Record<keyof SearchForm, string>>;

const UUID = /^[0-9a-f-]{36}$/i;

export function formOf(query: Query): SearchForm {
  return {
    searchType: EDITOR_SEARCH_TYPES.includes(query.searchType as EditorSearchType) ? (query.searchType as EditorSearchType) : 'name',
    q: (query.q ?? '').slice(0, 200),
    contentType: query.contentType ?? '',
    organization: query.organization && UUID.test(query.organization) ? query.organization : '',
    language: ['fi', 'sv', 'en'].includes(query.language ?? '') ? query.language! : '',
    status: (SEARCH_STATUSES as readonly string[]).includes(query.status ?? '') ? query.status! : '',
    onlyMine: query.onlyMine === '1',
    offset: Math.max(0, Math.min(100_000, Number.parseInt(query.offset ?? '0', 10) || 0)),
  };
}

export function paramsOf(form: SearchForm, lang: 'fi' | 'sv' | 'en'): EditorSearchParams {
  const [kind, channelType] = form.contentType.split(':');
  return {
    q: form.q || undefined,
    searchType: form.searchType,
    lang,
    type: kind ? [kind] : undefined,
    subType: channelType ? [channelType] : undefined,
    organization: form.organization || undefined,
    language: form.language ? [form.language] : undefined,
    status: (form.status || undefined) as EditorSearchParams['status'],
    statusLanguage: form.language || undefined,
    editedByMe: form.onlyMine,
    sort: form.q ? 'relevance' : 'modified',
    limit: PAGE_SIZE,
    offset: form.offset,
  };
}

/** The search page for `query`; `mass` brings back a refused mass-tool form with its errors and choices. */
export async function showSearch(ctx: Context, request: FastifyRequest, reply: FastifyReply, query: Query, mass?: MassFormState, status = 200) {
  const page = pageContext(request, reply);
  const form = formOf(query);
  const as = actingAs(ctx, request);
  const [result, organizations] = await Promise.all([editorSearch(as, paramsOf(form, page.language)), organizationChoices(as, page.language)]);
  const owners = await organizationNames(as, result.items.map((i) => (i.kind === 'organization' ? i.id : i.organizationId)).filter((id): id is string => !!id), page.language);
  return sendPage(reply, SearchPage, { page, form, organizations, owners, items: result.items, total: result.total, totalIsExact: result.totalIsExact, mass }, status);
}

export function editorSearchRoutes(ctx: Context) {
  return async function routes(app: FastifyInstance): Promise<void> {
    app.get<{ Querystring: Query }>('/editor/search', { preHandler: requireSignIn }, async (request, reply) => showSearch(ctx, request, reply, request.query));
  };
}
