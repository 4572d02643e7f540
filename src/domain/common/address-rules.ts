/** Rules for postal codes, coordinates and addresses. */
import type { CodeLookup } from '../codelist/lookup.ts';
import type { Coordinates, PostalAddress, StreetAddress } from './address.schema.ts';
import { LIMITS, hasText, localizedMaxLength, maxLength, requiredInSomeLanguage } from './text-rules.ts';
import { eachItem, join, violation, type Violation } from './violation.ts';

/** `invalidPostalCode` for anything but five digits, `unknownCode` for a code not in the postal code list. */
export function postalCodeViolations(path: string, postalCode: string, lookup: CodeLookup): Violation[] {
  if (!/^\d{5}$/.test(postalCode)) return [violation(path, 'invalidPostalCode', `Postal code "${postalCode}" must be five digits, e.g. 00100.`)];
  if (lookup.postalCodeMunicipality(postalCode) === undefined) return [violation(path, 'unknownCode', `Postal code "${postalCode}" is not in the postal code list.`)];
  return [];
}

/** `unknownCode` for a municipality code not in the code list. */
export function municipalityViolations(path: string, code: string | undefined, lookup: CodeLookup): Violation[] {
  if (code === undefined || lookup.hasMunicipality(code)) return [];
  return [violation(path, 'unknownCode', `Municipality "${code}" is not in the municipality code list.`)];
}

/** `outOfRange` for a latitude outside −90…90 or a longitude outside −180…180 (WGS84 degrees). */
export function coordinatesViolations(coordinates: Coordinates | undefined, path: string): Violation[] {
  if (!coordinates) return [];
  const found: Violation[] = [];
  if (!Number.isFinite(coordinates.lat) || Math.abs(coordinates.lat) > 90) {
    found.push(violation(join(path, 'lat'), 'outOfRange', `Latitude ${coordinates.lat} must be between -90 and 90 (WGS84 degrees).`));
  }
  if (!Number.isFinite(coordinates.lon) || Math.abs(coordinates.lon) > 180) {
    found.push(violation(join(path, 'lon'), 'outOfRange', `Longitude ${coordinates.lon} must be between -180 and 180 (WGS84 degrees).`));
  }
  return found;
}

/** The municipality of an address: the one given, else the postal code's main municipality. */
export function deriveMunicipalityCode(address: { postalCode: string; municipalityCode?: string }, lookup: CodeLookup): string | undefined {
  return address.municipalityCode ?? lookup.postalCodeMunicipality(address.postalCode);
}

function commonAddressViolations(address: StreetAddress | PostalAddress, path: string, lookup: CodeLookup): Violation[] {
  return [
    ...postalCodeViolations(join(path, 'postalCode'), address.postalCode, lookup),
    ...municipalityViolations(join(path, 'municipalityCode'), address.municipalityCode, lookup),
    ...maxLength(join(path, 'streetNumber'), address.streetNumber, 30, 'Street number'),
    ...localizedMaxLength(join(path, 'additionalInfo'), address.additionalInfo, LIMITS.shortText, 'Address additional info'),
  ];
}

/** Street name, postal code, municipality and coordinates of a street address. */
export function streetAddressViolations(address: StreetAddress, path: string, lookup: CodeLookup): Violation[] {
  return [
    ...requiredInSomeLanguage(join(path, 'street'), address.street, [], 'Street name'),
    ...localizedMaxLength(join(path, 'street'), address.street, LIMITS.name, 'Street name'),
    ...commonAddressViolations(address, path, lookup),
    ...coordinatesViolations(address.coordinates, join(path, 'coordinates')),
  ];
}

/** A postal address has either a street or a post office box (`streetOrPostOfficeBox`), and a valid postal code. */
export function postalAddressViolations(address: PostalAddress, path: string, lookup: CodeLookup): Violation[] {
  const hasStreet = Object.values(address.street ?? {}).some(hasText);
  const hasBox = Object.values(address.postOfficeBox ?? {}).some(hasText);
  const found = commonAddressViolations(address, path, lookup);
  if (hasStreet === hasBox) {
    found.push(violation(path, 'streetOrPostOfficeBox', 'A postal address has either a street or a post office box, not both or neither.'));
  }
  return [
    ...found,
    ...localizedMaxLength(join(path, 'street'), address.street, LIMITS.name, 'Street name'),
    ...localizedMaxLength(join(path, 'postOfficeBox'), address.postOfficeBox, LIMITS.name, 'Post office box'),
  ];
}

/** Violations of the optional `visitingAddresses` and `postalAddresses` lists of any content. */
export function addressListsViolations(
  content: { visitingAddresses?: StreetAddress[]; postalAddresses?: PostalAddress[] },
  lookup: CodeLookup,
  base = '',
): Violation[] {
  return [
    ...eachItem(join(base, 'visitingAddresses'), content.visitingAddresses, (a, p) => streetAddressViolations(a, p, lookup)),
    ...eachItem(join(base, 'postalAddresses'), content.postalAddresses, (a, p) => postalAddressViolations(a, p, lookup)),
  ];
}
