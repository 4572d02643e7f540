/**
 * The anonymous, CORS-open code-list API under /api/v1/code-lists. Labels are language maps.
 */
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Context } from '../../../actions/context.ts';
import * as read from '../../../actions/code-lists/read-code-lists.ts';
import { problems } from '../../common.schemas.ts';
import * as s from './code-lists.schemas.ts';

const tags = ['Code lists'];
const CACHE = 'public, max-age=300';

export function codeListRoutes(ctx: Context) {
  return async function routes(fastify: FastifyInstance): Promise<void> {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
    app.addHook('onSend', async (_request, reply) => {
      if (reply.statusCode < 400) reply.header('cache-control', CACHE);
    });

    app.get('', { schema: { tags, summary: 'Index of code lists with their loaded versions', response: { 200: s.CodeListIndex } } }, async () =>
      (await read.listCodeLists(ctx)).map(({ path, version, ...info }) => ({
        ...info,
        href: path ? `/api/v1/code-lists/${path}` : null,
        version: version ? { label: version.versionLabel, checksum: version.checksum, itemCount: version.itemCount, loadedAt: version.loadedAt.toISOString(), versionCount: version.versionCount } : null,
      })),
    );

    for (const [path, summary] of [
      ['service-classes', 'Service classes (palveluluokat): main classes with their sub classes'],
      ['target-groups', 'Target groups (kohderyhmät) with their sub groups'],
      ['life-events', 'Life events (elämäntilanteet) with their sub events'],
    ] as const) {
      app.get(`/${path}`, { schema: { tags, summary, response: { 200: s.ClassificationTree } } }, () => read.classificationTree(ctx, path));
    }

    app.get('/industrial-classes', { schema: { tags, summary: 'Industrial classes (TOL 2008), one level at a time', querystring: s.IndustrialClassQuery, response: { 200: s.IndustrialClassList, ...problems(400, 404) } } }, (request) =>
      read.industrialClasses(ctx, request.query.parent),
    );

    app.get('/municipalities', { schema: { tags, summary: 'Municipalities with their areas', querystring: s.MunicipalityQuery, response: { 200: s.MunicipalityList, ...problems(400) } } }, (request) =>
      read.municipalities(ctx, request.query.includeAbolished === true),
    );

    for (const [path, type, summary] of [
      ['regions', 'region', 'Regions (maakunnat) with member municipalities'],
      ['wellbeing-services-counties', 'wellbeingServicesCounty', 'Wellbeing services counties (hyvinvointialueet), Helsinki and Åland, with member municipalities'],
      ['business-regions', 'businessRegion', 'Business regions (seutukunnat) with member municipalities'],
      ['hospital-regions', 'hospitalRegion', 'Hospital districts (legacy, abolished 2023) with member municipalities'],
    ] as const) {
      app.get(`/${path}`, { schema: { tags, summary, response: { 200: s.AreaList } } }, () => read.areas(ctx, type));
    }

    app.get('/postal-codes', { schema: { tags, summary: 'Postal codes by code or post office prefix, with their municipality', querystring: s.PostalCodeQuery, response: { 200: s.Type.Array(s.PostalCode), ...problems(400) } } }, async (request) =>
      (await read.postalCodes(ctx, request.query.q, request.query.municipality, request.query.limit)).map(postalCodeOut),
    );

    app.get('/postal-codes/:code', { schema: { tags, summary: 'One postal code and its municipality', params: s.PostalCodeParams, response: { 200: s.PostalCode, ...problems(400, 404) } } }, async (request) =>
      postalCodeOut(await read.postalCode(ctx, request.params.code)),
    );

    app.get('/languages', { schema: { tags, summary: 'Languages; the content languages are flagged', querystring: s.LanguageQuery, response: { 200: s.LanguageList, ...problems(400) } } }, (request) =>
      read.languages(ctx, request.query.content === true),
    );

    app.get('/countries', { schema: { tags, summary: 'Countries with dialling codes', response: { 200: s.CountryList } } }, () => read.countries(ctx));

    app.get('/holidays', { schema: { tags, summary: 'Finnish holidays and eves with their dates in a year', querystring: s.HolidayQuery, response: { 200: s.HolidayList, ...problems(400) } } }, async (request) => {
      const year = request.query.year ?? helsinkiYear(ctx.clock.now());
      return { year, holidays: await read.holidays(ctx, year) };
    });

    app.get('/enums', { schema: { tags, summary: 'Enumerations (type tables) used in content', response: { 200: s.EnumMap } } }, () => read.enums(ctx));
    app.get('/digital-authorizations', { schema: { tags, summary: 'Suomi.fi e-Authorizations topics', response: { 200: s.DigitalAuthorizationList } } }, () => read.digitalAuthorizations(ctx));
    app.get('/service-numbers', { schema: { tags, summary: 'National service number prefixes (Traficom)', response: { 200: s.ServiceNumberList } } }, () => read.serviceNumbers(ctx));

    app.get('/ontology-terms', { schema: { tags, summary: 'Autocomplete of ontology terms (YSO) over fi/sv/en labels', querystring: s.OntologyQuery, response: { 200: s.OntologyHitList, ...problems(400) } } }, async (request) => {
      const { q, lang, limit, places } = request.query;
      const hits = await read.searchOntologyTerms(ctx, q, { lang, limit, includePlaces: places });
      return hits.map((hit) => ({ id: hit.id, uri: hit.uri, label: hit.label, isPlace: hit.isPlace, matched: { lang: hit.matchedLang, label: hit.matchedLabel }, match: hit.tier === 0 ? ('prefix' as const) : ('similar' as const) }));
    });

    app.get('/ontology-terms/:id', { schema: { tags, summary: 'One ontology term by YSO id or URI; legacy KOKO URIs resolve through the bridge', params: s.OntologyTermParams, response: { 200: s.OntologyTerm, ...problems(400, 404) } } }, (request) =>
      read.ontologyTerm(ctx, request.params.id),
    );
  };
}

function postalCodeOut(row: Awaited<ReturnType<typeof read.postalCode>>) {
  return { code: row.code, name: row.name, type: row.type, municipality: { code: row.municipalityCode, name: row.municipalityName } };
}

/** The calendar year in Finland at `at`. */
function helsinkiYear(at: Date): number {
  return Number(new Intl.DateTimeFormat('en', { timeZone: 'Europe/Helsinki', year: 'numeric' }).format(at));
}
