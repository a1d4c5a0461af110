// PGlite data-directory lock: one owning process, stale locks taken over.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataDirLockedError, lockDataDir } from './lock.ts';

const dirs: string[] = [];
const tempDir = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'sx-lock-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** A pid that certainly belongs to no running process: a child that has exited and been reaped. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
    encoding: 'utf8',
  });
  const pid = Number(child.stdout);
  expect(Number.isInteger(pid) && pid > 0).toBe(true);
  return pid;
}

describe('lockDataDir', () => {
  it('creates the directory and a lock file holding our pid, removed on release', () => {
    const dir = path.join(tempDir(), 'nested', 'db');
    const release = lockDataDir(dir);
    const file = path.join(dir, 'sanxiang.lock');
    expect(fs.readFileSync(file, 'utf8')).toBe(String(process.pid));
    release();
    expect(fs.existsSync(file)).toBe(false);
    release(); // idempotent
  });

  it('refuses a directory locked by another live process', async () => {
    const dir = tempDir();
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    try {
      await new Promise((resolve) => child.once('spawn', resolve));
      fs.writeFileSync(path.join(dir, 'sanxiang.lock'), String(child.pid));
      expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
      expect(() => lockDataDir(dir)).toThrow(`data directory is locked by pid ${child.pid}`);
      // The other process's lock is left alone.
      expect(fs.readFileSync(path.join(dir, 'sanxiang.lock'), 'utf8')).toBe(String(child.pid));
    } finally {
      child.kill();
    }
  });

  it('takes over the lock of a process that has died', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'sanxiang.lock'), String(deadPid()));
    const release = lockDataDir(dir);
    expect(fs.readFileSync(path.join(dir, 'sanxiang.lock'), 'utf8')).toBe(String(process.pid));
    release();
  });

  it('takes over a lock file with garbage in it', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'sanxiang.lock'), 'not a pid');
    const release = lockDataDir(dir);
    expect(fs.readFileSync(path.join(dir, 'sanxiang.lock'), 'utf8')).toBe(String(process.pid));
    release();
  });

  it('does not remove a lock that another process took over after us', () => {
    const dir = tempDir();
    const release = lockDataDir(dir);
    fs.writeFileSync(path.join(dir, 'sanxiang.lock'), '999999999');
    release();
    expect(fs.readFileSync(path.join(dir, 'sanxiang.lock'), 'utf8')).toBe('999999999');
  });

  it('refuses a second lock of the same directory while this process still holds it', () => {
    // Two PGlite instances on one directory corrupt it whether they live in two processes or in one.
    const dir = tempDir();
    const release = lockDataDir(dir);
    try {
      expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
    } finally {
      release();
    }
  });
});
