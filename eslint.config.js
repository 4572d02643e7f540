// Lint rules, including the layer boundaries of docs/architecture.md:
// shared ← domain ← db, actions ← api, web, jobs, cli; bin wires everything and nothing imports it.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const layer = (name) => [`**/${name}/**`, `../${name}/*`, `../../${name}/*`, `../../../${name}/*`, `../../../../${name}/*`];
const forbid = (layers, message) => ({
  group: layers.flatMap(layer),
  message,
});

const boundaries = [
  { files: ['src/shared/**'], layers: ['domain', 'db', 'actions', 'api', 'web', 'jobs', 'cli', 'bin', 'config', 'adapters'], message: 'shared/ is leaf code: it imports no other layer.' },
  { files: ['src/domain/**'], layers: ['db', 'actions', 'api', 'web', 'jobs', 'cli', 'bin', 'config', 'adapters'], message: 'domain/ is pure: no I/O, no configuration, no outer layer.' },
  { files: ['src/db/**'], layers: ['actions', 'api', 'web', 'jobs', 'cli', 'bin', 'config'], message: 'db/ must not depend on actions, api, web, jobs, cli or config.' },
  { files: ['src/actions/**'], layers: ['api', 'web', 'jobs', 'cli', 'bin', 'config'], message: 'actions/ must not depend on api, web, jobs, cli or config.' },
  { files: ['src/api/**', 'src/web/**'], layers: ['db', 'cli', 'bin', 'config'], message: 'api/ and web/ reach the database only through actions/, and get configuration injected.' },
  { files: ['src/jobs/**', 'src/cli/**', 'src/adapters/**'], layers: ['bin'], message: 'Nothing imports bin/: it is the composition root.' },
];

export default tseslint.config(
  { ignores: ['node_modules/**', 'data/**', 'openapi/**', 'scratch/**', 'src/db/migrations/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', performance: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // scripts that run in the browser
    files: ['src/web/assets/**/*.js'],
    languageOptions: { sourceType: 'script', globals: { document: 'readonly', window: 'readonly', navigator: 'readonly' } },
  },
  ...boundaries.map(({ files, layers, message }) => ({
    files,
    ignores: ['**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [{ ...forbid(layers, message), allowTypeImports: files[0] === 'src/api/**' }] }],
    },
  })),
  {
    files: ['src/**'],
    ignores: ['src/config/**', '**/*.test.ts'],
    rules: {
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read settings through src/config/env.ts.' }],
    },
  },
);
