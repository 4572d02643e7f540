import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inMemoryCodeLookup } from '../codelist/lookup.ts';
import type { Violation } from '../errors.ts';
import type { ExceptionHours, HolidayHours, RegularHours, ServiceHours } from './service-hours.ts';
import { validateServiceHours } from './validate-service-hours.ts';

const KNOWN_HOLIDAYS = ['ChristmasEve', 'ChristmasDay', 'MidsummerEve', 'MidsummerDay'];
const isKnownHoliday = (code: string) => KNOWN_HOLIDAYS.includes(code);

function hoursWith(parts: { regular?: RegularHours[]; exceptions?: ExceptionHours[]; holidays?: HolidayHours[] }): ServiceHours {
  return { regular: parts.regular ?? [], exceptions: parts.exceptions ?? [], holidays: parts.holidays ?? [] };
}

function weekly(days: RegularHours['days'], extra: Partial<RegularHours> = {}): RegularHours {
  return { kind: 'weekly', days, ...extra };
}

const OFFICE = { start: '08:00', end: '16:00' };

function codesAt(violations: Violation[]): string[] {
  return violations.map((v) => `${v.path} ${v.code}`);
}

test('valid service hours have no violations', () => {
  const hours = hoursWith({
    regular: [
      weekly(
        { monday: [OFFICE], friday: [OFFICE, { start: '22:00', end: '02:00' }], saturday: [{ start: '10:00', end: '24:00' }] },
        { additionalInfo: { fi: 'Lauantaisin kahvila auki', en: 'Café open on Saturdays' } },
      ),
      weekly({ monday: [{ start: '10:00', end: '14:00' }] }, { validFrom: '2026-06-01', validTo: '2026-08-31' }),
      { kind: 'byReservation', validFrom: '2027-01-01' },
      { kind: 'alwaysOpen', validFrom: '2028-01-01' },
    ],
    exceptions: [
      { from: '2026-06-15', closed: true },
      { from: '2026-06-16', to: '2026-06-18', closed: false, ranges: [{ start: '12:00', end: '20:00' }] },
    ],
    holidays: [
      { holiday: 'ChristmasEve', closed: false, ranges: [{ start: '10:00', end: '13:00' }] },
      { holiday: 'ChristmasDay', closed: true },
    ],
  });
  assert.deepEqual(validateServiceHours(hours, isKnownHoliday), []);
});

test('an invalid time is reported at the start or end of its range', () => {
  const hours = hoursWith({ regular: [weekly({ monday: [OFFICE, { start: '25:00', end: '17:60' }], tuesday: [{ start: '24:00', end: '9:00' }] })] });
  assert.deepEqual(codesAt(validateServiceHours(hours, isKnownHoliday)), [
    'serviceHours.regular[0].days.monday[1].start invalidTime',
    'serviceHours.regular[0].days.monday[1].end invalidTime',
    'serviceHours.regular[0].days.tuesday[0].start invalidTime',
    'serviceHours.regular[0].days.tuesday[0].end invalidTime',
  ]);
});

test('24:00 is accepted as an end but not as a start', () => {
  const ok = hoursWith({ regular: [weekly({ monday: [{ start: '00:00', end: '24:00' }] })] });
  assert.deepEqual(validateServiceHours(ok, isKnownHoliday), []);
  const bad = hoursWith({ regular: [weekly({ monday: [{ start: '24:00', end: '02:00' }] })] });
  assert.deepEqual(codesAt(validateServiceHours(bad, isKnownHoliday)), ['serviceHours.regular[0].days.monday[0].start invalidTime']);
});

test('an invalid or impossible date is reported', () => {
  const hours = hoursWith({
    regular: [weekly({ monday: [OFFICE] }, { validFrom: '2026-02-30', validTo: '31.12.2026' })],
    exceptions: [{ from: '2026-13-01', to: '2026-1-5', closed: true }],
  });
  assert.deepEqual(codesAt(validateServiceHours(hours, isKnownHoliday)), [
    'serviceHours.regular[0].validFrom invalidDate',
    'serviceHours.regular[0].validTo invalidDate',
    'serviceHours.exceptions[0].from invalidDate',
    'serviceHours.exceptions[0].to invalidDate',
  ]);
});

test('a range that starts and ends at the same time is empty', () => {
  const hours = hoursWith({ regular: [weekly({ monday: [{ start: '09:00', end: '09:00' }] })] });
  const violations = validateServiceHours(hours, isKnownHoliday);
  assert.deepEqual(codesAt(violations), ['serviceHours.regular[0].days.monday[0] emptyRange']);
  assert.match(violations[0]!.message, /09:00–09:00 is empty/);
});

test('overlapping ranges of a day are reported at the later range', () => {
  const hours = hoursWith({ regular: [weekly({ wednesday: [{ start: '08:00', end: '12:00' }, { start: '11:00', end: '15:00' }] })] });
  const violations = validateServiceHours(hours, isKnownHoliday);
  assert.deepEqual(codesAt(violations), ['serviceHours.regular[0].days.wednesday[1] overlap']);
  assert.match(violations[0]!.message, /11:00–15:00 overlaps the range 08:00–12:00/);
});

test('touching ranges do not overlap', () => {
  const hours = hoursWith({ regular: [weekly({ wednesday: [{ start: '08:00', end: '12:00' }, { start: '12:00', end: '16:00' }] })] });
  assert.deepEqual(validateServiceHours(hours, isKnownHoliday), []);
});

test('an over-midnight range overlaps the early ranges of the next day', () => {
  const hours = hoursWith({
    regular: [
      weekly({
        friday: [{ start: '22:00', end: '03:00' }],
        saturday: [{ start: '02:00', end: '04:00' }, { start: '10:00', end: '14:00' }],
        sunday: [{ start: '20:00', end: '01:00' }],
        monday: [{ start: '00:30', end: '06:00' }],
      }),
    ],
  });
  const violations = validateServiceHours(hours, isKnownHoliday);
  assert.deepEqual(codesAt(violations), ['serviceHours.regular[0].days.saturday[0] overlap', 'serviceHours.regular[0].days.monday[0] overlap']);
  assert.match(violations[0]!.message, /02:00–04:00 overlaps the over-midnight range 22:00–03:00 on friday/);
});

test('an over-midnight range overlaps a later range of the same day', () => {
  const hours = hoursWith({ regular: [weekly({ friday: [{ start: '20:00', end: '02:00' }, { start: '23:00', end: '23:30' }] })] });
  assert.deepEqual(codesAt(validateServiceHours(hours, isKnownHoliday)), ['serviceHours.regular[0].days.friday[1] overlap']);
});

test('the over-midnight range of a multi-day exception overlaps its own early ranges on the next day', () => {
  const ranges = [{ start: '01:00', end: '04:00' }, { start: '20:00', end: '02:00' }];
  const hours = hoursWith({ exceptions: [{ from: '2026-07-01', to: '2026-07-03', closed: false, ranges }] });
  assert.deepEqual(codesAt(validateServiceHours(hours, isKnownHoliday)), ['serviceHours.exceptions[0].ranges[0] overlap']);
  const oneDay = hoursWith({ exceptions: [{ from: '2026-07-01', closed: false, ranges }] });
  assert.deepEqual(validateServiceHours(oneDay, isKnownHoliday), []);
});

test('ranges of a day out of ascending order are reported', () => {
  const hours = hoursWith({ regular: [weekly({ thursday: [{ start: '13:00', end: '16:00' }, { start: '08:00', end: '11:00' }] })] });
  const violations = validateServiceHours(hours, isKnownHoliday);
  assert.deepEqual(codesAt(violations), ['serviceHours.regular[0].days.thursday[1] order']);
  assert.match(violations[0]!.message, /ascending order/);
});

test('an end date before the start date is reported', () => {
  const hours = hoursWith({
    regular: [weekly({ monday: [OFFICE] }, { validFrom: '2026-08-31', validTo: '2026-06-01' })],
    exceptions: [{ from: '2026-12-27', to: '2026-12-24', closed: true }],
  });
  const violations = validateServiceHours(hours, isKnownHoliday);
  assert.deepEqual(codesAt(violations), ['serviceHours.regular[0].validTo dateOrder', 'serviceHours.exceptions[0].to dateOrder']);
  assert.match(violations[0]!.message, /2026-06-01 is before the start date 2026-08-31/);
});

test('closed hours with ranges and open hours without ranges are reported', () => {
  const hours = hoursWith({
    exceptions: [
      { from: '2026-06-15', closed: true, ranges: [OFFICE] },
      { from: '2026-06-20', closed: false, ranges: [] },
    ],
    holidays: [
      { holiday: 'MidsummerEve', closed: true, ranges: [OFFICE] },
      { holiday: 'MidsummerDay', closed: false },
    ],
  });
  assert.deepEqual(codesAt(validateServiceHours(hours, isKnownHoliday)), [
    'serviceHours.exceptions[0].ranges closedWithRanges',
    'serviceHours.exceptions[1].ranges missingRanges',
    'serviceHours.holidays[0].ranges closedWithRanges',
    'serviceHours.holidays[1].ranges missingRanges',
  ]);
});

test('weekly hours without any range are reported as missing ranges', () => {
  const hours = hoursWith({ regular: [weekly({ monday: [] }), { kind: 'weekly' }] });
  assert.deepEqual(codesAt(validateServiceHours(hours, isKnownHoliday)), [
    'serviceHours.regular[0].days missingRanges',
    'serviceHours.regular[1].days missingRanges',
  ]);
});

test('always-open and by-reservation hours cannot have ranges', () => {
  const hours = hoursWith({ regular: [{ kind: 'alwaysOpen', days: { monday: [OFFICE] } }, { kind: 'byReservation', days: { monday: [] } }] });
  assert.deepEqual(codesAt(validateServiceHours(hours, isKnownHoliday)), ['serviceHours.regular[0].days unexpectedRanges']);
});

test('an unknown kind or weekday is reported', () => {
  const days = { monday: [OFFICE], Maanantai: [OFFICE] } as RegularHours['days'];
  const hours = hoursWith({ regular: [{ kind: 'nonstop' as RegularHours['kind'] }, weekly(days)] });
  assert.deepEqual(codesAt(validateServiceHours(hours, isKnownHoliday)), [
    'serviceHours.regular[0].kind unknownKind',
    'serviceHours.regular[1].days.Maanantai unknownWeekday',
  ]);
});

test('a holiday code outside the known set is reported, and a repeated one as a duplicate', () => {
  const hours = hoursWith({
    holidays: [
      { holiday: 'Christmas', closed: true },
      { holiday: 'ChristmasDay', closed: true },
      { holiday: 'ChristmasDay', closed: true },
    ],
  });
  const lookup = inMemoryCodeLookup({ holidays: KNOWN_HOLIDAYS });
  const violations = validateServiceHours(hours, (code) => lookup.hasHoliday(code));
  assert.deepEqual(codesAt(violations), ['serviceHours.holidays[0].holiday unknownHoliday', 'serviceHours.holidays[2].holiday duplicateHoliday']);
  assert.match(violations[0]!.message, /"Christmas" is not a holiday/);
});

test('exceptions whose date periods overlap are reported', () => {
  const hours = hoursWith({
    exceptions: [
      { from: '2026-12-24', to: '2026-12-26', closed: true },
      { from: '2026-12-31', closed: true },
      { from: '2026-12-26', to: '2026-12-31', closed: false, ranges: [OFFICE] },
    ],
  });
  const violations = validateServiceHours(hours, isKnownHoliday);
  assert.deepEqual(codesAt(violations), ['serviceHours.exceptions[2] overlappingExceptions', 'serviceHours.exceptions[2] overlappingExceptions']);
  assert.match(violations[0]!.message, /2026-12-26–2026-12-31 overlap exceptional hours 2026-12-24–2026-12-26 \(exceptions\[0\]\)/);
});

test('several violations are reported at once under the given path prefix', () => {
  const hours = hoursWith({
    regular: [weekly({ monday: [{ start: '8:00', end: '16:00' }, { start: '12:00', end: '12:00' }] }, { validFrom: '2026-09-01', validTo: '2026-01-01' })],
    exceptions: [{ from: '2026-06-15', closed: true, ranges: [OFFICE] }],
    holidays: [{ holiday: 'Vappu', closed: false }],
  });
  assert.deepEqual(codesAt(validateServiceHours(hours, isKnownHoliday, 'connections[2].serviceHours')), [
    'connections[2].serviceHours.regular[0].validTo dateOrder',
    'connections[2].serviceHours.regular[0].days.monday[0].start invalidTime',
    'connections[2].serviceHours.regular[0].days.monday[1] emptyRange',
    'connections[2].serviceHours.exceptions[0].ranges closedWithRanges',
    'connections[2].serviceHours.holidays[0].holiday unknownHoliday',
    'connections[2].serviceHours.holidays[0].ranges missingRanges',
  ]);
});

test('missing exceptions and holidays count as none', () => {
  const hours: ServiceHours = { regular: [weekly({ monday: [OFFICE] })] };
  assert.deepEqual(validateServiceHours(hours, isKnownHoliday), []);
  const overlapping: ServiceHours = { regular: [weekly({ monday: [OFFICE, { start: '15:00', end: '17:00' }] })] };
  assert.deepEqual(codesAt(validateServiceHours(overlapping, isKnownHoliday)), ['serviceHours.regular[0].days.monday[1] overlap']);
});
