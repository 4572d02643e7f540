import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openTestApp, type TestApp } from '../../../test/helpers/test-app.ts';
import { tokenFor } from '../../../test/helpers/api-client.ts';
import { completeService } from '../../domain/service/service-fixture.ts';
import { completeChannel } from '../../domain/channel/channel-fixture.ts';
import { loadCodeLists } from '../../db/seed/load-code-lists.ts';
import { DEFAULT_CODE_LIST_DIR } from '../../db/seed/code-list-files.ts';
import { grantRole } from '../people/people.ts';
import { createRunner } from '../../jobs/runner.ts';
import { JOBS, queuePeriodicJobs } from '../../jobs/definitions.ts';
import { archiveStaleChannels, pruneOldVersions } from './upkeep.ts';
import { rulesOf } from '../catalogue/resources.ts';

let t: TestApp;
let system: string;
const clock = () => t.ctx.clock as unknown as { set(to: string | Date): void; now(): Date };

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';
async function call(method: Method, url: string, options: { token?: string; body?: unknown; ifMatch?: string } = {}) {
  const headers: Record<string, string> = {};
  if (options.token ?? system) headers.authorization = `Bearer ${options.token ?? system}`;
  if (options.ifMatch) headers['if-match'] = options.ifMatch;
  const response = await t.app.inject({ method, url, headers, ...(options.body !== undefined ? { payload: options.body as object } : {}) });
  return { status: response.statusCode, body: response.body ? response.json() : undefined };
}

async function createOrg(name: string, languages: string[] = ['fi']): Promise<string> {
  const text = (prefix: string) => Object.fromEntries(languages.map((lang) => [lang, `${prefix}${name} (${lang})`]));
  const created = await call('POST', '/api/v1/organizations', { body: { type: 'Organization', languages, name: text(''), summary: text('Yhdistys: ') } });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const published = await call('POST', `/api/v1/organizations/${created.body.id}/publish`, { ifMatch: created.body.versionTag, body: { languages } });
  assert.equal(published.status, 200, JSON.stringify(published.body));
  return created.body.id;
}

const service = (org: string, overrides: Record<string, unknown> = {}) =>
  completeService({ mainResponsibleOrganizationId: org, otherResponsibleOrganizationIds: [], producers: [{ provisionType: 'SelfProduced', organizationIds: [org] }], ontologyTerms: ['p13050'], ...overrides });

async function create(pathName: 'services' | 'channels', body: unknown, publish?: string[]) {
  const created = await call('POST', `/api/v1/${pathName}`, { body });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  if (!publish) return created.body;
  const published = await call('POST', `/api/v1/${pathName}/${created.body.id}/publish`, { ifMatch: created.body.versionTag, body: { languages: publish } });
  assert.equal(published.status, 200, JSON.stringify(published.body));
  return published.body;
}

async function tasks(type: string, org: string) {
  const response = await call('GET', `/api/v1/tasks/${type}?organizationId=${org}`);
  assert.equal(response.status, 200, JSON.stringify(response.body));
  return response.body.items as { entityId: string; detail: Record<string, unknown>; type: string }[];
}
const idsOf = async (type: string, org: string) => (await tasks(type, org)).map((task) => task.entityId).sort();

async function workerTick() {
  await queuePeriodicJobs(t.ctx);
  await createRunner(t.ctx, JOBS, 'test-worker').runDue();
}

before(async () => {
  t = await openTestApp({ now: '2026-01-15T09:00:00Z' });
  system = await tokenFor(t.app, t.ctx, null);
});
after(async () => {
  await t.close();
});

describe('tasks', () => {
  test('a service without channels and a channel without services are tasks until they are connected', async () => {
    clock().set('2026-01-15T09:00:00Z');
    const org = await createOrg('Yhdistys A');
    const svc = await create('services', service(org));
    const channel = await create('channels', completeChannel('WebPage', { organizationId: org }));
    assert.deepEqual(await idsOf('withoutChannels', org), [svc.id]);
    assert.deepEqual(await idsOf('withoutServices', org), [channel.id]);
    const counts = await call('GET', `/api/v1/tasks?organizationId=${org}`);
    assert.equal(counts.body.counts.withoutChannels, 1, JSON.stringify(counts.body));
    assert.equal(counts.body.counts.brokenLinks, 0, 'every type is counted, zeros included');

    const connected = await call('PUT', `/api/v1/services/${svc.id}/connections/${channel.id}`, { ifMatch: svc.versionTag, body: {} });
    assert.equal(connected.status, 200, JSON.stringify(connected.body));
    assert.deepEqual(await idsOf('withoutChannels', org), []);
    assert.deepEqual(await idsOf('withoutServices', org), []);
  });

  test('content lacking a language the organization uses has a missing-translations task until the language is added', async () => {
    clock().set('2026-01-15T09:00:00Z');
    const org = await createOrg('Tvåspråkig förening', ['fi', 'sv']);
    const finnishOnly = service(org, {
      languages: ['fi'],
      name: { fi: 'Vertaistukiryhmä' },
      summary: { fi: 'Vanhemmat tapaavat toisiaan.' },
      description: { fi: 'Ryhmä kokoontuu kerran viikossa.' },
      legislation: [],
    });
    const svc = await create('services', finnishOnly);
    const [task] = await tasks('missingTranslations', org);
    assert.equal(task?.entityId, svc.id);
    assert.deepEqual(task?.detail, { languages: ['sv'] });

    const replaced = await call('PUT', `/api/v1/services/${svc.id}`, { ifMatch: svc.versionTag, body: service(org) });
    assert.equal(replaced.status, 200, JSON.stringify(replaced.body));
    assert.deepEqual(await idsOf('missingTranslations', org), []);
  });

  test('content not updated for the warning period is a task; "still valid" resets the clock without a new version', async () => {
    clock().set('2026-01-15T09:00:00Z');
    const org = await createOrg('Vanha yhdistys');
    const svc = await create('services', service(org), ['fi', 'sv']);
    const phone = await create('channels', completeChannel('Phone', { organizationId: org }), ['fi']);

    clock().set('2027-04-14T09:00:00Z'); // 14 months and 30 days
    assert.deepEqual(await idsOf('notUpdated', org), []);
    clock().set('2027-04-16T09:00:00Z');
    const stale = await tasks('notUpdated', org);
    assert.deepEqual(stale.map((task) => task.entityId).sort(), [org, svc.id, phone.id].sort());
    const phoneTask = stale.find((task) => task.entityId === phone.id)!;
    assert.equal(stale.find((task) => task.entityId === svc.id)!.detail.autoArchiveAt, null, 'services are not archived automatically');
    assert.ok(String(phoneTask.detail.autoArchiveAt).startsWith('2027-07-15'), `archived 18 months after the last update: ${phoneTask.detail.autoArchiveAt}`);

    const stale412 = await call('POST', `/api/v1/services/${svc.id}/confirm-valid`, { ifMatch: '"stale"' });
    assert.equal(stale412.status, 412, 'confirming needs the current version tag');
    const confirmed = await call('POST', `/api/v1/services/${svc.id}/confirm-valid`, { ifMatch: svc.versionTag });
    assert.equal(confirmed.status, 200, JSON.stringify(confirmed.body));
    assert.equal(confirmed.body.checkedAt, '2027-04-16T09:00:00.000Z');
    assert.equal(confirmed.body.version, svc.version, 'no new version');
    assert.notEqual(confirmed.body.versionTag, svc.versionTag, 'the version tag changes');
    assert.equal(confirmed.body.modifiedAt, svc.modifiedAt, 'the modified date stays');
    assert.deepEqual((await idsOf('notUpdated', org)).includes(svc.id), false, 'the task is gone');
  });

  test('published phone channels and service locations are archived at 18 months; others, and confirmed ones, are not', async () => {
    clock().set('2026-02-01T09:00:00Z');
    const org = await createOrg('Arkistoitava yhdistys');
    const phone = await create('channels', completeChannel('Phone', { organizationId: org }), ['fi']);
    const draftPhone = await create('channels', completeChannel('Phone', { organizationId: org }));
    const location = await create('channels', completeChannel('ServiceLocation', { organizationId: org }), ['fi']);
    const web = await create('channels', completeChannel('WebPage', { organizationId: org }), ['fi']);
    clock().set('2026-12-01T09:00:00Z');
    const confirmed = await call('POST', `/api/v1/channels/${location.id}/confirm-valid`, { ifMatch: location.versionTag });
    assert.equal(confirmed.status, 200, JSON.stringify(confirmed.body));

    clock().set('2027-08-03T09:00:00Z');
    assert.deepEqual(await archiveStaleChannels({ ...t.ctx, maintenance: { staleWarningMonths: 15, autoArchiveMonths: 0, versionRetentionDays: 730, linkRecheckHours: 0 } }, rulesOf('channel')), [], 'AUTO_ARCHIVE_MONTHS=0 archives nothing');
    await workerTick();
    const status = async (id: string) => (await call('GET', `/api/v1/channels/${id}/working-copy`)).body;
    const archived = await status(phone.id);
    assert.equal(archived.status, 'archived');
    assert.equal(archived.modifiedBy, 'system:system', 'archived by the system');
    assert.equal((await status(location.id)).status, 'published', 'confirmed still valid 8 months ago');
    assert.equal((await status(web.id)).status, 'published', 'web pages are not archived automatically');
    assert.equal((await status(draftPhone.id)).status, 'draft', 'drafts are not archived');
  });

  test('a scheduled publish that fails becomes a task with the reasons, and the organization gets one mail', async () => {
    clock().set('2026-03-10T09:00:00Z');
    const org = await createOrg('Ajastava yhdistys');
    await grantRole(t.ctx, { email: 'paakayttaja@ajastava.test', password: 'salasana-salasana', organizationId: org, role: 'mainUser' });
    await grantRole(t.ctx, { email: 'katselija@ajastava.test', password: 'salasana-salasana', organizationId: org, role: 'viewer' });
    const svc = await create('services', service(org, { targetGroups: [], lifeEvents: [] }));
    const scheduled = await call('POST', `/api/v1/services/${svc.id}/publish`, { ifMatch: svc.versionTag, body: { languages: ['fi'], at: '2026-03-10T10:00:00Z' } });
    assert.equal(scheduled.status, 202, JSON.stringify(scheduled.body));
    const mailsBefore = t.ctx.mailer!.outbox!().length;

    clock().set('2026-03-10T10:00:05Z');
    await workerTick();
    const [task] = await tasks('scheduledPublishFailed', org);
    assert.equal(task?.entityId, svc.id);
    assert.ok(JSON.stringify(task?.detail.reasons).includes('targetGroups'), JSON.stringify(task?.detail));
    const mails = t.ctx.mailer!.outbox!().slice(0, t.ctx.mailer!.outbox!().length - mailsBefore);
    assert.deepEqual(mails.map((mail) => mail.to), ['paakayttaja@ajastava.test'], 'the main user is told; viewers are not');
    assert.match(mails[0]!.subject, /ajastettu julkaisu epäonnistui/);
    assert.match(mails[0]!.text, /targetGroups/);
    assert.match(mails[0]!.text, new RegExp(`/editor/tasks\\?type=scheduledPublishFailed&organization=${org}#task-${svc.id}`));

    clock().set('2026-03-10T10:01:05Z');
    await workerTick();
    assert.equal(t.ctx.mailer!.outbox!().length - mailsBefore, 1, 'the mail is sent once');

    const current = await call('GET', `/api/v1/services/${svc.id}/working-copy`);
    const fixed = await call('PUT', `/api/v1/services/${svc.id}`, { ifMatch: current.body.versionTag, body: service(org) });
    assert.deepEqual(await idsOf('scheduledPublishFailed', org), [svc.id], 'still a task until it is published');
    const published = await call('POST', `/api/v1/services/${svc.id}/publish`, { ifMatch: fixed.body.versionTag, body: { languages: ['fi'] } });
    assert.equal(published.status, 200, JSON.stringify(published.body));
    assert.deepEqual(await idsOf('scheduledPublishFailed', org), []);
  });

  test("another organization changing or archiving a shared channel a service uses is a task until the service is reviewed", async () => {
    clock().set('2026-04-01T09:00:00Z');
    const city = await createOrg('Esimerkkilän kaupunki');
    const ngo = await createOrg('Liikuntaseura');
    const gym = await create('channels', completeChannel('ServiceLocation', { organizationId: city }), ['fi']);
    const svc = await create('services', service(ngo), ['fi']);
    const connected = await call('PUT', `/api/v1/services/${svc.id}/connections/${gym.id}`, { ifMatch: svc.versionTag, body: { description: { fi: 'Tiistaisin koulun salissa; ohjaajana kurssin vetäjä.' } } });
    assert.equal(connected.status, 200, JSON.stringify(connected.body));
    assert.deepEqual(await idsOf('sharedChannelChanged', ngo), []);

    clock().set('2026-05-01T09:00:00Z');
    const edited = await call('PUT', `/api/v1/channels/${gym.id}`, { ifMatch: gym.versionTag, body: completeChannel('ServiceLocation', { organizationId: city, name: { fi: 'Koulun liikuntasali (remontoitu)', sv: 'Skolans gymnastiksal' } }) });
    assert.equal(edited.status, 200, JSON.stringify(edited.body));
    assert.deepEqual(await idsOf('sharedChannelChanged', ngo), [], 'an unpublished edit is not visible to others yet');
    const republished = await call('POST', `/api/v1/channels/${gym.id}/publish`, { ifMatch: edited.body.versionTag, body: { languages: ['fi'] } });
    const [task] = await tasks('sharedChannelChanged', ngo);
    assert.equal(task?.entityId, svc.id);
    assert.deepEqual((task?.detail.channels as { channelId: string; change: string }[]).map((c) => [c.channelId, c.change]), [[gym.id, 'changed']]);
    assert.deepEqual(await idsOf('sharedChannelChanged', city), [], "the owner's own tree has no such task");

    const working = await call('GET', `/api/v1/services/${svc.id}/working-copy`);
    await call('POST', `/api/v1/services/${svc.id}/confirm-valid`, { ifMatch: working.body.versionTag });
    assert.deepEqual(await idsOf('sharedChannelChanged', ngo), [], 'reviewed');

    clock().set('2026-06-01T09:00:00Z');
    await call('POST', `/api/v1/channels/${gym.id}/archive`, { ifMatch: republished.body.versionTag, body: {} });
    const [archivedTask] = await tasks('sharedChannelChanged', ngo);
    assert.deepEqual((archivedTask?.detail.channels as { change: string }[]).map((c) => c.change), ['archived']);
  });

  test('a new classification version that renames or removes a service class the service uses gives it a review task', async () => {
    clock().set('2026-05-10T09:00:00Z');
    const org = await createOrg('Luokiteltu yhdistys');
    const housing = await create('services', service(org, { serviceClasses: ['P1.1'] }), ['fi']);
    const other = await create('services', service(org, { serviceClasses: ['P3.1'], targetGroups: ['KR1'], lifeEvents: [] }));

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kuvaa-codelists-'));
    fs.cpSync(DEFAULT_CODE_LIST_DIR, dir, { recursive: true });
    const file = path.join(dir, 'ptv/service-classes.json');
    const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { items: { code: string; name: Record<string, string> }[] };
    data.items.find((item) => item.code === 'P1.1')!.name.fi = 'Asumisen tuet ja avustukset';
    fs.writeFileSync(file, JSON.stringify(data));
    clock().set('2026-05-11T09:00:00Z');
    const [loaded] = await loadCodeLists(t.database, { dir, names: ['service-classes'], now: clock().now() });
    assert.equal(loaded?.status, 'loaded');
    fs.rmSync(dir, { recursive: true, force: true });

    const found = await tasks('classificationChanged', org);
    assert.deepEqual(found.map((task) => task.entityId), [housing.id], `only the service using P1.1: ${JSON.stringify(found.map((f) => f.detail))}`);
    const [change] = found[0]!.detail.changes as { code: string; change: string; after: { name: { fi: string } } }[];
    assert.equal(change?.code, 'P1.1');
    assert.equal(change?.change, 'renamed');
    assert.equal(change?.after.name.fi, 'Asumisen tuet ja avustukset');
    assert.ok(other.id, 'the other service exists');

    clock().set('2026-05-12T09:00:00Z');
    const saved = await call('PUT', `/api/v1/services/${housing.id}`, { ifMatch: housing.versionTag, body: service(org, { serviceClasses: ['P1.1', 'P1.2'] }) });
    assert.equal(saved.status, 200, JSON.stringify(saved.body));
    assert.deepEqual(await idsOf('classificationChanged', org), [], 'reviewed by saving');
  });
});

describe('postponing', () => {
  test('a task postponed with a reason is hidden until the date and can be brought back; bad input names the field', async () => {
    clock().set('2026-07-01T09:00:00Z');
    const org = await createOrg('Lykkäävä yhdistys');
    const maintainer = await tokenFor(t.app, t.ctx, org, 'maintainer');
    const viewer = await tokenFor(t.app, t.ctx, org, 'viewer');
    const svc = await create('services', service(org));
    const url = `/api/v1/tasks/withoutChannels/${svc.id}/postponement`;

    const bad = await call('PUT', url, { token: maintainer, body: { until: '2026-06-01T00:00:00Z', reason: ' ' } });
    assert.equal(bad.status, 400);
    assert.deepEqual(bad.body.errors.map((e: { path: string }) => e.path).sort(), ['reason', 'until']);
    const forbidden = await call('PUT', url, { token: viewer, body: { until: '2026-08-01T00:00:00Z', reason: 'Kanava tulossa' } });
    assert.equal(forbidden.status, 403, 'a viewer cannot postpone');
    const unknown = await call('PUT', `/api/v1/tasks/nonsense/${svc.id}/postponement`, { token: maintainer, body: { until: '2026-08-01T00:00:00Z', reason: 'x' } });
    assert.equal(unknown.status, 400, 'unknown task type');

    const postponed = await call('PUT', url, { token: maintainer, body: { until: '2026-08-01T00:00:00Z', reason: 'Asiointikanava julkaistaan elokuussa' } });
    assert.equal(postponed.status, 204, JSON.stringify(postponed.body));
    assert.deepEqual(await idsOf('withoutChannels', org), []);
    const list = await call('GET', `/api/v1/tasks/postponements?organizationId=${org}`, { token: viewer });
    assert.deepEqual(list.body.map((p: { entityId: string; reason: string }) => [p.entityId, p.reason]), [[svc.id, 'Asiointikanava julkaistaan elokuussa']]);

    clock().set('2026-08-01T00:00:01Z');
    assert.deepEqual(await idsOf('withoutChannels', org), [svc.id], 'back after the date');
    await call('PUT', url, { token: maintainer, body: { until: '2026-09-01T00:00:00Z', reason: 'Vielä kuukausi' } });
    assert.equal((await call('DELETE', url, { token: maintainer })).status, 204);
    assert.deepEqual(await idsOf('withoutChannels', org), [svc.id], 'brought back');
    assert.equal((await call('DELETE', url, { token: maintainer })).status, 404, 'nothing to bring back');
  });

  test("tasks of another organization's tree are not shown", async () => {
    const mine = await createOrg('Oma yhdistys');
    const theirs = await createOrg('Toinen yhdistys');
    const token = await tokenFor(t.app, t.ctx, mine, 'viewer');
    const refused = await call('GET', `/api/v1/tasks?organizationId=${theirs}`, { token });
    assert.equal(refused.status, 403);
    const own = await call('GET', '/api/v1/tasks', { token });
    assert.equal(own.status, 200);
  });
});

describe('version pruning', () => {
  test('old versions go, keeping the ten newest and the published one', async () => {
    clock().set('2024-01-01T09:00:00Z');
    const org = await createOrg('Monen version yhdistys');
    let tag = (await call('GET', `/api/v1/organizations/${org}/working-copy`)).body.versionTag as string;
    for (let i = 1; i <= 14; i++) {
      const saved = await call('PUT', `/api/v1/organizations/${org}`, { ifMatch: tag, body: { type: 'Organization', languages: ['fi'], name: { fi: `Monen version yhdistys ${i}` }, summary: { fi: 'Yhdistys.' } } });
      assert.equal(saved.status, 200, JSON.stringify(saved.body));
      tag = saved.body.versionTag;
    }
    const before = (await call('GET', `/api/v1/organizations/${org}/versions`)).body;
    const versions = (before.items ?? before) as { version: string; operation: string }[];
    assert.equal(versions.length, 16, 'create, publish and 14 updates');

    clock().set('2026-01-02T09:00:00Z'); // 732 days later
    await pruneOldVersions(t.ctx);
    const afterPrune = (await call('GET', `/api/v1/organizations/${org}/versions`)).body;
    const kept = (afterPrune.items ?? afterPrune) as { version: string; operation: string }[];
    assert.equal(kept.length, 11, 'the ten newest and the published one');
    assert.ok(kept.some((v) => v.operation === 'publish'), 'the published version stays');
  });
});
