/** Rules every organization must meet, even as a draft. */
import type { CodeLookup } from '../codelist/lookup.ts';
import { addressListsViolations, municipalityViolations } from '../common/address-rules.ts';
import { areaViolations } from '../common/area-rules.ts';
import { businessIdViolations } from '../common/business-id.ts';
import { contactListsViolations } from '../common/contact-rules.ts';
import { languagesViolations } from '../common/list-rules.ts';
import { LIMITS, hasText, localizedMaxLength, maxLength, requiredInSomeLanguage } from '../common/text-rules.ts';
import { eachItem, join, violation, type Violation } from '../common/violation.ts';
import type { ElectronicInvoicingAddress, OrganizationContent } from './organization.schema.ts';

/**
 * Every violation of the rules that hold for any saved organization: text lengths, business ID
 * with its check digit, OID form, codes in the code lists, contact and address formats, areas.
 */
export function validateOrganization(content: OrganizationContent, lookup: CodeLookup): Violation[] {
  return [
    ...languagesViolations(content.languages),
    ...organizationTextViolations(content),
    ...businessIdViolations('businessId', content.businessId),
    ...oidViolations(content.oid),
    ...organizationMunicipalityViolations(content, lookup),
    ...contactListsViolations(content),
    ...addressListsViolations(content, lookup),
    ...eachItem('electronicInvoicingAddresses', content.electronicInvoicingAddresses, eInvoicingViolations),
    ...areaViolations(content, lookup),
  ];
}

function organizationTextViolations(content: OrganizationContent): Violation[] {
  return [
    ...requiredInSomeLanguage('name', content.name, content.languages, 'Name'),
    ...localizedMaxLength('name', content.name, LIMITS.name, 'Name'),
    ...localizedMaxLength('alternativeName', content.alternativeName, LIMITS.name, 'Alternative name'),
    ...localizedMaxLength('summary', content.summary, LIMITS.summary, 'Summary'),
    ...localizedMaxLength('description', content.description, LIMITS.description, 'Description'),
  ];
}

/** `invalidOid` unless the OID is dot-separated numbers such as 1.2.246.10.2345678.10. */
function oidViolations(oid: string | undefined): Violation[] {
  if (oid === undefined || /^\d+(\.\d+)+$/.test(oid)) return maxLength('oid', oid, 100, 'OID');
  return [violation('oid', 'invalidOid', `OID "${oid}" must be numbers separated by dots, e.g. 1.2.246.10.2345678.10.`)];
}

function organizationMunicipalityViolations(content: OrganizationContent, lookup: CodeLookup): Violation[] {
  if (content.municipalityCode !== undefined && content.type !== 'Municipality') {
    return [violation('municipalityCode', 'notAllowed', 'Only an organization of type Municipality names a municipality.')];
  }
  return municipalityViolations('municipalityCode', content.municipalityCode, lookup);
}

function eInvoicingViolations(item: ElectronicInvoicingAddress, path: string): Violation[] {
  const found = [
    ...maxLength(join(path, 'address'), item.address, 110, 'E-invoicing address'),
    ...maxLength(join(path, 'operatorCode'), item.operatorCode, 110, 'E-invoicing operator code'),
    ...localizedMaxLength(join(path, 'additionalInfo'), item.additionalInfo, LIMITS.shortText, 'E-invoicing additional info'),
  ];
  if (!hasText(item.address)) found.push(violation(join(path, 'address'), 'required', 'E-invoicing address is required.'));
  if (!hasText(item.operatorCode)) found.push(violation(join(path, 'operatorCode'), 'required', 'E-invoicing operator code is required.'));
  return found;
}
