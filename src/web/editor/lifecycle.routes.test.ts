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

type Answer = { status: number; body: Record<string, unknown> & { id: string; versionTag: string } };

async function api(method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown, ifMatch?: string): Promise<Answer> {
  const response = await t.app.inject({ method, url, headers: { authorization: `Bearer ${system}`, ...(ifMatch ? { 'if-match': ifMatch } : {}) }, ...(payload !== undefined ? { payload: payload as object } : {}) });
  return { status: response.statusCode, body: response.json() };
}

const LONG = 'Kerho kokoontuu koulun liikuntasalissa tiistaisin, ja mukaan voi tulla kesken kauden. '.repeat(3);

const service = (overrides: Parameters<typeof completeService>[0] = {}) =>
  completeService({
    languages: ['fi'],
    name: { fi: 'Sählykerho' },
    summary: { fi: 'Lapset pelaavat sählyä ohjaajan kanssa.' },
    description: { fi: LONG },
    legislation: [],
    mainResponsibleOrganizationId: org,
    otherResponsibleOrganizationIds: [],
    producers: [{ provisionType: 'SelfProduced', organizationIds: [org] }],
    areas: [{ type: 'Municipality', code: '638' }],
    serviceClasses: ['P27.4'],
    ontologyTerms: ['p13050'],
    keywords: { fi: ['sähly'] },
    lifeEvents: [],
    ...overrides,
  });

/** The version tag the page was loaded with, as the browser would post it. */
const tagOf = (html: string) => /name="versionTag" value="([^"]+)"/.exec(html)![1]!.replace(/&quot;/g, '"');

before(async () => {
  t = await openTestApp();
  system = await tokenFor(t.app, t.ctx, null);
  const created = await api('POST', '/api/v1/organizations', { type: 'Organization', languages: ['fi'], name: { fi: 'Historiayhdistys ry' }, summary: { fi: 'Yhdistys kuvaa palvelunsa.' } });
  org = created.body.id;
  await api('POST', `/api/v1/organizations/${org}/publish`, { languages: ['fi'] }, created.body.versionTag);
  await grantRole(t.ctx, { email: 'historia@example.fi', password: 'historian salasana pitkä', organizationId: org, role: 'maintainer' });
  web = new WebSession(t.app);
  await web.signIn('historia@example.fi', 'historian salasana pitkä');
});
after(async () => {
  await t.close();
});

test('the history says what changed: texts old → new, long texts behind a disclosure, named classes, statuses and connections', async () => {
  const created = await api('POST', '/api/v1/services', service());
  const id = created.body.id;
  const edited = await api('PUT', `/api/v1/services/${id}`, service({ name: { fi: 'Salibandykerho' }, description: { fi: `${LONG}Uutta: myös aikuisille.` }, serviceClasses: ['P27.4', 'P1.1'], keywords: { fi: ['sähly', 'salibandy'] }, fundingType: 'Public' }), created.body.versionTag);
  assert.equal(edited.status, 200, JSON.stringify(edited.body));
  const published = await api('POST', `/api/v1/services/${id}/publish`, { languages: ['fi'] }, edited.body.versionTag);
  assert.equal(published.status, 200, JSON.stringify(published.body));
  const channel = await api('POST', '/api/v1/channels', completeChannel('WebPage', { organizationId: org, languages: ['fi'], name: { fi: 'Seuran kotisivu' }, summary: { fi: 'Seuran tiedot verkossa.' }, url: { fi: 'https://example.fi/seura' } }));
  const connected = await api('PUT', `/api/v1/services/${id}/connections/${channel.body.id}`, {}, published.body.versionTag);
  assert.equal(connected.status, 200, JSON.stringify(connected.body));
  const again = await api('PUT', `/api/v1/services/${id}/connections/${channel.body.id}`, { description: { fi: 'Ilmoittaudu sivulla.' } }, connected.body.versionTag);
  await api('DELETE', `/api/v1/services/${id}/connections/${channel.body.id}`, undefined, again.body.versionTag);

  const page = await web.get(`/editor/services/${id}/history`);
  assert.equal(page.status, 200);
  const text = textOf(page.body);
  assert.match(text, /Palvelun nimi \(FI\) Ennen: Sählykerho → Jälkeen: Salibandykerho/, text.slice(0, 3000));
  assert.match(text, /Kuvaus \(FI\) Teksti muuttui – näytä vanha ja uusi teksti/, 'the long description is behind a disclosure');
  assert.match(page.body, /<details>[\s\S]*?Uutta: myös aikuisille\.[\s\S]*?<\/details>/, 'the new text is in the disclosure');
  assert.match(text, /Palveluluokat Lisätty: Vuokra-asuminen\./, 'the added service class by name');
  assert.match(text, /Vapaat asiasanat \(FI\) Lisätty: salibandy\./, 'the added keyword');
  assert.match(text, /Rahoitustyyppi Ennen: Yksityinen rahoitus \(myös järjestöjen palvelut\) → Jälkeen: Julkinen rahoitus/, 'the funding type in words');
  assert.match(text, /Julkaistu \(FI\).*Tila: Suomi Ennen: Luonnos → Jälkeen: Julkaistu/, 'the status change in words');
  assert.match(text, /Liitos poistettu: Seuran kotisivu/, 'the removed connection names the channel');
  assert.match(text, /Liitoksen lisätietoja muutettu: Seuran kotisivu/, 'the second write changed the details');
  assert.match(text, /Liitetty kanavaan Seuran kotisivu/, 'the first write connected');
  assert.match(text, /Luotu/, 'the creation is listed');
  assert.ok(text.indexOf('Liitos poistettu') < text.indexOf('Luotu'), 'newest first');

  const channelPage = await web.get(`/editor/channels/${channel.body.id}/history`);
  assert.equal(channelPage.status, 200);
  const channelText = textOf(channelPage.body);
  assert.match(channelText, /Liitoshistoria/, 'a channel shows its connection history');
  assert.match(channelText, /Salibandykerho Liitos poistettu/, 'the disconnection by service name');
  assert.equal(channelText.match(/Salibandykerho Liitetty/g)?.length, 2, 'both connecting writes are listed');
  assert.match(channelPage.body, /<caption class="visually-hidden">Liitoshistoria<\/caption>/, 'the table has a caption');

  const swedish = textOf((await web.get(`/editor/services/${id}/history?lang=sv`)).body);
  assert.match(swedish, /Kopplingen borttagen: Seuran kotisivu/, 'the history speaks Swedish');
  assert.match(swedish, /Tjänstens namn \(FI\) Före: Sählykerho → Efter: Salibandykerho/, 'labels in Swedish');
  await web.get(`/editor/services/${id}/history?lang=fi`);
});

test('scheduled publishing shows in the history with its time, languages, state and who scheduled it', async () => {
  const created = await api('POST', '/api/v1/services', service({ name: { fi: 'Syksyn kerho' } }));
  const dialog = await web.get(`/editor/services/${created.body.id}/publish`);
  const scheduled = await web.post(`/editor/services/${created.body.id}/publish`, { languages: 'fi', when: 'later', date: '2026-08-31', time: '09:00', versionTag: tagOf(dialog.body) });
  assert.equal(scheduled.status, 303, scheduled.body.slice(0, 1000));
  const page = await web.get(`/editor/services/${created.body.id}/history`);
  assert.match(textOf(page.body), /Ajastukset Ajankohta Toiminto Tilanne Ajastaja 31\.8\.2026 klo 9\.00\.00 Julkaisu \(FI\) Odottaa/, textOf(page.body).slice(-800));
  assert.match(page.body, /<caption class="visually-hidden">Ajastukset<\/caption>/, 'the table has a caption');
});

test('industrial classes and target groups of a service to businesses are named in the history', async () => {
  const created = await api('POST', '/api/v1/services', service({ name: { fi: 'Yrityskerho' } }));
  const edited = await api('PUT', `/api/v1/services/${created.body.id}`, service({ name: { fi: 'Yrityskerho' }, targetGroups: ['KR2'], industrialClasses: ['86210'] }), created.body.versionTag);
  assert.equal(edited.status, 200, JSON.stringify(edited.body));
  const text = textOf((await web.get(`/editor/services/${created.body.id}/history`)).body);
  assert.match(text, /Toimialaluokat Lisätty: Terveyskeskus- ja vastaavat yleislääkäripalvelut\./, 'the TOL class by name');
  assert.match(text, /Kohderyhmä Lisätty: Yritykset ja yhteisöt\. Poistettu: Lapset ja lapsiperheet\./, text.slice(0, 2500));
});

test('a history of another organization is not shown', async () => {
  const otherOrg = (await api('POST', '/api/v1/organizations', { type: 'Organization', languages: ['fi'], name: { fi: 'Toinen ry' } })).body.id;
  const theirs = await api('POST', '/api/v1/services', service({ mainResponsibleOrganizationId: otherOrg, producers: [{ provisionType: 'SelfProduced', organizationIds: [otherOrg] }] }));
  assert.equal((await web.get(`/editor/services/${theirs.body.id}/history`)).status, 404, 'drafts of others stay theirs');
});

test('published language versions are withdrawn to drafts after a confirmation', async () => {
  const created = await api('POST', '/api/v1/services', service({ name: { fi: 'Peruttava kerho' } }));
  const id = created.body.id;
  await api('POST', `/api/v1/services/${id}/publish`, { languages: ['fi'] }, created.body.versionTag);
  const dialog = await web.get(`/editor/services/${id}/publish`);
  assert.match(textOf(dialog.body), /Palauta luonnokseksi .*Palautettavat kieliversiot Suomi \(Julkaistu\)/, 'the published language can be chosen');

  const none = await web.post(`/editor/services/${id}/withdraw`, { versionTag: tagOf(dialog.body) });
  assert.equal(none.status, 400);
  assert.match(none.body, /<a href="#withdrawLanguages">Valitse vähintään yksi kieliversio\.<\/a>/, 'the error links to the languages');

  const confirm = await web.post(`/editor/services/${id}/withdraw`, { versionTag: tagOf(dialog.body), languages: 'fi' });
  assert.equal(confirm.status, 200);
  const confirmText = textOf(confirm.body);
  assert.match(confirmText, /Palautetaanko luonnokseksi\?/, 'a confirmation comes first');
  assert.match(confirmText, /poistuvat julkisesta käytöstä heti: Suomi/, 'it names the language and what happens');
  assert.match(confirmText, /Tiedot säilyvät luonnoksena/, 'it says the content stays as a draft');
  assert.equal((await t.app.inject({ method: 'GET', url: `/api/v1/services/${id}` })).statusCode, 200, 'nothing is withdrawn before confirming');

  const done = await web.post(`/editor/services/${id}/withdraw`, { versionTag: tagOf(confirm.body), languages: 'fi', confirm: '1' });
  assert.equal(done.status, 303, done.body.slice(0, 1000));
  assert.match(textOf((await web.follow(done)).body), /Palautettu luonnokseksi: FI\./, 'a success notice');
  assert.equal((await t.app.inject({ method: 'GET', url: `/api/v1/services/${id}` })).statusCode, 404, 'the service left the open API');
  assert.deepEqual((await api('GET', `/api/v1/services/${id}/working-copy`)).body.languageStatus, { fi: 'draft' }, 'the Finnish version is a draft again');
  const history = textOf((await web.get(`/editor/services/${id}/history`)).body);
  assert.match(history, /Palautettu luonnokseksi \(FI\).*Tila: Suomi Ennen: Julkaistu → Jälkeen: Luonnos/, 'the history tells the withdrawal');
  const after = await web.get(`/editor/services/${id}/publish`);
  assert.doesNotMatch(textOf(after.body), /Palautettavat kieliversiot/, 'nothing is left to withdraw');
  const twice = await web.post(`/editor/services/${id}/withdraw`, { versionTag: tagOf(after.body), languages: 'fi', confirm: '1' });
  assert.equal(twice.status, 409, 'a draft cannot be withdrawn');
  assert.match(textOf(twice.body), /Valittu kieliversio ei ole enää julkaistu/, 'the notice says why');
});

test('withdrawing with a stale version tag is refused with a notice and changes nothing', async () => {
  const created = await api('POST', '/api/v1/services', service({ name: { fi: 'Kiistelty kerho' } }));
  const id = created.body.id;
  const published = await api('POST', `/api/v1/services/${id}/publish`, { languages: ['fi'] }, created.body.versionTag);
  const dialog = await web.get(`/editor/services/${id}/publish`);
  await api('PUT', `/api/v1/services/${id}`, service({ name: { fi: 'Kiistelty kerho' }, summary: { fi: 'Joku muu muutti tiivistelmää.' } }), published.body.versionTag);
  const refused = await web.post(`/editor/services/${id}/withdraw`, { versionTag: tagOf(dialog.body), languages: 'fi', confirm: '1' });
  assert.equal(refused.status, 409);
  assert.match(textOf(refused.body), /Joku muu muutti sisältöä sillä välin/, 'the conflict notice');
  assert.equal((await t.app.inject({ method: 'GET', url: `/api/v1/services/${id}` })).statusCode, 200, 'still published');
});
