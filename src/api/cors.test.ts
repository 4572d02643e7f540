import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openTestApp, type TestApp } from '../../test/helpers/test-app.ts';

let t: TestApp;

before(async () => {
  t = await openTestApp();
});
after(async () => {
  await t.close();
});

test('a browser on another site may read the open API and send every method of the write API', async () => {
  const preflight = await t.app.inject({
    method: 'OPTIONS',
    url: '/api/v1/services/00000000-0000-0000-0000-000000000001',
    headers: { origin: 'https://kunta.example', 'access-control-request-method': 'PUT', 'access-control-request-headers': 'authorization, if-match, content-type' },
  });
  assert.equal(preflight.statusCode, 204);
  assert.equal(preflight.headers['access-control-allow-origin'], '*');
  for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']) {
    assert.ok(String(preflight.headers['access-control-allow-methods']).includes(method), `allows ${method}`);
  }
  assert.match(String(preflight.headers['access-control-allow-headers']), /if-match/);
  const read = await t.app.inject({ method: 'GET', url: '/health', headers: { origin: 'https://kunta.example' } });
  assert.equal(read.headers['access-control-allow-origin'], '*');
  assert.match(String(read.headers['access-control-expose-headers']), /ETag/);
});

test('editor pages are not readable from other sites', async () => {
  const page = await t.app.inject({ method: 'GET', url: '/sign-in', headers: { origin: 'https://evil.example' } });
  assert.equal(page.headers['access-control-allow-origin'], undefined);
});
