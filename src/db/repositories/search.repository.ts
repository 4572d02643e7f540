/**
 * The search queries: ranked full text (per-language configurations, prefixes and variants as
 * given), trigram matching of names, exact and normalized lookups, filters, facets and distance.
 * All SQL of searching lives here; the query text comes from domain/search.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../db.ts';
import { SEARCH_LANGUAGES, type SearchLanguage } from '../../domain/search/search-document.ts';
import { TS_CONFIG } from '../../domain/search/search-query.ts';

export interface SearchFilter {
  /** public: published content; working: every working copy; editor: working copies of `readable`, published content of the rest. */
  scope: 'public' | 'working' | 'editor';
  readable?: string[] | undefined;
  /** to_tsquery text per language (absent = no text condition). */
  tsQuery?: Record<SearchLanguage, string> | undefined;
  /** The typed text, for trigram matching of names. */
  text?: string | undefined;
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

const any = (values: string[]) => sql`ARRAY[${sql.join(values.map((v) => sql`${v}`), sql`, `)}]::text[]`;
const anyUuid = (values: string[]) => sql`ARRAY[${sql.join(values.map((v) => sql`${v}`), sql`, `)}]::uuid[]`;
const config = (lang: SearchLanguage) => sql.raw(`'${TS_CONFIG[lang]}'::regconfig`);
const doc = (lang: SearchLanguage) => sql.raw(`s.doc_${lang}`);
const languagesOf = (f: SearchFilter) => (f.language ? [f.language] : [...SEARCH_LANGUAGES]);

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
  const ranks = languagesOf(f).map((lang) => sql`ts_rank(${doc(lang)}, to_tsquery(${config(lang)}, ${f.tsQuery![lang]}), 1)`);
  const matches = languagesOf(f).map((lang) => sql`${doc(lang)} @@ to_tsquery(${config(lang)}, ${f.tsQuery![lang]})`);
  const otherwise = f.text ? sql`word_similarity(kuvaa_norm(${f.text}), s.name_norm) * 0.05` : sql`0`;
  return sql`CASE WHEN ${sql.join(matches, sql` OR `)} THEN 0.1 + greatest(${sql.join(ranks, sql`, `)}) ELSE ${otherwise} END`;
}

function textCondition(f: SearchFilter): SQL | undefined {
  if (!f.tsQuery) return undefined;
  const matches = languagesOf(f).map((lang) => sql`${doc(lang)} @@ to_tsquery(${config(lang)}, ${f.tsQuery![lang]})`);
  if (f.text) matches.push(sql`kuvaa_norm(${f.text}) <% s.name_norm`);
  return sql`(${sql.join(matches, sql` OR `)})`;
}

/**
 * The scopes a filter reads, each with its own condition: public and working rows have partial
 * indexes of their own, which a condition naming one scope (as a constant) can use.
 */
function scopeBranches(f: SearchFilter): SQL[] {
  if (f.scope !== 'editor' || f.readable === undefined) return [sql.raw(f.scope === 'public' ? `s.scope = 'public'` : `s.scope = 'working'`)];
  const mine = f.readable.length ? sql`coalesce(s.organization_id = ANY(${anyUuid(f.readable)}), false)` : sql`false`;
  return [sql`s.scope = 'working' AND ${mine}`, sql`s.scope = 'public' AND NOT ${mine}`];
}

/** The WHERE conditions of a filter, except the scope. */
export function conditions(f: SearchFilter): SQL {
  const c: (SQL | undefined)[] = [textCondition(f)];
  if (f.kinds?.length) c.push(sql`s.kind = ANY(${any(f.kinds)})`);
  if (f.subTypes?.length) c.push(sql`s.sub_type = ANY(${any(f.subTypes)})`);
  if (f.organizationIds) c.push(f.organizationIds.length ? sql`s.organization_id = ANY(${anyUuid(f.organizationIds)})` : sql`false`);
  if (f.hasLanguages?.length) c.push(sql`s.languages @> ${any(f.hasLanguages)}`);
  if (f.languageStatus) {
    c.push(f.languageStatus.language
      ? sql`s.language_status ->> ${f.languageStatus.language} = ${f.languageStatus.status}`
      : sql`EXISTS (SELECT 1 FROM jsonb_each_text(s.language_status) ls WHERE ls.value = ${f.languageStatus.status})`);
  }
  if (f.scheduled) c.push(sql`EXISTS (SELECT 1 FROM scheduled_actions sa WHERE sa.entity_id = s.entity_id AND sa.state = 'pending')`);
  if (f.serviceClasses?.length) c.push(sql`s.service_classes && ${any(f.serviceClasses)}`);
  if (f.targetGroups?.length) c.push(sql`s.target_groups && ${any(f.targetGroups)}`);
  if (f.ontologyTerms?.length) c.push(sql`s.ontology_terms && ${any(f.ontologyTerms)}`);
  if (f.areas?.length) c.push(sql`s.areas && ${any([...f.areas, '*'])}`);
  if (f.fundingTypes?.length) c.push(sql`s.funding_type = ANY(${any(f.fundingTypes)})`);
  if (f.organizationTypes?.length) c.push(sql`s.organization_type = ANY(${any(f.organizationTypes)})`);
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
 */
export const MAX_COUNTED = 2000;

/** `SELECT columns` of the matching rows, one branch per scope (so each uses its partial indexes); at most `limit`. */
function matching(f: SearchFilter, columns: SQL, limit?: number): SQL {
  const where = conditions(f);
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

/**
 * One page of matches, best first (or by name, modified time or distance). Ranked by relevance,
 * the page is the best of the first MAX_COUNTED matches; the other orders see every match.
 */
export async function searchPage(db: DbOrTx, f: SearchFilter, page: SearchPage): Promise<SearchRow[]> {
  const distance = f.near ? distanceKm(f.near) : sql`NULL::float8`;
  const ranked = f.tsQuery !== undefined && page.sort === 'relevance';
  const snippetLang = f.language ?? page.nameLanguage;
  const headline = f.tsQuery
    ? sql`ts_headline(${config(snippetLang)}, coalesce(s.snippet_text ->> ${snippetLang}, s.snippet_text ->> 'fi', ''), to_tsquery(${config(snippetLang)}, ${f.tsQuery[snippetLang]}), 'StartSel=' || chr(1) || ', StopSel=' || chr(2) || ', MaxWords=30, MinWords=12, MaxFragments=1')`
    : sql`NULL::text`;
  const rows = await db.execute<{ entity_id: string; scope: string; kind: string; sub_type: string | null; organization_id: string | null; languages: string[]; language_status: Record<string, string>; status: string; name: Record<string, string>; summary: Record<string, string>; score: number; distance_km: number | null; snippet: string | null; modified_at: string }>(sql`
    SELECT s.entity_id, s.scope, s.kind, s.sub_type, s.organization_id, s.languages, s.language_status, s.status, s.name, s.summary,
      s.score, ${distance} AS distance_km, ${headline} AS snippet, s.modified_at
    FROM (SELECT s.*, ${rankOf(f)} AS score FROM (${matching(f, sql`s.*`, ranked ? MAX_COUNTED : undefined)}) AS s) AS s
    ORDER BY ${orderOf(f, page)}, s.entity_id
    LIMIT ${page.limit} OFFSET ${page.offset}`);
  return rows.rows.map((r) => ({
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
  }));
}

export type FacetName = 'kind' | 'type' | 'serviceClass' | 'targetGroup' | 'ontologyTerm' | 'municipality' | 'region' | 'wellbeingServicesCounty' | 'language' | 'fundingType' | 'organizationType' | 'organization' | 'status';

const FACET_PAIRS: Record<FacetName, SQL> = {
  kind: sql`SELECT 'kind', s.kind`,
  type: sql`SELECT 'type', s.sub_type WHERE s.sub_type IS NOT NULL`,
  serviceClass: sql`SELECT 'serviceClass', unnest(s.service_classes)`,
  targetGroup: sql`SELECT 'targetGroup', unnest(s.target_groups)`,
  ontologyTerm: sql`SELECT 'ontologyTerm', unnest(s.ontology_terms)`,
  municipality: sql`SELECT 'municipality', substr(a, 3) FROM unnest(s.areas) a WHERE a LIKE 'm:%'`,
  region: sql`SELECT 'region', substr(a, 3) FROM unnest(s.areas) a WHERE a LIKE 'r:%'`,
  wellbeingServicesCounty: sql`SELECT 'wellbeingServicesCounty', substr(a, 3) FROM unnest(s.areas) a WHERE a LIKE 'w:%'`,
  language: sql`SELECT 'language', unnest(s.languages)`,
  fundingType: sql`SELECT 'fundingType', s.funding_type WHERE s.funding_type IS NOT NULL`,
  organizationType: sql`SELECT 'organizationType', s.organization_type WHERE s.organization_type IS NOT NULL`,
  organization: sql`SELECT 'organization', s.organization_id::text WHERE s.organization_id IS NOT NULL`,
  status: sql`SELECT 'status', s.status`,
};

export interface SearchCounts {
  /** Matches; with totalIsExact false, a lower bound (MAX_COUNTED). */
  total: number;
  totalIsExact: boolean;
  /** Matches per facet value; lower bounds when totalIsExact is false. */
  facets: Partial<Record<FacetName, Record<string, number>>>;
}

/**
 * Counts per facet value, and the total, over the matches (at most MAX_COUNTED + 1 of them, to
 * know whether there are more). One pass: each match is spread into (facet, value) pairs beside
 * it, with (NULL, NULL) once per match for the total and ('*', NULL) for nationwide content.
 * Area counts include nationwide content.
 */
export async function searchFacets(db: DbOrTx, f: SearchFilter, facets: FacetName[]): Promise<SearchCounts> {
  const pairs = [sql`SELECT NULL::text, NULL::text`, sql`SELECT '*', NULL WHERE s.areas @> ARRAY['*']`, ...facets.map((name) => FACET_PAIRS[name])];
  const columns = sql`s.kind, s.sub_type, s.service_classes, s.target_groups, s.ontology_terms, s.areas, s.languages, s.funding_type, s.organization_type, s.organization_id, s.status`;
  const rows = await db.execute<{ f: string | null; v: string | null; n: string }>(sql`
    SELECT x.f, x.v, count(*) AS n
    FROM (${matching(f, columns, MAX_COUNTED + 1)}) AS s CROSS JOIN LATERAL (${sql.join(pairs, sql` UNION ALL `)}) AS x(f, v)
    GROUP BY x.f, x.v`);
  let total = 0;
  let nationwide = 0;
  const out: Partial<Record<FacetName, Record<string, number>>> = {};
  for (const row of rows.rows) {
    if (row.f === null) total = Number(row.n);
    else if (row.f === '*') nationwide = Number(row.n);
    else if (row.v !== null) (out[row.f as FacetName] ??= {})[row.v] = Number(row.n);
  }
  for (const area of ['municipality', 'region', 'wellbeingServicesCounty'] as const) {
    for (const key of Object.keys(out[area] ?? {})) out[area]![key]! += nationwide;
  }
  if (total <= MAX_COUNTED) return { total, totalIsExact: true, facets: out };
  for (const counts of Object.values(out)) for (const key of Object.keys(counts)) counts[key] = Math.min(counts[key]!, MAX_COUNTED);
  return { total: MAX_COUNTED, totalIsExact: false, facets: out };
}
