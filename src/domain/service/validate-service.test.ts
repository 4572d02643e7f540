import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TEST_ONTOLOGY_TERMS, codesOf, pathsAndCodes, testLookup } from '../common/test-lookup.ts';
import { MAIN_ORG, OTHER_ORG, completeService } from './service-fixture.ts';
import { validateService } from './validate-service.ts';

const lookup = testLookup();

describe('validateService', () => {
  it('accepts a complete service', () => {
    assert.deepEqual(validateService(completeService(), lookup), []);
  });

  const limits = [
    ['name', 100], ['alternativeName', 100], ['summary', 150], ['description', 2500], ['userInstructions', 2500],
    ['requirements', 2500], ['deadline', 500], ['processingTime', 500], ['validityTime', 500], ['chargeInfo', 500],
  ] as const;
  for (const [field, max] of limits) {
    it(`limits ${field} to ${max} characters per language`, () => {
      assert.deepEqual(validateService(completeService({ [field]: { fi: 'x'.repeat(max), sv: 'y' } }), lookup), []);
      const found = validateService(completeService({ [field]: { fi: 'x', sv: 'y'.repeat(max + 1) } }), lookup);
      assert.deepEqual(pathsAndCodes(found), [`${field}.sv maxLength`]);
    });
  }

  it('limits each free keyword to 150 characters', () => {
    const found = validateService(completeService({ keywords: { fi: ['k'.repeat(150), 'k'.repeat(151)] } }), lookup);
    assert.deepEqual(pathsAndCodes(found), ['keywords.fi[1] maxLength']);
  });

  it('rejects the main responsible organization among the other ones', () => {
    const found = validateService(completeService({ otherResponsibleOrganizationIds: [OTHER_ORG, MAIN_ORG] }), lookup);
    assert.deepEqual(pathsAndCodes(found), ['otherResponsibleOrganizationIds[1] mainOrganizationAlsoOther']);
  });

  it('allows at most 4 service classes', () => {
    const found = validateService(completeService({ serviceClasses: ['P1', 'P1.1', 'P1.2', 'P2', 'P2.1'] }), lookup);
    assert.deepEqual(pathsAndCodes(found), ['serviceClasses tooMany']);
  });

  it('allows at most 10 ontology terms', () => {
    assert.deepEqual(validateService(completeService({ ontologyTerms: TEST_ONTOLOGY_TERMS.slice(0, 10) }), lookup), []);
    const found = validateService(completeService({ ontologyTerms: TEST_ONTOLOGY_TERMS.slice(0, 11) }), lookup);
    assert.deepEqual(pathsAndCodes(found), ['ontologyTerms tooMany']);
  });

  it('rejects codes missing from the code lists', () => {
    const found = validateService(
      completeService({ targetGroups: ['KR9'], serviceClasses: ['P1.1', 'P99'], ontologyTerms: ['p999999'], lifeEvents: ['KE77'], industrialClasses: ['00000'] }),
      lookup,
    );
    assert.deepEqual(pathsAndCodes(found), [
      'targetGroups[0] unknownCode', 'serviceClasses[1] unknownCode', 'ontologyTerms[0] unknownCode', 'lifeEvents[0] unknownCode', 'industrialClasses[0] unknownCode',
    ]);
  });

  it('requires a producer to name organizations or describe the producer', () => {
    const found = validateService(completeService({ producers: [{ provisionType: 'PurchasedServices' }, { provisionType: 'Other', additionalInfo: { fi: 'Vapaaehtoiset' } }] }), lookup);
    assert.deepEqual(pathsAndCodes(found), ['producers[0].organizationIds required']);
  });

  it('lets only responsible organizations produce a self-produced service', () => {
    const stranger = '33333333-3333-4333-8333-333333333333';
    const found = validateService(completeService({ producers: [{ provisionType: 'SelfProduced', organizationIds: [OTHER_ORG, stranger] }] }), lookup);
    assert.deepEqual(pathsAndCodes(found), ['producers[0].organizationIds[1] notResponsibleOrganization']);
  });

  it('rejects a malformed legislation address and vouchers without vouchersInUse', () => {
    const found = validateService(
      completeService({ legislation: [{ name: { fi: 'Laki' }, url: { fi: 'finlex.fi' } }], vouchers: [{ name: { fi: 'Palveluseteli' } }] }),
      lookup,
    );
    assert.deepEqual(pathsAndCodes(found), ['legislation[0].url.fi invalidUrl', 'vouchers notAllowed']);
  });

  it('reports several violations at once', () => {
    const found = validateService(
      completeService({ name: { fi: 'n'.repeat(101) }, summary: { fi: 's'.repeat(151) }, serviceClasses: ['P1', 'P1.1', 'P1.2', 'P2', 'X'], areas: [{ type: 'Region', code: '99' }] }),
      lookup,
    );
    assert.deepEqual(codesOf(found), ['maxLength', 'maxLength', 'unknownCode', 'unknownCode', 'tooMany']);
  });
});
