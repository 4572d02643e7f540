import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openTestApp, type TestApp } from '../../../test/helpers/test-app.ts';
import { tokenFor } from '../../../test/helpers/api-client.ts';
import { textOf, WebSession } from '../../../test/helpers/web-session.ts';
import { grantRole } from '../../actions/people/people.ts';
import { completeService } from '../../domain/service/service-fixture.ts';
import { createRunner } from '../../jobs/runner.ts';
import { JOBS } from '../../jobs/definitions.ts';

let t: TestApp;
let web: WebSession;
let org: string;
const ids: string[] = [];

before(async () => {
  t = await openTestApp();
  const system = await tokenFor(t.app, t.ctx, null);
  const post = async (url: string, payload: unknown, ifMatch?: string) =>
    (await t.app.inject({ method: 'POST', url, headers: { authorization: `Bearer ${system}`, ...(ifMatch ? { 'if-match': ifMatch } : {}) }, payload: payload as object })).json();
  const created = await post('/api/v1/organizations', { type: 'Organization', languages: ['fi'], name: { fi: 'Massayhdistys ry' }, summary: { fi: 'Yhdistys julkaisee paljon.' } });
  org = created.id;
  await post(`/api/v1/organizations/${org}/publish`, { languages: ['fi'] }, created.versionTag);
  const service = (name: string, extra: Record<string, unknown> = {}) =>
    completeService({ languages: ['fi'], name: { fi: name }, summary: { fi: `${name}: lapsille ja nuorille.` }, description: { fi: 'Toiminta kokoontuu viikoittain.' }, legislation: [], mainResponsibleOrganizationId: org, otherResponsibleOrganizationIds: [], producers: [{ provisionType: 'SelfProduced', organizationIds: [org] }], ontologyTerms: ['p13050'], ...extra });
  for (let i = 1; i <= 12; i++) ids.push((await post('/api/v1/services', service(`Kerho ${i}`))).id);
  ids.push((await post('/api/v1/services', service('Kerho ilman kohderyhmää', { targetGroups: [], lifeEvents: [] }))).id);
  await grantRole(t.ctx, { email: 'massa@example.fi', password: 'massan salasana on pitkä', organizationId: org, role: 'maintainer' });
  await grantRole(t.ctx, { email: 'toinen@example.fi', password: 'toisen salasana on pitkä', organizationId: org, role: 'maintainer' });
  web = new WebSession(t.app);
  await web.signIn('massa@example.fi', 'massan salasana on pitkä');
});
after(async () => {
  await t.close();
});

const runJobs = () => createRunner(t.ctx, JOBS, 'mass-test').runDue();

test('selected rows are published in the background with a result per item; only the starter sees the progress', async () => {
  const search = await web.get('/editor/search?contentType=service&status=draft');
  assert.match(search.body, /name="ids" value="/, 'own rows have checkboxes');
  const started = await web.post('/editor/mass', { action: 'publish', languages: 'fi', ids: ids.slice(0, 3), search: 'contentType=service' });
  assert.equal(started.status, 303);
  const progressUrl = started.location!;
  const before = await web.get(progressUrl);
  assert.match(textOf(before.body), /0 \/ 3 käsitelty/);
  assert.match(before.body, /<progress id="mass-bar" max="3" value="0"/);

  await runJobs();
  const after = await web.get(progressUrl);
  assert.match(textOf(after.body), /Valmis: 3 onnistui, 0 epäonnistui/);
  assert.match(textOf(after.body), /Onnistui Kerho 1/);
  const open = await t.app.inject({ method: 'GET', url: `/api/v1/services/${ids[0]}` });
  assert.equal(open.statusCode, 200, 'published');

  const other = new WebSession(t.app);
  await other.signIn('toinen@example.fi', 'toisen salasana on pitkä');
  assert.equal((await other.get(progressUrl)).status, 404, "another person's mass action is not shown");
});

test('"all results" takes every result of the search; items that break the rules fail one by one with the reason', async () => {
  const started = await web.post('/editor/mass', { action: 'publish', languages: 'fi', allMatching: '1', search: 'contentType=service&status=draft&q=' });
  assert.equal(started.status, 303);
  await runJobs();
  const done = textOf((await web.get(started.location!)).body);
  assert.match(done, /Valmis: 9 onnistui, 1 epäonnistui/, done.slice(0, 3000));
  assert.match(done, /Epäonnistui Kerho ilman kohderyhmää: .*target group/i);
});

test('nothing selected, or no language to publish, is refused with a notice and starts nothing', async () => {
  const none = await web.post('/editor/mass', { action: 'archive', search: 'contentType=service' });
  assert.equal(none.status, 303);
  assert.match(textOf((await web.follow(none)).body), /Valitse vähintään yksi rivi tai kaikki hakutulokset/);
  const noLanguage = await web.post('/editor/mass', { action: 'publish', ids: [ids[5]!], search: '' });
  assert.match(textOf((await web.follow(noLanguage)).body), /Valitse julkaistavat kieliversiot/);
});
