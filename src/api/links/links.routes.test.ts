import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { openTestApp, type TestApp } from '../../../test/helpers/test-app.ts';
import { tokenFor } from '../../../test/helpers/api-client.ts';
import { completeChannel } from '../../domain/channel/channel-fixture.ts';

let t: TestApp;
let system: string;
let org: string;
let sub: string;
let other: string;
let maintainer: string;
let viewer: string;
let otherMaintainer: string;
let pageId: string;
let linkId: number;

async function call(method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, options: { token?: string; body?: unknown } = {}) {
  const headers: Record<string, string> = options.token ? { authorization: `Bearer ${options.token}` } : {};
  const response = await t.app.inject({ method, url, headers, ...(options.body !== undefined ? { payload: options.body as object } : {}) });
  return { status: response.statusCode, headers: response.headers, body: response.body ? response.json() : undefined };
}

async function createOrg(name: string, parentId?: string): Promise<string> {
  const created = await call('POST', '/api/v1/organizations', { token: system, body: { type: 'Organization', languages: ['fi'], name: { fi: name }, summary: { fi: `${name}.` }, ...(parentId ? { parentOrganizationId: parentId } : {}) } });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  return created.body.id;
}

async function webPage(organizationId: string, url: string): Promise<string> {
  const created = await call('POST', '/api/v1/channels', { token: system, body: completeChannel('WebPage', { organizationId, url: { fi: url, sv: `${url}sv` } }) });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  return created.body.id;
}

before(async () => {
  t = await openTestApp();
  system = await tokenFor(t.app, t.ctx, null);
  org = await createOrg('Kaupunki');
  sub = await createOrg('Kaupungin kirjasto', org);
  other = await createOrg('Toinen yhdistys');
  maintainer = await tokenFor(t.app, t.ctx, org, 'maintainer');
  viewer = await tokenFor(t.app, t.ctx, org, 'viewer');
  otherMaintainer = await tokenFor(t.app, t.ctx, other, 'maintainer');
  pageId = await webPage(org, 'https://kaupunki.example.fi/');
  await webPage(sub, 'https://kirjasto.example.fi/');
  await webPage(other, 'https://kaupunki.example.fi/');
  const rows = await t.database.db.execute<{ id: string }>(sql`SELECT id FROM links WHERE url = 'https://kaupunki.example.fi/'`);
  linkId = Number(rows.rows[0]!.id);
  await t.database.db.execute(sql`UPDATE links SET failures = 2, broken = true, last_status = 404, last_error = 'HTTP 404', last_checked_at = now() WHERE id = ${linkId}`);
});
after(async () => {
  await t.close();
});

describe('GET /api/v1/organizations/{organizationId}/links', () => {
  test('lists the links of the organization\'s content, broken first, with where they occur there', async () => {
    const list = await call('GET', `/api/v1/organizations/${org}/links`, { token: viewer });
    assert.equal(list.status, 200, JSON.stringify(list.body));
    assert.deepEqual(list.body.items.map((l: { url: string }) => l.url), ['https://kaupunki.example.fi/', 'https://kaupunki.example.fi/sv']);
    const [broken] = list.body.items;
    assert.deepEqual({ broken: broken.broken, failures: broken.failures, lastStatus: broken.lastStatus, lastError: broken.lastError, exception: broken.exception }, { broken: true, failures: 2, lastStatus: 404, lastError: 'HTTP 404', exception: null });
    assert.deepEqual(broken.occurrences.map((o: { entityId: string; paths: string[]; kind: string }) => [o.entityId, o.kind, o.paths]), [[pageId, 'channel', ['url.fi']]], 'only this organization\'s content');
    assert.equal(list.body.total, 2);
  });

  test('filters by broken and includes sub-organizations on request', async () => {
    const working = await call('GET', `/api/v1/organizations/${org}/links?broken=false&subOrganizations=true&limit=1&offset=1`, { token: viewer });
    assert.equal(working.status, 200, JSON.stringify(working.body));
    assert.equal(working.body.total, 3);
    assert.deepEqual(working.body.items.map((l: { url: string }) => l.url), ['https://kirjasto.example.fi/'], 'ordered by address: kaupunki…/sv, kirjasto…/, kirjasto…/sv');
  });

  test('another organization\'s people are refused; an unknown organization is 404', async () => {
    assert.equal((await call('GET', `/api/v1/organizations/${org}/links`, { token: otherMaintainer })).status, 403);
    assert.equal((await call('GET', '/api/v1/organizations/00000000-0000-4000-8000-000000000000/links', { token: system })).status, 404);
    assert.equal((await call('GET', `/api/v1/organizations/${org}/links`)).status, 401);
  });
});

describe('PUT and DELETE /api/v1/links/{id}/exception', () => {
  test('a maintainer of content holding the link sets an exception, audited; the list filters by it', async () => {
    const set = await call('PUT', `/api/v1/links/${linkId}/exception`, { token: maintainer, body: { comment: '  Sivusto estää robotit, toimii selaimella. ' } });
    assert.equal(set.status, 200, JSON.stringify(set.body));
    assert.equal(set.body.exception.comment, 'Sivusto estää robotit, toimii selaimella.');
    assert.match(set.body.exception.by, /^apiClient:/);
    assert.equal(set.body.broken, true, 'the checker\'s verdict stays');
    const toFix = await call('GET', `/api/v1/organizations/${org}/links?broken=true&exception=false`, { token: viewer });
    assert.equal(toFix.body.total, 0);
    const audit = await t.database.db.execute<{ action: string; organization_id: string }>(sql`SELECT action, organization_id FROM audit_log WHERE entity_type = 'link' AND entity_id = ${String(linkId)}`);
    assert.deepEqual(audit.rows, [{ action: 'setException', organization_id: org }]);
  });

  test('another organization\'s maintainer may set one too when its own content holds the link, but not on a link only others hold', async () => {
    const rows = await t.database.db.execute<{ id: string }>(sql`SELECT id FROM links WHERE url = 'https://kirjasto.example.fi/'`);
    const refused = await call('PUT', `/api/v1/links/${rows.rows[0]!.id}/exception`, { token: otherMaintainer, body: { comment: 'Toimii.' } });
    assert.equal(refused.status, 403, JSON.stringify(refused.body));
    assert.equal(refused.headers['content-type'], 'application/problem+json; charset=utf-8');
    const allowed = await call('PUT', `/api/v1/links/${linkId}/exception`, { token: otherMaintainer, body: { comment: 'Toimii selaimella.' } });
    assert.equal(allowed.status, 200, JSON.stringify(allowed.body));
    assert.deepEqual(allowed.body.occurrences.map((o: { organizationId: string }) => o.organizationId), [other], 'the answer shows only content the actor may read');
    const viewerRefused = await call('PUT', `/api/v1/links/${linkId}/exception`, { token: viewer, body: { comment: 'Toimii.' } });
    assert.equal(viewerRefused.status, 403, 'a viewer may not update content');
  });

  test('the comment is required, 1–500 characters, and a wrong one is named', async () => {
    for (const body of [{}, { comment: '' }, { comment: '   ' }, { comment: 'x'.repeat(501) }]) {
      const response = await call('PUT', `/api/v1/links/${linkId}/exception`, { token: maintainer, body });
      assert.equal(response.status, 400, JSON.stringify(body));
      assert.deepEqual([...new Set(response.body.errors.map((e: { path: string }) => e.path))], ['comment'], JSON.stringify(response.body));
    }
    assert.equal((await call('PUT', '/api/v1/links/999999/exception', { token: system, body: { comment: 'x' } })).status, 404);
  });

  test('removing the exception clears it', async () => {
    const removed = await call('DELETE', `/api/v1/links/${linkId}/exception`, { token: maintainer });
    assert.equal(removed.status, 200, JSON.stringify(removed.body));
    assert.equal(removed.body.exception, null);
    const audit = await t.database.db.execute<{ action: string }>(sql`SELECT action FROM audit_log WHERE entity_type = 'link' AND entity_id = ${String(linkId)} ORDER BY id`);
    assert.deepEqual(audit.rows.map((r) => r.action), ['setException', 'setException', 'removeException']);
  });
});
