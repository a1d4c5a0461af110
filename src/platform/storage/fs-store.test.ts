// H5 Storage: runs the ObjectStore contract against the local-disk driver.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeObjectStoreContract } from './contract.ts';
import { FsObjectStore } from './fs-store.ts';
import { createObjectStore } from './index.ts';

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => e.name);
}

describeObjectStoreContract('fs', async () => {
  const root = await mkdtemp(join(tmpdir(), 'h5-fs-store-'));
  dirs.push(root);
  const store = new FsObjectStore(root);
  return {
    store,
    listKeys: async () => (await listFiles(root)).filter((n) => /^[0-9a-f]{64}$/.test(n)),
    listTemp: () => listFiles(store.tmpDir),
  };
});

describe('FsObjectStore layout', () => {
  it('shards objects as <root>/<aa>/<bb>/<hash>', async () => {
    const root = await mkdtemp(join(tmpdir(), 'h5-fs-store-'));
    dirs.push(root);
    const store = createObjectStore({ driver: 'fs', root });
    const { key } = await store.put(Buffer.from('layout'));
    expect(await readdir(join(root, key.slice(0, 2), key.slice(2, 4)))).toContain(key);
  });
});

describe('FsObjectStore.adoptFile', () => {
  it('moves a received file into place under the digest the receiver computed, once', async () => {
    const root = await mkdtemp(join(tmpdir(), 'h5-fs-store-'));
    dirs.push(root);
    const store = new FsObjectStore(root);
    const content = Buffer.from('执法记录仪视频');
    const key = createHash('sha256').update(content).digest('hex');
    const first = join(root, 'upload-1');
    const second = join(root, 'upload-2');
    await writeFile(first, content);
    await writeFile(second, content);
    expect(await store.adoptFile(first, key, { contentType: 'video/mp4' })).toEqual({
      key,
      size: content.length,
      contentType: 'video/mp4',
    });
    // The same content again: the object stays as it was, the second file is removed.
    expect(await store.adoptFile(second, key)).toEqual({
      key,
      size: content.length,
      contentType: 'video/mp4',
    });
    expect([existsSync(first), existsSync(second)]).toEqual([false, false]);
    expect(await readdir(join(root, key.slice(0, 2), key.slice(2, 4)))).toEqual([key, `${key}.meta.json`]);
  });
});
