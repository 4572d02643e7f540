/**
 * Service hours of a channel or a connection (palveluajat), stored as JSONB and sent over the
 * API as camelCase JSON. Times are Finnish wall-clock times (Europe/Helsinki), never instants.
 */
import type { Static } from 'typebox';
import type {
  ExceptionHoursSchema,
  HolidayHoursSchema,
  RegularHoursKindSchema,
  RegularHoursSchema,
  ServiceHoursSchema,
  TimeRangeSchema,
} from './service-hours.schema.ts';

/** Days of the week, Monday first as in a Finnish week. */
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** A wall-clock time `HH:MM` (24 h); `24:00` is allowed as the end of a range. */
export type ClockTime = string;

/** A calendar date `YYYY-MM-DD`. */
export type IsoDate = string;

/**
 * An opening period within one day. An `end` before `start` runs over midnight into the next
 * day (`22:00`–`02:00`); `24:00` ends exactly at midnight.
 */
export type TimeRange = Static<typeof TimeRangeSchema>;

/** `weekly`: open on the ranges of `days`; `alwaysOpen`: 24/7; `byReservation`: by appointment only. */
export type RegularHoursKind = Static<typeof RegularHoursKindSchema>;

/**
 * Standard hours, optionally valid only from `validFrom` to `validTo` (both inclusive).
 * `days` only for `weekly`: a missing or empty day is closed.
 */
export type RegularHours = Static<typeof RegularHoursSchema>;

/** Exceptional hours from `from` to `to` (inclusive; a single day without `to`); `ranges` required unless closed. */
export type ExceptionHours = Static<typeof ExceptionHoursSchema>;

/** Hours on a holiday of the holiday code list (e.g. `ChristmasEve`), whatever year it falls in. */
export type HolidayHours = Static<typeof HolidayHoursSchema>;

/** Regular, exceptional and holiday hours; missing `exceptions` or `holidays` mean none. */
export type ServiceHours = Static<typeof ServiceHoursSchema>;

export const MINUTES_PER_DAY = 24 * 60;

/** A range in minutes from the start of its own day; `end` exceeds 1440 when it runs over midnight. */
export interface MinuteSpan {
  start: number;
  end: number;
}

const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Minutes since midnight of an `HH:MM` time (00:00–23:59, and 24:00 when `allowEndOfDay`),
 * or undefined when the value is not such a time.
 */
export function parseClockTime(value: unknown, allowEndOfDay = false): number | undefined {
  if (typeof value !== 'string') return undefined;
  if (value === '24:00') return allowEndOfDay ? MINUTES_PER_DAY : undefined;
  const match = CLOCK_TIME.exec(value);
  return match ? Number(match[1]) * 60 + Number(match[2]) : undefined;
}

/** Whether the value is an existing calendar date written `YYYY-MM-DD` (so 2026-02-30 is not). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * The minutes a range covers, counted from the start of its own day, or undefined when a time
 * is invalid or the range is empty (start equals end). Over-midnight ranges end after 1440.
 */
export function rangeMinutes(range: TimeRange): MinuteSpan | undefined {
  const start = parseClockTime(range.start);
  const end = parseClockTime(range.end, true);
  if (start === undefined || end === undefined || start === end) return undefined;
  return { start, end: end < start ? end + MINUTES_PER_DAY : end };
}

/** The weekday of a valid `YYYY-MM-DD` date. */
export function weekdayOf(date: IsoDate): Weekday {
  const sundayFirst = new Date(`${date}T00:00:00Z`).getUTCDay();
  return WEEKDAYS[(sundayFirst + 6) % 7]!;
}
