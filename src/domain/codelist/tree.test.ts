import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTree } from './tree.ts';

test('buildTree nests children under their parents in list order', () => {
  const tree = buildTree([
    { code: 'P1', parentCode: null },
    { code: 'P1.1', parentCode: 'P1' },
    { code: 'P2', parentCode: null },
    { code: 'P1.2', parentCode: 'P1' },
  ]);
  assert.deepEqual(
    tree.map((node) => [node.code, node.children.map((child) => child.code)]),
    [
      ['P1', ['P1.1', 'P1.2']],
      ['P2', []],
    ],
  );
});

test('an item whose parent is missing becomes a root instead of disappearing', () => {
  const tree = buildTree([{ code: 'X.1', parentCode: 'X' }]);
  assert.equal(tree[0]?.code, 'X.1');
});
