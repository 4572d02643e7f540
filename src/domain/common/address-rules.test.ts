import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addressListsViolations, coordinatesViolations, deriveMunicipalityCode, postalCodeViolations } from './address-rules.ts';
import { pathsAndCodes, testLookup } from './test-lookup.ts';

const lookup = testLookup();

describe('address rules', () => {
  it('accepts a postal code in the code list', () => {
    assert.deepEqual(postalCodeViolations('postalCode', '00100', lookup), []);
  });

  it('rejects a postal code of the wrong form or not in the code list', () => {
    assert.deepEqual(pathsAndCodes(postalCodeViolations('postalCode', '0010', lookup)), ['postalCode invalidPostalCode']);
    assert.deepEqual(pathsAndCodes(postalCodeViolations('postalCode', '99999', lookup)), ['postalCode unknownCode']);
  });

  it('derives the municipality from the postal code unless one is given', () => {
    assert.equal(deriveMunicipalityCode({ postalCode: '02100' }, lookup), '049');
    assert.equal(deriveMunicipalityCode({ postalCode: '02100', municipalityCode: '091' }, lookup), '091');
  });

  it('rejects coordinates out of the WGS84 range', () => {
    assert.deepEqual(coordinatesViolations({ lat: 60.17, lon: 24.94 }, 'c'), []);
    assert.deepEqual(pathsAndCodes(coordinatesViolations({ lat: 91, lon: -181 }, 'c')), ['c.lat outOfRange', 'c.lon outOfRange']);
  });

  it('requires a postal address to have a street or a post office box, not both', () => {
    const found = addressListsViolations(
      {
        postalAddresses: [
          { postOfficeBox: { fi: 'PL 1' }, postalCode: '00100' },
          { postalCode: '00100' },
          { street: { fi: 'Katu' }, postOfficeBox: { fi: 'PL 1' }, postalCode: '00100' },
        ],
      },
      lookup,
    );
    assert.deepEqual(pathsAndCodes(found), ['postalAddresses[1] streetOrPostOfficeBox', 'postalAddresses[2] streetOrPostOfficeBox']);
  });

  it('checks street, municipality and coordinates of visiting addresses', () => {
    const found = addressListsViolations(
      { visitingAddresses: [{ street: {}, postalCode: '00100', municipalityCode: '999', coordinates: { lat: 100, lon: 25 } }] },
      lookup,
    );
    assert.deepEqual(pathsAndCodes(found), [
      'visitingAddresses[0].street required',
      'visitingAddresses[0].municipalityCode unknownCode',
      'visitingAddresses[0].coordinates.lat outOfRange',
    ]);
  });
});
