import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { openTestApp, type TestApp } from '../../../test/helpers/test-app.ts';
import { createEntity } from '../catalogue/entity-lifecycle.ts';
import { organizationRules } from '../catalogue/resources.ts';
import { checkPassword, grantRole, SYSTEM_ORGANIZATION } from './people.ts';
import { ValidationError } from '../../domain/errors.ts';

let t: TestApp;
let orgA: string;
let orgB: string;
before(async () => {
  t = await openTestApp();
  orgA = (await createEntity(t.ctx, organizationRules, { type: 'Organization', languages: ['fi'], name: { fi: 'A ry' } })).id;
  orgB = (await createEntity(t.ctx, organizationRules, { type: 'Organization', languages: ['fi'], name: { fi: 'B ry' } })).id;
});
after(async () => {
  await t.close();
});

test('a system administrator is created with an argon2id password hash', async () => {
  const admin = await grantRole(t.ctx, { email: 'Admin@Example.fi', password: 'correct horse battery', organizationId: SYSTEM_ORGANIZATION, role: 'systemAdministrator' });
  assert.equal(admin.email, 'admin@example.fi');
  const stored = await t.database.db.execute<{ password_hash: string }>(sql`SELECT password_hash FROM users WHERE id = ${admin.userId}`);
  assert.match(stored.rows[0]!.password_hash, /^\$argon2id\$/);
  assert.equal(await checkPassword(t.ctx, 'ADMIN@example.fi', 'correct horse battery'), admin.userId);
  assert.equal(await checkPassword(t.ctx, 'admin@example.fi', 'wrong horse battery'), undefined);
  assert.equal(await checkPassword(t.ctx, 'nobody@example.fi', 'correct horse battery'), undefined);
});

test('one person holds different roles in several organizations', async () => {
  await grantRole(t.ctx, { email: 'maija@example.fi', password: 'pitkä salasana 123', organizationId: orgA, role: 'mainUser' });
  const both = await grantRole(t.ctx, { email: 'maija@example.fi', organizationId: orgB, role: 'viewer' });
  assert.deepEqual(both.roles.map((r) => r.role).sort(), ['mainUser', 'viewer']);
  assert.equal(await checkPassword(t.ctx, 'maija@example.fi', 'pitkä salasana 123'), both.userId, 'the password stays when none is given');
});

test('bad input names every field and writes nothing', async () => {
  const before = await t.database.db.execute<{ n: string }>(sql`SELECT count(*) AS n FROM users`);
  await assert.rejects(
    grantRole(t.ctx, { email: 'not-an-email', password: 'short', organizationId: '11111111-1111-4111-8111-111111111111', role: 'systemAdministrator' }),
    (error: unknown) => error instanceof ValidationError && ['email', 'password', 'organization', 'role'].every((path) => error.violations.some((v) => v.path === path)),
  );
  const after = await t.database.db.execute<{ n: string }>(sql`SELECT count(*) AS n FROM users`);
  assert.equal(after.rows[0]!.n, before.rows[0]!.n);
});
