#!/usr/bin/env node
// Runs the test suite: prepares one migrated database template with the code lists (embedded
// PGlite by default, PostgreSQL when TEST_DATABASE_URL is set), then runs every *.test.ts file
// with node:test. Node 20 does not discover .ts test files by itself, hence this script.
// Usage: npm test [-- file-or-directory ...]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const args = process.argv.slice(2);
const roots = args.length ? args : ['src', 'test'];

function collect(entry, out) {
  const full = path.resolve(root, entry);
  if (!fs.existsSync(full)) throw new Error(`No such test file or directory: ${entry}`);
  if (fs.statSync(full).isFile()) return out.push(full);
  for (const name of fs.readdirSync(full).sort()) {
    if (name === 'node_modules') continue;
    const child = path.join(full, name);
    if (fs.statSync(child).isDirectory()) collect(child, out);
    else if (/\.test\.tsx?$/.test(name)) out.push(child);
  }
}

const files = [];
for (const entry of roots) collect(entry, files);
if (files.length === 0) {
  console.error('No test files found');
  process.exit(1);
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'kuvaa-test-'));
const env = { ...process.env, KUVAA_TEST_WORK_DIR: work };
const target = process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'the embedded database (PGlite)';
console.log(`Preparing the test database template on ${target}…`);
const prepared = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'test/helpers/prepare-template.ts')], { env, stdio: 'inherit', cwd: root });
if (prepared.status !== 0) {
  fs.rmSync(work, { recursive: true, force: true });
  process.exit(prepared.status ?? 1);
}

const concurrency = Math.max(1, Math.min(4, os.availableParallelism()));
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', `--test-concurrency=${concurrency}`, '--test-reporter=spec', ...files],
  { env, stdio: 'inherit', cwd: root },
);
spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'test/helpers/drop-template.ts')], { env, stdio: 'inherit', cwd: root });
fs.rmSync(work, { recursive: true, force: true });
process.exit(result.status ?? 1);
