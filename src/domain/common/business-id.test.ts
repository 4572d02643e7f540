import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { businessIdViolations, isValidBusinessId } from './business-id.ts';

describe('business ID', () => {
  it('accepts 0737546-2, whose check digit is right', () => {
    assert.equal(isValidBusinessId('0737546-2'), true);
    assert.deepEqual(businessIdViolations('businessId', '0737546-2'), []);
  });

  it('rejects 0737546-3, whose check digit is wrong', () => {
    assert.equal(isValidBusinessId('0737546-3'), false);
    const [v] = businessIdViolations('businessId', '0737546-3');
    assert.equal(v?.code, 'invalidBusinessId');
    assert.match(v!.message, /check digit/);
  });

  it('gives check digit 0 when the remainder is 0', () => {
    assert.equal(isValidBusinessId('0000000-0'), true);
  });

  it('rejects every ID whose weighted sum leaves remainder 1', () => {
    for (let digit = 0; digit <= 9; digit++) assert.equal(isValidBusinessId(`0000030-${digit}`), false, `0000030-${digit}`);
  });

  it('rejects a wrong form with a message showing the right one', () => {
    for (const id of ['737546-2', '07375462', '0737546-22', 'abcdefg-h', ' 0737546-2']) {
      const [v] = businessIdViolations('businessId', id);
      assert.equal(v?.code, 'invalidBusinessId', id);
      assert.match(v!.message, /seven digits/);
    }
  });

  it('accepts an absent business ID', () => {
    assert.deepEqual(businessIdViolations('businessId', undefined), []);
  });
});
