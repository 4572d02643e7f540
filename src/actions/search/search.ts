/**
 * The two searches. Public search: published content only, ranked, with facets and distance.
 * Editor search: the working copies the actor may read and the published content of everybody
 * else (to reuse shared channels), by name, address, phone, email or id, with editorial filters.
 */
import { organizationTree } from '../../db/repositories/entities.repository.ts';
import { inWordsIndex, MAX_COUNTED, search as searchRows, type FacetName, type SearchFilter, type SearchRow } from '../../db/repositories/search.repository.ts';
import { normalizePhone, normalizeText, SEARCH_LANGUAGES, type SearchLanguage } from '../../domain/search/search-document.ts';
import { exactQueryText, formsOf, MAX_PREFIX_LEXEMES, MAX_SINGLE_WORD_LEXEMES, queryWords, tsQueryText } from '../../domain/search/search-query.ts';
import { prefixForms } from '../../db/repositories/search-vocabulary.repository.ts';
import { ValidationError } from '../../domain/errors.ts';
import { actorLabel, actorOf, type Context } from '../context.ts';
import { readableOrganizations } from '../catalogue/authorize.ts';

export const MAX_PAGE = 100;
/** Matches a search counts (and ranks) at most; beyond it totals are lower bounds. */
export { MAX_COUNTED };

export interface CommonSearchParams {
  q?: string | undefined;
  lang?: SearchLanguage | undefined;
  type?: string[] | undefined;
  subType?: string[] | undefined;
  organization?: string | undefined;
  serviceClass?: string[] | undefined;
  targetGroup?: string[] | undefined;
  ontologyTerm?: string[] | undefined;
  municipality?: string[] | undefined;
  region?: string[] | undefined;
  wellbeingServicesCounty?: string[] | undefined;
  language?: string[] | undefined;
  fundingType?: string[] | undefined;
  organizationType?: string[] | undefined;
  near?: string | undefined;
  radiusKm?: number | undefined;
  sort?: 'relevance' | 'name' | 'modified' | 'distance' | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}

export interface SearchResult {
  id: string;
  kind: string;
  type: string | null;
  organizationId: string | null;
  name: string;
  summary: string | null;
  languages: string[];
  /** Highlighted excerpt: HTML-escaped text with the matches in <mark> elements. */
  snippet: string | null;
  score: number;
  distanceKm: number | null;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The snippet with every match marked; everything else escaped. */
export function markSnippet(raw: string | null): string | null {
  if (!raw) return null;
  return escapeHtml(raw).split(String.fromCharCode(1)).join('<mark>').split(String.fromCharCode(2)).join('</mark>');
}

function parseNear(near: string | undefined): { lat: number; lon: number } | undefined {
  if (!near) return undefined;
  const [lat, lon] = near.split(',').map(Number);
  if (lat === undefined || lon === undefined || !Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
    throw new ValidationError([{ path: 'near', code: 'invalidCoordinates', message: 'near must be "latitude,longitude" in WGS84 degrees, e.g. 60.39,25.66', location: 'query' }]);
  }
  return { lat, lon };
}

async function organizationsOf(ctx: Context, organization: string | undefined): Promise<string[] | undefined> {
  return organization ? organizationTree(ctx.database.readDb, organization) : undefined;
}

/**
 * The words as full-text queries per language, each word's prefix also spelled out as the exact
 * lexemes of the index it stands for (one lookup for all of them). With several words, or with a
 * facet filter that the words' GIN index holds too (inWordsIndex), GIN can then intersect them
 * cheaply, skipping through the longer lists at the shorter one's rows, where a prefix makes it
 * collect every row of the word first ("mental health services" 53 → 8 ms, "opetus" in class P5
 * 20 → 7 ms at 100,000 services): up to MAX_PREFIX_LEXEMES a form. One word alone: up to
 * MAX_SINGLE_WORD_LEXEMES.
 */
export async function textFilter(ctx: Context, q: string | undefined, language: SearchLanguage | undefined, withFacets = false): Promise<Pick<SearchFilter, 'tsQuery' | 'matchQuery' | 'text'>> {
  const words = queryWords(q ?? '');
  if (words.length === 0) return {};
  const tsQuery = Object.fromEntries(SEARCH_LANGUAGES.map((l) => [l, tsQueryText(words, l)])) as Record<SearchLanguage, string>;
  const max = words.length < 2 && !withFacets ? MAX_SINGLE_WORD_LEXEMES : MAX_PREFIX_LEXEMES;
  const languages = language ? [language] : [...SEARCH_LANGUAGES];
  const lookups = languages.flatMap((language) => words.flatMap((word) => formsOf(word, language).map((form) => ({ language, form }))));
  const found = await prefixForms(ctx.database.readDb, lookups, max);
  // the forms come back in the order asked: per language, per word
  let next = 0;
  const matchQuery: Partial<Record<SearchLanguage, string>> = {};
  for (const language of languages) {
    const exact = exactQueryText(words.map((word) => formsOf(word, language).map(() => found[next++]!)));
    if (exact !== undefined) matchQuery[language] = exact;
  }
  return { tsQuery, matchQuery, text: words.join(' ') };
}

async function commonFilter(ctx: Context, p: CommonSearchParams): Promise<Omit<SearchFilter, 'scope'>> {
  const near = parseNear(p.near);
  const filters: Omit<SearchFilter, 'scope'> = {
    language: p.lang,
    kinds: p.type,
    subTypes: p.subType,
    organizationIds: await organizationsOf(ctx, p.organization),
    hasLanguages: p.language,
    serviceClasses: p.serviceClass,
    targetGroups: p.targetGroup,
    ontologyTerms: p.ontologyTerm,
    areas: [...(p.municipality ?? []).map((c) => `m:${c}`), ...(p.region ?? []).map((c) => `r:${c}`), ...(p.wellbeingServicesCounty ?? []).map((c) => `w:${c}`)],
    fundingTypes: p.fundingType,
    organizationTypes: p.organizationType,
    near: near ? { ...near, radiusKm: p.radiusKm } : undefined,
  };
  return { ...(await textFilter(ctx, p.q, p.lang, inWordsIndex(filters))), ...filters };
}

function resultOf(row: SearchRow, lang: SearchLanguage): SearchResult {
  const pick = (value: Record<string, string>) => value[lang] ?? value.fi ?? value.sv ?? value.en ?? Object.values(value)[0] ?? null;
  return {
    id: row.entityId,
    kind: row.kind,
    type: row.subType,
    organizationId: row.organizationId,
    name: pick(row.name) ?? '',
    summary: pick(row.summary),
    languages: row.languages,
    snippet: markSnippet(row.snippet),
    score: Math.round(row.score * 10000) / 10000,
    distanceKm: row.distanceKm === null ? null : Math.round(row.distanceKm * 100) / 100,
  };
}

const PUBLIC_FACETS: FacetName[] = ['kind', 'type', 'serviceClass', 'targetGroup', 'municipality', 'region', 'wellbeingServicesCounty', 'language', 'fundingType', 'organizationType'];

/**
 * Names merely similar to the words (typos) are looked for in queries of at most this many words
 * when the words find nothing: a longer phrase is rarely a name with a typo, and matching its
 * many trigrams costs 100–600 ms on 100,000 services.
 */
export const MAX_TYPO_WORDS = 2;

/**
 * Whether to look for names merely similar to the words (a second statement). One word: when its
 * matches fill no page (similar names also find compounds that end with the word, "neuvola" →
 * Perheneuvolan palvelut). Two words: only when they find nothing ("language cafe" → Language
 * café); with some matches, the trigram matching of two words cost 10–150 ms at 100,000 services
 * and rarely added a useful name.
 */
function wantsSimilarNames(text: string | undefined, total: number, page: { offset: number; limit: number }): boolean {
  const words = text === undefined ? 0 : text.split(' ').length;
  if (words === 1) return total < page.offset + page.limit;
  return words > 0 && words <= MAX_TYPO_WORDS && total === 0;
}

/**
 * The page and the counts. Names merely similar to the words (typos) rank below every match of
 * the words, so they are looked for only when the words fill no page (matching them row by row
 * was most of the cost of a common word), and in phrases only when they find nothing
 * (wantsSimilarNames).
 */
async function run(ctx: Context, filter: SearchFilter, p: CommonSearchParams, facets: FacetName[]) {
  const lang = p.lang ?? 'fi';
  const sort = p.sort ?? (filter.near && !filter.tsQuery ? 'distance' : 'relevance');
  const page = { sort, nameLanguage: lang, limit: Math.min(p.limit ?? 20, MAX_PAGE), offset: p.offset ?? 0 };
  let { rows, counts } = await searchRows(ctx.database.readDb, { ...filter, text: undefined }, page, facets);
  if (wantsSimilarNames(filter.text, counts.total, page)) {
    // when the words found nothing, only the similar names are left to look for
    ({ rows, counts } = await searchRows(ctx.database.readDb, { ...filter, similarNamesOnly: counts.total === 0 }, page, facets));
  }
  return { total: counts.total, totalIsExact: counts.totalIsExact, rows, lang, facets: counts.facets };
}

/**
 * Anonymous, ranked search of published content. Beyond MAX_COUNTED matches the page is the best
 * of the first MAX_COUNTED found, and total and facet counts are lower bounds (totalIsExact false).
 */
export async function publicSearch(ctx: Context, p: CommonSearchParams) {
  const { total, totalIsExact, rows, lang, facets } = await run(ctx, { scope: 'public', ...(await commonFilter(ctx, p)) }, p, PUBLIC_FACETS);
  return { total, totalIsExact, items: rows.map((row) => resultOf(row, lang)), facets };
}

/** What the editor's query text is. */
export const EDITOR_SEARCH_TYPES = ['name', 'address', 'phone', 'email', 'id'] as const;
export type EditorSearchType = (typeof EDITOR_SEARCH_TYPES)[number];
/** Statuses of a language version the editor filters by; `scheduled` = a publish or archive is pending. */
export const SEARCH_STATUSES = ['draft', 'published', 'modified', 'archived', 'scheduled'] as const;
export type SearchStatus = (typeof SEARCH_STATUSES)[number];

/** One result of the editor's finder. */
export type EditorSearchItem = Awaited<ReturnType<typeof editorSearch>>['items'][number];

export interface EditorSearchParams extends CommonSearchParams {
  searchType?: EditorSearchType | undefined;
  status?: SearchStatus | undefined;
  /** The language version whose status `status` means (any when absent). */
  statusLanguage?: string | undefined;
  editedByMe?: boolean | undefined;
}

const EDITOR_FACETS: FacetName[] = [...PUBLIC_FACETS, 'ontologyTerm', 'organization', 'status'];

/** The editor's finder over the actor's working copies and everyone's published content. */
export async function editorSearch(ctx: Context, p: EditorSearchParams) {
  const base = await commonFilter(ctx, { ...p, q: p.searchType && p.searchType !== 'name' ? undefined : p.q });
  const q = (p.q ?? '').trim();
  const filter: SearchFilter = { ...base, scope: 'editor', readable: await readableOrganizations(ctx.database.readDb, ctx) };
  if (q && p.searchType === 'address') filter.address = normalizeText(q);
  if (q && p.searchType === 'phone') filter.phone = normalizePhone(q);
  if (q && p.searchType === 'email') filter.email = q.toLowerCase();
  if (q && p.searchType === 'id') filter.id = q;
  if (p.status === 'scheduled') filter.scheduled = true;
  else if (p.status) filter.languageStatus = { language: p.statusLanguage, status: p.status };
  if (p.editedByMe) filter.editedBy = actorLabel(actorOf(ctx));
  const { total, totalIsExact, rows, lang, facets } = await run(ctx, filter, p, EDITOR_FACETS);
  return {
    total,
    totalIsExact,
    // own content comes from the working copy, with a status per language version; others' as published
    items: rows.map((row) => ({ ...resultOf(row, lang), own: row.scope === 'working', status: row.status, languageStatus: row.languageStatus, modifiedAt: row.modifiedAt.toISOString() })),
    facets,
  };
}
