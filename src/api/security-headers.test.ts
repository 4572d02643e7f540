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

test('every answer carries the security headers', async () => {
  for (const url of ['/', '/health', '/api/v1/code-lists/regions', '/nope']) {
    const { headers } = await t.app.inject({ method: 'GET', url });
    assert.match(String(headers['content-security-policy']), /frame-ancestors 'none'/, url);
    assert.doesNotMatch(String(headers['content-security-policy']), /upgrade-insecure-requests/, url);
    assert.equal(headers['x-frame-options'], 'DENY', url);
    assert.equal(headers['referrer-policy'], 'strict-origin-when-cross-origin', url);
    assert.equal(headers['x-content-type-options'], 'nosniff', url);
  }
});

test('the API documentation page still loads under its CSP', async () => {
  const page = await t.app.inject({ method: 'GET', url: '/api/docs/' });
  assert.equal(page.statusCode, 200);
  assert.ok(page.headers['content-security-policy'], 'a CSP is sent');
});
