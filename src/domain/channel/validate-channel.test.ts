import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { codesOf, pathsAndCodes, testLookup } from '../common/test-lookup.ts';
import { CHANNEL_TYPES, completeChannel } from './channel-fixture.ts';
import { validateChannel } from './validate-channel.ts';

const lookup = testLookup();
const check = (content: Parameters<typeof validateChannel>[0]) => pathsAndCodes(validateChannel(content, lookup));

describe('validateChannel', () => {
  for (const type of CHANNEL_TYPES) {
    it(`accepts a complete ${type} channel`, () => {
      assert.deepEqual(check(completeChannel(type)), []);
    });

    it(`limits name to 100, summary to 150 and description to 2500 characters in a ${type} channel`, () => {
      const found = check(completeChannel(type, { name: { fi: 'n'.repeat(101) }, summary: { sv: 's'.repeat(151) }, description: { fi: 'd'.repeat(2501) } }));
      assert.deepEqual(found, ['name.fi maxLength', 'summary.sv maxLength', 'description.fi maxLength']);
    });
  }

  it('checks support phones, support e-mails and web pages', () => {
    const found = check(completeChannel('WebPage', { supportPhones: [{ number: '9 123 4567' }], supportEmails: [{ email: 'no' }], webPages: [{ url: 'x' }] }));
    assert.deepEqual(found, ['supportPhones[0].prefix required', 'supportEmails[0].email invalidEmail', 'webPages[0].url invalidUrl']);
  });

  it('rejects malformed addresses of electronic channels and web pages', () => {
    assert.deepEqual(check(completeChannel('EChannel', { url: { fi: 'asiointi.fi' } })), ['url.fi invalidUrl']);
    assert.deepEqual(check(completeChannel('WebPage', { accessibility: { statementUrl: { sv: 'x' } } })), ['accessibility.statementUrl.sv invalidUrl']);
  });

  it('accepts a signature count only with a required signature, and at least 1', () => {
    assert.deepEqual(check(completeChannel('EChannel', { requiresSignature: false, signatureCount: 2 })), ['signatureCount notAllowed']);
    assert.deepEqual(check(completeChannel('EChannel', { signatureCount: 0 })), ['signatureCount outOfRange']);
  });

  it('checks attachments', () => {
    const found = check(completeChannel('EChannel', { attachments: [{ name: 'a'.repeat(101), url: 'x', description: 'd'.repeat(151) }] }));
    assert.deepEqual(found, ['attachments[0].name maxLength', 'attachments[0].description maxLength', 'attachments[0].url invalidUrl']);
  });

  it('checks form files and the delivery address of a printable form', () => {
    const found = check(
      completeChannel('PrintableForm', {
        formIdentifier: { fi: 'x'.repeat(101) },
        formFiles: [{ type: 'PDF', url: { fi: 'lomake.pdf' } }],
        deliveryAddress: { address: { street: { fi: 'Katu' }, postalCode: '123' }, text: { fi: 'Postita' } },
      }),
    );
    assert.deepEqual(found, ['formIdentifier.fi maxLength', 'formFiles[0].url.fi invalidUrl', 'deliveryAddress.address.postalCode invalidPostalCode', 'deliveryAddress addressOrText']);
  });

  it('checks the numbers of a phone channel', () => {
    assert.deepEqual(check(completeChannel('Phone', { phones: [{ prefix: '+358', number: '09 123' }] })), ['phones[0].number leadingZero']);
  });

  it('checks visiting addresses, entrances, postal addresses and contacts of a service location', () => {
    const location = completeChannel('ServiceLocation');
    location.visitingAddresses![0]!.postalCode = '99999';
    location.visitingAddresses![0]!.coordinates = { lat: 60, lon: 200 };
    location.visitingAddresses![0]!.entrances![0]!.accessibilitySentences = [{ fi: 'x'.repeat(501) }];
    location.postalAddresses = [{ postalCode: '00100' }];
    location.emails = [{ email: 'x@' }];
    assert.deepEqual(check(location), [
      'visitingAddresses[0].postalCode unknownCode',
      'visitingAddresses[0].coordinates.lon outOfRange',
      'visitingAddresses[0].entrances[0].accessibilitySentences[0].fi maxLength',
      'postalAddresses[0] streetOrPostOfficeBox',
      'emails[0].email invalidEmail',
    ]);
  });

  it('checks service hours under serviceHours, with the holiday codes of the lookup', () => {
    const overlapping = completeChannel('Phone', {
      serviceHours: { regular: [{ kind: 'weekly', days: { monday: [{ start: '08:00', end: '12:00' }, { start: '11:00', end: '15:00' }] } }] },
    });
    const found = validateChannel(overlapping, lookup);
    assert.deepEqual(pathsAndCodes(found), ['serviceHours.regular[0].days.monday[1] overlap']);
    assert.match(found[0]!.message, /11:00–15:00 overlaps the range 08:00–12:00/);
    const holidays = completeChannel('ServiceLocation', {
      serviceHours: { regular: [], holidays: [{ holiday: 'ChristmasEve', closed: true }, { holiday: 'Kekri', closed: true }] },
    });
    assert.deepEqual(check(holidays), ['serviceHours.holidays[1].holiday unknownHoliday']);
  });

  it('reports several violations at once', () => {
    const found = validateChannel(completeChannel('Phone', { languages: [], name: {}, areas: [{ type: 'Region', code: '01' }], phones: [{ number: 'abc' }] }), lookup);
    assert.deepEqual(codesOf(found), ['required', 'required', 'notAllowed', 'invalidPhoneNumber', 'required']);
  });
});
