/** /editor/mass: start a mass action (publish, archive, restore, copy) from the search page and follow its progress. */
import type { FastifyInstance } from 'fastify';
import type { Context } from '../../actions/context.ts';
import { contentNames } from '../../actions/catalogue/overview.ts';
import { MASS_LIMIT, massActionStatus, startMassAction } from '../../actions/catalogue/mass-actions.ts';
import { editorSearch } from '../../actions/search/search.ts';
import { ValidationError } from '../../domain/errors.ts';
import { sendPage } from '../render.ts';
import { MassPage } from './pages/mass.page.tsx';
import { formOf, paramsOf, showSearch } from './search.routes.ts';
import { fieldErrors } from './form-errors.ts';
import { languageOf, pageContext, requireSignIn, translate } from './session.ts';
import { actingAs } from './acting.ts';

const list = (value: string | string[] | undefined) => (Array.isArray(value) ? value : value ? [value] : []);

/** Own content of every result of the search (at most MASS_LIMIT), for "all results". */
async function allResults(ctx: Context, search: string, language: 'fi' | 'sv' | 'en'): Promise<string[]> {
  const form = formOf(Object.fromEntries(new URLSearchParams(search)));
  const ids: string[] = [];
  for (let offset = 0; offset < MASS_LIMIT; offset += 100) {
    const page = await editorSearch(ctx, { ...paramsOf(form, language), limit: 100, offset });
    ids.push(...page.items.filter((item) => item.own).map((item) => item.id));
    if (page.items.length < 100) break;
  }
  return ids.slice(0, MASS_LIMIT);
}

export function editorMassRoutes(ctx: Context) {
  return async function routes(app: FastifyInstance): Promise<void> {
    app.addHook('preHandler', requireSignIn);

    app.post<{ Body: Record<string, string | string[] | undefined> }>('/', { preHandler: app.csrfProtection }, async (request, reply) => {
      const body = request.body ?? {};
      const as = actingAs(ctx, request);
      const search = typeof body.search === 'string' ? body.search : '';
      const ids = body.allMatching === '1' ? await allResults(as, search, languageOf(request)) : list(body.ids);
      const choices = { action: String(body.action ?? ''), languages: list(body.languages), organizationId: typeof body.organizationId === 'string' ? body.organizationId : '' };
      try {
        const id = await startMassAction(as, { ...choices, ids });
        return reply.redirect(`/editor/mass/${id}`, 303);
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        // the search page comes back with the errors at their fields and the rows still ticked
        const errors = fieldErrors(error.violations, translate(request));
        return showSearch(ctx, request, reply, Object.fromEntries(new URLSearchParams(search)), { errors, ...choices, ids: list(body.ids) }, 400);
      }
    });

    app.get<{ Params: { id: string } }>('/:id', async (request, reply) => {
      const as = actingAs(ctx, request);
      const page = pageContext(request, reply);
      const status = await massActionStatus(as, Number(request.params.id));
      const names = await contentNames(as, [...status.results.map((r) => r.id), ...(status.organizationId ? [status.organizationId] : [])], page.language);
      return sendPage(reply, MassPage, { page, status, names });
    });
  };
}
