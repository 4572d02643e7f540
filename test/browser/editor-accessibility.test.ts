import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { openTestApp, type TestApp } from '../helpers/test-app.ts';
import { tokenFor } from '../helpers/api-client.ts';
import { axeViolations, browserMissing, describeViolations, launchBrowser, listen, screenshot } from '../helpers/browser.ts';
import { grantRole } from '../../src/actions/people/people.ts';
import { invitePerson } from '../../src/actions/people/manage-people.ts';
import { completeService } from '../../src/domain/service/service-fixture.ts';
import { completeChannel } from '../../src/domain/channel/channel-fixture.ts';
import { createRunner } from '../../src/jobs/runner.ts';
import { JOBS } from '../../src/jobs/definitions.ts';

const skip = browserMissing();
let t: TestApp;
let browser: Browser;
let base: string;
let org: string;
const PASSWORD = 'saavutettava salasana';

before(async () => {
  if (skip) return;
  t = await openTestApp();
  const system = await tokenFor(t.app, t.ctx, null);
  const make = async (name: string, parentOrganizationId?: string) =>
    (await t.app.inject({ method: 'POST', url: '/api/v1/organizations', headers: { authorization: `Bearer ${system}` }, payload: { type: 'Organization', languages: ['fi'], name: { fi: name }, ...(parentOrganizationId ? { parentOrganizationId } : {}) } })).json().id as string;
  org = await make('Saavutettavuusyhdistys ry');
  await make('Paikallisosasto', org);
  await grantRole(t.ctx, { email: 'main@example.fi', password: PASSWORD, organizationId: org, role: 'mainUser' });
  // a draft service without channels: a task to show
  await t.app.inject({ method: 'POST', url: '/api/v1/services', headers: { authorization: `Bearer ${system}` }, payload: completeService({ languages: ['fi'], name: { fi: 'Kerho' }, summary: { fi: 'Lapset kokoontuvat kerhoon.' }, description: { fi: 'Kerho kokoontuu viikoittain.' }, legislation: [], mainResponsibleOrganizationId: org, otherResponsibleOrganizationIds: [], producers: [{ provisionType: 'SelfProduced', organizationIds: [org] }], ontologyTerms: ['p13050'] }) });
  await invitePerson({ ...t.ctx, actor: { type: 'system', id: 'test', organizationId: null, role: 'systemAdministrator' } }, org, { email: 'kutsuttu@example.fi', role: 'viewer' });
  base = await listen(t);
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await t?.close();
});

async function expectAccessible(page: Page, name: string) {
  const violations = await axeViolations(page);
  await screenshot(page, `a11y-${name}`);
  assert.equal(violations.length, 0, `${name} (${page.url()}):\n${describeViolations(violations)}`);
}

async function signIn(page: Page) {
  await page.goto(`${base}/sign-in`);
  // by keyboard only: the first Tab goes to the skip link
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => (globalThis as unknown as { document: { activeElement: { className: string } } }).document.activeElement.className), 'skip-link', 'the skip link comes first');
  await page.getByLabel('Sähköpostiosoite').focus();
  await page.keyboard.type('main@example.fi');
  await page.keyboard.press('Tab');
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press('Enter');
  await page.waitForURL(`${base}/editor`);
}

test('the sign-in, password and invitation pages have no accessibility violations', { skip }, async () => {
  const context = await browser.newContext({ bypassCSP: true, locale: 'fi-FI' });
  const page = await context.newPage();
  await page.goto(`${base}/sign-in`);
  await expectAccessible(page, 'sign-in');
  await page.getByRole('button', { name: 'Kirjaudu sisään' }).click();
  await page.waitForLoadState();
  assert.match(await page.locator('.error-summary').innerText(), /Korjaa seuraavat kohdat/);
  await expectAccessible(page, 'sign-in-errors');
  await page.goto(`${base}/forgot-password`);
  await expectAccessible(page, 'forgot-password');
  const outbox = t.ctx.mailer!.outbox!();
  const invitation = /\/invitation\/[A-Za-z0-9_-]+/.exec(outbox.find((m) => m.to === 'kutsuttu@example.fi')!.text)![0];
  await page.goto(`${base}${invitation}`);
  await expectAccessible(page, 'invitation');
  await page.goto(`${base}/reset-password/not-a-real-token`);
  await expectAccessible(page, 'link-invalid');
  await page.goto(`${base}/dev/outbox`);
  await expectAccessible(page, 'outbox');
  await context.close();
});

test('the editor pages of a main user have no accessibility violations, in every UI language', { skip }, async () => {
  const context = await browser.newContext({ bypassCSP: true, locale: 'fi-FI' });
  const page = await context.newPage();
  await signIn(page);
  await expectAccessible(page, 'front');
  await page.goto(`${base}/editor/search`);
  await page.getByLabel('Haku osoitteella').check();
  await page.getByLabel('Hakusanat').fill('Mannerheimintie');
  await page.getByRole('button', { name: 'Hae', exact: true }).click();
  await page.waitForURL(/searchType=address/);
  await expectAccessible(page, 'search-no-results');
  await page.goto(`${base}/editor/search?type=organization`);
  await expectAccessible(page, 'search');
  await page.goto(`${base}/editor/people`);
  await expectAccessible(page, 'people');
  await page.getByRole('button', { name: 'Lähetä kutsu', exact: true }).click();
  await page.waitForLoadState();
  await expectAccessible(page, 'people-invite-errors');
  await page.goto(`${base}/editor/api-clients`);
  await page.getByLabel('Järjestelmän nimi').fill('Asiakasjärjestelmä');
  await page.getByRole('button', { name: 'Luo rajapintatunnus' }).click();
  await page.waitForSelector('#new-client-secret');
  await expectAccessible(page, 'api-client-secret');
  await page.goto(`${base}/editor/tasks?type=withoutChannels`);
  await expectAccessible(page, 'tasks');
  await page.getByText('Lykkää', { exact: true }).first().click();
  await page.getByRole('button', { name: 'Lykkää', exact: true }).click();
  await page.waitForLoadState();
  assert.match(await page.locator('.error-summary').innerText(), /Korjaa seuraavat kohdat/);
  await expectAccessible(page, 'tasks-postpone-errors');
  await page.goto(`${base}/editor/account`);
  await expectAccessible(page, 'account');
  await page.goto(`${base}/editor/channels/new?type=ServiceLocation`);
  await expectAccessible(page, 'channel-service-location');
  await page.getByRole('button', { name: 'Luo luonnos' }).click();
  await page.waitForLoadState();
  await expectAccessible(page, 'channel-errors');
  await page.goto(`${base}/editor/channels/new?type=Phone`);
  await expectAccessible(page, 'channel-phone');
  await page.goto(`${base}/editor/channels/new?type=EChannel`);
  await expectAccessible(page, 'channel-online-service');
  // the service-hours editor opened up, with mistakes shown at their rows
  await page.goto(`${base}/editor/channels/new?type=ServiceLocation`);
  await page.locator('[id="exceptions-section"] > summary').click();
  await page.locator('[id="holidays-section"] > summary').click();
  await page.locator('[id="serviceHours.exceptions[0].from"]').fill('2027-05-10');
  await page.locator('[id="serviceHours.exceptions[0].to"]').fill('2027-05-01');
  await page.locator('select[name="serviceHours.holiday.ChristmasDay.state"]').selectOption('open');
  await expectAccessible(page, 'channel-hours-open');
  await page.getByRole('button', { name: 'Luo luonnos' }).click();
  await page.waitForLoadState();
  assert.match(await page.locator('.error-summary').innerText(), /Viimeinen päivä on ennen ensimmäistä/);
  await expectAccessible(page, 'channel-hours-errors');
  for (const language of ['sv', 'en']) {
    await page.goto(`${base}/editor/tasks?type=withoutChannels&lang=${language}`);
    await expectAccessible(page, `tasks-${language}`);
    await page.goto(`${base}/editor/people?lang=${language}`);
    assert.equal(await page.getAttribute('html', 'lang'), language);
    await expectAccessible(page, `people-${language}`);
  }
  await context.close();
});

test('the history with changes, the withdraw confirmation and the mass copy pages have no accessibility violations', { skip }, async () => {
  const system = await tokenFor(t.app, t.ctx, null);
  const call = async (method: 'POST' | 'PUT', url: string, payload: unknown, ifMatch?: string) =>
    (await t.app.inject({ method, url, headers: { authorization: `Bearer ${system}`, ...(ifMatch ? { 'if-match': ifMatch } : {}) }, payload: payload as object })).json();
  const content = completeService({ languages: ['fi'], name: { fi: 'Historiakerho' }, summary: { fi: 'Lapset kokoontuvat kerhoon.' }, description: { fi: 'Kerho kokoontuu viikoittain.' }, legislation: [], mainResponsibleOrganizationId: org, otherResponsibleOrganizationIds: [], producers: [{ provisionType: 'SelfProduced', organizationIds: [org] }], ontologyTerms: ['p13050'] });
  const created = await call('POST', '/api/v1/services', content);
  const edited = await call('PUT', `/api/v1/services/${created.id}`, { ...content, name: { fi: 'Historiakerho nuorille' }, description: { fi: 'Kerho kokoontuu viikoittain koulun liikuntasalissa, ja mukaan voi tulla kesken kauden. '.repeat(3) }, serviceClasses: ['P27.4', 'P1.1'] }, created.versionTag);
  const published = await call('POST', `/api/v1/services/${created.id}/publish`, { languages: ['fi'] }, edited.versionTag);
  const channel = await call('POST', '/api/v1/channels', completeChannel('WebPage', { organizationId: org, languages: ['fi'], name: { fi: 'Kerhon kotisivu' }, summary: { fi: 'Kerhon tiedot verkossa.' }, url: { fi: 'https://example.fi/kerho' } }));
  await call('PUT', `/api/v1/services/${created.id}/connections/${channel.id}`, {}, published.versionTag);

  const context = await browser.newContext({ bypassCSP: true, locale: 'fi-FI' });
  const page = await context.newPage();
  await signIn(page);
  await page.goto(`${base}/editor/services/${created.id}/history`);
  await page.locator('details summary').first().click();
  await expectAccessible(page, 'history');
  await page.goto(`${base}/editor/channels/${channel.id}/history`);
  await expectAccessible(page, 'channel-history');
  await page.goto(`${base}/editor/services/${created.id}/publish`);
  await expectAccessible(page, 'publish-with-withdraw');
  await page.locator('#withdraw-fi').check();
  await page.getByRole('button', { name: 'Jatka' }).click();
  await page.waitForLoadState();
  assert.match(await page.locator('main').innerText(), /Palautetaanko luonnokseksi\?/);
  await expectAccessible(page, 'withdraw-confirm');

  await page.goto(`${base}/editor/search?contentType=service`);
  await page.getByLabel('Valitse: Historiakerho nuorille').check();
  await page.locator('#action').selectOption('copy');
  await page.getByRole('button', { name: 'Käynnistä' }).click();
  await page.waitForLoadState();
  assert.match(await page.locator('.error-summary').innerText(), /Valitse organisaatio, johon kopioidaan/);
  await expectAccessible(page, 'mass-copy-errors');
  await page.locator('#organizationId').selectOption({ index: 2 });
  await page.getByRole('button', { name: 'Käynnistä' }).click();
  await page.waitForURL(/\/editor\/mass\/\d+$/);
  await createRunner(t.ctx, JOBS, 'a11y-test').runDue();
  await page.reload();
  assert.match(await page.locator('.mass-results').innerText(), /Onnistui/);
  await expectAccessible(page, 'mass-copy-progress');
  await context.close();
});
