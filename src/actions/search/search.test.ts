import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openTestDatabase, type TestDatabase } from '../../../test/helpers/test-database.ts';
import { fixedClock } from '../../adapters/clock.ts';
import { MAX_COUNTED, publicSearch } from './search.ts';

// More matches than a search counts, so that the capped paths run: index rows written straight
// into search_entries (as the search benchmark loads them), no entities behind them.
const ROWS = 2 * MAX_COUNTED + 400;
const OLD = MAX_COUNTED + 200;

let database: TestDatabase;
const ctx = () => ({ database, clock: fixedClock('2026-06-15T09:00:00Z') });

before(async () => {
  database = await openTestDatabase();
  // row i is i minutes newer than row 0; the oldest OLD rows are in municipality 001, the newer
  // ones in 002, every 97th row is nationwide; each names the word "kerho"
  await database.pool.query(
    `INSERT INTO search_entries (entity_id, scope, kind, sub_type, languages, language_status, status, name, summary, name_norm, doc_fi, doc_sv, doc_en,
       snippet_text, service_classes, target_groups, ontology_terms, areas, phones, emails, address_norm, modified_at)
     SELECT md5(i::text)::uuid, 'public', 'service', 'Service', '{fi}', '{"fi": "published"}', 'published', jsonb_build_object('fi', 'Kerho ' || i), '{}', 'kerho ' || i,
       to_tsvector('finnish', 'kerho ' || i), ''::tsvector, ''::tsvector, '{}', '{P5}', '{KR1}', '{}',
       CASE WHEN i % 97 = 0 THEN '{*}'::text[] WHEN i < $1 THEN '{m:001,r:01}'::text[] ELSE '{m:002,r:01}'::text[] END, '{}', '{}', '',
       timestamptz '2026-01-01' + i * interval '1 minute'
     FROM generate_series(0, $2 - 1) AS i`,
    [OLD, ROWS],
  );
});
after(async () => {
  await database.destroy();
});

/** The ids of a page of the matches of `areas`, newest first, straight from the table. */
async function newest(areas: string[], offset: number): Promise<string[]> {
  const { rows } = await database.pool.query<{ id: string }>(
    `SELECT entity_id AS id FROM search_entries WHERE scope = 'public' AND areas && $1::text[] ORDER BY modified_at DESC, entity_id LIMIT 20 OFFSET $2`,
    [[...areas, '*'], offset],
  );
  return rows.map((r) => r.id);
}

test('without words and beyond the cap, a municipality lists its newest matches, also when they are older than the newest rows', async () => {
  for (const [municipality, offset] of [['002', 0], ['002', 40], ['001', 0], ['001', 40]] as const) {
    const page = await publicSearch(ctx(), { municipality: [municipality], offset });
    assert.equal(page.totalIsExact, false, `${municipality}: more matches than counted`);
    assert.equal(page.total, MAX_COUNTED, `${municipality}: the total is the cap`);
    assert.deepEqual(page.items.map((i) => i.id), await newest([`m:${municipality}`], offset), `${municipality} offset ${offset}`);
  }
});

test('beyond the cap, area facet counts are lower bounds that include nationwide matches', async () => {
  const page = await publicSearch(ctx(), { q: 'kerho', lang: 'fi' });
  assert.equal(page.totalIsExact, false, 'capped');
  const { municipality = {}, region = {} } = page.facets;
  assert.ok(Object.keys(municipality).every((code) => code === '001' || code === '002'), `municipalities ${JSON.stringify(municipality)}`);
  assert.equal(region['01'], MAX_COUNTED, 'every match is in region 01 (nationwide ones included)');
  assert.ok(Object.values(municipality).every((n) => n > 0 && n <= MAX_COUNTED), 'at most the cap');
});

test('an area listing every municipality fits the indexes, and any of its municipalities finds it', async () => {
  // 309 municipalities, 19 regions and 21 counties: as text too big for a btree entry, as numbers not
  const areas = [...Array.from({ length: 309 }, (_, i) => `m:${String(i + 5).padStart(3, '0')}`), ...Array.from({ length: 19 }, (_, i) => `r:${String(i + 1).padStart(2, '0')}`), ...Array.from({ length: 21 }, (_, i) => `w:${String(i + 1).padStart(2, '0')}`)];
  await database.pool.query(
    `INSERT INTO search_entries (entity_id, scope, kind, sub_type, languages, language_status, status, name, summary, name_norm, doc_fi, doc_sv, doc_en,
       snippet_text, service_classes, target_groups, ontology_terms, areas, phones, emails, address_norm, modified_at)
     VALUES ('00000000-0000-4000-8000-00000000a11a', 'public', 'service', 'Service', '{fi}', '{"fi": "published"}', 'published', '{"fi": "Koko maan tuki"}', '{}', 'koko maan tuki',
       to_tsvector('finnish', 'koko maan tuki'), ''::tsvector, ''::tsvector, '{}', '{P9}', '{KR2}', '{}', $1, '{}', '{}', '', timestamptz '2025-01-01')`,
    [areas],
  );
  for (const params of [{ municipality: ['313'] }, { region: ['19'] }, { wellbeingServicesCounty: ['21'] }, { q: 'tuki', municipality: ['005'] }]) {
    const page = await publicSearch(ctx(), { ...params, targetGroup: ['KR2'] });
    assert.deepEqual(page.items.map((i) => i.name), ['Koko maan tuki'], JSON.stringify(params));
  }
  assert.equal((await publicSearch(ctx(), { municipality: ['999'], targetGroup: ['KR2'] })).total, 0, 'a municipality it does not list');
});
