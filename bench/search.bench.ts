/**
 * Public search speed and quality. On each database: seeds the demo catalogue and scores the
 * relevance set (test/relevance: top-3 passes per language and mean nDCG@10); then bulk-loads a
 * synthetic catalogue built from the sample texts (PostgreSQL: 100,000 services and 50,000
 * channels; embedded: 20,000 and 10,000) and runs 1,000 mixed queries (seed 42) through
 * `GET /api/v1/search` and as raw SQL (the statements the API sent, run straight on the pool).
 * Before measuring on PostgreSQL, a checkpoint and search_entries read once into the OS cache
 * (settle in search-load.ts): a warm server, not one still writing out its bulk load.
 * Prints p50/p95/p99 of both, the ratio p95(API)/p95(raw), figures per kind of query and the
 * slowest queries. PostgreSQL runs when DATABASE_URL is set, in a database of its own.
 * Goals: PostgreSQL p95 ≤ 30 ms at 100k services and ≤ 1.5 × the raw SQL; embedded p95 ≤ 150 ms at 20k.
 *
 * BENCH_QUERIES (default 1000), BENCH_SCALE (fraction of the catalogue, default 1), BENCH_ONLY
 * (embedded or postgres), BENCH_KEEP_DATABASE=1 (keep the PostgreSQL database).
 */
import os from 'node:os';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../src/db/db.ts';
import { migrateDatabase } from '../src/db/migrate.ts';
import { loadCodeLists } from '../src/db/seed/load-code-lists.ts';
import { buildApp } from '../src/api/app.ts';
import { systemClock } from '../src/adapters/clock.ts';
import { seedDemoCatalogue } from '../src/actions/demo/seed-demo-catalogue.ts';
import { failureLines, runRelevanceSet, searchUrl } from '../test/relevance/ndcg.ts';
import { rng } from './seed-services.ts';
import { onEachSearchDatabase } from './search-databases.ts';
import { loadCodeData, type CodeData, type Term } from './search-data.ts';
import { generateChannel, generateOrganizations, generateService, type GeneratedEntity } from './search-generate.ts';
import { copyWorkingRows, dropSearchIndexes, insertEntities, rebuildSearchIndexes, settle, vacuumAnalyze } from './search-load.ts';
import { queryMix } from './search-queries.ts';
import { measureQueries, percentiles, type Percentiles, type Timing } from './search-measure.ts';

const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const QUERIES = Number(process.env.BENCH_QUERIES ?? 1000);
const SIZES = { postgres: { services: 100_000, channels: 50_000 }, embedded: { services: 20_000, channels: 10_000 } };
const ORGANIZATIONS = 250;
const CHUNK = 5000;
const WARM_UP = 50;
const GOALS = { postgresP95: 30, ratio: 1.5, embeddedP95: 150 };

const heapMb = () => {
  const { heapUsed, heapTotal } = process.memoryUsage();
  return `${Math.round(heapUsed / 1e6)} MB used of ${Math.round(heapTotal / 1e6)} MB`;
};
const n = (value: number) => Math.round(value).toLocaleString('en');
const ms = (value: number) => `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`;
const s = (from: number, to = performance.now()) => `${((to - from) / 1000).toFixed(1)} s`;
const p = (x: Percentiles) => `p50 ${ms(x.p50)} p95 ${ms(x.p95)} p99 ${ms(x.p99)}`;

async function demoRelevance(label: string, app: FastifyInstance, database: Database): Promise<number> {
  const started = performance.now();
  await seedDemoCatalogue({ database, clock: systemClock });
  const seeded = performance.now();
  const summary = await runRelevanceSet(async (q, lang) => {
    const response = await app.inject({ method: 'GET', url: searchUrl(q, lang) });
    return (response.json() as { items: { name: string }[] }).items.map((item) => item.name);
  });
  const passes = Object.entries(summary.passed).map(([lang, x]) => `${lang} ${x.passed}/${x.total}`).join(', ');
  console.log(`${label}: demo catalogue seeded in ${s(started, seeded)}; relevance set: top 3 passed ${passes}; mean nDCG@10 ${summary.meanNdcg.toFixed(3)}`);
  for (const line of failureLines(summary)) console.log(`  ${line}`);
  return summary.meanNdcg;
}

/** Generates and inserts `count` entities in chunks; returns the milliseconds spent generating. */
async function insertGenerated(database: Database, count: number, make: (i: number) => GeneratedEntity, seen: (e: GeneratedEntity) => void): Promise<number> {
  const client = await database.pool.connect();
  let generating = 0;
  try {
    for (let start = 0; start < count; start += CHUNK) {
      const began = performance.now();
      const chunk = Array.from({ length: Math.min(CHUNK, count - start) }, (_, k) => make(start + k));
      chunk.forEach(seen);
      generating += performance.now() - began;
      await insertEntities(client, chunk, new Date());
    }
  } finally {
    client.release();
  }
  return generating;
}

/** Loads the synthetic catalogue; returns the YSO terms of the pool that 1–20 services use (the rare words). */
async function loadCatalogue(label: string, database: Database, data: CodeData, size: { services: number; channels: number }): Promise<Term[]> {
  const random = rng(7);
  const usage = new Map<string, number>();
  const count = (e: GeneratedEntity) => (e.content.ontologyTerms as string[] | undefined)?.forEach((id) => usage.set(id, (usage.get(id) ?? 0) + 1));
  const started = performance.now();
  const indexes = await dropSearchIndexes(database);
  const { organizations, entities } = generateOrganizations(data, ORGANIZATIONS, random);
  let generating = await insertGenerated(database, entities.length, (i) => entities[i]!, count);
  generating += await insertGenerated(database, size.services, (i) => generateService(i, data, organizations, random), count);
  generating += await insertGenerated(database, size.channels, (i) => generateChannel(i, data, organizations, random), count);
  const inserted = performance.now();
  await copyWorkingRows(database);
  const copied = performance.now();
  await rebuildSearchIndexes(database, indexes);
  const indexed = performance.now();
  await vacuumAnalyze(database);
  const { rows } = await database.pool.query<{ rows: string; size: string }>(`SELECT count(*) AS rows, pg_size_pretty(pg_total_relation_size('search_entries')) AS size FROM search_entries`);
  console.log(
    `${label}: loaded ${n(size.services)} services, ${n(size.channels)} channels and ${ORGANIZATIONS} organizations in ${s(started)} ` +
      `(generating ${s(0, generating)}, inserting entities and public index rows ${s(started, inserted)} of which generating is part, working rows ${s(inserted, copied)}, ` +
      `rebuilding the search indexes ${s(copied, indexed)}, VACUUM ANALYZE ${s(indexed)}); search_entries: ${n(Number(rows[0]!.rows))} rows, ${rows[0]!.size}`,
  );
  const rare = data.terms.filter((t) => (usage.get(t.id) ?? 0) >= 1 && (usage.get(t.id) ?? 0) <= 20);
  return rare.length ? rare : data.terms;
}

interface Result {
  api: Percentiles;
  raw: Percentiles;
  ratio: number;
  ndcg: number;
}

function report(label: string, timings: Timing[]): Omit<Result, 'ndcg'> {
  const api = percentiles(timings.map((t) => t.api));
  const raw = percentiles(timings.map((t) => t.raw));
  const ratio = api.p95 / raw.p95;
  console.log(`${label}: ${n(timings.length)} queries: API ${p(api)} | raw SQL ${p(raw)} | p95 API/raw ${ratio.toFixed(2)}`);
  const kinds = [...new Set(timings.map((t) => t.kind))];
  for (const kind of kinds) {
    const of = timings.filter((t) => t.kind === kind);
    const a = percentiles(of.map((t) => t.api));
    const r = percentiles(of.map((t) => t.raw));
    console.log(`  ${kind.padEnd(22)} ${String(of.length).padStart(4)}  API p50 ${ms(a.p50).padStart(7)} p95 ${ms(a.p95).padStart(7)} | raw p50 ${ms(r.p50).padStart(7)} p95 ${ms(r.p95).padStart(7)}`);
  }
  console.log('  slowest:');
  for (const t of [...timings].sort((a, b) => b.api - a.api).slice(0, 6)) console.log(`    API ${ms(t.api)} raw ${ms(t.raw)}  ${decodeURIComponent(t.url)}`);
  return { api, raw, ratio };
}

/**
 * The server settings docs/search-tuning.md discusses, as Kuvaa's connections run them: set on the
 * server, except synchronize_seqscans and cpu_index_tuple_cost, which Kuvaa sets on each connection.
 */
async function serverSettings(database: Database): Promise<string> {
  const names = ['shared_buffers', 'effective_cache_size', 'work_mem', 'random_page_cost', 'jit', 'cpu_index_tuple_cost', 'synchronize_seqscans'];
  const { rows } = await database.pool.query<{ name: string; setting: string }>(`SELECT name, current_setting(name) AS setting FROM pg_settings WHERE name = ANY($1::text[])`, [names]);
  return rows.map((r) => `${r.name} ${r.setting}`).join(', ');
}

async function run(database: Database): Promise<Result> {
  const label = database.kind === 'embedded' ? 'embedded' : 'PostgreSQL';
  if (database.kind === 'postgres') console.log(`${label}: server settings ${await serverSettings(database)}`);
  const size = { services: Math.round(SIZES[database.kind].services * SCALE), channels: Math.round(SIZES[database.kind].channels * SCALE) };
  await migrateDatabase(database);
  await loadCodeLists(database);
  const app = await buildApp({ database, clock: systemClock, tokenSecret: 'bench' });
  try {
    const ndcg = await demoRelevance(label, app, database);
    const data = await loadCodeData(database);
    const rare = await loadCatalogue(label, database, data, size);
    console.log(`${label}: before measuring: ${await settle(database)}; Node heap ${heapMb()}`);
    const timings = await measureQueries(app, database, queryMix(QUERIES, data, rare, rng(42)), WARM_UP);
    return { ...report(label, timings), ndcg };
  } finally {
    await app.close();
  }
}

function verdict(ok: boolean): string {
  return ok ? 'met' : 'NOT met';
}

const load = os.loadavg().map((x) => x.toFixed(1)).join(' ');
console.log(`Search benchmark on ${os.cpus().length} cores (load average ${load}), Node ${process.version}: ${n(QUERIES)} queries (seed 42), catalogue scale ${SCALE}`);
const results = await onEachSearchDatabase(run);
if (results.postgres) {
  const { api, ratio } = results.postgres;
  console.log(`goal: PostgreSQL p95 ≤ ${GOALS.postgresP95} ms: ${ms(api.p95)}, ${verdict(api.p95 <= GOALS.postgresP95)}; p95 ≤ ${GOALS.ratio} × raw SQL: ${ratio.toFixed(2)} ×, ${verdict(ratio <= GOALS.ratio)}`);
} else console.log('PostgreSQL: skipped (set DATABASE_URL to measure it)');
if (results.embedded) console.log(`goal: embedded p95 ≤ ${GOALS.embeddedP95} ms: ${ms(results.embedded.api.p95)}, ${verdict(results.embedded.api.p95 <= GOALS.embeddedP95)}`);
