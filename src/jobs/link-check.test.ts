import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import { openTestApp, type TestApp } from '../../test/helpers/test-app.ts';
import { tokenFor } from '../../test/helpers/api-client.ts';
import { completeChannel } from '../domain/channel/channel-fixture.ts';
import { createRunner, enqueue } from './runner.ts';
import { linkCheckJob } from './link-check.ts';

let t: TestApp;
let server: http.Server;
let requests = 0;

before(async () => {
  t = await openTestApp();
  server = http.createServer((_req, res) => {
    requests++;
    res.writeHead(200).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});
after(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await t.close();
});

test('the job records links of older content, then checks them without reaching private addresses', async () => {
  const token = await tokenFor(t.app, t.ctx, null);
  const org = await t.app.inject({ method: 'POST', url: '/api/v1/organizations', headers: { authorization: `Bearer ${token}` }, payload: { type: 'Organization', languages: ['fi'], name: { fi: 'Seura' }, summary: { fi: 'Seura.' } } });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const page = await t.app.inject({ method: 'POST', url: '/api/v1/channels', headers: { authorization: `Bearer ${token}` }, payload: completeChannel('WebPage', { organizationId: org.json().id, url: { fi: `${base}/fi`, sv: `${base}/sv` } }) });
  assert.equal(page.statusCode, 201, page.body);
  // as if the content was saved before links were recorded
  await t.database.db.execute(sql`DELETE FROM links`);

  await enqueue(t.ctx, { name: linkCheckJob.name });
  const ran = await createRunner(t.ctx, [linkCheckJob]).runDue();
  assert.equal(ran, 1);
  const job = await t.database.db.execute<{ state: string; last_error: string | null }>(sql`SELECT state, last_error FROM jobs WHERE name = 'link-check'`);
  assert.deepEqual(job.rows, [{ state: 'done', last_error: null }]);
  const links = await t.database.db.execute<{ url: string; last_error: string; last_checked_at: Date | null }>(sql`SELECT url, last_error, last_checked_at FROM links ORDER BY url`);
  assert.deepEqual(links.rows.map((l) => [l.url, l.last_error]), [[`${base}/fi`, 'private network address: not checked'], [`${base}/sv`, 'private network address: not checked']]);
  assert.ok(links.rows.every((l) => l.last_checked_at !== null), 'every link was checked');
  assert.equal(requests, 0, 'no request reached the private address');
});
