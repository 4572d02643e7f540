/**
 * The `serviceHours` property of channels and connections. A placeholder until the service-hours
 * module (src/domain/service-hours/) provides its schema: swap the Type.Unknown here for it.
 */
import { Type } from 'typebox';

/** Optional service hours; any JSON for now. */
export const serviceHoursProperty = Type.Optional(
  Type.Unknown({ description: 'Opening hours: weekly, exceptional and holiday hours (schema defined by the service-hours module).' }),
);
