import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { codesOf, pathsAndCodes, testLookup } from '../common/test-lookup.ts';
import { organizationPublishViolations } from './organization-publish-violations.ts';
import type { OrganizationContent } from './organization.schema.ts';
import { validateOrganization } from './validate-organization.ts';

const lookup = testLookup();

function ngo(overrides: Partial<OrganizationContent> = {}): OrganizationContent {
  return {
    type: 'Organization',
    businessId: '0737546-2',
    languages: ['fi', 'sv'],
    name: { fi: 'Esimerkkiyhdistys ry', sv: 'Exempelföreningen rf' },
    summary: { fi: 'Tukea ja vertaistoimintaa perheille.', sv: 'Stöd och kamratverksamhet för familjer.' },
    emails: [{ email: 'info@esimerkki.fi' }],
    phones: [{ prefix: '+358', number: '40 123 4567', chargeType: 'Charged', chargeDescription: 'pvm/mpm' }],
    webPages: [{ url: 'https://www.esimerkki.fi', name: 'Kotisivu', lang: 'fi' }],
    visitingAddresses: [{ street: { fi: 'Esimerkkikatu' }, streetNumber: '1', postalCode: '00100' }],
    electronicInvoicingAddresses: [{ address: '003707375462', operatorCode: '003721291126' }],
    areaType: 'LimitedType',
    areas: [{ type: 'Municipality', code: '091' }],
    ...overrides,
  };
}

describe('validateOrganization', () => {
  it('accepts a complete organization', () => {
    assert.deepEqual(validateOrganization(ngo(), lookup), []);
  });

  it('limits name and alternative name to 100, summary to 150 and description to 2500 characters', () => {
    const found = validateOrganization(
      ngo({ name: { fi: 'n'.repeat(101) }, alternativeName: { sv: 'a'.repeat(101) }, summary: { fi: 's'.repeat(151) }, description: { en: 'd'.repeat(2501) } }),
      lookup,
    );
    assert.deepEqual(pathsAndCodes(found), ['name.fi maxLength', 'alternativeName.sv maxLength', 'summary.fi maxLength', 'description.en maxLength']);
  });

  it('accepts texts exactly at their limits', () => {
    const found = validateOrganization(ngo({ name: { fi: 'n'.repeat(100) }, summary: { fi: 's'.repeat(150) }, description: { fi: 'd'.repeat(2500) } }), lookup);
    assert.deepEqual(found, []);
  });

  it('rejects a business ID with a wrong check digit', () => {
    assert.deepEqual(pathsAndCodes(validateOrganization(ngo({ businessId: '0737546-3' }), lookup)), ['businessId invalidBusinessId']);
  });

  it('rejects an OID that is not dotted numbers', () => {
    assert.deepEqual(validateOrganization(ngo({ oid: '1.2.246.10.2345678.10' }), lookup), []);
    assert.deepEqual(pathsAndCodes(validateOrganization(ngo({ oid: 'abc' }), lookup)), ['oid invalidOid']);
  });

  it('lets only a Municipality name a municipality, which must exist', () => {
    assert.deepEqual(pathsAndCodes(validateOrganization(ngo({ municipalityCode: '091' }), lookup)), ['municipalityCode notAllowed']);
    assert.deepEqual(pathsAndCodes(validateOrganization(ngo({ type: 'Municipality', municipalityCode: '999' }), lookup)), ['municipalityCode unknownCode']);
  });

  it('requires a name in some content language', () => {
    assert.deepEqual(pathsAndCodes(validateOrganization(ngo({ name: { en: 'Only English' } }), lookup)), ['name required']);
  });

  it('reports several violations at once', () => {
    const found = validateOrganization(
      ngo({ businessId: '123', emails: [{ email: 'x' }], visitingAddresses: [{ street: { fi: 'K' }, postalCode: '99999' }], electronicInvoicingAddresses: [{ address: '', operatorCode: 'OP' }] }),
      lookup,
    );
    assert.deepEqual(codesOf(found), ['invalidBusinessId', 'invalidEmail', 'unknownCode', 'required']);
  });
});

describe('organizationPublishViolations', () => {
  it('publishes a complete language version', () => {
    assert.deepEqual(organizationPublishViolations(ngo(), 'fi', lookup), []);
    assert.deepEqual(organizationPublishViolations(ngo(), 'sv', lookup), []);
  });

  it('requires name and summary in the published language only', () => {
    const content = ngo({ name: { fi: 'Yhdistys ry' }, summary: { fi: 'Tukea perheille.' } });
    assert.deepEqual(organizationPublishViolations(content, 'fi', lookup), []);
    assert.deepEqual(pathsAndCodes(organizationPublishViolations(content, 'sv', lookup)), ['name.sv required', 'summary.sv required']);
  });

  it('rejects a summary equal to the name', () => {
    const found = organizationPublishViolations(ngo({ summary: { fi: 'Esimerkkiyhdistys ry', sv: 'Stöd.' } }), 'fi', lookup);
    assert.deepEqual(pathsAndCodes(found), ['summary.fi sameAsName']);
  });

  it('rejects a language that is not a content language', () => {
    assert.deepEqual(codesOf(organizationPublishViolations(ngo(), 'en', lookup)), ['notInLanguages', 'required', 'required']);
  });

  it('requires a Municipality organization to name its municipality', () => {
    const found = organizationPublishViolations(ngo({ type: 'Municipality' }), 'fi', lookup);
    assert.deepEqual(pathsAndCodes(found), ['municipalityCode required']);
  });

  it('requires the alternative name when it is the display name', () => {
    const found = organizationPublishViolations(ngo({ displayNameType: 'alternativeName', alternativeName: { fi: 'EY' } }), 'sv', lookup);
    assert.deepEqual(pathsAndCodes(found), ['alternativeName.sv required']);
  });

  it('requires areas for a limited area', () => {
    assert.deepEqual(pathsAndCodes(organizationPublishViolations(ngo({ areas: [] }), 'fi', lookup)), ['areas required']);
  });
});
