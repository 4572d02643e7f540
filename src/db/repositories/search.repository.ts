/**
 * The search queries: ranked full text (per-language configurations, prefixes and variants as
 * given), trigram matching of names, exact and normalized lookups, filters, facets and distance.
 * All SQL of searching lives here; the query text comes from domain/search.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../db.ts';
import { textArray, uuidArray } from './sql-arrays.ts';
import { SEARCH_LANGUAGES, type SearchLanguage } from '../../domain/search/search-document.ts';
import { TS_CONFIG } from '../../domain/search/search-query.ts';

export interface SearchFilter {
  /** public: published content; working: every working copy; editor: working copies of `readable`, published content of the rest. */
  scope: 'public' | 'working' | 'editor';
  readable?: string[] | undefined;
  /** to_tsquery text per language (absent = no text condition). */
  tsQuery?: Record<SearchLanguage, string> | undefined;
  /**
   * Per language, tsquery input text that matches what tsQuery matches, with the prefixes spelled
   * out as exact lexemes (exactQueryText); used for matching, while ranking keeps tsQuery.
   */
  matchQuery?: Partial<Record<SearchLanguage, string>> | undefined;
  /** The typed text, for trigram matching of names. */
  text?: string | undefined;
  /**
   * Only names similar to `text`, not the words: the caller knows the words find nothing here, so
   * matching them again (a GIN bitmap of every prefix) would only cost time.
   */
  similarNamesOnly?: boolean | undefined;
  /** Match only this language's texts. */
  language?: SearchLanguage | undefined;
  kinds?: string[] | undefined;
  subTypes?: string[] | undefined;
  organizationIds?: string[] | undefined;
  hasLanguages?: string[] | undefined;
  /** Language version status, e.g. { language: 'sv', status: 'draft' } (language absent = any language). */
  languageStatus?: { language?: string | undefined; status: string } | undefined;
  scheduled?: boolean | undefined;
  serviceClasses?: string[] | undefined;
  targetGroups?: string[] | undefined;
  ontologyTerms?: string[] | undefined;
  /** m:/r:/w: tokens; nationwide content matches every area. */
  areas?: string[] | undefined;
  fundingTypes?: string[] | undefined;
  organizationTypes?: string[] | undefined;
  phone?: string | undefined;
  email?: string | undefined;
  address?: string | undefined;
  id?: string | undefined;
  editedBy?: string | undefined;
  near?: { lat: number; lon: number; radiusKm?: number | undefined } | undefined;
}

export interface SearchPage {
  sort: 'relevance' | 'name' | 'modified' | 'distance';
  nameLanguage: SearchLanguage;
  limit: number;
  offset: number;
}

const config = (lang: SearchLanguage) => sql.raw(`'${TS_CONFIG[lang]}'::regconfig`);
const doc = (lang: SearchLanguage) => sql.raw(`s.doc_${lang}`);
const languagesOf = (f: SearchFilter) => (f.language ? [f.language] : [...SEARCH_LANGUAGES]);
/** Whether the filter has a facet that the words' GIN indexes hold beside the words (one scan intersects them). */
export const inWordsIndex = (f: Omit<SearchFilter, 'scope'>): boolean =>
  [f.serviceClasses, f.targetGroups, f.ontologyTerms, f.areas, f.subTypes].some((values) => values !== undefined && values.length > 0);
/** The row's name is similar to the typed text (pg_trgm word similarity, the trigram index). */
const similarName = (text: string) => sql`kuvaa_norm(${text}) <% s.name_norm`;
const nameSimilarity = (text: string) => sql`word_similarity(kuvaa_norm(${text}), s.name_norm)`;
/** Whether the row's text of `lang` matches the words: the exact lexemes when they were looked up, else the prefixes. */
const wordsMatch = (f: SearchFilter, lang: SearchLanguage) => {
  const exact = f.matchQuery?.[lang];
  return exact === undefined ? sql`${doc(lang)} @@ to_tsquery(${config(lang)}, ${f.tsQuery![lang]})` : sql`${doc(lang)} @@ ${exact}::tsquery`;
};

function distanceKm(near: { lat: number; lon: number }): SQL {
  return sql`(6371 * 2 * asin(sqrt(power(sin(radians(s.lat - ${near.lat}) / 2), 2) + cos(radians(${near.lat})) * cos(radians(s.lat)) * power(sin(radians(s.lon - ${near.lon}) / 2), 2))))`;
}

/**
 * How well the row matches the text: 0.1 + the full-text rank (weights D C B A) when the words
 * match, so any such row ranks above one found only by a similar name (trigram similarity × 0.05
 * ≤ 0.05, computed only for those rows: it is the costly part).
 */
export function rankOf(f: SearchFilter): SQL {
  if (!f.tsQuery) return sql`0::real`;
  if (f.similarNamesOnly && f.text) return sql`${nameSimilarity(f.text)} * 0.05`;
  const ranks = languagesOf(f).map((lang) => sql`ts_rank(${doc(lang)}, to_tsquery(${config(lang)}, ${f.tsQuery![lang]}), 1)`);
  const matches = languagesOf(f).map((lang) => wordsMatch(f, lang));
  const best = sql`0.1 + greatest(${sql.join(ranks, sql`, `)})`;
  // without the similar names every row searched matches the words (textCondition): no need to ask again
  if (!f.text) return best;
  return sql`CASE WHEN ${sql.join(matches, sql` OR `)} THEN ${best} ELSE ${nameSimilarity(f.text)} * 0.05 END`;
}

function textCondition(f: SearchFilter): SQL | undefined {
  if (!f.tsQuery) return undefined;
  if (f.similarNamesOnly && f.text) return similarName(f.text);
  const matches = languagesOf(f).map((lang) => wordsMatch(f, lang));
  if (f.text) matches.push(similarName(f.text));
  return sql`(${sql.join(matches, sql` OR `)})`;
}

/**
 * The scopes a filter reads, each with its own condition: public and working rows have partial
 * indexes of their own, which a condition naming one scope (as a constant) can use.
 */
function scopeBranches(f: SearchFilter): SQL[] {
  if (f.scope !== 'editor' || f.readable === undefined) return [sql.raw(f.scope === 'public' ? `s.scope = 'public'` : `s.scope = 'working'`)];
  const mine = f.readable.length ? sql`coalesce(s.organization_id = ANY(${uuidArray(f.readable)}), false)` : sql`false`;
  return [sql`s.scope = 'working' AND ${mine}`, sql`s.scope = 'public' AND NOT ${mine}`];
}

/** The WHERE conditions of a filter, except the scope. */
export function conditions(f: SearchFilter): SQL {
  const c: (SQL | undefined)[] = [textCondition(f)];
  if (f.kinds?.length) c.push(sql`s.kind = ANY(${textArray(f.kinds)})`);
  // as an array (sub_types): the column the GIN, modified-time and geo indexes hold
  if (f.subTypes?.length) c.push(sql`s.sub_types && ${textArray(f.subTypes)}`);
  if (f.organizationIds) c.push(f.organizationIds.length ? sql`s.organization_id = ANY(${uuidArray(f.organizationIds)})` : sql`false`);
  if (f.hasLanguages?.length) c.push(sql`s.languages @> ${textArray(f.hasLanguages)}`);
  if (f.languageStatus) {
    c.push(f.languageStatus.language
      ? sql`s.language_status ->> ${f.languageStatus.language} = ${f.languageStatus.status}`
      : sql`EXISTS (SELECT 1 FROM jsonb_each_text(s.language_status) ls WHERE ls.value = ${f.languageStatus.status})`);
  }
  if (f.scheduled) c.push(sql`EXISTS (SELECT 1 FROM scheduled_actions sa WHERE sa.entity_id = s.entity_id AND sa.state = 'pending')`);
  if (f.serviceClasses?.length) c.push(sql`s.service_classes && ${textArray(f.serviceClasses)}`);
  if (f.targetGroups?.length) c.push(sql`s.target_groups && ${textArray(f.targetGroups)}`);
  if (f.ontologyTerms?.length) c.push(sql`s.ontology_terms && ${textArray(f.ontologyTerms)}`);
  // as numbers (area_codes): the column the GIN and modified-time indexes hold
  if (f.areas?.length) c.push(sql`s.area_codes && kuvaa_area_codes(${textArray([...f.areas, '*'])})`);
  if (f.fundingTypes?.length) c.push(sql`s.funding_type = ANY(${textArray(f.fundingTypes)})`);
  if (f.organizationTypes?.length) c.push(sql`s.organization_type = ANY(${textArray(f.organizationTypes)})`);
  if (f.phone) c.push(sql`EXISTS (SELECT 1 FROM unnest(s.phones) p WHERE p LIKE ${`%${f.phone}%`})`);
  if (f.email) c.push(sql`EXISTS (SELECT 1 FROM unnest(s.emails) e WHERE e LIKE ${`${f.email}%`})`);
  if (f.address) c.push(sql`s.address_norm LIKE ${`%${f.address}%`}`);
  if (f.id) c.push(sql`(s.entity_id::text = ${f.id} OR s.source_id = ${f.id})`);
  if (f.editedBy) c.push(sql`EXISTS (SELECT 1 FROM entity_versions v WHERE v.entity_id = s.entity_id AND v.actor = ${f.editedBy})`);
  if (f.near) {
    c.push(sql`s.lat IS NOT NULL`);
    if (f.near.radiusKm) {
      const dLat = f.near.radiusKm / 111;
      const dLon = f.near.radiusKm / (111 * Math.max(0.01, Math.cos((f.near.lat * Math.PI) / 180)));
      c.push(sql`s.lat BETWEEN ${f.near.lat - dLat} AND ${f.near.lat + dLat} AND s.lon BETWEEN ${f.near.lon - dLon} AND ${f.near.lon + dLon}`);
      c.push(sql`${distanceKm(f.near)} <= ${f.near.radiusKm}`);
    }
  }
  const all = c.filter((x): x is SQL => x !== undefined);
  return all.length ? sql.join(all, sql` AND `) : sql`true`;
}

/**
 * A search ranks and counts at most this many matches. A word found in most of the catalogue
 * ("palvelut", "ter") would otherwise rank and count every row: beyond the cap, the page is the
 * best of MAX_COUNTED matches, and the total and facet counts are lower bounds (totalIsExact false).
 * What a capped search costs grows with the cap (finding, ranking and counting the matches); at
 * 100,000 services 2,000 cost twice as much as 1,000 (docs/search-tuning.md).
 */
export const MAX_COUNTED = 1000;

/** `SELECT columns` of the matching rows, one branch per scope (so each uses its partial indexes); at most `limit`. */
function matching(f: SearchFilter, columns: SQL, limit?: number, extra?: SQL): SQL {
  const where = extra ? sql`${conditions(f)} AND ${extra}` : conditions(f);
  const branches = scopeBranches(f).map((scope) => sql`SELECT ${columns} FROM search_entries s WHERE ${scope} AND ${where}`);
  const all = sql.join(branches, sql` UNION ALL `);
  return limit === undefined ? all : sql`${all} LIMIT ${sql.raw(String(limit))}`;
}

export interface SearchRow {
  entityId: string;
  scope: string;
  kind: string;
  subType: string | null;
  organizationId: string | null;
  languages: string[];
  languageStatus: Record<string, string>;
  status: string;
  name: Record<string, string>;
  summary: Record<string, string>;
  score: number;
  distanceKm: number | null;
  snippet: string | null;
  modifiedAt: Date;
}

function orderOf(f: SearchFilter, page: SearchPage): SQL {
  const nameKey = sql`coalesce(s.name ->> ${page.nameLanguage}, s.name ->> 'fi', s.name ->> 'sv', s.name ->> 'en')`;
  if (page.sort === 'distance' && f.near) return sql`distance_km ASC NULLS LAST, score DESC`;
  if (page.sort === 'name') return sql`lower(${nameKey}) ASC`;
  // NULLS LAST as in the modified_at indexes (the column is never null), so they give the order
  if (page.sort === 'modified' || !f.tsQuery) return sql`s.modified_at DESC NULLS LAST`;
  return sql`score DESC, s.modified_at DESC NULLS LAST`;
}

export type FacetName = 'kind' | 'type' | 'serviceClass' | 'targetGroup' | 'ontologyTerm' | 'municipality' | 'region' | 'wellbeingServicesCounty' | 'language' | 'fundingType' | 'organizationType' | 'organization' | 'status';

/**
 * The facets counted from facet_tokens, by the token's prefix: the prefixes kuvaa_facet_tokens
 * (migration 0017) writes, and the area tokens (m:, r:, w:; `*` is nationwide).
 */
const TOKEN_FACETS = { k: 'kind', t: 'type', f: 'fundingType', o: 'organizationType', l: 'language', c: 'serviceClass', g: 'targetGroup', m: 'municipality', r: 'region', w: 'wellbeingServicesCounty' } as const satisfies Record<string, FacetName>;
type TokenFacet = (typeof TOKEN_FACETS)[keyof typeof TOKEN_FACETS];
const AREA_FACETS: FacetName[] = ['municipality', 'region', 'wellbeingServicesCounty'];

/**
 * The editor's facets that are not tokens (every other facet, so the compiler checks that each
 * facet is counted somewhere): the column `m` keeps for it, and its count, (facet, value) per match.
 */
const OTHER_FACETS: Record<Exclude<FacetName, TokenFacet>, { column: SQL; count: SQL }> = {
  ontologyTerm: { column: sql`s.ontology_terms`, count: sql`SELECT 'ontologyTerm', x, count(*) FROM m AS s, unnest(s.ontology_terms) x GROUP BY 2` },
  organization: { column: sql`s.organization_id`, count: sql`SELECT 'organization', s.organization_id::text, count(*) FROM m AS s WHERE s.organization_id IS NOT NULL GROUP BY 2` },
  status: { column: sql`s.status`, count: sql`SELECT 'status', s.status, count(*) FROM m AS s GROUP BY 2` },
};
const otherFacetsOf = (facets: FacetName[]) => facets.flatMap((name) => (name in OTHER_FACETS ? [OTHER_FACETS[name as keyof typeof OTHER_FACETS]] : []));

/**
 * The count statements: the total (a row (NULL, NULL)), the facet tokens of the matches (rows
 * ('token', token): one pass over one array per match, where a GROUP BY per facet cost 2–3 ms more
 * on 1,000 matches) and the editor's other facets.
 */
function countQueries(facets: FacetName[]): SQL[] {
  return [sql`SELECT NULL::text, NULL::text, count(*) FROM m`, sql`SELECT 'token', t, count(*) FROM m AS s, unnest(s.facet_tokens) t GROUP BY 2`, ...otherFacetsOf(facets).map((f) => f.count)];
}

export interface SearchCounts {
  /** Matches; with totalIsExact false, a lower bound (MAX_COUNTED). */
  total: number;
  totalIsExact: boolean;
  /** Matches per facet value; lower bounds when totalIsExact is false. */
  facets: Partial<Record<FacetName, Record<string, number>>>;
}

/** What a search returns: one page of matches and the counts over them. */
export interface SearchResults {
  rows: SearchRow[];
  counts: SearchCounts;
}

/** The SELECT list of the capped match set: what ordering, the page and the facets read (no long texts). */
const cappedColumns = (facets: FacetName[]) =>
  sql.join([sql`s.entity_id, s.scope, s.modified_at, s.name, s.facet_tokens`, ...otherFacetsOf(facets).map((f) => f.column)], sql`, `);

/**
 * Nearest first, with more matches than `m` holds: the page lies within the distance of the
 * (offset + limit)th nearest match of `m` (the CTE `pivot`), as a box the geo index finds.
 */
function withinPivot(f: SearchFilter, page: SearchPage): SQL | undefined {
  if (page.sort !== 'distance' || !f.near) return undefined;
  const lat = sql.raw(`${Number(f.near.lat)}::float8`);
  const lon = sql.raw(`${Number(f.near.lon)}::float8`);
  const d = sql`(SELECT pivot.d FROM pivot)`;
  // a degree of latitude is 111.2 km; of longitude less, least at the box's edge nearest the pole
  const dLon = sql`${d} / (111 * cos(radians(least(89.9, abs(${lat}) + ${d} / 111))))`;
  return sql`s.lat BETWEEN ${lat} - ${d} / 111 AND ${lat} + ${d} / 111 AND s.lon BETWEEN ${lon} - ${dLon} AND ${lon} + ${dLon} AND ${distanceKm(f.near)} <= ${d}`;
}

const PAGE_COLUMNS = sql`s.entity_id, s.scope, s.score, s.distance_km`;
const everyMatchIn = sql`(SELECT count(*) FROM m) <= ${sql.raw(String(MAX_COUNTED))}`;
const sliceOf = (page: SearchPage) => sql`LIMIT ${page.limit} OFFSET ${page.offset}`;

/** Filters the modified-time index holds (besides the order): without words, checked in the index alone. */
const INDEXED_FILTERS = new Set<keyof SearchFilter>(['scope', 'readable', 'language', 'kinds', 'subTypes', 'organizationIds', 'serviceClasses', 'targetGroups', 'areas', 'fundingTypes', 'organizationTypes']);
const filtersOutsideIndex = (f: SearchFilter) =>
  Object.entries(f).some(([key, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0) && !INDEXED_FILTERS.has(key as keyof SearchFilter));

/** Rows of the table a walk newest first reads before giving up and sorting the matches (newestWalk). */
export const WALK_ROWS = 1000;

/**
 * Newest first, with a filter outside the modified-time index (ontology terms, languages,
 * status …): the first WALK_ROWS rows in that order, filtered, at most offset + limit of them.
 * When they fill the page, it is exact (every later match is older). Walking further would read a
 * table row per step, however sparse or old the matches are (50,000 rows and 130 ms for a small
 * municipality whose matches were all older than the newest 50,000 rows, before the areas were in
 * the index); the page is then found by sorting every match instead (pageInOrder). One scope
 * only: the editor's two scopes walk as before.
 */
function newestWalk(f: SearchFilter, page: SearchPage): SQL | undefined {
  const branches = scopeBranches(f);
  const newest = page.sort === 'modified' || (page.sort === 'relevance' && !f.tsQuery);
  if (!newest || branches.length !== 1 || !filtersOutsideIndex(f)) return undefined;
  const distance = f.near ? distanceKm(f.near) : sql`NULL::float8`;
  return sql`SELECT s.entity_id, s.scope, s.modified_at, ${rankOf(f)} AS score, ${distance} AS distance_km
    FROM (SELECT s.* FROM search_entries s WHERE ${branches[0]} ORDER BY s.modified_at DESC NULLS LAST, s.entity_id LIMIT ${sql.raw(String(WALK_ROWS))}) AS s
    WHERE ${conditions(f)} ORDER BY s.modified_at DESC NULLS LAST, s.entity_id LIMIT ${sql.raw(String(page.offset + page.limit))}`;
}

/**
 * The page in an order other than relevance: `m` sorted when it holds every match, else the
 * matches read in that order (the modified-time index, the pivot's box), or for a filter outside
 * the index the walk when it filled the page and otherwise every match sorted (the order is an
 * expression so that the planner sorts the index-found matches instead of walking the table).
 */
function pageInOrder(f: SearchFilter, page: SearchPage, pivot: SQL | undefined): SQL {
  const order = orderOf(f, page);
  const slice = sliceOf(page);
  const distance = f.near ? distanceKm(f.near) : sql`NULL::float8`;
  const columns = sql`s.entity_id, s.scope, s.modified_at, ${page.sort === 'name' ? sql`s.name, ` : sql``}${rankOf(f)} AS score, ${distance} AS distance_km`;
  const fromM = sql`(SELECT ${PAGE_COLUMNS} FROM m AS s WHERE ${everyMatchIn} ORDER BY ${order}, s.entity_id ${slice})`;
  if (!newestWalk(f, page)) {
    return sql`${fromM} UNION ALL (SELECT ${PAGE_COLUMNS} FROM (${matching(f, columns, undefined, pivot)}) AS s
      WHERE NOT ${everyMatchIn} ORDER BY ${order}, s.entity_id ${slice})`;
  }
  const walked = sql`(SELECT count(*) FROM walk) >= ${sql.raw(String(page.offset + page.limit))}`;
  return sql`${fromM}
    UNION ALL (SELECT ${PAGE_COLUMNS} FROM walk AS s WHERE NOT ${everyMatchIn} AND ${walked} ORDER BY ${order}, s.entity_id ${slice})
    UNION ALL (SELECT ${PAGE_COLUMNS} FROM (${matching(f, columns)}) AS s
      WHERE NOT ${everyMatchIn} AND NOT ${walked} ORDER BY s.modified_at + interval '0 s' DESC NULLS LAST, s.entity_id ${slice})`;
}

/**
 * One page of matches and the counts per facet value, in one statement. The matches are found
 * once: at most MAX_COUNTED + 1 of them (to know whether there are more), ranked, kept as `m`.
 * Ranked by relevance, the page is the best of `m`. In another order (name, modified time,
 * distance, or no words) the page is `m` sorted when `m` holds every match; only when there are
 * more does it read the matches in that order: newest first by the modified-time index, which
 * holds the short filter columns too, so that walking past the rows of other filters (the
 * newest rows might all be channels, say) reads no table rows (with a filter outside it, a
 * bounded walk: newestWalk); nearest first only within the distance of the page's last row in
 * `m` (withinPivot). The facets are counted over `m` in one pass over the matches' facet tokens
 * (countQueries: a row (NULL, NULL) holds the total, ('token', token) a token's count, `*` the
 * nationwide matches, which area counts include). Long texts (summary, snippet) and the
 * highlighted snippet are read for the rows of the page only.
 */
export async function search(db: DbOrTx, f: SearchFilter, page: SearchPage, facets: FacetName[]): Promise<SearchResults> {
  const distance = f.near ? distanceKm(f.near) : sql`NULL::float8`;
  const pivot = withinPivot(f, page);
  const ranked = f.tsQuery !== undefined && page.sort === 'relevance';
  const order = orderOf(f, page);
  const pageQuery = ranked ? sql`SELECT ${PAGE_COLUMNS} FROM m AS s ORDER BY ${order}, s.entity_id ${sliceOf(page)}` : pageInOrder(f, page, pivot);
  const snippetLang = f.language ?? page.nameLanguage;
  const headline = f.tsQuery
    ? sql`ts_headline(${config(snippetLang)}, coalesce(e.snippet_text ->> ${snippetLang}, e.snippet_text ->> 'fi', ''), to_tsquery(${config(snippetLang)}, ${f.tsQuery[snippetLang]}), 'StartSel=' || chr(1) || ', StopSel=' || chr(2) || ', MaxWords=30, MinWords=12, MaxFragments=1')`
    : sql`NULL::text`;
  const counts = countQueries(facets);
  const { rows } = await db.execute<{ page: PageJson[] | null; counts: [string | null, string | null, number][] | null }>(sql`
    WITH m AS MATERIALIZED (
      SELECT ${cappedColumns(facets)}, ${rankOf(f)} AS score, ${distance} AS distance_km FROM (${matching(f, sql`s.*`, MAX_COUNTED + 1)}) AS s
    ),${newestWalk(f, page) ? sql`
    walk AS (${newestWalk(f, page)}),` : sql``}${pivot ? sql`
    pivot AS (SELECT coalesce((SELECT m.distance_km FROM m ORDER BY m.distance_km LIMIT 1 OFFSET ${sql.raw(String(page.offset + page.limit - 1))}), 'Infinity'::float8) AS d),` : sql``}
    p AS (SELECT x.*, row_number() OVER () AS ord FROM (${pageQuery}) AS x)
    SELECT
      (SELECT json_agg(json_build_object('entity_id', e.entity_id, 'scope', e.scope, 'kind', e.kind, 'sub_type', e.sub_type, 'organization_id', e.organization_id,
          'languages', e.languages, 'language_status', e.language_status, 'status', e.status, 'name', e.name, 'summary', e.summary, 'score', p.score,
          'distance_km', p.distance_km, 'snippet', ${headline}, 'modified_at', e.modified_at) ORDER BY p.ord)
        FROM p JOIN search_entries e ON e.entity_id = p.entity_id AND e.scope = p.scope) AS page,
      (SELECT json_agg(json_build_array(c.f, c.v, c.n))
        FROM (${sql.join(counts, sql` UNION ALL `)}) AS c(f, v, n)) AS counts`);
  const row = rows[0]!;
  return { rows: (row.page ?? []).map(searchRowOf), counts: countsOf(row.counts ?? [], facets) };
}

interface PageJson {
  entity_id: string;
  scope: string;
  kind: string;
  sub_type: string | null;
  organization_id: string | null;
  languages: string[];
  language_status: Record<string, string>;
  status: string;
  name: Record<string, string>;
  summary: Record<string, string>;
  score: number;
  distance_km: number | null;
  snippet: string | null;
  modified_at: string;
}

function searchRowOf(r: PageJson): SearchRow {
  return {
    entityId: r.entity_id,
    scope: r.scope,
    kind: r.kind,
    subType: r.sub_type,
    organizationId: r.organization_id,
    languages: r.languages,
    languageStatus: r.language_status,
    status: r.status,
    name: r.name,
    summary: r.summary,
    score: Number(r.score),
    distanceKm: r.distance_km === null ? null : Number(r.distance_km),
    snippet: r.snippet,
    modifiedAt: new Date(r.modified_at),
  };
}

function countsOf(rows: [string | null, string | null, number][], facets: FacetName[]): SearchCounts {
  let total = 0;
  let nationwide = 0;
  const out: Partial<Record<FacetName, Record<string, number>>> = {};
  const add = (facet: FacetName | undefined, value: string, n: number) => {
    if (facet && facets.includes(facet)) (out[facet] ??= {})[value] = n;
  };
  for (const [f, v, n] of rows) {
    if (f === null) total = Number(n);
    else if (v === null) continue;
    else if (f !== 'token') add(f as FacetName, v, Number(n));
    else if (v === '*') nationwide = Number(n);
    else {
      const colon = v.indexOf(':');
      add(TOKEN_FACETS[v.slice(0, colon) as keyof typeof TOKEN_FACETS], v.slice(colon + 1), Number(n));
    }
  }
  // area counts include the nationwide matches
  for (const area of AREA_FACETS) {
    for (const key of Object.keys(out[area] ?? {})) out[area]![key]! += nationwide;
  }
  if (total <= MAX_COUNTED) return { total, totalIsExact: true, facets: out };
  for (const counts of Object.values(out)) for (const key of Object.keys(counts)) counts[key] = Math.min(counts[key]!, MAX_COUNTED);
  return { total: MAX_COUNTED, totalIsExact: false, facets: out };
}
