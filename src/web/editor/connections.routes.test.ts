import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openTestApp, type TestApp } from '../../../test/helpers/test-app.ts';
import { tokenFor } from '../../../test/helpers/api-client.ts';
import { textOf, WebSession } from '../../../test/helpers/web-session.ts';
import { grantRole } from '../../actions/people/people.ts';
import { completeService } from '../../domain/service/service-fixture.ts';
import { completeChannel } from '../../domain/channel/channel-fixture.ts';

let t: TestApp;
let web: WebSession;
let org: string;
let system: string;
let serviceId: string;
let channelId: string;

async function api(method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown, ifMatch?: string) {
  const response = await t.app.inject({ method, url, headers: { authorization: `Bearer ${system}`, ...(ifMatch ? { 'if-match': ifMatch } : {}) }, ...(payload !== undefined ? { payload: payload as object } : {}) });
  return { status: response.statusCode, body: response.json() };
}

const tagOf = (html: string) => /name="versionTag" value="([^"]+)"/.exec(html)![1]!.replace(/&quot;/g, '"');
const dialog = () => `/editor/services/${serviceId}/connections/${channelId}`;
const saved = async () => ((await api('GET', `/api/v1/services/${serviceId}/connections`)).body as { channelId: string }[]).find((c) => c.channelId === channelId) as Record<string, unknown> | undefined;

before(async () => {
  t = await openTestApp();
  system = await tokenFor(t.app, t.ctx, null);
  org = (await api('POST', '/api/v1/organizations', { type: 'Organization', languages: ['fi'], name: { fi: 'Liikuntaseura ry' } })).body.id;
  await grantRole(t.ctx, { email: 'seura@example.fi', password: 'seuran salasana on pitkä', organizationId: org, role: 'maintainer' });
  const createdService = (
    await api(
      'POST',
      '/api/v1/services',
      completeService({ languages: ['fi', 'sv'], name: { fi: 'Sählykurssi', sv: 'Innebandykurs' }, mainResponsibleOrganizationId: org, ontologyTerms: ['p13050'], otherResponsibleOrganizationIds: [], producers: [{ provisionType: 'SelfProduced', organizationIds: [org] }] }),
    )
  ).body;
  assert.ok(createdService.id, JSON.stringify(createdService));
  serviceId = createdService.id;
  channelId = (await api('POST', '/api/v1/channels', completeChannel('ServiceLocation', { organizationId: org, languages: ['fi'], name: { fi: 'Koulun liikuntasali' } }))).body.id;
  web = new WebSession(t.app);
  await web.signIn('seura@example.fi', 'seuran salasana on pitkä');
});
after(async () => {
  await t.close();
});

test('the connection dialog: course hours, the instructor by title, a charge, in the languages of the service', async () => {
  const page = await web.get(dialog());
  assert.equal(page.status, 200, `${serviceId} ${channelId} ${textOf(page.body).slice(0, 800)}`);
  const text = textOf(page.body);
  assert.match(text, /Yhteystiedot tässä kanavassa/);
  assert.match(text, /Palveluajat/);
  assert.match(page.body, /id="description.sv"/, 'a description per language version of the service');
  assert.doesNotMatch(page.body, /id="description.en"/, 'not for a language the service does not have');
  const answer = await web.post(dialog(), {
    versionTag: tagOf(page.body),
    'description.fi': 'Kurssi koulun liikuntasalissa tiistaisin.',
    'description.sv': 'Kursen i skolans gymnastiksal på tisdagar.',
    chargeType: 'Charged',
    'chargeInfo.fi': 'Kausimaksu 40 euroa.',
    'phones[0].prefix': '+358',
    'phones[0].number': '40 123 4567',
    'phones[0].additionalInfo': 'Kurssin ohjaaja',
    'phones[0].lang': '',
    'emails[0].email': '',
    'emails[0].description': '',
    'serviceHours.kind': 'weekly',
    'serviceHours.regular[0].days.tuesday[0].start': '17:00',
    'serviceHours.regular[0].days.tuesday[0].end': '18:30',
    'serviceHours.exceptions[0].from': '2027-02-23',
    'serviceHours.exceptions[0].to': '',
    'serviceHours.exceptions[0].closed': '1',
    'serviceHours.exceptions[0].additionalInfo.fi': 'Talviloma',
  });
  assert.equal(answer.status, 303, textOf(answer.body).slice(0, 2000));
  const connection = await saved();
  assert.ok(connection, 'the channel is connected');
  assert.deepEqual(connection.description, { fi: 'Kurssi koulun liikuntasalissa tiistaisin.', sv: 'Kursen i skolans gymnastiksal på tisdagar.' });
  assert.equal(connection.chargeType, 'Charged');
  assert.deepEqual(connection.phones, [{ prefix: '+358', number: '40 123 4567', additionalInfo: 'Kurssin ohjaaja' }]);
  assert.equal(connection.emails, undefined, 'the empty e-mail row is not saved');
  assert.deepEqual(connection.serviceHours, { regular: [{ kind: 'weekly', days: { tuesday: [{ start: '17:00', end: '18:30' }] } }], exceptions: [{ from: '2027-02-23', closed: true, additionalInfo: { fi: 'Talviloma' } }] });

  const list = await web.get(`/editor/services/${serviceId}/connections`);
  assert.match(textOf(list.body), /Kurssi koulun liikuntasalissa tiistaisin/, 'the list shows the description');
  const again = await web.get(dialog());
  assert.match(again.body, /name="phones\[0\].additionalInfo" value="Kurssin ohjaaja"/, 'the saved contact is shown');
  assert.match(again.body, /name="phones\[1\].number" value=""/, 'with an empty row for another');
  assert.match(again.body, /name="serviceHours.regular\[0\].days.tuesday\[0\].end" value="18:30"/);
});

test('the connection dialog keeps the input and names the field when something is wrong', async () => {
  const page = await web.get(dialog());
  const before = await saved();
  const answer = await web.post(dialog(), {
    versionTag: tagOf(page.body),
    'description.fi': 'Uusi kuvaus',
    'phones[0].prefix': '+358',
    'phones[0].number': '040 123 4567',
    'phones[0].additionalInfo': 'Ohjaaja',
    'emails[0].email': 'ei-osoite',
    'serviceHours.kind': 'weekly',
    'serviceHours.regular[0].days.tuesday[0].start': '18:00',
    'serviceHours.regular[0].days.tuesday[0].end': '17:00',
    'serviceHours.regular[0].days.tuesday[1].start': '17:30',
    'serviceHours.regular[0].days.tuesday[1].end': '17:45',
  });
  assert.equal(answer.status, 400);
  assert.match(answer.body, /<a href="#phones\[0\].number">Kun maatunnus on \+358, numero annetaan ilman alun nollaa/);
  assert.match(answer.body, /<a href="#emails\[0\].email">Sähköpostiosoite ei kelpaa/);
  assert.match(answer.body, /name="description.fi"[^>]*>Uusi kuvaus</, 'the description typed is kept');
  assert.match(answer.body, /name="emails\[0\].email" value="ei-osoite"/, 'the e-mail typed is kept');
  assert.deepEqual(await saved(), before, 'nothing was saved');
});
