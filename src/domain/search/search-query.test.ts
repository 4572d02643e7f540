import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exactQueryText, finnishStemVariants, queryWords, tsQueryText } from './search-query.ts';
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

test('prefixes are spelled out as the lexemes they stand for; too many stay a prefix, a stop word is left out', () => {
  const form = (stem: string | undefined, lexemes: string[] | undefined) => ({ stems: stem === undefined ? [] : [stem], lexemes });
  assert.equal(
    exactQueryText([[form('laps', ['laps', 'lapsiperhe']), form('last', ['last', 'lastensuojelu'])], [form('terveys', ['terveys', 'terveyskeskus'])]]),
    "('laps' | 'lapsiperhe' | 'last' | 'lastensuojelu') & ('terveys' | 'terveyskeskus')",
  );
  assert.equal(exactQueryText([[form('ter', undefined)], [form('kesk', ['keskus'])]]), "('ter':*) & ('keskus')", 'more lexemes than listed: the prefix');
  assert.equal(exactQueryText([[form(undefined, undefined)], [form('care', ['care'])]]), "('care')", 'a stop word is left out');
  assert.equal(exactQueryText([[form('seepr', [])], [form('care', ['care'])]]), "'seepr' & ('care')", 'a stem the index does not have matches nothing');
  assert.equal(exactQueryText([[form("o'neil", ["o'neil"])], [form('a\\b', ['a\\b'])]]), "('o''neil') & ('a\\\\b')", 'quotes and backslashes escaped');
  assert.equal(exactQueryText([[{ stems: ['e', 'mail'], lexemes: undefined }], [form('care', ['care'])]]), undefined, 'a form of two lexemes: the prefix query as it is');
  assert.equal(exactQueryText([[form(undefined, undefined)]]), undefined, 'only stop words');
});
