import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openTestApp, type TestApp } from '../../../test/helpers/test-app.ts';
import { textOf, WebSession } from '../../../test/helpers/web-session.ts';
import { seedDemoCatalogue } from '../../actions/demo/seed-demo-catalogue.ts';
import { organizationId } from '../../actions/demo/demo-model.ts';
import { grantRole } from '../../actions/people/people.ts';

let t: TestApp;
let web: WebSession;

before(async () => {
  t = await openTestApp();
  await seedDemoCatalogue(t.ctx);
  await grantRole(t.ctx, { email: 'haku@example.fi', password: 'hakijan salasana', organizationId: organizationId('sports'), role: 'maintainer' });
  web = new WebSession(t.app);
  await web.signIn('haku@example.fi', 'hakijan salasana');
});
after(async () => {
  await t.close();
});

test('a maintainer finds the school gym of the city by its address, marked as another organization\'s', async () => {
  const page = await web.get('/editor/search?searchType=address&q=Aleksanterinkatu+12');
  assert.equal(page.status, 200);
  const text = textOf(page.body);
  assert.match(text, /Keskuskoulun liikuntasali Toisen organisaation/);
  assert.match(text, /Palvelupaikka/);
  assert.match(page.body, /<input type="radio" name="searchType" checked="" value="address"/, 'the chosen search type stays selected');
  assert.match(text, /Palvelupaikka Porvoon kaupunki/, 'the owner is named');
});

test('the results show a status per language version and filter by status', async () => {
  const published = await web.get('/editor/search?status=published&language=sv&contentType=service');
  const rows = published.body.split('<tr>').slice(2);
  assert.ok(rows.length >= 5, 'published services with Swedish');
  for (const row of rows) assert.match(row, /SV<\/abbr><span class="visually-hidden">: Julkaistu/, 'each row has a published Swedish version');
  assert.match(rows[0]!, /FI<\/abbr>.*SV<\/abbr>/, 'languages in the order fi, sv, en');
  const byName = await web.get('/editor/search?q=liikunta');
  assert.match(textOf(byName.body), /\d+ hakutulosta/);
  assert.match(textOf(byName.body), /Porvoon Liikunnan Ystävät ry/);
});

test('the search page speaks Swedish', async () => {
  const page = await web.get('/editor/search?q=barn&lang=sv');
  assert.match(page.body, /<html lang="sv">/);
  assert.match(textOf(page.body), /Sök med adress/);
  assert.match(textOf(page.body), /Barnrådgivningens tjänster/);
});
