import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openTestApp, type TestApp } from '../../../test/helpers/test-app.ts';
import { tokenFor } from '../../../test/helpers/api-client.ts';
import { textOf, WebSession } from '../../../test/helpers/web-session.ts';
import { grantRole } from '../../actions/people/people.ts';

let t: TestApp;
let web: WebSession;
let org: string;

before(async () => {
  t = await openTestApp();
  const system = await tokenFor(t.app, t.ctx, null);
  org = (await t.app.inject({ method: 'POST', url: '/api/v1/organizations', headers: { authorization: `Bearer ${system}` }, payload: { type: 'Organization', languages: ['fi'], name: { fi: 'Kattoliitto ry' }, summary: { fi: 'Liitto kokoaa jäsenyhdistykset.' } } })).json().id;
  await grantRole(t.ctx, { email: 'liitto@example.fi', password: 'liiton salasana pitkä', organizationId: org, role: 'mainUser' });
  web = new WebSession(t.app);
  await web.signIn('liitto@example.fi', 'liiton salasana pitkä');
});
after(async () => {
  await t.close();
});

test('a main user adds a member association under the federation; it shows in the sub-organization tree', async () => {
  const form = await web.get(`/editor/organizations/new?parent=${org}`);
  assert.match(form.body, new RegExp(`<option value="${org}" selected=""`), 'the parent is chosen');
  const refused = await web.post('/editor/organizations/new', { type: 'Organization', parentOrganizationId: org, businessId: '0737546-3', languages: 'fi', 'name.fi': 'Jäsenyhdistys ry', 'summary.fi': 'Paikallinen yhdistys.' });
  assert.equal(refused.status, 400);
  assert.match(refused.body, /<a href="#businessId">/, 'the wrong check digit is reported at the field');
  assert.match(refused.body, /value="Jäsenyhdistys ry"/, 'the input is kept');
  const created = await web.post('/editor/organizations/new', { type: 'Organization', parentOrganizationId: org, businessId: '0737546-2', languages: 'fi', 'name.fi': 'Jäsenyhdistys ry', 'summary.fi': 'Paikallinen yhdistys.' });
  assert.equal(created.status, 303, created.body.slice(0, 1500));
  const parent = await web.get(`/editor/organizations/${org}`);
  assert.match(textOf(parent.body), /Alaorganisaatiot Jäsenyhdistys ry/);
});
