/** Target group rules: a sub-group implies its main group; Businesses (KR2) needs a sub-group. */
import type { CodeLookup } from '../codelist/lookup.ts';
import { minItems } from '../common/list-rules.ts';
import { violation, type Violation } from '../common/violation.ts';

/** Citizens: the main target group life events belong to. */
export const CITIZENS = 'KR1';
/** Businesses and organizations: the main target group industrial classes belong to. */
export const BUSINESSES = 'KR2';

/**
 * The target groups a service really has: the chosen codes plus the main group of every chosen
 * sub-group (`KR1.2` → also `KR1`), without repeats, in the order first met.
 */
export function effectiveTargetGroups(codes: readonly string[] | undefined, lookup: CodeLookup): string[] {
  const result = new Set<string>();
  for (const code of codes ?? []) {
    result.add(code);
    for (let parent = lookup.targetGroupParent(code); parent !== undefined; parent = lookup.targetGroupParent(parent)) {
      if (result.has(parent)) break;
      result.add(parent);
    }
  }
  return [...result];
}

/** True when `code` or one of its sub-groups is among the chosen target groups. */
export function hasTargetGroup(codes: readonly string[] | undefined, code: string, lookup: CodeLookup): boolean {
  return effectiveTargetGroups(codes, lookup).includes(code);
}

/**
 * Publishing needs at least one target group, and choosing Businesses and organizations (KR2)
 * needs one of its sub-groups too (e.g. KR2.7 associations), as PTV's guidance requires.
 */
export function targetGroupPublishViolations(codes: readonly string[] | undefined, lookup: CodeLookup): Violation[] {
  const found = minItems('targetGroups', codes, 1, 'target group');
  const chosen = codes ?? [];
  if (chosen.includes(BUSINESSES) && !chosen.some((code) => lookup.targetGroupParent(code) === BUSINESSES)) {
    found.push(
      violation('targetGroups', 'kr2NeedsSubGroup', 'The target group Businesses and organizations (KR2) needs one of its sub-groups too, e.g. KR2.7 Associations and organizations.'),
    );
  }
  return found;
}
