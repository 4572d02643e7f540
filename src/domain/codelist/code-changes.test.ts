import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diffSnapshots } from './code-changes.ts';

test('a renamed, a moved and a removed service class are changes; a new description or a new class is not', () => {
  const before = {
    P1: { name: { fi: 'Asuminen' }, description: { fi: 'a' }, parent: null },
    'P1.1': { name: { fi: 'Asumisen tuki' }, description: null, parent: 'P1' },
    'P1.5': { name: { fi: 'Vuokra-asuminen' }, description: null, parent: 'P1' },
    P2: { name: { fi: 'Liikenne' }, description: { fi: 'x' }, parent: null },
  };
  const after = {
    P1: { name: { fi: 'Asuminen ja asuinympäristö' }, description: { fi: 'a' }, parent: null },
    'P1.1': { name: { fi: 'Asumisen tuki' }, description: null, parent: 'P2' },
    P2: { name: { fi: 'Liikenne' }, description: { fi: 'y' }, parent: null },
    P3: { name: { fi: 'Uusi' }, description: null, parent: null },
  };
  assert.deepEqual(
    diffSnapshots(before, after).map((c) => `${c.code} ${c.change}`),
    ['P1 renamed', 'P1.1 moved', 'P1.5 removed'],
  );
});

test('ontology terms are compared by their labels', () => {
  const changes = diffSnapshots({ p1: { fi: 'lapset' }, p2: { fi: 'nuoret' }, p3: { fi: 'x' } }, { p1: { fi: 'lapset' }, p2: { fi: 'nuoret (ikäryhmät)' } });
  assert.deepEqual(changes, [
    { code: 'p2', change: 'renamed', before: { fi: 'nuoret' }, after: { fi: 'nuoret (ikäryhmät)' } },
    { code: 'p3', change: 'removed', before: { fi: 'x' }, after: null },
  ]);
});

test('the order of keys does not matter (snapshots come back from JSONB reordered)', () => {
  assert.deepEqual(diffSnapshots({ P1: { name: { fi: 'a', en: 'b' }, parent: null } }, { P1: { parent: null, name: { en: 'b', fi: 'a' } } }), []);
});
