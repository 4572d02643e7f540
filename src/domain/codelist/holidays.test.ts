import { test } from 'node:test';
import assert from 'node:assert/strict';
import { easterSunday, holidayDate } from './holidays.ts';

test('Easter Sunday falls on the known dates', () => {
  assert.equal(easterSunday(2024), '2024-03-31');
  assert.equal(easterSunday(2025), '2025-04-20');
  assert.equal(easterSunday(2026), '2026-04-05');
  assert.equal(easterSunday(2038), '2038-04-25');
});

test('rules give the 2026 Finnish holidays', () => {
  assert.equal(holidayDate({ type: 'easterOffset', days: -2 }, 2026), '2026-04-03');
  assert.equal(holidayDate({ type: 'easterOffset', days: 39 }, 2026), '2026-05-14');
  const midsummer = { type: 'weekdayInRange', weekday: 'Saturday', from: '06-20', to: '06-26' } as const;
  assert.equal(holidayDate({ ...midsummer, offsetDays: 0 }, 2026), '2026-06-20');
  assert.equal(holidayDate({ ...midsummer, offsetDays: -1 }, 2026), '2026-06-19');
  const allSaints = { type: 'weekdayInRange', weekday: 'Saturday', from: '10-31', to: '11-06', offsetDays: 0 } as const;
  assert.equal(holidayDate(allSaints, 2026), '2026-10-31');
  assert.equal(holidayDate(allSaints, 2027), '2027-11-06');
  assert.equal(holidayDate({ type: 'fixed', month: 12, day: 6 }, 2026), '2026-12-06');
});

test('a year outside the Gregorian range is refused', () => {
  assert.throws(() => holidayDate({ type: 'fixed', month: 1, day: 1 }, 1200), RangeError);
});
