/**
 * The permission table walked through the real HTTP API: every role × relation × action × entity
 * type the write API offers. An allowed case must succeed; a denied one must be refused (403, or
 * 404 for reads) and change nothing. Any unexpected allow fails.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openTestApp, type TestApp } from '../../../test/helpers/test-app.ts';
import { tokenFor } from '../../../test/helpers/api-client.ts';
import { completeService } from '../../domain/service/service-fixture.ts';
import { completeChannel } from '../../domain/channel/channel-fixture.ts';
import { ACTIONS, isAllowed, ROLES, type Action, type Relation, type Role } from '../../domain/permissions/permissions.ts';

type Kind = 'organization' | 'service' | 'channel' | 'connection';
const KINDS: Kind[] = ['organization', 'service', 'channel', 'connection'];

let t: TestApp;
let system: string;
const orgs: Record<Relation, string> = { own: '', sub: '', other: '' };
const tokens = {} as Record<Role, string>;

async function call(token: string, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, body?: unknown, ifMatch?: string) {
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  if (ifMatch) headers['if-match'] = ifMatch;
  const response = await t.app.inject({ method, url, headers, ...(body !== undefined ? { payload: body as object } : {}) });
  return { status: response.statusCode, body: response.body ? response.json() : undefined, etag: response.headers.etag as string | undefined };
}

const orgBody = (name: string, parent: string | null) => ({ type: 'Organization', languages: ['fi'], name: { fi: name }, summary: { fi: `${name}.` }, parentOrganizationId: parent });
const serviceBody = (org: string) => completeService({ languages: ['fi'], name: { fi: 'Palvelu' }, summary: { fi: 'Lyhyt kuvaus palvelusta.' }, description: { fi: 'Kuvaus.' }, legislation: [], mainResponsibleOrganizationId: org, otherResponsibleOrganizationIds: [], producers: [{ provisionType: 'SelfProduced', organizationIds: [org] }], ontologyTerms: ['p13050'] });
const channelBody = (org: string) => completeChannel('Phone', { organizationId: org, languages: ['fi'], name: { fi: 'Puhelin' }, summary: { fi: 'Soita meille.' } });

async function created(path: string, body: unknown): Promise<{ id: string; tag: string }> {
  const response = await call(system, 'POST', `/api/v1/${path}`, body);
  assert.equal(response.status, 201, JSON.stringify(response.body));
  return { id: response.body.id, tag: response.body.versionTag };
}

/** A fresh target of `kind` owned by the organization in `relation`, made by the system client. */
async function target(kind: Kind, relation: Relation) {
  const org = orgs[relation];
  if (kind === 'organization') return created('organizations', orgBody('Kohde ry', org));
  if (kind === 'service') return created('services', serviceBody(org));
  if (kind === 'channel') return created('channels', channelBody(org));
  const service = await created('services', serviceBody(org));
  const channel = await created('channels', channelBody(org));
  const connected = await call(system, 'PUT', `/api/v1/services/${service.id}/connections/${channel.id}`, {}, service.tag);
  return { id: service.id, tag: connected.body.versionTag as string, channelId: channel.id };
}

/** Performs `action` on a fresh target; returns the HTTP status and the target's version tag after it. */
async function perform(token: string, kind: Kind, relation: Relation, action: Action): Promise<{ status: number; before?: string; after?: string; path?: string }> {
  const org = orgs[relation];
  if (action === 'create') {
    if (kind === 'organization') return { status: (await call(token, 'POST', '/api/v1/organizations', orgBody('Uusi ry', org))).status };
    if (kind === 'service') return { status: (await call(token, 'POST', '/api/v1/services', serviceBody(org))).status };
    if (kind === 'channel') return { status: (await call(token, 'POST', '/api/v1/channels', channelBody(org))).status };
    const service = await created('services', serviceBody(org));
    const channel = await created('channels', channelBody(org));
    const response = await call(token, 'PUT', `/api/v1/services/${service.id}/connections/${channel.id}`, {}, service.tag);
    return { status: response.status, before: service.tag, after: await tagOf('services', service.id), path: 'services' };
  }
  const item = (await target(kind, relation)) as { id: string; tag: string; channelId?: string };
  const path = kind === 'connection' ? 'services' : `${kind}s`;
  let status: number;
  if (action === 'read') {
    status = (await call(token, 'GET', kind === 'connection' ? `/api/v1/services/${item.id}/connections` : `/api/v1/${path}/${item.id}/working-copy`)).status;
  } else if (kind === 'connection') {
    status = action === 'archive'
      ? (await call(token, 'DELETE', `/api/v1/services/${item.id}/connections/${item.channelId}`, undefined, item.tag)).status
      : (await call(token, 'PUT', `/api/v1/services/${item.id}/connections/${item.channelId}`, { description: { fi: 'Muutettu.' } }, item.tag)).status;
  } else if (action === 'update') {
    const body = kind === 'organization' ? orgBody('Muutettu ry', org) : kind === 'service' ? serviceBody(org) : channelBody(org);
    if (kind === 'organization') (body as { parentOrganizationId: string | null }).parentOrganizationId = org;
    status = (await call(token, 'PUT', `/api/v1/${path}/${item.id}`, { ...body, name: { fi: 'Muutettu' } }, item.tag)).status;
  } else if (action === 'publish') {
    status = (await call(token, 'POST', `/api/v1/${path}/${item.id}/publish`, { languages: ['fi'] }, item.tag)).status;
  } else {
    status = (await call(token, 'POST', `/api/v1/${path}/${item.id}/archive`, {}, item.tag)).status;
  }
  return { status, before: item.tag, after: await tagOf(path, item.id), path };
}

async function tagOf(path: string, id: string): Promise<string> {
  return (await call(system, 'GET', `/api/v1/${path}/${id}/working-copy`)).body.versionTag;
}

before(async () => {
  t = await openTestApp();
  system = await tokenFor(t.app, t.ctx, null);
  orgs.own = (await created('organizations', orgBody('Oma ry', null))).id;
  orgs.sub = (await created('organizations', orgBody('Alayhdistys ry', orgs.own))).id;
  orgs.other = (await created('organizations', orgBody('Vieras ry', null))).id;
  tokens.systemAdministrator = system;
  for (const role of ['mainUser', 'maintainer', 'viewer'] as const) tokens[role] = await tokenFor(t.app, t.ctx, orgs.own, role);
});
after(async () => {
  await t.close();
});

const cases = ROLES.flatMap((role) =>
  (['own', 'sub', 'other'] as const).flatMap((relation) =>
    KINDS.flatMap((kind) => ACTIONS.filter((action) => !(kind === 'connection' && action === 'publish')).map((action) => ({ role, relation, kind, action }))),
  ),
);

test(`the permission table holds through the HTTP API (${cases.length} cases)`, async () => {
  const failures: string[] = [];
  for (const { role, relation, kind, action } of cases) {
    const allowed = isAllowed(role, relation, action, kind);
    const result = await perform(tokens[role], kind, relation, action);
    const ok = result.status >= 200 && result.status < 300;
    const label = `${role} ${relation} ${action} ${kind}: HTTP ${result.status}`;
    if (allowed && !ok) failures.push(`${label}, expected success`);
    if (!allowed) {
      const refusal = action === 'read' ? 404 : 403;
      if (result.status !== refusal) failures.push(`${label}, expected ${refusal}`);
      if (result.before && result.after !== result.before) failures.push(`${label}: a refused write changed the ${kind}`);
    }
  }
  assert.deepEqual(failures, []);
  assert.ok(cases.length >= 200, `${cases.length} cases`);
});
