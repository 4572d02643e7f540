/** GET /api/v1/search (open, published content) and GET /api/v1/editor-search (clients, drafts of their tree). */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type, type TSchema } from 'typebox';
import type { Context } from '../../actions/context.ts';
import { EDITOR_SEARCH_TYPES, editorSearch, MAX_COUNTED, MAX_PAGE, publicSearch, SEARCH_STATUSES } from '../../actions/search/search.ts';
import { problems } from '../common.schemas.ts';
import { requireClient } from '../auth/auth.ts';

const codes = (description: string) => Type.Optional(Type.Array(Type.String({ maxLength: 100 }), { maxItems: 50, description }));
const lang = Type.Union([Type.Literal('fi'), Type.Literal('sv'), Type.Literal('en')]);

const common = {
  q: Type.Optional(Type.String({ maxLength: 200, description: 'Words to find. Finnish words match inflected forms and compounds ("terveyskesk", "lapsi" → "lasten").' })),
  lang: Type.Optional({ ...lang, description: 'Match and show this language (fi, sv or en); default: match all three, show Finnish first.' }),
  type: codes('organization, service or channel.'),
  subType: codes('Service type (Service, PermitOrObligation, ProfessionalQualification), channel type (EChannel, WebPage, PrintableForm, Phone, ServiceLocation) or organization type.'),
  organization: Type.Optional(Type.String({ format: 'uuid', description: 'Content of this organization and its sub-organizations.' })),
  serviceClass: codes('Service class codes, main or sub (e.g. P3 or P3.1).'),
  targetGroup: codes('Target group codes (e.g. KR1.2).'),
  ontologyTerm: codes('YSO ontology term ids (e.g. p13050).'),
  municipality: codes('Municipality codes (e.g. 638): content for that area, nationwide content included.'),
  region: codes('Region codes (e.g. 01).'),
  wellbeingServicesCounty: codes('Wellbeing services county codes.'),
  language: codes('Content that has all these language versions.'),
  fundingType: codes('Public or Private.'),
  organizationType: codes('Organization types (e.g. Municipality, Organization).'),
  near: Type.Optional(Type.String({ pattern: '^-?[0-9.]+,-?[0-9.]+$', description: 'latitude,longitude (WGS84): orders service locations by distance.' })),
  radiusKm: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 2000, description: 'With near: only within this distance.' })),
  sort: Type.Optional(Type.Union([Type.Literal('relevance'), Type.Literal('name'), Type.Literal('modified'), Type.Literal('distance')], { description: 'Order: relevance (default), name, modified (newest first) or distance (with near).' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_PAGE, default: 20, description: `Results per page (at most ${MAX_PAGE}).` })),
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 100000, default: 0, description: 'Results to skip.' })),
};

const resultFields = {
  id: Type.String({ description: 'Id.' }),
  kind: Type.String({ description: 'organization, service or channel.' }),
  type: Type.Union([Type.String(), Type.Null()], { description: 'Service, channel or organization type.' }),
  organizationId: Type.Union([Type.String(), Type.Null()], { description: 'Owning organization.' }),
  name: Type.String({ description: 'Name in the requested language (or the first available).' }),
  summary: Type.Union([Type.String(), Type.Null()], { description: 'Summary in the requested language (or the first available).' }),
  languages: Type.Array(Type.String(), { description: 'Language versions.' }),
  snippet: Type.Union([Type.String(), Type.Null()], { description: 'Excerpt as HTML: the text escaped, the matched words in <mark> elements.' }),
  score: Type.Number({ description: 'Relevance (higher is better).' }),
  distanceKm: Type.Union([Type.Number(), Type.Null()], { description: 'Distance from near, in kilometres.' }),
};

const facetCounts = Type.Record(Type.String(), Type.Record(Type.String(), Type.Integer()), { description: `Per facet (serviceClass, targetGroup, municipality, region, wellbeingServicesCounty, type, language, fundingType, organizationType …) the count of matches per value. Area counts include nationwide content. When totalIsExact is false, counted over the first ${MAX_COUNTED} matches found: lower bounds.` });

const page = (item: TSchema) =>
  Type.Object({
    total: Type.Integer({ description: `All matches, counted up to ${MAX_COUNTED}: when totalIsExact is false there are more than ${MAX_COUNTED} (show "${MAX_COUNTED}+").` }),
    totalIsExact: Type.Boolean({ description: `False when there are more than ${MAX_COUNTED} matches: total and facet counts are then lower bounds, and a page ordered by relevance is the best of the first ${MAX_COUNTED} matches found (narrow the search to rank them all).` }),
    items: Type.Array(item, { description: 'This page.' }),
    facets: facetCounts,
  });

export function searchRoutes(ctx: Context) {
  return async function routes(fastify: FastifyInstance): Promise<void> {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
    app.get('/api/v1/search', {
      schema: { tags: ['Search'], summary: 'Ranked search of published services, channels and organizations, with facets and distance', querystring: Type.Object(common, { additionalProperties: false }), response: { 200: page(Type.Object(resultFields, { description: 'A match.' })), ...problems(400) } },
    }, (request) => publicSearch(ctx, request.query));

    const as = (request: FastifyRequest): Context => ({ ...ctx, actor: request.actor, requestId: request.id });
    app.get('/api/v1/editor-search', {
      preHandler: requireClient(ctx),
      schema: {
        tags: ['Search'],
        security: [{ bearer: [] }],
        summary: 'The editor\'s finder: working copies (drafts included) of your tree and published content of others',
        querystring: Type.Object({
          ...common,
          searchType: Type.Optional(Type.Union(EDITOR_SEARCH_TYPES.map((type) => Type.Literal(type)), { description: 'What q is: name (default, full text), address (street, postal code or municipality), phone (any format), email, or id (Kuvaa id or source id).' })),
          status: Type.Optional(Type.Union(SEARCH_STATUSES.map((status) => Type.Literal(status)), { description: 'Status of a language version (scheduled: a publish or archive is pending).' })),
          statusLanguage: Type.Optional({ ...lang, description: 'The language version status applies to (default: any).' }),
          editedByMe: Type.Optional(Type.Boolean({ description: 'Only content this client has edited.' })),
        }, { additionalProperties: false }),
        response: {
          200: page(Type.Object({
            ...resultFields,
            own: Type.Boolean({ description: 'True for your tree\'s content (its working copy); false for another organization\'s published content.' }),
            status: Type.String({ description: 'Overall status.' }),
            languageStatus: Type.Record(Type.String(), Type.String(), { description: 'Status per language version.' }),
            modifiedAt: Type.String({ format: 'date-time', description: 'Last modified.' }),
          }, { description: 'A match.' })),
          ...problems(400, 401),
        },
      },
    }, (request) => editorSearch(as(request), request.query));
  };
}
