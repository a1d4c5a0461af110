// H5 Storage: S3-compatible ObjectStore (MinIO, OSS, COS, AWS) keyed by <prefix><sha256>.
import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import {
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { hashStream } from './hashing.ts';
import {
  assertKey,
  notFound,
  type ByteRange,
  type ObjectStore,
  type PutOptions,
  type StoredObject,
} from './types.ts';

export interface S3StoreConfig {
  endpoint?: string;
  region: string;
  bucket: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  /** Prepended verbatim, so include the trailing slash if you want a "folder". */
  prefix?: string;
  /** Defaults to true: most self-hosted S3 clones do not resolve bucket subdomains. */
  forcePathStyle?: boolean;
}

function isMissing(err: unknown): boolean {
  const e = err as { name?: string; $metadata?: { httpStatusCode?: number } } | null;
  return e?.name === 'NoSuchKey' || e?.name === 'NotFound' || e?.$metadata?.httpStatusCode === 404;
}

export class S3ObjectStore implements ObjectStore {
  readonly client: S3Client;
  readonly bucket: string;
  readonly prefix: string;

  constructor(config: S3StoreConfig) {
    this.bucket = config.bucket;
    this.prefix = config.prefix ?? '';
    const { accessKeyId, secretAccessKey } = config;
    this.client = new S3Client({
      region: config.region,
      forcePathStyle: config.forcePathStyle ?? true,
      ...(config.endpoint ? { endpoint: config.endpoint } : {}),
      ...(accessKeyId && secretAccessKey ? { credentials: { accessKeyId, secretAccessKey } } : {}),
      // Newer SDK defaults send CRC checksum headers that many S3 clones reject or mis-verify.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  objectKey(key: string): string {
    assertKey(key);
    return this.prefix + key;
  }

  /** Where in-flight uploads live; a bucket lifecycle rule on it reaps leftovers from crashed processes. */
  get tempPrefix(): string {
    return `${this.prefix}tmp/`;
  }

  async put(data: Readable | Buffer, opts: PutOptions = {}): Promise<StoredObject> {
    // The key is unknown until the last byte, so upload under a temp name and copy into place.
    const tmpKey = this.tempPrefix + randomUUID();
    const hashed = hashStream(data);
    try {
      await new Upload({
        client: this.client,
        params: {
          Bucket: this.bucket,
          Key: tmpKey,
          Body: hashed.stream,
          ...(opts.contentType ? { ContentType: opts.contentType } : {}),
        },
      }).done();
      const { key, size } = hashed.result();
      const existing = await this.stat(key);
      if (existing) return existing;
      // Single-request copy caps at 5 GiB; larger media would need UploadPartCopy.
      await this.client
        .send(
          new CopyObjectCommand({
            Bucket: this.bucket,
            Key: this.objectKey(key),
            CopySource: encodeURI(`${this.bucket}/${tmpKey}`),
            MetadataDirective: 'COPY',
          }),
        )
        .catch(async (copyError: unknown) => {
          // A concurrent put of the same bytes may win the copy and make ours fail (some S3 servers answer
          // InternalError). The key is the content's hash, so an object now at the key is this one.
          if (!(await this.stat(key).catch(() => null))) throw copyError;
        });
      return { key, size, ...(opts.contentType ? { contentType: opts.contentType } : {}) };
    } catch (err) {
      // lib-storage reports a failed multipart abort instead of the cause; the source's own error is the useful one.
      const cause = hashed.failure() ?? err;
      // Release the caller's source (e.g. an incoming request) if the upload died before draining it.
      hashed.stream.destroy();
      throw cause;
    } finally {
      // Best effort: a failed cleanup must not mask the upload outcome, and lifecycle rules catch strays.
      await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: tmpKey })).catch(() => {});
    }
  }

  async get(key: string, range?: ByteRange): Promise<Readable> {
    const Key = this.objectKey(key);
    try {
      const Range = range ? `bytes=${range.start}-${range.end}` : undefined;
      const res = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key, Range }));
      return res.Body as Readable;
    } catch (err) {
      if (isMissing(err)) throw notFound(key, err);
      throw err;
    }
  }

  async stat(key: string): Promise<StoredObject | null> {
    const Key = this.objectKey(key);
    try {
      const res = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key }));
      return {
        key,
        size: res.ContentLength ?? 0,
        ...(res.ContentType ? { contentType: res.ContentType } : {}),
      };
    } catch (err) {
      if (isMissing(err)) return null;
      throw err;
    }
  }

  async has(key: string): Promise<boolean> {
    return (await this.stat(key)) !== null;
  }

  async remove(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }));
  }
}
