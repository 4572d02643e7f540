/** SQL that writes the search index and reads the labels it needs. */
import { and, eq, inArray, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db.ts';
import * as t from '../schema/index.ts';
import type { SearchDocument, WeightedText } from '../../domain/search/search-document.ts';

export interface SearchEntryInput {
  entityId: string;
  scope: 'public' | 'working';
  kind: string;
  organizationId: string | null;
  languages: string[];
  languageStatus: Record<string, string>;
  status: string;
  document: SearchDocument;
  areaTokens: string[];
  sourceId: string | null;
  modifiedAt: Date;
}

const weighted = (config: string, text: WeightedText) =>
  sql`setweight(to_tsvector(${sql.raw(`'${config}'`)}::regconfig, ${text.a}), 'A') || setweight(to_tsvector(${sql.raw(`'${config}'`)}::regconfig, ${text.b}), 'B') || setweight(to_tsvector(${sql.raw(`'${config}'`)}::regconfig, ${text.c}), 'C')`;

/** Writes (or replaces) the entity's row of `scope`. */
export async function upsertSearchEntry(db: DbOrTx, entry: SearchEntryInput): Promise<void> {
  const d = entry.document;
  const values = {
    entityId: entry.entityId,
    scope: entry.scope,
    kind: entry.kind,
    subType: d.subType,
    organizationId: entry.organizationId,
    languages: entry.languages,
    languageStatus: entry.languageStatus,
    status: entry.status,
    name: d.name,
    summary: d.summary,
    nameNorm: d.nameNorm,
    docFi: weighted('finnish', d.texts.fi),
    docSv: weighted('swedish', d.texts.sv),
    docEn: weighted('english', d.texts.en),
    snippetText: d.snippetText,
    serviceClasses: d.serviceClasses,
    targetGroups: d.targetGroups,
    ontologyTerms: d.ontologyTerms,
    areas: entry.areaTokens,
    fundingType: d.fundingType,
    organizationType: d.organizationType,
    phones: d.phones,
    emails: d.emails,
    addressNorm: [d.addressText, ...d.postalCodes].join(' '),
    lat: d.coordinates?.lat ?? null,
    lon: d.coordinates?.lon ?? null,
    sourceId: entry.sourceId,
    modifiedAt: entry.modifiedAt,
  };
  // drizzle types tsvector columns as strings; the SQL expressions are what is written
  const row = values as unknown as typeof t.searchEntries.$inferInsert;
  const { entityId: _e, scope: _s, ...update } = row;
  await db.insert(t.searchEntries).values(row).onConflictDoUpdate({ target: [t.searchEntries.entityId, t.searchEntries.scope], set: update });
}

export async function deleteSearchEntry(db: DbOrTx, entityId: string, scope: 'public' | 'working'): Promise<void> {
  await db.delete(t.searchEntries).where(and(eq(t.searchEntries.entityId, entityId), eq(t.searchEntries.scope, scope)));
}

export async function ontologyTermLabels(db: DbOrTx, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select({ id: t.ontologyTerms.id, label: t.ontologyTerms.label }).from(t.ontologyTerms).where(inArray(t.ontologyTerms.id, ids));
}

export async function municipalityDetails(db: DbOrTx, codes: string[]) {
  if (codes.length === 0) return [];
  return db
    .select({ code: t.municipalities.code, name: t.municipalities.name, regionCode: t.municipalities.regionCode, countyCode: t.municipalities.wellbeingServicesCountyCode })
    .from(t.municipalities)
    .where(inArray(t.municipalities.code, codes));
}

/** Municipality codes covered by areas given as (area type as stored, code), e.g. ('region', '01'). */
export async function municipalitiesOfAreas(db: DbOrTx, areas: { type: string; code: string }[]): Promise<string[]> {
  if (areas.length === 0) return [];
  const rows = await db
    .select({ code: t.areaMunicipalities.municipalityCode })
    .from(t.areaMunicipalities)
    .where(or(...areas.map((a) => and(eq(t.areaMunicipalities.areaType, a.type), eq(t.areaMunicipalities.areaCode, a.code)))));
  return rows.map((r) => r.code);
}

/** Parents of two-level codes (service classes and target groups). */
export async function classificationParents(db: DbOrTx, codes: string[]): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const rows = [
    ...(await db.select({ code: t.serviceClasses.code, parent: t.serviceClasses.parentCode }).from(t.serviceClasses).where(inArray(t.serviceClasses.code, codes))),
    ...(await db.select({ code: t.targetGroups.code, parent: t.targetGroups.parentCode }).from(t.targetGroups).where(inArray(t.targetGroups.code, codes))),
  ];
  return new Map(rows.filter((r) => r.parent).map((r) => [r.code, r.parent!]));
}

/** Ids of entities without a search row (indexed before the index existed). */
export async function listIdsWithoutSearchEntry(db: DbOrTx): Promise<string[]> {
  const rows = await db.execute<{ id: string }>(sql`SELECT e.id FROM entities e WHERE NOT EXISTS (SELECT 1 FROM search_entries s WHERE s.entity_id = e.id AND s.scope = 'working')`);
  return rows.rows.map((r) => r.id);
}
