// C6 with STORAGE_DRIVER=s3: an upload is staged in DATA_DIR/uploads, streamed into the S3 object store
// under its SHA-256 when complete (nothing left behind on disk), and played back with ranges from there.
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../helpers/app.ts';
import { demoIds, loginFrom } from '../support.ts';
import { caseInput, createCase } from '../cases/case-helpers.ts';
import { details, makeClip, meta, TusHttp } from './tus-client.ts';

interface S3rverInstance {
  run(): Promise<{ port: number }>;
  close(): Promise<void>;
}
const S3rver = createRequire(import.meta.url)('s3rver') as new (
  opts: Record<string, unknown>,
) => S3rverInstance;

describe('records on the S3 object store', () => {
  let s3: S3rverInstance;
  let s3Dir: string;
  let t: TestApp;
  let officer1: Client;
  let caseId: string;
  let base: string;

  beforeAll(async () => {
    s3Dir = await mkdtemp(join(tmpdir(), 'sx-records-s3-'));
    s3 = new S3rver({
      address: '127.0.0.1',
      port: 0,
      silent: true,
      directory: s3Dir,
      configureBuckets: [{ name: 'av' }],
    });
    const { port } = await s3.run();
    t = await createTestApp({
      STORAGE_DRIVER: 's3',
      S3_ENDPOINT: `http://127.0.0.1:${port}`,
      S3_BUCKET: 'av',
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
    });
    officer1 = await loginFrom(t, 'officer1');
    caseId = (await createCase(officer1, caseInput(await demoIds(t)))).id;
    base = await t.app.listen({ port: 0, host: '127.0.0.1' });
  }, 60_000);
  afterAll(async () => {
    await t?.close();
    await s3?.close();
    await rm(s3Dir, { recursive: true, force: true });
  });

  it('registers an upload into S3 and plays a range of it', async () => {
    const clip = makeClip(2);
    const tus = TusHttp.of(base, officer1);
    const location = (await tus.create(clip.length, meta(details(caseId)))).headers.location as string;
    const half = Math.floor(clip.length / 2);
    expect((await tus.patch(location, 0, clip.subarray(0, half))).status).toBe(204);
    const done = await tus.patch(location, half, clip.subarray(half));
    expect(done.status, done.body).toBe(204);
    expect(await readdir(t.config.uploadDir)).toEqual([]);
    const sha256 = createHash('sha256').update(clip).digest('hex');
    expect(await t.services.store.has(sha256)).toBe(true);
    const part = await officer1.request({
      method: 'GET',
      url: `/api/v1/cases/${caseId}/records/1/file`,
      headers: { range: 'bytes=10-2009' },
    });
    expect(part.statusCode).toBe(206);
    expect(part.rawPayload.equals(clip.subarray(10, 2010))).toBe(true);
  }, 60_000);
});
