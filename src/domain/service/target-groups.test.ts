import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testLookup } from '../common/test-lookup.ts';
import { effectiveTargetGroups, hasTargetGroup } from './target-groups.ts';

const lookup = testLookup();

describe('effectiveTargetGroups', () => {
  it('adds the main group of each chosen sub-group', () => {
    assert.deepEqual(effectiveTargetGroups(['KR1.2', 'KR2.7'], lookup), ['KR1.2', 'KR1', 'KR2.7', 'KR2']);
  });

  it('lists each group once', () => {
    assert.deepEqual(effectiveTargetGroups(['KR1', 'KR1.1', 'KR1.2'], lookup), ['KR1', 'KR1.1', 'KR1.2']);
  });

  it('keeps unknown codes as they are', () => {
    assert.deepEqual(effectiveTargetGroups(['KR9'], lookup), ['KR9']);
    assert.deepEqual(effectiveTargetGroups(undefined, lookup), []);
  });

  it('finds a main group through one of its sub-groups', () => {
    assert.equal(hasTargetGroup(['KR1.1'], 'KR1', lookup), true);
    assert.equal(hasTargetGroup(['KR3'], 'KR1', lookup), false);
  });
});
