/**
 * Open read API throughput: seeds 20,000 published services, then loads `GET /api/v1/services/{id}`
 * (1,000 different ids, round robin) and a list page (`GET /api/v1/services?limit=100`) over real
 * HTTP with autocannon, next to a bare Fastify hello-world route measured the same way in the same
 * run. Prints req/s, latency p50/p99 and the ratio GET one service ÷ hello world, on the embedded
 * database and, when DATABASE_URL is set, on PostgreSQL.
 * Goal: GET one service ≥ 30% of the hello-world rate on PostgreSQL.
 *
 * The load generator runs in its own worker thread so it does not share the server's event loop.
 * BENCH_SECONDS (default 10) sets the length of each measurement.
 */
import os from 'node:os';
import path from 'node:path';
import autocannon, { type Request, type Result } from 'autocannon';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Database } from '../src/db/db.ts';
import { onEachDatabase } from './bench-databases.ts';
import { migrateDatabase } from '../src/db/migrate.ts';
import { loadCodeLists } from '../src/db/seed/load-code-lists.ts';
import { buildApp } from '../src/api/app.ts';
import { systemClock } from '../src/adapters/clock.ts';
import { rng, seedServices, serviceTexts, type ServiceText } from './seed-services.ts';

const SERVICES = 20_000;
const VARIED_IDS = 1000;
const CONNECTIONS = 10;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WARM_UP_SECONDS = 2;
const GOAL = 0.3;

interface Measured {
  rate: number;
  p50: number;
  p99: number;
}

async function listen(app: FastifyInstance): Promise<string> {
  return app.listen({ port: 0, host: '127.0.0.1' });
}

async function helloWorld(): Promise<FastifyInstance> {
  const app = Fastify({ logger: false });
  app.get('/', async () => ({ hello: 'world' }));
  return app;
}

/** A short warm-up (JIT, pools, caches), then the measured run; any non-2xx response fails the bench. */
async function measure(title: string, url: string, requests?: Request[]): Promise<Measured> {
  const options = { url, connections: CONNECTIONS, workers: 1, ...(requests ? { requests } : {}) };
  await autocannon({ ...options, duration: WARM_UP_SECONDS });
  const result: Result = await autocannon({ ...options, title, duration: SECONDS });
  if (result.non2xx || result.errors || result.timeouts) {
    throw new Error(`${title}: ${result.non2xx} non-2xx responses, ${result.errors} errors, ${result.timeouts} timeouts`);
  }
  return { rate: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

function sample<T>(items: T[], count: number): T[] {
  const random = rng(11);
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, count);
}

/** One request of each kind through HTTP, so the load runs against correct answers. */
async function checkAnswers(base: string, id: string, text: ServiceText): Promise<void> {
  const one = await fetch(`${base}/api/v1/services/${id}`);
  const body = (await one.json()) as { name?: { en?: string }; languages?: string[] };
  if (one.status !== 200 || body.name?.en !== text.name.en || body.languages?.length !== 3) {
    throw new Error(`GET /api/v1/services/${id}: HTTP ${one.status} ${JSON.stringify(body).slice(0, 300)}`);
  }
  const list = await fetch(`${base}/api/v1/services?limit=100`);
  const page = (await list.json()) as { items?: unknown[] };
  if (list.status !== 200 || page.items?.length !== 100) throw new Error(`GET /api/v1/services?limit=100: HTTP ${list.status}, ${page.items?.length} items`);
}

const n = (value: number) => Math.round(value).toLocaleString('en');
// autocannon's latency histogram has whole-millisecond resolution.
const ms = (value: number) => (value < 1 ? '<1 ms' : `${Math.round(value)} ms`);
const figures = (m: Measured) => `${n(m.rate)} req/s p50 ${ms(m.p50)} p99 ${ms(m.p99)}`;

async function run(label: string, database: Database, texts: ServiceText[]): Promise<number> {
  await migrateDatabase(database);
  await loadCodeLists(database);
  const seedStarted = performance.now();
  const ids = await seedServices(database, texts);
  console.log(`${label}: seeded ${n(ids.length)} published services in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s`);

  const app = await buildApp({ database, clock: systemClock, tokenSecret: 'bench' });
  const hello = await helloWorld();
  try {
    const base = await listen(app);
    const helloUrl = await listen(hello);
    await checkAnswers(base, ids[0]!, texts[0]!);
    const oneService = sample(ids, VARIED_IDS).map((id): Request => ({ method: 'GET', path: `/api/v1/services/${id}` }));

    const helloRate = await measure('hello world', helloUrl);
    const service = await measure('GET service', base, oneService);
    const list = await measure('list page', base, [{ method: 'GET', path: '/api/v1/services?limit=100' }]);
    const ratio = service.rate / helloRate.rate;
    console.log(
      `${label.padEnd(10)} hello ${figures(helloRate)} | GET service ${n(service.rate)} req/s (${Math.round(ratio * 100)}%) p50 ${ms(service.p50)} p99 ${ms(service.p99)} | list page ${figures(list)}`,
    );
    return ratio;
  } finally {
    await app.close();
    await hello.close();
  }
}

function goalLine(ratio: number): string {
  const verdict = ratio >= GOAL ? 'met' : 'NOT met';
  return `goal: GET one service ≥ ${GOAL * 100}% of the hello-world rate on PostgreSQL: ${Math.round(ratio * 100)}%, ${verdict}`;
}

const { texts, fromSamples } = serviceTexts(SERVICES, path.resolve(import.meta.dirname, '../data/samples'));
console.log(
  `Open API benchmark on ${os.cpus().length} cores, Node ${process.version}: ${n(SERVICES)} services (${fromSamples ? 'texts from data/samples' : 'synthetic texts'}), ` +
    `autocannon ${CONNECTIONS} connections, ${SECONDS} s per measurement after ${WARM_UP_SECONDS} s warm-up`,
);
const results = await onEachDatabase((database) => run(database.kind === 'embedded' ? 'embedded' : 'PostgreSQL', database, texts));
if (results.postgres !== undefined) console.log(goalLine(results.postgres));
else console.log(`PostgreSQL: skipped (set DATABASE_URL to measure it and check the goal: GET one service ≥ ${GOAL * 100}% of hello world)`);
