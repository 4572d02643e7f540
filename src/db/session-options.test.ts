import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openTestApp } from '../../test/helpers/test-app.ts';

test('server connections scan tables from their start, so capped searches are repeatable', { skip: !process.env.TEST_DATABASE_URL && 'PostgreSQL only (TEST_DATABASE_URL)' }, async () => {
  const t = await openTestApp();
  try {
    for (const pool of [t.ctx.database.pool, t.ctx.database.readPool]) {
      const { rows } = await pool.query<{ synchronize_seqscans: string }>('SHOW synchronize_seqscans');
      assert.equal(rows[0]!.synchronize_seqscans, 'off', 'a synchronized scan would start mid-table');
    }
  } finally {
    await t.close();
  }
});
