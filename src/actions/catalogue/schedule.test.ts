import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openTestApp, type TestApp } from '../../../test/helpers/test-app.ts';
import { tokenFor } from '../../../test/helpers/api-client.ts';
import { runDueScheduledActions } from './schedule.ts';
import { rulesOf } from './resources.ts';

let t: TestApp;
let token: string;
const clock = () => t.ctx.clock as unknown as { set(to: string): void };

before(async () => {
  t = await openTestApp({ now: '2026-11-26T09:00:30Z' });
  token = await tokenFor(t.app, t.ctx, null);
});
after(async () => {
  await t.close();
});

async function call(method: 'GET' | 'POST', url: string, body?: unknown, ifMatch?: string) {
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  if (ifMatch) headers['if-match'] = ifMatch;
  const response = await t.app.inject({ method, url, headers, ...(body !== undefined ? { payload: body as object } : {}) });
  return { status: response.statusCode, body: response.json() };
}

const org = (summary: boolean) => ({ type: 'Organization', languages: ['fi'], name: { fi: 'Ajastettu ry' }, ...(summary ? { summary: { fi: 'Yhdistys.' } } : {}) });

test('a publish scheduled a minute ahead happens when that minute comes, not before', async () => {
  clock().set('2026-11-26T09:00:30Z');
  const created = await call('POST', '/api/v1/organizations', org(true));
  const scheduled = await call('POST', `/api/v1/organizations/${created.body.id}/publish`, { languages: ['fi'], at: '2026-11-26T09:01:45Z' }, created.body.versionTag);
  assert.equal(scheduled.status, 202, JSON.stringify(scheduled.body));
  assert.equal(scheduled.body.dueAt, '2026-11-26T09:01:00.000Z', 'minute precision');
  const working = await call('GET', `/api/v1/organizations/${created.body.id}/working-copy`);
  assert.equal(working.body.scheduled.length, 1);

  assert.deepEqual(await runDueScheduledActions(t.ctx, rulesOf), [], 'nothing is due yet');
  clock().set('2026-11-26T09:01:00Z');
  const ran = await runDueScheduledActions(t.ctx, rulesOf);
  assert.deepEqual(ran.map((r) => r.state), ['done']);
  const open = await t.app.inject({ method: 'GET', url: `/api/v1/organizations/${created.body.id}` });
  assert.equal(open.statusCode, 200);
  assert.deepEqual(await runDueScheduledActions(t.ctx, rulesOf), [], 'an action runs once');
});

test('archiving can be scheduled for a future date', async () => {
  clock().set('2026-11-26T09:00:00Z');
  const created = await call('POST', '/api/v1/organizations', org(true));
  const published = await call('POST', `/api/v1/organizations/${created.body.id}/publish`, { languages: ['fi'] }, created.body.versionTag);
  const scheduled = await call('POST', `/api/v1/organizations/${created.body.id}/archive`, { at: '2026-12-31T22:00:00Z' }, published.body.versionTag);
  assert.equal(scheduled.status, 202);
  clock().set('2026-12-31T22:00:00Z');
  await runDueScheduledActions(t.ctx, rulesOf);
  const after = await call('GET', `/api/v1/organizations/${created.body.id}/working-copy`);
  assert.equal(after.body.status, 'archived');
});

test('a scheduled publish that breaks the rules fails with every reason and publishes nothing', async () => {
  clock().set('2026-11-26T09:00:00Z');
  const created = await call('POST', '/api/v1/organizations', org(false));
  await call('POST', `/api/v1/organizations/${created.body.id}/publish`, { languages: ['fi'], at: '2026-11-26T10:00:00Z' }, created.body.versionTag);
  clock().set('2026-11-26T10:00:00Z');
  const [result] = (await runDueScheduledActions(t.ctx, rulesOf)).filter((r) => r.entityId === created.body.id);
  assert.equal(result?.state, 'failed');
  assert.match(JSON.stringify(result?.result), /summary/);
  const working = await call('GET', `/api/v1/organizations/${created.body.id}/working-copy`);
  assert.equal(working.body.status, 'draft');
});

test('a time in the past is refused, naming the field', async () => {
  clock().set('2026-11-26T09:00:00Z');
  const created = await call('POST', '/api/v1/organizations', org(true));
  const refused = await call('POST', `/api/v1/organizations/${created.body.id}/publish`, { languages: ['fi'], at: '2026-11-26T08:59:00Z' }, created.body.versionTag);
  assert.equal(refused.status, 400);
  assert.equal(refused.body.errors[0].path, 'at');
});
