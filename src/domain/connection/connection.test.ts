import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pathsAndCodes, testLookup } from '../common/test-lookup.ts';
import { connectionViolations } from './connection-violations.ts';
import type { ConnectionContent } from './connection.schema.ts';
import { validateConnection } from './validate-connection.ts';

const lookup = testLookup();
const NGO = '55555555-5555-4555-8555-555555555555';
const CITY = '66666666-6666-4666-8666-666666666666';

/** The seed's case: an NGO's course held in the city's school gym, hours and instructor's title in the connection. */
const schoolGymCourse: ConnectionContent = {
  description: { fi: 'Kurssi kokoontuu koulun liikuntasalissa tiistaisin klo 18–19.30. Ohjaajana toimii yhdistyksen liikuntaohjaaja.' },
  chargeType: 'Charged',
  chargeInfo: { fi: 'Kurssimaksu 40 € / kausi.' },
  serviceHours: {
    regular: [{ kind: 'weekly', days: { tuesday: [{ start: '18:00', end: '19:30' }] }, validFrom: '2026-09-01', validTo: '2026-12-15' }],
    holidays: [{ holiday: 'ChristmasEve', closed: true }],
  },
  phones: [{ prefix: '+358', number: '40 123 4567', additionalInfo: 'Liikuntaohjaaja', lang: 'fi' }],
  emails: [{ email: 'liikunta@yhdistys.example.fi' }],
};

describe('validateConnection', () => {
  it('accepts the school-gym course of an NGO', () => {
    assert.deepEqual(validateConnection(schoolGymCourse, lookup), []);
  });

  it('limits the description and the charge info to 500 characters per language', () => {
    assert.deepEqual(validateConnection({ description: { fi: 'x'.repeat(500) } }, lookup), []);
    const found = validateConnection({ description: { sv: 'x'.repeat(501) }, chargeInfo: { fi: 'c'.repeat(501) } }, lookup);
    assert.deepEqual(pathsAndCodes(found), ['description.sv maxLength', 'chargeInfo.fi maxLength']);
  });

  it('checks service hours under serviceHours: an unknown holiday code, a date out of order', () => {
    const serviceHours = {
      regular: [{ kind: 'weekly' as const, days: { tuesday: [{ start: '18:00', end: '19:30' }] }, validFrom: '2026-12-15', validTo: '2026-09-01' }],
      holidays: [{ holiday: 'Juhannus', closed: true }],
    };
    const found = validateConnection({ ...schoolGymCourse, serviceHours }, lookup);
    assert.deepEqual(pathsAndCodes(found), ['serviceHours.regular[0].validTo dateOrder', 'serviceHours.holidays[0].holiday unknownHoliday']);
    assert.match(found[1]!.message, /"Juhannus" is not a holiday/);
  });

  it('checks contact details and addresses', () => {
    const found = validateConnection({ webPages: [{ url: 'x' }], visitingAddresses: [{ street: { fi: 'Katu' }, postalCode: '1' }] }, lookup);
    assert.deepEqual(pathsAndCodes(found), ['webPages[0].url invalidUrl', 'visitingAddresses[0].postalCode invalidPostalCode']);
  });
});

describe('connectionViolations', () => {
  it("lets a service use a channel shared for all, whoever owns it", () => {
    assert.deepEqual(connectionViolations({ serviceOrganizationIds: [NGO], channel: { organizationId: CITY, sharedForAll: true } }), []);
  });

  it('treats a channel without sharedForAll as shared for all (the default)', () => {
    assert.deepEqual(connectionViolations({ serviceOrganizationIds: [NGO], channel: { organizationId: CITY } }), []);
  });

  it("lets a service use its own organization's channel that is not shared", () => {
    assert.deepEqual(connectionViolations({ serviceOrganizationIds: [CITY], channel: { organizationId: CITY, sharedForAll: false } }), []);
  });

  it("refuses another organization's channel that is not shared", () => {
    const found = connectionViolations({ serviceOrganizationIds: [NGO], channel: { organizationId: CITY, sharedForAll: false } });
    assert.deepEqual(pathsAndCodes(found), ['channelId notShared']);
  });
});
