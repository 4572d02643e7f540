import { weekdayOf, type IsoDate, type Weekday } from './service-hours.ts';

/** Finnish local wall-clock time of an instant. */
export interface LocalTime {
  date: IsoDate;
  weekday: Weekday;
  /** Minutes since local midnight, 0–1439. */
  minutes: number;
}

const HELSINKI = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Helsinki',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/**
 * The local date, weekday and time of `at` in Europe/Helsinki, with the offset (UTC+2 or UTC+3)
 * taken from the time-zone database, so it is right on both sides of a daylight-saving change.
 * Throws RangeError for an invalid Date.
 */
export function helsinkiLocalTime(at: Date): LocalTime {
  const parts: Record<string, string> = {};
  for (const part of HELSINKI.formatToParts(at)) parts[part.type] = part.value;
  const date = `${parts.year!.padStart(4, '0')}-${parts.month}-${parts.day}`;
  return { date, weekday: weekdayOf(date), minutes: Number(parts.hour) * 60 + Number(parts.minute) };
}

/**
 * The instant of a Helsinki wall-clock date (YYYY-MM-DD) and time (HH:MM), trying both offsets
 * (UTC+2, UTC+3); undefined when malformed or when the time does not exist that day (the hour
 * skipped when daylight saving starts).
 */
export function helsinkiInstant(date: string, time: string): Date | undefined {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t || Number(t[1]) > 23 || Number(t[2]) > 59) return undefined;
  const wall = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
  for (const offsetHours of [3, 2]) {
    const candidate = new Date(wall - offsetHours * 3_600_000);
    const local = helsinkiLocalTime(candidate);
    if (local.date === date && local.minutes === Number(t[1]) * 60 + Number(t[2])) return candidate;
  }
  return undefined;
}
