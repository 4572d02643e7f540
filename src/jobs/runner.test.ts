import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { openTestApp, type TestApp } from '../../test/helpers/test-app.ts';
import { tokenFor } from '../../test/helpers/api-client.ts';
import type { fixedClock } from '../adapters/clock.ts';
import { createRunner, enqueue, FIRST_RETRY_SECONDS, type JobDefinition } from './runner.ts';
import { JOBS, queuePeriodicJobs } from './definitions.ts';
import { textOf, WebSession } from '../../test/helpers/web-session.ts';
import { grantRole, SYSTEM_ORGANIZATION } from '../actions/people/people.ts';

let t: TestApp;
const clock = () => t.ctx.clock as ReturnType<typeof fixedClock>;
const advanceSeconds = (seconds: number) => clock().set(new Date(clock().now().getTime() + seconds * 1000));
const jobState = async (name: string) =>
  (await t.database.db.execute<{ state: string; attempts: number; last_error: string | null }>(sql`SELECT state, attempts, last_error FROM jobs WHERE name = ${name} ORDER BY id`)).rows;

before(async () => {
  t = await openTestApp({ now: '2026-11-26T09:00:30Z' });
  await t.database.db.execute(sql`CREATE TABLE job_effects (job_key text NOT NULL)`);
});
after(async () => {
  await t.close();
});

const effect: JobDefinition = {
  name: 'effect',
  async run(tx, _ctx, payload) {
    await tx.execute(sql`INSERT INTO job_effects (job_key) VALUES (${String(payload.key)})`);
  },
};

test('with two workers at once, every job\'s effect happens exactly once', async () => {
  for (let i = 0; i < 40; i++) await enqueue(t.ctx, { name: 'effect', payload: { key: `k${i}` } });
  const one = createRunner(t.ctx, [effect], 'worker-1');
  const two = createRunner(t.ctx, [effect], 'worker-2');
  const [a, b] = await Promise.all([one.runDue(), two.runDue()]);
  assert.equal(a + b, 40, `ran ${a} + ${b}`);
  const effects = (await t.database.db.execute<{ job_key: string; n: string }>(sql`SELECT job_key, count(*) AS n FROM job_effects GROUP BY job_key`)).rows;
  assert.equal(effects.length, 40, 'every job had its effect');
  assert.ok(effects.every((e) => e.n === '1'), 'no effect twice');
  assert.ok((await jobState('effect')).every((j) => j.state === 'done'), 'all done');
});

test('a failing job is retried with a growing wait and then succeeds; its failed attempts changed nothing', async () => {
  let calls = 0;
  const flaky: JobDefinition = {
    name: 'flaky',
    async run(tx) {
      calls += 1;
      await tx.execute(sql`INSERT INTO job_effects (job_key) VALUES ('flaky')`);
      if (calls < 3) throw new Error(`attempt ${calls} failed`);
    },
  };
  const runner = createRunner(t.ctx, [flaky]);
  await enqueue(t.ctx, { name: 'flaky' });
  assert.equal(await runner.runDue(), 1);
  assert.deepEqual(await jobState('flaky'), [{ state: 'queued', attempts: 1, last_error: 'attempt 1 failed' }]);
  assert.equal(await runner.runDue(), 0, 'not before the wait');
  advanceSeconds(FIRST_RETRY_SECONDS);
  assert.equal(await runner.runDue(), 1);
  advanceSeconds(FIRST_RETRY_SECONDS);
  assert.equal(await runner.runDue(), 0, 'the second wait is longer');
  advanceSeconds(FIRST_RETRY_SECONDS);
  assert.equal(await runner.runDue(), 1);
  assert.deepEqual(await jobState('flaky'), [{ state: 'done', attempts: 3, last_error: null }]);
  const rows = (await t.database.db.execute<{ n: string }>(sql`SELECT count(*) AS n FROM job_effects WHERE job_key = 'flaky'`)).rows[0]!.n;
  assert.equal(rows, '1', 'only the successful attempt left its effect');
});

test('a job that keeps failing ends dead with its last error; an unknown job dies at once', async () => {
  const broken: JobDefinition = { name: 'broken', maxAttempts: 2, run: async () => { throw new Error('the link checker host is down'); } };
  const runner = createRunner(t.ctx, [broken]);
  await enqueue(t.ctx, { name: 'broken' });
  await enqueue(t.ctx, { name: 'nobody-knows-me' });
  await runner.runDue();
  advanceSeconds(FIRST_RETRY_SECONDS);
  await runner.runDue();
  assert.deepEqual(await jobState('broken'), [{ state: 'dead', attempts: 2, last_error: 'the link checker host is down' }]);
  assert.deepEqual(await jobState('nobody-knows-me'), [{ state: 'dead', attempts: 1, last_error: 'No job definition named nobody-knows-me' }]);
});

test('a dedupe key makes a job exist once', async () => {
  assert.equal(await enqueue(t.ctx, { name: 'effect', payload: { key: 'digest' }, dedupeKey: 'digest:2026-12:someone' }), true);
  assert.equal(await enqueue(t.ctx, { name: 'effect', payload: { key: 'digest' }, dedupeKey: 'digest:2026-12:someone' }), false);
});

test('a publish scheduled a minute ahead is done by the job worker within that minute', async () => {
  clock().set('2026-11-26T10:00:20Z');
  const token = await tokenFor(t.app, t.ctx, null);
  const call = async (method: 'GET' | 'POST', url: string, body?: unknown, ifMatch?: string) => {
    const response = await t.app.inject({ method, url, headers: { authorization: `Bearer ${token}`, ...(ifMatch ? { 'if-match': ifMatch } : {}) }, ...(body !== undefined ? { payload: body as object } : {}) });
    return { status: response.statusCode, body: response.json() };
  };
  const created = await call('POST', '/api/v1/organizations', { type: 'Organization', languages: ['fi'], name: { fi: 'Ajastus ry' }, summary: { fi: 'Yhdistys.' } });
  const scheduled = await call('POST', `/api/v1/organizations/${created.body.id}/publish`, { languages: ['fi'], at: '2026-11-26T10:01:00Z' }, created.body.versionTag);
  assert.equal(scheduled.status, 202, JSON.stringify(scheduled.body));
  const worker = createRunner(t.ctx, JOBS);
  await queuePeriodicJobs(t.ctx);
  await worker.runDue();
  assert.equal((await t.app.inject({ method: 'GET', url: `/api/v1/organizations/${created.body.id}` })).statusCode, 404, 'not before its minute');
  clock().set('2026-11-26T10:01:10Z'); // a worker ticks every 10 s
  await queuePeriodicJobs(t.ctx);
  await queuePeriodicJobs(t.ctx); // a second worker ticking in the same minute adds nothing
  assert.equal(await worker.runDue(), 1, 'one job for the minute');
  assert.equal((await t.app.inject({ method: 'GET', url: `/api/v1/organizations/${created.body.id}` })).statusCode, 200, 'published');
});

test('system administrators see the jobs, failures first, on the jobs page; others are refused', async () => {
  await grantRole(t.ctx, { email: 'admin@example.fi', password: 'ylläpidon salasana', organizationId: SYSTEM_ORGANIZATION, role: 'systemAdministrator' });
  const admin = new WebSession(t.app);
  const front = await admin.signIn('admin@example.fi', 'ylläpidon salasana');
  assert.match(front.body, /href="\/editor\/jobs"/, 'in the menu');
  const page = await admin.get('/editor/jobs');
  assert.equal(page.status, 200);
  assert.match(textOf(page.body), /broken Pysähtynyt 2 .* the link checker host is down/, 'the dead job with its error');
  const org = (await t.app.inject({ method: 'POST', url: '/api/v1/organizations', headers: { authorization: `Bearer ${await tokenFor(t.app, t.ctx, null)}` }, payload: { type: 'Organization', languages: ['fi'], name: { fi: 'Työtön ry' } } })).json().id as string;
  await grantRole(t.ctx, { email: 'main@example.fi', password: 'pääkäyttäjän salasana', organizationId: org, role: 'mainUser' });
  const main = new WebSession(t.app);
  await main.signIn('main@example.fi', 'pääkäyttäjän salasana');
  assert.equal((await main.get('/editor/jobs')).status, 403);
});
