/**
 * What a client sends as the additional info of a connection (liitos) between a service and a
 * channel; the service and channel ids come from the request path.
 */
import { Type, type Static } from 'typebox';
import { addressLists } from '../common/address.schema.ts';
import { serviceHoursProperty } from '../service-hours/service-hours.schema.ts';
import { ChargeType, contactLists } from '../common/contact.schema.ts';
import { localizedText } from '../common/localized-text.schema.ts';

export const ConnectionContent = Type.Object(
  {
    description: Type.Optional(
      localizedText('What is special about this service in this channel, e.g. "Courses in the school gym on Tuesdays; instructor: course leader" (at most 500 characters). Give titles, not names of people.'),
    ),
    chargeType: Type.Optional({ ...ChargeType }),
    chargeInfo: Type.Optional(localizedText('What using the service in this channel costs (at most 500 characters).')),
    serviceHours: serviceHoursProperty,
    ...contactLists,
    ...addressLists,
  },
  { additionalProperties: false, description: 'Additional info of a service–channel connection.' },
);
export type ConnectionContent = Static<typeof ConnectionContent>;
