/**
 * The service-hours editor's values (palveluajat) of a channel or a connection: regular hours
 * (weekly times with up to two periods a day, always open, or by reservation), exceptional
 * hours for dates or periods (summer hours, "closed for renovation") and holiday hours.
 *
 * The inputs are named after the content paths the validation reports (e.g.
 * `serviceHours.exceptions[1].to`), so a violation lands at its field. Rows the form does not
 * show (regular hours with a validity period, more than two periods a day) are kept from the
 * saved hours.
 */
import { WEEKDAYS, type ExceptionHours, type HolidayHours, type RegularHours, type ServiceHours, type TimeRange, type Weekday } from '../../domain/service-hours/service-hours.ts';
import { FORM_LANGUAGES, type FormLanguage } from './service-form.ts';
import { givenTexts, one, perLanguage, textsOf, type FormBody, type Texts } from './form-values.ts';

export const HOURS_PREFIX = 'serviceHours';
/** Time periods per day (or per exception, per holiday) the form offers: enough for a lunch break. */
export const PERIODS = 2;
/** Empty exception rows offered below the saved ones (saving offers more). */
export const BLANK_EXCEPTIONS = 2;
export const REGULAR_KINDS = ['', 'weekly', 'alwaysOpen', 'byReservation'] as const;
export type RegularKind = (typeof REGULAR_KINDS)[number];
export type HolidayState = '' | 'closed' | 'open';

export type Periods = { start: string; end: string }[];

export interface ExceptionValues {
  from: string;
  to: string;
  closed: boolean;
  periods: Periods;
  info: Texts;
}

export interface HoursValues {
  /** '' = no regular hours given. */
  kind: RegularKind;
  days: Record<Weekday, Periods>;
  info: Texts;
  exceptions: ExceptionValues[];
  holidays: Record<string, { state: HolidayState; periods: Periods }>;
}


const emptyPeriods = (): Periods => Array.from({ length: PERIODS }, () => ({ start: '', end: '' }));
const emptyTexts = (): Texts => Object.fromEntries(FORM_LANGUAGES.map((lang) => [lang, ''])) as Texts;

/** The input names, shared by the parser and the editor component. */
export const hoursNames = {
  kind: `${HOURS_PREFIX}.kind`,
  days: `${HOURS_PREFIX}.regular[0].days`,
  day: (day: Weekday) => `${HOURS_PREFIX}.regular[0].days.${day}`,
  period: (row: string, index: number, edge: 'start' | 'end') => `${row}[${index}].${edge}`,
  info: (lang: FormLanguage) => `${HOURS_PREFIX}.regular[0].additionalInfo.${lang}`,
  exception: (index: number) => `${HOURS_PREFIX}.exceptions[${index}]`,
  holiday: (code: string) => `${HOURS_PREFIX}.holiday.${code}`,
};

function periodsFrom(body: FormBody, row: string): Periods {
  return Array.from({ length: PERIODS }, (_, i) => ({ start: one(body[hoursNames.period(row, i, 'start')]), end: one(body[hoursNames.period(row, i, 'end')]) }));
}


/**
 * The values of a posted form. Exception rows without a start date are dropped, so the rows
 * shown again after an error have the indexes the violations refer to.
 */
export function hoursValuesFromBody(body: FormBody): HoursValues {
  const chosen = one(body[hoursNames.kind]);
  const days = Object.fromEntries(WEEKDAYS.map((day) => [day, periodsFrom(body, hoursNames.day(day))])) as HoursValues['days'];
  // times typed without choosing the kind mean weekly hours: never drop what was typed
  const typed = WEEKDAYS.some((day) => days[day].some((p) => p.start || p.end));
  const kind = chosen === '' && typed ? 'weekly' : chosen;
  const exceptions: ExceptionValues[] = [];
  for (let i = 0; body[`${hoursNames.exception(i)}.from`] !== undefined; i++) {
    const row = hoursNames.exception(i);
    const from = one(body[`${row}.from`]);
    const to = one(body[`${row}.to`]);
    if (!from && !to) continue;
    exceptions.push({ from, to, closed: one(body[`${row}.closed`]) !== '0', periods: periodsFrom(body, `${row}.ranges`), info: perLanguage(body, `${row}.additionalInfo`) });
  }
  const holidays: HoursValues['holidays'] = {};
  // the holiday rows in the order the form shows them (the code list's, by date)
  const holidayPattern = new RegExp(`^${HOURS_PREFIX}\\.holiday\\.([A-Za-z0-9_-]+)\\.state$`);
  const holidayCodes = Object.keys(body).flatMap((key) => holidayPattern.exec(key)?.[1] ?? []);
  for (const code of holidayCodes) {
    const state = one(body[`${hoursNames.holiday(code)}.state`]);
    holidays[code] = { state: state === 'closed' || state === 'open' ? state : '', periods: periodsFrom(body, `${hoursNames.holiday(code)}.ranges`) };
  }
  return {
    kind: (REGULAR_KINDS as readonly string[]).includes(kind) ? (kind as RegularKind) : '',
    days,
    info: perLanguage(body, `${HOURS_PREFIX}.regular[0].additionalInfo`),
    exceptions,
    holidays,
  };
}

const padPeriods = (ranges: TimeRange[] | undefined): Periods => emptyPeriods().map((blank, i) => (ranges?.[i] ? { start: ranges[i]!.start, end: ranges[i]!.end } : blank));

/** The regular hours the form edits: the first without a validity period (others are kept as they are). */
const mainRegularIndex = (regular: RegularHours[]): number => regular.findIndex((r) => !r.validFrom && !r.validTo);

export function hoursValuesFromContent(hours: ServiceHours | undefined): HoursValues {
  const regular = hours?.regular ?? [];
  const main = regular[mainRegularIndex(regular)];
  const holidays: HoursValues['holidays'] = {};
  for (const entry of hours?.holidays ?? []) holidays[entry.holiday] = { state: entry.closed ? 'closed' : 'open', periods: padPeriods(entry.ranges) };
  return {
    kind: main?.kind ?? '',
    days: Object.fromEntries(WEEKDAYS.map((day) => [day, padPeriods(main?.days?.[day])])) as HoursValues['days'],
    info: textsOf(main?.additionalInfo),
    exceptions: (hours?.exceptions ?? []).map((e) => ({ from: e.from, to: e.to ?? '', closed: e.closed, periods: padPeriods(e.ranges), info: textsOf(e.additionalInfo) })),
    holidays,
  };
}

/** Periods with both times given; a half-filled period is kept so that validation names it. */
function rangesOf(periods: Periods): TimeRange[] {
  return periods.filter((p) => p.start || p.end).map((p) => ({ start: p.start, end: p.end }));
}

/**
 * The service hours of the form over the saved ones (`base`): undefined when nothing is given.
 * The edited regular hours come first, so their violations are under `regular[0]`; beyond the
 * shown periods, a day's further periods are kept.
 */
export function serviceHoursFromValues(values: HoursValues, base: ServiceHours | undefined): ServiceHours | undefined {
  const holidayCodes = Object.keys(values.holidays);
  const savedRegular = base?.regular ?? [];
  const mainIndex = mainRegularIndex(savedRegular);
  const saved = savedRegular[mainIndex];
  const others = savedRegular.filter((_, i) => i !== mainIndex);
  const regular: RegularHours[] = [];
  if (values.kind) {
    const entry: RegularHours = { kind: values.kind };
    const days: Partial<Record<Weekday, TimeRange[]>> = {};
    for (const day of WEEKDAYS) {
      const ranges = [...rangesOf(values.days[day]), ...(saved?.kind === 'weekly' ? (saved.days?.[day] ?? []).slice(PERIODS) : [])];
      if (ranges.length) days[day] = ranges;
    }
    // times typed with "always open" are not dropped silently: validation asks to clear them
    if (values.kind === 'weekly' || Object.keys(days).length) entry.days = days;
    const info = givenTexts(values.info);
    if (info) entry.additionalInfo = info;
    regular.push(entry);
  }
  regular.push(...others);
  const exceptions: ExceptionHours[] = values.exceptions.map((e) => {
    const entry: ExceptionHours = { from: e.from, closed: e.closed };
    if (e.to && e.to !== e.from) entry.to = e.to;
    if (!e.closed) entry.ranges = rangesOf(e.periods);
    const info = givenTexts(e.info);
    if (info) entry.additionalInfo = info;
    return entry;
  });
  const holidays: HolidayHours[] = holidayCodes
    .filter((code) => values.holidays[code]?.state)
    .map((code) => {
      const { state, periods } = values.holidays[code]!;
      const kept = base?.holidays?.find((h) => h.holiday === code)?.additionalInfo;
      return { holiday: code, closed: state === 'closed', ...(state === 'open' ? { ranges: rangesOf(periods) } : {}), ...(kept ? { additionalInfo: kept } : {}) };
    });
  // holidays the form did not show (e.g. gone from the code list) are kept: nothing disappears silently
  holidays.push(...(base?.holidays ?? []).filter((h) => !holidayCodes.includes(h.holiday)));
  if (!regular.length && !exceptions.length && !holidays.length) return undefined;
  return { regular, ...(exceptions.length ? { exceptions } : {}), ...(holidays.length ? { holidays } : {}) };
}

/**
 * Where a holiday's violations point: its index among the holidays given. The form posts its rows
 * in the order shown (`shownCodes`), and the content lists them in that order.
 */
export function holidayIndexes(values: HoursValues, shownCodes: readonly string[]): Map<string, number> {
  return new Map(shownCodes.filter((code) => values.holidays[code]?.state).map((code, i) => [code, i]));
}

export { emptyPeriods, emptyTexts };
