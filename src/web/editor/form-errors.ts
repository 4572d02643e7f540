/** Turns the server's violations (the one rule set) into translated field errors for a form. */
import type { Violation } from '../../domain/errors.ts';
import { isMessageKey, type MessageKey, type Translate } from '../i18n.ts';
import type { FieldError } from './components.tsx';
import { FORM_LANGUAGES } from './service-form.ts';

type Kind = 'service' | 'channel' | 'organization';

/** Labels the forms already use, where the field name differs from the key. */
const SHARED_LABELS: Record<string, MessageKey> = {
  languages: 'contentLanguages',
  targetGroups: 'targetGroups',
  serviceClasses: 'serviceClasses',
  ontologyTerms: 'ontologyTerms',
  lifeEvents: 'lifeEvents',
  fundingType: 'fundingType',
  chargeType: 'chargeType',
  areaType: 'areaType',
  mainResponsibleOrganizationId: 'mainResponsibleOrganization',
  parentOrganizationId: 'parentOrganization',
  businessId: 'businessId',
  municipalityCode: 'municipalityCode',
};
const KIND_PREFIX: Record<Kind, string> = { service: 'field', channel: 'channelField', organization: 'organizationField' };
const TYPE_LABEL: Record<Kind, MessageKey> = { service: 'serviceType', channel: 'historyField_channelType', organization: 'organizationType' };

/** The label of a field as its form shows it; the field name when nothing fits. */
export function fieldLabel(field: string, kind: Kind, t: Translate): string {
  if (field === 'type') return t(TYPE_LABEL[kind]);
  const candidates = [`${KIND_PREFIX[kind]}_${field}`, `historyField_${field}`, SHARED_LABELS[field] ?? '', `field_${field}`];
  const key = candidates.find((candidate) => candidate && isMessageKey(candidate));
  return key ? t(key as MessageKey) : field;
}


/** The violation's message in the UI language: this field's own (error_tooMany_ids), the code's, or the rule's English one. */
function messageOf(v: Violation, t: Translate): string {
  const specific = `error_${v.code}_${v.path}`;
  const key = `error_${v.code}`;
  return isMessageKey(specific) ? t(specific) : isMessageKey(key) ? t(key) : v.message;
}

/**
 * A violation as a sentence away from its field (the publish dialog, mass results): the field's
 * label and language, then the message, e.g. "Tiivistelmä (Ruotsi): Tieto puuttuu."
 */
export function violationText(v: Violation, kind: 'service' | 'channel' | 'organization', t: Translate): string {
  const message = messageOf(v, t);
  if (message === v.message) return v.message;
  const field = v.path.split(/[.[]/)[0] ?? '';
  const label = field ? fieldLabel(field, kind, t) : '';
  const lang = v.path.split('.').find((part) => (FORM_LANGUAGES as readonly string[]).includes(part));
  const language = lang && isMessageKey(`contentLanguage_${lang}`) ? ` (${t(`contentLanguage_${lang}` as 'contentLanguage_fi')})` : '';
  return label && label !== field ? `${label}${language}: ${message}` : message;
}

export function fieldErrors(violations: Violation[], t: Translate): FieldError[] {
  return violations.map((v) => ({ field: v.path, message: messageOf(v, t) }));
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
