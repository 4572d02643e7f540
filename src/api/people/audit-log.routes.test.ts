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
  return { status: response.statusCode, headers: response.headers, text: response.body };
}

before(async () => {
  t = await openTestApp();
  system = await tokenFor(t.app, t.ctx, null);
  const make = async (name: string, parent?: string) =>
    JSON.parse((await call(system, 'POST', '/api/v1/organizations', { type: 'Organization', languages: ['fi'], name: { fi: name }, ...(parent ? { parentOrganizationId: parent } : {}) })).text).id as string;
  org = await make('Lokitettu ry');
  await make('Lokitetun alaosasto', org);
  other = await make('Muu ry');
});
after(async () => {
  await t.close();
});

test('a main user reads its tree, filtered, as JSON and as CSV; others are refused', async () => {
  const mainUser = await tokenFor(t.app, t.ctx, org, 'mainUser');
  const page = JSON.parse((await call(mainUser, 'GET', '/api/v1/audit-log?entityType=organization&action=create')).text);
  assert.equal(page.items.length, 2, 'the organization and its sub-organization');
  assert.ok(page.items.every((row: { organizationId: string }) => row.organizationId !== other), 'nothing outside the tree');
  const csv = await call(mainUser, 'GET', '/api/v1/audit-log?format=csv');
  assert.match(String(csv.headers['content-type']), /text\/csv/);
  const lines = csv.text.trim().split('\r\n');
  assert.equal(lines[0], 'id,at,actorType,actorId,actorOrganizationId,organizationId,entityType,entityId,action,requestId');
  assert.ok(lines.length >= 3, 'header and rows');
  assert.equal((await call(mainUser, 'GET', `/api/v1/audit-log?organization=${other}`)).status, 403);
  const maintainer = await tokenFor(t.app, t.ctx, org, 'maintainer');
  assert.equal((await call(maintainer, 'GET', '/api/v1/audit-log')).status, 403);
  const all = JSON.parse((await call(system, 'GET', '/api/v1/audit-log?limit=1000')).text);
  assert.ok(all.items.some((row: { organizationId: string }) => row.organizationId === other), 'a system administrator sees everything');
});
