import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openTestApp } from '../../test/helpers/test-app.ts';
import { migrationJournal } from '../db/migrate.ts';

test('GET /health reports the database, the schema version and the code-list versions', async () => {
  const t = await openTestApp();
  try {
    const response = await t.app.inject({ method: 'GET', url: '/health' });
    assert.equal(response.statusCode, 200);
    const body = response.json();
    assert.equal(body.status, 'ok');
    assert.equal(body.database.reachable, true);
    assert.equal(body.schemaVersion, migrationJournal().entries.at(-1)?.tag);
    assert.ok(body.codeLists.some((l: { name: string; itemCount: number }) => l.name === 'service-classes' && l.itemCount === 228), 'body.codeLists.some((l: { name: string; itemCount: number }) => l.name === \'service-classe');
  } finally {
    await t.close();
  }
});

test('GET /health answers 503 when the database is gone', async () => {
  const t = await openTestApp();
  await t.database.destroy();
  const response = await t.app.inject({ method: 'GET', url: '/health' });
  assert.equal(response.statusCode, 503);
  assert.equal(response.json().database.reachable, false);
  await t.app.close();
});
