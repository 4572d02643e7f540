/**
 * The shape of service hours (palveluajat) as TypeBox schemas: what the API accepts and the
 * types of src/domain/service-hours/service-hours.ts derive from. Structural only: times and
 * dates are plain strings here; their formats, ordering, overlaps and holiday codes are checked
 * by `validateServiceHours`, which reports them with specific codes and messages.
 */
import { Type } from 'typebox';
import { localizedText } from '../common/localized-text.schema.ts';
import type { Weekday } from './service-hours.ts';

const clockTime = (description: string) => Type.String({ description: `${description} A Finnish wall-clock time \`HH:MM\` (24 h).` });
const isoDate = (description: string) => Type.String({ description: `${description} A calendar date \`YYYY-MM-DD\`.` });

/** An opening period within one day, e.g. `{"start": "08:00", "end": "16:00"}`. */
export const TimeRangeSchema = Type.Object(
  {
    start: clockTime('Opening time, `00:00`–`23:59`.'),
    end: clockTime('Closing time, `00:00`–`24:00`; an end before the start runs over midnight into the next day (`22:00`–`02:00`).'),
  },
  { additionalProperties: false, description: 'An opening period within one day.' },
);

const timeRanges = (description: string) => Type.Array(TimeRangeSchema, { description });

const dayRanges = (day: string) => Type.Optional(timeRanges(`Opening periods on ${day}s, in ascending order.`));

/** The time ranges of each weekday; a missing or empty day is closed. */
export const WeekSchema = Type.Object(
  {
    monday: dayRanges('Monday'),
    tuesday: dayRanges('Tuesday'),
    wednesday: dayRanges('Wednesday'),
    thursday: dayRanges('Thursday'),
    friday: dayRanges('Friday'),
    saturday: dayRanges('Saturday'),
    sunday: dayRanges('Sunday'),
  } satisfies Record<Weekday, unknown>,
  { additionalProperties: false, description: 'Opening periods per weekday; a missing or empty day is closed.' },
);

export const RegularHoursKindSchema = Type.Enum(['weekly', 'alwaysOpen', 'byReservation'], {
  description: '`weekly`: open on the periods of `days`; `alwaysOpen`: open 24/7; `byReservation`: by appointment only.',
});

/** Standard hours, optionally valid only within a period. */
export const RegularHoursSchema = Type.Object(
  {
    kind: RegularHoursKindSchema,
    validFrom: Type.Optional(isoDate('First day the hours apply (inclusive); open-ended when absent.')),
    validTo: Type.Optional(isoDate('Last day the hours apply (inclusive); open-ended when absent.')),
    days: Type.Optional(WeekSchema),
    additionalInfo: Type.Optional(localizedText('Additional information about these hours (e.g. "Café open on Saturdays").')),
  },
  { additionalProperties: false, description: 'Standard hours: weekly periods, always open, or by reservation, optionally for a validity period (e.g. summer hours).' },
);

/** Exceptional hours for a date or a period of dates. */
export const ExceptionHoursSchema = Type.Object(
  {
    from: isoDate('First day of the exception (inclusive).'),
    to: Type.Optional(isoDate('Last day of the exception (inclusive); a single day when absent.')),
    closed: Type.Boolean({ description: 'True when closed for the whole period.' }),
    ranges: Type.Optional(timeRanges('Opening periods of every day of the exception; required unless closed.')),
    additionalInfo: Type.Optional(localizedText('Additional information about the exception (e.g. "Closed for renovation").')),
  },
  { additionalProperties: false, description: 'Exceptional hours that replace the regular and holiday hours from `from` to `to`.' },
);

/** Hours on a holiday of the holiday code list, whatever year it falls in. */
export const HolidayHoursSchema = Type.Object(
  {
    holiday: Type.String({ description: 'Code of the holiday in the holiday code list, e.g. `ChristmasEve`.' }),
    closed: Type.Boolean({ description: 'True when closed on the holiday.' }),
    ranges: Type.Optional(timeRanges('Opening periods on the holiday; required unless closed.')),
    additionalInfo: Type.Optional(localizedText('Additional information about the holiday hours.')),
  },
  { additionalProperties: false, description: 'Hours on a holiday (every year); they replace the regular hours of that day.' },
);

/** Service hours of a channel or a connection. */
export const ServiceHoursSchema = Type.Object(
  {
    regular: Type.Array(RegularHoursSchema, { description: 'Standard hours; where validity periods overlap, the entry with the latest `validFrom` applies.' }),
    exceptions: Type.Optional(Type.Array(ExceptionHoursSchema, { description: 'Exceptional hours for dates or periods; they take precedence over everything else.' })),
    holidays: Type.Optional(Type.Array(HolidayHoursSchema, { description: 'Hours on holidays; they take precedence over the regular hours.' })),
  },
  {
    additionalProperties: false,
    description: 'Opening hours in Finnish local time (Europe/Helsinki): regular, exceptional and holiday hours.',
  },
);

/** The optional `serviceHours` property of channels and connections. */
export const serviceHoursProperty = Type.Optional(ServiceHoursSchema);
