/** Rules for the area information (area type and areas) of services, organizations and channels. */
import type { CodeLookup } from '../codelist/lookup.ts';
import type { Area, AreaType } from './area.schema.ts';
import { at, violation, type Violation } from './violation.ts';

interface AreaInformation {
  areaType?: AreaType;
  areas?: Area[];
}

/** Every area exists in its code list, none repeats, and areas are given only for `LimitedType`. */
export function areaViolations(content: AreaInformation, lookup: CodeLookup): Violation[] {
  const areas = content.areas ?? [];
  if (areas.length > 0 && content.areaType !== 'LimitedType') {
    return [violation('areas', 'notAllowed', `Areas are given only when areaType is LimitedType; it is ${content.areaType ?? 'not set'}.`)];
  }
  const seen = new Set<string>();
  return areas.flatMap((area, i) => {
    const key = `${area.type}:${area.code}`;
    if (seen.has(key)) return [violation(at('areas', i), 'duplicate', `Area ${area.type} ${area.code} is listed more than once.`)];
    seen.add(key);
    if (lookup.hasArea(area.type, area.code)) return [];
    return [violation(`${at('areas', i)}.code`, 'unknownCode', `${area.type} "${area.code}" is not in the code list.`)];
  });
}

/** A limited area names at least one area. With `requireType`, the area type itself is required. */
export function areaPublishViolations(content: AreaInformation, requireType: boolean): Violation[] {
  if (content.areaType === undefined) {
    return requireType ? [violation('areaType', 'required', 'Area type is required: Nationwide, NationwideExceptAlandIslands or LimitedType.')] : [];
  }
  if (content.areaType === 'LimitedType' && (content.areas ?? []).length === 0) {
    return [violation('areas', 'required', 'At least one area is required when the area type is LimitedType.')];
  }
  return [];
}
