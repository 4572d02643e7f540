import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { helsinkiLocalTime } from './helsinki-time.ts';
import { holidaysOn, isOpen, openingState, type HolidayDefinition } from './opening-state.ts';
import type { RegularHours, ServiceHours } from './service-hours.ts';

const HOLIDAY_RULES: HolidayDefinition[] = (
  JSON.parse(readFileSync(new URL('../../../data/codelists/ptv/holidays.json', import.meta.url), 'utf8')) as { items: HolidayDefinition[] }
).items.map(({ code, rule }) => ({ code, rule }));

const OFFICE = [{ start: '08:00', end: '16:00' }];

/** Mon–Fri 08–16, Friday night 22–02, Saturday 10–14, Sunday closed; 2026-06-15 closed, 2026-06-16 12–20. */
const LIBRARY: ServiceHours = {
  regular: [
    {
      kind: 'weekly',
      days: {
        monday: OFFICE,
        tuesday: OFFICE,
        wednesday: OFFICE,
        thursday: OFFICE,
        friday: [...OFFICE, { start: '22:00', end: '02:00' }],
        saturday: [{ start: '10:00', end: '14:00' }],
      },
    },
  ],
  exceptions: [
    { from: '2026-06-15', closed: true },
    { from: '2026-06-16', closed: false, ranges: [{ start: '12:00', end: '20:00' }] },
  ],
  holidays: [
    { holiday: 'ChristmasEve', closed: false, ranges: [{ start: '10:00', end: '13:00' }] },
    { holiday: 'ChristmasDay', closed: true },
  ],
};

function weeklyOnly(days: RegularHours['days'], extra: Partial<RegularHours> = {}): ServiceHours {
  return { regular: [{ kind: 'weekly', days, ...extra }], exceptions: [], holidays: [] };
}

function stateAt(hours: ServiceHours, iso: string) {
  return openingState(hours, new Date(iso), HOLIDAY_RULES);
}

test('local time follows Helsinki winter (UTC+2) and summer (UTC+3) offsets', () => {
  assert.deepEqual(helsinkiLocalTime(new Date('2026-01-14T22:30:00Z')), { date: '2026-01-15', weekday: 'thursday', minutes: 30 });
  assert.deepEqual(helsinkiLocalTime(new Date('2026-07-15T21:30:00Z')), { date: '2026-07-16', weekday: 'thursday', minutes: 30 });
});

test('a service is open within its weekday hours', () => {
  assert.deepEqual(stateAt(LIBRARY, '2026-01-14T08:00:00Z'), { open: true, reason: 'regular' });
  assert.equal(isOpen(LIBRARY, new Date('2026-01-14T08:00:00Z'), HOLIDAY_RULES), true, 'Wednesday 10:00 is within 08–16');
});

test('a service is closed outside its hours and on days without ranges', () => {
  assert.deepEqual(stateAt(LIBRARY, '2026-01-14T15:00:00Z'), { open: false, reason: 'closed' });
  assert.deepEqual(stateAt(LIBRARY, '2026-01-18T10:00:00Z'), { open: false, reason: 'closed' });
});

test('the start of a range is open and its end is closed', () => {
  assert.equal(isOpen(LIBRARY, new Date('2026-01-14T06:00:00Z'), HOLIDAY_RULES), true, 'Wednesday 08:00 opens');
  assert.equal(isOpen(LIBRARY, new Date('2026-01-14T14:00:00Z'), HOLIDAY_RULES), false, 'Wednesday 16:00 has closed');
});

test('winter hours use UTC+2', () => {
  assert.equal(isOpen(LIBRARY, new Date('2026-01-14T05:59:00Z'), HOLIDAY_RULES), false, '07:59 local is before opening');
  assert.equal(isOpen(LIBRARY, new Date('2026-01-14T06:00:00Z'), HOLIDAY_RULES), true, '08:00 local opens');
  assert.equal(isOpen(LIBRARY, new Date('2026-01-14T13:59:00Z'), HOLIDAY_RULES), true, '15:59 local is open');
});

test('summer hours use UTC+3', () => {
  assert.equal(isOpen(LIBRARY, new Date('2026-07-15T04:59:00Z'), HOLIDAY_RULES), false, '07:59 local is before opening');
  assert.equal(isOpen(LIBRARY, new Date('2026-07-15T05:00:00Z'), HOLIDAY_RULES), true, '08:00 local opens');
  assert.equal(isOpen(LIBRARY, new Date('2026-07-15T12:59:00Z'), HOLIDAY_RULES), true, '15:59 local is open');
  assert.equal(isOpen(LIBRARY, new Date('2026-07-15T13:00:00Z'), HOLIDAY_RULES), false, '16:00 local has closed');
});

test('a range over midnight keeps the service open early the next day', () => {
  assert.deepEqual(stateAt(LIBRARY, '2026-01-16T20:30:00Z'), { open: true, reason: 'regular' }, 'Friday 22:30');
  assert.deepEqual(stateAt(LIBRARY, '2026-01-16T23:00:00Z'), { open: true, reason: 'regular' }, 'Saturday 01:00');
  assert.deepEqual(stateAt(LIBRARY, '2026-01-17T00:00:00Z'), { open: false, reason: 'closed' }, 'Saturday 02:00');
  assert.deepEqual(stateAt(LIBRARY, '2026-01-15T23:00:00Z'), { open: false, reason: 'closed' }, 'Friday 01:00 has no Thursday night');
});

test('a range ending at 24:00 closes at midnight', () => {
  const hours = weeklyOnly({ monday: [{ start: '18:00', end: '24:00' }] });
  assert.equal(isOpen(hours, new Date('2026-01-12T21:59:00Z'), HOLIDAY_RULES), true, 'Monday 23:59 is open');
  assert.equal(isOpen(hours, new Date('2026-01-12T22:00:00Z'), HOLIDAY_RULES), false, 'Tuesday 00:00 is closed');
});

test('an exceptionally closed date is closed during its regular hours', () => {
  assert.deepEqual(stateAt(LIBRARY, '2026-06-15T07:00:00Z'), { open: false, reason: 'exception' });
});

test('exceptional times replace the regular hours of the date', () => {
  assert.deepEqual(stateAt(LIBRARY, '2026-06-16T06:00:00Z'), { open: false, reason: 'exception' }, 'Tuesday 09:00');
  assert.deepEqual(stateAt(LIBRARY, '2026-06-16T16:00:00Z'), { open: true, reason: 'exception' }, 'Tuesday 19:00');
});

test('holiday hours apply on Christmas Eve 2026', () => {
  assert.deepEqual(stateAt(LIBRARY, '2026-12-24T09:30:00Z'), { open: true, reason: 'holiday' }, 'Thursday 11:30');
  assert.deepEqual(stateAt(LIBRARY, '2026-12-24T13:00:00Z'), { open: false, reason: 'holiday' }, 'Thursday 15:00');
  assert.deepEqual(stateAt(LIBRARY, '2026-12-25T08:00:00Z'), { open: false, reason: 'holiday' }, 'Christmas Day 10:00');
  assert.deepEqual(stateAt(LIBRARY, '2026-12-23T13:00:00Z'), { open: true, reason: 'regular' }, 'the day before is regular');
});

test('an exception takes precedence over holiday hours', () => {
  const hours: ServiceHours = { ...LIBRARY, exceptions: [{ from: '2026-12-21', to: '2026-12-27', closed: true }] };
  assert.deepEqual(stateAt(hours, '2026-12-24T09:30:00Z'), { open: false, reason: 'exception' });
});

test('holidays are found by the rules of the holiday code list', () => {
  assert.deepEqual([...holidaysOn('2026-12-24', HOLIDAY_RULES)], ['ChristmasEve']);
  assert.deepEqual([...holidaysOn('2026-06-20', HOLIDAY_RULES)], ['MidsummerDay']);
  assert.deepEqual([...holidaysOn('2026-06-22', HOLIDAY_RULES)], []);
});

test('the spring-forward night (2026-03-29) ends an over-midnight range at the right instant', () => {
  const hours = weeklyOnly({ saturday: [{ start: '20:00', end: '04:30' }], sunday: [{ start: '10:00', end: '12:00' }] });
  assert.equal(isOpen(hours, new Date('2026-03-29T00:59:00Z'), HOLIDAY_RULES), true, '02:59 UTC+2 is open');
  assert.equal(isOpen(hours, new Date('2026-03-29T01:00:00Z'), HOLIDAY_RULES), true, '04:00 UTC+3 is open');
  assert.equal(isOpen(hours, new Date('2026-03-29T01:30:00Z'), HOLIDAY_RULES), false, '04:30 UTC+3 has closed');
  assert.equal(isOpen(hours, new Date('2026-03-29T07:30:00Z'), HOLIDAY_RULES), true, 'Sunday 10:30 UTC+3 is open');
  assert.equal(isOpen(hours, new Date('2026-03-29T09:30:00Z'), HOLIDAY_RULES), false, 'Sunday 12:30 UTC+3 has closed');
});

test('the fall-back night (2026-10-25) is open in both occurrences of the repeated hour', () => {
  const hours = weeklyOnly({ saturday: [{ start: '20:00', end: '03:30' }] });
  assert.equal(isOpen(hours, new Date('2026-10-25T00:15:00Z'), HOLIDAY_RULES), true, 'first 03:15 (UTC+3) is open');
  assert.equal(isOpen(hours, new Date('2026-10-25T00:45:00Z'), HOLIDAY_RULES), false, 'first 03:45 (UTC+3) has closed');
  assert.equal(isOpen(hours, new Date('2026-10-25T01:15:00Z'), HOLIDAY_RULES), true, 'second 03:15 (UTC+2) is open');
  assert.equal(isOpen(hours, new Date('2026-10-25T01:45:00Z'), HOLIDAY_RULES), false, 'second 03:45 (UTC+2) has closed');
});

test('regular hours apply only within their validity period', () => {
  const hours = weeklyOnly({ wednesday: OFFICE }, { validFrom: '2026-03-01', validTo: '2026-05-31' });
  assert.deepEqual(stateAt(hours, '2026-02-25T08:00:00Z'), { open: false, reason: 'closed' }, 'before validFrom');
  assert.deepEqual(stateAt(hours, '2026-03-04T08:00:00Z'), { open: true, reason: 'regular' }, 'on the first Wednesday');
  assert.deepEqual(stateAt(hours, '2026-06-03T08:00:00Z'), { open: false, reason: 'closed' }, 'after validTo');
});

test('seasonal hours override open-ended hours during their period', () => {
  const hours: ServiceHours = {
    regular: [
      { kind: 'weekly', days: { wednesday: OFFICE } },
      { kind: 'weekly', validFrom: '2026-06-01', validTo: '2026-08-31', days: { wednesday: [{ start: '10:00', end: '14:00' }] } },
    ],
    exceptions: [],
    holidays: [],
  };
  assert.equal(isOpen(hours, new Date('2026-07-15T06:00:00Z'), HOLIDAY_RULES), false, 'summer 09:00 is before 10:00');
  assert.equal(isOpen(hours, new Date('2026-07-15T08:00:00Z'), HOLIDAY_RULES), true, 'summer 11:00 is open');
  assert.equal(isOpen(hours, new Date('2026-09-02T06:00:00Z'), HOLIDAY_RULES), true, 'September 09:00 is back to 08–16');
});

test('always-open hours are open at any time', () => {
  const hours: ServiceHours = { regular: [{ kind: 'alwaysOpen' }], exceptions: [], holidays: [] };
  assert.deepEqual(stateAt(hours, '2026-01-18T01:23:00Z'), { open: true, reason: 'alwaysOpen' });
});

test('by-reservation hours count as not open', () => {
  const hours: ServiceHours = { regular: [{ kind: 'byReservation' }], exceptions: [], holidays: [] };
  assert.deepEqual(stateAt(hours, '2026-01-14T08:00:00Z'), { open: false, reason: 'byReservation' });
  const mixed: ServiceHours = { ...hours, regular: [{ kind: 'weekly', days: { wednesday: OFFICE } }, { kind: 'byReservation' }] };
  assert.deepEqual(stateAt(mixed, '2026-01-14T08:00:00Z'), { open: true, reason: 'regular' }, 'within weekly hours');
  assert.deepEqual(stateAt(mixed, '2026-01-14T16:00:00Z'), { open: false, reason: 'byReservation' }, 'outside weekly hours');
});

test('an over-midnight range belongs to the day it starts on', () => {
  const hours: ServiceHours = { ...LIBRARY, exceptions: [{ from: '2026-01-17', closed: true }] };
  assert.deepEqual(stateAt(hours, '2026-01-16T23:00:00Z'), { open: true, reason: 'regular' }, 'Saturday 01:00 after a regular Friday');
  const closedFriday: ServiceHours = { ...LIBRARY, exceptions: [{ from: '2026-01-16', closed: true }] };
  assert.deepEqual(stateAt(closedFriday, '2026-01-16T23:00:00Z'), { open: false, reason: 'closed' }, 'Saturday 01:00 after a closed Friday');
});

test('an invalid Date is refused', () => {
  assert.throws(() => isOpen(LIBRARY, new Date('nope'), HOLIDAY_RULES), RangeError);
});

test('hours without exceptions or holidays follow the regular hours on any date', () => {
  const hours: ServiceHours = { regular: [{ kind: 'weekly', days: { thursday: OFFICE } }] };
  assert.deepEqual(stateAt(hours, '2026-12-24T09:30:00Z'), { open: true, reason: 'regular' }, 'Christmas Eve 2026 is a Thursday');
  assert.deepEqual(stateAt(hours, '2026-12-24T15:00:00Z'), { open: false, reason: 'closed' }, 'Thursday 17:00');
});
