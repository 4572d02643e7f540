import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openTestApp, type TestApp } from '../../../test/helpers/test-app.ts';
import { tokenFor } from '../../../test/helpers/api-client.ts';
import { seedDemoCatalogue } from '../../actions/demo/seed-demo-catalogue.ts';
import { organizationId } from '../../actions/demo/demo-model.ts';
import { completeService } from '../../domain/service/service-fixture.ts';
import { textFilter } from '../../actions/search/search.ts';
import { search as searchRows } from '../../db/repositories/search.repository.ts';

let t: TestApp;
let federationToken: string;
let otherToken: string;
const federation = organizationId('federation');

interface Item { id: string; name: string; kind: string; type: string | null; snippet: string | null; distanceKm: number | null; own?: boolean; languageStatus?: Record<string, string> }
interface Page { total: number; totalIsExact: boolean; items: Item[]; facets: Record<string, Record<string, number>> }

async function search(url: string, token?: string): Promise<Page> {
  const response = await t.app.inject({ method: 'GET', url, ...(token ? { headers: { authorization: `Bearer ${token}` } } : {}) });
  assert.equal(response.statusCode, 200, `${url}: ${response.body}`);
  return response.json();
}
const names = (page: Page) => page.items.map((i) => i.name);

before(async () => {
  t = await openTestApp();
  await seedDemoCatalogue(t.ctx);
  federationToken = await tokenFor(t.app, t.ctx, federation, 'maintainer');
  otherToken = await tokenFor(t.app, t.ctx, organizationId('porvoo'), 'maintainer');
});
after(async () => {
  await t.close();
});

test('a Finnish search finds inflected forms whose stem changes: lapsi finds lasten and lapsille', async () => {
  const page = await search('/api/v1/search?q=lapsi&lang=fi&limit=50');
  assert.ok(names(page).includes('Lastenneuvolapalvelut'), `lasten: ${names(page).join(', ')}`);
  assert.ok(page.items.some((i) => /<mark>lapsille<\/mark>/i.test(i.snippet ?? '')), 'lapsille is found and highlighted');
});

test('a word prefix finds compounds and inflections: terveyskesk', async () => {
  const page = await search('/api/v1/search?q=terveyskesk&lang=fi');
  assert.ok(page.total >= 1, 'found');
  assert.ok(page.items.every((i) => i.snippet === null || /terveyskesk/i.test(i.snippet) || i.name.length > 0), 'a match');
});

test('Swedish and English use their own stemming', async () => {
  const sv = await search('/api/v1/search?q=barnens&lang=sv');
  assert.equal(sv.items[0]?.name, 'Barnrådgivningens tjänster', names(sv).join(', '));
  const en = await search('/api/v1/search?q=child&lang=en&limit=50');
  assert.ok(names(en).includes('Family café'), `children via child: ${names(en).join(', ')}`);
});

test('names weigh more than descriptions', async () => {
  const page = await search('/api/v1/search?q=perhekahvila&lang=fi');
  assert.equal(page.items[0]?.name, 'Perhekahvila');
});

test('when the words find nothing, a misspelt name is found by its similarity', async () => {
  const page = await search('/api/v1/search?q=perhekahvla&lang=fi');
  assert.equal(page.items[0]?.name, 'Perhekahvila', names(page).join(', '));
  // only the similar names were looked for, and they are what the total and the facets count
  assert.equal(page.total, page.items.length, 'every similar name is on the page');
  assert.equal(Object.values(page.facets.kind ?? {}).reduce((a, b) => a + b, 0), page.total, `kind facet ${JSON.stringify(page.facets.kind)}`);
  const narrowed = await search('/api/v1/search?q=perhekahvla&lang=fi&type=channel');
  assert.ok(!names(narrowed).includes('Perhekahvila'), 'a filter applies to the similar names too');
});

test('every facet count equals the total of the search filtered by that value', async () => {
  const base = '/api/v1/search?q=lapsi';
  const page = await search(base);
  assert.equal(page.totalIsExact, true, 'an ordinary search counts every match');
  const params: Record<string, string> = { serviceClass: 'serviceClass', targetGroup: 'targetGroup', municipality: 'municipality', region: 'region', wellbeingServicesCounty: 'wellbeingServicesCounty', type: 'subType', kind: 'type', fundingType: 'fundingType', organizationType: 'organizationType', language: 'language' };
  let checked = 0;
  for (const [facet, param] of Object.entries(params)) {
    for (const [value, count] of Object.entries(page.facets[facet] ?? {}).slice(0, 4)) {
      const filtered = await search(`${base}&${param}=${encodeURIComponent(value)}&limit=1`);
      assert.equal(filtered.total, count, `${facet}=${value}`);
      checked += 1;
    }
  }
  assert.ok(checked >= 15, `${checked} facet values checked`);
});

test('service locations near a point come nearest first, within the radius', async () => {
  const page = await search('/api/v1/search?subType=ServiceLocation&near=60.3946,25.6661&limit=50');
  const distances = page.items.map((i) => i.distanceKm!);
  assert.ok(distances.length >= 3, 'several locations');
  assert.deepEqual(distances, [...distances].sort((a, b) => a - b), 'ascending');
  const within = await search('/api/v1/search?subType=ServiceLocation&near=60.3946,25.6661&radiusKm=0.3');
  assert.ok(within.items.every((i) => i.distanceKm! <= 0.3) && within.total < page.total, 'the radius limits');
  const bad = await t.app.inject({ method: 'GET', url: '/api/v1/search?near=95,25' });
  assert.equal(bad.statusCode, 400);
  assert.equal(bad.json().errors[0].path, 'near');
});

test('a draft is never in the public search; publishing makes it findable in the same request cycle', async () => {
  const body = completeService({ languages: ['fi'], name: { fi: 'Seepraratsastuskurssi' }, summary: { fi: 'Ratsastusta seeproilla koko perheelle.' }, description: { fi: 'Kurssilla opitaan seepran hoitoa.' }, mainResponsibleOrganizationId: federation, otherResponsibleOrganizationIds: [], producers: [{ provisionType: 'SelfProduced', organizationIds: [federation] }], ontologyTerms: ['p13050'] });
  const created = await t.app.inject({ method: 'POST', url: '/api/v1/services', headers: { authorization: `Bearer ${federationToken}` }, payload: body });
  assert.equal(created.statusCode, 201, created.body);
  const { id, versionTag } = created.json();
  assert.equal((await search('/api/v1/search?q=seepraratsastuskurssi')).total, 0, 'the draft is not public');
  assert.equal((await search('/api/v1/editor-search?q=seepra%20ratsastus', federationToken)).total, 1, 'the draft\'s new words are searchable by their prefixes at once');
  const own = await search('/api/v1/editor-search?q=seepraratsastuskurssi', federationToken);
  assert.deepEqual(own.items.map((i) => [i.id, i.own, i.languageStatus?.fi]), [[id, true, 'draft']], 'the editor finds its own draft');
  assert.equal((await search('/api/v1/editor-search?q=seepraratsastuskurssi', otherToken)).total, 0, "another organization does not see the draft");
  const published = await t.app.inject({ method: 'POST', url: `/api/v1/services/${id}/publish`, headers: { authorization: `Bearer ${federationToken}`, 'if-match': versionTag }, payload: { languages: ['fi'] } });
  assert.equal(published.statusCode, 200, published.body);
  assert.deepEqual(names(await search('/api/v1/search?q=seepraratsastuskurssi')), ['Seepraratsastuskurssi']);
  // several words match the lexemes their prefixes stand for: the new compound is among them at once
  assert.deepEqual(names(await search('/api/v1/search?q=seepra%20ratsastus&lang=fi')), ['Seepraratsastuskurssi'], 'two prefixes of a new compound');
  const others = await search('/api/v1/editor-search?q=seepraratsastuskurssi', otherToken);
  assert.deepEqual(others.items.map((i) => i.own), [false], 'others find it as published content');
});

test('the editor finds by phone in any format, by email, by address and by id', async () => {
  for (const phone of ['019 000 1000', '+358 19 0001000', '+358-19-000-1000', '190001000']) {
    const page = await search(`/api/v1/editor-search?searchType=phone&q=${encodeURIComponent(phone)}`, federationToken);
    assert.ok(page.total >= 1, `phone ${phone}`);
  }
  const email = await search('/api/v1/editor-search?searchType=email&q=asiointi@porvoo', federationToken);
  assert.ok(email.total >= 1, 'email prefix');
  const address = await search('/api/v1/editor-search?searchType=address&q=Aleksanterinkatu%2012', federationToken);
  assert.ok(names(address).includes('Keskuskoulun liikuntasali'), `the school gym by its address: ${names(address).join(', ')}`);
  const byPostal = await search('/api/v1/editor-search?searchType=address&q=06100&type=channel', federationToken);
  assert.ok(byPostal.total >= 1, 'by postal code');
  const gym = address.items.find((i) => i.name === 'Keskuskoulun liikuntasali')!;
  assert.deepEqual(names(await search(`/api/v1/editor-search?searchType=id&q=${gym.id}`, federationToken)), ['Keskuskoulun liikuntasali']);
});

test('editor filters: status per language, organization tree, only my edits, sort by name', async () => {
  const drafts = await search('/api/v1/editor-search?status=draft&statusLanguage=fi&limit=100', federationToken);
  assert.ok(drafts.items.every((i) => i.languageStatus?.fi === 'draft'), 'only fi drafts');
  const tree = await search(`/api/v1/editor-search?organization=${federation}&type=service&limit=100`, federationToken);
  assert.ok(tree.total >= 2, 'the federation tree has services');
  const mine = await search('/api/v1/editor-search?editedByMe=true&limit=100', federationToken);
  assert.deepEqual(names(mine), ['Seepraratsastuskurssi'], 'only what this client edited');
  const sorted = await search('/api/v1/editor-search?type=service&sort=name&lang=fi&limit=100', federationToken);
  const sortedNames = names(sorted).map((n) => n.toLowerCase());
  assert.deepEqual(sortedNames, [...sortedNames].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  const unauthorized = await t.app.inject({ method: 'GET', url: '/api/v1/editor-search?q=x' });
  assert.equal(unauthorized.statusCode, 401);
});

test('filters by ontology term, region, organization type and scheduled status', async () => {
  const all = await search('/api/v1/search?type=service&limit=1');
  const term = Object.keys((await search('/api/v1/editor-search?type=service&limit=1', federationToken)).facets.ontologyTerm ?? {})[0]!;
  const byTerm = await search(`/api/v1/search?ontologyTerm=${term}&limit=100`);
  assert.ok(byTerm.total >= 1 && byTerm.total < all.total + 100, `ontology term ${term}`);
  const region = Object.keys(all.facets.region ?? {})[0]!;
  const byRegion = await search(`/api/v1/search?type=service&region=${region}&limit=1`);
  assert.equal(byRegion.total, all.facets.region![region], 'region filter equals its facet count (nationwide included)');
  const municipalities = await search('/api/v1/search?organizationType=Municipality');
  assert.ok(municipalities.items.length >= 1 && municipalities.items.every((i) => i.kind === 'organization' && i.type === 'Municipality'), 'organization type');
  const scheduled = await search('/api/v1/editor-search?status=scheduled&limit=100', federationToken);
  assert.ok(scheduled.total >= 1, 'the demo has a scheduled archive');
});

test('several words find the same rows with their prefixes spelled out as the lexemes of the index as with the prefixes', async () => {
  const page = { sort: 'relevance' as const, nameLanguage: 'fi' as const, limit: 100, offset: 0 };
  // one word is spelled out when a facet filter is given (the facet itself does not change what the words match), or when it stands for a few lexemes
  const cases = [['kerho lapsille', 'fi'], ['lasten terveys', undefined], ['lapsi perhe', 'fi'], ['barnens hälsa', 'sv'], ['mental health', 'en'], ['home care for older people', 'en'], ['tukea omaishoitajille', 'fi'], ['vesi jäte', 'fi'], ['lapsi', 'fi', true], ['terveys', undefined, true], ['barn', 'sv', true], ['kerho', 'fi'], ['hoito', undefined]] as const;
  let spelledOut = 0;
  for (const [q, lang, withFacets] of cases) {
    const words = await textFilter(t.ctx, q, lang, withFacets);
    spelledOut += Object.keys(words.matchQuery ?? {}).length;
    const exact = await searchRows(t.ctx.database.readDb, { scope: 'public', language: lang, ...words, text: undefined }, page, ['kind']);
    const prefixes = await searchRows(t.ctx.database.readDb, { scope: 'public', language: lang, ...words, matchQuery: undefined, text: undefined }, page, ['kind']);
    assert.ok(prefixes.counts.total > 0, `${q}: the demo catalogue has matches`);
    assert.equal(exact.counts.total, prefixes.counts.total, `${q}: total`);
    assert.deepEqual(exact.rows.map((r) => [r.entityId, r.score]), prefixes.rows.map((r) => [r.entityId, r.score]), `${q}: the same rows, ranked the same`);
  }
  assert.ok(spelledOut >= cases.length, `${spelledOut} queries spelled out`);
});
