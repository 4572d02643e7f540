/** Rules for a service's classifications: target groups, service classes, ontology terms, keywords, life events, industrial classes. */
import type { CodeLookup } from '../codelist/lookup.ts';
import { knownCodes, maxItems, minItems } from '../common/list-rules.ts';
import { LIMITS, localizedListMaxLength } from '../common/text-rules.ts';
import { violation, type Violation } from '../common/violation.ts';
import type { ServiceContent } from './service.schema.ts';
import { BUSINESSES, CITIZENS, hasTargetGroup, targetGroupPublishViolations } from './target-groups.ts';

export const MAX_SERVICE_CLASSES = 4;
export const MAX_ONTOLOGY_TERMS = 10;

type Metadata = Pick<ServiceContent, 'targetGroups' | 'serviceClasses' | 'ontologyTerms' | 'keywords' | 'lifeEvents' | 'industrialClasses'>;

/** Every code exists in its code list and appears once; at most 4 service classes and 10 ontology terms; keywords ≤ 150 characters. */
export function metadataViolations(content: Metadata, lookup: CodeLookup): Violation[] {
  return [
    ...knownCodes('targetGroups', content.targetGroups, (c) => lookup.hasTargetGroup(c), 'Target group'),
    ...knownCodes('serviceClasses', content.serviceClasses, (c) => lookup.hasServiceClass(c), 'Service class'),
    ...maxItems('serviceClasses', content.serviceClasses, MAX_SERVICE_CLASSES, 'service classes'),
    ...knownCodes('ontologyTerms', content.ontologyTerms, (c) => lookup.hasOntologyTerm(c), 'Ontology term'),
    ...maxItems('ontologyTerms', content.ontologyTerms, MAX_ONTOLOGY_TERMS, 'ontology terms'),
    ...knownCodes('lifeEvents', content.lifeEvents, (c) => lookup.hasLifeEvent(c), 'Life event'),
    ...knownCodes('industrialClasses', content.industrialClasses, (c) => lookup.hasIndustrialClass(c), 'Industrial class'),
    ...localizedListMaxLength('keywords', content.keywords, LIMITS.keyword, 'Keyword'),
  ];
}

/**
 * What publishing needs of the classifications: a target group (KR2 with a sub-group), 1–4
 * service classes not all of them main classes, 1–10 ontology terms (free keywords never
 * replace them), life events only for Citizens, industrial classes only for Businesses.
 */
export function metadataPublishViolations(content: Metadata, lookup: CodeLookup): Violation[] {
  return [
    ...targetGroupPublishViolations(content.targetGroups, lookup),
    ...serviceClassPublishViolations(content.serviceClasses, lookup),
    ...ontologyTermPublishViolations(content),
    ...targetGroupDependentViolations(content, lookup),
  ];
}

function serviceClassPublishViolations(codes: readonly string[] | undefined, lookup: CodeLookup): Violation[] {
  const found = minItems('serviceClasses', codes, 1, 'service class');
  if (codes && codes.length > 0 && codes.every((code) => lookup.serviceClassLevel(code) === 1)) {
    found.push(violation('serviceClasses', 'onlyMainClasses', 'Choose at least one sub class too: main classes alone are too broad to find the service by.'));
  }
  return found;
}

function ontologyTermPublishViolations(content: Metadata): Violation[] {
  if ((content.ontologyTerms ?? []).length > 0) return [];
  const hasKeywords = Object.values(content.keywords ?? {}).some((list) => list.length > 0);
  if (hasKeywords) {
    return [violation('ontologyTerms', 'keywordsWithoutOntologyTerms', 'At least one ontology term (YSO) is required: free keywords can be given in addition to ontology terms, never instead of them.')];
  }
  return minItems('ontologyTerms', content.ontologyTerms, 1, 'ontology term (YSO)');
}

function targetGroupDependentViolations(content: Metadata, lookup: CodeLookup): Violation[] {
  const found: Violation[] = [];
  if ((content.lifeEvents ?? []).length > 0 && !hasTargetGroup(content.targetGroups, CITIZENS, lookup)) {
    found.push(violation('lifeEvents', 'lifeEventsNeedCitizens', 'Life events are given only for services whose target groups include Citizens (KR1 or one of its sub-groups).'));
  }
  if ((content.industrialClasses ?? []).length > 0 && !hasTargetGroup(content.targetGroups, BUSINESSES, lookup)) {
    found.push(violation('industrialClasses', 'industrialClassesNeedBusinesses', 'Industrial classes are given only for services whose target groups include Businesses and organizations (KR2 sub-groups).'));
  }
  return found;
}
