/**
 * The service-hours editor of channel forms and the connection dialog: the kind of regular hours,
 * weekly times (two periods a day, e.g. around a lunch break), exceptional hours for dates or
 * periods, and holiday hours. Works without JavaScript: empty exception rows are offered, and
 * saving offers more. Every violation shows at its row, and the error summary links there
 * (element ids are the violation paths).
 */
import type { ReactNode } from 'react';
import { WEEKDAYS } from '../../../domain/service-hours/service-hours.ts';
import type { MessageKey, Translate } from '../../i18n.ts';
import type { FieldError } from '../components.tsx';
import { FORM_LANGUAGES, type FormLanguage } from '../service-form.ts';
import { BLANK_EXCEPTIONS, HOURS_PREFIX, REGULAR_KINDS, emptyPeriods, emptyTexts, holidayIndexes, hoursNames, type ExceptionValues, type HoursValues, type Periods } from '../service-hours-form.ts';

export interface HolidayChoice {
  code: string;
  name: string;
  /** This year's date, YYYY-MM-DD. */
  date: string;
}

interface Props {
  values: HoursValues;
  errors: FieldError[];
  t: Translate;
  holidays: HolidayChoice[];
  language: string;
}

/** Messages of the violations at `path` or below it. */
function messagesUnder(errors: FieldError[], path: string): string[] {
  return errors.filter((e) => e.field === path || e.field.startsWith(`${path}.`) || e.field.startsWith(`${path}[`)).map((e) => e.message);
}

function RowErrors({ errors, path, id }: { errors: FieldError[]; path: string; id: string }) {
  const messages = [...new Set(messagesUnder(errors, path))];
  if (!messages.length) return null;
  return (
    <span className="error-text" id={id}>
      {messages.join(' ')}
    </span>
  );
}

/**
 * Opening and closing time of one period. `ids` is the violation path of the row when it differs
 * from the input names (a holiday's place among the holidays given); the wrapper's id is the
 * period's violation path.
 */
function Period({ row, index, period, label, t, errors, ids }: { row: string; index: number; period: { start: string; end: string }; label: string; t: Translate; errors: FieldError[]; ids?: string }) {
  const path = ids ?? row;
  const name = (edge: 'start' | 'end') => hoursNames.period(row, index, edge);
  const id = (edge: 'start' | 'end') => hoursNames.period(path, index, edge);
  const invalid = (edge: 'start' | 'end') => (messagesUnder(errors, id(edge)).length || errors.some((e) => e.field === `${path}[${index}]`) ? true : undefined);
  return (
    <span className="period" id={`${path}[${index}]`}>
      <input type="time" id={id('start')} name={name('start')} defaultValue={period.start} aria-label={`${label}: ${t('opens')}`} aria-invalid={invalid('start')} />
      <span aria-hidden="true">–</span>
      <input type="time" id={id('end')} name={name('end')} defaultValue={period.end} aria-label={`${label}: ${t('closes')}`} aria-invalid={invalid('end')} />
    </span>
  );
}

function PeriodCells({ row, periods, label, t, errors, ids }: { row: string; periods: Periods; label: string; t: Translate; errors: FieldError[]; ids?: string | undefined }) {
  return (
    <>
      {periods.map((period, i) => (
        <td key={i}>
          <Period row={row} index={i} period={period} label={`${label}, ${t('hoursPeriod', { n: i + 1 })}`} t={t} errors={errors} {...(ids ? { ids } : {})} />
        </td>
      ))}
    </>
  );
}

function PeriodHeaders({ t }: { t: Translate }) {
  return (
    <>
      {emptyPeriods().map((_, i) => (
        <th scope="col" key={i}>
          {t('hoursPeriod', { n: i + 1 })}
        </th>
      ))}
    </>
  );
}

function InfoFields({ name, values, label, t }: { name: (lang: FormLanguage) => string; values: Record<FormLanguage, string>; label: string; t: Translate }) {
  return (
    <div className="field-row">
      {FORM_LANGUAGES.map((lang) => (
        <div className="field" key={lang} data-language={lang}>
          <label htmlFor={name(lang)}>
            {label} ({t(`contentLanguage_${lang}` as MessageKey)})
          </label>
          <input type="text" id={name(lang)} name={name(lang)} defaultValue={values[lang]} />
        </div>
      ))}
    </div>
  );
}

function ExceptionRow({ index, value, errors, t }: { index: number; value: ExceptionValues; errors: FieldError[]; t: Translate }) {
  const row = hoursNames.exception(index);
  const errorId = `${row}-error`;
  const hasErrors = messagesUnder(errors, row).length > 0;
  const invalid = (field: string) => (messagesUnder(errors, `${row}.${field}`).length ? true : undefined);
  const legend = value.from ? t('exceptionNumbered', { n: index + 1 }) : t('exceptionNew');
  return (
    <fieldset className="hours-exception" id={row} aria-describedby={hasErrors ? errorId : undefined}>
      <legend>{legend}</legend>
      <RowErrors errors={errors} path={row} id={errorId} />
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${row}.from`}>{t('exceptionFrom')}</label>
          <input type="date" id={`${row}.from`} name={`${row}.from`} defaultValue={value.from} aria-invalid={invalid('from')} />
        </div>
        <div className="field">
          <label htmlFor={`${row}.to`}>{t('exceptionTo')}</label>
          <span className="hint" id={`${row}.to-hint`}>
            {t('exceptionToHint')}
          </span>
          <input type="date" id={`${row}.to`} name={`${row}.to`} defaultValue={value.to} aria-invalid={invalid('to')} aria-describedby={`${row}.to-hint`} />
        </div>
        <div className="field">
          <label htmlFor={`${row}.closed`}>{t('exceptionState')}</label>
          <select id={`${row}.closed`} name={`${row}.closed`} defaultValue={value.closed ? '1' : '0'}>
            <option value="1">{t('hoursClosed')}</option>
            <option value="0">{t('hoursOpenAt')}</option>
          </select>
        </div>
      </div>
      <div className="field-row" id={`${row}.ranges`}>
        {value.periods.map((period, i) => (
          <Period key={i} row={`${row}.ranges`} index={i} period={period} label={`${legend}, ${t('hoursPeriod', { n: i + 1 })}`} t={t} errors={errors} />
        ))}
      </div>
      <InfoFields name={(lang) => `${row}.additionalInfo.${lang}`} values={value.info} label={t('hoursInfo')} t={t} />
    </fieldset>
  );
}

export function ServiceHoursEditor({ values, errors, t, holidays, language }: Props) {
  const kindOptions: { value: string; label: string }[] = REGULAR_KINDS.map((kind) => ({ value: kind, label: t(`hoursKind_${kind || 'none'}` as MessageKey) }));
  const exceptionRows = [...values.exceptions, ...Array.from({ length: BLANK_EXCEPTIONS }, () => ({ from: '', to: '', closed: true, periods: emptyPeriods(), info: emptyTexts() }))];
  const indexes = holidayIndexes(values, holidays.map((h) => h.code));
  const holidayCount = indexes.size;
  const exceptionErrors = messagesUnder(errors, `${HOURS_PREFIX}.exceptions`).length > 0;
  const holidayErrors = messagesUnder(errors, `${HOURS_PREFIX}.holidays`).length > 0;
  const dateOf = (date: string) => new Date(`${date}T12:00:00Z`).toLocaleDateString(`${language}-FI`, { day: 'numeric', month: 'numeric', timeZone: 'Europe/Helsinki' });
  const section = (id: string, title: string, open: boolean, hint: string, children: ReactNode) => (
    <details className="hours-section" open={open} id={`${id}-section`}>
      <summary>{title}</summary>
      <p className="hint">{hint}</p>
      {children}
    </details>
  );
  return (
    <fieldset id="serviceHours" className="hours-editor">
      <legend>{t('serviceHours')}</legend>
      <span className="hint">{t('serviceHoursHint')}</span>
      <fieldset id={hoursNames.kind}>
        <legend>{t('hoursKind')}</legend>
        {kindOptions.map((option) => (
          <div key={option.value} className="radio">
            <input type="radio" id={`${hoursNames.kind}-${option.value || 'none'}`} name={hoursNames.kind} value={option.value} defaultChecked={values.kind === option.value} />
            <label htmlFor={`${hoursNames.kind}-${option.value || 'none'}`}>{option.label}</label>
          </div>
        ))}
      </fieldset>
      <div id={hoursNames.days} className="hours-week">
        <RowErrors errors={errors.filter((e) => e.field === hoursNames.days)} path={hoursNames.days} id={`${hoursNames.days}-error`} />
        <table>
          <caption>
            {t('weeklyHours')} <span className="hint">{t('weeklyHoursHint')}</span>
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('weekday')}</th>
              <PeriodHeaders t={t} />
            </tr>
          </thead>
          <tbody>
            {WEEKDAYS.map((day) => {
              const row = hoursNames.day(day);
              const dayName = t(`weekday_${day}` as MessageKey);
              return (
                <tr key={day} id={row}>
                  <th scope="row">
                    {dayName}
                    <RowErrors errors={errors} path={row} id={`${row}-error`} />
                  </th>
                  <PeriodCells row={row} periods={values.days[day]} label={dayName} t={t} errors={errors} />
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <InfoFields name={hoursNames.info} values={values.info} label={t('hoursInfo')} t={t} />
      {section(
        'exceptions',
        t('exceptionHours', { count: values.exceptions.length }),
        values.exceptions.length > 0 || exceptionErrors,
        t('exceptionHoursHint'),
        exceptionRows.map((value, i) => <ExceptionRow key={i} index={i} value={value} errors={errors} t={t} />),
      )}
      {section(
        'holidays',
        t('holidayHours', { count: holidayCount }),
        holidayCount > 0 || holidayErrors,
        t('holidayHoursHint'),
        <table>
          <caption className="visually-hidden">{t('holidayHours', { count: holidayCount })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('holiday')}</th>
              <th scope="col">{t('exceptionState')}</th>
              <PeriodHeaders t={t} />
            </tr>
          </thead>
          <tbody>
            {holidays.map((holiday) => {
              const name = hoursNames.holiday(holiday.code);
              const index = indexes.get(holiday.code);
              // the violations of a holiday refer to its place among the holidays given
              const path = index === undefined ? undefined : `${HOURS_PREFIX}.holidays[${index}]`;
              const value = values.holidays[holiday.code] ?? { state: '', periods: emptyPeriods() };
              const label = `${holiday.name} ${dateOf(holiday.date)}`;
              return (
                <tr key={holiday.code} id={path ?? `${name}-row`}>
                  <th scope="row">
                    {label}
                    {path && <RowErrors errors={errors} path={path} id={`${path}-error`} />}
                  </th>
                  <td>
                    <select name={`${name}.state`} defaultValue={value.state} aria-label={`${label}: ${t('exceptionState')}`}>
                      <option value="">{t('holidayRegular')}</option>
                      <option value="closed">{t('hoursClosed')}</option>
                      <option value="open">{t('hoursOpenAt')}</option>
                    </select>
                  </td>
                  <PeriodCells row={`${name}.ranges`} periods={value.periods} label={label} t={t} errors={errors} ids={path ? `${path}.ranges` : undefined} />
                </tr>
              );
            })}
          </tbody>
        </table>,
      )}
    </fieldset>
  );
}
