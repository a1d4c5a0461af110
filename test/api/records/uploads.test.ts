// C6 over real HTTP with the tus 1.0.0 protocol: an upload dropped at several offsets resumes from the
// offset the server reports and ends as one record whose SHA-256 and SM3 are those of the whole file;
// a chunk with a wrong declared checksum is refused (460) and cut off; an empty file, a file that is not
// what its type says and a file that differs from the device's own hash are refused with nothing
// registered; the same content twice is stored once and registered twice; only the uploader may
// continue an upload; playback answers ranges byte for byte and every view is on the ledger.
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../helpers/app.ts';
import { demoIds, loginFrom, sql, type DemoIds } from '../support.ts';
import { caseInput, createCase } from '../cases/case-helpers.ts';
import { details, makeClip, meta, TusHttp } from './tus-client.ts';

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const sm3 = (b: Buffer) => createHash('sm3').update(b).digest('hex');
const b64 = (alg: string, b: Buffer) => createHash(alg).update(b).digest('base64');

describe('record uploads (tus)', () => {
  let t: TestApp;
  let ids: DemoIds;
  let base: string;
  let officer1: Client;
  let caseId: string;
  let clip: Buffer;
  let big: Buffer;

  beforeAll(async () => {
    t = await createTestApp();
    ids = await demoIds(t);
    officer1 = await loginFrom(t, 'officer1');
    caseId = (await createCase(officer1, caseInput(ids))).id;
    clip = makeClip(2);
    big = makeClip(3, { noise: true });
    base = await t.app.listen({ port: 0, host: '127.0.0.1' });
  }, 60_000);
  afterAll(() => t.close());

  const tus = (c: Client = officer1) => TusHttp.of(base, c);

  async function createUpload(file: Buffer, over: Record<string, string> = {}, c: Client = officer1) {
    const res = await tus(c).create(file.length, meta(details(caseId, over)));
    expect(res.status, res.body).toBe(201);
    return res.headers.location as string;
  }

  async function records() {
    const res = await officer1.get(`/api/v1/cases/${caseId}/records`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as {
      records: {
        seq: number;
        sha256: string;
        sm3: string;
        size: number;
        media: { durationSeconds: number; videoCodec: string };
        hasPoster: boolean;
      }[];
      flags: { code: string }[];
    };
  }

  it('resumes after the connection drops at several offsets and registers the whole file once', async () => {
    const location = await createUpload(big);
    expect(location).toMatch(/^\/api\/v1\/uploads\/[0-9a-f-]{36}$/);
    const drops = [64 * 1024, Math.floor(big.length / 3), Math.floor(big.length / 2) + 7];
    let offset = 0;
    for (const at of drops) {
      await tus().patch(location, offset, big.subarray(offset), { cutAfter: at - offset });
      // The server keeps what reached it before the drop, however much that was (a busy server may not
      // have read all of it): the offset it reports settles, and the client continues from there.
      let now = -1;
      for (let seen = -2; now !== seen;) {
        seen = now;
        await new Promise((r) => setTimeout(r, 400));
        const head = await tus().head(location);
        expect(head.status).toBe(200);
        now = Number(head.headers['upload-offset']);
      }
      expect(now).toBeGreaterThanOrEqual(offset);
      expect(now).toBeLessThanOrEqual(at);
      offset = now;
    }
    expect(offset).toBeGreaterThan(0);
    const last = await tus().patch(location, offset, big.subarray(offset));
    expect(last.status, last.body).toBe(204);
    expect(last.headers['upload-offset']).toBe(String(big.length));
    expect(last.headers['sanxiang-record-seq']).toBeDefined();
    const list = await records();
    const rec = list.records.find((r) => r.sha256 === sha256(big))!;
    expect(rec).toMatchObject({ size: big.length, sm3: sm3(big), hasPoster: true });
    expect(rec.media.videoCodec).toBe('vp8');
    expect(rec.media.durationSeconds).toBeGreaterThan(2.5);
    // A client resuming the finished upload learns it is complete; it cannot be continued or deleted.
    const head = await tus().head(location);
    expect([head.status, head.headers['upload-offset']]).toEqual([200, String(big.length)]);
    expect((await tus().patch(location, big.length, Buffer.from('x'))).status).toBe(409);
    expect((await tus().send('DELETE', location, {})).status).toBe(409);
    const [entry] = await sql<{ payload: string }>(
      t,
      `select payload from ledger_entries where action = 'record.registered' order by seq desc limit 1`,
    );
    expect(JSON.parse(entry!.payload)).toMatchObject({ sha256: sha256(big), sm3: sm3(big), important: true });
  });

  it('refuses a chunk whose declared checksum is wrong (460) and keeps the offset; accepts it with the right one', async () => {
    const location = await createUpload(clip);
    const half = Math.floor(clip.length / 2);
    const wrong = await tus().patch(location, 0, clip.subarray(0, half), {
      checksum: `sha1 ${b64('sha1', Buffer.from('something else'))}`,
    });
    expect(wrong.status).toBe(460);
    expect((await tus().head(location)).headers['upload-offset']).toBe('0');
    const bad = await tus().patch(location, 0, clip.subarray(0, half), { checksum: 'crc99 AAAA' });
    expect(bad.status).toBe(400);
    const right = await tus().patch(location, 0, clip.subarray(0, half), {
      checksum: `sm3 ${b64('sm3', clip.subarray(0, half))}`,
    });
    expect([right.status, right.headers['upload-offset']]).toEqual([204, String(half)]);
    const done = await tus().patch(location, half, clip.subarray(half), {
      checksum: `sha256 ${b64('sha256', clip.subarray(half))}`,
    });
    expect(done.status, done.body).toBe(204);
    expect((await records()).records.some((r) => r.sha256 === sha256(clip))).toBe(true);
  });

  it('stores the same content once and registers it twice', async () => {
    const before = (await records()).records.filter((r) => r.sha256 === sha256(clip)).length;
    for (let i = 0; i < 2; i++) {
      const location = await createUpload(clip, { filename: `重复_${i}.webm` });
      expect((await tus().patch(location, 0, clip)).status).toBe(204);
    }
    const same = (await records()).records.filter((r) => r.sha256 === sha256(clip));
    expect(same.length).toBe(before + 2);
    const key = sha256(clip);
    const objects = join(t.config.dataDir, 'objects', key.slice(0, 2), key.slice(2, 4));
    expect(readdirSync(objects).filter((n) => n === key)).toEqual([key]);
  });

  it('refuses an empty file before anything is stored', async () => {
    const res = await tus().create(0, meta(details(caseId)));
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toMatchObject({ details: { field: 'Upload-Length' } });
  });

  it('refuses a file that is not what its type says, and one the device hash disowns; nothing is registered', async () => {
    const count = (await records()).records.length;
    const page = Buffer.from('<html><body>不是视频</body></html>');
    const loc = await createUpload(page, { filename: 'fake.webm' });
    const res = await tus().patch(loc, 0, page);
    expect(res.status).toBe(422);
    expect(JSON.parse(res.body).message).toContain('不是可识别的录像');
    const photoAsVideo = makeClip(1);
    const loc2 = await createUpload(photoAsVideo, { kind: 'audio', filetype: 'audio/webm' });
    const res2 = await tus().patch(loc2, 0, photoAsVideo);
    expect(res2.status).toBe(422);
    expect(JSON.parse(res2.body).message).toContain('文件内容是录像，与声明的录音不符');
    const loc3 = await createUpload(clip, { deviceHash: `sha256:${'0'.repeat(64)}` });
    const res3 = await tus().patch(loc3, 0, clip);
    expect(res3.status).toBe(422);
    expect(JSON.parse(res3.body).message).toContain('SHA256 哈希不符');
    expect((await records()).records.length).toBe(count);
    const ok = await createUpload(clip, { deviceHash: `sm3:${sm3(clip)}` });
    expect((await tus().patch(ok, 0, clip)).status).toBe(204);
    expect((await records()).records.length).toBe(count + 1);
  });

  it('refuses bad details with the field named', async () => {
    const bad = await tus().create(clip.length, meta(details(caseId, { startedAt: '昨天' })));
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).details.field).toBe('startedAt');
    const unknown = await tus().create(clip.length, meta({ ...details(caseId), colour: 'red' }));
    expect([unknown.status, JSON.parse(unknown.body).details.field]).toEqual([400, 'colour']);
    const late = await tus().create(clip.length, meta(details(caseId, { lateReason: '设备故障' })));
    expect([late.status, JSON.parse(late.body).details.field]).toEqual([400, 'lateApprovedBy']);
  });

  it('plays with range requests, byte for byte, and puts each view on the ledger', async () => {
    const rec = (await records()).records.find((r) => r.sha256 === sha256(big))!;
    const url = `/api/v1/cases/${caseId}/records/${rec.seq}/file`;
    const views = async () =>
      Number(
        (
          await sql<{ n: number }>(
            t,
            `select count(*)::int n from ledger_entries where action = 'record.viewed'`,
          )
        )[0]!.n,
      );
    const before = await views();
    const whole = await officer1.get(url);
    expect(whole.statusCode).toBe(200);
    expect(whole.headers['accept-ranges']).toBe('bytes');
    expect(sha256(whole.rawPayload)).toBe(rec.sha256);
    const part = await officer1.request({ method: 'GET', url, headers: { range: 'bytes=100-1099' } });
    expect(part.statusCode).toBe(206);
    expect(part.headers['content-range']).toBe(`bytes 100-1099/${rec.size}`);
    expect(part.rawPayload.equals(big.subarray(100, 1100))).toBe(true);
    const tail = await officer1.request({ method: 'GET', url, headers: { range: 'bytes=-10' } });
    expect(tail.rawPayload.equals(big.subarray(big.length - 10))).toBe(true);
    const beyond = await officer1.request({ method: 'GET', url, headers: { range: `bytes=${rec.size}-` } });
    expect([beyond.statusCode, beyond.headers['content-range']]).toEqual([416, `bytes */${rec.size}`]);
    const start = await officer1.request({ method: 'GET', url, headers: { range: 'bytes=0-' } });
    expect(start.statusCode).toBe(206);
    // The whole file and the range from 0 are views; the player's later ranges continue them.
    expect(await views()).toBe(before + 2);
    const poster = await officer1.get(`/api/v1/cases/${caseId}/records/${rec.seq}/poster`);
    expect([poster.statusCode, poster.rawPayload.subarray(0, 3).toString('hex')]).toEqual([200, 'ffd8ff']);
  });
});
