// C6, C8 the tus data store of record uploads: @tus/server's FileStore under DATA_DIR/uploads, with
// SHA-256 and SM3 taken from the bytes as they stream to disk (never a whole file in memory) and the
// tus checksum extension (a chunk whose declared checksum does not match is cut off again, 460).
// The running digests live in this process; after a restart, or when another process took the earlier
// chunks, they are rebuilt by streaming the part already on disk once, then carried on.
import { createHash, getHashes, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { truncate } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline, Transform, Writable, type Readable } from 'node:stream';
import { pipeline as pipelineAsync } from 'node:stream/promises';
import { FileStore } from '@tus/file-store';
import { ThreadHash } from './thread-hash.ts';

/** The tus Upload-Checksum algorithms this server verifies (Tus-Checksum-Algorithm). */
export const CHECKSUM_ALGORITHMS = ['sha1', 'sha256', 'md5', 'sm3'].filter((a) => getHashes().includes(a));

export interface DeclaredChecksum {
  algorithm: string;
  /** The digest the client declared for the chunk, base64 as the extension says. */
  base64: string;
}

export interface Digests {
  sha256: string;
  sm3: string;
  size: number;
}

interface Running {
  offset: number;
  sha256: Hash;
  /** On a worker thread, in parallel with SHA-256 and the write (thread-hash.ts). */
  sm3: ThreadHash;
}

/** A tus error answer: @tus/server sends `status_code` and `body` as they are. */
export const tusError = (status_code: number, body: string) => ({ status_code, body });

/** Parses `Upload-Checksum: <algorithm> <base64>`; null when absent, an error answer when malformed. */
export function parseChecksumHeader(
  header: string | undefined,
): DeclaredChecksum | null | ReturnType<typeof tusError> {
  if (header === undefined) return null;
  const m = /^([a-z0-9-]+) ([A-Za-z0-9+/]+={0,2})$/.exec(header.trim());
  if (!m) return tusError(400, 'Upload-Checksum 格式应为 "<算法> <Base64 摘要>"\n');
  if (!CHECKSUM_ALGORITHMS.includes(m[1]!))
    return tusError(400, `不支持的校验算法 ${m[1]}（支持 ${CHECKSUM_ALGORITHMS.join(', ')}）\n`);
  return { algorithm: m[1]!, base64: m[2]! };
}

export class HashingFileStore extends FileStore {
  private readonly running = new Map<string, Running>();
  private readonly declared = new Map<string, DeclaredChecksum>();

  constructor(directory: string) {
    super({ directory });
    // creation-defer-length and expiration are left out: a record's size is known when it is announced.
    this.extensions = ['creation', 'creation-with-upload', 'termination', 'checksum'];
  }

  /** The upload's file; ids are tus ids this server named (UUIDs), checked again to stay inside. */
  pathOf(id: string): string {
    if (!/^[0-9a-f-]{36}$/.test(id)) throw new Error(`not an upload id: ${id.slice(0, 40)}`);
    return join(this.directory, id);
  }

  /** The checksum the client declared for the next chunk of `id` (the PATCH being handled). */
  expectChecksum(id: string, checksum: DeclaredChecksum | null): void {
    if (checksum) this.declared.set(id, checksum);
    else this.declared.delete(id);
  }

  override async write(readable: Readable, id: string, offset: number): Promise<number> {
    const state = await this.stateAt(id, offset);
    const declared = this.declared.get(id);
    this.declared.delete(id);
    const before = { sha256: state.sha256.copy(), sm3: state.sm3.copy() };
    const chunkHash = declared ? createHash(declared.algorithm) : null;
    let received = 0;
    const tap = new Transform({
      transform(chunk: Buffer, _enc, cb) {
        state.sha256.update(chunk);
        state.sm3.update(chunk);
        chunkHash?.update(chunk);
        received += chunk.length;
        if (ThreadHash.busy) void ThreadHash.drained().then(() => cb(null, chunk));
        else cb(null, chunk);
      },
    });
    let newOffset: number;
    try {
      newOffset = await super.write(
        pipeline(readable, tap, () => undefined),
        id,
        offset,
      );
    } catch (e) {
      // How much of what was hashed reached the disk is unknown: the next chunk rebuilds from the file.
      this.forgetState(id);
      before.sm3.dispose();
      throw e;
    }
    if (newOffset !== offset + received) {
      this.forgetState(id);
      before.sm3.dispose();
      return newOffset;
    }
    if (chunkHash && chunkHash.digest('base64') !== declared!.base64) {
      await truncate(this.pathOf(id), offset);
      state.sm3.dispose();
      this.running.set(id, { offset, ...before });
      throw tusError(460, 'Checksum Mismatch：本段数据与声明的校验值不符，已丢弃，请重新发送\n');
    }
    before.sm3.dispose();
    state.offset = newOffset;
    return newOffset;
  }

  /** SHA-256 and SM3 of the whole upload once complete (rebuilt from disk if this process lacks them). */
  async digests(id: string, size: number): Promise<Digests> {
    const state = await this.stateAt(id, size);
    return { sha256: state.sha256.copy().digest('hex'), sm3: await state.sm3.copy().digest(), size };
  }

  /** Forgets an upload's running digests (it was registered, refused or terminated). */
  forget(id: string): void {
    this.forgetState(id);
    this.declared.delete(id);
  }

  private forgetState(id: string): void {
    this.running.get(id)?.sm3.dispose();
    this.running.delete(id);
  }

  /** Removes the upload's file (if still there) and its tus description. */
  async discard(id: string): Promise<void> {
    this.forget(id);
    await this.remove(id).catch(() => this.configstore.delete(id));
  }

  private async stateAt(id: string, offset: number): Promise<Running> {
    const known = this.running.get(id);
    if (known && known.offset === offset) return known;
    this.forgetState(id);
    const state: Running = { offset, sha256: createHash('sha256'), sm3: new ThreadHash('sm3') };
    if (offset > 0) {
      await pipelineAsync(
        createReadStream(this.pathOf(id), { start: 0, end: offset - 1 }),
        new Writable({
          write(chunk: Buffer, _enc, cb) {
            state.sha256.update(chunk);
            state.sm3.update(chunk);
            if (ThreadHash.busy) void ThreadHash.drained().then(() => cb());
            else cb();
          },
        }),
      );
    }
    this.running.set(id, state);
    return state;
  }
}

// FileStore's constructor makes its directory with an asynchronous call whose failure is thrown out of band
// (an uncaught exception, e.g. when DATA_DIR was removed meanwhile). The method is private to its types,
// so it is replaced here at run time: `create` already makes the directory when an upload first needs it.
Object.defineProperty(HashingFileStore.prototype, 'checkOrCreateDirectory', { value: () => undefined });
