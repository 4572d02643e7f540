import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { parseConfig, settings } from './env.ts';

test('defaults give the embedded database on port 3000', () => {
  const config = parseConfig({});
  assert.equal(config.port, 3000);
  assert.equal(config.databaseUrl, undefined);
  assert.ok(config.dataDir.endsWith('data/pglite'), 'config.dataDir.endsWith(\'data/pglite\')');
  assert.equal(config.publicUrl, 'http://localhost:3000');
});

test('a bad value is refused with the variable named', () => {
  assert.throws(() => parseConfig({ PORT: 'eighty' }), /PORT must be a whole number/);
  assert.throws(() => parseConfig({ LOG_LEVEL: 'loud' }), /LOG_LEVEL must be one of/);
  assert.throws(() => parseConfig({ DATABASE_POOL_SIZE: '0' }), /DATABASE_POOL_SIZE/);
  assert.throws(() => parseConfig({ SECRET_KEY: 'short' }), /SECRET_KEY must have at least 32 characters/);
  assert.throws(() => parseConfig({ SESSION_IDLE_MINUTES: '0' }), /SESSION_IDLE_MINUTES/);
});

test('the README documents every setting', () => {
  const readme = fs.readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  for (const setting of settings) assert.ok(readme.includes(`| \`${setting.name}\``), `README lacks ${setting.name}`);
});
