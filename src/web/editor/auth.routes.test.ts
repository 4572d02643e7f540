import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { openTestApp, type TestApp } from '../../../test/helpers/test-app.ts';
import { tokenFor } from '../../../test/helpers/api-client.ts';
import { textOf, WebSession } from '../../../test/helpers/web-session.ts';
import { grantRole } from '../../actions/people/people.ts';
import type { fixedClock } from '../../adapters/clock.ts';

let t: TestApp;
let org: string;
const PASSWORD = 'kaksitoista merkkiä';

const clock = () => t.ctx.clock as ReturnType<typeof fixedClock>;
const advance = (minutes: number) => clock().set(new Date(clock().now().getTime() + minutes * 60_000));

before(async () => {
  t = await openTestApp();
  const system = await tokenFor(t.app, t.ctx, null);
  const created = await t.app.inject({ method: 'POST', url: '/api/v1/organizations', headers: { authorization: `Bearer ${system}` }, payload: { type: 'Organization', languages: ['fi'], name: { fi: 'Kirjautujat ry' } } });
  org = created.json().id;
  for (const email of ['aino@example.fi', 'throttle@example.fi', 'idle@example.fi', 'absolute@example.fi', 'out@example.fi']) {
    await grantRole(t.ctx, { email, password: PASSWORD, organizationId: org, role: 'maintainer' });
  }
});
after(async () => {
  await t.close();
});

test('signing in sets an encrypted HttpOnly SameSite cookie and opens the front page', async () => {
  const web = new WebSession(t.app);
  const form = await web.get('/sign-in');
  assert.equal(form.status, 200);
  assert.match(form.body, /<html lang="fi">/);
  const answer = await web.post('/sign-in', { email: 'Aino@Example.fi', password: PASSWORD, next: '/editor' });
  assert.equal(answer.status, 303);
  assert.equal(answer.location, '/editor');
  const cookie = answer.response.cookies.find((c) => c.name === 'kuvaa_session')!;
  assert.equal(cookie.httpOnly, true, 'HttpOnly');
  assert.equal(cookie.sameSite, 'Lax');
  assert.ok(!cookie.value.includes('aino'), 'the cookie is encrypted');
  const front = await web.follow(answer);
  assert.equal(front.status, 200);
  assert.match(textOf(front.body), /Kirjautujat ry · Ylläpitäjä/);
});

test('behind HTTPS the cookie is also Secure', async () => {
  const web = new WebSession(t.app, { 'x-forwarded-proto': 'https' });
  await web.get('/sign-in');
  const answer = await web.post('/sign-in', { email: 'aino@example.fi', password: PASSWORD });
  assert.equal(answer.response.cookies.find((c) => c.name === 'kuvaa_session')!.secure, true);
});

test('pages of the editor need a session and come back after signing in', async () => {
  const web = new WebSession(t.app);
  const answer = await web.get('/editor/people');
  assert.equal(answer.status, 303);
  assert.equal(answer.location, '/sign-in?next=%2Feditor%2Fpeople');
  await web.follow(answer);
  const signedIn = await web.post('/sign-in', { email: 'aino@example.fi', password: PASSWORD, next: '/editor/people' });
  assert.equal(signedIn.location, '/editor/people');
  const fresh = new WebSession(t.app);
  await fresh.get('/sign-in');
  const elsewhere = await fresh.post('/sign-in', { email: 'aino@example.fi', password: PASSWORD, next: 'https://evil.example/' });
  assert.equal(elsewhere.location, '/editor', 'never redirects to another site');
});

test('a wrong password and an unknown email get the same answer', async () => {
  const known = new WebSession(t.app);
  await known.get('/sign-in');
  const wrong = await known.post('/sign-in', { email: 'aino@example.fi', password: 'väärä salasana 1' });
  const unknown = new WebSession(t.app);
  await unknown.get('/sign-in');
  const nobody = await unknown.post('/sign-in', { email: 'nobody@example.fi', password: 'väärä salasana 1' });
  assert.equal(wrong.status, 401);
  assert.equal(nobody.status, 401);
  const strip = (html: string) => textOf(html).replace(/(aino|nobody)@example\.fi/g, 'EMAIL');
  assert.equal(strip(wrong.body), strip(nobody.body));
  assert.match(textOf(wrong.body), /Sähköpostiosoite tai salasana on väärin/);
});

test('repeated failures slow sign-in down with a growing wait, for known and unknown emails alike', async () => {
  const web = new WebSession(t.app, { 'x-forwarded-for': '203.0.113.7' });
  await web.get('/sign-in');
  const attempt = (email: string, password = 'väärä salasana 1') => web.post('/sign-in', { email, password });
  for (let i = 0; i < 5; i++) assert.equal((await attempt('throttle@example.fi')).status, 401, `failure ${i + 1}`);
  const blocked = await attempt('throttle@example.fi', PASSWORD);
  assert.equal(blocked.status, 429, 'even the right password waits');
  assert.equal(blocked.headers['retry-after'], '30');
  assert.match(textOf(blocked.body), /Yritä uudelleen 1 minuutin kuluttua/);
  for (let i = 0; i < 5; i++) await attempt('ghost@example.fi');
  const ghost = await attempt('ghost@example.fi');
  assert.equal(ghost.status, 429, 'an unknown email is throttled the same way');
  advance(1);
  assert.equal((await attempt('throttle@example.fi')).status, 401, 'after the wait one more try is allowed');
  const longer = await attempt('throttle@example.fi', PASSWORD);
  assert.equal(longer.headers['retry-after'], '60', 'the wait doubles');
  advance(2);
  assert.equal((await attempt('throttle@example.fi', PASSWORD)).status, 303, 'the right password works after the wait');
  const rows = await t.database.db.execute<{ n: string }>(sql`SELECT count(*) AS n FROM sign_in_failures WHERE key = 'email:throttle@example.fi'`);
  assert.equal(rows.rows[0]!.n, '0', 'a success clears the failures of the email');
});

test('a form without the CSRF token is refused and changes nothing', async () => {
  const web = new WebSession(t.app);
  await web.get('/sign-in');
  const missing = await web.post('/sign-in', { _csrf: null, email: 'aino@example.fi', password: PASSWORD });
  assert.equal(missing.status, 403);
  assert.match(textOf(missing.body), /Lomakkeen tarkiste ei täsmännyt/);
  const forged = await web.post('/sign-in', { _csrf: 'forged-token', email: 'aino@example.fi', password: PASSWORD });
  assert.equal(forged.status, 403);
  assert.equal(forged.response.cookies.length === 0 || !forged.location, true, 'not signed in');
  const other = new WebSession(t.app);
  await other.get('/sign-in');
  const stolen = await web.post('/sign-in', { _csrf: other.csrf, email: 'aino@example.fi', password: PASSWORD });
  assert.equal(stolen.status, 403, "another session's token does not work");
});

test('a session ends after an hour without activity', async () => {
  const web = new WebSession(t.app);
  await web.signIn('idle@example.fi', PASSWORD);
  advance(59);
  assert.equal((await web.get('/editor')).status, 200, 'still active after 59 minutes');
  advance(61);
  const expired = await web.get('/editor');
  assert.equal(expired.status, 303);
  const signInPage = await web.follow(expired);
  assert.match(textOf(signInPage.body), /Istuntosi päättyi/);
});

test('a session ends twelve hours after signing in even when active', async () => {
  const web = new WebSession(t.app);
  await web.signIn('absolute@example.fi', PASSWORD);
  for (let hour = 0; hour < 11; hour++) {
    advance(50);
    assert.equal((await web.get('/editor')).status, 200, `active at ${hour}`);
  }
  advance(200);
  assert.equal((await web.get('/editor')).status, 303, 'over twelve hours');
});

test('signing out ends the session, and a copy of the old cookie no longer works', async () => {
  const web = new WebSession(t.app);
  await web.signIn('out@example.fi', PASSWORD);
  const copy = new WebSession(t.app);
  for (const [k, v] of web.cookies) copy.cookies.set(k, v);
  advance(1);
  const out = await web.post('/sign-out');
  assert.equal(out.status, 303);
  const page = await web.follow(out);
  assert.match(textOf(page.body), /Olet kirjautunut ulos/);
  assert.equal((await web.get('/editor')).status, 303);
  assert.equal((await copy.get('/editor')).status, 303, 'the replayed cookie is void');
});

test('the language is chosen with ?lang and kept in the session', async () => {
  const web = new WebSession(t.app);
  const sv = await web.get('/sign-in?lang=sv');
  assert.match(sv.body, /<html lang="sv">/);
  assert.match(textOf(sv.body), /Logga in/);
  const again = await web.get('/forgot-password');
  assert.match(again.body, /<html lang="sv">/);
  const english = await new WebSession(t.app, { 'accept-language': 'en-GB,en;q=0.8' }).get('/sign-in');
  assert.match(english.body, /<html lang="en">/, 'the browser language is the default');
});
