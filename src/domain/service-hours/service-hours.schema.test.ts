import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TSchema } from 'typebox';
import { Value } from 'typebox/value';
import { ChannelContent, PhoneChannel } from '../channel/channel.schema.ts';
import { completeChannel } from '../channel/channel-fixture.ts';
import { ConnectionContent } from '../connection/connection.schema.ts';
import type { ServiceHours } from './service-hours.ts';
import { ServiceHoursSchema } from './service-hours.schema.ts';

/** JSON as a client sends it: parsed, so no TypeScript type vouches for it. */
const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/** The paths TypeBox reports, e.g. `/serviceHours/regular`. */
function errorPaths(schema: TSchema, value: unknown): string[] {
  return [...new Set(Value.Errors(schema, value).map((error) => error.instancePath))];
}

const FULL: ServiceHours = {
  regular: [
    { kind: 'weekly', days: { monday: [{ start: '08:00', end: '16:00' }], friday: [{ start: '22:00', end: '02:00' }] }, additionalInfo: { fi: 'Kahvila', sv: 'Kafé' } },
    { kind: 'byReservation', validFrom: '2027-01-01', validTo: '2027-06-30' },
  ],
  exceptions: [{ from: '2026-06-15', to: '2026-06-16', closed: false, ranges: [{ start: '12:00', end: '20:00' }], additionalInfo: { en: 'Short days' } }],
  holidays: [{ holiday: 'ChristmasEve', closed: true }],
};

describe('service hours schema', () => {
  it('accepts full hours, and hours with only regular entries', () => {
    assert.ok(Value.Check(ServiceHoursSchema, json(FULL)), 'full service hours match the schema');
    assert.ok(Value.Check(ServiceHoursSchema, json({ regular: [{ kind: 'alwaysOpen' }] })), 'exceptions and holidays may be absent');
  });

  it('leaves formats to validateServiceHours: a malformed time is structurally a string', () => {
    const hours = { regular: [{ kind: 'weekly', days: { monday: [{ start: '8:00', end: '25:00' }] } }] };
    assert.ok(Value.Check(ServiceHoursSchema, json(hours)), 'time strings are checked by the rules, not the schema');
  });

  it('rejects a wrong structure, an unknown kind, weekday or field, and missing required fields', () => {
    const rejected: [string, unknown][] = [
      ['regular is not an array', { regular: 'x' }],
      ['regular is missing', { holidays: [] }],
      ['unknown kind', { regular: [{ kind: 'nonstop' }] }],
      ['unknown weekday', { regular: [{ kind: 'weekly', days: { maanantai: [{ start: '08:00', end: '16:00' }] } }] }],
      ['range is a string', { regular: [{ kind: 'weekly', days: { monday: ['08:00-16:00'] } }] }],
      ['range without end', { regular: [{ kind: 'weekly', days: { monday: [{ start: '08:00' }] } }] }],
      ['exception without closed', { regular: [], exceptions: [{ from: '2026-06-15' }] }],
      ['holiday code is a number', { regular: [], holidays: [{ holiday: 1, closed: true }] }],
      ['unknown language in additional info', { regular: [{ kind: 'alwaysOpen', additionalInfo: { de: 'Immer' } }] }],
      ['unknown field', { regular: [], note: 'x' }],
    ];
    for (const [why, hours] of rejected) assert.equal(Value.Check(ServiceHoursSchema, json(hours)), false, why);
  });

  it('is the serviceHours of channels: a channel whose hours have a bad structure fails the channel schema', () => {
    const good = json(completeChannel('ServiceLocation'));
    assert.ok(Value.Check(ChannelContent, good), 'the service location fixture with service hours matches the channel schema');
    const bad = json({ ...completeChannel('ServiceLocation'), serviceHours: { regular: 'x' } });
    assert.equal(Value.Check(ChannelContent, bad), false);
    const phone = json({ ...completeChannel('Phone'), serviceHours: { regular: 'x' } });
    assert.deepEqual(errorPaths(PhoneChannel, phone), ['/serviceHours/regular']);
  });

  it('is the serviceHours of connections', () => {
    assert.ok(Value.Check(ConnectionContent, json({ serviceHours: FULL })), 'a connection with full service hours matches its schema');
    assert.equal(Value.Check(ConnectionContent, json({ serviceHours: { regular: 'x' } })), false);
    assert.deepEqual(errorPaths(ConnectionContent, json({ serviceHours: { regular: [{ kind: 'weekly', days: { monday: [{ start: 8 }] } }] } })), [
      '/serviceHours/regular/0/days/monday/0',
      '/serviceHours/regular/0/days/monday/0/start',
    ]);
  });
});
