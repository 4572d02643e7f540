import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { openTestDatabase, type TestDatabase } from '../../../test/helpers/test-database.ts';
import { CODE_LISTS } from '../../domain/codelist/catalog.ts';
import { CODE_LIST_NAMES, loadCodeLists } from './load-code-lists.ts';
import { DEFAULT_CODE_LIST_DIR } from './code-list-files.ts';

let database: TestDatabase;
before(async () => {
  database = await openTestDatabase();
});
after(async () => {
  await database.destroy();
});

async function count(query: ReturnType<typeof sql>): Promise<number> {
  const result = await database.db.execute<{ n: number }>(query);
  return Number(result.rows[0]?.n);
}

describe('the loaded code lists', () => {
  test('have the expected number of items', async () => {
    const expected: [string, number][] = [
      ['service_classes', 228],
      ['target_groups', 17],
      ['life_events', 19],
      ['industrial_classes', 1805],
      ['koko_concepts', 12274],
      ['municipalities', 311],
      ['postal_codes', 4157],
      ['languages', 74],
      ['countries', 233],
      ['holidays', 18],
      ['digital_authorizations', 15],
      ['service_numbers', 90],
    ];
    for (const [table, n] of expected) {
      assert.equal(await count(sql`SELECT count(*) AS n FROM ${sql.identifier(table)}`), n, table);
    }
    assert.equal(await count(sql`SELECT count(*) AS n FROM service_classes WHERE level = 1`), 28);
    assert.equal(await count(sql`SELECT count(*) AS n FROM municipalities WHERE valid`), 309);
    assert.equal(await count(sql`SELECT count(*) AS n FROM languages WHERE content_language`), 6);
    for (const [type, n] of [['region', 19], ['wellbeingServicesCounty', 23], ['businessRegion', 67], ['hospitalRegion', 20]] as const) {
      assert.equal(await count(sql`SELECT count(*) AS n FROM areas WHERE type = ${type}`), n, type);
    }
  });

  test('hold YSO 2019.3 with the 2025 label overlay applied and newer concepts added', async () => {
    assert.equal(await count(sql`SELECT count(*) AS n FROM ontology_terms`), 35_999 + 59);
    const rows = await database.db.execute<{ id: string; fi: string }>(
      sql`SELECT id, label->>'fi' AS fi FROM ontology_terms WHERE id IN ('p200', 'p13050') ORDER BY id`,
    );
    assert.deepEqual(rows.rows, [{ id: 'p13050', fi: 'lapsiperheet' }, { id: 'p200', fi: 'kuolleet' }]);
    // every label of every term is searchable
    assert.equal(
      await count(sql`SELECT count(*) AS n FROM ontology_terms t, jsonb_object_keys(t.label) k`),
      await count(sql`SELECT count(*) AS n FROM ontology_term_labels`),
    );
  });

  test('classifications are whole: every sub item has its parent, with fi/sv/en names', async () => {
    for (const table of ['service_classes', 'target_groups', 'life_events', 'industrial_classes']) {
      const orphans = await count(sql`SELECT count(*) AS n FROM ${sql.identifier(table)} c
        WHERE c.parent_code IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ${sql.identifier(table)} p WHERE p.code = c.parent_code)`);
      assert.equal(orphans, 0, `${table} has sub items without a parent`);
      const unnamed = await count(sql`SELECT count(*) AS n FROM ${sql.identifier(table)} WHERE NOT (name ? 'fi' AND name ? 'sv' AND name ? 'en')`);
      assert.equal(unnamed, 0, `${table} has items without fi/sv/en names`);
    }
    assert.equal(await count(sql`SELECT count(*) AS n FROM service_classes WHERE description IS NULL`), 0);
  });

  test('every valid municipality belongs to exactly one region and one wellbeing services county', async () => {
    for (const type of ['region', 'wellbeingServicesCounty']) {
      const wrong = await count(sql`SELECT count(*) AS n FROM municipalities m WHERE m.valid AND
        (SELECT count(*) FROM area_municipalities a WHERE a.municipality_code = m.code AND a.area_type = ${type}) <> 1`);
      assert.equal(wrong, 0, type);
    }
    const mismatched = await count(sql`SELECT count(*) AS n FROM municipalities m JOIN area_municipalities a
      ON a.municipality_code = m.code AND a.area_type = 'region' WHERE a.area_code <> m.region_code`);
    assert.equal(mismatched, 0);
  });

  test('abolished municipalities are flagged with a valid successor', async () => {
    const rows = await database.db.execute<{ code: string; merged_into: string; successor_valid: boolean }>(sql`
      SELECT m.code, m.merged_into, s.valid AS successor_valid FROM municipalities m
      JOIN municipalities s ON s.code = m.merged_into WHERE NOT m.valid ORDER BY m.code`);
    assert.deepEqual(rows.rows, [
      { code: '099', merged_into: '214', successor_valid: true },
      { code: '911', merged_into: '541', successor_valid: true },
    ]);
  });

  test('every postal code resolves to a valid municipality', async () => {
    assert.equal(await count(sql`SELECT count(*) AS n FROM postal_codes p JOIN municipalities m ON m.code = p.municipality_code WHERE NOT m.valid`), 0);
    assert.equal(await count(sql`SELECT count(*) AS n FROM postal_codes WHERE source_municipality_code IS NOT NULL`), 11);
  });

  test('each load is recorded as a version, and the loader knows every catalogued list', async () => {
    assert.deepEqual([...CODE_LIST_NAMES].sort(), CODE_LISTS.map((list) => list.name).sort());
    assert.equal(await count(sql`SELECT count(*) AS n FROM code_list_versions`), CODE_LIST_NAMES.length);
  });
});

describe('loading again', () => {
  test('changes nothing when the files are the same', async () => {
    const results = await loadCodeLists(database);
    assert.ok(results.every((r) => r.status === 'unchanged'), 'results.every((r) => r.status === \'unchanged\')');
    assert.equal(await count(sql`SELECT count(*) AS n FROM code_list_versions`), CODE_LIST_NAMES.length);
  });

  test('records a changed classification as a new version that can be compared with the previous one', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kuvaa-codelists-'));
    fs.cpSync(DEFAULT_CODE_LIST_DIR, dir, { recursive: true });
    const file = path.join(dir, 'ptv/service-classes.json');
    const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { items: { code: string; name: Record<string, string>; children?: string[] }[] };
    data.items.find((item) => item.code === 'P1')!.name.fi = 'Asuminen ja asuinympäristö';
    data.items = data.items.filter((item) => item.code !== 'P1.5');
    fs.writeFileSync(file, JSON.stringify(data));
    const versions = JSON.parse(fs.readFileSync(path.join(dir, 'versions.json'), 'utf8'));
    versions.versions['service-classes'] = 'ptvserclass2, update of 31.10.2023';
    fs.writeFileSync(path.join(dir, 'versions.json'), JSON.stringify(versions));

    const [result] = await loadCodeLists(database, { dir, names: ['service-classes'] });
    assert.deepEqual(result, { name: 'service-classes', versionLabel: 'ptvserclass2, update of 31.10.2023', status: 'loaded', count: 227 });

    const current = await database.db.execute<{ name: string; removed: boolean }>(
      sql`SELECT name->>'fi' AS name, removed_at IS NOT NULL AS removed FROM service_classes WHERE code IN ('P1', 'P1.5') ORDER BY code`,
    );
    assert.deepEqual(current.rows, [{ name: 'Asuminen ja asuinympäristö', removed: false }, { name: current.rows[1]!.name, removed: true }]);

    const snapshots = await database.db.execute<{ label: string; p1: string; has_p15: boolean }>(sql`
      SELECT version_label AS label, snapshot->'P1'->'name'->>'fi' AS p1, snapshot ? 'P1.5' AS has_p15
      FROM code_list_versions WHERE name = 'service-classes' ORDER BY id`);
    assert.deepEqual(snapshots.rows, [
      { label: 'ptvserclass2, PTV 3.4 (2022-06)', p1: 'Asuminen', has_p15: true },
      { label: 'ptvserclass2, update of 31.10.2023', p1: 'Asuminen ja asuinympäristö', has_p15: false },
    ]);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
