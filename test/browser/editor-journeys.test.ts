/**
 * The editor's journeys in a real browser (Debian Chromium), on the demo catalogue. Each ends with
 * a screenshot in test-results/, and the pages on the way are checked with axe.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { openTestApp, type TestApp } from '../helpers/test-app.ts';
import { axeViolations, browserMissing, describeViolations, launchBrowser, listen, screenshot } from '../helpers/browser.ts';
import { seedDemoCatalogue } from '../../src/actions/demo/seed-demo-catalogue.ts';
import { organizationId } from '../../src/actions/demo/demo-model.ts';
import { grantRole } from '../../src/actions/people/people.ts';
import { createEntity } from '../../src/actions/catalogue/entity-lifecycle.ts';
import { serviceRules } from '../../src/actions/catalogue/resources.ts';
import { SYSTEM_ACTOR } from '../../src/actions/context.ts';
import { startWorker } from '../../src/jobs/definitions.ts';
import { completeService } from '../../src/domain/service/service-fixture.ts';

const skip = browserMissing();
let t: TestApp;
let browser: Browser;
let base: string;
let serviceUrl: string;
const PASSWORD = 'matkan salasana on pitkä';

before(async () => {
  if (skip) return;
  t = await openTestApp();
  await seedDemoCatalogue(t.ctx);
  await grantRole(t.ctx, { email: 'ohjaaja@liikunta.example', password: PASSWORD, organizationId: organizationId('sports'), role: 'maintainer' });
  await grantRole(t.ctx, { email: 'liitto@jarjesto.example', password: PASSWORD, organizationId: organizationId('federation'), role: 'mainUser' });
  base = await listen(t);
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await t?.close();
});

async function expectAccessible(page: Page, name: string) {
  const violations = await axeViolations(page);
  assert.equal(violations.length, 0, `${name} (${page.url()}):\n${describeViolations(violations)}`);
}

async function signedIn(email: string): Promise<Page> {
  const context = await browser.newContext({ bypassCSP: true, locale: 'fi-FI' });
  const page = await context.newPage();
  await page.goto(`${base}/sign-in`);
  await page.getByLabel('Sähköpostiosoite').fill(email);
  await page.getByLabel('Salasana').fill(PASSWORD);
  await page.getByRole('button', { name: 'Kirjaudu sisään' }).click();
  await page.waitForURL(`${base}/editor`);
  return page;
}

const byId = (page: Page, id: string) => page.locator(`[id="${id}"]`);

test('1. an NGO maintainer creates a service, connects the city school gym found by its address with course hours and an instructor title, publishes fi and sv, and the open API shows it', { skip }, async () => {
  const page = await signedIn('ohjaaja@liikunta.example');
  await page.goto(`${base}/editor/services/new`);
  await expectAccessible(page, 'service-new');
  assert.equal(await byId(page, 'lang-sv').isVisible(), false, 'the language tabs show only the chosen language versions');
  await byId(page, 'languages-sv').check();
  assert.ok(await byId(page, 'lang-sv').isVisible(), 'choosing Swedish opens its tab');
  await page.getByRole('tab', { name: /Suomi/ }).click();
  await byId(page, 'name.fi').fill('Salibandykurssi lapsille');
  await byId(page, 'summary.fi').fill('Lapset oppivat salibandyn perustaidot ohjatulla kurssilla.');
  await byId(page, 'description.fi').fill('Kurssilla harjoitellaan syöttöjä, laukauksia ja pelaamista joukkueena. Mukaan tarvitaan sisäpelikengät ja juomapullo.');
  await page.getByRole('tab', { name: /Suomi/ }).press('ArrowRight');
  assert.equal(await page.getByRole('tab', { name: /Ruotsi/ }).getAttribute('aria-selected'), 'true', 'arrow keys move between the language tabs');
  await byId(page, 'name.sv').fill('Innebandykurs för barn');
  await byId(page, 'summary.sv').fill('Barnen lär sig grunderna i innebandy på en ledd kurs.');
  await byId(page, 'description.sv').fill('På kursen övar vi passningar, skott och lagspel. Ta med inneskor och vattenflaska.');
  await page.getByLabel('Maksuton').check();
  await page.getByLabel('Rajattu alue').check();
  await byId(page, 'areas-Municipality').selectOption({ label: 'Porvoo' });
  await byId(page, 'targetGroups-KR1.2').check();
  // the class tree filtered by a word opens the main class of the matches
  await byId(page, 'serviceClasses-filter').fill('liikunta');
  await byId(page, 'serviceClasses-P27.4').check();
  assert.equal(await page.getByText('Asuminen (', { exact: false }).first().isVisible(), false, 'main classes without a match are hidden');
  await byId(page, 'ontologyAdd').pressSequentially('salibandy');
  await page.locator('#ontology-suggestions input[type=checkbox]').first().waitFor();
  await page.locator('#ontology-suggestions input[type=checkbox]').first().check();
  await page.getByRole('button', { name: 'Luo luonnos' }).click();
  await page.waitForURL(/\/editor\/services\/[0-9a-f-]{36}$/);
  serviceUrl = page.url();
  assert.match(await page.locator('main').innerText(), /Palvelu tallennettiin luonnoksena/);

  await page.getByRole('link', { name: 'Liitokset' }).click();
  await page.getByLabel('Haku osoitteella').check();
  await page.getByLabel('Hakusanat').fill('Aleksanterinkatu 12');
  await page.getByRole('button', { name: 'Hae', exact: true }).click();
  await page.waitForURL(/searchType=address/);
  await expectAccessible(page, 'connections-search');
  await screenshot(page, 'journey-1-connections-search');
  await page.locator('.results li', { hasText: 'Keskuskoulun liikuntasali' }).getByRole('link', { name: /Liitä palveluun/ }).click();
  await byId(page, 'description.fi').fill('Kurssit koulun liikuntasalissa tiistaisin klo 17–18, ohjaajana kurssin vetäjä.');
  await byId(page, 'description.sv').fill('Kurser i skolans gymnastiksal tisdagar kl. 17–18, ledare: kursledaren.');
  // the course hours and the instructor, by title, in the connection's own details
  await byId(page, 'serviceHours.kind-weekly').check();
  await byId(page, 'serviceHours.regular[0].days.tuesday[0].start').fill('17:00');
  await byId(page, 'serviceHours.regular[0].days.tuesday[0].end').fill('18:00');
  await byId(page, 'phones[0].number').fill('40 123 4567');
  await byId(page, 'phones[0].additionalInfo').fill('Kurssin ohjaaja');
  await expectAccessible(page, 'connection-dialog');
  await page.getByRole('button', { name: 'Liitä palveluun' }).click();
  await page.waitForURL(/\/connections$/);
  assert.match(await page.locator('main').innerText(), /Keskuskoulun liikuntasali[\s\S]*tiistaisin klo 17–18/);

  await page.getByRole('link', { name: 'Julkaisu' }).click();
  await expectAccessible(page, 'publish-dialog');
  const dialog = await page.locator('main').innerText();
  assert.ok(await byId(page, 'publish-fi').isChecked(), `a ready language is ticked:\n${dialog}`);
  assert.ok(await byId(page, 'publish-sv').isChecked(), `a ready language is ticked:\n${dialog}`);
  await page.getByRole('button', { name: 'Julkaise', exact: true }).click();
  await page.waitForURL(serviceUrl);
  assert.match(await page.locator('main').innerText(), /Julkaistu: FI, SV/);

  const id = serviceUrl.split('/').pop()!;
  const open = (await (await fetch(`${base}/api/v1/services/${id}`)).json()) as { name: Record<string, string> };
  assert.equal(open.name.fi, 'Salibandykurssi lapsille');
  assert.equal(open.name.sv, 'Innebandykurs för barn');
  assert.match(JSON.stringify(open), /tiistaisin klo 17–18/, 'the connection and its additional info are public');
  const connection = (open as unknown as { channels: { serviceHours?: { regular: { days: Record<string, unknown> }[] } }[] }).channels[0]!;
  assert.deepEqual(connection.serviceHours?.regular[0]?.days, { tuesday: [{ start: '17:00', end: '18:00' }] }, 'with the course hours');
  assert.match(JSON.stringify(open), /Kurssin ohjaaja/, 'and the instructor by title');
  // a link to a field (as the publish dialog's) opens the field's language tab
  await page.goto(`${serviceUrl}#summary.sv`);
  assert.ok(await byId(page, 'summary.sv').isVisible(), 'the Swedish summary is shown');
  assert.equal(await page.getByRole('tab', { name: /Ruotsi/ }).getAttribute('aria-selected'), 'true');
  await screenshot(page, 'journey-1-published');
  await page.context().close();
});

test('2. archiving is scheduled for a future date and shows in the service status', { skip }, async () => {
  const page = await signedIn('ohjaaja@liikunta.example');
  await page.goto(`${serviceUrl}/archive`);
  await expectAccessible(page, 'archive-dialog');
  await page.getByLabel('Ajasta arkistointi').check();
  await page.getByLabel('Päivä').fill('2026-12-31');
  await page.getByLabel('Kellonaika').fill('23:30');
  await page.getByRole('button', { name: 'Arkistoi', exact: true }).click();
  await page.waitForURL(serviceUrl);
  assert.match(await page.locator('main').innerText(), /Arkistointi ajastettu 31\.12\.2026 klo 23\.30/);
  await screenshot(page, 'journey-2-archive-scheduled');
  await page.context().close();
});

test('3. a federation main user copies a service as a template into a member association', { skip }, async () => {
  const page = await signedIn('liitto@jarjesto.example');
  const federation = organizationId('federation');
  const { rows } = await t.database.pool.query<{ id: string }>(`SELECT id FROM entities WHERE kind = 'service' AND organization_id = $1 ORDER BY id LIMIT 1`, [federation]);
  await page.goto(`${base}/editor/services/${rows[0]!.id}/archive`);
  await page.getByLabel('Organisaatio, johon kopioidaan').selectOption(organizationId('sports'));
  await page.getByRole('button', { name: 'Kopioi', exact: true }).click();
  await page.waitForURL((url) => url.pathname.startsWith('/editor/services/') && !url.pathname.includes(rows[0]!.id));
  assert.match(await page.locator('main').innerText(), /Kopio tallennettiin luonnoksena/);
  assert.equal(await byId(page, 'mainResponsibleOrganizationId').inputValue(), organizationId('sports'));
  await screenshot(page, 'journey-3-copied');
  await page.context().close();
});

test('4. two people edit the same service: the second save shows the conflict and keeps what was typed', { skip }, async () => {
  const first = await signedIn('ohjaaja@liikunta.example');
  const second = await signedIn('ohjaaja@liikunta.example');
  await first.goto(serviceUrl);
  await second.goto(serviceUrl);
  await byId(first, 'summary.fi').fill('Lapset oppivat salibandyn perustaidot kahdeksan viikon kurssilla.');
  await first.getByRole('button', { name: 'Tallenna luonnos' }).click();
  await first.waitForURL(serviceUrl);
  await byId(second, 'name.fi').fill('Salibandykurssi 7–10-vuotiaille');
  second.on('dialog', (dialog) => void dialog.accept());
  await second.getByRole('button', { name: 'Tallenna luonnos' }).click();
  await second.waitForLoadState();
  const text = await second.locator('main').innerText();
  assert.match(text, /Joku muu tallensi palvelun sillä välin/);
  assert.match(text, /summary/);
  assert.equal(await byId(second, 'name.fi').inputValue(), 'Salibandykurssi 7–10-vuotiaille', 'the input is kept');
  await expectAccessible(second, 'service-conflict');
  await screenshot(second, 'journey-4-conflict');
  await first.context().close();
  await second.context().close();
});

test('5. a maintainer mass-publishes 50 drafts and watches the progress bar complete', { skip }, async () => {
  const sports = organizationId('sports');
  const system = { ...t.ctx, actor: SYSTEM_ACTOR };
  const drafts: string[] = [];
  for (let i = 1; i <= 50; i++) {
    const content = completeService({ languages: ['fi'], name: { fi: `Kesäkerho ${i}` }, summary: { fi: 'Lapset liikkuvat kesäkerhossa ohjaajan kanssa.' }, description: { fi: 'Kerho kokoontuu kesäkuussa arkipäivisin.' }, legislation: [], mainResponsibleOrganizationId: sports, otherResponsibleOrganizationIds: [], producers: [{ provisionType: 'SelfProduced', organizationIds: [sports] }], ontologyTerms: ['p13050'], areaType: 'Nationwide', areas: [] });
    drafts.push((await createEntity(system, serviceRules, content)).id);
  }
  const worker = startWorker(t.ctx, { intervalMs: 300 });
  try {
    const page = await signedIn('ohjaaja@liikunta.example');
    await page.goto(`${base}/editor/search?contentType=service&status=draft&organization=${sports}`);
    await expectAccessible(page, 'search-mass-tools');
    await page.getByLabel(/Kaikki hakutulokset/).check();
    await page.getByRole('button', { name: 'Käynnistä' }).click();
    await page.waitForURL(/\/editor\/mass\/\d+$/);
    await page.getByText(/Valmis: \d+ onnistui/).waitFor({ timeout: 180_000 });
    const bar = page.locator('#mass-bar');
    assert.equal(await bar.getAttribute('value'), await bar.getAttribute('max'), 'the bar is full');
    const ok = Number(/Valmis: (\d+) onnistui/.exec(await page.locator('main').innerText())![1]);
    assert.ok(ok >= 50, `at least the 50 drafts were published: ${ok}`);
    for (const id of [drafts[0], drafts[49]]) assert.equal((await fetch(`${base}/api/v1/services/${id}`)).status, 200, 'published');
    await expectAccessible(page, 'mass-progress');
    await screenshot(page, 'journey-5-mass-published');
    await page.context().close();
  } finally {
    await worker.stop();
  }
});
