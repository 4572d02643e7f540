import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openTestApp, type TestApp } from '../../../test/helpers/test-app.ts';
import { tokenFor } from '../../../test/helpers/api-client.ts';
import { textOf, WebSession } from '../../../test/helpers/web-session.ts';
import { grantRole } from '../../actions/people/people.ts';

let t: TestApp;
let web: WebSession;
let org: string;
let system: string;

const api = async (url: string) => (await t.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${system}` } })).json();

before(async () => {
  t = await openTestApp();
  system = await tokenFor(t.app, t.ctx, null);
  const created = (await t.app.inject({ method: 'POST', url: '/api/v1/organizations', headers: { authorization: `Bearer ${system}` }, payload: { type: 'Organization', languages: ['fi'], name: { fi: 'Kanavayhdistys ry' }, summary: { fi: 'Yhdistys kuvaa kanavansa.' } } })).json();
  org = created.id;
  await grantRole(t.ctx, { email: 'kanava@example.fi', password: 'kanavan salasana pitkä', organizationId: org, role: 'maintainer' });
  web = new WebSession(t.app);
  await web.signIn('kanava@example.fi', 'kanavan salasana pitkä');
});
after(async () => {
  await t.close();
});

const texts = (name: string) => ({ languages: 'fi', 'name.fi': name, 'summary.fi': 'Asiakkaat asioivat täällä helposti.', 'description.fi': 'Kanavassa palvellaan arkisin.', organizationId: org, sharedForAll: '1' });

test('a service location gets its address, the municipality from the postal code, and weekly hours', async () => {
  const form = await web.get('/editor/channels/new?type=ServiceLocation');
  assert.equal(form.status, 200);
  assert.match(textOf(form.body), /Uusi asiointikanava: Palvelupaikka/);
  const created = await web.post('/editor/channels/new?type=ServiceLocation', { ...texts('Koulun liikuntasali'), 'street.fi': 'Koulukatu', streetNumber: '3', postalCode: '06100', 'hours.monday.start': '08:00', 'hours.monday.end': '16:00', 'hours.friday.start': '08:00', 'hours.friday.end': '14:00' });
  assert.equal(created.status, 303, created.body.slice(0, 1500));
  const id = created.location!.split('/').pop()!;
  const saved = await api(`/api/v1/channels/${id}/working-copy`);
  assert.deepEqual(saved.content.visitingAddresses[0].street, { fi: 'Koulukatu' });
  assert.equal(saved.content.visitingAddresses[0].postalCode, '06100');
  assert.deepEqual(saved.content.serviceHours.regular[0].days.monday, [{ start: '08:00', end: '16:00' }]);
  const page = await web.get(created.location!);
  assert.match(textOf(page.body), /Porvoo/, 'the municipality of 06100');
  assert.match(page.body, /name="hours.friday.end"[^>]*value="14:00"|value="14:00"[^>]*name="hours.friday.end"/);
  assert.equal((await web.get('/editor/postal-code?postalCode=00100')).body, 'Helsinki', 'the lookup the form uses as you type');
});

test('a phone channel is created and published from the editor; bad input comes back at the field', async () => {
  const refused = await web.post('/editor/channels/new?type=Phone', { ...texts('x'.repeat(101)), phonePrefix: '+358', phoneNumber: '19 000 1000', phoneChargeType: 'Charged' });
  assert.equal(refused.status, 400);
  assert.match(refused.body, /<a href="#name.fi">/);
  const created = await web.post('/editor/channels/new?type=Phone', { ...texts('Neuvontapuhelin'), phonePrefix: '+358', phoneNumber: '19 000 1000', phoneChargeType: 'Free' });
  assert.equal(created.status, 303, created.body.slice(0, 1500));
  const dialog = await web.get(`${created.location}/publish`);
  assert.match(textOf(dialog.body), /Valmis julkaistavaksi/, textOf(dialog.body).slice(0, 2000));
  const tag = /name="versionTag" value="([^"]+)"/.exec(dialog.body)![1]!.replace(/&quot;/g, '"');
  const published = await web.post(`${created.location}/publish`, { languages: 'fi', when: 'now', versionTag: tag });
  assert.equal(published.status, 303);
  const open = await t.app.inject({ method: 'GET', url: `/api/v1/channels/${created.location!.split('/').pop()}` });
  assert.equal(open.statusCode, 200);
  assert.equal(open.json().phones[0].number, '19 000 1000');
});
