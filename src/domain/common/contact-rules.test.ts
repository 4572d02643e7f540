import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { accessibilityPublishViolations, contactListsViolations, isValidEmail, isValidUrl, phoneViolations, urlViolations } from './contact-rules.ts';
import { pathsAndCodes } from './test-lookup.ts';

describe('contact rules', () => {
  it('accepts ordinary e-mail addresses and rejects malformed ones', () => {
    assert.equal(isValidEmail('neuvonta@mll.fi'), true);
    for (const bad of ['neuvonta', 'a@b', 'a b@c.fi', '@mll.fi']) assert.equal(isValidEmail(bad), false, bad);
  });

  it('accepts only absolute http(s) addresses', () => {
    assert.equal(isValidUrl('https://www.suomi.fi/palvelut'), true);
    for (const bad of ['www.suomi.fi', 'ftp://x.fi', 'https://localhost', 'https://a .fi', 'javascript:alert(1)']) assert.equal(isValidUrl(bad), false, bad);
    assert.deepEqual(pathsAndCodes(urlViolations('url.fi', 'www.suomi.fi', 'Address')), ['url.fi invalidUrl']);
  });

  it('limits web addresses to 500 characters', () => {
    assert.deepEqual(pathsAndCodes(urlViolations('url', `https://x.fi/${'a'.repeat(490)}`, 'Address')), ['url maxLength']);
  });

  it('accepts a +358 number without its leading zero', () => {
    assert.deepEqual(phoneViolations({ prefix: '+358', number: '9 310 12345' }, 'phones[0]'), []);
  });

  it('rejects a +358 number with its leading zero', () => {
    assert.deepEqual(pathsAndCodes(phoneViolations({ prefix: '+358', number: '09 310 12345' }, 'phones[0]')), ['phones[0].number leadingZero']);
  });

  it('requires a prefix unless the number is a Finnish service number', () => {
    assert.deepEqual(pathsAndCodes(phoneViolations({ number: '40 123 4567' }, 'phones[0]')), ['phones[0].prefix required']);
    assert.deepEqual(phoneViolations({ number: '0800 12345', isFinnishServiceNumber: true }, 'phones[0]'), []);
    assert.deepEqual(pathsAndCodes(phoneViolations({ prefix: '+358', number: '116117', isFinnishServiceNumber: true }, 'p')), ['p.prefix notAllowed']);
  });

  it('rejects letters in numbers and malformed prefixes', () => {
    const found = phoneViolations({ prefix: '358', number: '40-123' }, 'phones[1]');
    assert.deepEqual(pathsAndCodes(found), ['phones[1].number invalidPhoneNumber', 'phones[1].prefix invalidPhonePrefix']);
  });

  it('requires a charge description when the charge type is Other', () => {
    const found = phoneViolations({ prefix: '+358', number: '40 123 4567', chargeType: 'Other' }, 'phones[0]');
    assert.deepEqual(pathsAndCodes(found), ['phones[0].chargeDescription required']);
  });

  it('reports violations of every contact list with indexed paths', () => {
    const found = contactListsViolations({
      emails: [{ email: 'ok@mll.fi' }, { email: 'bad' }],
      phones: [{ prefix: '+358', number: 'x' }],
      webPages: [{ url: 'mll.fi' }],
    });
    assert.deepEqual(pathsAndCodes(found), ['emails[1].email invalidEmail', 'phones[0].number invalidPhoneNumber', 'webPages[0].url invalidUrl']);
  });

  it('requires the WCAG level and statement address of an assessed channel', () => {
    const found = accessibilityPublishViolations({ compliance: 'PartiallyCompliant', statementUrl: { fi: 'https://x.fi/s' } }, 'accessibility', 'sv');
    assert.deepEqual(pathsAndCodes(found), ['accessibility.statementUrl.sv required', 'accessibility.wcagLevel required']);
    assert.deepEqual(accessibilityPublishViolations({ compliance: 'Unknown' }, 'accessibility', 'sv'), []);
  });
});
