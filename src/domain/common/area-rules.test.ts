import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { areaPublishViolations, areaViolations } from './area-rules.ts';
import { pathsAndCodes, testLookup } from './test-lookup.ts';

const lookup = testLookup();

describe('area rules', () => {
  it('accepts known areas of every kind for a limited area', () => {
    const areas = [
      { type: 'Municipality' as const, code: '091' },
      { type: 'Region' as const, code: '01' },
      { type: 'WellbeingServicesCounty' as const, code: '90' },
      { type: 'BusinessRegion' as const, code: '011' },
    ];
    assert.deepEqual(areaViolations({ areaType: 'LimitedType', areas }, lookup), []);
  });

  it('rejects unknown and repeated areas', () => {
    const found = areaViolations({ areaType: 'LimitedType', areas: [{ type: 'Region', code: '77' }, { type: 'Municipality', code: '091' }, { type: 'Municipality', code: '091' }] }, lookup);
    assert.deepEqual(pathsAndCodes(found), ['areas[0].code unknownCode', 'areas[2] duplicate']);
  });

  it('rejects areas unless the area type is LimitedType', () => {
    assert.deepEqual(pathsAndCodes(areaViolations({ areaType: 'Nationwide', areas: [{ type: 'Municipality', code: '091' }] }, lookup)), ['areas notAllowed']);
  });

  it('requires at least one area for a limited area when publishing', () => {
    assert.deepEqual(pathsAndCodes(areaPublishViolations({ areaType: 'LimitedType', areas: [] }, true)), ['areas required']);
    assert.deepEqual(pathsAndCodes(areaPublishViolations({}, true)), ['areaType required']);
    assert.deepEqual(areaPublishViolations({}, false), []);
  });
});
