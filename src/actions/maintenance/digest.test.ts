import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openTestApp, type TestApp } from '../../../test/helpers/test-app.ts';
import { tokenFor } from '../../../test/helpers/api-client.ts';
import { startSmtpCatcher, type SmtpCatcher } from '../../../test/helpers/smtp-catcher.ts';
import { smtpMailer } from '../../adapters/mail.ts';
import { completeService } from '../../domain/service/service-fixture.ts';
import { updateUser } from '../../db/repositories/people.repository.ts';
import { grantRole } from '../people/people.ts';
import { createRunner } from '../../jobs/runner.ts';
import { JOBS, queuePeriodicJobs } from '../../jobs/definitions.ts';

let t: TestApp;
let smtp: SmtpCatcher;
let system: string;
const clock = () => t.ctx.clock as unknown as { set(to: string): void };

async function call(method: 'POST', url: string, body: unknown, ifMatch?: string) {
  const headers: Record<string, string> = { authorization: `Bearer ${system}` };
  if (ifMatch) headers['if-match'] = ifMatch;
  const response = await t.app.inject({ method, url, headers, payload: body as object });
  return response.json();
}

async function tick(at: string) {
  clock().set(at);
  await queuePeriodicJobs(t.ctx);
  await createRunner(t.ctx, JOBS, 'digest-test').runDue();
}

let org: string;
let quietOrg: string;

before(async () => {
  smtp = await startSmtpCatcher();
  t = await openTestApp({ now: '2026-11-20T09:00:00Z', mailer: smtpMailer(smtp.url, 'Kuvaa <kuvaa@kuvaa.test>') });
  system = await tokenFor(t.app, t.ctx, null);
  const created = await call('POST', '/api/v1/organizations', { type: 'Organization', languages: ['fi', 'sv'], name: { fi: 'Kuukausiyhdistys', sv: 'Månadsföreningen' }, summary: { fi: 'Yhdistys kuvaa palvelunsa.', sv: 'Föreningen beskriver sina tjänster.' } });
  org = created.id;
  await call('POST', `/api/v1/organizations/${org}/publish`, { languages: ['fi', 'sv'] }, created.versionTag);
  // a draft service with no channels and only Finnish: two tasks
  await call('POST', '/api/v1/services', completeService({ languages: ['fi'], name: { fi: 'Kerhotoiminta' }, summary: { fi: 'Lapset kokoontuvat kerhoon.' }, description: { fi: 'Kerho kokoontuu viikoittain.' }, legislation: [], mainResponsibleOrganizationId: org, otherResponsibleOrganizationIds: [], producers: [{ provisionType: 'SelfProduced', organizationIds: [org] }], ontologyTerms: ['p13050'] }));
  const quiet = await call('POST', '/api/v1/organizations', { type: 'Organization', languages: ['fi'], name: { fi: 'Hiljainen yhdistys' }, summary: { fi: 'Yhdistys ilman tehtäviä.' } });
  quietOrg = quiet.id;
  await call('POST', `/api/v1/organizations/${quietOrg}/publish`, { languages: ['fi'] }, quiet.versionTag);

  await grantRole(t.ctx, { email: 'maija@kuukausi.test', password: 'salasana-salasana', organizationId: org, role: 'mainUser' });
  const sven = await grantRole(t.ctx, { email: 'sven@kuukausi.test', password: 'salasana-salasana', organizationId: org, role: 'maintainer' });
  await updateUser(t.database.db, sven.userId, { language: 'sv' });
  const optedOut = await grantRole(t.ctx, { email: 'ei-kiitos@kuukausi.test', password: 'salasana-salasana', organizationId: org, role: 'maintainer' });
  await updateUser(t.database.db, optedOut.userId, { digestOptOut: true });
  await grantRole(t.ctx, { email: 'kutsuttu@kuukausi.test', organizationId: org, role: 'viewer' }); // invited, never signed up
  await grantRole(t.ctx, { email: 'hiljainen@kuukausi.test', password: 'salasana-salasana', organizationId: quietOrg, role: 'mainUser' });
});
after(async () => {
  await t.close();
  await smtp.close();
});

test('the monthly digest goes out on the 1st at 06:00 Helsinki time, once, in each person\'s language, to people with tasks who have not opted out', async () => {
  await tick('2026-11-30T12:00:00Z');
  await tick('2026-12-01T03:59:00Z'); // 05:59 in Helsinki (UTC+2)
  assert.equal(smtp.mails.length, 0, 'nothing before 06:00 on the 1st');

  await tick('2026-12-01T04:00:00Z');
  const recipients = smtp.mails.map((mail) => mail.to[0]).sort();
  assert.deepEqual(recipients, ['maija@kuukausi.test', 'sven@kuukausi.test'], 'no mail to the opted-out, the invited or a person without tasks');

  const fi = smtp.mails.find((mail) => mail.to[0] === 'maija@kuukausi.test')!;
  assert.equal(fi.subject, 'Kuvaa: tehtävät ja ajankohtaiset muutokset, joulukuu 2026');
  assert.match(fi.text, /Kuukausiyhdistys/);
  assert.match(fi.text, /Palvelut ilman asiointikanavia: 1/);
  assert.match(fi.text, /Kieliversioita puuttuu: 1/);
  assert.match(fi.text, /Kerhotoiminta/, 'the most urgent items are named');
  assert.match(fi.text, new RegExp(`http://kuvaa\\.test/editor/tasks\\?type=missingTranslations&organization=${org}#task-`), 'with links into the editor');
  assert.match(fi.text, /http:\/\/kuvaa\.test\/editor\/account/, 'and the way to opt out');

  const sv = smtp.mails.find((mail) => mail.to[0] === 'sven@kuukausi.test')!;
  assert.equal(sv.subject, 'Kuvaa: uppgifter och aktuella ändringar, december 2026');
  assert.match(sv.text, /Månadsföreningen/);
  assert.match(sv.text, /Tjänster utan servicekanaler: 1/);

  await tick('2026-12-01T04:05:00Z');
  await tick('2026-12-02T10:00:00Z');
  assert.equal(smtp.mails.length, 2, 'never twice for the same month');

  await tick('2027-01-01T04:00:00Z');
  assert.equal(smtp.mails.length, 4, 'the next month has its own digest');
  assert.match(smtp.mails[3]!.subject, /(tammikuu|januari) 2027/);
});
