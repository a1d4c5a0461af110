// H5 Storage: runs the ObjectStore contract against the S3 driver, backed by an in-process s3rver.
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { afterAll, beforeAll } from 'vitest';
import { describeObjectStoreContract } from './contract.ts';
import { createObjectStore } from './index.ts';
import type { S3ObjectStore } from './s3-store.ts';

// s3rver is CommonJS without type declarations; describe just what the tests touch.
interface S3rverInstance {
  run(): Promise<{ port: number }>;
  close(): Promise<void>;
}
type S3rverCtor = new (opts: Record<string, unknown>) => S3rverInstance;
const S3rver = createRequire(import.meta.url)('s3rver') as S3rverCtor;

const BUCKET = 'evidence';
let server: S3rverInstance;
let endpoint = '';
let dataDir = '';

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'h5-s3rver-'));
  server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: dataDir,
    configureBuckets: [{ name: BUCKET }],
  });
  const { port } = await server.run();
  endpoint = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  await server?.close();
  await rm(dataDir, { recursive: true, force: true });
});

describeObjectStoreContract('s3', async () => {
  // A fresh prefix per test keeps listings isolated without restarting the server.
  const prefix = `t-${randomUUID()}/`;
  const store = createObjectStore({
    driver: 's3',
    endpoint,
    region: 'us-east-1',
    bucket: BUCKET,
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
    prefix,
  }) as S3ObjectStore;
  const list = async (p: string): Promise<string[]> => {
    const res = await store.client.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: p }));
    return (res.Contents ?? []).map((o) => o.Key!.slice(p.length));
  };
  return {
    store,
    listKeys: async () => (await list(prefix)).filter((k) => !k.startsWith('tmp/')),
    listTemp: () => list(store.tempPrefix),
  };
});
