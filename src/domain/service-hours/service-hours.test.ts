import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isIsoDate, parseClockTime, rangeMinutes, weekdayOf } from './service-hours.ts';

test('clock times parse to minutes since midnight', () => {
  assert.equal(parseClockTime('00:00'), 0);
  assert.equal(parseClockTime('08:30'), 510);
  assert.equal(parseClockTime('23:59'), 1439);
  assert.equal(parseClockTime('24:00'), undefined);
  assert.equal(parseClockTime('24:00', true), 1440);
  for (const bad of ['8:30', '24:01', '12:60', '12.00', '', 830, null]) {
    assert.equal(parseClockTime(bad, true), undefined, `${String(bad)} is not a clock time`);
  }
});

test('only existing calendar dates are ISO dates', () => {
  assert.equal(isIsoDate('2028-02-29'), true);
  assert.equal(isIsoDate('2026-02-29'), false);
  assert.equal(isIsoDate('2026-04-31'), false);
  assert.equal(isIsoDate('2026-4-1'), false);
  assert.equal(isIsoDate(undefined), false);
});

test('an over-midnight range ends after 1440 minutes and an empty range has no minutes', () => {
  assert.deepEqual(rangeMinutes({ start: '22:00', end: '02:00' }), { start: 1320, end: 1560 });
  assert.deepEqual(rangeMinutes({ start: '18:00', end: '24:00' }), { start: 1080, end: 1440 });
  assert.equal(rangeMinutes({ start: '09:00', end: '09:00' }), undefined);
});

test('weekdays of dates follow the calendar', () => {
  assert.equal(weekdayOf('2026-12-24'), 'thursday');
  assert.equal(weekdayOf('2026-03-29'), 'sunday');
  assert.equal(weekdayOf('2026-03-30'), 'monday');
});
