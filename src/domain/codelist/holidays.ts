/**
 * Finnish holidays and holiday eves for any year, computed from the rules of the holiday code
 * list (fixed date, offset from Easter Sunday, or a weekday within a date range).
 */
export type HolidayRule =
  | { type: 'fixed'; month: number; day: number }
  | { type: 'easterOffset'; days: number }
  | { type: 'weekdayInRange'; weekday: Weekday; from: string; to: string; offsetDays: number };

export type Weekday = 'Sunday' | 'Monday' | 'Tuesday' | 'Wednesday' | 'Thursday' | 'Friday' | 'Saturday';
const WEEKDAYS: readonly Weekday[] = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** A calendar date as `YYYY-MM-DD` (holidays are dates, not instants: no time zone applies). */
export type IsoDate = string;

/** Easter Sunday of a Gregorian year (anonymous Gregorian algorithm, "Meeus/Jones/Butcher"). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDate(year, month, day);
}

/** The date a holiday rule gives in `year`. Throws RangeError for years outside 1583–9999. */
export function holidayDate(rule: HolidayRule, year: number): IsoDate {
  if (!Number.isInteger(year) || year < 1583 || year > 9999) {
    throw new RangeError(`year must be a Gregorian year from 1583 to 9999; got ${year}`);
  }
  switch (rule.type) {
    case 'fixed':
      return isoDate(year, rule.month, rule.day);
    case 'easterOffset':
      return addDays(easterSunday(year), rule.days);
    case 'weekdayInRange': {
      const target = WEEKDAYS.indexOf(rule.weekday);
      let date = `${year}-${rule.from}`;
      const last = `${year}-${rule.to}`;
      while (date <= last) {
        if (new Date(`${date}T00:00:00Z`).getUTCDay() === target) return addDays(date, rule.offsetDays);
        date = addDays(date, 1);
      }
      throw new RangeError(`no ${rule.weekday} between ${rule.from} and ${rule.to} in ${year}`);
    }
  }
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const t = new Date(`${date}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
}

function isoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
