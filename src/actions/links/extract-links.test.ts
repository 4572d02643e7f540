import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractLinks, normalizeUrl } from './extract-links.ts';

test('finds whole-value URLs and URLs inside texts, with their paths', () => {
  const links = extractLinks({
    url: { fi: ' https://Example.fi/palvelu?lang=fi#osio ', sv: 'https://example.fi/sv' },
    webPages: [{ url: 'https://example.fi/palvelu?lang=fi' }],
    description: { fi: 'Lue lisää (https://kunta.fi/ohje). Tai http://kunta.fi/toinen, kiitos.' },
  });
  assert.deepEqual(links, [
    { url: 'https://example.fi/palvelu?lang=fi', host: 'example.fi', paths: ['url.fi', 'webPages.0.url'] },
    { url: 'https://example.fi/sv', host: 'example.fi', paths: ['url.sv'] },
    { url: 'https://kunta.fi/ohje', host: 'kunta.fi', paths: ['description.fi'] },
    { url: 'http://kunta.fi/toinen', host: 'kunta.fi', paths: ['description.fi'] },
  ]);
});

test('skips code lists whose values are identifying URIs, and what is not http(s)', () => {
  const links = extractLinks({ ontologyTerms: ['http://www.yso.fi/onto/yso/p13050'], emails: ['mailto:a@b.fi'], other: 'ftp://x.fi/a' });
  assert.deepEqual(links, []);
});

test('normalizes: drops the fragment, keeps the query and a non-default port in the host', () => {
  assert.deepEqual(normalizeUrl('http://127.0.0.1:8080/a?b=1#c'), { url: 'http://127.0.0.1:8080/a?b=1', host: '127.0.0.1:8080' });
  assert.deepEqual(normalizeUrl('https://fi.wikipedia.org/wiki/Lahti_(kaupunki)'), { url: 'https://fi.wikipedia.org/wiki/Lahti_(kaupunki)', host: 'fi.wikipedia.org' });
  assert.equal(normalizeUrl('https://'), undefined);
});
