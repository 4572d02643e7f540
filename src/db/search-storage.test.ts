import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openTestApp } from '../../test/helpers/test-app.ts';

/**
 * Where the values of search_entries are stored (migrations 0012 and 0017): a search reads
 * thousands of rows, and a value moved out to the TOAST table costs an index lookup and another
 * page to read (a municipality's 1,000 newest matches read 19,600 pages instead of 2,100 with the
 * name, statuses and area codes moved out). A new column picks its storage here.
 */
test('what a search reads of a row stays in the row; only the texts a page shows are moved out first', async () => {
  const t = await openTestApp();
  try {
    const { rows } = await t.ctx.database.pool.query<{ name: string; storage: string; typlen: number }>(
      `SELECT a.attname AS name, a.attstorage AS storage, y.typlen FROM pg_attribute a JOIN pg_type y ON y.oid = a.atttypid
       WHERE a.attrelid = 'search_entries'::regclass AND a.attnum > 0 AND NOT a.attisdropped`,
    );
    const variable = rows.filter((r) => r.typlen === -1);
    const named = (storage: string) => variable.filter((r) => r.storage === storage).map((r) => r.name).sort();
    // moved out first: read for the rows of a page only
    assert.deepEqual(named('e'), ['snippet_text', 'summary']);
    // the default (moved out when the row is large): only short codes, which stay in the row anyway
    assert.deepEqual(named('x'), ['funding_type', 'kind', 'organization_type', 'scope', 'status', 'sub_type']);
    assert.ok(named('m').includes('name') && named('m').includes('area_codes') && named('m').includes('facet_tokens') && named('m').includes('doc_fi'));
  } finally {
    await t.close();
  }
});
