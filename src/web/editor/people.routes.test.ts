import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { openTestApp, TEST_PUBLIC_URL, type TestApp } from '../../../test/helpers/test-app.ts';
import { tokenFor } from '../../../test/helpers/api-client.ts';
import { startSmtpCatcher, type SmtpCatcher } from '../../../test/helpers/smtp-catcher.ts';
import { textOf, WebSession } from '../../../test/helpers/web-session.ts';
import { smtpMailer } from '../../adapters/mail.ts';
import { grantRole } from '../../actions/people/people.ts';
import type { fixedClock } from '../../adapters/clock.ts';

let t: TestApp;
let smtp: SmtpCatcher;
let org: string;
let member: string;
const PASSWORD = 'pääkäyttäjän salasana';

const linkIn = (text: string, page: string) => new RegExp(`${TEST_PUBLIC_URL}(/${page}/[A-Za-z0-9_-]+)`).exec(text)?.[1];
const advance = (minutes: number) => {
  const clock = t.ctx.clock as ReturnType<typeof fixedClock>;
  clock.set(new Date(clock.now().getTime() + minutes * 60_000));
};
const countRows = async (table: 'users' | 'user_roles') => Number((await t.database.db.execute<{ n: string }>(sql.raw(`SELECT count(*) AS n FROM ${table}`))).rows[0]!.n);

before(async () => {
  smtp = await startSmtpCatcher();
  t = await openTestApp({ mailer: smtpMailer(smtp.url, 'Kuvaa <kuvaa@kuvaa.test>') });
  const system = await tokenFor(t.app, t.ctx, null);
  const make = async (name: string, parentOrganizationId?: string) =>
    (await t.app.inject({ method: 'POST', url: '/api/v1/organizations', headers: { authorization: `Bearer ${system}` }, payload: { type: 'Organization', languages: ['fi'], name: { fi: name }, ...(parentOrganizationId ? { parentOrganizationId } : {}) } })).json().id as string;
  org = await make('Liikuntaseura ry');
  member = await make('Seuran junioriosasto', org);
  await grantRole(t.ctx, { email: 'paakayttaja@example.fi', password: PASSWORD, organizationId: org, role: 'mainUser' });
  await grantRole(t.ctx, { email: 'katselija@example.fi', password: PASSWORD, organizationId: org, role: 'viewer' });
});
after(async () => {
  await t.close();
  await smtp.close();
});

test('a main user invites a person, who activates the account from the mail and is signed in', async () => {
  const main = new WebSession(t.app);
  const people = await main.signIn('paakayttaja@example.fi', PASSWORD).then(() => main.get('/editor/people'));
  assert.equal(people.status, 200);
  const invited = await main.post('/editor/people', { email: 'uusi@example.fi', name: 'Uusi Ylläpitäjä', role: 'maintainer', organizationId: member, language: 'fi' });
  assert.equal(invited.status, 303, textOf(invited.body));
  const listed = await main.follow(invited);
  assert.match(textOf(listed.body), /Kutsu lähetettiin osoitteeseen uusi@example\.fi/);
  assert.match(textOf(listed.body), /Uusi Ylläpitäjä uusi@example\.fi Seuran junioriosasto/);

  const mail = await smtp.waitFor('uusi@example.fi');
  const link = linkIn(mail.text, 'invitation');
  assert.ok(link, `an invitation link in ${mail.text}`);
  const person = new WebSession(t.app);
  const form = await person.get(link!);
  assert.equal(form.status, 200);
  assert.match(textOf(form.body), /Sinut on kutsuttu organisaation Seuran junioriosasto käyttäjäksi/);
  const mismatch = await person.post(link!, { name: 'Uusi Ylläpitäjä', password: 'pitkä salasana 99', passwordConfirmation: 'pitkä salasana 98' });
  assert.equal(mismatch.status, 400);
  assert.match(mismatch.body, /href="#passwordConfirmation">Salasanat eivät täsmää/);
  const accepted = await person.post(link!, { name: 'Uusi Ylläpitäjä', password: 'pitkä salasana 99', passwordConfirmation: 'pitkä salasana 99' });
  assert.equal(accepted.status, 303);
  const front = await person.follow(accepted);
  assert.match(textOf(front.body), /Tunnuksesi on nyt käytössä/);
  assert.match(textOf(front.body), /Seuran junioriosasto · Ylläpitäjä/);
  assert.equal((await new WebSession(t.app).get(link!)).status, 410, 'the link works once');
});

test('a password reset mails a one-time link, signs out other sessions and changes nothing for unknown emails', async () => {
  await grantRole(t.ctx, { email: 'unohtaja@example.fi', password: 'vanha salasana 123', organizationId: org, role: 'maintainer' });
  const laptop = new WebSession(t.app);
  await laptop.signIn('unohtaja@example.fi', 'vanha salasana 123');
  const phone = new WebSession(t.app);
  await phone.get('/forgot-password');
  const sent = await phone.post('/forgot-password', { email: 'UNOHTAJA@example.fi' });
  assert.match(textOf(sent.body), /Jos osoitteella on Kuvaa-tunnus/);
  const unknown = await phone.post('/forgot-password', { email: 'eiole@example.fi' });
  assert.equal(textOf(unknown.body), textOf(sent.body), 'the same answer for an unknown email');

  const mail = await smtp.waitFor('unohtaja@example.fi');
  assert.match(mail.subject, /salasanan vaihto/);
  const link = linkIn(mail.text, 'reset-password')!;
  advance(1);
  const changed = await phone.post(link, { password: 'uusi salasana 456', passwordConfirmation: 'uusi salasana 456' });
  assert.equal(changed.status, 303);
  assert.match(textOf((await phone.follow(changed)).body), /Salasana vaihdettiin/);
  assert.equal((await laptop.get('/editor')).status, 303, 'the other session was signed out');
  assert.equal((await phone.get(link)).status, 410, 'the link works once');
  assert.ok(!smtp.mails.some((m) => m.to.includes('eiole@example.fi')), 'no mail to an unknown address');

  const old = new WebSession(t.app);
  await old.get('/sign-in');
  assert.equal((await old.post('/sign-in', { email: 'unohtaja@example.fi', password: 'vanha salasana 123' })).status, 401);
  await new WebSession(t.app).signIn('unohtaja@example.fi', 'uusi salasana 456');
});

test('a reset link expires after an hour', async () => {
  await grantRole(t.ctx, { email: 'hidas@example.fi', password: 'vanha salasana 123', organizationId: org, role: 'viewer' });
  const web = new WebSession(t.app);
  await web.get('/forgot-password');
  await web.post('/forgot-password', { email: 'hidas@example.fi' });
  const link = linkIn((await smtp.waitFor('hidas@example.fi')).text, 'reset-password')!;
  advance(61);
  const page = await web.get(link);
  assert.equal(page.status, 410);
  assert.match(textOf(page.body), /Linkki on jo käytetty tai vanhentunut/);
});

test('a main user changes a role and removes a person; the last main user stays', async () => {
  const main = new WebSession(t.app);
  await main.signIn('paakayttaja@example.fi', PASSWORD);
  const { userId } = (await grantRole(t.ctx, { email: 'vaihtuva@example.fi', organizationId: org, role: 'viewer' }));
  await main.get('/editor/people');
  const saved = await main.post(`/editor/people/${org}/${userId}/role`, { role: 'maintainer' });
  assert.equal(saved.status, 303);
  assert.match(textOf((await main.follow(saved)).body), /Käyttäjän vaihtuva@example\.fi rooli tallennettiin/);
  const confirm = await main.get(`/editor/people/${org}/${userId}/remove`);
  assert.match(textOf(confirm.body), /Poistetaanko vaihtuva@example\.fi organisaatiosta Liikuntaseura ry/);
  const removed = await main.post(`/editor/people/${org}/${userId}/remove`);
  assert.equal(removed.status, 303);
  assert.doesNotMatch(textOf((await main.follow(removed)).body), /Rooli: vaihtuva@example\.fi/, 'gone from the list');

  const self = (await t.database.db.execute<{ id: string }>(sql`SELECT id FROM users WHERE email = 'paakayttaja@example.fi'`)).rows[0]!.id;
  await main.get('/editor/people');
  const last = await main.post(`/editor/people/${org}/${self}/role`, { role: 'viewer' });
  assert.equal(last.status, 409);
  assert.match(textOf(last.body), /Tämä on organisaation ainoa pääkäyttäjä/);
});

test('a viewer sees the people but cannot invite: 403 and nothing written', async () => {
  const viewer = new WebSession(t.app);
  const front = await viewer.signIn('katselija@example.fi', PASSWORD);
  assert.doesNotMatch(front.body, /href="\/editor\/people"/, 'no people link in the menu');
  const page = await viewer.get('/editor/people');
  assert.doesNotMatch(page.body, /Lähetä kutsu/);
  const before = [await countRows('users'), await countRows('user_roles')];
  const refused = await viewer.post('/editor/people', { email: 'kielletty@example.fi', role: 'mainUser', organizationId: org });
  assert.equal(refused.status, 403);
  assert.match(textOf(refused.body), /Roolisi ei salli tätä toimintoa/);
  assert.deepEqual([await countRows('users'), await countRows('user_roles')], before);
});

test('a person with several organizations switches the active one', async () => {
  await grantRole(t.ctx, { email: 'kaksi@example.fi', password: PASSWORD, organizationId: org, role: 'viewer' });
  await grantRole(t.ctx, { email: 'kaksi@example.fi', organizationId: member, role: 'mainUser' });
  const web = new WebSession(t.app);
  const front = await web.signIn('kaksi@example.fi', PASSWORD);
  assert.match(front.body, /<select id="active-organization"/);
  const switched = await web.post('/editor/active-organization', { organizationId: member, next: '/editor/people' });
  assert.equal(switched.location, '/editor/people');
  const people = await web.follow(switched);
  assert.match(people.body, /<option value="[^"]+" selected="">Seuran junioriosasto \(Pääkäyttäjä\)/);
  assert.match(people.body, /Lähetä kutsu/, 'as the main user of the member association');
});

test('API clients: the secret is shown once, the token works, and revoking stops it', async () => {
  const main = new WebSession(t.app);
  await main.signIn('paakayttaja@example.fi', PASSWORD);
  await main.get('/editor/api-clients');
  const created = await main.post('/editor/api-clients', { name: 'Lähellä.fi', organizationId: org, role: 'maintainer' });
  assert.equal(created.status, 201);
  assert.equal(created.headers['cache-control'], 'no-store');
  const clientId = /id="new-client-id">([^<]+)</.exec(created.body)![1]!;
  const clientSecret = /id="new-client-secret">([^<]+)</.exec(created.body)![1]!;
  const token = async () => t.app.inject({ method: 'POST', url: '/api/v1/auth/token', payload: { grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret } });
  const issued = await token();
  assert.equal(issued.statusCode, 200);
  const list = await main.get('/editor/api-clients');
  assert.ok(!list.body.includes(clientSecret), 'the secret is not shown again');
  await main.get(`/editor/api-clients/${clientId}/revoke`);
  const revoked = await main.post(`/editor/api-clients/${clientId}/revoke`);
  assert.equal(revoked.status, 303);
  const write = await t.app.inject({ method: 'GET', url: '/api/v1/api-clients', headers: { authorization: `Bearer ${issued.json().access_token}` } });
  assert.equal(write.statusCode, 401, 'the revoked client\'s token stops working');
  assert.equal((await token()).statusCode, 401);
});
