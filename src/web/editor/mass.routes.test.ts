import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openTestApp, type TestApp } from '../../../test/helpers/test-app.ts';
import { tokenFor } from '../../../test/helpers/api-client.ts';
import { textOf, WebSession } from '../../../test/helpers/web-session.ts';
import { grantRole } from '../../actions/people/people.ts';
import { completeService } from '../../domain/service/service-fixture.ts';
import { createRunner } from '../../jobs/runner.ts';
import { JOBS } from '../../jobs/definitions.ts';
import { findJob, listJobs } from '../../db/repositories/jobs.repository.ts';
import { runMassAction } from '../../actions/catalogue/mass-actions.ts';
import { sql } from 'drizzle-orm';

let t: TestApp;
let web: WebSession;
let org: string;
let sub: string;
let stranger: string;
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
  sub = (await post('/api/v1/organizations', { type: 'Organization', parentOrganizationId: org, languages: ['fi'], name: { fi: 'Massan alaosasto' } })).id;
  const outside = await post('/api/v1/organizations', { type: 'Organization', languages: ['fi'], name: { fi: 'Ulkopuolinen ry' }, summary: { fi: 'Toinen yhdistys.' } });
  stranger = outside.id;
  await post(`/api/v1/organizations/${stranger}/publish`, { languages: ['fi'] }, outside.versionTag);
  for (let i = 1; i <= 12; i++) ids.push((await post('/api/v1/services', service(`Kerho ${i}`))).id);
  ids.push((await post('/api/v1/services', service('Kerho ilman kohderyhmää', { targetGroups: [], lifeEvents: [] }))).id);
  await grantRole(t.ctx, { email: 'massa@example.fi', password: 'massan salasana on pitkä', organizationId: org, role: 'maintainer' });
  await grantRole(t.ctx, { email: 'toinen@example.fi', password: 'toisen salasana on pitkä', organizationId: org, role: 'maintainer' });
  await grantRole(t.ctx, { email: 'katsoja@example.fi', password: 'katsojan salasana on pitkä', organizationId: org, role: 'viewer' });
  web = new WebSession(t.app);
  await web.signIn('massa@example.fi', 'massan salasana on pitkä');
});
after(async () => {
  await t.close();
});

const runJobs = () => createRunner(t.ctx, JOBS, 'mass-test').runDue();
const massJobs = async () => (await listJobs(t.ctx.database.db, 1000)).filter((job) => job.name === 'mass-action').length;

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
  assert.match(textOf(after.body), /Tulokset kohteittain Nimi Tulos Lisätiedot/, 'a table of results per item');
  assert.match(textOf(after.body), /Kerho 1 Onnistui/);
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
  assert.match(done, /Kerho ilman kohderyhmää Epäonnistui Kohderyhmä: Tieto puuttuu\./);
});

test('nothing selected, or no language to publish, is refused at the field and starts nothing', async () => {
  const jobsBefore = await massJobs();
  const none = await web.post('/editor/mass', { action: 'archive', search: 'contentType=service' });
  assert.equal(none.status, 400);
  assert.match(none.body, /<a href="#ids">Valitse vähintään yksi rivi tai kaikki hakutulokset\.<\/a>/, 'the error summary links to the selection');
  const noLanguage = await web.post('/editor/mass', { action: 'publish', ids: [ids[5]!], search: '' });
  assert.equal(noLanguage.status, 400);
  assert.match(noLanguage.body, /<a href="#languages">Valitse julkaistavat kieliversiot\.<\/a>/, 'the error summary links to the languages');
  const row = new RegExp(`<input[^>]*value="${ids[5]}"[^>]*>`).exec(noLanguage.body)?.[0] ?? '';
  assert.match(row, /checked=""/, `the chosen row stays ticked: ${row}`);
  assert.equal(await massJobs(), jobsBefore, 'no mass action was queued');
});

test('a mass copy lands in the chosen organization as drafts, with a result per item; organizations are skipped', async () => {
  const started = await web.post('/editor/mass', { action: 'copy', organizationId: sub, ids: [ids[0]!, ids[1]!, ids[12]!, org], search: 'contentType=service' });
  assert.equal(started.status, 303, started.body.slice(0, 2000));
  await runJobs();
  const page = await web.get(started.location!);
  const text = textOf(page.body);
  assert.match(text, /Kopioi pohjaksi · kopiot organisaatioon Massan alaosasto/, 'the action and its target');
  assert.match(text, /Valmis: 3 onnistui, 0 epäonnistui\. 1 ohitettiin\./, text.slice(0, 3000));
  assert.match(text, /Kerho 1 Onnistui Avaa kopio/, 'a copied item links to its copy');
  assert.match(text, /Massayhdistys ry Ohitettu Organisaatioita ei kopioida pohjaksi\./, 'the organization is skipped with the reason');
  const copies = [...page.body.matchAll(/href="\/editor\/services\/([0-9a-f-]{36})">Avaa kopio/g)].map((m) => m[1]!);
  assert.equal(copies.length, 3, 'three copies');
  const system = await tokenFor(t.app, t.ctx, null);
  for (const copy of copies) {
    const row = (await t.app.inject({ method: 'GET', url: `/api/v1/services/${copy}/working-copy`, headers: { authorization: `Bearer ${system}` } })).json();
    assert.equal(row.organizationId, sub, 'the copy belongs to the chosen organization');
    assert.equal(row.status, 'draft', 'the copy is a draft');
    assert.ok(ids.includes(row.originId), `the copy remembers its original (${row.originId})`);
    assert.equal(row.content.mainResponsibleOrganizationId, sub, 'the chosen organization is responsible for the copy');
  }
});

test('a mass copy to an organization outside the tree, to none, or by a viewer is refused at the organization field', async () => {
  const jobsBefore = await massJobs();
  const outside = await web.post('/editor/mass', { action: 'copy', organizationId: stranger, ids: [ids[2]!], search: 'contentType=service' });
  assert.equal(outside.status, 400);
  assert.match(outside.body, /<a href="#organizationId">Voit kopioida vain omaan organisaatioosi tai sen alaorganisaatioihin\.<\/a>/, 'the error summary links to the field');
  assert.match(outside.body, /id="organizationId-error"/, 'the error is at the field');
  assert.match(outside.body, /<select id="organizationId" name="organizationId"[^>]*aria-invalid="true"/, 'the field is marked invalid');
  const none = await web.post('/editor/mass', { action: 'copy', organizationId: '', ids: [ids[2]!], search: 'contentType=service' });
  assert.equal(none.status, 400);
  assert.match(textOf(none.body), /Valitse organisaatio, johon kopioidaan\./, 'a target is required');
  const theirs = (await t.app.inject({ method: 'GET', url: `/api/v1/organizations/${stranger}` })).json();
  assert.ok(theirs.id === stranger, 'the outside organization exists (the refusal is about the tree)');
  const viewer = new WebSession(t.app);
  await viewer.signIn('katsoja@example.fi', 'katsojan salasana on pitkä');
  await viewer.get('/editor/search');
  const readOnly = await viewer.post('/editor/mass', { action: 'copy', organizationId: org, ids: [ids[2]!], search: 'contentType=service' });
  assert.equal(readOnly.status, 400);
  assert.match(textOf(readOnly.body), /Roolisi ei salli uusien sisältöjen tallentamista tähän organisaatioon/, 'a viewer may not copy into the tree');
  assert.equal(await massJobs(), jobsBefore, 'no copy was queued');
});

test('a mass copy run again after a crash (before its results were recorded) makes no second copies', async () => {
  const started = await web.post('/editor/mass', { action: 'copy', organizationId: sub, ids: [ids[2]!, ids[3]!], search: 'contentType=service' });
  assert.equal(started.status, 303, started.body.slice(0, 2000));
  const jobId = Number(started.location!.split('/').pop());
  const job = await findJob(t.ctx.database.db, jobId);
  assert.ok(job, 'the job is queued');
  const originalPayload = structuredClone(job.payload as Record<string, unknown>);
  await runJobs();
  // the same step again from the payload as it was before any result was recorded
  await runMassAction(t.ctx, jobId, originalPayload);
  const rows = await t.ctx.database.db.execute<{ n: number }>(
    // every copy of the two originals in the sub-organization
    sql`SELECT count(*)::int AS n FROM entities WHERE origin_id IN (${ids[2]!}, ${ids[3]!}) AND organization_id = ${sub}`,
  );
  assert.equal(rows.rows[0]!.n, 2, 'one copy of each, not two');
});
