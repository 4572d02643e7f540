import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { openTestApp, type TestApp } from '../../../test/helpers/test-app.ts';
import { tokenFor } from '../../../test/helpers/api-client.ts';
import { completeService } from '../../domain/service/service-fixture.ts';
import { CHANNEL_TYPES, completeChannel } from '../../domain/channel/channel-fixture.ts';

let t: TestApp;
let system: string;
let ngo: string;
let municipality: string;
let ngoToken: string;

async function call(method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, options: { token?: string; body?: unknown; ifMatch?: string } = {}) {
  const headers: Record<string, string> = {};
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.ifMatch) headers['if-match'] = options.ifMatch;
  const response = await t.app.inject({ method, url, headers, ...(options.body !== undefined ? { payload: options.body as object } : {}) });
  return { status: response.statusCode, headers: response.headers, raw: response.body, body: response.body ? response.json() : undefined };
}

async function createOrg(name: string, type = 'Organization', extra: Record<string, unknown> = {}): Promise<string> {
  const created = await call('POST', '/api/v1/organizations', { token: system, body: { type, languages: ['fi'], name: { fi: name }, summary: { fi: `${name}.` }, ...extra } });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const published = await call('POST', `/api/v1/organizations/${created.body.id}/publish`, { token: system, ifMatch: created.body.versionTag, body: { languages: ['fi'] } });
  assert.equal(published.status, 200, JSON.stringify(published.body));
  return created.body.id;
}

async function createAndPublish(path: string, token: string, body: unknown, languages: string[]) {
  const created = await call('POST', `/api/v1/${path}`, { token, body });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const published = await call('POST', `/api/v1/${path}/${created.body.id}/publish`, { token, ifMatch: created.body.versionTag, body: { languages } });
  assert.equal(published.status, 200, JSON.stringify(published.body));
  return published.body;
}

const service = (overrides: Record<string, unknown> = {}) =>
  completeService({ mainResponsibleOrganizationId: ngo, otherResponsibleOrganizationIds: [], producers: [{ provisionType: 'SelfProduced', organizationIds: [ngo] }], ontologyTerms: ['p13050'], ...overrides });

before(async () => {
  t = await openTestApp();
  system = await tokenFor(t.app, t.ctx, null);
  ngo = await createOrg('Liikuntaseura ry');
  municipality = await createOrg('Esimerkkilän kunta', 'Municipality', { municipalityCode: '091' });
  ngoToken = await tokenFor(t.app, t.ctx, ngo);
});
after(async () => {
  await t.close();
});

describe('channels', () => {
  test('every channel type can be created and published, and shows its type in the open API', async () => {
    for (const type of CHANNEL_TYPES) {
      const published = await createAndPublish('channels', ngoToken, completeChannel(type, { organizationId: ngo }), ['fi', 'sv']);
      const open = await call('GET', `/api/v1/channels/${published.id}`);
      assert.equal(open.status, 200, type);
      assert.equal(open.body.type, type);
    }
    const phones = await call('GET', `/api/v1/channels?organization=${ngo}&limit=500`);
    assert.equal(phones.body.items.length, CHANNEL_TYPES.length);
  });

  test('a phone channel cannot publish a language it has no number for', async () => {
    const created = await call('POST', '/api/v1/channels', { token: ngoToken, body: completeChannel('Phone', { organizationId: ngo, phones: [{ prefix: '+358', number: '9 123 4567', chargeType: 'Charged', chargeDescription: 'pvm/mpm', lang: 'fi' }] }) });
    const blocked = await call('POST', `/api/v1/channels/${created.body.id}/publish`, { token: ngoToken, ifMatch: created.body.versionTag, body: { languages: ['fi', 'sv'] } });
    assert.equal(blocked.status, 400);
    assert.ok(blocked.body.errors.every((e: { message: string }) => e.message.startsWith('[sv]')), JSON.stringify(blocked.body.errors));
  });

  test('a channel body of the wrong shape names the fields of its own type only', async () => {
    const response = await call('POST', '/api/v1/channels', { token: ngoToken, body: { type: 'WebPage', organizationId: ngo, languages: ['fi'], name: { fi: 'Sivu' }, phones: [] } });
    assert.equal(response.status, 400);
    assert.deepEqual(response.body.errors.map((e: { path: string }) => e.path), ['phones']);
  });
});

describe('services and connections', () => {
  test('the school-gym case: an NGO connects the municipality shared service location with course hours and an instructor title', async () => {
    const gym = await createAndPublish('channels', system, completeChannel('ServiceLocation', { organizationId: municipality, name: { fi: 'Esimerkkilän koulun liikuntasali', sv: 'Exempelby skolas gymnastiksal' } }), ['fi', 'sv']);
    const created = await call('POST', '/api/v1/services', { token: ngoToken, body: service({ name: { fi: 'Senioreiden kuntojumppa', sv: 'Konditionsgymnastik för seniorer' } }) });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const connection = {
      description: { fi: 'Jumppa koulun liikuntasalissa. Ohjaajana seuran liikunnanohjaaja.', sv: 'Gymnastik i skolans gymnastiksal. Ledare: föreningens idrottsinstruktör.' },
      serviceHours: {
        regular: [{ kind: 'weekly', days: { tuesday: [{ start: '18:00', end: '19:30' }] }, additionalInfo: { fi: 'Kurssi 1.9.–15.12.' } }],
        exceptions: [],
        holidays: [],
      },
    };
    const connected = await call('PUT', `/api/v1/services/${created.body.id}/connections/${gym.id}`, { token: ngoToken, ifMatch: created.body.versionTag, body: connection });
    assert.equal(connected.status, 200, JSON.stringify(connected.body));
    const published = await call('POST', `/api/v1/services/${created.body.id}/publish`, { token: ngoToken, ifMatch: connected.body.versionTag, body: { languages: ['fi', 'sv'] } });
    assert.equal(published.status, 200, JSON.stringify(published.body));

    const open = await call('GET', `/api/v1/services/${created.body.id}`);
    assert.equal(open.status, 200);
    assert.equal(open.body.channels.length, 1);
    assert.equal(open.body.channels[0].channelId, gym.id);
    assert.match(open.body.channels[0].description.fi, /liikunnanohjaaja/);
    assert.equal(open.raw.match(/"channels":/g)?.length, 1, 'one channels field');
    const listed = await call('GET', `/api/v1/services?organization=${ngo}&limit=500`);
    assert.deepEqual(listed.body.items.find((item: { id: string }) => item.id === created.body.id), open.body, 'the list shows the same view');
    const tagBefore = open.headers.etag;
    const gymNow = await call('GET', `/api/v1/channels/${gym.id}/working-copy`, { token: system });
    await call('POST', `/api/v1/channels/${gym.id}/archive`, { token: system, ifMatch: gymNow.body.versionTag, body: {} });
    const afterArchive = await call('GET', `/api/v1/services/${created.body.id}`);
    assert.equal(afterArchive.body.channels.length, 0, 'an archived channel leaves the public service');
    assert.notEqual(afterArchive.headers.etag, tagBefore, "the service's ETag changes with its channels");
    const history = await call('GET', `/api/v1/services/${created.body.id}/versions`, { token: ngoToken });
    assert.ok(history.body.some((v: { operation: string }) => v.operation === `connect:${gym.id}`), 'the connection is in the history');
  });

  test('a channel not shared for all cannot be connected by another organization', async () => {
    const privateDesk = await createAndPublish('channels', system, completeChannel('ServiceLocation', { organizationId: municipality, sharedForAll: false }), ['fi']);
    const created = await call('POST', '/api/v1/services', { token: ngoToken, body: service() });
    const refused = await call('PUT', `/api/v1/services/${created.body.id}/connections/${privateDesk.id}`, { token: ngoToken, ifMatch: created.body.versionTag, body: {} });
    assert.equal(refused.status, 400);
    assert.equal(refused.body.errors[0].code, 'notShared');
    const own = await createAndPublish('channels', ngoToken, completeChannel('Phone', { organizationId: ngo, sharedForAll: false }), ['fi']);
    const allowed = await call('PUT', `/api/v1/services/${created.body.id}/connections/${own.id}`, { token: ngoToken, ifMatch: created.body.versionTag, body: {} });
    assert.equal(allowed.status, 200, 'its own non-shared channel is fine');
  });

  test('the metadata rules block publishing and name every reason', async () => {
    const created = await call('POST', '/api/v1/services', { token: ngoToken, body: service({ targetGroups: [], serviceClasses: ['P1'], ontologyTerms: [] }) });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const blocked = await call('POST', `/api/v1/services/${created.body.id}/publish`, { token: ngoToken, ifMatch: created.body.versionTag, body: { languages: ['fi'] } });
    assert.equal(blocked.status, 400);
    const paths = new Set(blocked.body.errors.map((e: { path: string }) => e.path));
    for (const path of ['targetGroups', 'serviceClasses', 'ontologyTerms']) assert.ok(paths.has(path), `${path} is reported: ${[...paths]}`);
  });

  test('unknown codes are refused when saving', async () => {
    const response = await call('POST', '/api/v1/services', { token: ngoToken, body: service({ serviceClasses: ['P99.9'], ontologyTerms: ['p999999999'] }) });
    assert.equal(response.status, 400);
    const codes = response.body.errors.map((e: { path: string; code: string }) => `${e.path}:${e.code}`);
    assert.ok(codes.some((c: string) => c.startsWith('serviceClasses[0]')), codes.join());
    assert.ok(codes.some((c: string) => c.startsWith('ontologyTerms[0]')), codes.join());
  });

  test('a body over 1 MB gets 413 and nothing is written', async () => {
    const count = async () => Number((await t.database.db.execute<{ n: string }>(sql`SELECT count(*) AS n FROM entities`)).rows[0]!.n);
    const before = await count();
    const huge = service({ description: { fi: 'x'.repeat(1_100_000) } });
    const response = await call('POST', '/api/v1/services', { token: ngoToken, body: huge });
    assert.equal(response.status, 413);
    assert.equal(await count(), before);
  });

  test('copy as template makes a draft in the chosen organization that remembers its origin', async () => {
    const member = await call('POST', '/api/v1/organizations', { token: ngoToken, body: { type: 'Organization', parentOrganizationId: ngo, languages: ['fi'], name: { fi: 'Jäsenseura ry' } } });
    const original = await createAndPublish('services', ngoToken, service(), ['fi']);
    const copy = await call('POST', `/api/v1/services/${original.id}/copy`, { token: ngoToken, body: { organizationId: member.body.id } });
    assert.equal(copy.status, 201, JSON.stringify(copy.body));
    assert.equal(copy.body.originId, original.id);
    assert.equal(copy.body.organizationId, member.body.id);
    assert.equal(copy.body.status, 'draft');
  });
});
