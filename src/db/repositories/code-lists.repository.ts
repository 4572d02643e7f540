/**
 * Reads of the national code lists. Only current items (not removed by a later version) unless
 * stated otherwise.
 */
import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db.ts';
import * as t from '../schema/index.ts';
import type { LocalizedText } from '../../shared/language.ts';

export interface CodeListVersionRow {
  name: string;
  versionLabel: string;
  checksum: string;
  itemCount: number;
  loadedAt: Date;
  versionCount: number;
}

/** The newest version of every loaded code list, with how many versions were loaded in all. */
export async function listLatestCodeListVersions(db: DbOrTx): Promise<CodeListVersionRow[]> {
  const result = await db.execute<{
    name: string;
    version_label: string;
    checksum: string;
    item_count: number;
    loaded_at: string;
    version_count: string;
  }>(sql`
    SELECT DISTINCT ON (name) name, version_label, checksum, item_count, loaded_at,
           count(*) OVER (PARTITION BY name) AS version_count
    FROM code_list_versions ORDER BY name, id DESC`);
  return result.rows.map((row) => ({
    name: row.name,
    versionLabel: row.version_label,
    checksum: row.checksum,
    itemCount: row.item_count,
    loadedAt: new Date(row.loaded_at),
    versionCount: Number(row.version_count),
  }));
}

export interface ClassificationRow {
  code: string;
  uri: string;
  parentCode: string | null;
  level: number;
  name: LocalizedText;
  description: LocalizedText | null;
}

type ClassificationKind = 'service-classes' | 'target-groups' | 'life-events' | 'industrial-classes';
const CLASSIFICATION_TABLES = {
  'service-classes': t.serviceClasses,
  'target-groups': t.targetGroups,
  'life-events': t.lifeEvents,
  'industrial-classes': t.industrialClasses,
} as const;

export async function listClassification(db: DbOrTx, kind: ClassificationKind): Promise<ClassificationRow[]> {
  const table = CLASSIFICATION_TABLES[kind] as typeof t.serviceClasses;
  return db
    .select({ code: table.code, uri: table.uri, parentCode: table.parentCode, level: table.level, name: table.name, description: table.description })
    .from(table)
    .where(isNull(table.removedAt))
    .orderBy(asc(table.sortOrder));
}

/** Industrial classes directly under `parent` (the sections when parent is undefined). */
export async function listIndustrialClassChildren(
  db: DbOrTx,
  parent: string | undefined,
): Promise<(ClassificationRow & { childCount: number })[]> {
  const c = t.industrialClasses;
  const children = sql<number>`(SELECT count(*)::int FROM industrial_classes k WHERE k.parent_code = industrial_classes.code AND k.removed_at IS NULL)`;
  return db
    .select({ code: c.code, uri: c.uri, parentCode: c.parentCode, level: c.level, name: c.name, description: c.description, childCount: children })
    .from(c)
    .where(and(isNull(c.removedAt), parent === undefined ? isNull(c.parentCode) : eq(c.parentCode, parent)))
    .orderBy(asc(c.sortOrder));
}

/** Every industrial class, in the code list's order (for a picker of the whole classification). */
export async function listIndustrialClasses(db: DbOrTx): Promise<Pick<ClassificationRow, 'code' | 'parentCode' | 'level' | 'name'>[]> {
  const c = t.industrialClasses;
  return db.select({ code: c.code, parentCode: c.parentCode, level: c.level, name: c.name }).from(c).where(isNull(c.removedAt)).orderBy(asc(c.sortOrder));
}

export async function findIndustrialClass(db: DbOrTx, code: string): Promise<ClassificationRow | undefined> {
  const c = t.industrialClasses;
  const [row] = await db
    .select({ code: c.code, uri: c.uri, parentCode: c.parentCode, level: c.level, name: c.name, description: c.description })
    .from(c)
    .where(eq(c.code, code));
  return row;
}

export async function listMunicipalities(db: DbOrTx, includeAbolished: boolean) {
  const m = t.municipalities;
  return db
    .select()
    .from(m)
    .where(and(isNull(m.removedAt), includeAbolished ? undefined : eq(m.valid, true)))
    .orderBy(asc(m.code));
}

export interface AreaRow {
  code: string;
  name: LocalizedText;
  legacyCode: string | null;
  subtype: string | null;
  regionCode: string | null;
  municipalities: string[];
}

export async function listAreas(db: DbOrTx, type: string): Promise<AreaRow[]> {
  const a = t.areas;
  const members = sql<string[]>`coalesce((SELECT array_agg(am.municipality_code ORDER BY am.municipality_code)
      FROM area_municipalities am WHERE am.area_type = areas.type AND am.area_code = areas.code), '{}')`;
  return db
    .select({ code: a.code, name: a.name, legacyCode: a.legacyCode, subtype: a.subtype, regionCode: a.regionCode, municipalities: members })
    .from(a)
    .where(and(eq(a.type, type), isNull(a.removedAt)))
    .orderBy(asc(a.code));
}

export interface PostalCodeRow {
  code: string;
  name: LocalizedText;
  type: string;
  municipalityCode: string;
  municipalityName: LocalizedText;
}

/** Postal codes whose code or post office name starts with `q` (all when q is empty). */
export async function searchPostalCodes(
  db: DbOrTx,
  q: string | undefined,
  municipality: string | undefined,
  limit: number,
): Promise<PostalCodeRow[]> {
  const p = t.postalCodes;
  const m = t.municipalities;
  const prefix = q ? `${escapeLike(q.trim())}%` : undefined;
  const matches = prefix
    ? sql`(${p.code} LIKE ${prefix} OR kuvaa_norm(${p.name}->>'fi') LIKE kuvaa_norm(${prefix}) OR kuvaa_norm(${p.name}->>'sv') LIKE kuvaa_norm(${prefix}))`
    : undefined;
  return db
    .select({ code: p.code, name: p.name, type: p.type, municipalityCode: p.municipalityCode, municipalityName: m.name })
    .from(p)
    .innerJoin(m, eq(m.code, p.municipalityCode))
    .where(and(isNull(p.removedAt), matches, municipality ? eq(p.municipalityCode, municipality) : undefined))
    .orderBy(asc(p.code))
    .limit(limit);
}

export async function findPostalCode(db: DbOrTx, code: string): Promise<PostalCodeRow | undefined> {
  const rows = await db
    .select({ code: t.postalCodes.code, name: t.postalCodes.name, type: t.postalCodes.type, municipalityCode: t.postalCodes.municipalityCode, municipalityName: t.municipalities.name })
    .from(t.postalCodes)
    .innerJoin(t.municipalities, eq(t.municipalities.code, t.postalCodes.municipalityCode))
    .where(eq(t.postalCodes.code, code));
  return rows[0];
}

export async function listLanguages(db: DbOrTx, contentOnly: boolean) {
  const l = t.languages;
  return db
    .select({ code: l.code, name: l.name, contentLanguage: l.contentLanguage, contentOrder: l.contentOrder })
    .from(l)
    .where(and(isNull(l.removedAt), contentOnly ? eq(l.contentLanguage, true) : undefined))
    .orderBy(contentOnly ? asc(l.contentOrder) : asc(l.sortOrder));
}

export async function listCountries(db: DbOrTx) {
  const c = t.countries;
  return db.select({ code: c.code, name: c.name, dialCodes: c.dialCodes }).from(c).where(isNull(c.removedAt)).orderBy(asc(c.code));
}

export async function listHolidays(db: DbOrTx) {
  const h = t.holidays;
  return db
    .select({ code: h.code, name: h.name, rule: h.rule, valid: h.valid })
    .from(h)
    .where(isNull(h.removedAt))
    .orderBy(asc(h.sortOrder));
}

export async function listEnumValues(db: DbOrTx) {
  const e = t.enumValues;
  return db
    .select({ enumName: e.enumName, code: e.code, name: e.name })
    .from(e)
    .where(and(isNull(e.removedAt), eq(e.internal, false)))
    .orderBy(asc(e.enumName), asc(e.sortOrder), asc(e.code));
}

export async function listDigitalAuthorizations(db: DbOrTx) {
  const d = t.digitalAuthorizations;
  return db.select({ uri: d.uri, name: d.name, definition: d.definition, broader: d.broader }).from(d).where(isNull(d.removedAt)).orderBy(asc(d.uri));
}

export async function listServiceNumbers(db: DbOrTx) {
  const s = t.serviceNumbers;
  return db.select({ number: s.number, company: s.company, granted: s.granted }).from(s).where(isNull(s.removedAt)).orderBy(asc(s.number));
}

export interface OntologyTermRow {
  id: string;
  uri: string;
  label: LocalizedText;
  isPlace: boolean;
}

export interface OntologyHit extends OntologyTermRow {
  matchedLang: string;
  matchedLabel: string;
  /** 0 = the label starts with the query, 1 = similar words (trigram). */
  tier: number;
}

/** Below this many prefix matches the (ten times costlier) trigram search adds similar terms. */
const SIMILAR_BELOW = 3;

/**
 * Autocomplete over the fi/sv/en labels: labels that start with the query first (the preferred
 * language first, then shorter labels); when fewer than SIMILAR_BELOW labels start with it (a
 * typo, a word inside a label), labels with similar words by trigram word distance follow. The query is normalized by the same immutable
 * `kuvaa_norm` as the labels, inline, so the planner folds it into an index range.
 */
export async function searchOntologyTerms(
  db: DbOrTx,
  q: string,
  options: { lang: string; limit: number; includePlaces: boolean },
): Promise<OntologyHit[]> {
  const hits = await ontologyHits(db, q, options, 'prefix', []);
  if (hits.length < Math.min(options.limit, SIMILAR_BELOW)) {
    hits.push(...(await ontologyHits(db, q, { ...options, limit: options.limit - hits.length }, 'similar', hits.map((h) => h.id))));
  }
  return hits;
}

async function ontologyHits(
  db: DbOrTx,
  q: string,
  options: { lang: string; limit: number; includePlaces: boolean },
  kind: 'prefix' | 'similar',
  exclude: string[],
): Promise<OntologyHit[]> {
  const norm = sql`kuvaa_norm(${q})`;
  // LIKE wildcards in the query are escaped with a backslash (chr(92)), the LIKE escape.
  const prefix = sql`(replace(replace(replace(${norm}, chr(92), chr(92) || chr(92)), '%', chr(92) || '%'), '_', chr(92) || '_') || '%')`;
  const match = kind === 'prefix' ? sql`l.norm LIKE ${prefix}` : sql`${norm} <% l.norm AND NOT (l.norm LIKE ${prefix})`;
  const order =
    kind === 'prefix'
      ? sql`(l.lang = ${options.lang}) DESC, length(l.norm), l.norm`
      : sql`${norm} <<-> l.norm, (l.lang = ${options.lang}) DESC, length(l.norm), l.norm`;
  const result = await db.execute<{ term_id: string; lang: string; label: string; uri: string; term_label: LocalizedText; is_place: boolean }>(sql`
    SELECT r.term_id, r.lang, r.label, term.uri, term.label AS term_label, term.is_place
    FROM (SELECT l.term_id, l.lang, l.label, row_number() OVER (ORDER BY ${order}) AS rn
          FROM ontology_term_labels l
          WHERE ${match} AND (${options.includePlaces} OR NOT l.is_place)
            AND NOT (l.term_id = ANY(${sql.param(exclude)}::text[]))
          ORDER BY ${order}
          LIMIT ${options.limit * 3}) r
    JOIN ontology_terms term ON term.id = r.term_id
    ORDER BY r.rn`);
  const seen = new Set<string>();
  const hits: OntologyHit[] = [];
  for (const row of result.rows) {
    if (seen.has(row.term_id) || hits.length >= options.limit) continue;
    seen.add(row.term_id);
    hits.push({
      id: row.term_id,
      uri: row.uri,
      label: row.term_label,
      isPlace: row.is_place,
      matchedLang: row.lang,
      matchedLabel: row.label,
      tier: kind === 'prefix' ? 0 : 1,
    });
  }
  return hits;
}

export async function findOntologyTerm(db: DbOrTx, idOrUri: string): Promise<(OntologyTermRow & { removed: boolean }) | undefined> {
  const o = t.ontologyTerms;
  const [row] = await db
    .select({ id: o.id, uri: o.uri, label: o.label, isPlace: o.isPlace, removedAt: o.removedAt })
    .from(o)
    .where(idOrUri.includes('/') ? eq(o.uri, idOrUri) : eq(o.id, idOrUri));
  if (!row) return undefined;
  const { removedAt, ...term } = row;
  return { ...term, removed: removedAt !== null };
}

export async function findKokoConcept(db: DbOrTx, uri: string) {
  const [row] = await db.select().from(t.kokoConcepts).where(eq(t.kokoConcepts.uri, uri));
  return row;
}

export async function latestCodeListLoad(db: DbOrTx, name: string) {
  const [row] = await db
    .select({ versionLabel: t.codeListVersions.versionLabel, loadedAt: t.codeListVersions.loadedAt })
    .from(t.codeListVersions)
    .where(eq(t.codeListVersions.name, name))
    .orderBy(desc(t.codeListVersions.id))
    .limit(1);
  return row;
}

export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Everything the domain's CodeLookup needs, current items only, in a few queries. */
export async function loadCodeLookupData(db: DbOrTx) {
  const codes = async (table: string, extra = '') =>
    (await db.execute<{ code: string; parent_code: string | null }>(sql.raw(`SELECT code, ${extra || 'NULL::text'} AS parent_code FROM ${table} WHERE removed_at IS NULL`))).rows;
  const [targetGroups, serviceClasses, lifeEvents, industrialClasses, municipalities, ontology, areas, postal, holidays] = await Promise.all([
    codes('target_groups', 'parent_code'),
    codes('service_classes', 'parent_code'),
    codes('life_events'),
    codes('industrial_classes'),
    db.execute<{ code: string }>(sql`SELECT code FROM municipalities WHERE valid AND removed_at IS NULL`),
    db.execute<{ id: string }>(sql`SELECT id FROM ontology_terms WHERE removed_at IS NULL`),
    db.execute<{ type: string; code: string }>(sql`SELECT type, code FROM areas WHERE removed_at IS NULL AND valid`),
    db.execute<{ code: string; municipality: string }>(sql`SELECT code, municipality_code AS municipality FROM postal_codes WHERE removed_at IS NULL`),
    db.execute<{ code: string }>(sql`SELECT code FROM holidays WHERE removed_at IS NULL`),
  ]);
  const areaCodes = (type: string) => areas.rows.filter((a) => a.type === type).map((a) => a.code);
  return {
    targetGroups: targetGroups.map((r) => ({ code: r.code, parentCode: r.parent_code })),
    serviceClasses: serviceClasses.map((r) => ({ code: r.code, parentCode: r.parent_code })),
    lifeEvents: lifeEvents.map((r) => r.code),
    industrialClasses: industrialClasses.map((r) => r.code),
    municipalities: municipalities.rows.map((r) => r.code),
    ontologyTerms: ontology.rows.map((r) => r.id),
    areas: { Region: areaCodes('region'), WellbeingServicesCounty: areaCodes('wellbeingServicesCounty'), BusinessRegion: areaCodes('businessRegion') },
    postalCodes: postal.rows,
    holidays: holidays.rows.map((r) => r.code),
  };
}

/** Id of the newest code-list load: changes whenever any list is loaded again. */
export async function latestCodeListVersionId(db: DbOrTx): Promise<number> {
  const result = await db.execute<{ id: number | null }>(sql`SELECT max(id) AS id FROM code_list_versions`);
  return Number(result.rows[0]?.id ?? 0);
}

/** Labels of the given ontology terms (by YSO id). */
export async function listOntologyLabels(db: DbOrTx, ids: string[]): Promise<{ id: string; label: LocalizedText }[]> {
  if (ids.length === 0) return [];
  const result = await db.execute<{ id: string; label: LocalizedText }>(sql`SELECT id, label FROM ontology_terms WHERE id = ANY(${sql.param(ids)}::text[])`);
  return result.rows;
}
