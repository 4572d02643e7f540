import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { openTestApp, type TestApp } from '../../../../test/helpers/test-app.ts';

let t: TestApp;
before(async () => {
  t = await openTestApp({ now: '2026-11-26T08:00:00Z' });
});
after(async () => {
  await t.close();
});

async function get(url: string, headers: Record<string, string> = {}) {
  const response = await t.app.inject({ method: 'GET', url, headers });
  return { status: response.statusCode, headers: response.headers, body: response.body ? response.json() : undefined };
}

describe('GET /api/v1/code-lists', () => {
  test('lists every code list with its loaded version, source and licence', async () => {
    const { status, body } = await get('/api/v1/code-lists');
    assert.equal(status, 200);
    const yso = body.find((list: { name: string }) => list.name === 'ontology-terms');
    assert.equal(yso.href, '/api/v1/code-lists/ontology-terms');
    assert.match(yso.licence, /CC BY 4\.0/);
    assert.equal(yso.version.itemCount, 36_058);
    assert.equal(yso.version.versionCount, 1);
    assert.match(yso.version.checksum, /^[0-9a-f]{64}$/);
    assert.ok(body.every((list: { version: unknown }) => list.version !== null), 'body.every((list: { version: unknown }) => list.version !== null)');
  });

  test('is open to every origin and cacheable with an ETag', async () => {
    const first = await get('/api/v1/code-lists/regions', { origin: 'https://tarmoa.example' });
    assert.equal(first.headers['access-control-allow-origin'], '*');
    assert.match(String(first.headers['cache-control']), /max-age/);
    const again = await t.app.inject({ method: 'GET', url: '/api/v1/code-lists/regions', headers: { 'if-none-match': String(first.headers.etag) } });
    assert.equal(again.statusCode, 304);
  });
});

describe('classification trees', () => {
  test('service classes are 28 main classes with their sub classes and fi/sv/en texts', async () => {
    const { body } = await get('/api/v1/code-lists/service-classes');
    assert.equal(body.length, 28);
    assert.equal(body.reduce((n: number, main: { children: unknown[] }) => n + main.children.length, 0), 200);
    const housing = body[0];
    assert.deepEqual(housing.name, { fi: 'Asuminen', sv: 'Boende', en: 'Housing' });
    assert.ok(housing.description.fi.length > 20, 'housing.description.fi.length > 20');
    assert.ok(housing.children.every((child: { parentCode: string }) => child.parentCode === 'P1'), 'housing.children.every((child: { parentCode: string }) => child.parentCode === \'P1\')');
  });

  test('target groups keep KR2.7 "Yhdistykset ja järjestöt" under KR2', async () => {
    const { body } = await get('/api/v1/code-lists/target-groups');
    assert.deepEqual(body.map((g: { code: string }) => g.code), ['KR1', 'KR2', 'KR3']);
    const kr27 = body[1].children.find((c: { code: string }) => c.code === 'KR2.7');
    assert.equal(kr27.name.fi, 'Yhdistykset ja järjestöt');
  });

  test('life events are a tree of 14 top-level events', async () => {
    const { body } = await get('/api/v1/code-lists/life-events');
    assert.equal(body.length, 14);
  });

  test('industrial classes come one level at a time', async () => {
    const sections = await get('/api/v1/code-lists/industrial-classes');
    assert.equal(sections.body.length, 22);
    const q = await get('/api/v1/code-lists/industrial-classes?parent=Q');
    assert.deepEqual(q.body.map((c: { code: string }) => c.code), ['86', '87', '88']);
    assert.ok(q.body.every((c: { childCount: number }) => c.childCount > 0), 'q.body.every((c: { childCount: number }) => c.childCount > 0)');
    const missing = await get('/api/v1/code-lists/industrial-classes?parent=ZZ');
    assert.equal(missing.status, 404);
  });
});

describe('areas', () => {
  test('municipalities are the 309 valid ones unless abolished ones are asked for', async () => {
    assert.equal((await get('/api/v1/code-lists/municipalities')).body.length, 309);
    const all = await get('/api/v1/code-lists/municipalities?includeAbolished=true');
    assert.equal(all.body.length, 311);
    const honkajoki = all.body.find((m: { code: string }) => m.code === '099');
    assert.equal(honkajoki.valid, false);
    assert.equal(honkajoki.mergedInto, '214');
  });

  test('wellbeing services counties are 21 counties, Helsinki and Åland with their municipalities', async () => {
    const { body } = await get('/api/v1/code-lists/wellbeing-services-counties');
    assert.equal(body.length, 23);
    assert.equal(body.filter((c: { subtype: string }) => c.subtype === 'wellbeingServicesCounty').length, 21);
    const members = body.flatMap((c: { municipalities: string[] }) => c.municipalities);
    assert.equal(members.length, 309);
    assert.equal(new Set(members).size, 309);
    assert.deepEqual(body.find((c: { code: string }) => c.code === '90').municipalities, ['091']);
  });

  test('regions give Åland its official code 21 and the PTV code 20 as legacy', async () => {
    const { body } = await get('/api/v1/code-lists/regions');
    assert.equal(body.length, 19);
    const aland = body.find((r: { code: string }) => r.code === '21');
    assert.equal(aland.legacyCode, '20');
    assert.equal(aland.name.sv, 'Åland');
  });

  test('a postal code resolves to its municipality', async () => {
    const { status, body } = await get('/api/v1/code-lists/postal-codes/00100');
    assert.equal(status, 200);
    assert.deepEqual(body.municipality, { code: '091', name: { fi: 'Helsinki', sv: 'Helsingfors' } });
    const abolished = await get('/api/v1/code-lists/postal-codes/38950');
    assert.equal(abolished.body.municipality.code, '214', 'Honkajoki codes point to Kankaanpää today');
    assert.equal((await get('/api/v1/code-lists/postal-codes/99998')).status, 404);
  });

  test('postal codes are found by code or post office prefix', async () => {
    const byName = await get('/api/v1/code-lists/postal-codes?q=rovaniem&limit=5');
    assert.ok(byName.body.length > 0, 'byName.body.length > 0');
    assert.ok(byName.body.every((p: { name: { fi: string }; municipality: { code: string } }) => p.name.fi.startsWith('ROVANIEMI') && p.municipality.code === '698'), 'byName.body.every((p: { name: { fi: string }; municipality: { code: string } }) => p.name.');
    const byCode = await get('/api/v1/code-lists/postal-codes?q=0010');
    assert.ok(byCode.body.every((p: { code: string }) => p.code.startsWith('0010')), 'byCode.body.every((p: { code: string }) => p.code.startsWith(\'0010\'))');
    const wildcard = await get('/api/v1/code-lists/postal-codes?q=%25');
    assert.equal(wildcard.body.length, 0, 'a % in the query is a literal, not a wildcard');
  });
});

describe('languages, countries and holidays', () => {
  test('the six content languages come in PTV order', async () => {
    const { body } = await get('/api/v1/code-lists/languages?content=true');
    assert.deepEqual(body.map((l: { code: string }) => l.code), ['fi', 'sv', 'en', 'se', 'smn', 'sms']);
  });

  test('countries carry dialling codes', async () => {
    const { body } = await get('/api/v1/code-lists/countries');
    assert.deepEqual(body.find((c: { code: string }) => c.code === 'FI').dialCodes, ['+358']);
  });

  test('holidays of 2026 fall on their dates', async () => {
    const { status, body } = await get('/api/v1/code-lists/holidays?year=2026');
    assert.equal(status, 200);
    const date = (code: string) => body.holidays.find((h: { code: string }) => h.code === code).date;
    assert.equal(date('EasterSunday'), '2026-04-05');
    assert.equal(date('MidsummerDay'), '2026-06-20');
    assert.equal(date('AllSaintsDay'), '2026-10-31');
    assert.equal(date('GoodFriday'), '2026-04-03');
    assert.equal(body.holidays.length, 18);
    const dates = body.holidays.map((h: { date: string }) => h.date);
    assert.deepEqual(dates, [...dates].sort());
  });

  test('without a year, holidays are for the current year in Finland', async () => {
    const { body } = await get('/api/v1/code-lists/holidays');
    assert.equal(body.year, 2026);
  });

  test('enums leave PTV-internal tables out', async () => {
    const { body } = await get('/api/v1/code-lists/enums');
    assert.ok(body.ServiceChannelType.some((v: { code: string }) => v.code === 'ServiceLocation'), 'body.ServiceChannelType.some((v: { code: string }) => v.code === \'ServiceLocation\')');
    assert.equal(body.AccessRightType, undefined);
  });
});

describe('ontology terms', () => {
  test('autocomplete finds "lapsiperheet" for "lapsip"', async () => {
    const { status, body } = await get('/api/v1/code-lists/ontology-terms?q=lapsip');
    assert.equal(status, 200);
    const hit = body.find((h: { id: string }) => h.id === 'p13050');
    assert.ok(hit, 'lapsiperheet is among the hits');
    assert.deepEqual(hit.label, { fi: 'lapsiperheet', sv: 'barnfamiljer', en: 'families with children' });
    assert.equal(hit.uri, 'http://www.yso.fi/onto/yso/p13050');
    assert.equal(hit.match, 'prefix');
    // enough labels start with the query: no costlier similarity search is needed
    assert.ok(body.length >= 5, 'several labels start with lapsip');
    assert.ok(body.every((h: { match: string; matched: { label: string } }) => h.match === 'prefix' && h.matched.label.startsWith('lapsip')), 'every hit starts with the query');
  });

  test('the Swedish label is found with lang=sv', async () => {
    const { body } = await get('/api/v1/code-lists/ontology-terms?q=barnfam&lang=sv');
    assert.equal(body[0].id, 'p13050');
    assert.deepEqual(body[0].matched, { lang: 'sv', label: 'barnfamiljer' });
  });

  test('English labels are searched too, and accents do not matter', async () => {
    const en = await get('/api/v1/code-lists/ontology-terms?q=families%20with%20ch&lang=en');
    assert.equal(en.body[0].id, 'p13050');
    const unaccented = await get('/api/v1/code-lists/ontology-terms?q=tyottomyys');
    assert.equal(unaccented.body[0].label.fi, 'työttömyys');
  });

  test('when few labels start with the query, similar terms follow the prefix matches', async () => {
    const { body } = await get('/api/v1/code-lists/ontology-terms?q=omaishoitajat');
    assert.equal(body[0].label.fi, 'omaishoitajat');
    assert.equal(body[0].match, 'prefix');
    assert.ok(body.some((h: { label: { fi: string } }) => h.label.fi === 'omaishoito'), 'omaishoito is similar');
    assert.ok(body.length > 1 && body.slice(1).every((h: { match: string }) => h.match === 'similar'), 'similar terms fill the list');
  });

  test('a misspelt word still finds similar terms', async () => {
    const { body } = await get('/api/v1/code-lists/ontology-terms?q=lapsiperhet&limit=5');
    assert.equal(body[0].id, 'p13050');
    assert.equal(body[0].match, 'similar');
  });

  test('places are left out unless asked for', async () => {
    const without = await get('/api/v1/code-lists/ontology-terms?q=rovaniemi&limit=50');
    assert.ok(without.body.every((h: { isPlace: boolean }) => !h.isPlace), 'without.body.every((h: { isPlace: boolean }) => !h.isPlace)');
    const withPlaces = await get('/api/v1/code-lists/ontology-terms?q=rovaniemi&places=true');
    assert.ok(withPlaces.body.some((h: { isPlace: boolean }) => h.isPlace), 'withPlaces.body.some((h: { isPlace: boolean }) => h.isPlace)');
  });

  test('a term is found by its id, its URI or a legacy KOKO URI through the bridge', async () => {
    const byId = await get('/api/v1/code-lists/ontology-terms/p13050');
    assert.equal(byId.body.label.fi, 'lapsiperheet');
    const byUri = await get(`/api/v1/code-lists/ontology-terms/${encodeURIComponent('http://www.yso.fi/onto/yso/p13050')}`);
    assert.equal(byUri.body.id, 'p13050');
    const koko = await get(`/api/v1/code-lists/ontology-terms/${encodeURIComponent('http://www.yso.fi/onto/koko/p7')}`);
    assert.equal(koko.status, 200);
    assert.equal(koko.body.id, 'p6332');
    assert.equal(koko.body.resolvedFrom, 'http://www.yso.fi/onto/koko/p7');
    const unknown = await get('/api/v1/code-lists/ontology-terms/p999999999');
    assert.equal(unknown.status, 404);
    assert.equal(unknown.headers['content-type'], 'application/problem+json; charset=utf-8');
  });
});

describe('bad query parameters', () => {
  test('get a problem+json 400 naming each parameter', async () => {
    const { status, headers, body } = await get('/api/v1/code-lists/ontology-terms?q=&limit=500&lang=de');
    assert.equal(status, 400);
    assert.equal(headers['content-type'], 'application/problem+json; charset=utf-8');
    assert.equal(body.type, '/api/problems/validation-error');
    assert.equal(body.requestId, headers['x-request-id']);
    const paths = body.errors.map((e: { path: string }) => e.path).sort();
    assert.deepEqual([...new Set(paths)], ['lang', 'limit', 'q']);
    assert.ok(body.errors.every((e: { location: string }) => e.location === 'query'), 'body.errors.every((e: { location: string }) => e.location === \'query\')');
    assert.match(body.detail, /Query parameter 'limit'/);
  });

  test('a missing required parameter and an unknown one are both reported', async () => {
    const { status, body } = await get('/api/v1/code-lists/ontology-terms?query=lapsi');
    assert.equal(status, 400);
    assert.deepEqual(
      body.errors.map((e: { path: string; code: string }) => [e.path, e.code]).sort(),
      [['q', 'required'], ['query', 'additionalProperties']],
    );
  });

  test('a year outside the calendar range is refused', async () => {
    const { status, body } = await get('/api/v1/code-lists/holidays?year=1200');
    assert.equal(status, 400);
    assert.equal(body.errors[0].path, 'year');
  });

  test('a request id given by the caller is echoed', async () => {
    const { headers, body } = await get('/api/v1/code-lists/holidays?year=x', { 'x-request-id': 'trace-123' });
    assert.equal(headers['x-request-id'], 'trace-123');
    assert.equal(body.requestId, 'trace-123');
  });
});
