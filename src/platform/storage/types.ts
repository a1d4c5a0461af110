// H5 Storage: the content-addressed ObjectStore contract shared by every driver.
import type { Readable } from 'node:stream';

export interface StoredObject {
  /** Lowercase hex SHA-256 of the content; doubles as the evidence integrity fingerprint. */
  key: string;
  size: number;
  contentType?: string;
}

export interface ByteRange {
  start: number;
  /** Inclusive, as in an HTTP Range header. */
  end: number;
}

export interface PutOptions {
  contentType?: string;
}

export interface ObjectStore {
  /** Same bytes always yield the same key; a repeated put keeps the first stored contentType. */
  put(data: Readable | Buffer, opts?: PutOptions): Promise<StoredObject>;
  /** The content, or the inclusive byte range `[start, end]` of it (HTTP range requests: playback). */
  get(key: string, range?: ByteRange): Promise<Readable>;
  stat(key: string): Promise<StoredObject | null>;
  has(key: string): Promise<boolean>;
  /** Idempotent: removing a missing object is not an error. */
  remove(key: string): Promise<void>;
  /**
   * Removes what interrupted writes left behind (a crash between receiving and storing a file), older
   * than `maxAgeMs` at `now`; the number removed. Stores that leave nothing behind need not offer it.
   */
  removeStaleTemporaryFiles?(now: Date, maxAgeMs?: number): Promise<number>;
  /**
   * Takes over a finished local file whose SHA-256 the caller computed while receiving it (a resumable
   * upload): moved into place when the store is on the same disk instead of being copied and hashed again;
   * the source is gone afterwards either way. Stores without it are given the file through `put`.
   */
  adoptFile?(path: string, sha256: string, opts?: PutOptions): Promise<StoredObject>;
}

export type StorageErrorCode = 'STORAGE_BAD_KEY' | 'STORAGE_NOT_FOUND';

export class StorageError extends Error {
  override name = 'StorageError';
  constructor(
    readonly code: StorageErrorCode,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

const KEY_RE = /^[0-9a-f]{64}$/;

// Keys end up in file paths and object names, so anything but a bare digest is an injection risk.
export function assertKey(key: string): void {
  if (typeof key !== 'string' || !KEY_RE.test(key)) {
    throw new StorageError(
      'STORAGE_BAD_KEY',
      `invalid object key: ${JSON.stringify(String(key)).slice(0, 80)}`,
    );
  }
}

export function notFound(key: string, cause?: unknown): StorageError {
  return new StorageError('STORAGE_NOT_FOUND', `object not found: ${key}`, { cause });
}
