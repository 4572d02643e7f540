/**
 * Loads the national code lists into their tables. Idempotent: a list whose files have the
 * same checksum as its latest recorded version is skipped. A changed list is upserted in one
 * transaction, items it no longer has get `removed_at`, and the load is recorded as a new
 * code-list version with a snapshot of every item, so that the next version can be compared.
 */
import crypto from 'node:crypto';
import { and, desc, eq, getTableColumns, isNull, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Database, Tx } from '../db.ts';
import { diffSnapshots, REVIEWED_CODE_LISTS } from '../../domain/codelist/code-changes.ts';
import * as t from '../schema/index.ts';
import {
  DEFAULT_CODE_LIST_DIR,
  jsonOf,
  ontologyTermRows,
  readRawFiles,
  text,
  versionLabels,
  type AreaItem,
  type ClassificationItem,
  type KokoItem,
  type MunicipalityItem,
  type PostalCodeItem,
  type RawFile,
} from './code-list-files.ts';

interface Loaded {
  count: number;
  snapshot: Record<string, unknown>;
}

interface CodeListSource {
  name: string;
  files: readonly string[];
  load(tx: Tx, files: RawFile[]): Promise<Loaded>;
}

type Items<T> = { items: T[] };

export interface CodeListLoadResult {
  name: string;
  status: 'loaded' | 'unchanged';
  versionLabel: string;
  count: number;
}

const LOCK_KEY = 7_146_518_022; // "kuvaa code lists"

/** Loads every code list (or only `names`) from `dir`; returns what was loaded or unchanged. */
export async function loadCodeLists(
  database: Database,
  options: { dir?: string; names?: readonly string[]; now?: Date } = {},
): Promise<CodeListLoadResult[]> {
  const now = options.now ?? new Date();
  const dir = options.dir ?? DEFAULT_CODE_LIST_DIR;
  const labels = versionLabels(dir);
  const results: CodeListLoadResult[] = [];
  for (const source of SOURCES) {
    if (options.names && !options.names.includes(source.name)) continue;
    const files = readRawFiles(dir, source.files);
    const checksum = sha256(files);
    const versionLabel = labels[source.name] ?? `${source.name} ${checksum.slice(0, 12)}`;
    const result = await database.db.transaction(async (tx) => {
      await tx.execute(sql`SELECT pg_advisory_xact_lock(${LOCK_KEY})`);
      const [latest] = await tx
        .select({ id: t.codeListVersions.id, checksum: t.codeListVersions.checksum, count: t.codeListVersions.itemCount })
        .from(t.codeListVersions)
        .where(eq(t.codeListVersions.name, source.name))
        .orderBy(desc(t.codeListVersions.id))
        .limit(1);
      if (latest?.checksum === checksum) return { status: 'unchanged' as const, count: latest.count };
      const loaded = await source.load(tx, files);
      const [version] = await tx
        .insert(t.codeListVersions)
        .values({ name: source.name, versionLabel, checksum, itemCount: loaded.count, snapshot: loaded.snapshot, loadedAt: now })
        .returning({ id: t.codeListVersions.id });
      if (latest && (REVIEWED_CODE_LISTS as readonly string[]).includes(source.name)) {
        await recordCodeChanges(tx, source.name, latest.id, version!.id, loaded.snapshot, now);
      }
      return { status: 'loaded' as const, count: loaded.count };
    });
    results.push({ name: source.name, versionLabel, ...result });
  }
  // Fresh statistics, or the planner scans 100k ontology labels instead of using their indexes.
  if (results.some((result) => result.status === 'loaded')) await database.pool.query('ANALYZE');
  return results;
}

/** Stores what the new version renamed, moved or removed, for the "classification changed" tasks. */
async function recordCodeChanges(tx: Tx, list: string, previousId: number, versionId: number, snapshot: Record<string, unknown>, at: Date): Promise<void> {
  const [previous] = await tx.select({ snapshot: t.codeListVersions.snapshot }).from(t.codeListVersions).where(eq(t.codeListVersions.id, previousId));
  const changes = diffSnapshots(previous!.snapshot, snapshot);
  for (let i = 0; i < changes.length; i += 1000) {
    await tx.insert(t.codeChanges).values(changes.slice(i, i + 1000).map((change) => ({ versionId, list, ...change, at })));
  }
}

function sha256(files: RawFile[]): string {
  const hash = crypto.createHash('sha256');
  for (const file of files) hash.update(file.name).update('\0').update(file.bytes);
  return hash.digest('hex');
}

// --- generic helpers ---------------------------------------------------------------------------

/** Inserts rows, updating every given column of rows that exist (and un-removing them). */
async function upsert<T extends PgTable>(
  tx: Tx,
  table: T,
  rows: T['$inferInsert'][],
  target: PgColumn | PgColumn[],
): Promise<void> {
  if (rows.length === 0) return;
  const columns = getTableColumns(table) as Record<string, PgColumn>;
  const set: Record<string, SQL> = {};
  for (const key of Object.keys(rows[0] as object)) {
    const column = columns[key];
    if (column) set[key] = sql.raw(`excluded."${column.name}"`);
  }
  if (columns.removedAt) set.removedAt = sql`NULL`;
  const chunk = Math.max(1, Math.floor(20_000 / Object.keys(rows[0] as object).length));
  for (let i = 0; i < rows.length; i += chunk) {
    await tx
      .insert(table)
      .values(rows.slice(i, i + chunk))
      .onConflictDoUpdate({ target, set });
  }
}

/** Marks rows that are not in the new version as removed (content may still refer to them). */
async function markRemoved(tx: Tx, table: PgTable, key: PgColumn, keep: string[], scope?: SQL): Promise<void> {
  const removedAt = (getTableColumns(table) as Record<string, PgColumn>).removedAt!;
  const conditions = [isNull(removedAt), sql`NOT (${key} = ANY(${sql.param(keep)}::text[]))`];
  if (scope) conditions.push(scope);
  await tx
    .update(table)
    .set({ removedAt: sql`now()` } as never)
    .where(and(...conditions));
}

function byCode<T extends { code: string }>(rows: T[], pick: (row: T) => unknown): Record<string, unknown> {
  return Object.fromEntries(rows.map((row) => [row.code, pick(row)]));
}

// --- sources ---------------------------------------------------------------------------------

type ClassificationTable = typeof t.serviceClasses | typeof t.targetGroups | typeof t.lifeEvents | typeof t.industrialClasses;

function classification(name: string, file: string, table: ClassificationTable, extra?: string): CodeListSource {
  return {
    name,
    files: extra ? [file, extra] : [file],
    async load(tx, [main, descriptionsFile]) {
      const items = jsonOf<Items<ClassificationItem>>(main!).items;
      const descriptions = descriptionsFile
        ? jsonOf<{ descriptions: Record<string, Record<string, string>> }>(descriptionsFile).descriptions
        : {};
      const rows = items.map((item, i) => ({
        code: item.code,
        uri: item.uri,
        legacyUri: item.legacyUri ?? null,
        parentCode: item.parent,
        level: item.level,
        sortOrder: i,
        name: text(item.name),
        description: item.description ? text(item.description) : descriptions[item.code] ? text(descriptions[item.code]) : null,
      }));
      await upsert(tx, table as typeof t.serviceClasses, rows, table.code);
      await markRemoved(tx, table, table.code, rows.map((row) => row.code));
      return { count: rows.length, snapshot: byCode(rows, (r) => ({ name: r.name, description: r.description, parent: r.parentCode })) };
    },
  };
}

function areaList(name: string, file: string, type: string): CodeListSource {
  return {
    name,
    files: [file],
    async load(tx, [raw]) {
      const items = jsonOf<Items<AreaItem>>(raw!).items;
      const rows = items.map((item) => ({
        type,
        code: item.code,
        name: text(item.name),
        legacyCode: item.ptvSeedCode ?? null,
        subtype: item.type ?? null,
        regionCode: item.region ?? null,
        shortId: item.shortId ?? null,
        valid: type !== 'hospitalRegion',
      }));
      await upsert(tx, t.areas, rows, [t.areas.type, t.areas.code]);
      await markRemoved(tx, t.areas, t.areas.code, rows.map((row) => row.code), eq(t.areas.type, type));
      await tx.delete(t.areaMunicipalities).where(eq(t.areaMunicipalities.areaType, type));
      const members = items.flatMap((item) =>
        item.municipalities.map((municipalityCode) => ({ areaType: type, areaCode: item.code, municipalityCode })),
      );
      if (members.length) await tx.insert(t.areaMunicipalities).values(members);
      return { count: rows.length, snapshot: byCode(items, (i) => ({ name: i.name, municipalities: i.municipalities })) };
    },
  };
}

const ontologyTerms: CodeListSource = {
  name: 'ontology-terms',
  files: ['ontology/yso-2019.3-cicero-labels.tsv.gz', 'ontology/yso-labels-2025-subset.tsv.gz'],
  async load(tx, [base, overlay]) {
    const rows = ontologyTermRows(base!, overlay!);
    // 36k rows: one JSON parameter is several times faster than multi-row VALUES here.
    await tx.execute(sql`
      INSERT INTO ontology_terms (id, uri, label, is_place, label_source)
      SELECT id, uri, label, "isPlace", "labelSource"
      FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
        AS x(id text, uri text, label jsonb, "isPlace" boolean, "labelSource" text)
      ON CONFLICT (id) DO UPDATE SET uri = excluded.uri, label = excluded.label,
        is_place = excluded.is_place, label_source = excluded.label_source, removed_at = NULL`);
    await markRemoved(tx, t.ontologyTerms, t.ontologyTerms.id, rows.map((row) => row.id));
    await tx.delete(t.ontologyTermLabels);
    await tx.execute(sql`
      INSERT INTO ontology_term_labels (term_id, lang, label, is_place)
      SELECT term.id, l.key, l.value, term.is_place
      FROM ontology_terms term, jsonb_each_text(term.label) l
      WHERE term.removed_at IS NULL`);
    return { count: rows.length, snapshot: Object.fromEntries(rows.map((row) => [row.id, row.label])) };
  },
};

const kokoBridge: CodeListSource = {
  name: 'koko-bridge',
  files: ['ontology/koko-domain-concepts-ptv-2017.json.gz'],
  async load(tx, [raw]) {
    const rows = jsonOf<Items<KokoItem>>(raw!).items.map((item) => ({
      uri: item.uri,
      ysoUri: item.yso,
      ontologies: item.ontologies,
      prefLabel: text(item.prefLabel),
      altLabel: item.altLabel ?? null,
    }));
    await upsert(tx, t.kokoConcepts, rows, t.kokoConcepts.uri);
    return { count: rows.length, snapshot: Object.fromEntries(rows.map((row) => [row.uri, row.ysoUri])) };
  },
};

const municipalities: CodeListSource = {
  name: 'municipalities',
  files: ['ptv/municipalities.json'],
  async load(tx, [raw]) {
    const items = jsonOf<Items<MunicipalityItem>>(raw!).items;
    const rows = items.map((item) => ({
      code: item.code,
      name: text(item.name),
      altNames: item.altNames ?? null,
      organizationName: item.organizationName ?? null,
      businessId: item.businessId ?? null,
      valid: item.valid,
      mergedInto: item.mergedInto ?? null,
      regionCode: item.region ?? null,
      wellbeingServicesCountyCode: item.wellbeingServicesCounty ?? null,
      businessRegionCode: item.businessRegion ?? null,
      hospitalRegionCode: item.hospitalRegion ?? null,
    }));
    await upsert(tx, t.municipalities, rows, t.municipalities.code);
    await markRemoved(tx, t.municipalities, t.municipalities.code, rows.map((row) => row.code));
    return { count: rows.length, snapshot: byCode(rows, (r) => ({ name: r.name, valid: r.valid, mergedInto: r.mergedInto })) };
  },
};

const postalCodes: CodeListSource = {
  name: 'postal-codes',
  files: ['ptv/postal-codes.json'],
  async load(tx, [raw]) {
    const rows = jsonOf<Items<PostalCodeItem>>(raw!).items.map((item) => ({
      code: item.code,
      name: text(item.name),
      municipalityCode: item.currentMunicipality ?? item.municipality,
      sourceMunicipalityCode: item.currentMunicipality ? item.municipality : null,
      type: item.type,
    }));
    await upsert(tx, t.postalCodes, rows, t.postalCodes.code);
    await markRemoved(tx, t.postalCodes, t.postalCodes.code, rows.map((row) => row.code));
    return { count: rows.length, snapshot: byCode(rows, (r) => ({ name: r.name, municipality: r.municipalityCode })) };
  },
};

/** A flat list of `{code, name, …}` items mapped to rows by `map`. */
function flat<T extends PgTable & { code: PgColumn }, I extends { code: string }>(
  name: string,
  file: string,
  table: T,
  map: (item: I, index: number) => T['$inferInsert'],
): CodeListSource {
  return {
    name,
    files: [file],
    async load(tx, [raw]) {
      const items = jsonOf<Items<I>>(raw!).items;
      const rows = items.map(map);
      await upsert(tx, table, rows, table.code);
      await markRemoved(tx, table, table.code, items.map((item) => item.code));
      return { count: rows.length, snapshot: byCode(items, (item) => item) };
    },
  };
}

type Named = { code: string; name: Record<string, string> };

const languages = flat('languages', 'ptv/languages.json', t.languages, (item: Named & { order: number; contentLanguage?: boolean; contentOrder?: number }) => ({
  code: item.code,
  name: text(item.name),
  sortOrder: item.order,
  contentLanguage: item.contentLanguage === true,
  contentOrder: item.contentOrder ?? null,
}));

const countries = flat('countries', 'ptv/countries.json', t.countries, (item: Named & { dialCodes?: string[] }) => ({
  code: item.code,
  name: text(item.name),
  dialCodes: item.dialCodes ?? [],
}));

const holidays = flat('holidays', 'ptv/holidays.json', t.holidays, (item: Named & { rule: Record<string, unknown>; order: number; valid: boolean }) => ({
  code: item.code,
  name: text(item.name),
  rule: item.rule,
  sortOrder: item.order,
  valid: item.valid,
}));

const enums: CodeListSource = {
  name: 'enums',
  files: ['ptv/enums.json'],
  async load(tx, [raw]) {
    const source = jsonOf<{ enums: Record<string, { internal?: boolean; values: (Named & { orderNumber?: number })[] }> }>(raw!).enums;
    const rows = Object.entries(source).flatMap(([enumName, { internal, values }]) =>
      values.map((value, i) => ({
        enumName,
        code: value.code,
        name: text(value.name),
        sortOrder: value.orderNumber ?? i,
        internal: internal === true,
      })),
    );
    await upsert(tx, t.enumValues, rows, [t.enumValues.enumName, t.enumValues.code]);
    return { count: rows.length, snapshot: Object.fromEntries(Object.entries(source).map(([k, v]) => [k, v.values.map((x) => x.code)])) };
  },
};

const digitalAuthorizations: CodeListSource = {
  name: 'digital-authorizations',
  files: ['ptv/digital-authorizations.json'],
  async load(tx, [raw]) {
    const items = jsonOf<Items<{ uri: string; name: Record<string, string>; definition?: Record<string, string>; broader?: string[] }>>(raw!).items;
    const rows = items.map((item) => ({ uri: item.uri, name: text(item.name), definition: text(item.definition), broader: item.broader ?? [] }));
    await upsert(tx, t.digitalAuthorizations, rows, t.digitalAuthorizations.uri);
    await markRemoved(tx, t.digitalAuthorizations, t.digitalAuthorizations.uri, rows.map((row) => row.uri));
    return { count: rows.length, snapshot: Object.fromEntries(rows.map((row) => [row.uri, row.name])) };
  },
};

const serviceNumbers: CodeListSource = {
  name: 'service-numbers',
  files: ['ptv/service-numbers.json'],
  async load(tx, [raw]) {
    const items = jsonOf<Items<{ number: string; company: string; granted?: string }>>(raw!).items;
    const rows = items.map((item) => ({ number: item.number, company: item.company, granted: item.granted ?? null }));
    await upsert(tx, t.serviceNumbers, rows, t.serviceNumbers.number);
    await markRemoved(tx, t.serviceNumbers, t.serviceNumbers.number, rows.map((row) => row.number));
    return { count: rows.length, snapshot: Object.fromEntries(rows.map((row) => [row.number, row.company])) };
  },
};

/** In dependency order: municipalities before the areas and postal codes that refer to them. */
const SOURCES: readonly CodeListSource[] = [
  classification('service-classes', 'ptv/service-classes.json', t.serviceClasses),
  classification('target-groups', 'ptv/target-groups.json', t.targetGroups),
  classification('life-events', 'ptv/life-events.json', t.lifeEvents),
  classification('industrial-classes', 'ptv/industrial-classes.json', t.industrialClasses, 'ptv/industrial-classes-descriptions.json.gz'),
  ontologyTerms,
  kokoBridge,
  municipalities,
  areaList('regions', 'ptv/regions.json', 'region'),
  areaList('wellbeing-services-counties', 'ptv/wellbeing-services-counties.json', 'wellbeingServicesCounty'),
  areaList('business-regions', 'ptv/business-regions.json', 'businessRegion'),
  areaList('hospital-regions', 'ptv/hospital-regions.json', 'hospitalRegion'),
  postalCodes,
  languages,
  countries,
  holidays,
  enums,
  digitalAuthorizations,
  serviceNumbers,
];

export const CODE_LIST_NAMES: readonly string[] = SOURCES.map((source) => source.name);
