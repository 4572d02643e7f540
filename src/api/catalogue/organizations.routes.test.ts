import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { openTestApp, type TestApp } from '../../../test/helpers/test-app.ts';
import { tokenFor } from '../../../test/helpers/api-client.ts';
import { createApiClient } from '../../actions/api-clients/api-clients.ts';

let t: TestApp;
let system: string;
before(async () => {
  t = await openTestApp();
  system = await tokenFor(t.app, t.ctx, null);
});
after(async () => {
  await t.close();
});

const org = (name: string, extra: Record<string, unknown> = {}) => ({
  type: 'Organization',
  languages: ['fi', 'sv'],
  name: { fi: name, sv: `${name} (sv)` },
  summary: { fi: 'Paikallinen yhdistys.', sv: 'En lokal förening.' },
  ...extra,
});

async function call(method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, options: { token?: string; body?: unknown; ifMatch?: string; contentType?: string } = {}) {
  const headers: Record<string, string> = {};
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.ifMatch) headers['if-match'] = options.ifMatch;
  if (options.contentType) headers['content-type'] = options.contentType;
  const response = await t.app.inject({ method, url, headers, ...(options.body !== undefined ? { payload: options.body as object } : {}) });
  return { status: response.statusCode, headers: response.headers, body: response.body ? response.json() : undefined };
}

async function countRows(table: string): Promise<number> {
  const result = await t.database.db.execute<{ n: string }>(sql`SELECT count(*) AS n FROM ${sql.identifier(table)}`);
  return Number(result.rows[0]!.n);
}

describe('authentication', () => {
  test('client credentials work in the body and with HTTP Basic; a wrong secret gets invalid_client', async () => {
    const { clientId, clientSecret } = await createApiClient(t.ctx, { name: 'basic', organizationId: null });
    const basic = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/token',
      headers: { authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`, 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'grant_type=client_credentials',
    });
    assert.equal(basic.statusCode, 200);
    assert.equal(basic.json().token_type, 'Bearer');
    const wrong = await call('POST', '/api/v1/auth/token', { body: { grant_type: 'client_credentials', client_id: clientId, client_secret: 'nope' } });
    assert.equal(wrong.status, 401);
    assert.equal(wrong.body.error, 'invalid_client');
  });

  test('a write without a token gets 401 problem+json and changes nothing', async () => {
    const before = await countRows('entities');
    const response = await call('POST', '/api/v1/organizations', { body: org('Ei tokenia') });
    assert.equal(response.status, 401);
    assert.match(String(response.headers['content-type']), /problem\+json/);
    assert.equal(await countRows('entities'), before);
  });
});

describe('the organization lifecycle', () => {
  test('a draft is invisible to the open API until its language is published', async () => {
    const created = await call('POST', '/api/v1/organizations', { token: system, body: org('Lähiseudun Yhdistys ry') });
    assert.equal(created.status, 201);
    assert.equal(created.body.version, '0.1');
    assert.deepEqual(created.body.languageStatus, { fi: 'draft', sv: 'draft' });
    assert.equal(created.headers.etag, created.body.versionTag);
    const id = created.body.id;
    assert.equal((await call('GET', `/api/v1/organizations/${id}`)).status, 404);

    const published = await call('POST', `/api/v1/organizations/${id}/publish`, { token: system, ifMatch: created.body.versionTag, body: { languages: ['fi'] } });
    assert.equal(published.status, 200, JSON.stringify(published.body));
    assert.equal(published.body.version, '1.0');
    const open = await call('GET', `/api/v1/organizations/${id}`);
    assert.equal(open.status, 200);
    assert.deepEqual(open.body.name, { fi: 'Lähiseudun Yhdistys ry' });
    assert.deepEqual(open.body.languages, ['fi']);
    assert.equal(open.headers['access-control-allow-origin'], '*', 'the open API is CORS-open');
  });

  test('editing a published organization keeps the published copy until the next publish (1.0 → 2.0)', async () => {
    const created = await call('POST', '/api/v1/organizations', { token: system, body: org('Vanha nimi ry') });
    const id = created.body.id;
    const v1 = await call('POST', `/api/v1/organizations/${id}/publish`, { token: system, ifMatch: created.body.versionTag, body: { languages: ['fi', 'sv'] } });
    const edited = await call('PUT', `/api/v1/organizations/${id}`, { token: system, ifMatch: v1.body.versionTag, body: org('Uusi nimi ry') });
    assert.equal(edited.status, 200);
    assert.equal(edited.body.version, '1.1');
    assert.deepEqual(edited.body.languageStatus, { fi: 'modified', sv: 'modified' });
    assert.equal((await call('GET', `/api/v1/organizations/${id}`)).body.name.fi, 'Vanha nimi ry', 'the published copy stays visible');

    const v2 = await call('POST', `/api/v1/organizations/${id}/publish`, { token: system, ifMatch: edited.body.versionTag, body: { languages: ['fi'] } });
    assert.equal(v2.body.version, '2.0');
    const open = await call('GET', `/api/v1/organizations/${id}`);
    assert.deepEqual(open.body.name, { fi: 'Uusi nimi ry', sv: 'Vanha nimi ry (sv)' }, 'Swedish stays as it was published');

    const history = await call('GET', `/api/v1/organizations/${id}/versions`, { token: system });
    assert.deepEqual(history.body.map((v: { version: string; operation: string }) => `${v.version} ${v.operation}`), ['2.0 publish', '1.1 update', '1.0 publish', '0.1 create']);
    assert.deepEqual(history.body[1].changedFields, ['name']);
  });

  test('a stale version tag gets 412 and the stored organization is unchanged', async () => {
    const created = await call('POST', '/api/v1/organizations', { token: system, body: org('Kilpaileva ry') });
    const id = created.body.id;
    const first = await call('PUT', `/api/v1/organizations/${id}`, { token: system, ifMatch: created.body.versionTag, body: org('Ensimmäinen muutos ry') });
    assert.equal(first.status, 200);
    const second = await call('PUT', `/api/v1/organizations/${id}`, { token: system, ifMatch: created.body.versionTag, body: org('Toinen muutos ry') });
    assert.equal(second.status, 412);
    assert.equal(second.body.type, '/api/problems/precondition-failed');
    assert.equal(second.headers.etag, first.body.versionTag);
    const now = await call('GET', `/api/v1/organizations/${id}/working-copy`, { token: system });
    assert.equal(now.body.content.name.fi, 'Ensimmäinen muutos ry');
    const missing = await call('PUT', `/api/v1/organizations/${id}`, { token: system, body: org('Ilman tagia ry') });
    assert.equal(missing.status, 428);
  });

  test('bad input lists every violation, unknown fields included, and writes nothing', async () => {
    const before = await countRows('entities');
    const response = await call('POST', '/api/v1/organizations', { token: system, body: { ...org('x'.repeat(101)), businessId: '0737546-3', colour: 'red' } });
    assert.equal(response.status, 400);
    const paths = response.body.errors.map((e: { path: string }) => e.path);
    assert.ok(paths.includes('colour'), `unknown field reported: ${paths}`);
    const domain = await call('POST', '/api/v1/organizations', { token: system, body: { ...org('x'.repeat(101)), businessId: '0737546-3' } });
    assert.equal(domain.status, 400);
    const domainPaths = domain.body.errors.map((e: { path: string }) => e.path).sort();
    assert.ok(domainPaths.includes('businessId') && domainPaths.includes('name.fi'), `both violations reported: ${domainPaths}`);
    assert.equal(await countRows('entities'), before);
  });

  test('PATCH merges into the working copy (RFC 7396)', async () => {
    const created = await call('POST', '/api/v1/organizations', { token: system, body: org('Paikattava ry', { description: { fi: 'Pitkä kuvaus' } }) });
    const patched = await call('PATCH', `/api/v1/organizations/${created.body.id}`, { token: system, ifMatch: created.body.versionTag, body: { name: { sv: 'Lappad rf' }, description: null } });
    assert.equal(patched.status, 200, JSON.stringify(patched.body));
    assert.deepEqual(patched.body.content.name, { fi: 'Paikattava ry', sv: 'Lappad rf' });
    assert.equal(patched.body.content.description, undefined);
  });

  test('create-or-update by source id is idempotent', async () => {
    const first = await call('PUT', '/api/v1/organizations/source/crm-42', { token: system, body: org('Lähde ry') });
    assert.equal(first.status, 201);
    const again = await call('PUT', '/api/v1/organizations/source/crm-42', { token: system, body: org('Lähde ry') });
    assert.equal(again.status, 200);
    assert.equal(again.body.id, first.body.id);
    assert.equal(again.body.version, '0.1', 'the same content makes no new version');
    const changed = await call('PUT', '/api/v1/organizations/source/crm-42', { token: system, body: org('Lähde ja muutos ry') });
    assert.equal(changed.body.id, first.body.id);
    assert.equal(changed.body.version, '0.2');
  });

  test('a client of an organization writes in its own tree only', async () => {
    const parent = await call('POST', '/api/v1/organizations', { token: system, body: org('Kattojärjestö ry') });
    const other = await call('POST', '/api/v1/organizations', { token: system, body: org('Muu ry') });
    const member = await tokenFor(t.app, t.ctx, parent.body.id);
    const sub = await call('POST', '/api/v1/organizations', { token: member, body: org('Jäsenyhdistys ry', { parentOrganizationId: parent.body.id }) });
    assert.equal(sub.status, 201);
    const subSub = await call('POST', '/api/v1/organizations', { token: member, body: org('Paikallisosasto ry', { parentOrganizationId: sub.body.id }) });
    assert.equal(subSub.status, 201, 'rights cascade to a sub-sub-organization');
    const topLevel = await call('POST', '/api/v1/organizations', { token: member, body: org('Oma ylätaso ry') });
    assert.equal(topLevel.status, 403);
    const foreign = await call('PUT', `/api/v1/organizations/${other.body.id}`, { token: member, ifMatch: other.body.versionTag, body: org('Kaapattu ry') });
    assert.equal(foreign.status, 403);
  });

  test('withdraw, archive and restore move the organization in and out of the open API', async () => {
    const created = await call('POST', '/api/v1/organizations', { token: system, body: org('Arkistoitava ry') });
    const id = created.body.id;
    let tag = (await call('POST', `/api/v1/organizations/${id}/publish`, { token: system, ifMatch: created.body.versionTag, body: { languages: ['fi'] } })).body.versionTag;
    const archived = await call('POST', `/api/v1/organizations/${id}/archive`, { token: system, ifMatch: tag, body: {} });
    assert.equal(archived.body.status, 'archived');
    assert.equal((await call('GET', `/api/v1/organizations/${id}`)).status, 404);
    const archivedList = await call('GET', '/api/v1/organizations/archived');
    assert.ok(archivedList.body.items.some((item: { id: string }) => item.id === id), 'listed as archived');
    tag = archived.body.versionTag;
    const restored = await call('POST', `/api/v1/organizations/${id}/restore`, { token: system, ifMatch: tag });
    assert.deepEqual(restored.body.languageStatus, { fi: 'draft', sv: 'draft' });
    const again = await call('POST', `/api/v1/organizations/${id}/restore`, { token: system, ifMatch: restored.body.versionTag });
    assert.equal(again.status, 409);
  });
});

describe('the change feed', () => {
  test('returns every change exactly once across pages while writes happen', async () => {
    const start = await call('GET', '/api/v1/changes?limit=500');
    let cursor: string = start.body.next;
    const seen: string[] = [];
    const writes = (async () => {
      for (let i = 0; i < 12; i++) await call('POST', '/api/v1/organizations', { token: system, body: org(`Syöte ${i} ry`) });
    })();
    let done = false;
    void writes.then(() => (done = true));
    while (!done || seen.length < 12) {
      const page = await call('GET', `/api/v1/changes?after=${cursor}&limit=3`);
      for (const item of page.body.items) seen.push(`${item.id}:${item.operation}`);
      cursor = page.body.next;
      if (done && page.body.items.length === 0 && seen.length >= 12) break;
      if (done && page.body.items.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await writes;
    assert.equal(seen.length, 12);
    assert.equal(new Set(seen).size, 12, 'no change twice');
  });
});

describe('the audit log', () => {
  test('records every write with who, for which organization, what, and the request id; rows cannot be changed', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/organizations',
      headers: { authorization: `Bearer ${system}`, 'x-request-id': 'audit-create-1' },
      payload: org('Auditoitava ry'),
    });
    const id = response.json().id;
    await t.app.inject({ method: 'POST', url: `/api/v1/organizations/${id}/publish`, headers: { authorization: `Bearer ${system}`, 'if-match': response.json().versionTag, 'x-request-id': 'audit-publish-1' }, payload: { languages: ['fi'] } });
    const rows = await t.database.db.execute<{ action: string; actor_type: string; organization_id: string; request_id: string }>(
      sql`SELECT action, actor_type, organization_id, request_id FROM audit_log WHERE entity_id = ${id} ORDER BY id`,
    );
    assert.deepEqual(rows.rows, [
      { action: 'create', actor_type: 'apiClient', organization_id: id, request_id: 'audit-create-1' },
      { action: 'publish', actor_type: 'apiClient', organization_id: id, request_id: 'audit-publish-1' },
    ]);
    await assert.rejects(t.database.db.execute(sql`DELETE FROM audit_log WHERE entity_id = ${id}`), (error: Error & { cause?: Error }) => /append-only/.test(String(error.cause?.message)));
  });
});
