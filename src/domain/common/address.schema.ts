/** Schemas of addresses and coordinates. */
import { Type, type Static } from 'typebox';
import { localizedText } from './localized-text.schema.ts';

export const Coordinates = Type.Object(
  {
    lat: Type.Number({ description: 'Latitude in decimal degrees (WGS84), e.g. `60.1699`.' }),
    lon: Type.Number({ description: 'Longitude in decimal degrees (WGS84), e.g. `24.9384`.' }),
  },
  { additionalProperties: false, description: 'A point in WGS84 coordinates.' },
);
export type Coordinates = Static<typeof Coordinates>;

const postalCode = Type.String({ description: 'Finnish postal code of five digits, e.g. `00100`; must exist in the postal code list.' });
const municipalityCode = Type.Optional(
  Type.String({ description: 'Municipality code, e.g. `091`. Derived from the postal code when absent.' }),
);

/** Properties of a street address, shared with the service location's visiting address. */
export const streetAddressProperties = {
  street: localizedText('Street name, e.g. `{"fi": "Mannerheimintie", "sv": "Mannerheimvägen"}`.'),
  streetNumber: Type.Optional(Type.String({ description: 'House number and staircase, e.g. `5 A`.' })),
  postalCode,
  municipalityCode,
  coordinates: Type.Optional(Coordinates),
  additionalInfo: Type.Optional(localizedText('Directions or other details, e.g. "2nd floor".')),
};

export const StreetAddress = Type.Object(streetAddressProperties, {
  additionalProperties: false,
  description: 'A street address in Finland.',
});
export type StreetAddress = Static<typeof StreetAddress>;

export const PostalAddress = Type.Object(
  {
    street: Type.Optional(localizedText('Street name; give either this or `postOfficeBox`.')),
    streetNumber: Type.Optional(Type.String({ description: 'House number, with a street.' })),
    postOfficeBox: Type.Optional(localizedText('Post office box, e.g. `{"fi": "PL 123", "sv": "PB 123"}`; give either this or `street`.')),
    postalCode,
    municipalityCode,
    additionalInfo: Type.Optional(localizedText('Other details of the address.')),
  },
  { additionalProperties: false, description: 'A postal address in Finland: a street address or a post office box.' },
);
export type PostalAddress = Static<typeof PostalAddress>;

/** The optional `visitingAddresses` and `postalAddresses` properties, spread into content schemas. */
export const addressLists = {
  visitingAddresses: Type.Optional(Type.Array(StreetAddress, { description: 'Where customers can visit.' })),
  postalAddresses: Type.Optional(Type.Array(PostalAddress, { description: 'Where post is sent.' })),
};
