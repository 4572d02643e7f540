/** Building blocks of the editor's pages: fields with hints and errors, notices, the error summary. */
import type { ReactNode } from 'react';
import type { Translate } from '../i18n.ts';

export interface FieldError {
  field: string;
  message: string;
}

export function ErrorSummary({ errors, t }: { errors: FieldError[]; t: Translate }) {
  if (errors.length === 0) return null;
  return (
    <div className="notice notice--error error-summary" role="alert" tabIndex={-1} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title" className="fi-text-heading4" style={{ margin: 0 }}>
        {t('errorSummary')}
      </h2>
      <ul>
        {errors.map((error) => (
          <li key={`${error.field}:${error.message}`}>{error.field ? <a href={`#${error.field}`}>{error.message}</a> : error.message}</li>
        ))}
      </ul>
    </div>
  );
}

export function Notice({ kind = 'info', children }: { kind?: 'info' | 'success' | 'error' | 'warning'; children: ReactNode }) {
  return (
    <div className={`notice notice--${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}

interface TextFieldProps {
  name: string;
  label: string;
  type?: 'text' | 'email' | 'password';
  value?: string | undefined;
  hint?: string | undefined;
  errors?: FieldError[] | undefined;
  required?: boolean;
  autoComplete?: string;
  maxLength?: number;
}

interface FieldFrameProps {
  name: string;
  label: ReactNode;
  hint?: string | undefined;
  errors: FieldError[];
  /** Renders the control with its ARIA attributes. */
  control: (aria: { 'aria-invalid'?: true; 'aria-describedby'?: string }) => ReactNode;
}

/** A field's hint and error, with the ids its control's aria-describedby names. */
function HintAndError({ name, hint, error }: { name: string; hint?: string | undefined; error?: FieldError | undefined }) {
  return (
    <>
      {hint && (
        <span className="hint" id={`${name}-hint`}>
          {hint}
        </span>
      )}
      {error && (
        <span className="error-text" id={`${name}-error`}>
          {error.message}
        </span>
      )}
    </>
  );
}

/** Label, hint and error of a field, tied to the control with aria-describedby. */
function FieldFrame({ name, label, hint, errors, control, counter }: FieldFrameProps & { counter?: { length: number; max: number } | undefined }) {
  const error = errors.find((e) => e.field === name);
  const described = [hint ? `${name}-hint` : '', error ? `${name}-error` : '', counter ? `${name}-counter` : ''].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      <HintAndError name={name} hint={hint} error={error} />
      {control({ ...(error ? { 'aria-invalid': true as const } : {}), ...(described ? { 'aria-describedby': described } : {}) })}
      {counter && (
        // characters used of the limit; kuvaa.js updates it as you type
        <span className={`counter${counter.length > counter.max ? ' counter--over' : ''}`} id={`${name}-counter`} data-counter-for={name}>
          {counter.length}/{counter.max}
        </span>
      )}
    </div>
  );
}

/** A labelled input. */
export function TextField({ name, label, type = 'text', value, hint, errors = [], required, autoComplete, maxLength }: TextFieldProps) {
  return (
    <FieldFrame
      name={name}
      label={label}
      hint={hint}
      errors={errors}
      control={(aria) => (
        <input id={name} name={name} type={type} defaultValue={type === 'password' ? undefined : value} required={required} aria-required={required ? true : undefined} autoComplete={autoComplete} maxLength={maxLength} {...aria} />
      )}
    />
  );
}

interface SelectFieldProps {
  name: string;
  label: string;
  options: { value: string; label: string }[];
  value?: string | undefined;
  hint?: string | undefined;
  errors?: FieldError[] | undefined;
}

/**
 * A text input or textarea of a content form: the id is the violation path (name.fi), so the
 * error summary links to it; `marker` (e.g. "required to publish") follows the label.
 */
export function ContentField({ id, label, hint, value, errors, type = 'text', max, rows = 0, marker }: { id: string; label: string; hint?: string | undefined; value: string; errors: FieldError[]; type?: string; max?: number | undefined; rows?: number; marker?: string | undefined }) {
  return (
    <FieldFrame
      name={id}
      label={
        <>
          {label}
          {marker && <span className="publish-required"> ({marker})</span>}
        </>
      }
      hint={hint}
      errors={errors}
      counter={max && max >= 50 && type === 'text' ? { length: [...value].length, max } : undefined}
      control={(aria) => (rows ? <textarea id={id} name={id} rows={rows} defaultValue={value} maxLength={max} {...aria} /> : <input id={id} name={id} type={type} defaultValue={value} maxLength={max} {...aria} />)}
    />
  );
}

/** A group of radio buttons with its legend, hint and error (the fieldset's id is the violation path). */
export function RadioGroup({ name, legend, hint, options, value, errors }: { name: string; legend: string; hint?: string | undefined; options: { value: string; label: string }[]; value: string; errors: FieldError[] }) {
  const error = errors.find((e) => e.field === name);
  return (
    <fieldset id={name} aria-describedby={[hint ? `${name}-hint` : '', error ? `${name}-error` : ''].filter(Boolean).join(' ') || undefined}>
      <legend>{legend}</legend>
      <HintAndError name={name} hint={hint} error={error} />
      {options.map((option) => (
        <div key={option.value} className="radio">
          <input type="radio" id={`${name}-${option.value}`} name={name} value={option.value} defaultChecked={value === option.value} />
          <label htmlFor={`${name}-${option.value}`}>{option.label}</label>
        </div>
      ))}
    </fieldset>
  );
}

/** One checkbox (value "1") with its label and hint. */
export function CheckboxField({ name, label, hint, checked }: { name: string; label: string; hint: string; checked: boolean }) {
  return (
    <div className="field field--checkbox">
      <input id={name} name={name} type="checkbox" value="1" defaultChecked={checked} aria-describedby={`${name}-hint`} />
      <label htmlFor={name}>{label}</label>
      <span className="hint" id={`${name}-hint`}>
        {hint}
      </span>
    </div>
  );
}

/** A labelled select. */
export function SelectField({ name, label, options, value, hint, errors = [] }: SelectFieldProps) {
  return (
    <FieldFrame
      name={name}
      label={label}
      hint={hint}
      errors={errors}
      control={(aria) => (
        <select id={name} name={name} defaultValue={value} {...aria}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    />
  );
}

/** The hidden CSRF token every state-changing form carries. */
export function Csrf({ token }: { token: string }) {
  return <input type="hidden" name="_csrf" value={token} />;
}

/** A one-button form (POST) for actions such as "send the invitation again". */
/** `context` (visually hidden) tells screen-reader users which row the button acts on. */
export function ActionButton({ action, csrf, label, context, kind = 'secondary', hidden = {} }: { action: string; csrf: string; label: string; context?: string; kind?: 'primary' | 'secondary' | 'danger'; hidden?: Record<string, string> }) {
  return (
    <form method="post" action={action} className="inline-form">
      <Csrf token={csrf} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className={`button button--small ${kind === 'primary' ? '' : `button--${kind}`}`}>
        {label}
        {context && <span className="visually-hidden">: {context}</span>}
      </button>
    </form>
  );
}
