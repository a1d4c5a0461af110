// H5 Storage: local-disk ObjectStore (<root>/<aa>/<bb>/<sha256>), for single-node and offline deployments.
import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, open, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { hashStream } from './hashing.ts';
import {
  assertKey,
  notFound,
  type ByteRange,
  type ObjectStore,
  type PutOptions,
  type StoredObject,
} from './types.ts';

// Content type lives in a sidecar because the object file itself must be exactly the hashed bytes.
const META_SUFFIX = '.meta.json';

function isNotFound(err: unknown): boolean {
  return (err as NodeJS.ErrnoException | null)?.code === 'ENOENT';
}

export class FsObjectStore implements ObjectStore {
  readonly root: string;
  // Temp files share the root's filesystem so the final rename is atomic.
  readonly tmpDir: string;

  constructor(root: string) {
    this.root = resolve(root);
    this.tmpDir = join(this.root, 'tmp');
  }

  /**
   * Temp files are renamed into place or removed by the write that made them; one that is left is from a
   * process that died mid-write. A day is far beyond any write in progress, from this process or another
   * sharing the directory.
   */
  async removeStaleTemporaryFiles(now: Date, maxAgeMs = 24 * 60 * 60 * 1000): Promise<number> {
    let names: string[];
    try {
      names = await readdir(this.tmpDir);
    } catch (err) {
      if (isNotFound(err)) return 0;
      throw err;
    }
    let removed = 0;
    for (const name of names) {
      const file = join(this.tmpDir, name);
      const info = await stat(file).catch(() => null);
      if (!info?.isFile() || now.getTime() - info.mtimeMs <= maxAgeMs) continue;
      await rm(file, { force: true });
      removed++;
    }
    return removed;
  }

  pathOf(key: string): string {
    assertKey(key);
    return join(this.root, key.slice(0, 2), key.slice(2, 4), key);
  }

  async put(data: Readable | Buffer, opts: PutOptions = {}): Promise<StoredObject> {
    await mkdir(this.tmpDir, { recursive: true });
    const tmp = join(this.tmpDir, randomUUID());
    const hashed = hashStream(data);
    try {
      await pipeline(hashed.stream, createWriteStream(tmp, { flags: 'wx' }));
      const { key, size } = hashed.result();
      const final = this.pathOf(key);
      const existing = await this.stat(key);
      if (existing) return existing;
      await mkdir(dirname(final), { recursive: true });
      // Meta goes first so a visible object never lacks its content type.
      if (opts.contentType) await this.writeMeta(final, opts.contentType);
      try {
        await rename(tmp, final);
      } catch (err) {
        // A concurrent put of the same bytes may win the race (Windows refuses to rename over it).
        if (!(await this.stat(key))) throw err;
      }
      return { key, size, ...(opts.contentType ? { contentType: opts.contentType } : {}) };
    } finally {
      await rm(tmp, { force: true });
    }
  }

  async get(key: string, range?: ByteRange): Promise<Readable> {
    const path = this.pathOf(key);
    try {
      // Opening eagerly turns a missing object into a rejected promise instead of a later stream error.
      const handle = await open(path, 'r');
      return handle.createReadStream(range ? { start: range.start, end: range.end } : {});
    } catch (err) {
      if (isNotFound(err)) throw notFound(key, err);
      throw err;
    }
  }

  async adoptFile(source: string, sha256: string, opts: PutOptions = {}): Promise<StoredObject> {
    const final = this.pathOf(sha256);
    try {
      const existing = await this.stat(sha256);
      if (existing) return existing;
      const { size } = await stat(source);
      await mkdir(dirname(final), { recursive: true });
      await mkdir(this.tmpDir, { recursive: true });
      if (opts.contentType) await this.writeMeta(final, opts.contentType);
      const moved = await rename(source, final).then(
        () => true,
        (err: NodeJS.ErrnoException) => {
          if (err.code !== 'EXDEV') throw err;
          return false;
        },
      );
      if (!moved) {
        // Another filesystem: copied through put, which hashes again and must agree.
        const put = await this.put(createReadStream(source), opts);
        if (put.key !== sha256) throw new Error(`adopted file is not ${sha256} but ${put.key}`);
      }
      return { key: sha256, size, ...(opts.contentType ? { contentType: opts.contentType } : {}) };
    } finally {
      await rm(source, { force: true });
    }
  }

  async stat(key: string): Promise<StoredObject | null> {
    const path = this.pathOf(key);
    try {
      const { size } = await stat(path);
      const contentType = await this.readMeta(path);
      return { key, size, ...(contentType ? { contentType } : {}) };
    } catch (err) {
      if (isNotFound(err)) return null;
      throw err;
    }
  }

  async has(key: string): Promise<boolean> {
    return (await this.stat(key)) !== null;
  }

  async remove(key: string): Promise<void> {
    const path = this.pathOf(key);
    await rm(path, { force: true });
    await rm(path + META_SUFFIX, { force: true });
  }

  private async writeMeta(final: string, contentType: string): Promise<void> {
    const tmp = join(this.tmpDir, `${randomUUID()}${META_SUFFIX}`);
    try {
      await writeFile(tmp, JSON.stringify({ contentType }));
      await rename(tmp, final + META_SUFFIX);
    } finally {
      await rm(tmp, { force: true });
    }
  }

  private async readMeta(final: string): Promise<string | undefined> {
    try {
      const meta = JSON.parse(await readFile(final + META_SUFFIX, 'utf8')) as { contentType?: unknown };
      return typeof meta.contentType === 'string' ? meta.contentType : undefined;
    } catch (err) {
      if (isNotFound(err)) return undefined;
      throw err;
    }
  }
}
