import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openTestApp } from '../../test/helpers/test-app.ts';
import { SESSION_SETTINGS } from './db.ts';

test('server connections scan tables from their start (capped searches are repeatable) and cost index tuples as the search measured', { skip: !process.env.TEST_DATABASE_URL && 'PostgreSQL only (TEST_DATABASE_URL)' }, async () => {
  const t = await openTestApp();
  try {
    for (const pool of [t.ctx.database.pool, t.ctx.database.readPool]) {
      for (const [name, value] of Object.entries(SESSION_SETTINGS)) {
        const { rows } = await pool.query<{ setting: string }>('SELECT current_setting($1) AS setting', [name]);
        assert.equal(rows[0]!.setting, value, name);
      }
    }
  } finally {
    await t.close();
  }
});
