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

async function api(method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown, ifMatch?: string) {
  const response = await t.app.inject({ method, url, headers: { authorization: `Bearer ${system}`, ...(ifMatch ? { 'if-match': ifMatch } : {}) }, ...(payload !== undefined ? { payload: payload as object } : {}) });
  return { status: response.statusCode, body: response.json() };
}

/** The form of a Finnish service as the editor posts it. */
const form = (overrides: Record<string, string | null> = {}) => ({
  languages: 'fi',
  'name.fi': 'Sählykerho',
  'summary.fi': 'Lapset pelaavat sählyä ohjaajan kanssa.',
  'description.fi': 'Kerho kokoontuu koulun liikuntasalissa tiistaisin.',
  'keywords.fi': 'sähly, kerho',
  type: 'Service',
  fundingType: 'Private',
  chargeType: 'Free',
  mainResponsibleOrganizationId: org,
  areaType: 'LimitedType',
  areas: 'Municipality:638',
  targetGroups: 'KR1.2',
  serviceClasses: 'P27.4',
  ontologyAdd: '',
  ...overrides,
});

/** Posts the form; lists repeat a field, like ticked checkboxes. */
async function postForm(url: string, fields: Record<string, string | null>, repeated: Record<string, string[]> = {}) {
  return web.post(url, { ...fields, ...repeated });
}

before(async () => {
  t = await openTestApp();
  system = await tokenFor(t.app, t.ctx, null);
  const created = await api('POST', '/api/v1/organizations', { type: 'Organization', languages: ['fi'], name: { fi: 'Porvoon Salibandyseura ry' }, summary: { fi: 'Seura järjestää salibandyä lapsille.' } });
  org = created.body.id;
  await api('POST', `/api/v1/organizations/${org}/publish`, { languages: ['fi'] }, created.body.versionTag);
  await grantRole(t.ctx, { email: 'lomake@example.fi', password: 'lomakkeen salasana', organizationId: org, role: 'maintainer' });
  web = new WebSession(t.app);
  await web.signIn('lomake@example.fi', 'lomakkeen salasana');
});
after(async () => {
  await t.close();
});

test('the new-service form shows the pickers with their guidance and the markers of what publishing requires', async () => {
  const page = await web.get('/editor/services/new');
  assert.equal(page.status, 200);
  const text = textOf(page.body);
  assert.match(text, /Uusi palvelu/);
  assert.match(text, /Valitse Kansalaiset vain, jos mikään alakohderyhmä ei sovi/);
  assert.match(text, /Asuminen \(\d+\)/, 'main classes with their number of sub-classes');
  assert.match(text, /Järjestöjen palveluissa valitaan "Yksityinen rahoitus"/);
  assert.match(text, /Palvelun nimi \(pakollinen julkaistaessa\)/);
  assert.match(page.body, /id="summary.fi"[^>]*maxLength="150"|maxLength="150"[^>]*id="summary.fi"/i, 'the limit is on the field');
  assert.match(page.body, /id="fundingType-Private"[^>]*checked=""/, 'NGO services are privately funded by default');
});

test('a service is created from the form, a typed ontology term is looked up, and errors come back at their fields', async () => {
  const refused = await postForm('/editor/services/new', form({ 'name.fi': 'x'.repeat(101) }));
  assert.equal(refused.status, 400);
  assert.match(refused.body, /<a href="#name.fi">/, 'the summary links to the field');
  assert.match(refused.body, /Sählykerho|x{101}/, 'what was typed is kept');

  const notFound = await postForm('/editor/services/new', form({ ontologyAdd: 'qqqzzzxxy' }));
  assert.equal(notFound.status, 400);
  assert.match(textOf(notFound.body), /Asiasanaa "qqqzzzxxy" ei löytynyt/);

  const created = await postForm('/editor/services/new', form({ ontologyAdd: 'salibandy', languages: null, 'name.sv': 'Innebandyklubb', 'summary.sv': 'Barn spelar innebandy med en ledare.', 'description.sv': 'Klubben träffas i skolans gymnastiksal på tisdagar.' }), { languages: ['fi', 'sv'] });
  assert.equal(created.status, 303, created.body.slice(0, 2000));
  const id = created.location!.split('/').pop()!;
  const saved = await api('GET', `/api/v1/services/${id}/working-copy`);
  assert.equal(saved.body.content.name.fi, 'Sählykerho');
  assert.deepEqual(saved.body.content.languages, ['fi', 'sv'], 'ticked checkboxes arrive as a list');
  assert.equal(saved.body.content.name.sv, 'Innebandyklubb');
  assert.deepEqual(saved.body.content.keywords, { fi: ['sähly', 'kerho'] });
  assert.equal(saved.body.content.ontologyTerms.length, 1, JSON.stringify(saved.body.content.ontologyTerms));
  assert.deepEqual(saved.body.content.producers, [{ provisionType: 'SelfProduced', organizationIds: [org] }]);
  const page = await web.get(created.location!);
  assert.match(textOf(page.body), /Palvelu tallennettiin luonnoksena/);
  assert.match(textOf(page.body), /salibandy/i, 'the chosen term is a chip');
});

test('a save over a newer version is refused, shows what changed meanwhile and keeps what the user typed', async () => {
  const created = await postForm('/editor/services/new', form({ 'name.fi': 'Kesäleiri' }), { ontologyTerms: ['p13050'] });
  const id = created.location!.split('/').pop()!;
  const loaded = await web.get(`/editor/services/${id}`);
  const tag = /name="versionTag" value="([^"]+)"/.exec(loaded.body)![1]!.replace(/&quot;/g, '"');
  const loadedVersion = /name="loadedVersion" value="([^"]+)"/.exec(loaded.body)![1]!;

  const current = await api('GET', `/api/v1/services/${id}/working-copy`);
  const other = await api('PUT', `/api/v1/services/${id}`, { ...current.body.content, description: { fi: 'Toinen ylläpitäjä muutti kuvausta.' } }, current.body.versionTag);
  assert.equal(other.status, 200);

  const conflict = await postForm(`/editor/services/${id}`, { ...form({ 'name.fi': 'Kesäleiri lapsille' }), versionTag: tag, loadedVersion }, { ontologyTerms: ['p13050'] });
  assert.equal(conflict.status, 409);
  assert.match(textOf(conflict.body), /Joku muu tallensi palvelun sillä välin/);
  assert.match(textOf(conflict.body), /description/, 'the changed field is named');
  assert.match(conflict.body, /value="Kesäleiri lapsille"/, 'the input is kept');
  assert.equal((await api('GET', `/api/v1/services/${id}/working-copy`)).body.content.name.fi, 'Kesäleiri', 'nothing was overwritten');

  const newTag = /name="versionTag" value="([^"]+)"/.exec(conflict.body)![1]!.replace(/&quot;/g, '"');
  const again = await postForm(`/editor/services/${id}`, { ...form({ 'name.fi': 'Kesäleiri lapsille' }), versionTag: newTag }, { ontologyTerms: ['p13050'] });
  assert.equal(again.status, 303, 'saving again after seeing the changes works');
});

test('the publish dialog lists what blocks each language with links to the fields, and publishing makes the service public', async () => {
  const created = await postForm('/editor/services/new', form({ 'name.fi': 'Futsalvuoro', targetGroups: null }), { ontologyTerms: ['p13050'] });
  const id = created.location!.split('/').pop()!;
  const dialog = await web.get(`/editor/services/${id}/publish`);
  assert.match(textOf(dialog.body), /Ei voi julkaista, ennen kuin nämä on korjattu/);
  assert.match(dialog.body, new RegExp(`href="/editor/services/${id}#targetGroups">Kohderyhmä: Tieto puuttuu\\.</a>`), 'a link to the field, saying what is wrong in Finnish');
  const blocked = await postForm(`/editor/services/${id}/publish`, { languages: 'fi', when: 'now', versionTag: /name="versionTag" value="([^"]+)"/.exec(dialog.body)![1]!.replace(/&quot;/g, '"') });
  assert.equal(blocked.status, 400);

  const edit = await web.get(`/editor/services/${id}`);
  const tag = /name="versionTag" value="([^"]+)"/.exec(edit.body)![1]!.replace(/&quot;/g, '"');
  await postForm(`/editor/services/${id}`, { ...form({ 'name.fi': 'Futsalvuoro' }), versionTag: tag }, { ontologyTerms: ['p13050'] });
  const ready = await web.get(`/editor/services/${id}/publish`);
  assert.match(textOf(ready.body), /Valmis julkaistavaksi/);
  const published = await postForm(`/editor/services/${id}/publish`, { languages: 'fi', when: 'now', versionTag: /name="versionTag" value="([^"]+)"/.exec(ready.body)![1]!.replace(/&quot;/g, '"') });
  assert.equal(published.status, 303);
  const open = await t.app.inject({ method: 'GET', url: `/api/v1/services/${id}` });
  assert.equal(open.statusCode, 200);
  assert.equal(open.json().name.fi, 'Futsalvuoro');

  const history = await web.get(`/editor/services/${id}/history`);
  assert.match(textOf(history.body), /Julkaistu \(FI\)/);
  assert.match(textOf(history.body), /Luotu/);
});

test('archiving can be scheduled for a date and shows in the status; a past date is refused at the field', async () => {
  const created = await postForm('/editor/services/new', form({ 'name.fi': 'Syysleiri' }), { ontologyTerms: ['p13050'] });
  const id = created.location!.split('/').pop()!;
  const dialog = await web.get(`/editor/services/${id}/archive`);
  const tag = /name="versionTag" value="([^"]+)"/.exec(dialog.body)![1]!.replace(/&quot;/g, '"');
  const past = await postForm(`/editor/services/${id}/archive`, { when: 'later', date: '2020-01-01', time: '12:00', versionTag: tag });
  assert.equal(past.status, 400);
  assert.match(past.body, /<a href="#archiveDate">/);
  const scheduled = await postForm(`/editor/services/${id}/archive`, { when: 'later', date: '2026-12-31', time: '23:30', versionTag: tag });
  assert.equal(scheduled.status, 303);
  const page = await web.get(`/editor/services/${id}`);
  assert.match(textOf(page.body), /Arkistointi ajastettu 31\.12\.2026 klo 23\.30/);
});

test('organizing: other responsible organizations found from the third character, and the producers', async () => {
  const partner = await api('POST', '/api/v1/organizations', { type: 'Organization', languages: ['fi'], name: { fi: 'Porvoon kaupunki' }, summary: { fi: 'Kaupunki tarjoaa liikuntatiloja.' } });
  await api('POST', `/api/v1/organizations/${partner.body.id}/publish`, { languages: ['fi'] }, partner.body.versionTag);
  const short = await web.get('/editor/organization-suggestions?organizationAdd=Po');
  assert.match(textOf(short.body), /Kirjoita vähintään 3 merkkiä/, 'two characters find nothing yet');
  const suggestions = await web.get('/editor/organization-suggestions?organizationAdd=porvoon kau');
  assert.match(suggestions.body, new RegExp(`name="otherResponsibleOrganizationIds" value="${partner.body.id}"`), suggestions.body);
  assert.match(textOf(suggestions.body), /Porvoon kaupunki/);

  // without JavaScript: a name typed but not chosen is looked up on save; an unclear one asks to choose
  const unclear = await postForm('/editor/services/new', form({ organizingShown: '1', selfProduced: '1', organizationAdd: 'Porvoon' }));
  assert.equal(unclear.status, 400);
  assert.match(textOf(unclear.body), /Valitse organisaatio ehdotuksista/);
  assert.match(unclear.body, new RegExp(`id="suggested-org-${partner.body.id}"`), 'the candidates are offered');
  assert.match(unclear.body, /name="organizationAdd"[^>]*value="Porvoon"|value="Porvoon"[^>]*name="organizationAdd"/, 'the typed text is kept');

  const created = await postForm('/editor/services/new', form({ organizingShown: '1', selfProduced: '1', organizationAdd: 'Porvoon kaupunki', 'otherProducer.fi': 'Vapaaehtoiset valmentajat' }));
  assert.equal(created.status, 303, textOf(created.body).slice(0, 1500));
  const id = created.location!.split('/').pop()!;
  const saved = (await api('GET', `/api/v1/services/${id}/working-copy`)).body.content;
  assert.deepEqual(saved.otherResponsibleOrganizationIds, [partner.body.id], 'the exact name joined');
  assert.deepEqual(saved.producers, [
    { provisionType: 'SelfProduced', organizationIds: [org] },
    { provisionType: 'Other', additionalInfo: { fi: 'Vapaaehtoiset valmentajat' } },
  ]);
  const page = await web.get(created.location!);
  assert.match(page.body, new RegExp(`id="org-${partner.body.id}"[^>]*checked`), 'the chosen organization is a ticked chip');
  assert.match(page.body, /name="otherProducer.fi"[^>]*value="Vapaaehtoiset valmentajat"|value="Vapaaehtoiset valmentajat"[^>]*name="otherProducer.fi"/);

  // unticking the chip and self-production, naming a purchase instead
  const tag = /name="versionTag" value="([^"]+)"/.exec(page.body)![1]!.replace(/&quot;/g, '"');
  const edited = await postForm(created.location!, form({ versionTag: tag, organizingShown: '1', 'purchasedFrom.fi': 'Liikuntapalvelu Oy' }));
  assert.equal(edited.status, 303, textOf(edited.body).slice(0, 1500));
  const after = (await api('GET', `/api/v1/services/${id}/working-copy`)).body.content;
  assert.equal(after.otherResponsibleOrganizationIds, undefined);
  assert.deepEqual(after.producers, [{ provisionType: 'PurchasedServices', additionalInfo: { fi: 'Liikuntapalvelu Oy' } }]);
});

test('acts, service vouchers and, for services to businesses, industrial classes', async () => {
  const newForm = await web.get('/editor/services/new');
  assert.doesNotMatch(newForm.body, /name="industrialClasses"/, 'industrial classes only for services to businesses');
  const refused = await postForm('/editor/services/new', form({ legalShown: '1', 'legislation[0].name.fi': 'Liikuntalaki (390/2015)', 'legislation[0].url.fi': '', 'vouchers[0].name.fi': 'Liikuntaseteli' }));
  assert.equal(refused.status, 400);
  assert.match(refused.body, /<a href="#legislation\[0\].url">/, 'an act needs its address');
  assert.match(refused.body, /id="legislation\[0\].url"/, 'the link target exists');
  assert.match(textOf(refused.body), /Valitse ”Palvelun voi ostaa palvelusetelillä”/, 'vouchers need the voucher choice');
  assert.match(refused.body, /name="legislation\[0\].name.fi"[^>]*value="Liikuntalaki \(390\/2015\)"/, 'the input is kept');

  const created = await postForm(
    '/editor/services/new',
    form({ legalShown: '1', 'legislation[0].name.fi': 'Liikuntalaki (390/2015)', 'legislation[0].url.fi': 'https://www.finlex.fi/fi/laki/ajantasa/2015/20150390', vouchersInUse: '1', 'vouchers[0].name.fi': 'Liikuntaseteli', 'vouchers[0].url.fi': 'https://example.fi/seteli', targetGroups: null }),
    { targetGroups: ['KR1.2', 'KR2'], industrialClasses: ['93120'] },
  );
  assert.equal(created.status, 303, textOf(created.body).slice(0, 1500));
  const id = created.location!.split('/').pop()!;
  const saved = (await api('GET', `/api/v1/services/${id}/working-copy`)).body.content;
  assert.deepEqual(saved.legislation, [{ name: { fi: 'Liikuntalaki (390/2015)' }, url: { fi: 'https://www.finlex.fi/fi/laki/ajantasa/2015/20150390' } }]);
  assert.equal(saved.vouchersInUse, true);
  assert.deepEqual(saved.vouchers, [{ name: { fi: 'Liikuntaseteli' }, url: { fi: 'https://example.fi/seteli' } }]);
  assert.deepEqual(saved.industrialClasses, ['93120']);
  const page = await web.get(created.location!);
  assert.match(page.body, /<option value="93120" selected="">93120 /, 'the chosen industrial class is selected');
  assert.match(page.body, /name="legislation\[1\].name.fi"/, 'an empty row for another act');
});
