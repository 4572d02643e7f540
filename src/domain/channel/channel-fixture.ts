/** Complete, publishable channels of each type for the channel tests. */
import type { ChannelContent, ChannelType, ElectronicChannel, PhoneChannel, PrintableFormChannel, ServiceLocationChannel, WebPageChannel } from './channel.schema.ts';

export const OWNER_ORG = '44444444-4444-4444-8444-444444444444';

const common = {
  organizationId: OWNER_ORG,
  languages: ['fi' as const, 'sv' as const],
  name: { fi: 'Kanava', sv: 'Kanal' },
  summary: { fi: 'Asioi kanavassa helposti.', sv: 'Uträtta ärenden enkelt.' },
};

const CHANNELS: { [T in ChannelType]: Extract<ChannelContent, { type: T }> } = {
  EChannel: {
    ...common, type: 'EChannel', url: { fi: 'https://asiointi.example.fi', sv: 'https://asiointi.example.fi/sv' },
    requiresAuthentication: true, requiresSignature: true, signatureCount: 1,
    attachments: [{ name: 'Ohje', url: 'https://example.fi/ohje.pdf', lang: 'fi' }],
    accessibility: { compliance: 'PartiallyCompliant', wcagLevel: 'AA', statementUrl: { fi: 'https://example.fi/saavutettavuus', sv: 'https://example.fi/tillganglighet' } },
  } satisfies ElectronicChannel,
  WebPage: { ...common, type: 'WebPage', url: { fi: 'https://example.fi', sv: 'https://example.fi/sv' } } satisfies WebPageChannel,
  PrintableForm: {
    ...common, type: 'PrintableForm', formIdentifier: { fi: 'L1' },
    formFiles: [{ type: 'PDF', url: { fi: 'https://example.fi/l1.pdf', sv: 'https://example.fi/l1-sv.pdf' } }],
    deliveryAddress: { receiver: { fi: 'Kirjaamo' }, address: { postOfficeBox: { fi: 'PL 1' }, postalCode: '00100' } },
  } satisfies PrintableFormChannel,
  Phone: { ...common, type: 'Phone', phones: [{ prefix: '+358', number: '9 123 4567', chargeType: 'Charged', chargeDescription: 'pvm/mpm' }] } satisfies PhoneChannel,
  ServiceLocation: {
    ...common, type: 'ServiceLocation',
    visitingAddresses: [{
      street: { fi: 'Koulukatu', sv: 'Skolgatan' }, streetNumber: '3', postalCode: '00100', coordinates: { lat: 60.17, lon: 24.94 },
      entrances: [{ name: { fi: 'Liikuntasalin ovi' }, isMain: true, accessibilitySentences: [{ fi: 'Sisäänkäynnillä on luiska.' }] }],
    }],
    phones: [{ prefix: '+358', number: '9 765 4321', lang: 'fi' }],
    emails: [{ email: 'koulu@example.fi' }],
    serviceHours: {
      regular: [{ kind: 'weekly', days: { monday: [{ start: '08:00', end: '16:00' }], friday: [{ start: '08:00', end: '14:00' }] } }],
      exceptions: [{ from: '2026-06-19', closed: true, additionalInfo: { fi: 'Juhannusaatto' } }],
      holidays: [{ holiday: 'ChristmasEve', closed: true }],
    },
  } satisfies ServiceLocationChannel,
};

export const CHANNEL_TYPES = Object.keys(CHANNELS) as ChannelType[];

/** A complete channel of the given type with overrides (a deep copy: tests may change it). */
export function completeChannel<T extends ChannelType>(type: T, overrides: Partial<Extract<ChannelContent, { type: T }>> = {}): Extract<ChannelContent, { type: T }> {
  return { ...structuredClone(CHANNELS[type]), ...overrides };
}
