/** A small code lookup for the domain tests: a few real codes of each list. */
import { inMemoryCodeLookup, type CodeLookup } from '../codelist/lookup.ts';

/** Twelve ontology term ids, p100 … p111 (enough to exceed the limit of ten). */
export const TEST_ONTOLOGY_TERMS = Array.from({ length: 12 }, (_, i) => `p${100 + i}`);

/** A lookup with target groups KR1 (.1, .2), KR2 (.7), KR3; service classes P1 (.1, .2), P2 (.1); postal codes 00100 → 091, 02100 → 049. */
export function testLookup(): CodeLookup {
  return inMemoryCodeLookup({
    targetGroups: [
      { code: 'KR1' }, { code: 'KR1.1', parentCode: 'KR1' }, { code: 'KR1.2', parentCode: 'KR1' },
      { code: 'KR2' }, { code: 'KR2.7', parentCode: 'KR2' }, { code: 'KR3' },
    ],
    serviceClasses: [{ code: 'P1' }, { code: 'P1.1', parentCode: 'P1' }, { code: 'P1.2', parentCode: 'P1' }, { code: 'P2' }, { code: 'P2.1', parentCode: 'P2' }],
    ontologyTerms: TEST_ONTOLOGY_TERMS,
    lifeEvents: ['KE1', 'KE1.1'],
    industrialClasses: ['86210', '88'],
    municipalities: ['091', '049'],
    areas: { Region: ['01'], WellbeingServicesCounty: ['01', '90'], BusinessRegion: ['011'] },
    postalCodes: [{ code: '00100', municipality: '091' }, { code: '02100', municipality: '049' }],
    holidays: ['ChristmasEve'],
  });
}

/** The codes of a list of violations, for compact assertions. */
export function codesOf(violations: readonly { code: string }[]): string[] {
  return violations.map((v) => v.code);
}

/** `path code` pairs of a list of violations, for compact assertions. */
export function pathsAndCodes(violations: readonly { path: string; code: string }[]): string[] {
  return violations.map((v) => `${v.path} ${v.code}`);
}
