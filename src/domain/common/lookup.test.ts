import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { inMemoryCodeLookup, ysoId } from '../codelist/lookup.ts';
import { knownCodes, languagesViolations, maxItems } from './list-rules.ts';
import { pathsAndCodes, testLookup } from './test-lookup.ts';

describe('in-memory code lookup', () => {
  const lookup = testLookup();

  it('knows target group parents and service class levels', () => {
    assert.equal(lookup.targetGroupParent('KR1.2'), 'KR1');
    assert.equal(lookup.targetGroupParent('KR1'), undefined);
    assert.equal(lookup.serviceClassLevel('P1'), 1);
    assert.equal(lookup.serviceClassLevel('P1.1'), 2);
    assert.equal(lookup.serviceClassLevel('P9'), undefined);
  });

  it('finds ontology terms by id or YSO URI, but not by a KOKO URI', () => {
    assert.equal(lookup.hasOntologyTerm('p100'), true);
    assert.equal(lookup.hasOntologyTerm('http://www.yso.fi/onto/yso/p100'), true);
    assert.equal(lookup.hasOntologyTerm('http://www.yso.fi/onto/koko/p100'), false);
    assert.equal(ysoId('https://www.yso.fi/onto/yso/p13050'), 'p13050');
  });

  it('counts municipalities as Municipality areas and maps postal codes', () => {
    assert.equal(lookup.hasArea('Municipality', '049'), true);
    assert.equal(lookup.hasArea('Region', '091'), false);
    assert.equal(lookup.postalCodeMunicipality('00100'), '091');
    assert.equal(lookup.hasHoliday('ChristmasEve'), true);
  });

  it('treats missing sets as empty', () => {
    const empty = inMemoryCodeLookup({});
    assert.equal(empty.hasServiceClass('P1'), false);
    assert.equal(empty.postalCodeMunicipality('00100'), undefined);
  });
});

describe('list rules', () => {
  it('reports unknown and repeated codes with their indexes', () => {
    const found = knownCodes('serviceClasses', ['P1', 'X', 'P1'], (c) => c.startsWith('P'), 'Service class');
    assert.deepEqual(pathsAndCodes(found), ['serviceClasses[1] unknownCode', 'serviceClasses[2] duplicate']);
  });

  it('reports too many items', () => {
    assert.deepEqual(pathsAndCodes(maxItems('x', [1, 2, 3], 2, 'things')), ['x tooMany']);
  });

  it('requires at least one content language, each once', () => {
    assert.deepEqual(pathsAndCodes(languagesViolations([])), ['languages required']);
    assert.deepEqual(pathsAndCodes(languagesViolations(['fi', 'fi'])), ['languages[1] duplicate']);
  });
});
