import { after, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import { openTestDatabase, type TestDatabase } from '../../../test/helpers/test-database.ts';
import { fixedClock } from '../../adapters/clock.ts';
import type { Context } from '../context.ts';
import * as entities from '../../db/repositories/entities.repository.ts';
import { findLink, type LinkRow } from '../../db/repositories/links.repository.ts';
import { checkLinks, type LinkCheckOptions } from './check-links.ts';
import { syncEntityLinks } from './sync-links.ts';

interface Seen {
  method: string;
  path: string;
  userAgent: string;
  start: number;
  end: number;
}

interface TestServer {
  base: string;
  seen: Seen[];
  close(): Promise<void>;
}

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

const servers: TestServer[] = [];

/** A server on 127.0.0.1:0 that records every request's arrival and when its answer was sent (server-side times). */
async function serve(handler: Handler): Promise<TestServer> {
  const seen: Seen[] = [];
  const server = http.createServer((req, res) => {
    const entry: Seen = { method: req.method!, path: req.url!, userAgent: req.headers['user-agent'] ?? '', start: performance.now(), end: Infinity };
    seen.push(entry);
    res.on('finish', () => (entry.end = performance.now()));
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const result: TestServer = {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
  servers.push(result);
  return result;
}

const answer = (status: number, headers: Record<string, string> = {}): Handler => (_req, res) => res.writeHead(status, headers).end();

let database: TestDatabase;
const clock = fixedClock('2026-06-15T09:00:00Z');
let ctx: Context;
const fast: LinkCheckOptions = { allowPrivateAddresses: true, hostGapMs: 0, timeoutMs: 2000 };

before(async () => {
  database = await openTestDatabase();
  ctx = { database, clock, publicUrl: 'http://kuvaa.test' };
});
after(async () => {
  for (const server of servers) await server.close();
  await database.destroy();
});
beforeEach(async () => {
  await database.db.execute(sql`DELETE FROM links`);
});

/** An organization whose working content holds the URLs; returns the link rows' ids by URL. */
async function holdLinks(...urls: string[]): Promise<Map<string, number>> {
  const now = clock.now();
  const row = await entities.insertEntity(database.db, {
    id: crypto.randomUUID(), kind: 'organization', languageStatus: { fi: 'draft' }, status: 'draft',
    workingContent: { name: { fi: 'Testi' }, webPages: urls.map((url) => ({ url })) },
    createdAt: now, createdBy: 'test', modifiedAt: now, modifiedBy: 'test',
  });
  await syncEntityLinks(database.db, row);
  const rows = await database.db.execute<{ id: string; url: string }>(sql`SELECT l.id, l.url FROM links l JOIN entity_links el ON el.link_id = l.id WHERE el.entity_id = ${row.id}::uuid`);
  return new Map(rows.rows.map((r) => [r.url, Number(r.id)]));
}

async function linkOf(url: string): Promise<LinkRow> {
  const ids = await database.db.execute<{ id: string }>(sql`SELECT id FROM links WHERE url = ${url}`);
  const link = await findLink(database.db, Number(ids.rows[0]!.id));
  assert.ok(link, `link ${url} exists`);
  return link;
}

const later = (hours: number) => clock.set(new Date(clock.now().getTime() + hours * 3600_000));

test('a 200 passes; the request is a HEAD naming Kuvaa and its public address', async () => {
  const server = await serve(answer(200));
  await holdLinks(`${server.base}/ok`);
  const summary = await checkLinks(ctx, fast);
  assert.deepEqual({ checked: summary.checked, ok: summary.ok }, { checked: 1, ok: 1 });
  const link = await linkOf(`${server.base}/ok`);
  assert.deepEqual({ status: link.lastStatus, error: link.lastError, failures: link.failures, broken: link.broken }, { status: 200, error: null, failures: 0, broken: false });
  assert.equal(link.lastCheckedAt?.toISOString(), clock.now().toISOString());
  assert.equal(server.seen[0]!.method, 'HEAD');
  assert.match(server.seen[0]!.userAgent, /Kuvaa/);
  assert.ok(server.seen[0]!.userAgent.includes('http://kuvaa.test'), server.seen[0]!.userAgent);
});

test('a 404 fails once without making the link broken', async () => {
  const server = await serve(answer(404));
  await holdLinks(`${server.base}/missing`);
  const summary = await checkLinks(ctx, fast);
  assert.equal(summary.failed, 1);
  const link = await linkOf(`${server.base}/missing`);
  assert.deepEqual({ status: link.lastStatus, error: link.lastError, failures: link.failures, broken: link.broken }, { status: 404, error: 'HTTP 404', failures: 1, broken: false });
});

test('a server that never answers fails with a timeout', async () => {
  const server = await serve(() => undefined);
  await holdLinks(`${server.base}/silent`);
  await checkLinks(ctx, { ...fast, timeoutMs: 200 });
  const link = await linkOf(`${server.base}/silent`);
  assert.equal(link.lastStatus, null);
  assert.match(link.lastError ?? '', /^timeout/);
  assert.equal(link.failures, 1);
});

test('a redirect loop fails as a redirect loop', async () => {
  const server = await serve((req, res) => res.writeHead(302, { location: req.url === '/a' ? '/b' : '/a' }).end());
  await holdLinks(`${server.base}/a`);
  await checkLinks(ctx, fast);
  const link = await linkOf(`${server.base}/a`);
  assert.equal(link.lastError, 'redirect loop');
  assert.deepEqual(server.seen.map((s) => s.path), ['/a', '/b']);
});

test('a redirect chain that ends in 200 passes; more than five redirects fail', async () => {
  const server = await serve((req, res) => {
    const step = Number(req.url!.slice(1));
    if (req.url === '/ok') res.writeHead(200).end();
    else if (step >= 10) res.writeHead(301, { location: `/${step + 1}` }).end();
    else res.writeHead(step === 3 ? 307 : 301, { location: step === 3 ? `${server.base}/ok` : `/${step + 1}` }).end();
  });
  await holdLinks(`${server.base}/1`, `${server.base}/10`);
  await checkLinks(ctx, fast);
  const chain = await linkOf(`${server.base}/1`);
  assert.deepEqual({ status: chain.lastStatus, error: chain.lastError, failures: chain.failures }, { status: 200, error: null, failures: 0 });
  const endless = await linkOf(`${server.base}/10`);
  assert.equal(endless.lastError, 'more than 5 redirects');
});

test('a HEAD answered with 405 is asked again with GET', async () => {
  const server = await serve((req, res) => res.writeHead(req.method === 'HEAD' ? 405 : 200).end());
  await holdLinks(`${server.base}/get-only`);
  await checkLinks(ctx, fast);
  assert.deepEqual(server.seen.map((s) => s.method), ['HEAD', 'GET']);
  assert.equal((await linkOf(`${server.base}/get-only`)).lastStatus, 200);
});

test('429 is neither a failure nor a success', async () => {
  let status = 404;
  const server = await serve((_req, res) => res.writeHead(status).end());
  await holdLinks(`${server.base}/busy`);
  await checkLinks(ctx, fast);
  status = 429;
  later(25);
  const summary = await checkLinks(ctx, fast);
  assert.equal(summary.later, 1);
  const link = await linkOf(`${server.base}/busy`);
  assert.deepEqual({ status: link.lastStatus, failures: link.failures, broken: link.broken }, { status: 429, failures: 1, broken: false });
});

test('a link is broken after two failed checks in a row, and one success clears it', async () => {
  let status = 500;
  const server = await serve((_req, res) => res.writeHead(status).end());
  const url = `${server.base}/flaky`;
  await holdLinks(url);
  await checkLinks(ctx, fast);
  later(1);
  assert.equal((await checkLinks(ctx, fast)).checked, 0, 'a link checked an hour ago is not due');
  later(24);
  status = 200;
  await checkLinks(ctx, fast);
  assert.deepEqual([(await linkOf(url)).failures, (await linkOf(url)).broken], [0, false], 'a success between failures resets the count');
  status = 500;
  later(25);
  await checkLinks(ctx, fast);
  assert.equal((await linkOf(url)).broken, false, 'one failure is not broken');
  later(25);
  const summary = await checkLinks(ctx, fast);
  assert.equal(summary.broken, 1);
  assert.deepEqual([(await linkOf(url)).failures, (await linkOf(url)).broken], [2, true]);
  status = 200;
  later(25);
  await checkLinks(ctx, fast);
  assert.deepEqual([(await linkOf(url)).failures, (await linkOf(url)).broken, (await linkOf(url)).lastError], [0, false, null]);
});

test('requests to one host never overlap and keep the gap between them', async () => {
  const gap = 120;
  const server = await serve((_req, res) => setTimeout(() => res.writeHead(200).end(), 30));
  await holdLinks(...[1, 2, 3, 4].map((n) => `${server.base}/page${n}`));
  await checkLinks(ctx, { ...fast, hostGapMs: gap, concurrency: 4 });
  const seen = [...server.seen].sort((a, b) => a.start - b.start);
  assert.equal(seen.length, 4);
  for (let i = 1; i < seen.length; i++) {
    // setTimeout may fire a millisecond early and the clocks round: allow 5 ms
    assert.ok(seen[i]!.start >= seen[i - 1]!.end + gap - 5, `request ${i} started ${seen[i]!.start - seen[i - 1]!.end} ms after the previous ended`);
  }
});

test('requests over all hosts stay within the concurrency', async () => {
  const hosts = await Promise.all([1, 2, 3, 4, 5].map(() => serve((_req, res) => setTimeout(() => res.writeHead(200).end(), 40))));
  await holdLinks(...hosts.flatMap((h) => [`${h.base}/x`, `${h.base}/y`]));
  const summary = await checkLinks(ctx, { ...fast, concurrency: 2 });
  assert.equal(summary.ok, 10);
  const events = hosts.flatMap((h) => h.seen.flatMap((s) => [{ at: s.start, delta: 1 }, { at: s.end, delta: -1 }])).sort((a, b) => a.at - b.at || a.delta - b.delta);
  let open = 0;
  let most = 0;
  for (const event of events) most = Math.max(most, (open += event.delta));
  assert.ok(most <= 2, `at most 2 requests at once, saw ${most}`);
});

test('addresses in private networks are not requested unless allowed', async () => {
  const server = await serve(answer(200));
  await holdLinks(`${server.base}/internal`);
  await checkLinks(ctx, { hostGapMs: 0 });
  assert.equal(server.seen.length, 0);
  assert.equal((await linkOf(`${server.base}/internal`)).lastError, 'private network address: not checked');
});
