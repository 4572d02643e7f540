/**
 * Ontology autocomplete benchmark: 1,000 mixed queries (prefixes of real fi/sv/en labels, and
 * one in ten misspelt so the trigram fallback runs) through the HTTP API (`app.inject`), on the
 * embedded database and, when DATABASE_URL is set, on PostgreSQL. Prints p50/p95/p99.
 * Goals: p95 ≤ 15 ms embedded, ≤ 5 ms PostgreSQL.
 */
import os from 'node:os';
import type { Database } from '../src/db/db.ts';
import { onEachDatabase } from './bench-databases.ts';
import { migrateDatabase } from '../src/db/migrate.ts';
import { loadCodeLists } from '../src/db/seed/load-code-lists.ts';
import { DEFAULT_CODE_LIST_DIR, readRawFiles, tsvOf } from '../src/db/seed/code-list-files.ts';
import { buildApp } from '../src/api/app.ts';
import { systemClock } from '../src/adapters/clock.ts';

const QUERIES = 1000;

function rng(seed: number) {
  return () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
}

function makeQueries(): { q: string; lang: string }[] {
  const rows = tsvOf(readRawFiles(DEFAULT_CODE_LIST_DIR, ['ontology/yso-2019.3-cicero-labels.tsv.gz'])[0]!);
  const random = rng(42);
  const queries: { q: string; lang: string }[] = [];
  while (queries.length < QUERIES) {
    const row = rows[Math.floor(random() * rows.length)]!;
    const lang = (['fi', 'fi', 'sv', 'en'] as const)[Math.floor(random() * 4)]!;
    const label = row[lang];
    if (!label || label.length < 4) continue;
    let q = label.slice(0, 3 + Math.floor(random() * Math.min(6, label.length - 2)));
    if (random() < 0.1 && q.length > 4) {
      const at = 1 + Math.floor(random() * (q.length - 2));
      q = q.slice(0, at) + q.slice(at + 1); // a typo: one letter missing
    }
    queries.push({ q, lang });
  }
  return queries;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function run(label: string, database: Database, queries: { q: string; lang: string }[]): Promise<void> {
  await migrateDatabase(database);
  await loadCodeLists(database);
  const app = await buildApp({ database, clock: systemClock });
  for (const { q, lang } of queries.slice(0, 50)) {
    await app.inject({ method: 'GET', url: `/api/v1/code-lists/ontology-terms?q=${encodeURIComponent(q)}&lang=${lang}` });
  }
  const times: number[] = [];
  let similar = 0;
  for (const { q, lang } of queries) {
    const started = performance.now();
    const response = await app.inject({ method: 'GET', url: `/api/v1/code-lists/ontology-terms?q=${encodeURIComponent(q)}&lang=${lang}` });
    times.push(performance.now() - started);
    if (response.statusCode !== 200) throw new Error(`${q}: HTTP ${response.statusCode} ${response.body}`);
    if ((response.json() as { match: string }[]).some((hit) => hit.match === 'similar')) similar++;
  }
  times.sort((a, b) => a - b);
  const f = (n: number) => `${n.toFixed(1)} ms`;
  console.log(
    `${label.padEnd(22)} ${QUERIES} queries  p50 ${f(percentile(times, 50))}  p95 ${f(percentile(times, 95))}  p99 ${f(percentile(times, 99))}  ` +
      `(${similar} used the trigram fallback)`,
  );
  await app.close();
}

const queries = makeQueries();
console.log(`Ontology autocomplete benchmark on ${os.cpus().length} cores, Node ${process.version}`);
const results = await onEachDatabase((database) => run(database.kind === 'embedded' ? 'embedded (PGlite)' : 'PostgreSQL', database, queries));
if (results.postgres === undefined) console.log('PostgreSQL: skipped (set DATABASE_URL to measure it too)');
