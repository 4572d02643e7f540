import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pathsAndCodes, testLookup } from '../common/test-lookup.ts';
import { CHANNEL_TYPES, completeChannel } from './channel-fixture.ts';
import { channelPublishViolations } from './channel-publish-violations.ts';
import type { ChannelContent } from './channel.schema.ts';

const lookup = testLookup();
const publish = (content: ChannelContent, lang: 'fi' | 'sv' | 'en' = 'fi') => pathsAndCodes(channelPublishViolations(content, lang, lookup));

describe('channelPublishViolations', () => {
  for (const type of CHANNEL_TYPES) {
    it(`publishes a complete ${type} channel in each of its languages`, () => {
      assert.deepEqual(publish(completeChannel(type), 'fi'), []);
      assert.deepEqual(publish(completeChannel(type), 'sv'), []);
    });

    it(`requires name and summary in the published language of a ${type} channel`, () => {
      const content = completeChannel(type, { name: { fi: 'Kanava' }, summary: { fi: 'Kanava' } });
      assert.deepEqual(publish(content, 'fi'), ['summary.fi sameAsName']);
      assert.deepEqual(publish(content, 'sv').slice(0, 2), ['name.sv required', 'summary.sv required']);
    });
  }

  it('rejects a language that is not a content language', () => {
    assert.deepEqual(publish(completeChannel('WebPage'), 'en').slice(0, 1), ['languages notInLanguages']);
  });

  it('requires the online service address in the published language', () => {
    assert.deepEqual(publish(completeChannel('EChannel', { url: { fi: 'https://a.example.fi' } }), 'sv'), ['url.sv required']);
  });

  it('requires a signature count when a signature is required', () => {
    assert.deepEqual(publish(completeChannel('EChannel', { signatureCount: undefined })), ['signatureCount required']);
  });

  it('requires the accessibility statement of an assessed online channel', () => {
    const content = completeChannel('EChannel', { accessibility: { compliance: 'FullyCompliant', statementUrl: { fi: 'https://x.fi/s' } } });
    assert.deepEqual(publish(content, 'sv'), ['accessibility.statementUrl.sv required', 'accessibility.wcagLevel required']);
  });

  it('requires the web page address in the published language', () => {
    assert.deepEqual(publish(completeChannel('WebPage', { url: { sv: 'https://example.fi/sv' } }), 'fi'), ['url.fi required']);
  });

  it('requires a form file in the published language', () => {
    assert.deepEqual(publish(completeChannel('PrintableForm', { formFiles: [{ type: 'PDF', url: { fi: 'https://x.fi/l.pdf' } }] }), 'sv'), ['formFiles required']);
    assert.deepEqual(publish(completeChannel('PrintableForm', { formFiles: [] }), 'fi'), ['formFiles required']);
  });

  it('requires a phone number for the published language; a number without a language serves all', () => {
    const finnishOnly = completeChannel('Phone', { phones: [{ prefix: '+358', number: '9 123 4567', lang: 'fi' }] });
    assert.deepEqual(publish(finnishOnly, 'fi'), []);
    assert.deepEqual(publish(finnishOnly, 'sv'), ['phones required']);
    assert.deepEqual(publish(completeChannel('Phone', { phones: [] }), 'fi'), ['phones required']);
  });

  it('requires a visiting address of a service location', () => {
    assert.deepEqual(publish(completeChannel('ServiceLocation', { visitingAddresses: [] })), ['visitingAddresses required']);
  });

  it('requires areas for a limited area', () => {
    assert.deepEqual(publish(completeChannel('Phone', { areaType: 'LimitedType' })), ['areas required']);
  });
});
