/**
 * /editor/services: create and edit a service (the form), publish it per language now or at a
 * minute, archive it now or at a date, restore it, and read its history.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Context } from '../../actions/context.ts';
import { organizationChoices, organizationNames } from '../../actions/catalogue/overview.ts';
import { editorSearch } from '../../actions/search/search.ts';
import { areas, classificationTree, industrialClassChoices, municipalities, ontologyLabels, searchOntologyTerms } from '../../actions/code-lists/read-code-lists.ts';
import { textIn, type UiLanguage } from '../../shared/language.ts';
import { sendPage } from '../render.ts';
import type { FieldError } from './components.tsx';
import { ORGANIZATION_SEARCH_MIN, OntologySuggestions, OrganizationSuggestions, SuggestionHint, type ClassNode, type OrganizationChoiceChip, type TermChoice } from './pickers.tsx';
import { actingAs } from './acting.ts';
import { contentFromValues, valuesFromBody, valuesFromContent, type ServiceFormValues } from './service-form.ts';
import { ServicePage, type ServicePageProps } from './pages/service.page.tsx';
import { formPageBase, registerContentForm, type Show } from './content-form.ts';
import { languageOf, requireSignIn, translate } from './session.ts';
import { activeOrganization } from './acting.ts';
import { renderToStaticMarkup } from 'react-dom/server';
import { translator } from '../i18n.ts';
import { registerLifecycleRoutes } from './lifecycle.routes.ts';
import { registerConnectionRoutes } from './connections.routes.ts';


/** Code lists of the pickers; they change only when a code list is loaded, so a minute's cache is fine. */
let pickerCache: { at: number; data: Promise<PickerData> } | undefined;
type PickerData = Pick<ServicePageProps, 'serviceClasses' | 'targetGroups' | 'lifeEvents'> & { industrialClasses: Awaited<ReturnType<typeof industrialClassChoices>>; municipalities: { code: string; name: Record<string, string> }[]; regions: { code: string; name: Record<string, string> }[]; counties: { code: string; name: Record<string, string> }[] };

function pickerData(ctx: Context): Promise<PickerData> {
  if (!pickerCache || Date.now() - pickerCache.at > 60_000) {
    const data = (async () => ({
      serviceClasses: (await classificationTree(ctx, 'service-classes')) as unknown as ClassNode[],
      targetGroups: (await classificationTree(ctx, 'target-groups')) as unknown as ClassNode[],
      lifeEvents: (await classificationTree(ctx, 'life-events')) as unknown as ClassNode[],
      municipalities: (await municipalities(ctx, false)).map((m) => ({ code: m.code, name: m.name as Record<string, string> })),
      regions: (await areas(ctx, 'region')).map((a) => ({ code: a.code, name: a.name as Record<string, string> })),
      counties: (await areas(ctx, 'wellbeingServicesCounty')).map((a) => ({ code: a.code, name: a.name as Record<string, string> })),
      industrialClasses: await industrialClassChoices(ctx),
    }))();
    pickerCache = { at: Date.now(), data };
    data.catch(() => (pickerCache = undefined));
  }
  return pickerCache.data;
}

async function showForm(ctx: Context, request: FastifyRequest, reply: FastifyReply, show: Show<ServiceFormValues>) {
  const { page, as, props } = await formPageBase(ctx, request, reply, show);
  const language = page.language;
  const named = <T extends { code: string; name: Record<string, string> }>(items: T[]) => items.map((item) => ({ code: item.code, name: textIn(item.name, language) })).sort((a, b) => a.name.localeCompare(b.name, language));
  const [data, organizations, chosen, others] = await Promise.all([pickerData(ctx), organizationChoices(as, language), ontologyLabels(ctx, show.values.ontologyTerms), organizationNames(as, show.values.otherResponsibleOrganizationIds, language)]);
  return sendPage(
    reply,
    ServicePage,
    {
      ...props,
      organizations,
      serviceClasses: data.serviceClasses,
      targetGroups: data.targetGroups,
      lifeEvents: data.lifeEvents,
      municipalities: named(data.municipalities),
      regions: named(data.regions),
      counties: named(data.counties),
      industrialClasses: data.industrialClasses.map((c) => ({ code: c.code, name: textIn(c.name as Record<string, string>, language), section: textIn(c.sectionName as Record<string, string>, language) })),
      chosenTerms: chosen.map((term) => ({ id: term.id, label: textIn(term.label, language) })),
      candidateTerms: (show.extra?.candidates as TermChoice[] | undefined) ?? [],
      chosenOrganizations: show.values.otherResponsibleOrganizationIds.map((id) => ({ id, name: others.get(id) ?? id })),
      candidateOrganizations: (show.extra?.organizations as OrganizationChoiceChip[] | undefined) ?? [],
    },
    show.status ?? 200,
  );
}

/**
 * A term typed without picking a suggestion: an exact label match joins the chosen terms;
 * otherwise the form comes back with the candidates (or "not found") and nothing is saved.
 */
async function resolveTypedTerm(ctx: Context, request: FastifyRequest, values: ServiceFormValues): Promise<{ error?: FieldError; extra?: { candidates: TermChoice[] } }> {
  const typed = values.ontologyAdd;
  if (!typed) return {};
  const t = translate(request);
  const language = languageOf(request);
  const hits = await searchOntologyTerms(ctx, typed, { lang: language, limit: 8, includePlaces: false });
  const exact = hits.find((hit) => hit.matchedLabel.toLocaleLowerCase('fi') === typed.toLocaleLowerCase('fi'));
  if (exact) {
    values.ontologyTerms = [...new Set([...values.ontologyTerms, exact.id])];
    values.ontologyAdd = '';
    return {};
  }
  if (hits.length === 0) return { error: { field: 'ontologyAdd', message: t('ontologyNotFound', { term: typed }) } };
  return { error: { field: 'ontologyAdd', message: t('ontologyChoose') }, extra: { candidates: hits.map((hit) => ({ id: hit.id, label: textIn(hit.label, language) })) } };
}

/** Organizations whose name matches `q` (at least three characters), anywhere in the catalogue. */
async function findOrganizations(ctx: Context, q: string, language: UiLanguage): Promise<OrganizationChoiceChip[]> {
  if (q.length < ORGANIZATION_SEARCH_MIN) return [];
  const result = await editorSearch(ctx, { q, searchType: 'name', lang: language, type: ['organization'], limit: 10, sort: 'relevance' });
  return result.items.map((item) => ({ id: item.id, name: item.name }));
}

/**
 * An organization typed without picking a suggestion, as with ontology terms: one exact name
 * match joins the other responsible organizations; otherwise the form comes back with the
 * candidates (or "not found") and nothing is saved.
 */
async function resolveTypedOrganization(ctx: Context, request: FastifyRequest, values: ServiceFormValues): Promise<{ error?: FieldError; extra?: { organizations: OrganizationChoiceChip[] } }> {
  const typed = values.organizationAdd;
  if (!typed) return {};
  const t = translate(request);
  if (typed.length < ORGANIZATION_SEARCH_MIN) return { error: { field: 'organizationAdd', message: t('organizationSearchTooShort') } };
  const hits = await findOrganizations(actingAs(ctx, request), typed, languageOf(request));
  const exact = hits.filter((hit) => hit.name.toLocaleLowerCase('fi') === typed.toLocaleLowerCase('fi'));
  if (exact.length === 1) {
    values.otherResponsibleOrganizationIds = [...new Set([...values.otherResponsibleOrganizationIds, exact[0]!.id])];
    values.organizationAdd = '';
    return {};
  }
  if (hits.length === 0) return { error: { field: 'organizationAdd', message: t('organizationNotFound', { name: typed }) } };
  return { error: { field: 'organizationAdd', message: t('organizationChoose') }, extra: { organizations: hits } };
}

export function editorServiceRoutes(ctx: Context) {
  return async function routes(app: FastifyInstance): Promise<void> {
    app.addHook('preHandler', requireSignIn);
    registerContentForm<ServiceFormValues>(app, ctx, {
      kind: 'service',
      newValues: (request) => valuesFromContent({ type: 'Service', fundingType: 'Private', languages: ['fi'], mainResponsibleOrganizationId: activeOrganization(request) ?? '' }),
      fromBody: (body) => valuesFromBody(body),
      fromContent: valuesFromContent,
      toContent: contentFromValues,
      beforeSave: async (request, values) => {
        const term = await resolveTypedTerm(ctx, request, values);
        const organization = await resolveTypedOrganization(ctx, request, values);
        // both pickers' candidates come back together, so one save shows every choice to make
        return { ...(term.error ? { error: term.error } : organization.error ? { error: organization.error } : {}), extra: { ...term.extra, ...organization.extra } };
      },
      show: (request, reply, show) => showForm(ctx, request, reply, show),
    });
    registerLifecycleRoutes(app, ctx, 'service');
    registerConnectionRoutes(app, ctx);
  };
}

/** GET /editor/ontology-suggestions?ontologyAdd=…: the htmx suggestions of the ontology-term search. */
export function ontologySuggestionRoutes(ctx: Context) {
  return async function routes(app: FastifyInstance): Promise<void> {
    app.get<{ Querystring: { ontologyAdd?: string; lang?: string } }>('/editor/ontology-suggestions', { preHandler: requireSignIn }, async (request, reply) => {
      const q = (request.query.ontologyAdd ?? '').trim().slice(0, 100);
      const language = (['fi', 'sv', 'en'].includes(request.query.lang ?? '') ? request.query.lang : 'fi') as UiLanguage;
      const t = translator(language);
      if (q.length < 3) return reply.type('text/html; charset=utf-8').send('');
      const hits = await searchOntologyTerms(ctx, q, { lang: language, limit: 10, includePlaces: false });
      return reply.type('text/html; charset=utf-8').send(renderToStaticMarkup(OntologySuggestions({ terms: hits.map((hit) => ({ id: hit.id, label: textIn(hit.label, language) })), t })));
    });
  };
}

/** GET /editor/organization-suggestions?organizationAdd=…: the htmx suggestions of the organization search. */
export function organizationSuggestionRoutes(ctx: Context) {
  return async function routes(app: FastifyInstance): Promise<void> {
    app.get<{ Querystring: { organizationAdd?: string } }>('/editor/organization-suggestions', { preHandler: requireSignIn }, async (request, reply) => {
      const q = (request.query.organizationAdd ?? '').trim().slice(0, 100);
      const t = translate(request);
      if (q.length < ORGANIZATION_SEARCH_MIN) return reply.type('text/html; charset=utf-8').send(renderToStaticMarkup(SuggestionHint({ text: t('organizationSearchTooShort') })));
      const organizations = await findOrganizations(actingAs(ctx, request), q, languageOf(request));
      return reply.type('text/html; charset=utf-8').send(renderToStaticMarkup(OrganizationSuggestions({ organizations, t })));
    });
  };
}
