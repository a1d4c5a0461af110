// H5 Storage: behavioural contract every ObjectStore driver must pass (shared by the driver test files).
import { createHash, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { ObjectStore } from './types.ts';

export interface StoreFixture {
  store: ObjectStore;
  /** Content keys physically present, so dedup and failure tests can look past the public API. */
  listKeys: () => Promise<string[]>;
  /** Leftover in-flight uploads; must be empty whenever no put is running. */
  listTemp: () => Promise<string[]>;
}

const sha256 = (b: Buffer): string => createHash('sha256').update(b).digest('hex');
const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export function describeObjectStoreContract(name: string, makeFixture: () => Promise<StoreFixture>): void {
  describe(`ObjectStore contract: ${name}`, () => {
    it('round-trips exact bytes under their sha256, with size and content type', async () => {
      const { store } = await makeFixture();
      const data = randomBytes(4096);
      const put = await store.put(data, { contentType: 'application/pdf' });
      expect(put).toEqual({ key: sha256(data), size: 4096, contentType: 'application/pdf' });
      expect((await readAll(await store.get(put.key))).equals(data)).toBe(true);
      expect(await store.stat(put.key)).toEqual(put);
      expect(await store.has(put.key)).toBe(true);
    });

    it('accepts a Readable as well as a Buffer', async () => {
      const { store } = await makeFixture();
      const parts = [Buffer.from('执法'), Buffer.from('记录')];
      const put = await store.put(Readable.from(parts));
      expect(put.key).toBe(sha256(Buffer.concat(parts)));
      expect((await readAll(await store.get(put.key))).toString()).toBe('执法记录');
    });

    it('dedups identical content into one object, keeping the first content type', async () => {
      const { store, listKeys, listTemp } = await makeFixture();
      const data = Buffer.from('same evidence twice');
      const a = await store.put(data, { contentType: 'text/plain' });
      const b = await store.put(Readable.from([data]), { contentType: 'application/octet-stream' });
      expect(b.key).toBe(a.key);
      expect(b.contentType).toBe('text/plain');
      expect(await listKeys()).toEqual([a.key]);
      expect(await listTemp()).toEqual([]);
    });

    it('streams a 20 MB input generated on the fly', async () => {
      const { store, listTemp } = await makeFixture();
      const expected = createHash('sha256');
      async function* generate(): AsyncGenerator<Buffer> {
        for (let i = 0; i < 20; i++) {
          const chunk = randomBytes(1024 * 1024);
          expected.update(chunk);
          yield chunk;
        }
      }
      const put = await store.put(Readable.from(generate()), { contentType: 'video/mp4' });
      expect(put.key).toBe(expected.digest('hex'));
      expect(put.size).toBe(20 * 1024 * 1024);
      const readBack = createHash('sha256');
      for await (const chunk of await store.get(put.key)) readBack.update(chunk as Buffer);
      expect(readBack.digest('hex')).toBe(put.key);
      expect(await listTemp()).toEqual([]);
    });

    it('reads an inclusive byte range', async () => {
      const { store } = await makeFixture();
      const data = randomBytes(10_000);
      const { key } = await store.put(data);
      expect(
        (await readAll(await store.get(key, { start: 100, end: 199 }))).equals(data.subarray(100, 200)),
      ).toBe(true);
      expect(
        (await readAll(await store.get(key, { start: 9_999, end: 9_999 }))).equals(data.subarray(9_999)),
      ).toBe(true);
    });

    it('stores empty content', async () => {
      const { store } = await makeFixture();
      const put = await store.put(Buffer.alloc(0));
      expect(put).toMatchObject({ key: EMPTY_SHA256, size: 0 });
      expect((await readAll(await store.get(EMPTY_SHA256))).length).toBe(0);
      expect(await store.put(Readable.from([]))).toMatchObject({ key: EMPTY_SHA256, size: 0 });
    });

    it('reports missing objects', async () => {
      const { store } = await makeFixture();
      const missing = sha256(Buffer.from('never stored'));
      expect(await store.stat(missing)).toBeNull();
      expect(await store.has(missing)).toBe(false);
      await expect(store.get(missing)).rejects.toMatchObject({ code: 'STORAGE_NOT_FOUND' });
      await expect(store.remove(missing)).resolves.toBeUndefined();
    });

    it('removes objects', async () => {
      const { store, listKeys } = await makeFixture();
      const { key } = await store.put(Buffer.from('to be removed'), { contentType: 'text/plain' });
      await store.remove(key);
      expect(await store.has(key)).toBe(false);
      expect(await listKeys()).toEqual([]);
    });

    it.each([
      ['path traversal', '../../etc/passwd'],
      ['uppercase', EMPTY_SHA256.toUpperCase()],
      ['short', 'abc123'],
      ['too long', EMPTY_SHA256 + '0'],
      ['empty', ''],
      ['traversal padded to 64', '../'.repeat(21) + 'x'],
    ])('rejects a bad key (%s)', async (_label, key) => {
      const { store } = await makeFixture();
      const ops = [
        () => store.get(key),
        () => store.stat(key),
        () => store.has(key),
        () => store.remove(key),
      ];
      for (const op of ops) {
        await expect(op()).rejects.toMatchObject({ name: 'StorageError', code: 'STORAGE_BAD_KEY' });
      }
    });

    it('leaves no object and no temp data when the input stream fails midway', async () => {
      const { store, listKeys, listTemp } = await makeFixture();
      // Past 5 MiB so the S3 driver is already in multipart mode when the source dies.
      const first = randomBytes(6 * 1024 * 1024);
      async function* failing(): AsyncGenerator<Buffer> {
        yield first.subarray(0, 3 * 1024 * 1024);
        yield first.subarray(3 * 1024 * 1024);
        throw new Error('camera disconnected');
      }
      await expect(store.put(Readable.from(failing()))).rejects.toThrow('camera disconnected');
      expect(await store.has(sha256(first))).toBe(false);
      expect(await listKeys()).toEqual([]);
      expect(await listTemp()).toEqual([]);
    });

    it('lets concurrent identical puts all succeed', async () => {
      const { store, listKeys, listTemp } = await makeFixture();
      const data = randomBytes(512 * 1024);
      const results = await Promise.all(
        Array.from({ length: 6 }, (_, i) => store.put(i % 2 ? data : Readable.from([data]))),
      );
      expect(new Set(results.map((r) => r.key))).toEqual(new Set([sha256(data)]));
      expect(await listKeys()).toEqual([sha256(data)]);
      expect(await listTemp()).toEqual([]);
      // Buffer.equals: deep-equality matchers crawl large buffers byte by byte.
      expect((await readAll(await store.get(sha256(data)))).equals(data)).toBe(true);
    });
  });
}
