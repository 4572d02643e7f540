/** Rules for the additional info of a service–channel connection. */
import type { CodeLookup } from '../codelist/lookup.ts';
import { addressListsViolations } from '../common/address-rules.ts';
import { contactListsViolations } from '../common/contact-rules.ts';
import { LIMITS, localizedMaxLength } from '../common/text-rules.ts';
import type { Violation } from '../common/violation.ts';
import { serviceHoursViolations } from '../service-hours/validate-service-hours.ts';
import type { ConnectionContent } from './connection.schema.ts';

/**
 * Every violation in a connection's additional info: description and charge info ≤ 500 characters
 * per language, service hours (under `serviceHours`), contact and address formats.
 */
export function validateConnection(content: ConnectionContent, lookup: CodeLookup): Violation[] {
  return [
    ...localizedMaxLength('description', content.description, LIMITS.connectionDescription, 'Connection description'),
    ...localizedMaxLength('chargeInfo', content.chargeInfo, LIMITS.chargeInfo, 'Charge info'),
    ...serviceHoursViolations(content.serviceHours, lookup),
    ...contactListsViolations(content),
    ...addressListsViolations(content, lookup),
  ];
}
