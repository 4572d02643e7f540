/**
 * The permission table for people, API clients and the audit log, walked through the real HTTP
 * API: every role × relation × action. Allowed cases succeed; refused ones get 403 (an API client
 * outside the tree is simply not listed) and change nothing.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { openTestApp, type TestApp } from '../../../test/helpers/test-app.ts';
import { tokenFor } from '../../../test/helpers/api-client.ts';
import { isAllowed, ROLES, type Action, type Relation, type Role } from '../../domain/permissions/permissions.ts';

type Kind = 'user' | 'apiClient' | 'auditLog';
const ACTIONS_OF: Record<Kind, Action[]> = { user: ['read', 'create', 'update', 'archive'], apiClient: ['read', 'create', 'update', 'archive'], auditLog: ['read'] };

let t: TestApp;
let system: string;
const orgs: Record<Relation, string> = { own: '', sub: '', other: '' };
const tokens = {} as Record<Role, string>;
let serial = 0;

async function call(token: string, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, body?: unknown) {
  const response = await t.app.inject({ method, url, headers: { authorization: `Bearer ${token}` }, ...(body !== undefined ? { payload: body as object } : {}) });
  return { status: response.statusCode, body: response.body ? response.json() : undefined };
}

async function roleOf(userId: string, organizationId: string): Promise<string | undefined> {
  const rows = await t.database.db.execute<{ role: string }>(sql`SELECT role FROM user_roles WHERE user_id = ${userId} AND organization_id = ${organizationId}`);
  return rows.rows[0]?.role;
}

async function clientState(clientId: string): Promise<string> {
  const rows = await t.database.db.execute<{ secret_hash: string; revoked_at: string | null }>(sql`SELECT secret_hash, revoked_at FROM api_clients WHERE id = ${clientId}`);
  return JSON.stringify(rows.rows[0]);
}

/** Performs the action; returns whether it took effect and whether a refusal left everything as it was. */
async function perform(token: string, kind: Kind, relation: Relation, action: Action): Promise<{ status: number; done: boolean; unchanged: boolean }> {
  const org = orgs[relation];
  serial += 1;
  if (kind === 'auditLog') {
    const { status } = await call(token, 'GET', `/api/v1/audit-log?organization=${org}`);
    return { status, done: status === 200, unchanged: true };
  }
  if (kind === 'user') {
    if (action === 'create') {
      const { status } = await call(token, 'POST', `/api/v1/organizations/${org}/people`, { email: `new-${serial}@example.fi`, role: 'viewer' });
      return { status, done: status === 201, unchanged: status === 201 || !(await t.database.db.execute(sql`SELECT 1 FROM users WHERE email = ${`new-${serial}@example.fi`}`)).rows.length };
    }
    const target = (await call(system, 'POST', `/api/v1/organizations/${org}/people`, { email: `target-${serial}@example.fi`, role: 'viewer' })).body.person.userId as string;
    if (action === 'read') {
      const { status } = await call(token, 'GET', `/api/v1/organizations/${org}/people`);
      return { status, done: status === 200, unchanged: true };
    }
    const { status } = action === 'update' ? await call(token, 'PATCH', `/api/v1/organizations/${org}/people/${target}`, { role: 'maintainer' }) : await call(token, 'DELETE', `/api/v1/organizations/${org}/people/${target}`);
    const role = await roleOf(target, org);
    return { status, done: status < 300, unchanged: role === 'viewer' };
  }
  if (action === 'create') {
    const { status } = await call(token, 'POST', '/api/v1/api-clients', { name: `client-${serial}`, organizationId: org, role: 'viewer' });
    return { status, done: status === 201, unchanged: status === 201 || !(await t.database.db.execute(sql`SELECT 1 FROM api_clients WHERE name = ${`client-${serial}`}`)).rows.length };
  }
  const target = (await call(system, 'POST', '/api/v1/api-clients', { name: `target-${serial}`, organizationId: org, role: 'viewer' })).body.clientId as string;
  if (action === 'read') {
    const { status, body } = await call(token, 'GET', '/api/v1/api-clients');
    const listed = status === 200 && (body as { clientId: string }[]).some((c) => c.clientId === target);
    return { status: listed ? 200 : 403, done: listed, unchanged: true };
  }
  const before = await clientState(target);
  const { status } = await call(token, 'POST', `/api/v1/api-clients/${target}/${action === 'update' ? 'rotate' : 'revoke'}`);
  return { status, done: status === 200, unchanged: (await clientState(target)) === before };
}

before(async () => {
  t = await openTestApp();
  system = await tokenFor(t.app, t.ctx, null);
  const make = async (name: string, parentOrganizationId: string | null) =>
    (await call(system, 'POST', '/api/v1/organizations', { type: 'Organization', languages: ['fi'], name: { fi: name }, parentOrganizationId })).body.id as string;
  orgs.own = await make('Oma ry', null);
  orgs.sub = await make('Alaosasto ry', orgs.own);
  orgs.other = await make('Vieras ry', null);
  orgs.sub = await make('Ala-alaosasto ry', orgs.sub); // two levels down: rights cascade to any depth
  tokens.systemAdministrator = system;
  for (const role of ['mainUser', 'maintainer', 'viewer'] as const) tokens[role] = await tokenFor(t.app, t.ctx, orgs.own, role);
});
after(async () => {
  await t.close();
});

const cases = ROLES.flatMap((role) =>
  (['own', 'sub', 'other'] as const).flatMap((relation) => (Object.keys(ACTIONS_OF) as Kind[]).flatMap((kind) => ACTIONS_OF[kind].map((action) => ({ role, relation, kind, action })))),
);

test(`people, API clients and the audit log follow the permission table (${cases.length} cases)`, async () => {
  const failures: string[] = [];
  for (const { role, relation, kind, action } of cases) {
    const allowed = isAllowed(role, relation, action, kind);
    const result = await perform(tokens[role], kind, relation, action);
    const label = `${role} ${relation} ${action} ${kind}: HTTP ${result.status}`;
    if (allowed && !result.done) failures.push(`${label}, expected success`);
    if (!allowed && result.done) failures.push(`${label}: UNEXPECTED ALLOW`);
    if (!allowed && result.status !== 403) failures.push(`${label}, expected 403`);
    if (!allowed && !result.unchanged) failures.push(`${label}: a refused write changed something`);
  }
  assert.deepEqual(failures, []);
  assert.equal(cases.length, 108, 'every role × relation × action');
});
