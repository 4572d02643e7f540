import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openTestApp, type TestApp } from '../../../test/helpers/test-app.ts';
import { tokenFor } from '../../../test/helpers/api-client.ts';

let t: TestApp;
let system: string;
let org: string;
let other: string;

async function call(token: string, method: 'GET' | 'POST', url: string, body?: unknown) {
  const response = await t.app.inject({ method, url, headers: { authorization: `Bearer ${token}` }, ...(body !== undefined ? { payload: body as object } : {}) });
  return { status: response.statusCode, body: response.body ? response.json() : undefined };
}

async function token(clientId: string, clientSecret: string): Promise<{ status: number; token?: string }> {
  const response = await t.app.inject({ method: 'POST', url: '/api/v1/auth/token', payload: { grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret } });
  return { status: response.statusCode, token: response.json().access_token };
}

before(async () => {
  t = await openTestApp();
  system = await tokenFor(t.app, t.ctx, null);
  const make = async (name: string) => (await call(system, 'POST', '/api/v1/organizations', { type: 'Organization', languages: ['fi'], name: { fi: name } })).body.id as string;
  org = await make('Asiakas ry');
  other = await make('Toinen ry');
});
after(async () => {
  await t.close();
});

test('a main user creates a client for its organization and sees the secret once', async () => {
  const mainUser = await tokenFor(t.app, t.ctx, org, 'mainUser');
  const created = await call(mainUser, 'POST', '/api/v1/api-clients', { name: 'CRM', organizationId: org, role: 'maintainer' });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  assert.equal(created.body.role, 'maintainer');
  assert.ok(created.body.clientSecret.length > 30, 'a long secret');
  const listed = await call(mainUser, 'GET', '/api/v1/api-clients');
  const entry = listed.body.find((c: { clientId: string }) => c.clientId === created.body.clientId);
  assert.equal(entry.clientSecret, undefined, 'the secret is never listed');
  assert.ok(listed.body.every((c: { organizationId: string }) => c.organizationId === org), 'only its own tree');
  const foreign = await call(mainUser, 'POST', '/api/v1/api-clients', { name: 'Vieras', organizationId: other, role: 'viewer' });
  assert.equal(foreign.status, 403);
});

test('a maintainer may not manage API clients', async () => {
  const maintainer = await tokenFor(t.app, t.ctx, org, 'maintainer');
  const refused = await call(maintainer, 'POST', '/api/v1/api-clients', { name: 'Ei saa', organizationId: org, role: 'viewer' });
  assert.equal(refused.status, 403);
});

test("a revoked client's token stops working, and a rotated secret replaces the old one", async () => {
  const created = await call(system, 'POST', '/api/v1/api-clients', { name: 'Kierrätettävä', organizationId: org, role: 'mainUser' });
  const first = await token(created.body.clientId, created.body.clientSecret);
  assert.equal(first.status, 200);
  assert.equal((await call(first.token!, 'GET', '/api/v1/api-clients')).status, 200);

  const rotated = await call(system, 'POST', `/api/v1/api-clients/${created.body.clientId}/rotate`);
  assert.equal((await token(created.body.clientId, created.body.clientSecret)).status, 401, 'the old secret no longer works');
  assert.equal((await token(created.body.clientId, rotated.body.clientSecret)).status, 200);

  const revoked = await call(system, 'POST', `/api/v1/api-clients/${created.body.clientId}/revoke`);
  assert.ok(revoked.body.revokedAt, 'revokedAt is set');
  assert.equal((await call(first.token!, 'GET', '/api/v1/api-clients')).status, 401, 'an issued token stops working');
  assert.equal((await token(created.body.clientId, rotated.body.clientSecret)).status, 401, 'no new tokens either');
});
