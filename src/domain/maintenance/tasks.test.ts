import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dailyMaintenanceDue, helsinkiHour, helsinkiMidnight, monthlyDigestDue, monthsBefore } from './tasks.ts';

test('months are calendar months, the day clamped to the end of a shorter month', () => {
  assert.equal(monthsBefore(new Date('2027-04-16T09:00:00Z'), 15).toISOString(), '2026-01-16T09:00:00.000Z');
  assert.equal(monthsBefore(new Date('2027-03-31T09:00:00Z'), 1).toISOString(), '2027-02-28T09:00:00.000Z');
});

test('the digest is due from 06:00 on the 1st in Helsinki until the end of the 2nd, on both sides of daylight saving', () => {
  assert.equal(monthlyDigestDue(new Date('2026-12-01T03:59:00Z')), false, '05:59 EET');
  assert.equal(monthlyDigestDue(new Date('2026-12-01T04:00:00Z')), true, '06:00 EET');
  assert.equal(monthlyDigestDue(new Date('2026-07-01T02:59:00Z')), false, '05:59 EEST');
  assert.equal(monthlyDigestDue(new Date('2026-07-01T03:00:00Z')), true, '06:00 EEST');
  assert.equal(monthlyDigestDue(new Date('2026-12-02T21:59:00Z')), true, 'the 2nd, 23:59');
  assert.equal(monthlyDigestDue(new Date('2026-12-03T00:00:00Z')), false, 'a server started later waits for the next 1st');
});

test('daily upkeep is due from 03:00 Helsinki time; hours and midnights are Helsinki ones', () => {
  assert.equal(dailyMaintenanceDue(new Date('2026-11-26T00:59:00Z')), false);
  assert.equal(dailyMaintenanceDue(new Date('2026-11-26T01:00:00Z')), true);
  assert.equal(helsinkiHour(new Date('2026-11-26T01:30:00Z')), '2026-11-26T03');
  assert.equal(helsinkiMidnight('2026-12-24')?.toISOString(), '2026-12-23T22:00:00.000Z');
  assert.equal(helsinkiMidnight('2026-07-01')?.toISOString(), '2026-06-30T21:00:00.000Z');
  assert.equal(helsinkiMidnight('2026-02-30'), undefined);
  assert.equal(helsinkiMidnight('tomorrow'), undefined);
});

test('a Helsinki wall-clock time is an instant on both sides of daylight saving', async () => {
  const { helsinkiInstant } = await import('../service-hours/helsinki-time.ts');
  assert.equal(helsinkiInstant('2026-12-01', '09:30')?.toISOString(), '2026-12-01T07:30:00.000Z');
  assert.equal(helsinkiInstant('2026-07-01', '09:30')?.toISOString(), '2026-07-01T06:30:00.000Z');
  assert.equal(helsinkiInstant('2026-03-29', '03:30'), undefined, 'skipped when the clocks go forward');
  assert.equal(helsinkiInstant('2026-13-01', '09:30'), undefined);
  assert.equal(helsinkiInstant('2026-12-01', '25:00'), undefined);
});
