import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { openTestApp, type TestApp } from '../../../test/helpers/test-app.ts';
import { tokenFor } from '../../../test/helpers/api-client.ts';
import { completeChannel } from '../../domain/channel/channel-fixture.ts';
import { checkLinks } from '../links/check-links.ts';

// Its own database: checkLinks checks every due link, and only local ones may exist here.
let t: TestApp;
let server: http.Server;
let base: string;
let system: string;

async function call(method: 'GET' | 'POST' | 'PUT', url: string, options: { body?: unknown; ifMatch?: string; token?: string } = {}) {
  const headers: Record<string, string> = { authorization: `Bearer ${options.token ?? system}` };
  if (options.ifMatch) headers['if-match'] = options.ifMatch;
  const response = await t.app.inject({ method, url, headers, ...(options.body !== undefined ? { payload: options.body as object } : {}) });
  return { status: response.statusCode, body: response.json() };
}

before(async () => {
  server = http.createServer((request, response) => {
    response.writeHead(request.url?.startsWith('/ok') ? 200 : 404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  t = await openTestApp({ now: '2026-09-01T09:00:00Z' });
  system = await tokenFor(t.app, t.ctx, null);
});
after(async () => {
  await t.close();
  server.close();
});

const check = () => checkLinks(t.ctx, { allowPrivateAddresses: true, hostGapMs: 0, recheckHours: 0 });

test('a link that fails two checks in a row is a broken-links task until it is fixed or marked an exception', async () => {
  const created = await call('POST', '/api/v1/organizations', { body: { type: 'Organization', languages: ['fi'], name: { fi: 'Linkkiyhdistys' }, summary: { fi: 'Yhdistys, jolla on verkkosivu.' } } });
  const org = created.body.id as string;
  const channel = await call('POST', '/api/v1/channels', { body: completeChannel('WebPage', { organizationId: org, url: { fi: `${base}/missing`, sv: `${base}/ok/sv` } }) });
  assert.equal(channel.status, 201, JSON.stringify(channel.body));
  const tasks = async () => (await call('GET', `/api/v1/tasks/brokenLinks?organizationId=${org}`)).body.items as { entityId: string; detail: { links: { url: string; linkId: number; status: number; paths: string[] }[] } }[];

  await check();
  assert.deepEqual(await tasks(), [], 'one failure is not enough');
  await check();
  const [task] = await tasks();
  assert.equal(task?.entityId, channel.body.id);
  assert.deepEqual(task?.detail.links.map((link) => [link.url, link.status, link.paths]), [[`${base}/missing`, 404, ['url.fi']]], 'only the failing link, with where it is');

  // a fix removes the task at once: the link is no longer in the content
  const fixed = await call('PUT', `/api/v1/channels/${channel.body.id}`, { ifMatch: channel.body.versionTag, body: completeChannel('WebPage', { organizationId: org, url: { fi: `${base}/ok`, sv: `${base}/ok/sv` } }) });
  assert.equal(fixed.status, 200, JSON.stringify(fixed.body));
  assert.deepEqual(await tasks(), []);

  // a broken link that works for people is marked an exception
  const again = await call('PUT', `/api/v1/channels/${channel.body.id}`, { ifMatch: fixed.body.versionTag, body: completeChannel('WebPage', { organizationId: org, url: { fi: `${base}/missing`, sv: `${base}/ok/sv` } }) });
  assert.equal(again.status, 200);
  await check();
  const [back] = await tasks();
  assert.ok(back, 'the old link is still known to be broken');
  const exception = await call('PUT', `/api/v1/links/${back.detail.links[0]!.linkId}/exception`, { body: { comment: 'Sivu estää robotit, toimii selaimella.' } });
  assert.equal(exception.status, 200, JSON.stringify(exception.body));
  assert.deepEqual(await tasks(), []);
});
