import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { localizedListMaxLength, localizedMaxLength, maxLength, requiredInSomeLanguage, requiredText, summaryNotName, textLength } from './text-rules.ts';
import { pathsAndCodes } from './test-lookup.ts';

describe('text rules', () => {
  it('counts an emoji as one character', () => {
    assert.equal(textLength('ab😀'), 3);
    assert.deepEqual(maxLength('x', '😀'.repeat(100), 100, 'X'), []);
  });

  it('reports maxLength with the limit and the actual length', () => {
    const [v] = maxLength('name.fi', 'a'.repeat(101), 100, 'Name');
    assert.equal(v?.code, 'maxLength');
    assert.match(v!.message, /Name must be at most 100 characters; it has 101/);
  });

  it('checks every language of a localized text', () => {
    const found = localizedMaxLength('summary', { fi: 'a'.repeat(151), sv: 'ok', en: 'b'.repeat(200) }, 150, 'Summary');
    assert.deepEqual(pathsAndCodes(found), ['summary.fi maxLength', 'summary.en maxLength']);
  });

  it('checks every keyword with its index in the path', () => {
    const found = localizedListMaxLength('keywords', { fi: ['ok', 'x'.repeat(151)] }, 150, 'Keyword');
    assert.deepEqual(pathsAndCodes(found), ['keywords.fi[1] maxLength']);
  });

  it('treats white space as no text', () => {
    assert.deepEqual(pathsAndCodes(requiredText('name', { fi: '  ' }, 'fi', 'Name')), ['name.fi required']);
    assert.deepEqual(requiredText('name', { fi: 'Nimi' }, 'fi', 'Name'), []);
  });

  it('requires a text in at least one content language', () => {
    assert.deepEqual(pathsAndCodes(requiredInSomeLanguage('name', { en: 'x' }, ['fi'], 'Name')), ['name required']);
    assert.deepEqual(requiredInSomeLanguage('name', { sv: 'x' }, ['fi', 'sv'], 'Name'), []);
  });

  it('rejects a summary that repeats the name, ignoring case and spaces', () => {
    const found = summaryNotName({ fi: 'Kirjasto' }, { fi: ' kirjasto ' }, 'fi');
    assert.deepEqual(pathsAndCodes(found), ['summary.fi sameAsName']);
    assert.deepEqual(summaryNotName({ fi: 'Kirjasto' }, { fi: 'Lainaa kirjoja.' }, 'fi'), []);
  });
});
