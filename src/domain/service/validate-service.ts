/** Rules every service must meet, even as a draft. */
import type { CodeLookup } from '../codelist/lookup.ts';
import { areaViolations } from '../common/area-rules.ts';
import { localizedUrlViolations } from '../common/contact-rules.ts';
import { duplicates, languagesViolations } from '../common/list-rules.ts';
import { LIMITS, hasText, localizedMaxLength, requiredInSomeLanguage } from '../common/text-rules.ts';
import { at, eachItem, join, violation, type Violation } from '../common/violation.ts';
import { metadataViolations } from './metadata.ts';
import type { Legislation, Producer, ServiceContent, Voucher } from './service.schema.ts';

/**
 * Every violation of the rules that hold for any saved service: text lengths, codes in the code
 * lists, at most 4 service classes and 10 ontology terms, the main responsible organization not
 * also among the others, producers named, web addresses well formed, areas known.
 */
export function validateService(content: ServiceContent, lookup: CodeLookup): Violation[] {
  return [
    ...languagesViolations(content.languages),
    ...serviceTextViolations(content),
    ...areaViolations(content, lookup),
    ...responsibleOrganizationViolations(content),
    ...eachItem('producers', content.producers, (p, path) => producerViolations(p, path, content)),
    ...eachItem('legislation', content.legislation, legislationViolations),
    ...voucherViolations(content),
    ...metadataViolations(content, lookup),
  ];
}

type TextField = 'name' | 'alternativeName' | 'summary' | 'description' | 'userInstructions' | 'requirements' | 'deadline' | 'processingTime' | 'validityTime' | 'chargeInfo';

const TEXT_LIMITS: readonly [TextField, number, string][] = [
  ['name', LIMITS.name, 'Name'],
  ['alternativeName', LIMITS.name, 'Alternative name'],
  ['summary', LIMITS.summary, 'Summary'],
  ['description', LIMITS.description, 'Description'],
  ['userInstructions', LIMITS.userInstructions, 'User instructions'],
  ['requirements', LIMITS.requirements, 'Requirements'],
  ['deadline', LIMITS.additionalInfo, 'Deadline'],
  ['processingTime', LIMITS.additionalInfo, 'Processing time'],
  ['validityTime', LIMITS.additionalInfo, 'Validity time'],
  ['chargeInfo', LIMITS.chargeInfo, 'Charge info'],
];

function serviceTextViolations(content: ServiceContent): Violation[] {
  return [
    ...requiredInSomeLanguage('name', content.name, content.languages, 'Name'),
    ...TEXT_LIMITS.flatMap(([field, max, label]) => localizedMaxLength(field, content[field], max, label)),
  ];
}

function responsibleOrganizationViolations(content: ServiceContent): Violation[] {
  const others = content.otherResponsibleOrganizationIds ?? [];
  const found = duplicates('otherResponsibleOrganizationIds', others, 'Organization');
  others.forEach((id, i) => {
    if (id === content.mainResponsibleOrganizationId) {
      found.push(violation(at('otherResponsibleOrganizationIds', i), 'mainOrganizationAlsoOther', 'The main responsible organization is not listed again among the other responsible organizations.'));
    }
  });
  return found;
}

function producerViolations(producer: Producer, path: string, content: ServiceContent): Violation[] {
  const ids = producer.organizationIds ?? [];
  const found = [
    ...duplicates(join(path, 'organizationIds'), ids, 'Organization'),
    ...localizedMaxLength(join(path, 'additionalInfo'), producer.additionalInfo, LIMITS.shortText, 'Producer'),
  ];
  if (ids.length === 0 && !Object.values(producer.additionalInfo ?? {}).some(hasText)) {
    found.push(violation(join(path, 'organizationIds'), 'required', 'A producer names organizations or describes the producer in additionalInfo.'));
  }
  if (producer.provisionType === 'SelfProduced') {
    const responsible = new Set([content.mainResponsibleOrganizationId, ...(content.otherResponsibleOrganizationIds ?? [])]);
    ids.forEach((id, i) => {
      if (!responsible.has(id)) {
        found.push(violation(at(join(path, 'organizationIds'), i), 'notResponsibleOrganization', 'A self-produced service is produced by its responsible organizations; list purchased producers as PurchasedServices.'));
      }
    });
  }
  return found;
}

function legislationViolations(law: Legislation, path: string): Violation[] {
  // the API's schema requires both; a form can leave either out
  const missing = (['name', 'url'] as const).filter((field) => !Object.values(law[field] ?? {}).some(hasText)).map((field) => violation(join(path, field), 'required', `Legislation ${field} is required.`));
  return [
    ...missing,
    ...localizedMaxLength(join(path, 'name'), law.name, LIMITS.legislationName, 'Legislation name'),
    ...localizedUrlViolations(join(path, 'url'), law.url, 'Legislation address'),
  ];
}

function voucherViolations(content: ServiceContent): Violation[] {
  if ((content.vouchers ?? []).length > 0 && content.vouchersInUse !== true) {
    return [violation('vouchers', 'notAllowed', 'Vouchers are listed only when vouchersInUse is true.')];
  }
  return eachItem('vouchers', content.vouchers, (voucher: Voucher, path) => [
    ...(Object.values(voucher.name ?? {}).some(hasText) ? [] : [violation(join(path, 'name'), 'required', 'Voucher name is required.')]),
    ...localizedMaxLength(join(path, 'name'), voucher.name, LIMITS.name, 'Voucher name'),
    ...localizedUrlViolations(join(path, 'url'), voucher.url, 'Voucher address'),
    ...localizedMaxLength(join(path, 'additionalInfo'), voucher.additionalInfo, LIMITS.shortText, 'Voucher additional info'),
  ]);
}
