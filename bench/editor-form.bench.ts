/**
 * Server render of the editor's service form: signs in through the sign-in form and loads
 * `GET /editor/services/{id}` for every demo service in turn (the whole request: session, the
 * working copy, pickers, organization choices, chosen terms and the render), on the embedded
 * database and on PostgreSQL when DATABASE_URL is set (an empty database: the demo catalogue is
 * seeded into it). Goal: p95 ≤ 50 ms.
 */
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { migrateDatabase } from '../src/db/migrate.ts';
import { loadCodeLists } from '../src/db/seed/load-code-lists.ts';
import { buildApp } from '../src/api/app.ts';
import { systemClock } from '../src/adapters/clock.ts';
import type { Database } from '../src/db/db.ts';
import type { Context } from '../src/actions/context.ts';
import { seedDemoCatalogue } from '../src/actions/demo/seed-demo-catalogue.ts';
import { organizationId } from '../src/actions/demo/demo-model.ts';
import { grantRole } from '../src/actions/people/people.ts';
import { WebSession } from '../test/helpers/web-session.ts';
import { onEachDatabase } from './bench-databases.ts';

const WARM_UP = 50;
const REQUESTS = 1000;
const GOAL_MS = 50;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

async function run(label: string, database: Database): Promise<number> {
  await migrateDatabase(database);
  await loadCodeLists(database);
  const ctx: Context = { database, clock: systemClock, tokenSecret: 'bench' };
  if ((await seedDemoCatalogue(ctx)).skipped) throw new Error(`${label}: the database already has content; the benchmark needs an empty one (the demo catalogue is seeded into it)`);
  await grantRole(ctx, { email: 'bench@example.fi', password: 'benchmark password', organizationId: organizationId('federation'), role: 'mainUser' });
  const app = await buildApp(ctx);
  try {
    const web = new WebSession(app);
    await web.signIn('bench@example.fi', 'benchmark password');
    const ids = (await database.pool.query<{ id: string }>(`SELECT id FROM entities WHERE kind = 'service' ORDER BY id`)).rows.map((row) => row.id);
    const readable: string[] = [];
    for (const id of ids) if ((await web.get(`/editor/services/${id}`)).status === 200) readable.push(id);
    if (readable.length === 0) throw new Error('no service form could be opened');
    for (let i = 0; i < WARM_UP; i++) await web.get(`/editor/services/${readable[i % readable.length]}`);
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < REQUESTS; i++) {
      const started = performance.now();
      const page = await web.get(`/editor/services/${readable[i % readable.length]}`);
      times.push(performance.now() - started);
      if (page.status !== 200) throw new Error(`HTTP ${page.status}`);
      bytes += page.body.length;
    }
    times.sort((a, b) => a - b);
    const p95 = percentile(times, 95);
    console.log(
      `${label.padEnd(10)} ${REQUESTS} renders of ${readable.length} service forms (${Math.round(bytes / REQUESTS / 1024)} kB each): p50 ${percentile(times, 50).toFixed(1)} ms p95 ${p95.toFixed(1)} ms p99 ${percentile(times, 99).toFixed(1)} ms`,
    );
    return p95;
  } finally {
    await app.close();
  }
}

console.log(`Service form render benchmark on ${os.cpus().length} cores (load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}), Node ${process.version}`);
const results = await onEachDatabase((database) => run(database.kind === 'embedded' ? 'embedded' : 'PostgreSQL', database));
for (const [label, p95] of [['embedded', results.embedded], ['PostgreSQL', results.postgres]] as const) {
  if (p95 !== undefined) console.log(`goal: service form p95 ≤ ${GOAL_MS} ms on ${label}: ${p95.toFixed(1)} ms, ${p95 <= GOAL_MS ? 'met' : 'NOT met'}`);
}
