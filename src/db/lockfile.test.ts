import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { acquireDataDirLock, DataDirLockedError } from './lockfile.ts';

const KUVAA = fileURLToPath(new URL('../../bin/kuvaa.js', import.meta.url));

function tempDataDir(): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kuvaa-lock-')), 'pglite');
}

test('a second lock on the same directory is refused, naming the directory and the owner PID', () => {
  const dir = tempDataDir();
  const lock = acquireDataDirLock(dir);
  try {
    assert.throws(
      () => acquireDataDirLock(dir),
      (error: unknown) =>
        error instanceof DataDirLockedError &&
        error.pid === process.pid &&
        error.message.includes(dir) &&
        error.message.includes(String(process.pid)),
    );
  } finally {
    lock.release();
  }
  acquireDataDirLock(dir).release(); // free again once released
});

test('a lock left by a process that has exited is taken over', () => {
  const dir = tempDataDir();
  const exited = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  fs.writeFileSync(`${dir}.lock`, `${exited.stdout}\n`);
  const lock = acquireDataDirLock(dir);
  assert.equal(fs.readFileSync(lock.path, 'utf8').trim(), String(process.pid));
  lock.release();
  assert.equal(fs.existsSync(`${dir}.lock`), false);
});

test('a second Kuvaa process on a locked data directory exits with a clear message', async () => {
  const dir = tempDataDir();
  const lock = acquireDataDirLock(dir);
  try {
    const child = spawn(process.execPath, [KUVAA, 'migrate'], {
      env: { ...process.env, KUVAA_DATA_DIR: dir, DATABASE_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    assert.equal(code, 1);
    assert.match(stderr, /already in use by another Kuvaa process/);
    assert.ok(stderr.includes(dir), stderr);
    assert.ok(stderr.includes(`PID ${process.pid}`), stderr);
  } finally {
    lock.release();
  }
});
