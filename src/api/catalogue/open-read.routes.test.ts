import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { openTestApp, type TestApp } from '../../../test/helpers/test-app.ts';
import { tokenFor } from '../../../test/helpers/api-client.ts';
import { completeService } from '../../domain/service/service-fixture.ts';
import { completeChannel } from '../../domain/channel/channel-fixture.ts';

let t: TestApp;
let token: string;
let umbrella: string;
let member: string;
const ids: Record<string, string> = {};

async function call(method: 'GET' | 'POST', url: string, body?: unknown, ifMatch?: string, headers: Record<string, string> = {}) {
  const all: Record<string, string> = { ...headers };
  if (method === 'POST') all.authorization = `Bearer ${token}`;
  if (ifMatch) all['if-match'] = ifMatch;
  const response = await t.app.inject({ method, url, headers: all, ...(body !== undefined ? { payload: body as object } : {}) });
  return { status: response.statusCode, headers: response.headers, body: response.body ? response.json() : undefined };
}

async function publish(path: string, content: unknown, languages: string[]): Promise<string> {
  const created = await call('POST', `/api/v1/${path}`, content);
  assert.equal(created.status, 201, JSON.stringify(created.body));
  if (languages.length) {
    const published = await call('POST', `/api/v1/${path}/${created.body.id}/publish`, { languages }, created.body.versionTag);
    assert.equal(published.status, 200, JSON.stringify(published.body));
  }
  return created.body.id;
}

const org = (name: string, parent?: string) => ({ type: 'Organization', languages: ['fi'], name: { fi: name }, summary: { fi: `${name}.` }, ...(parent ? { parentOrganizationId: parent } : {}) });
const service = (name: string, overrides: Record<string, unknown>) =>
  completeService({ name: { fi: name, sv: `${name} sv` }, mainResponsibleOrganizationId: member, otherResponsibleOrganizationIds: [], producers: [{ provisionType: 'SelfProduced', organizationIds: [member] }], ontologyTerms: ['p13050'], ...overrides });

before(async () => {
  t = await openTestApp();
  token = await tokenFor(t.app, t.ctx, null);
  umbrella = await publish('organizations', org('Kattoliitto ry'), ['fi']);
  member = await publish('organizations', org('Jäsenyhdistys ry', umbrella), ['fi']);
  await publish('organizations', org('Alaosasto ry', member), ['fi']);
  ids.helsinki = await publish('services', service('Helsingin palvelu', { areaType: 'LimitedType', areas: [{ type: 'Municipality', code: '091' }], serviceClasses: ['P1.1'], targetGroups: ['KR1.2'] }), ['fi', 'sv']);
  ids.pirkanmaa = await publish('services', service('Pirkanmaan palvelu', { areaType: 'LimitedType', areas: [{ type: 'Region', code: '06' }], serviceClasses: ['P2.1'], targetGroups: ['KR1.1'] }), ['fi']);
  ids.nationwide = await publish('services', service('Valtakunnallinen palvelu', { areaType: 'Nationwide', areas: [], serviceClasses: ['P1.2'], targetGroups: ['KR1.2'] }), ['fi']);
  ids.draft = await publish('services', service('Luonnospalvelu', { areaType: 'Nationwide', areas: [] }), []);
  await publish('channels', completeChannel('Phone', { organizationId: member }), ['fi']);
  await publish('channels', completeChannel('WebPage', { organizationId: member }), ['fi']);
});
after(async () => {
  await t.close();
});

const names = (body: { items: { name: { fi: string } }[] }) => body.items.map((item) => item.name.fi).sort();

describe('filters of GET /api/v1/services', () => {
  test('organization includes sub-organizations; drafts never appear', async () => {
    const { body } = await call('GET', `/api/v1/services?organization=${umbrella}`);
    assert.deepEqual(names(body), ['Helsingin palvelu', 'Pirkanmaan palvelu', 'Valtakunnallinen palvelu']);
  });

  test('municipality: services whose area covers it, nationwide included unless excluded', async () => {
    assert.deepEqual(names((await call('GET', '/api/v1/services?municipality=837')).body), ['Pirkanmaan palvelu', 'Valtakunnallinen palvelu'], 'Tampere is in Pirkanmaa');
    assert.deepEqual(names((await call('GET', '/api/v1/services?municipality=091&includeNationwide=false')).body), ['Helsingin palvelu']);
  });

  test('wellbeing services county and Helsinki', async () => {
    assert.deepEqual(names((await call('GET', '/api/v1/services?wellbeingServicesCounty=08&includeNationwide=false')).body), ['Pirkanmaan palvelu']);
    assert.deepEqual(names((await call('GET', '/api/v1/services?wellbeingServicesCounty=06&includeNationwide=false')).body), [], 'nothing in Satakunta');
    assert.deepEqual(names((await call('GET', '/api/v1/services?wellbeingServicesCounty=90&includeNationwide=false')).body), ['Helsingin palvelu']);
  });

  test('a main service class includes its sub classes; target groups likewise', async () => {
    assert.deepEqual(names((await call('GET', '/api/v1/services?serviceClass=P1')).body), ['Helsingin palvelu', 'Valtakunnallinen palvelu']);
    assert.deepEqual(names((await call('GET', '/api/v1/services?serviceClass=P2.1')).body), ['Pirkanmaan palvelu']);
    assert.deepEqual(names((await call('GET', '/api/v1/services?targetGroup=KR1.2')).body), ['Helsingin palvelu', 'Valtakunnallinen palvelu']);
  });

  test('language: only services published in it, showing only public languages', async () => {
    const { body } = await call('GET', '/api/v1/services?language=sv');
    assert.deepEqual(body.items.map((item: { name: { sv: string } }) => item.name.sv), ['Helsingin palvelu sv']);
    const fiOnly = await call('GET', `/api/v1/services/${ids.pirkanmaa}`);
    assert.deepEqual(Object.keys(fiOnly.body.name), ['fi']);
  });

  test('cursor paging returns every item once, with a Link to the next page', async () => {
    const first = await call('GET', '/api/v1/services?limit=2');
    assert.equal(first.body.items.length, 2);
    assert.match(String(first.headers.link), /rel="next"/);
    const second = await call('GET', `/api/v1/services?limit=2&after=${first.body.next}`);
    assert.equal(second.body.items.length, 1);
    assert.equal(second.body.next, null);
    const all = [...first.body.items, ...second.body.items].map((item: { id: string }) => item.id);
    assert.equal(new Set(all).size, 3);
  });

  test('a bad filter value is a 400 naming the parameter', async () => {
    const { status, body } = await call('GET', '/api/v1/services?municipality=Helsinki&limit=501');
    assert.equal(status, 400);
    assert.deepEqual(body.errors.map((e: { path: string }) => e.path).sort(), ['limit', 'municipality']);
  });
});

describe('other reads', () => {
  test('channels filter by type', async () => {
    const { body } = await call('GET', '/api/v1/channels?type=Phone');
    assert.deepEqual(body.items.map((item: { type: string }) => item.type), ['Phone']);
  });

  test('a published item answers 304 to its own ETag', async () => {
    const first = await call('GET', `/api/v1/services/${ids.helsinki}`);
    assert.ok(first.headers.etag, 'an ETag is sent');
    assert.match(String(first.headers['cache-control']), /max-age/);
    const again = await call('GET', `/api/v1/services/${ids.helsinki}`, undefined, undefined, { 'if-none-match': String(first.headers.etag) });
    assert.equal(again.status, 304);
  });

  test('a list page answers 304 to its own ETag, and its ETag changes when an item on it changes', async () => {
    const id = await publish('services', service('Sivulla muuttuva palvelu', { areaType: 'Nationwide', areas: [] }), ['fi', 'sv']);
    const url = `/api/v1/services?organization=${member}&language=fi`;
    const first = await call('GET', url);
    assert.ok(first.headers.etag, 'an ETag is sent');
    assert.equal((await call('GET', url, undefined, undefined, { 'if-none-match': String(first.headers.etag) })).status, 304);
    const owned = await call('GET', `/api/v1/services/${id}/working-copy`, undefined, undefined, { authorization: `Bearer ${token}` });
    const withdrawn = await call('POST', `/api/v1/services/${id}/withdraw`, { languages: ['sv'] }, owned.body.versionTag);
    assert.equal(withdrawn.status, 200, JSON.stringify(withdrawn.body));
    const second = await call('GET', url, undefined, undefined, { 'if-none-match': String(first.headers.etag) });
    assert.equal(second.status, 200, 'the old tag no longer matches');
    assert.deepEqual(second.body.items.map((item: { id: string }) => item.id), first.body.items.map((item: { id: string }) => item.id), 'the same items');
    assert.notEqual(second.headers.etag, first.headers.etag);
  });

  test('an item of a list page is the same as its own view, channels included', async () => {
    const { body } = await call('GET', `/api/v1/services?organization=${member}`);
    for (const item of body.items as { id: string; channels: unknown[] }[]) {
      assert.deepEqual(item.channels, [], 'a service without channels lists none');
      assert.deepEqual((await call('GET', `/api/v1/services/${item.id}`)).body, item);
    }
    const channels = await call('GET', `/api/v1/channels?organization=${member}`);
    for (const item of channels.body.items as Record<string, unknown>[]) {
      assert.equal('channels' in item, false, 'channels have no channels');
      assert.deepEqual((await call('GET', `/api/v1/channels/${item.id}`)).body, item);
    }
  });

  test('the organization hierarchy shows parents and every published level below', async () => {
    const { status, body } = await call('GET', `/api/v1/organizations/${member}/hierarchy`);
    assert.equal(status, 200);
    assert.deepEqual(body.parents.map((p: { name: { fi: string } }) => p.name.fi), ['Kattoliitto ry']);
    assert.deepEqual(body.organization.children.map((c: { name: { fi: string } }) => c.name.fi), ['Alaosasto ry']);
  });

  test('a draft is a 404 in the open API', async () => {
    assert.equal((await call('GET', `/api/v1/services/${ids.draft}`)).status, 404);
  });
});
