import { addDays, holidayDate, type HolidayRule } from '../codelist/holidays.ts';
import {
  MINUTES_PER_DAY,
  rangeMinutes,
  weekdayOf,
  type IsoDate,
  type MinuteSpan,
  type RegularHours,
  type ServiceHours,
  type TimeRange,
} from './service-hours.ts';
import { helsinkiLocalTime } from './helsinki-time.ts';

/**
 * Why a service is open or not at a moment:
 * - `exception` / `holiday`: exceptional or holiday hours of the date decide (open or closed);
 * - `regular`: open within the weekly hours;
 * - `alwaysOpen`: open 24/7;
 * - `byReservation`: not open to walk in; served by appointment;
 * - `closed`: closed under the regular hours (outside the weekly ranges, or no hours valid).
 */
export type OpeningReason = 'regular' | 'exception' | 'holiday' | 'alwaysOpen' | 'byReservation' | 'closed';

export interface OpeningState {
  open: boolean;
  reason: OpeningReason;
}

/** A holiday of the holiday code list with its date rule. */
export interface HolidayDefinition {
  code: string;
  rule: HolidayRule;
}

/** The hours that apply to one local date. */
interface DayPlan {
  spans: MinuteSpan[];
  openReason: OpeningReason;
  closedReason: OpeningReason;
}

/**
 * Whether a service is open at `at`, and why, in Finnish local time (Europe/Helsinki, correct
 * across daylight-saving changes). The hours of a date are, by precedence: an exception covering
 * the date, then hours of a holiday falling on it, then the regular hours valid on it (the entry
 * with the latest `validFrom` wins, so seasonal hours override open-ended ones). A range over
 * midnight belongs to the day it starts on: Friday 22:00–02:00 keeps the service open at
 * Saturday 01:00 whatever Saturday's own hours are. Missing `exceptions` or `holidays` count as
 * none. Expects validated hours (invalid ranges are ignored); throws RangeError for an invalid Date.
 */
export function openingState(hours: ServiceHours, at: Date, holidayRules: readonly HolidayDefinition[]): OpeningState {
  const local = helsinkiLocalTime(at);
  const today = dayPlan(hours, local.date, holidayRules);
  if (today.spans.some((span) => span.start <= local.minutes && local.minutes < span.end)) {
    return { open: true, reason: today.openReason };
  }
  const yesterday = dayPlan(hours, addDays(local.date, -1), holidayRules);
  if (yesterday.spans.some((span) => local.minutes + MINUTES_PER_DAY < span.end)) {
    return { open: true, reason: yesterday.openReason };
  }
  return { open: false, reason: today.closedReason };
}

/** Whether a service is open at `at` in Finnish local time; see `openingState` for the rules. */
export function isOpen(hours: ServiceHours, at: Date, holidayRules: readonly HolidayDefinition[]): boolean {
  return openingState(hours, at, holidayRules).open;
}

/** The holiday codes whose rule gives exactly `date` (none for years the rules cannot compute). */
export function holidaysOn(date: IsoDate, holidayRules: readonly HolidayDefinition[]): Set<string> {
  const year = Number(date.slice(0, 4));
  if (!Number.isInteger(year) || year < 1583 || year > 9999) return new Set();
  return new Set(holidayRules.filter(({ rule }) => holidayDate(rule, year) === date).map(({ code }) => code));
}

function dayPlan(hours: ServiceHours, date: IsoDate, holidayRules: readonly HolidayDefinition[]): DayPlan {
  const exception = (hours.exceptions ?? []).find((entry) => entry.from <= date && date <= (entry.to ?? entry.from));
  if (exception) return fixedPlan(exception, 'exception');
  const holidayHours = hours.holidays ?? [];
  const holidays = holidayHours.length > 0 ? holidaysOn(date, holidayRules) : new Set<string>();
  const holiday = holidayHours.find((entry) => holidays.has(entry.holiday));
  if (holiday) return fixedPlan(holiday, 'holiday');
  return regularPlan(hours.regular, date);
}

function fixedPlan(entry: { closed: boolean; ranges?: TimeRange[] }, reason: OpeningReason): DayPlan {
  return { spans: entry.closed ? [] : toSpans(entry.ranges ?? []), openReason: reason, closedReason: reason };
}

function regularPlan(regular: RegularHours[], date: IsoDate): DayPlan {
  const valid = regular.filter(
    (entry) => (entry.validFrom ?? '') <= date && (entry.validTo === undefined || date <= entry.validTo),
  );
  const latestStart = valid.reduce((latest, entry) => ((entry.validFrom ?? '') > latest ? (entry.validFrom ?? '') : latest), '');
  const effective = valid.filter((entry) => (entry.validFrom ?? '') === latestStart);
  if (effective.some((entry) => entry.kind === 'alwaysOpen')) {
    return { spans: [{ start: 0, end: MINUTES_PER_DAY }], openReason: 'alwaysOpen', closedReason: 'alwaysOpen' };
  }
  const weekday = weekdayOf(date);
  const ranges = effective.filter((entry) => entry.kind === 'weekly').flatMap((entry) => entry.days?.[weekday] ?? []);
  const byReservation = effective.some((entry) => entry.kind === 'byReservation');
  return { spans: toSpans(ranges), openReason: 'regular', closedReason: byReservation ? 'byReservation' : 'closed' };
}

function toSpans(ranges: TimeRange[]): MinuteSpan[] {
  return ranges.map(rangeMinutes).filter((span): span is MinuteSpan => span !== undefined);
}
