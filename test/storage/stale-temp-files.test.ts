// A temp file of an interrupted upload (the process died between receiving and storing it) is removed at
// the next start once it is older than a day; a younger one may belong to a write still in progress in
// another process sharing the directory, and stays (issue 14, finding 8: such files survived restarts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createServices } from '../../src/services.ts';
import { FsObjectStore } from '../../src/platform/storage/index.ts';
import { TEST_NOW as TEST_NOW_ISO } from '../helpers/clock.ts';
import { testDatabase } from '../helpers/database.ts';
import { testConfig, testServiceOptions } from '../helpers/services.ts';

const TEST_NOW = new Date(TEST_NOW_ISO);
const HOUR = 60 * 60 * 1000;
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function leftBehind(tmpDir: string, name: string, ageMs: number) {
  fs.mkdirSync(tmpDir, { recursive: true });
  const file = path.join(tmpDir, name);
  fs.writeFileSync(file, 'half an upload');
  const at = new Date(TEST_NOW.getTime() - ageMs);
  fs.utimesSync(file, at, at);
}

describe('temporary files of interrupted writes', () => {
  it('the store removes those older than a day at the given instant, and only those', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sx-stale-'));
    dirs.push(root);
    const store = new FsObjectStore(root);
    expect(await store.removeStaleTemporaryFiles(TEST_NOW)).toBe(0); // no tmp directory yet
    leftBehind(store.tmpDir, 'old', 25 * HOUR);
    leftBehind(store.tmpDir, 'old.meta.json', 30 * 24 * HOUR);
    leftBehind(store.tmpDir, 'recent', 23 * HOUR);
    fs.mkdirSync(path.join(store.tmpDir, 'a-directory'));
    expect(await store.removeStaleTemporaryFiles(TEST_NOW)).toBe(2);
    expect(fs.readdirSync(store.tmpDir).sort()).toEqual(['a-directory', 'recent']);
  });

  it('a start removes what a crash left under objects/tmp', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sx-stale-'));
    dirs.push(dataDir);
    const tmpDir = path.join(dataDir, 'objects', 'tmp');
    leftBehind(tmpDir, 'crashed-upload', 2 * 24 * HOUR);
    leftBehind(tmpDir, 'in-progress', HOUR);
    const database = await testDatabase({ seeded: false });
    const services = await createServices(testConfig(dataDir), database.target, testServiceOptions());
    try {
      expect(fs.readdirSync(tmpDir)).toEqual(['in-progress']);
    } finally {
      await services.close();
      await database.drop();
    }
  });
});
