import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openTestApp, type TestApp } from '../../../test/helpers/test-app.ts';
import { textOf, WebSession } from '../../../test/helpers/web-session.ts';
import { grantRole } from '../../actions/people/people.ts';
import { ALL_MESSAGES } from '../i18n.ts';

let t: TestApp;

before(async () => {
  t = await openTestApp();
});
after(async () => {
  await t.close();
});

test('without SMTP the mails land in the outbox, shown at /dev/outbox on this machine only', async () => {
  await grantRole(t.ctx, { email: 'outbox@example.fi', password: 'salasana on pitkä', organizationId: '00000000-0000-0000-0000-000000000000', role: 'systemAdministrator' });
  const web = new WebSession(t.app);
  await web.get('/forgot-password');
  await web.post('/forgot-password', { email: 'outbox@example.fi' });
  const outbox = await web.get('/dev/outbox');
  assert.equal(outbox.status, 200);
  assert.match(textOf(outbox.body), /Kuvaa: salasanan vaihto Vastaanottaja: outbox@example\.fi/);
  assert.match(outbox.body, /http:\/\/kuvaa\.test\/reset-password\/[A-Za-z0-9_-]{40,}/);
  const remote = await t.app.inject({ method: 'GET', url: '/dev/outbox', remoteAddress: '198.51.100.4' });
  assert.equal(remote.statusCode, 403, 'not from another machine');
});

test('every UI text exists in Finnish, Swedish and English', () => {
  const keys = Object.keys(ALL_MESSAGES.fi).sort();
  for (const language of ['sv', 'en'] as const) {
    assert.deepEqual(Object.keys(ALL_MESSAGES[language]).sort(), keys, `${language} has the same keys`);
    for (const key of keys) {
      const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort().join();
      assert.equal(placeholders(ALL_MESSAGES[language][key as keyof typeof ALL_MESSAGES.fi]), placeholders(ALL_MESSAGES.fi[key as keyof typeof ALL_MESSAGES.fi]), `${language}.${key} has the same placeholders`);
    }
  }
});
