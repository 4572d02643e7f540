import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openTestApp, type TestApp } from '../../../test/helpers/test-app.ts';
import { tokenFor } from '../../../test/helpers/api-client.ts';
import { textOf, WebSession } from '../../../test/helpers/web-session.ts';
import { grantRole } from '../../actions/people/people.ts';
import { accountSettings } from '../../actions/people/account.ts';
import { completeService } from '../../domain/service/service-fixture.ts';
import { createRunner } from '../../jobs/runner.ts';
import { JOBS, queuePeriodicJobs } from '../../jobs/definitions.ts';

let t: TestApp;
let web: WebSession;
let org: string;
let serviceId: string;
let userId: string;
const clock = () => t.ctx.clock as unknown as { set(to: string): void };

before(async () => {
  t = await openTestApp({ now: '2026-02-01T09:00:00Z' });
  const system = await tokenFor(t.app, t.ctx, null);
  const post = async (url: string, payload: unknown, ifMatch?: string) =>
    (await t.app.inject({ method: 'POST', url, headers: { authorization: `Bearer ${system}`, ...(ifMatch ? { 'if-match': ifMatch } : {}) }, payload: payload as object })).json();
  const created = await post('/api/v1/organizations', { type: 'Organization', languages: ['fi'], name: { fi: 'Tehtäväyhdistys ry' }, summary: { fi: 'Yhdistys hoitaa tehtävänsä.' } });
  org = created.id;
  await post(`/api/v1/organizations/${org}/publish`, { languages: ['fi'] }, created.versionTag);
  const service = await post('/api/v1/services', completeService({ languages: ['fi'], name: { fi: 'Perhekahvila' }, summary: { fi: 'Vanhemmat ja lapset tapaavat kahvilassa.' }, description: { fi: 'Kahvila on auki keskiviikkoisin.' }, legislation: [], mainResponsibleOrganizationId: org, otherResponsibleOrganizationIds: [], producers: [{ provisionType: 'SelfProduced', organizationIds: [org] }], ontologyTerms: ['p13050'] }));
  serviceId = service.id;
  userId = (await grantRole(t.ctx, { email: 'tehtavat@example.fi', password: 'tehtävien salasana', organizationId: org, role: 'maintainer' })).userId;
  web = new WebSession(t.app);
  await web.signIn('tehtavat@example.fi', 'tehtävien salasana');
});
after(async () => {
  await t.close();
});

test('the front page sums up the tasks, linking to each list', async () => {
  const front = await web.get('/editor');
  assert.match(textOf(front.body), /Tehtävät ja ajankohtaiset muutokset Palvelut ilman asiointikanavia \(1\)/);
  assert.match(front.body, /href="\/editor\/tasks\?type=withoutChannels"/);
});

test('postponing asks for a reason, keeps what was typed when it is missing, and hides the task until the date', async () => {
  const list = await web.get(`/editor/tasks?type=withoutChannels&organization=${org}`);
  assert.equal(list.status, 200);
  assert.match(textOf(list.body), /Perhekahvila/);
  assert.match(textOf(list.body), /Liitä palveluun ainakin yksi asiointikanava/, 'the hint says what to do');
  const returnTo = `/editor/tasks?type=withoutChannels&organization=${org}`;

  const refused = await web.post('/editor/tasks/postpone', { type: 'withoutChannels', entityId: serviceId, until: '2026-03-01', reason: '  ', returnTo });
  assert.equal(refused.status, 400);
  assert.match(textOf(refused.body), /Korjaa seuraavat kohdat/);
  assert.match(refused.body, new RegExp(`<a href="#reason-${serviceId}">`), 'the error links to the field');
  assert.match(refused.body, /<details open="">/, 'the form stays open');
  assert.match(refused.body, /value="2026-03-01"/, 'the date typed is kept');

  const postponed = await web.post('/editor/tasks/postpone', { type: 'withoutChannels', entityId: serviceId, until: '2026-03-01', reason: 'Kanava julkaistaan maaliskuussa', returnTo });
  assert.equal(postponed.status, 303);
  const after = await web.follow(postponed);
  assert.match(textOf(after.body), /Tehtävää lykättiin/);
  assert.match(textOf(after.body), /Palvelut ilman asiointikanavia \(0\)/);
  assert.match(textOf(after.body), /Lykätyt tehtävät Perhekahvila ?: Palvelut ilman asiointikanavia\. Lykätty 1\.3\.2026 asti\. Kanava julkaistaan maaliskuussa/);

  const back = await web.post('/editor/tasks/resume', { type: 'withoutChannels', entityId: serviceId, returnTo });
  assert.match(textOf((await web.follow(back)).body), /Palvelut ilman asiointikanavia \(1\)/);
});

test('"still valid" clears a not-updated task; a stale version tag is refused with a notice', async () => {
  clock().set('2027-06-01T09:00:00Z');
  await web.signIn('tehtavat@example.fi', 'tehtävien salasana'); // the session ended meanwhile
  const list = await web.get(`/editor/tasks?type=notUpdated&organization=${org}`);
  assert.match(textOf(list.body), /Perhekahvila/);
  assert.match(textOf(list.body), /Päivitetty viimeksi 1\.2\.2026/);
  const tag = new RegExp(`name="entityId" value="${serviceId}"/><input type="hidden" name="kind" value="service"/><input type="hidden" name="versionTag" value="([^"]+)"`).exec(list.body)?.[1];
  assert.ok(tag, 'the form carries the version tag it was loaded with');
  const returnTo = `/editor/tasks?type=notUpdated&organization=${org}`;

  const stale = await web.post('/editor/tasks/confirm', { entityId: serviceId, kind: 'service', versionTag: '"old"', returnTo });
  assert.match(textOf((await web.follow(stale)).body), /Joku muu muutti sisältöä/);
  const confirmed = await web.post('/editor/tasks/confirm', { entityId: serviceId, kind: 'service', versionTag: tag.replace(/&quot;/g, '"'), returnTo });
  const after = textOf((await web.follow(confirmed)).body);
  assert.match(after, /Sisältö vahvistettiin ajantasaiseksi/);
  assert.doesNotMatch(after.split('Sisältöä ei ole päivitetty pitkään aikaan (')[2] ?? '', /Perhekahvila/, 'the service is no longer listed');
  clock().set('2026-02-01T09:00:00Z');
  await web.signIn('tehtavat@example.fi', 'tehtävien salasana');
});

test('a person turns the monthly digest off and changes the interface language on their own page', async () => {
  const page = await web.get('/editor/account');
  assert.match(page.body, /<input id="digest" type="checkbox"[^>]* checked=""/, 'on by default');
  const saved = await web.post('/editor/account', { name: 'Tea Tehtävä', language: 'sv' });
  assert.equal(saved.status, 303);
  const after = await web.follow(saved);
  assert.match(after.body, /<html lang="sv">/);
  assert.match(textOf(after.body), /Uppgifterna sparades/);
  assert.deepEqual(await accountSettings(t.ctx, userId), { email: 'tehtavat@example.fi', name: 'Tea Tehtävä', language: 'sv', digest: false });
  const bad = await web.post('/editor/account', { name: 'x'.repeat(201), language: 'fi', digest: '1' });
  assert.equal(bad.status, 400);
  assert.match(bad.body, /<a href="#name">/);
});

test('a scheduled publish that failed shows its reasons in Finnish with the field', async () => {
  const system = await tokenFor(t.app, t.ctx, null);
  const call = async (method: 'POST', url: string, payload: unknown, ifMatch?: string) =>
    (await t.app.inject({ method, url, headers: { authorization: `Bearer ${system}`, ...(ifMatch ? { 'if-match': ifMatch } : {}) }, payload: payload as object })).json();
  const svc = await call('POST', '/api/v1/services', completeService({ languages: ['fi'], name: { fi: 'Ajastettu kerho' }, summary: { fi: 'Kerho kokoontuu viikoittain.' }, description: { fi: 'Kerho on avoin kaikille.' }, legislation: [], mainResponsibleOrganizationId: org, otherResponsibleOrganizationIds: [], producers: [{ provisionType: 'SelfProduced', organizationIds: [org] }], ontologyTerms: ['p13050'], targetGroups: [], lifeEvents: [] }));
  clock().set('2026-06-01T09:00:00Z');
  const scheduled = await call('POST', `/api/v1/services/${svc.id}/publish`, { languages: ['fi'], at: '2026-06-01T10:00:00Z' }, svc.versionTag);
  assert.ok(scheduled.dueAt ?? scheduled.id, JSON.stringify(scheduled));
  clock().set('2026-06-01T10:00:30Z');
  await queuePeriodicJobs(t.ctx);
  await createRunner(t.ctx, JOBS, 'tasks-test').runDue();
  // the clock moved: a fresh session
  await web.signIn('tehtavat@example.fi', 'tehtävien salasana');
  const page = await web.get('/editor/tasks?type=scheduledPublishFailed&lang=fi');
  assert.equal(page.status, 200, `${page.status} ${page.location} ${page.body.slice(0, 500)}`);
  assert.match(textOf(page.body), /Ajastettu kerho[\s\S]*Kohderyhmä: Tieto puuttuu\./, textOf(page.body).slice(0, 3000));
});
