import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { codesOf, pathsAndCodes, testLookup } from '../common/test-lookup.ts';
import { completeService } from './service-fixture.ts';
import { servicePublishViolations } from './service-publish-violations.ts';

const lookup = testLookup();
const publish = (overrides: Parameters<typeof completeService>[0], lang: 'fi' | 'sv' | 'en' = 'fi') =>
  pathsAndCodes(servicePublishViolations(completeService(overrides), lang, lookup));

describe('servicePublishViolations', () => {
  it('publishes a complete service in each of its languages', () => {
    assert.deepEqual(publish({}, 'fi'), []);
    assert.deepEqual(publish({}, 'sv'), []);
  });

  it('blocks only the language version that misses its name', () => {
    const overrides = { name: { fi: 'Vertaistukiryhmä vanhemmille' } };
    assert.deepEqual(publish(overrides, 'fi'), []);
    assert.deepEqual(publish(overrides, 'sv'), ['name.sv required']);
  });

  it('requires name, summary and description in the published language', () => {
    assert.deepEqual(publish({ name: { sv: 'N' }, summary: { sv: 'S' }, description: { sv: 'D' } }, 'fi'), ['name.fi required', 'summary.fi required', 'description.fi required']);
  });

  it('rejects a summary that repeats the name', () => {
    assert.deepEqual(publish({ summary: { fi: 'Vertaistukiryhmä vanhemmille', sv: 'S' } }), ['summary.fi sameAsName']);
  });

  it('rejects a language that is not a content language', () => {
    assert.deepEqual(publish({}, 'en').slice(0, 1), ['languages notInLanguages']);
  });

  it('requires funding type, area type and main responsible organization', () => {
    assert.deepEqual(publish({ fundingType: undefined, areaType: undefined, areas: undefined, mainResponsibleOrganizationId: undefined }), [
      'fundingType required', 'mainResponsibleOrganizationId required', 'areaType required',
    ]);
  });

  it('requires an area when the area type is LimitedType', () => {
    assert.deepEqual(publish({ areas: [] }), ['areas required']);
    assert.deepEqual(publish({ areaType: 'Nationwide', areas: [] }), []);
  });

  it('requires legislation named and linked in the published language', () => {
    assert.deepEqual(publish({ legislation: [{ name: { fi: 'Laki' }, url: {} }] }), ['legislation[0].url.fi required']);
  });

  it('requires at least one target group', () => {
    assert.deepEqual(publish({ targetGroups: [], lifeEvents: [] }), ['targetGroups required']);
  });

  it('requires a sub-group when Businesses (KR2) is chosen', () => {
    assert.deepEqual(publish({ targetGroups: ['KR2'], lifeEvents: [] }), ['targetGroups kr2NeedsSubGroup']);
    assert.deepEqual(publish({ targetGroups: ['KR2', 'KR2.7'], lifeEvents: [] }), []);
    assert.deepEqual(publish({ targetGroups: ['KR2.7'], lifeEvents: [] }), []);
  });

  it('requires 1–4 service classes, not all of them main classes', () => {
    assert.deepEqual(publish({ serviceClasses: [] }), ['serviceClasses required']);
    assert.deepEqual(publish({ serviceClasses: ['P1', 'P2'] }), ['serviceClasses onlyMainClasses']);
    assert.deepEqual(publish({ serviceClasses: ['P1', 'P2.1'] }), []);
  });

  it('requires at least one ontology term', () => {
    assert.deepEqual(publish({ ontologyTerms: [], keywords: undefined }), ['ontologyTerms required']);
  });

  it('never accepts free keywords instead of ontology terms', () => {
    assert.deepEqual(publish({ ontologyTerms: [], keywords: { fi: ['nuokkari'] } }), ['ontologyTerms keywordsWithoutOntologyTerms']);
  });

  it('accepts life events only with Citizens, a sub-group implying the main group', () => {
    assert.deepEqual(publish({ targetGroups: ['KR1'], lifeEvents: ['KE1'] }), []);
    assert.deepEqual(publish({ targetGroups: ['KR1.2'], lifeEvents: ['KE1'] }), []);
    assert.deepEqual(publish({ targetGroups: ['KR3'], lifeEvents: ['KE1'] }), ['lifeEvents lifeEventsNeedCitizens']);
  });

  it('accepts industrial classes only with Businesses', () => {
    assert.deepEqual(publish({ targetGroups: ['KR2.7'], lifeEvents: [], industrialClasses: ['88'] }), []);
    assert.deepEqual(publish({ targetGroups: ['KR1'], industrialClasses: ['88'] }), ['industrialClasses industrialClassesNeedBusinesses']);
  });

  it('reports every reason a language version is blocked at once', () => {
    const found = servicePublishViolations(
      completeService({ summary: { fi: 'S' }, targetGroups: ['KR3'], serviceClasses: ['P1'], ontologyTerms: [], keywords: { sv: ['x'] }, industrialClasses: ['88'] }),
      'sv',
      lookup,
    );
    assert.deepEqual(codesOf(found), [
      'required', 'onlyMainClasses', 'keywordsWithoutOntologyTerms', 'lifeEventsNeedCitizens', 'industrialClassesNeedBusinesses',
    ]);
  });
});
