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
  const created = await web.post('/editor/channels/new?type=ServiceLocation', { ...texts('Koulun liikuntasali'), 'street.fi': 'Koulukatu', streetNumber: '3', postalCode: '06100', 'serviceHours.kind': 'weekly', 'serviceHours.regular[0].days.monday[0].start': '08:00', 'serviceHours.regular[0].days.monday[0].end': '16:00', 'serviceHours.regular[0].days.friday[0].start': '08:00', 'serviceHours.regular[0].days.friday[0].end': '14:00' });
  assert.equal(created.status, 303, created.body.slice(0, 1500));
  const id = created.location!.split('/').pop()!;
  const saved = await api(`/api/v1/channels/${id}/working-copy`);
  assert.deepEqual(saved.content.visitingAddresses[0].street, { fi: 'Koulukatu' });
  assert.equal(saved.content.visitingAddresses[0].postalCode, '06100');
  assert.deepEqual(saved.content.serviceHours.regular[0].days.monday, [{ start: '08:00', end: '16:00' }]);
  const page = await web.get(created.location!);
  assert.match(textOf(page.body), /Porvoo/, 'the municipality of 06100');
  assert.match(page.body, /name="serviceHours.regular\[0\].days.friday\[0\].end" value="14:00"/);
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

test('service hours: a lunch break, summer hours, a renovation, Christmas closed; seasonal hours from the API are kept', async () => {
  const created = await web.post('/editor/channels/new?type=ServiceLocation', {
    ...texts('Kerhotila'),
    'street.fi': 'Kerhokatu',
    streetNumber: '1',
    postalCode: '00100',
    // the kind is left unchosen: typed times mean weekly hours
    'serviceHours.kind': '',
    'serviceHours.regular[0].days.tuesday[0].start': '09:00',
    'serviceHours.regular[0].days.tuesday[0].end': '11:30',
    'serviceHours.regular[0].days.tuesday[1].start': '12:30',
    'serviceHours.regular[0].days.tuesday[1].end': '16:00',
    'serviceHours.regular[0].additionalInfo.fi': 'Kahvio avoinna tiistaisin',
    'serviceHours.exceptions[0].from': '2027-06-01',
    'serviceHours.exceptions[0].to': '2027-08-31',
    'serviceHours.exceptions[0].closed': '0',
    'serviceHours.exceptions[0].ranges[0].start': '10:00',
    'serviceHours.exceptions[0].ranges[0].end': '14:00',
    'serviceHours.exceptions[0].additionalInfo.fi': 'Kesän aukioloajat',
    // an empty row between filled ones is dropped
    'serviceHours.exceptions[1].from': '',
    'serviceHours.exceptions[1].to': '',
    'serviceHours.exceptions[1].closed': '1',
    'serviceHours.exceptions[2].from': '2027-02-01',
    'serviceHours.exceptions[2].to': '',
    'serviceHours.exceptions[2].closed': '1',
    'serviceHours.holiday.ChristmasEve.state': 'closed',
    'serviceHours.holiday.NewYearEve.state': 'open',
    'serviceHours.holiday.NewYearEve.ranges[0].start': '10:00',
    'serviceHours.holiday.NewYearEve.ranges[0].end': '13:00',
    'serviceHours.holiday.MidsummerEve.state': '',
  });
  assert.equal(created.status, 303, textOf(created.body).slice(0, 1500));
  const id = created.location!.split('/').pop()!;
  const saved = (await api(`/api/v1/channels/${id}/working-copy`)).content;
  assert.deepEqual(saved.serviceHours.regular, [{ kind: 'weekly', days: { tuesday: [{ start: '09:00', end: '11:30' }, { start: '12:30', end: '16:00' }] }, additionalInfo: { fi: 'Kahvio avoinna tiistaisin' } }]);
  assert.deepEqual(saved.serviceHours.exceptions, [
    { from: '2027-06-01', to: '2027-08-31', closed: false, ranges: [{ start: '10:00', end: '14:00' }], additionalInfo: { fi: 'Kesän aukioloajat' } },
    { from: '2027-02-01', closed: true },
  ]);
  assert.deepEqual(saved.serviceHours.holidays, [
    { holiday: 'ChristmasEve', closed: true },
    { holiday: 'NewYearEve', closed: false, ranges: [{ start: '10:00', end: '13:00' }] },
  ]);

  // hours the form does not edit (a validity period set through the API) survive a save from the form
  const seasonal = { kind: 'alwaysOpen', validFrom: '2027-12-01', validTo: '2027-12-24' };
  const current = await t.app.inject({ method: 'GET', url: `/api/v1/channels/${id}/working-copy`, headers: { authorization: `Bearer ${system}` } });
  const put = await t.app.inject({
    method: 'PUT',
    url: `/api/v1/channels/${id}`,
    headers: { authorization: `Bearer ${system}`, 'if-match': current.headers.etag as string },
    payload: { ...saved, serviceHours: { ...saved.serviceHours, regular: [...saved.serviceHours.regular, seasonal] } },
  });
  assert.equal(put.statusCode, 200, put.body);
  const page = await web.get(created.location!);
  assert.match(page.body, /name="serviceHours.exceptions\[0\].from" value="2027-06-01"/, 'the saved exception is shown');
  assert.match(page.body, /name="serviceHours.exceptions\[2\].from" value=""/, 'empty rows are offered below the saved ones');
  assert.match(textOf(page.body), /Poikkeavat aukioloajat \(2\)/);
  const tag = /name="versionTag" value="([^"]+)"/.exec(page.body)![1]!.replace(/&quot;/g, '"');
  const resaved = await web.post(created.location!, {
    ...texts('Kerhotila'),
    versionTag: tag,
    'street.fi': 'Kerhokatu',
    streetNumber: '1',
    postalCode: '00100',
    'serviceHours.kind': 'byReservation',
    'serviceHours.holiday.ChristmasEve.state': 'closed',
    'serviceHours.holiday.NewYearEve.state': '',
  });
  assert.equal(resaved.status, 303, textOf(resaved.body).slice(0, 1500));
  const after = (await api(`/api/v1/channels/${id}/working-copy`)).content.serviceHours;
  assert.deepEqual(after.regular, [{ kind: 'byReservation' }, seasonal], 'the chosen kind first, the seasonal hours kept');
  assert.equal(after.exceptions, undefined, 'exceptions removed in the form are gone');
  assert.deepEqual(after.holidays, [{ holiday: 'ChristmasEve', closed: true }]);
});

test('service hours: mistakes come back at their rows with the input kept, in Finnish', async () => {
  const refused = await web.post('/editor/channels/new?type=Phone', {
    ...texts('Kriisipuhelin'),
    phonePrefix: '+358',
    phoneNumber: '09 123 4567',
    'serviceHours.kind': 'alwaysOpen',
    'serviceHours.regular[0].days.monday[0].start': '08:00',
    'serviceHours.regular[0].days.monday[0].end': '16:00',
    'serviceHours.exceptions[0].from': '2027-05-10',
    'serviceHours.exceptions[0].to': '2027-05-01',
    'serviceHours.exceptions[0].closed': '1',
    'serviceHours.holiday.ChristmasEve.state': '',
    'serviceHours.holiday.ChristmasDay.state': 'open',
  });
  assert.equal(refused.status, 400);
  const text = textOf(refused.body);
  assert.match(refused.body, /<a href="#serviceHours.regular\[0\].days">/, 'times with "always open" are named at the week');
  assert.match(text, /Aina avoinna tai ajanvarauksella olevalle ei anneta kellonaikoja/);
  assert.match(refused.body, /<a href="#serviceHours.exceptions\[0\].to">/);
  assert.match(text, /Viimeinen päivä on ennen ensimmäistä/);
  assert.match(refused.body, /<a href="#serviceHours.holidays\[0\].ranges">/, 'the holiday is the first one given');
  assert.match(refused.body, /<tr id="serviceHours.holidays\[0\]"/, 'the link target is the Christmas Day row');
  assert.match(refused.body, /name="serviceHours.exceptions\[0\].to" value="2027-05-01"/, 'the input is kept');
  assert.match(refused.body, /name="serviceHours.holiday.ChristmasDay.state"[^>]*>(?:(?!<\/select>).)*<option value="open" selected=""/s, 'the holiday choice is kept');
  assert.equal((await api('/api/v1/channels?limit=100')).items?.some((c: { name?: { fi?: string } }) => c.name?.fi === 'Kriisipuhelin') ?? false, false, 'nothing was saved');
});

test('an online service gets its accessibility statement; a web page shows none of the hours', async () => {
  const refused = await web.post('/editor/channels/new?type=EChannel', { ...texts('Verkkoasiointi'), 'url.fi': 'https://asiointi.example.fi', 'accessibility.statementUrl.fi': 'ei osoite', 'accessibility.compliance': 'PartiallyCompliant', 'accessibility.wcagLevel': 'AA' });
  assert.equal(refused.status, 400);
  assert.match(refused.body, /<a href="#accessibility.statementUrl.fi">/);
  const created = await web.post('/editor/channels/new?type=EChannel', { ...texts('Verkkoasiointi'), 'url.fi': 'https://asiointi.example.fi', 'accessibility.statementUrl.fi': 'https://asiointi.example.fi/saavutettavuus', 'accessibility.compliance': 'PartiallyCompliant', 'accessibility.wcagLevel': 'AA' });
  assert.equal(created.status, 303, textOf(created.body).slice(0, 1500));
  const saved = (await api(`/api/v1/channels/${created.location!.split('/').pop()}/working-copy`)).content;
  assert.deepEqual(saved.accessibility, { compliance: 'PartiallyCompliant', wcagLevel: 'AA', statementUrl: { fi: 'https://asiointi.example.fi/saavutettavuus' } });
  const page = await web.get(created.location!);
  assert.match(page.body, /<option value="PartiallyCompliant" selected="">/);
  assert.match(textOf(page.body), /Palveluajat/, 'an online service has service hours');
  const webPage = await web.get('/editor/channels/new?type=WebPage');
  assert.doesNotMatch(webPage.body, /name="serviceHours.kind"/, 'a web page has no service hours');
  assert.match(webPage.body, /name="accessibility.compliance"/);
});

test('a service location\'s entrance accessibility: one fact a line in each language', async () => {
  const created = await web.post('/editor/channels/new?type=ServiceLocation', {
    ...texts('Monitoimitalo'),
    languages: ['fi', 'sv'],
    'name.sv': 'Allaktivitetshuset',
    'street.fi': 'Talokatu',
    'street.sv': 'Husgatan',
    postalCode: '00100',
    'entrance.fi': 'Pääsisäänkäynnillä on luiska.\r\nOvet aukeavat automaattisesti.',
    'entrance.sv': 'Huvudingången har en ramp.\r\nDörrarna öppnas automatiskt.',
  });
  assert.equal(created.status, 303, textOf(created.body).slice(0, 1500));
  const saved = (await api(`/api/v1/channels/${created.location!.split('/').pop()}/working-copy`)).content;
  assert.deepEqual(saved.visitingAddresses[0].entrances, [
    {
      isMain: true,
      accessibilitySentences: [
        { fi: 'Pääsisäänkäynnillä on luiska.', sv: 'Huvudingången har en ramp.' },
        { fi: 'Ovet aukeavat automaattisesti.', sv: 'Dörrarna öppnas automatiskt.' },
      ],
    },
  ]);
  const page = await web.get(created.location!);
  assert.match(page.body, /Pääsisäänkäynnillä on luiska.\nOvet aukeavat automaattisesti./);
});
