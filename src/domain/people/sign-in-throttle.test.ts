import { test } from 'node:test';
import assert from 'node:assert/strict';
import { delayAfter, FREE_FAILURES, retryAfterSeconds } from './sign-in-throttle.ts';

test('the first failures are free, then each one doubles the wait up to 15 minutes', () => {
  assert.deepEqual([3, 4, 5, 6, 7, 20].map((n) => delayAfter(n, FREE_FAILURES.email)), [0, 0, 30, 60, 120, 900]);
});

test('the wait counts from the latest failure and the stricter key decides', () => {
  const now = new Date('2026-06-15T09:00:20Z');
  const latestAt = new Date('2026-06-15T09:00:00Z');
  const none = { failures: 0, latestAt: null };
  assert.equal(retryAfterSeconds({ email: { failures: 5, latestAt }, address: none }, now), 10);
  assert.equal(retryAfterSeconds({ email: { failures: 4, latestAt }, address: none }, now), 0);
  assert.equal(retryAfterSeconds({ email: none, address: { failures: 31, latestAt } }, now), 40);
});
