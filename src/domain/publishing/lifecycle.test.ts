import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  changedFields,
  mergePublished,
  overallStatus,
  publicLanguages,
  StateError,
  statusesAfterArchive,
  statusesAfterPublish,
  statusesAfterRestore,
  statusesAfterSave,
  statusesAfterWithdraw,
} from './lifecycle.ts';

test('a new entity has a draft per language', () => {
  assert.deepEqual(statusesAfterSave({}, ['fi', 'sv']), { fi: 'draft', sv: 'draft' });
});

test('editing a published language makes it modified; a new language starts as a draft', () => {
  assert.deepEqual(statusesAfterSave({ fi: 'published' }, ['fi', 'en']), { fi: 'modified', en: 'draft' });
});

test('publishing one language leaves the others as they are', () => {
  assert.deepEqual(statusesAfterPublish({ fi: 'draft', sv: 'draft' }, ['fi']), { fi: 'published', sv: 'draft' });
  assert.deepEqual(publicLanguages({ fi: 'published', sv: 'draft', en: 'modified' }), ['fi', 'en']);
});

test('publishing a language the content lacks, or an archived one, is refused', () => {
  assert.throws(() => statusesAfterPublish({ fi: 'draft' }, ['sv']), StateError);
  assert.throws(() => statusesAfterPublish({ fi: 'archived' }, ['fi']), StateError);
});

test('withdraw, archive and restore move languages between states', () => {
  assert.deepEqual(statusesAfterWithdraw({ fi: 'published', sv: 'modified' }, ['sv']), { fi: 'published', sv: 'draft' });
  assert.throws(() => statusesAfterWithdraw({ fi: 'draft' }, ['fi']), StateError);
  const archived = statusesAfterArchive({ fi: 'published', sv: 'draft' }, ['fi', 'sv']);
  assert.equal(overallStatus(archived), 'archived');
  assert.deepEqual(statusesAfterRestore(archived), { fi: 'draft', sv: 'draft' });
  assert.throws(() => statusesAfterRestore({ fi: 'draft' }), StateError);
});

test('publishing Finnish keeps the previously published Swedish text', () => {
  const published = { name: { fi: 'Vanha', sv: 'Gammal' }, serviceClasses: ['P1.1'] };
  const working = { name: { fi: 'Uusi', sv: 'Ogranskad' }, serviceClasses: ['P1.2'] };
  assert.deepEqual(mergePublished(published, working, ['fi']), { name: { fi: 'Uusi', sv: 'Gammal' }, serviceClasses: ['P1.2'] });
  assert.deepEqual(mergePublished(undefined, working, ['fi']), { name: { fi: 'Uusi' }, serviceClasses: ['P1.2'] });
});

test('changed fields list the top-level fields that differ', () => {
  assert.deepEqual(changedFields({ a: 1, b: { fi: 'x' } }, { a: 1, b: { fi: 'y' }, c: [] }), ['b', 'c']);
});

test('the public view keeps only public languages, in texts and in language-marked items', async () => {
  const { filterLanguages } = await import('./language-filter.ts');
  const content = {
    languages: ['fi', 'sv'],
    name: { fi: 'Kerho', sv: 'Klubb' },
    phones: [{ lang: 'fi', number: '1' }, { lang: 'sv', number: '2' }],
    serviceClasses: ['P1.1'],
  };
  assert.deepEqual(filterLanguages(content, ['fi']), {
    languages: ['fi'],
    name: { fi: 'Kerho' },
    phones: [{ lang: 'fi', number: '1' }],
    serviceClasses: ['P1.1'],
  });
});
