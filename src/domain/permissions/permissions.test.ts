import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isAllowed, permissionMatrix } from './permissions.ts';

test('a system administrator may do everything everywhere', () => {
  assert.ok(permissionMatrix().filter((p) => p.role === 'systemAdministrator').every((p) => p.allowed), 'all allowed');
});

test('nobody but a system administrator may change anything of another organization', () => {
  const leaks = permissionMatrix().filter((p) => p.role !== 'systemAdministrator' && p.relation === 'other' && p.allowed);
  assert.deepEqual(leaks, []);
});

test('a main user manages people, clients, sub-organizations and all content of the tree', () => {
  for (const relation of ['own', 'sub'] as const) {
    for (const type of ['user', 'apiClient', 'organization', 'service', 'channel', 'connection'] as const) {
      assert.ok(isAllowed('mainUser', relation, 'create', type), `${relation} ${type}`);
      assert.ok(isAllowed('mainUser', relation, 'archive', type), `${relation} ${type}`);
    }
  }
  assert.equal(isAllowed('mainUser', 'own', 'update', 'codeList'), false);
});

test('a maintainer edits content and the organization details but creates no organization and manages no people', () => {
  assert.ok(isAllowed('maintainer', 'sub', 'publish', 'service'), 'publishes services below');
  assert.ok(isAllowed('maintainer', 'own', 'update', 'organization'), 'edits the organization');
  assert.equal(isAllowed('maintainer', 'own', 'create', 'organization'), false);
  assert.equal(isAllowed('maintainer', 'own', 'create', 'user'), false);
  assert.equal(isAllowed('maintainer', 'own', 'create', 'apiClient'), false);
});

test('a viewer reads the tree, drafts included, and changes nothing', () => {
  const viewer = permissionMatrix().filter((p) => p.role === 'viewer');
  assert.ok(viewer.filter((p) => p.allowed).every((p) => p.action === 'read'), 'only reads');
  assert.ok(isAllowed('viewer', 'sub', 'read', 'service'), 'reads below');
});

test('the table has a verdict for every combination', () => {
  assert.equal(permissionMatrix().length, 4 * 3 * 10 * 5);
});
