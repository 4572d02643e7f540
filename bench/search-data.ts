/**
 * What the synthetic catalogue of the search benchmark is made of: the real code lists of the
 * database (municipalities with their regions and counties, postal codes, service classes, target
 * groups, YSO terms with their labels) and the sample service texts of data/samples (the PTV
 * general descriptions, as the demo turns them into services) plus the demo associations' own
 * services. Everything is read once into memory; `labels` answers what searchDocument() asks.
 */
import { sql } from 'drizzle-orm';
import type { Database } from '../src/db/db.ts';
import { loadCodeLookupData } from '../src/db/repositories/code-lists.repository.ts';
import { inMemoryCodeLookup } from '../src/domain/codelist/lookup.ts';
import type { SearchLabels } from '../src/domain/search/search-document.ts';
import type { ServiceContent } from '../src/domain/service/service.schema.ts';
import type { LocalizedText } from '../src/shared/language.ts';
import { generalDescriptions, serviceFromGeneralDescription } from '../src/actions/demo/general-descriptions.ts';
import { ASSOCIATION_SERVICES } from '../src/actions/demo/demo-association-services.ts';

export type Lang = 'fi' | 'sv' | 'en';
export const LANGS: Lang[] = ['fi', 'sv', 'en'];
export type Trio = Record<Lang, string>;

export interface Municipality {
  code: string;
  name: Trio;
  regionCode: string | null;
  countyCode: string | null;
  postalCodes: string[];
}

export interface Town extends Municipality {
  lat: number;
  lon: number;
  /** How often the town is picked, roughly by population. */
  weight: number;
}

export interface Term {
  id: string;
  label: Trio;
}

/** A service text to vary: the content of a general description or a demo association service. */
export interface Template {
  name: Partial<Trio>;
  summary: Partial<Trio>;
  description: Partial<Trio>;
  type: string;
  serviceClasses: string[];
  targetGroups: string[];
  ontologyTerms: string[];
}

export interface CodeData {
  municipalities: Municipality[];
  byCode: Map<string, Municipality>;
  towns: Town[];
  /** YSO terms with labels in fi, sv and en, in a fixed shuffled order (the first ones are used most). */
  terms: Term[];
  serviceClasses: string[];
  templates: Template[];
  labels: SearchLabels;
}

/** Town centres (WGS84), where the synthetic service locations are; weight ≈ population share. */
const TOWNS: [code: string, lat: number, lon: number, weight: number][] = [
  ['091', 60.1699, 24.9384, 10], ['049', 60.2055, 24.6559, 5], ['092', 60.2934, 25.0378, 4], ['837', 61.4978, 23.761, 4],
  ['853', 60.4518, 22.2666, 3], ['564', 65.0121, 25.4651, 3], ['179', 62.2426, 25.7473, 2], ['398', 60.9827, 25.6612, 2],
  ['297', 62.8924, 27.677, 2], ['609', 61.4851, 21.7974, 1], ['638', 60.3932, 25.6647, 1], ['698', 66.5039, 25.7294, 1],
  ['905', 63.0951, 21.6165, 1], ['167', 62.601, 29.7636, 1], ['286', 60.8679, 26.7042, 1], ['405', 61.0587, 28.1887, 1],
  ['109', 60.9959, 24.4643, 1], ['491', 61.6886, 27.2723, 1], ['272', 63.8385, 23.1307, 1], ['743', 62.7903, 22.8403, 1],
  ['205', 64.2273, 27.7285, 1], ['240', 65.7364, 24.5637, 1], ['684', 61.1272, 21.5113, 1], ['740', 61.8699, 28.8794, 1],
];

const TERM_POOL = 6000;
const trio = (text: LocalizedText | null | undefined): Trio => ({ fi: text?.fi ?? '', sv: text?.sv ?? text?.fi ?? '', en: text?.en ?? text?.fi ?? '' });
const partial = (text: LocalizedText | null | undefined): Partial<Trio> => Object.fromEntries(LANGS.filter((l) => text?.[l]).map((l) => [l, text![l]!]));

async function municipalities(database: Database): Promise<Municipality[]> {
  const rows = await database.db.execute<{ code: string; name: LocalizedText; region_code: string | null; county_code: string | null; postal_codes: string[] }>(sql`
    SELECT m.code, m.name, m.region_code, m.wellbeing_services_county_code AS county_code,
           coalesce(array_agg(p.code ORDER BY p.code) FILTER (WHERE p.code IS NOT NULL), '{}') AS postal_codes
    FROM municipalities m LEFT JOIN postal_codes p ON p.municipality_code = m.code AND p.type = 'normal' AND p.removed_at IS NULL
    WHERE m.valid AND m.removed_at IS NULL GROUP BY m.code ORDER BY m.code`);
  return rows.rows.map((r) => ({ code: r.code, name: trio(r.name), regionCode: r.region_code, countyCode: r.county_code, postalCodes: r.postal_codes }));
}

async function termPool(database: Database): Promise<Term[]> {
  // md5 order: a fixed pseudo-random choice spread over the whole ontology
  const rows = await database.db.execute<{ id: string; label: LocalizedText }>(sql`
    SELECT id, label FROM ontology_terms
    WHERE removed_at IS NULL AND NOT is_place AND label ? 'fi' AND label ? 'sv' AND label ? 'en'
    ORDER BY md5(id) LIMIT ${TERM_POOL}`);
  return rows.rows.map((r) => ({ id: r.id, label: trio(r.label) }));
}

async function templates(database: Database): Promise<Template[]> {
  const lookup = inMemoryCodeLookup(await loadCodeLookupData(database.db));
  const fromSamples: ServiceContent[] = [...generalDescriptions().values()].map((gd) => serviceFromGeneralDescription(gd, lookup));
  const own = ASSOCIATION_SERVICES.map((spec) => spec.content as ServiceContent);
  return [...fromSamples, ...own]
    .filter((c) => c.name?.fi && c.summary?.fi && c.description?.fi)
    .map((c) => ({
      name: partial(c.name),
      summary: partial(c.summary),
      description: partial(c.description),
      type: c.type,
      serviceClasses: c.serviceClasses ?? [],
      targetGroups: c.targetGroups ?? [],
      ontologyTerms: c.ontologyTerms ?? [],
    }));
}

async function labelMaps(database: Database, termIds: string[]) {
  const terms = await database.db.execute<{ id: string; label: LocalizedText }>(
    sql`SELECT id, label FROM ontology_terms WHERE id IN (SELECT jsonb_array_elements_text(${JSON.stringify(termIds)}::jsonb))`,
  );
  const parents = await database.db.execute<{ code: string; parent: string }>(sql`
    SELECT code, parent_code AS parent FROM service_classes WHERE parent_code IS NOT NULL
    UNION ALL SELECT code, parent_code FROM target_groups WHERE parent_code IS NOT NULL`);
  return { terms: new Map(terms.rows.map((r) => [r.id, r.label])), parents: new Map(parents.rows.map((r) => [r.code, r.parent])) };
}

/** Reads the code lists and sample texts the generator needs. */
export async function loadCodeData(database: Database): Promise<CodeData> {
  const [all, terms, texts] = await Promise.all([municipalities(database), termPool(database), templates(database)]);
  const byCode = new Map(all.map((m) => [m.code, m]));
  const towns = TOWNS.filter(([code]) => byCode.get(code)?.postalCodes.length).map(([code, lat, lon, weight]) => ({ ...byCode.get(code)!, lat, lon, weight }));
  const maps = await labelMaps(database, [...new Set([...terms.map((t) => t.id), ...texts.flatMap((t) => t.ontologyTerms)])]);
  const classes = await database.db.execute<{ code: string }>(sql`SELECT code FROM service_classes WHERE removed_at IS NULL AND parent_code IS NOT NULL ORDER BY code`);
  return {
    municipalities: all,
    byCode,
    towns,
    terms,
    serviceClasses: classes.rows.map((r) => r.code),
    templates: texts,
    labels: {
      ontologyTerm: (id) => maps.terms.get(id),
      municipality: (code) => byCode.get(code)?.name,
      parentOf: (code) => maps.parents.get(code),
    },
  };
}

/** Area tokens as indexEntity() writes them: m:, r: and w: of each municipality; `*` = nationwide. */
export function areaTokensOf(data: CodeData, nationwide: boolean, municipalityCodes: string[]): string[] {
  if (nationwide) return ['*'];
  const tokens = new Set<string>();
  for (const code of municipalityCodes) {
    const m = data.byCode.get(code);
    if (!m) continue;
    tokens.add(`m:${m.code}`);
    if (m.regionCode) tokens.add(`r:${m.regionCode}`);
    if (m.countyCode) tokens.add(`w:${m.countyCode}`);
  }
  return [...tokens];
}
