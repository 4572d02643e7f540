import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { nameUuid } from './name-uuid.ts';

describe('nameUuid', () => {
  it('gives the same version-5 UUID for the same name and another for another name', () => {
    const id = nameUuid('mass-copy:42:service-1');
    assert.match(id, /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.equal(nameUuid('mass-copy:42:service-1'), id);
    assert.notEqual(nameUuid('mass-copy:43:service-1'), id);
  });
});
