import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { openTestApp, type TestApp } from '../../../test/helpers/test-app.ts';
import { tokenFor } from '../../../test/helpers/api-client.ts';
import { completeChannel } from '../../domain/channel/channel-fixture.ts';
import { syncAllLinks } from './sync-links.ts';

let t: TestApp;
let token: string;
let org: string;

async function call(method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, body?: unknown, ifMatch?: string) {
  const headers: Record<string, string> = { authorization: `Bearer ${token}`, ...(ifMatch ? { 'if-match': ifMatch } : {}) };
  const response = await t.app.inject({ method, url, headers, ...(body !== undefined ? { payload: body as object } : {}) });
  return { status: response.statusCode, body: response.json() };
}

async function webPage(urls: Record<string, string>) {
  const created = await call('POST', '/api/v1/channels', completeChannel('WebPage', { organizationId: org, url: urls }));
  assert.equal(created.status, 201, JSON.stringify(created.body));
  return created.body as { id: string; versionTag: string };
}

/** url → paths of the entity's links. */
async function linksOf(entityId: string): Promise<Record<string, string[]>> {
  const rows = await t.database.db.execute<{ url: string; paths: string[] }>(sql`SELECT l.url, el.paths FROM entity_links el JOIN links l ON l.id = el.link_id WHERE el.entity_id = ${entityId}::uuid ORDER BY l.url`);
  return Object.fromEntries(rows.rows.map((r) => [r.url, r.paths]));
}

async function countLinks(url: string): Promise<number> {
  const rows = await t.database.db.execute<{ n: string }>(sql`SELECT count(*) AS n FROM links WHERE url = ${url}`);
  return Number(rows.rows[0]!.n);
}

before(async () => {
  t = await openTestApp();
  const system = await tokenFor(t.app, t.ctx, null);
  token = system;
  const created = await call('POST', '/api/v1/organizations', { type: 'Organization', languages: ['fi'], name: { fi: 'Linkkiseura ry' }, summary: { fi: 'Seura.' } });
  org = created.body.id;
  token = await tokenFor(t.app, t.ctx, org, 'maintainer');
});
after(async () => {
  await t.close();
});

test('a URL two contents use is stored once, each content with its own paths', async () => {
  const a = await webPage({ fi: 'https://yhteinen.example.fi/sivu#kohta', sv: 'https://yhteinen.example.fi/sv' });
  const b = await webPage({ fi: 'https://yhteinen.example.fi/sivu', sv: 'https://yhteinen.example.fi/sivu' });
  assert.equal(await countLinks('https://yhteinen.example.fi/sivu'), 1);
  assert.deepEqual(await linksOf(a.id), { 'https://yhteinen.example.fi/sivu': ['url.fi'], 'https://yhteinen.example.fi/sv': ['url.sv'] });
  assert.deepEqual(await linksOf(b.id), { 'https://yhteinen.example.fi/sivu': ['url.fi', 'url.sv'] });
});

test('a change of content rewrites its links; archiving drops them', async () => {
  const page = await webPage({ fi: 'https://vanha.example.fi/', sv: 'https://vanha.example.fi/sv' });
  const changed = await call('PATCH', `/api/v1/channels/${page.id}`, { url: { fi: 'https://uusi.example.fi/?q=1', sv: 'https://vanha.example.fi/sv' }, description: { fi: 'Katso myös https://lisää.example.fi/ohje.' } }, page.versionTag);
  assert.equal(changed.status, 200, JSON.stringify(changed.body));
  assert.deepEqual(await linksOf(page.id), {
    'https://uusi.example.fi/?q=1': ['url.fi'],
    'https://vanha.example.fi/sv': ['url.sv'],
    [new URL('https://lisää.example.fi/ohje').href]: ['description.fi'],
  });
  const archived = await call('POST', `/api/v1/channels/${page.id}/archive`, {}, changed.body.versionTag);
  assert.equal(archived.status, 200, JSON.stringify(archived.body));
  assert.deepEqual(await linksOf(page.id), {});
});

test('the backfill records links of content saved before links were recorded and deletes links nothing holds', async () => {
  const page = await webPage({ fi: 'https://ennen.example.fi/', sv: 'https://ennen.example.fi/sv' });
  await t.database.db.execute(sql`DELETE FROM entity_links WHERE entity_id = ${page.id}::uuid`);
  await t.database.db.execute(sql`INSERT INTO links (url, host, first_seen_at) VALUES ('https://orpo.example.fi/', 'orpo.example.fi', now())`);
  const result = await syncAllLinks(t.ctx);
  assert.ok(result.entities >= 2, `entities ${result.entities}`);
  assert.deepEqual(Object.keys(await linksOf(page.id)), ['https://ennen.example.fi/', 'https://ennen.example.fi/sv']);
  assert.equal(await countLinks('https://orpo.example.fi/'), 0);
  assert.equal(await countLinks('https://vanha.example.fi/'), 0, 'a URL the previous test replaced is gone');
});
