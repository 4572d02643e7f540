/** Schemas of the area where a service, organization or channel is available. */
import { Type, type Static } from 'typebox';
import { AREA_KINDS } from '../codelist/lookup.ts';

export const AreaType = Type.Enum(['Nationwide', 'NationwideExceptAlandIslands', 'LimitedType'], {
  description: '`Nationwide`, `NationwideExceptAlandIslands`, or `LimitedType` (only the listed `areas`).',
});
export type AreaType = Static<typeof AreaType>;

export const Area = Type.Object(
  {
    type: Type.Enum([...AREA_KINDS], { description: 'Kind of area.' }),
    code: Type.String({ description: 'Code of the area in its code list, e.g. municipality `091`, region `01`.' }),
  },
  { additionalProperties: false, description: 'A municipality, region, wellbeing services county or business region.' },
);
export type Area = Static<typeof Area>;

/** The optional `areaType` and `areas` properties, spread into content schemas. */
export const areaProperties = {
  areaType: Type.Optional(AreaType),
  areas: Type.Optional(Type.Array(Area, { description: 'The areas, when `areaType` is `LimitedType`.' })),
};
