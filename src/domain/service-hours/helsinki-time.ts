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
