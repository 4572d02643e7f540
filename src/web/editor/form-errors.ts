/** Turns the server's violations (the one rule set) into translated field errors for a form. */
import type { Violation } from '../../domain/errors.ts';
import { isMessageKey, type Translate } from '../i18n.ts';
import type { FieldError } from './components.tsx';

export function fieldErrors(violations: Violation[], t: Translate): FieldError[] {
  return violations.map((v) => {
    // a message for this field's violation (error_tooMany_ids) before the code's general one
    const specific = `error_${v.code}_${v.path}`;
    const key = `error_${v.code}`;
    return { field: v.path, message: isMessageKey(specific) ? t(specific) : isMessageKey(key) ? t(key) : v.message };
  });
}

/** Violations for required fields left empty. */
export function missing(body: Record<string, unknown>, fields: string[]): Violation[] {
  return fields
    .filter((field) => typeof body[field] !== 'string' || (body[field] as string).trim() === '')
    .map((field) => ({ path: field, code: 'required', message: `${field} is required` }));
}

/** A conflict (e.g. the last main user) as a form error in the page's language. */
export function conflictError(error: { code: string; message: string }, t: Translate, field = ''): FieldError {
  const key = `error_${error.code}`;
  return { field, message: isMessageKey(key) ? t(key) : error.message };
}
