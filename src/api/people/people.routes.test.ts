import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { openTestApp, TEST_PUBLIC_URL, type TestApp } from '../../../test/helpers/test-app.ts';
import { tokenFor } from '../../../test/helpers/api-client.ts';
import { startSmtpCatcher, type SmtpCatcher } from '../../../test/helpers/smtp-catcher.ts';
import { smtpMailer } from '../../adapters/mail.ts';
import { setPasswordWithToken } from '../../actions/people/passwords.ts';
import { signIn } from '../../actions/people/sign-in.ts';
import type { fixedClock } from '../../adapters/clock.ts';

let t: TestApp;
let smtp: SmtpCatcher;
let system: string;
let org: string;
let sub: string;
let other: string;

async function call(token: string, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, body?: unknown) {
  const response = await t.app.inject({ method, url, headers: { authorization: `Bearer ${token}` }, ...(body !== undefined ? { payload: body as object } : {}) });
  return { status: response.statusCode, body: response.body ? response.json() : undefined };
}

const linkIn = (text: string, page: string) => new RegExp(`${TEST_PUBLIC_URL}/${page}/([A-Za-z0-9_-]+)`).exec(text)?.[1];

before(async () => {
  smtp = await startSmtpCatcher();
  t = await openTestApp({ mailer: smtpMailer(smtp.url, 'Kuvaa <kuvaa@kuvaa.test>') });
  system = await tokenFor(t.app, t.ctx, null);
  const make = async (name: string, parentId?: string) =>
    (await call(system, 'POST', '/api/v1/organizations', { type: 'Organization', languages: ['fi'], name: { fi: name }, ...(parentId ? { parentOrganizationId: parentId } : {}) })).body.id as string;
  org = await make('Kylätalo ry');
  sub = await make('Kylätalon nuoret', org);
  other = await make('Toinen ry');
});
after(async () => {
  await t.close();
  await smtp.close();
});

test('an invitation is mailed in Finnish, works once, and the person can then sign in', async () => {
  const mainUser = await tokenFor(t.app, t.ctx, org, 'mainUser');
  const invited = await call(mainUser, 'POST', `/api/v1/organizations/${org}/people`, { email: 'Liisa@Example.fi', role: 'maintainer', name: 'Liisa' });
  assert.equal(invited.status, 201, JSON.stringify(invited.body));
  assert.equal(invited.body.mailSent, true, JSON.stringify(invited.body));
  assert.equal(invited.body.person.status, 'invited');
  const mail = await smtp.waitFor('liisa@example.fi');
  assert.match(mail.subject, /Kutsu Kuvaa-palvelutietovarantoon: Kylätalo ry/);
  assert.match(mail.text, /roolissa ylläpitäjä/);
  const token = linkIn(mail.text, 'invitation');
  assert.ok(token, `an invitation link in: ${mail.text}`);

  await assert.rejects(setPasswordWithToken(t.ctx, 'invitation', { token: token!, password: 'short' }), /at least 12/);
  await setPasswordWithToken(t.ctx, 'invitation', { token: token!, password: 'pitkä salasana 2026', passwordConfirmation: 'pitkä salasana 2026' });
  await assert.rejects(setPasswordWithToken(t.ctx, 'invitation', { token: token!, password: 'toinen salasana 2026' }), /already been used or has expired/);
  const signedIn = await signIn(t.ctx, { email: 'liisa@example.fi', password: 'pitkä salasana 2026', clientAddress: '127.0.0.1' });
  assert.equal(signedIn.outcome, 'signedIn');
  const listed = await call(mainUser, 'GET', `/api/v1/organizations/${org}/people`);
  assert.deepEqual(listed.body.map((p: { email: string; status: string; role: string }) => [p.email, p.role, p.status]), [['liisa@example.fi', 'maintainer', 'active']]);
});

test('an invitation link expires after seven days', async () => {
  const mainUser = await tokenFor(t.app, t.ctx, org, 'mainUser');
  await call(mainUser, 'POST', `/api/v1/organizations/${org}/people`, { email: 'myohassa@example.fi', role: 'viewer', language: 'sv' });
  const mail = await smtp.waitFor('myohassa@example.fi');
  assert.match(mail.subject, /Inbjudan till Kuvaa/, 'the mail is in the language chosen');
  const clock = t.ctx.clock as ReturnType<typeof fixedClock>;
  const now = clock.now();
  clock.set(new Date(now.getTime() + 7 * 24 * 3600_000 + 1000));
  try {
    await assert.rejects(setPasswordWithToken(t.ctx, 'invitation', { token: linkIn(mail.text, 'invitation')!, password: 'pitkä salasana 2026' }), /expired/);
    const listed = await call(mainUser, 'GET', `/api/v1/organizations/${org}/people`);
    assert.equal(listed.body.find((p: { email: string }) => p.email === 'myohassa@example.fi').status, 'invitationExpired');
  } finally {
    clock.set(now);
  }
});

test('a main user changes roles and removes people, but never the last main user', async () => {
  const mainUser = await tokenFor(t.app, t.ctx, sub, 'mainUser');
  const first = (await call(mainUser, 'POST', `/api/v1/organizations/${sub}/people`, { email: 'eka@example.fi', role: 'mainUser' })).body.person;
  const second = (await call(mainUser, 'POST', `/api/v1/organizations/${sub}/people`, { email: 'toka@example.fi', role: 'viewer' })).body.person;
  const again = await call(mainUser, 'POST', `/api/v1/organizations/${sub}/people`, { email: 'TOKA@example.fi', role: 'maintainer' });
  assert.equal(again.status, 409, 'a second invitation to the same organization is a conflict');

  const demoted = await call(mainUser, 'PATCH', `/api/v1/organizations/${sub}/people/${first.userId}`, { role: 'viewer' });
  assert.equal(demoted.status, 409, 'the only main user cannot be demoted');
  assert.match(demoted.body.detail, /only main user/);
  const promoted = await call(mainUser, 'PATCH', `/api/v1/organizations/${sub}/people/${second.userId}`, { role: 'mainUser' });
  assert.equal(promoted.status, 200, JSON.stringify(promoted.body));
  assert.equal(promoted.body.role, 'mainUser');
  assert.equal((await call(mainUser, 'DELETE', `/api/v1/organizations/${sub}/people/${first.userId}`)).status, 204);
  assert.equal((await call(mainUser, 'DELETE', `/api/v1/organizations/${sub}/people/${second.userId}`)).status, 409, 'now the last main user');
  const people = await call(mainUser, 'GET', `/api/v1/organizations/${sub}/people`);
  assert.deepEqual(people.body.map((p: { email: string }) => p.email), ['toka@example.fi']);
});

test('rights cascade down the tree and stop at its edge', async () => {
  const parentMain = await tokenFor(t.app, t.ctx, org, 'mainUser');
  assert.equal((await call(parentMain, 'POST', `/api/v1/organizations/${sub}/people`, { email: 'alas@example.fi', role: 'viewer' })).status, 201, 'a parent main user manages the sub-organization');
  const tree = await call(parentMain, 'GET', `/api/v1/organizations/${org}/people?includeSubOrganizations=true`);
  assert.ok(tree.body.some((p: { email: string; organizationId: string }) => p.email === 'alas@example.fi' && p.organizationId === sub), 'the tree listing includes sub-organizations');
  assert.equal((await call(parentMain, 'GET', `/api/v1/organizations/${other}/people`)).status, 403);
  const maintainer = await tokenFor(t.app, t.ctx, org, 'maintainer');
  assert.equal((await call(maintainer, 'POST', `/api/v1/organizations/${org}/people`, { email: 'ei@example.fi', role: 'viewer' })).status, 403, 'a maintainer does not manage people');
  const viewer = await tokenFor(t.app, t.ctx, org, 'viewer');
  assert.equal((await call(viewer, 'GET', `/api/v1/organizations/${org}/people`)).status, 403);
});

test('bad input names the field and writes nothing', async () => {
  const mainUser = await tokenFor(t.app, t.ctx, org, 'mainUser');
  const count = async () => Number((await t.database.db.execute<{ n: string }>(sql`SELECT count(*) AS n FROM users`)).rows[0]!.n);
  const before = await count();
  const bad = await call(mainUser, 'POST', `/api/v1/organizations/${org}/people`, { email: 'not an email', role: 'boss' });
  assert.equal(bad.status, 400);
  assert.ok(bad.body.errors.some((e: { path: string }) => e.path === 'role'), JSON.stringify(bad.body));
  const badEmail = await call(mainUser, 'POST', `/api/v1/organizations/${org}/people`, { email: 'not an email', role: 'viewer' });
  assert.equal(badEmail.status, 400);
  assert.equal(badEmail.body.errors[0].path, 'email');
  assert.equal(await count(), before);
});

test('every change to people leaves an audit row', async () => {
  const rows = await t.database.db.execute<{ action: string }>(sql`SELECT action FROM audit_log WHERE entity_type = 'user' ORDER BY at, action`);
  const actions = new Set(rows.rows.map((r) => r.action));
  for (const action of ['invite', 'acceptInvitation', 'changeRole', 'remove']) assert.ok(actions.has(action), `audit has ${action}: ${[...actions].join(', ')}`);
});
