// C6 an upload survives a server restart (the tus description and the bytes are under DATA_DIR, the
// announcement in the database; the running SHA-256 and SM3 are rebuilt from the bytes on disk), and a
// file of a few hundred MB goes through with the process's memory flat: nothing holds the whole file.
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../helpers/app.ts';
import { demoIds, loginFrom, sql } from '../support.ts';
import { caseInput, createCase } from '../cases/case-helpers.ts';
import { details, makeClip, meta, TusHttp } from './tus-client.ts';

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const sm3 = (b: Buffer) => createHash('sm3').update(b).digest('hex');
const MIB = 1024 * 1024;

describe('record uploads across a restart, and memory', () => {
  let t: TestApp;
  let base: string;
  let officer1: Client;
  let caseId: string;

  beforeAll(async () => {
    t = await createTestApp({}, { onDisk: true });
    const ids = await demoIds(t);
    officer1 = await loginFrom(t, 'officer1');
    caseId = (await createCase(officer1, caseInput(ids))).id;
    base = await t.app.listen({ port: 0, host: '127.0.0.1' });
  }, 60_000);
  afterAll(() => t.close());

  it('resumes after the server restarts and registers the right fingerprints', async () => {
    const clip = makeClip(2, { noise: true });
    const tus = TusHttp.of(base, officer1);
    const location = (await tus.create(clip.length, meta(details(caseId)))).headers.location as string;
    const third = Math.floor(clip.length / 3);
    expect((await tus.patch(location, 0, clip.subarray(0, third))).status).toBe(204);
    await t.restart(async () => undefined);
    base = await t.app.listen({ port: 0, host: '127.0.0.1' });
    officer1 = await loginFrom(t, 'officer1');
    const again = TusHttp.of(base, officer1);
    const head = await again.head(location);
    expect([head.status, head.headers['upload-offset']]).toEqual([200, String(third)]);
    const done = await again.patch(location, third, clip.subarray(third));
    expect(done.status, done.body).toBe(204);
    const [row] = await sql<{ sha256: string; sm3: string; size: string }>(
      t,
      'select sha256, sm3, size::text from av_records where case_id = $1',
      [caseId],
    );
    expect(row).toEqual({ sha256: sha256(clip), sm3: sm3(clip), size: String(clip.length) });
  }, 60_000);

  it('keeps memory flat for a 300 MB upload (hashes as it streams)', async () => {
    const size = 300 * MIB;
    const tus = TusHttp.of(base, officer1);
    // A playable clip first, then filler, so the probe reads a video: the bytes are what matters here.
    const head = makeClip(1);
    const location = (await tus.create(size, meta(details(caseId, { filename: '大文件.webm' })))).headers
      .location as string;
    const block = Buffer.alloc(MIB, 7);
    const expected = createHash('sha256');
    function* body() {
      let sent = 0;
      while (sent < size) {
        const chunk = sent === 0 ? head : block.subarray(0, Math.min(MIB, size - sent));
        expected.update(chunk);
        sent += chunk.length;
        yield chunk;
      }
    }
    global.gc?.();
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        `${base}${location}`,
        {
          method: 'PATCH',
          headers: {
            'tus-resumable': '1.0.0',
            cookie: officer1.cookie!,
            'x-csrf-token': officer1.csrf!,
            'content-type': 'application/offset+octet-stream',
            'upload-offset': '0',
            'content-length': String(size),
          },
        },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode!));
        },
      );
      req.on('error', reject);
      Readable.from(body()).pipe(req);
    });
    clearInterval(sampler);
    // Filler after a short clip: registered or refused by the probe, the fingerprints are of every byte.
    expect([204, 422]).toContain(status);
    const digest = expected.digest('hex');
    const [entry] = await sql<{ payload: string }>(
      t,
      `select payload from ledger_entries where action in ('record.registered', 'record.refused')
        order by seq desc limit 1`,
    );
    expect(JSON.parse(entry!.payload).sha256).toBe(digest);
    const growth = (peak - baseline) / MIB;
    console.log(
      `300 MiB upload: RSS baseline ${Math.round(baseline / MIB)} MiB, peak +${Math.round(growth)} MiB`,
    );
    expect(growth).toBeLessThan(150);
  }, 180_000);
});
