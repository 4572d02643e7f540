import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { appendParagraph, demoId, paragraphs, truncate } from './demo-text.ts';

describe('demo texts', () => {
  test('demoId gives the same UUID for the same name and another for another name', () => {
    assert.equal(demoId('organization:porvoo'), demoId('organization:porvoo'));
    assert.notEqual(demoId('organization:porvoo'), demoId('organization:porvoo-education'));
    assert.match(demoId('x'), /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  test('truncate keeps a text within the limit, cutting at a sentence end when one is near', () => {
    assert.equal(truncate('Lyhyt teksti.', 150), 'Lyhyt teksti.');
    assert.equal(truncate('Ensimmäinen lause on tässä. Toinen lause on liian pitkä mahtumaan.', 40), 'Ensimmäinen lause on tässä.');
  });

  test('truncate cuts a long first sentence at a word and marks the cut', () => {
    const cut = truncate('Tämä yksi ainoa lause jatkuu ja jatkuu eikä pääty ajoissa', 30);
    assert.equal(cut, 'Tämä yksi ainoa lause jatkuu…');
    assert.ok([...cut].length <= 30, 'within the limit');
  });

  test('paragraphs keeps paragraphs and list lines and collapses runs of spaces', () => {
    assert.equal(paragraphs('Eka  kappale. \n\n\n Toka kappale:\n- yksi\n- kaksi  '), 'Eka kappale.\n\nToka kappale:\n- yksi\n- kaksi');
  });

  test('appendParagraph adds a note in each language and stays within the limit', () => {
    const result = appendParagraph({ fi: 'a'.repeat(20) }, { fi: 'Huom.', sv: 'Obs.' }, 20);
    assert.equal(result.sv, 'Obs.');
    assert.ok([...result.fi!].length <= 20, `within the limit: ${result.fi}`);
    assert.ok(result.fi!.endsWith('\n\nHuom.'), 'the note comes last');
  });
});
