import { test } from 'node:test';
import assert from 'node:assert/strict';
import { finnishStemVariants, queryWords, tsQueryText } from './search-query.ts';
import { normalizePhone } from './search-document.ts';

test('words are normalized and operators dropped', () => {
  assert.deepEqual(queryWords('  Lasten & (Terveys)Keskus!  '), ['lasten', 'terveys', 'keskus']);
  assert.deepEqual(queryWords("a:* | b' & c"), ['a', 'b', 'c']);
});

test('Finnish stems that change are added as prefixes', () => {
  assert.deepEqual(finnishStemVariants('lapsi'), ['last']);
  assert.deepEqual(finnishStemVariants('vesi'), ['vede', 'vett']);
  assert.deepEqual(finnishStemVariants('vuosi'), ['vuode', 'vuott']);
  assert.deepEqual(finnishStemVariants('kansi'), ['kann', 'kant']);
  assert.deepEqual(finnishStemVariants('kaksi'), ['kahd', 'kaht']);
  assert.deepEqual(finnishStemVariants('talo'), []);
  assert.equal(tsQueryText(['lapsi', 'terveyskesk'], 'fi'), '(lapsi:* | last:*) & (terveyskesk:*)');
  assert.equal(tsQueryText(['barn'], 'sv'), '(barn:*)');
});

test('phone numbers compare as national digits', () => {
  for (const form of ['+358 9 310 12345', '09 310 12345', '0931012345', '09-310-12345', '00358 9 31012345']) {
    assert.equal(normalizePhone(form), '931012345', form);
  }
  assert.equal(normalizePhone('0800 12345'), '80012345');
});
