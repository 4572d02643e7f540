/**
 * Bulk loading of the synthetic catalogue: `entities` rows and their public `search_entries`
 * rows in multi-row INSERT … SELECT FROM jsonb_to_recordset batches, one transaction per chunk.
 * The index row is what indexEntity() writes: the document of searchDocument() with the same
 * setweight(to_tsvector(…)) expression as upsertSearchEntry(), done here for 500 rows at a time.
 * The working-scope rows (identical for published content) are copied afterwards, the search
 * indexes are dropped before and rebuilt from their own definitions after the load, then
 * VACUUM ANALYZE gives the planner fresh statistics.
 */
import type pg from 'pg';
import type { Database } from '../src/db/db.ts';
import type { GeneratedEntity } from './search-generate.ts';

export const BATCH = 500;

const ENTITY_INSERT = `
  INSERT INTO entities (id, kind, channel_type, organization_id, language_status, status, working_content, published_content, public_view,
                        version_major, version_minor, revision, created_at, created_by, modified_at, modified_by, published_at)
  SELECT r.id, r.kind, r.channel_type, r.organization_id, r.language_status, 'published', r.content, r.content,
         r.content || jsonb_build_object('id', r.id, 'version', '1.0', 'publishedAt', to_jsonb($2::timestamptz), 'modifiedAt', to_jsonb($2::timestamptz)),
         1, 0, 1, $2, 'bench', $2, 'bench', $2
  FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, kind text, channel_type text, organization_id uuid, language_status jsonb, content jsonb)`;

// the expression of upsertSearchEntry's `weighted()`, per language
const weighted = (config: string, lang: string) =>
  `setweight(to_tsvector('${config}'::regconfig, r.${lang}_a), 'A') || setweight(to_tsvector('${config}'::regconfig, r.${lang}_b), 'B') || setweight(to_tsvector('${config}'::regconfig, r.${lang}_c), 'C')`;

const COLUMNS = `entity_id, scope, kind, sub_type, organization_id, languages, language_status, status, name, summary, name_norm, doc_fi, doc_sv, doc_en,
  snippet_text, service_classes, target_groups, ontology_terms, areas, funding_type, organization_type, phones, emails, address_norm, lat, lon, source_id, modified_at`;

const SEARCH_INSERT = `
  INSERT INTO search_entries (${COLUMNS})
  SELECT r.entity_id, 'public', r.kind, r.sub_type, r.organization_id, r.languages, r.language_status, 'published', r.name, r.summary, r.name_norm,
         ${weighted('finnish', 'fi')}, ${weighted('swedish', 'sv')}, ${weighted('english', 'en')},
         r.snippet_text, r.service_classes, r.target_groups, r.ontology_terms, r.areas, r.funding_type, r.organization_type, r.phones, r.emails,
         r.address_norm, r.lat, r.lon, NULL, $2
  FROM jsonb_to_recordset($1::jsonb) AS r(entity_id uuid, kind text, sub_type text, organization_id uuid, languages text[], language_status jsonb,
       name jsonb, summary jsonb, name_norm text, fi_a text, fi_b text, fi_c text, sv_a text, sv_b text, sv_c text, en_a text, en_b text, en_c text,
       snippet_text jsonb, service_classes text[], target_groups text[], ontology_terms text[], areas text[], funding_type text, organization_type text,
       phones text[], emails text[], address_norm text, lat float8, lon float8)`;

const statuses = (e: GeneratedEntity) => Object.fromEntries(e.languages.map((lang) => [lang, 'published']));

function entityRow(e: GeneratedEntity) {
  return { id: e.id, kind: e.kind, channel_type: e.channelType, organization_id: e.organizationId, language_status: statuses(e), content: e.content };
}

function searchRow(e: GeneratedEntity) {
  const d = e.document;
  return {
    entity_id: e.id,
    kind: e.kind,
    sub_type: d.subType,
    // as indexEntity(): an organization belongs to itself
    organization_id: e.kind === 'organization' ? e.id : e.organizationId,
    languages: e.languages,
    language_status: statuses(e),
    name: d.name,
    summary: d.summary,
    name_norm: d.nameNorm,
    fi_a: d.texts.fi.a, fi_b: d.texts.fi.b, fi_c: d.texts.fi.c,
    sv_a: d.texts.sv.a, sv_b: d.texts.sv.b, sv_c: d.texts.sv.c,
    en_a: d.texts.en.a, en_b: d.texts.en.b, en_c: d.texts.en.c,
    snippet_text: d.snippetText,
    service_classes: d.serviceClasses,
    target_groups: d.targetGroups,
    ontology_terms: d.ontologyTerms,
    areas: e.areaTokens,
    funding_type: d.fundingType,
    organization_type: d.organizationType,
    phones: d.phones,
    emails: d.emails,
    address_norm: [d.addressText, ...d.postalCodes].join(' '),
    lat: d.coordinates?.lat ?? null,
    lon: d.coordinates?.lon ?? null,
  };
}

/** Writes the entities and their public index rows in one transaction, BATCH rows per INSERT. */
export async function insertEntities(client: pg.PoolClient, entities: GeneratedEntity[], at: Date): Promise<void> {
  await client.query('BEGIN');
  try {
    for (let start = 0; start < entities.length; start += BATCH) {
      const batch = entities.slice(start, start + BATCH);
      await client.query(ENTITY_INSERT, [JSON.stringify(batch.map(entityRow)), at]);
      await client.query(SEARCH_INSERT, [JSON.stringify(batch.map(searchRow)), at]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

interface IndexDefinition {
  name: string;
  definition: string;
}

/** Drops the secondary indexes of search_entries; returns their definitions to rebuild them. */
export async function dropSearchIndexes(database: Database): Promise<IndexDefinition[]> {
  const { rows } = await database.pool.query<IndexDefinition>(`
    SELECT c.relname AS name, pg_get_indexdef(i.indexrelid) AS definition
    FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
    WHERE i.indrelid = 'search_entries'::regclass AND NOT i.indisprimary AND NOT i.indisunique`);
  for (const index of rows) await database.pool.query(`DROP INDEX ${index.name}`);
  return rows;
}

/** Copies the public rows as the working rows (the same content: everything is published); the demo's have theirs. */
export async function copyWorkingRows(database: Database): Promise<void> {
  const working = COLUMNS.replace('scope', `'working'`);
  await database.pool.query(`INSERT INTO search_entries (${COLUMNS}) SELECT ${working} FROM search_entries WHERE scope = 'public' ON CONFLICT DO NOTHING`);
}

/** Rebuilds the dropped indexes from their definitions. */
export async function rebuildSearchIndexes(database: Database, indexes: IndexDefinition[]): Promise<void> {
  const client = await database.pool.connect();
  try {
    if (database.kind === 'postgres') await client.query(`SET maintenance_work_mem = '256MB'`);
    for (const index of indexes) await client.query(index.definition);
  } finally {
    client.release();
  }
}

/** Fresh statistics for the planner (and a vacuumed table, so autovacuum does not start during the measurement). */
export async function vacuumAnalyze(database: Database): Promise<void> {
  await database.pool.query('VACUUM ANALYZE');
}

/**
 * Before measuring on PostgreSQL: a checkpoint (writes the load's dirty pages now, not during the
 * measurement) and search_entries with its indexes and TOAST table read once into the OS cache
 * (pg_prewarm 'read'), so that the queries meet a warm server, as a catalogue that has been
 * serving searches is. Right after the load the cache held the load's WAL, and the first run read
 * the table from disk (p50 17 ms instead of 15 on the same database ten minutes later). Returns
 * what was done, for the report; without the rights (superuser for CHECKPOINT and the extension)
 * it says so and measures as it is.
 */
export async function settle(database: Database): Promise<string> {
  if (database.kind !== 'postgres') return 'embedded: nothing to settle';
  try {
    await database.pool.query('CHECKPOINT');
    await database.pool.query('CREATE EXTENSION IF NOT EXISTS pg_prewarm');
    const { rows } = await database.pool.query<{ mb: number }>(`
      SELECT round(sum(pg_prewarm(c.oid, 'read')) * current_setting('block_size')::int / 1e6) AS mb
      FROM pg_class c
      WHERE c.oid = 'search_entries'::regclass
         OR c.oid = (SELECT reltoastrelid FROM pg_class WHERE oid = 'search_entries'::regclass)
         OR c.oid IN (SELECT indexrelid FROM pg_index WHERE indrelid = 'search_entries'::regclass)`);
    return `checkpoint; search_entries, its indexes and TOAST table read into the OS cache (${rows[0]!.mb} MB, pg_prewarm 'read')`;
  } catch (error) {
    return `not settled (${(error as Error).message}): measured as loaded`;
  }
}
