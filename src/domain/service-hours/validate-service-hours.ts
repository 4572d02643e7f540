import type { CodeLookup } from '../codelist/lookup.ts';
import type { Violation } from '../errors.ts';
import {
  MINUTES_PER_DAY,
  WEEKDAYS,
  isIsoDate,
  parseClockTime,
  type ExceptionHours,
  type HolidayHours,
  type RegularHours,
  type ServiceHours,
  type TimeRange,
} from './service-hours.ts';

/** A valid, non-empty range of a list, with its index in the list and its text for messages. */
interface Span {
  index: number;
  start: number;
  end: number;
  text: string;
}

const KINDS: readonly string[] = ['weekly', 'alwaysOpen', 'byReservation'];

/** Tells whether a holiday code exists in the holiday code list (`CodeLookup.hasHoliday` fits). */
export type IsKnownHoliday = (code: string) => boolean;

/**
 * Checks service hours against the business rules and returns every violation (empty when
 * valid), with dotted paths under `pathPrefix`, e.g. `serviceHours.regular[0].days.monday[1].end`.
 * Holiday codes must satisfy `isKnownHoliday` (e.g. `(code) => lookup.hasHoliday(code)`).
 * Missing `exceptions` or `holidays` count as none. Never throws for well-typed input; the shape
 * itself is checked by the API schemas (service-hours.schema.ts).
 */
export function validateServiceHours(
  hours: ServiceHours,
  isKnownHoliday: IsKnownHoliday,
  pathPrefix = 'serviceHours',
): Violation[] {
  const out: Violation[] = [];
  const exceptions = hours.exceptions ?? [];
  hours.regular.forEach((entry, i) => validateRegular(entry, `${pathPrefix}.regular[${i}]`, out));
  exceptions.forEach((entry, i) => validateException(entry, `${pathPrefix}.exceptions[${i}]`, out));
  checkExceptionOverlaps(exceptions, `${pathPrefix}.exceptions`, out);
  const seen = new Set<string>();
  (hours.holidays ?? []).forEach((entry, i) => validateHoliday(entry, `${pathPrefix}.holidays[${i}]`, isKnownHoliday, seen, out));
  return out;
}

/**
 * The violations of optional service hours of a channel or connection, under `serviceHours`,
 * with the holiday codes of the lookup; none when the hours are absent.
 */
export function serviceHoursViolations(
  hours: ServiceHours | undefined,
  lookup: Pick<CodeLookup, 'hasHoliday'>,
  pathPrefix = 'serviceHours',
): Violation[] {
  return hours === undefined ? [] : validateServiceHours(hours, (code) => lookup.hasHoliday(code), pathPrefix);
}

function violation(path: string, code: string, message: string): Violation {
  return { path, code, message };
}

function validateRegular(entry: RegularHours, path: string, out: Violation[]): void {
  checkPeriod(entry.validFrom, entry.validTo, `${path}.validFrom`, `${path}.validTo`, false, out);
  if (!KINDS.includes(entry.kind)) {
    out.push(violation(`${path}.kind`, 'unknownKind', `Kind must be weekly, alwaysOpen or byReservation; got "${String(entry.kind)}".`));
    return;
  }
  const days = entry.days ?? {};
  const rangeCount = Object.values(days).reduce((n, ranges) => n + (ranges?.length ?? 0), 0);
  if (entry.kind !== 'weekly') {
    if (rangeCount > 0) {
      out.push(violation(`${path}.days`, 'unexpectedRanges', `Hours of kind ${entry.kind} cannot have time ranges; use kind weekly for opening times.`));
    }
    return;
  }
  if (rangeCount === 0) {
    out.push(violation(`${path}.days`, 'missingRanges', 'Weekly hours need at least one time range; use an exception for a closed period.'));
  }
  validateWeek(days, `${path}.days`, out);
}

function validateWeek(days: Partial<Record<string, TimeRange[]>>, path: string, out: Violation[]): void {
  for (const key of Object.keys(days)) {
    if (!(WEEKDAYS as readonly string[]).includes(key)) {
      out.push(violation(`${path}.${key}`, 'unknownWeekday', `"${key}" is not a weekday; use monday to sunday.`));
    }
  }
  const spans = WEEKDAYS.map((day) => validateRanges(days[day] ?? [], `${path}.${day}`, out));
  WEEKDAYS.forEach((day, i) => {
    const next = (i + 1) % WEEKDAYS.length;
    checkSpill(spans[i]!, `on ${day}`, spans[next]!, `${path}.${WEEKDAYS[next]}`, out);
  });
}

function validateException(entry: ExceptionHours, path: string, out: Violation[]): void {
  const periodValid = checkPeriod(entry.from, entry.to, `${path}.from`, `${path}.to`, true, out);
  checkClosedAndRanges(entry, path, out);
  const spans = validateRanges(entry.ranges ?? [], `${path}.ranges`, out);
  if (periodValid && entry.to !== undefined && entry.to > entry.from) {
    checkSpill(spans, 'of the previous day', spans, `${path}.ranges`, out);
  }
}

function validateHoliday(
  entry: HolidayHours,
  path: string,
  isKnownHoliday: IsKnownHoliday,
  seen: Set<string>,
  out: Violation[],
): void {
  if (!isKnownHoliday(entry.holiday)) {
    out.push(violation(`${path}.holiday`, 'unknownHoliday', `"${entry.holiday}" is not a holiday of the holiday code list.`));
  } else if (seen.has(entry.holiday)) {
    out.push(violation(`${path}.holiday`, 'duplicateHoliday', `Hours for ${entry.holiday} are already given; give each holiday once.`));
  }
  seen.add(entry.holiday);
  checkClosedAndRanges(entry, path, out);
  validateRanges(entry.ranges ?? [], `${path}.ranges`, out);
}

function checkClosedAndRanges(entry: { closed: boolean; ranges?: TimeRange[] }, path: string, out: Violation[]): void {
  const count = entry.ranges?.length ?? 0;
  if (entry.closed && count > 0) {
    out.push(violation(`${path}.ranges`, 'closedWithRanges', 'Closed hours cannot have time ranges; remove the ranges or set closed to false.'));
  } else if (!entry.closed && count === 0) {
    out.push(violation(`${path}.ranges`, 'missingRanges', 'Hours that are not closed need at least one time range.'));
  }
}

/** Checks both dates and their order; returns whether the period is valid. */
function checkPeriod(
  from: string | undefined,
  to: string | undefined,
  fromPath: string,
  toPath: string,
  fromRequired: boolean,
  out: Violation[],
): boolean {
  const fromValid = from === undefined ? !fromRequired : isIsoDate(from);
  const toValid = to === undefined || isIsoDate(to);
  if (!fromValid) out.push(violation(fromPath, 'invalidDate', `Expected a date YYYY-MM-DD; got "${String(from)}".`));
  if (!toValid) out.push(violation(toPath, 'invalidDate', `Expected a date YYYY-MM-DD; got "${String(to)}".`));
  if (fromValid && toValid && from !== undefined && to !== undefined && to < from) {
    out.push(violation(toPath, 'dateOrder', `The end date ${to} is before the start date ${from}.`));
    return false;
  }
  return fromValid && toValid;
}

/** Validates the ranges of one day and returns the valid ones; reports times, emptiness, order and overlaps. */
function validateRanges(ranges: TimeRange[], path: string, out: Violation[]): Span[] {
  const spans: Span[] = [];
  ranges.forEach((range, index) => {
    const span = validateRange(range, `${path}[${index}]`, out);
    if (!span) return;
    const previous = spans[spans.length - 1];
    if (previous && span.start < previous.start) {
      out.push(violation(`${path}[${index}]`, 'order', `Ranges of a day must be in ascending order: ${span.text} comes after ${previous.text}.`));
    }
    spans.push({ ...span, index });
  });
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.index - b.index);
  let latest: Span | undefined;
  for (const span of sorted) {
    if (latest && span.start < latest.end) {
      out.push(violation(`${path}[${span.index}]`, 'overlap', `The range ${span.text} overlaps the range ${latest.text}.`));
    }
    if (!latest || span.end > latest.end) latest = span;
  }
  return spans;
}

function validateRange(range: TimeRange, path: string, out: Violation[]): Omit<Span, 'index'> | undefined {
  const start = parseClockTime(range.start);
  const end = parseClockTime(range.end, true);
  if (start === undefined) {
    out.push(violation(`${path}.start`, 'invalidTime', `The start must be a time HH:MM from 00:00 to 23:59; got "${String(range.start)}".`));
  }
  if (end === undefined) {
    out.push(violation(`${path}.end`, 'invalidTime', `The end must be a time HH:MM from 00:00 to 24:00; got "${String(range.end)}".`));
  }
  if (start === undefined || end === undefined) return undefined;
  const text = `${range.start}–${range.end}`;
  if (start === end) {
    out.push(violation(path, 'emptyRange', `The range ${text} is empty: it starts and ends at the same time.`));
    return undefined;
  }
  return { start, end: end < start ? end + MINUTES_PER_DAY : end, text };
}

/** Reports ranges of the next day that start before an over-midnight range of the previous day ends. */
function checkSpill(previous: Span[], previousLabel: string, next: Span[], nextPath: string, out: Violation[]): void {
  const overnight = previous.filter((span) => span.end > MINUTES_PER_DAY);
  for (const night of overnight) {
    for (const span of next) {
      if (span.start < night.end - MINUTES_PER_DAY) {
        out.push(violation(`${nextPath}[${span.index}]`, 'overlap', `The range ${span.text} overlaps the over-midnight range ${night.text} ${previousLabel}.`));
      }
    }
  }
}

function checkExceptionOverlaps(exceptions: ExceptionHours[], path: string, out: Violation[]): void {
  const periods = exceptions.map((entry) => {
    const to = entry.to ?? entry.from;
    return isIsoDate(entry.from) && isIsoDate(to) && to >= entry.from ? { from: entry.from, to } : undefined;
  });
  periods.forEach((b, j) => {
    periods.slice(0, j).forEach((a, i) => {
      if (a && b && a.from <= b.to && b.from <= a.to) {
        out.push(violation(`${path}[${j}]`, 'overlappingExceptions', `Exceptional hours ${b.from}–${b.to} overlap exceptional hours ${a.from}–${a.to} (exceptions[${i}]).`));
      }
    });
  });
}
