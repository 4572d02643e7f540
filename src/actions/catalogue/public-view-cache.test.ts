import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { openTestApp, type TestApp } from '../../../test/helpers/test-app.ts';
import { tokenFor } from '../../../test/helpers/api-client.ts';
import { testDatabaseUrl } from '../../../test/helpers/test-database.ts';
import type { Database } from '../../db/db.ts';
import { findPublicBody, type PublicBody } from '../../db/repositories/entities.repository.ts';
import { publicViewCache, writingPublicViews } from './public-view-cache.ts';

let t: TestApp;
let token: string;

before(async () => {
  t = await openTestApp();
  token = await tokenFor(t.app, t.ctx, null);
});
after(async () => {
  await t.close();
});

async function call(app: FastifyInstance, method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown, ifMatch?: string) {
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  if (ifMatch) headers['if-match'] = ifMatch;
  const response = await app.inject({ method, url, headers, ...(body !== undefined ? { payload: body as object } : {}) });
  return { status: response.statusCode, body: response.json() };
}

const org = (name: string) => ({ type: 'Organization', languages: ['fi'], name: { fi: name }, summary: { fi: `${name}.` } });

async function publishedOrganization(name: string): Promise<{ id: string; versionTag: string }> {
  const created = await call(t.app, 'POST', '/api/v1/organizations', org(name));
  const published = await call(t.app, 'POST', `/api/v1/organizations/${created.body.id}/publish`, { languages: ['fi'] }, created.body.versionTag);
  assert.equal(published.status, 200, JSON.stringify(published.body));
  return published.body;
}

/** A read through the cache that counts how often it went to the database. */
function counted(database: Database, id: string) {
  let loads = 0;
  const read = () =>
    publicViewCache(database).get('organization', id, () => {
      loads++;
      return findPublicBody(database.readPool, 'organization', id, false);
    });
  return { read, loads: () => loads };
}

/** Waits until the cache serves reads (on a PostgreSQL server, once its LISTEN connection is up). */
async function untilCached(read: () => Promise<unknown>, loads: () => number): Promise<void> {
  for (let i = 0; i < 100; i++) {
    await read();
    const before = loads();
    await read();
    if (loads() === before) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  assert.fail('the cache never served a read');
}

test('reads come from the cache until a write of this process, whose result is read at once', async () => {
  const { id, versionTag } = await publishedOrganization('Välimuistiyhdistys ry');
  const { read, loads } = counted(t.database, id);
  await untilCached(read, loads);
  const before = loads();
  await read();
  assert.equal(loads(), before, 'served from the cache');

  const changed = await call(t.app, 'PUT', `/api/v1/organizations/${id}`, org('Uusi nimi ry'), versionTag);
  const republished = await call(t.app, 'POST', `/api/v1/organizations/${id}/publish`, { languages: ['fi'] }, changed.body.versionTag);
  assert.equal(republished.status, 200, JSON.stringify(republished.body));
  const open = await t.app.inject({ method: 'GET', url: `/api/v1/organizations/${id}` });
  assert.equal(open.json().name.fi, 'Uusi nimi ry', 'the write is read at once');
});

test('a read that started before a write never fills the cache', async () => {
  const { id } = await publishedOrganization('Hidas lukija ry');
  const cache = publicViewCache(t.database);
  const { read, loads } = counted(t.database, id);
  await untilCached(read, loads);
  await writingPublicViews(async () => {}); // drops what the cache held
  let release!: () => void;
  const slow = cache.get('organization', id, async () => {
    await new Promise<void>((resolve) => (release = resolve));
    return { id, revision: 0, body: '{"stale":true}', channels: null } satisfies PublicBody;
  });
  await writingPublicViews(async () => {});
  release();
  assert.equal((await slow)?.revision, 0);
  const after = loads();
  assert.notEqual((await read())?.revision, 0, 'the view read before the write was not kept');
  assert.equal(loads(), after + 1);
});

test("another process's commit reaches this process's cache through its NOTIFY", { skip: !testDatabaseUrl() && 'the embedded database has one writing process' }, async () => {
  const { id } = await publishedOrganization('Toinen prosessi ry');
  const { read, loads } = counted(t.database, id);
  await untilCached(read, loads);
  const name = async () => (JSON.parse((await read())!.body) as { name: { fi: string } }).name.fi;

  // what another Kuvaa process's write transaction does, from a session of its own
  const other = new pg.Client({ connectionString: t.database.pool.options.connectionString });
  await other.connect();
  try {
    const change = `UPDATE entities SET public_view = jsonb_set(public_view, '{name,fi}', '"Muutettu muualla ry"'), revision = revision + 1 WHERE id = $1`;
    await other.query(change, [id]);
    assert.equal(await name(), 'Toinen prosessi ry', 'without a notification the cached view is served');
    await other.query('BEGIN');
    await other.query(change, [id]);
    await other.query(`SELECT pg_notify('kuvaa_public_views', '')`);
    assert.equal(await name(), 'Toinen prosessi ry', 'nothing changes before the commit');
    await other.query('COMMIT');
    const deadline = Date.now() + 5000;
    while (Date.now() < deadline && (await name()) !== 'Muutettu muualla ry') await new Promise((resolve) => setTimeout(resolve, 5));
    assert.equal(await name(), 'Muutettu muualla ry', 'the commit emptied the cache');
  } finally {
    await other.end();
  }
});

test('while its LISTEN connection is down the cache serves nothing, and it resumes once listening again', { skip: !testDatabaseUrl() && 'no LISTEN on the embedded database' }, async () => {
  const { id } = await publishedOrganization('Katkos ry');
  const { read, loads } = counted(t.database, id);
  await untilCached(read, loads);
  const admin = new pg.Client({ connectionString: t.database.pool.options.connectionString });
  await admin.connect();
  try {
    const killed = await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN%'`);
    assert.equal(killed.rowCount, 1, 'the listening session');
    const cached = loads();
    const deadline = Date.now() + 5000;
    while (loads() === cached && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      await read();
    }
    assert.notEqual(loads(), cached, 'reads go to the database once the connection is gone');
    await untilCached(read, loads);
  } finally {
    await admin.end();
  }
});
