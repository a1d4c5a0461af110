// The load generator of bench/ingest, in its own process: creates a tus upload of FILE for the case and
// sends it in one PATCH streamed from disk; prints {status, bytes, seconds} as one JSON line.
import { createReadStream, statSync } from 'node:fs';
import { request } from 'node:http';

const [base, file, caseId, cookie, csrf] = process.argv.slice(2) as [string, string, string, string, string];
const size = statSync(file).size;
const meta = Object.entries({
  caseId,
  filename: 'bench.webm',
  filetype: 'video/webm',
  kind: 'video',
  activity: 'AV-009',
  title: '吞吐量测试',
  deviceSerial: 'BENCH-1',
  startedAt: '2026-12-07T09:00:00+08:00',
  endedAt: '2026-12-07T09:30:00+08:00',
})
  .map(([k, v]) => `${k} ${Buffer.from(v).toString('base64')}`)
  .join(',');
const auth = { cookie, 'x-csrf-token': csrf, 'tus-resumable': '1.0.0' };

function send(method: string, url: string, headers: Record<string, string>, body?: NodeJS.ReadableStream) {
  return new Promise<{ status: number; location?: string; text: string }>((resolve, reject) => {
    const req = request(url, { method, headers: { ...auth, ...headers } }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode!, location: res.headers.location, text }));
    });
    req.on('error', reject);
    if (body) body.pipe(req);
    else req.end();
  });
}

const started = performance.now();
const created = await send('POST', `${base}/api/v1/uploads`, {
  'upload-length': String(size),
  'upload-metadata': meta,
});
if (created.status !== 201) throw new Error(`create: ${created.status} ${created.text}`);
const done = await send(
  'PATCH',
  `${base}${created.location!}`,
  {
    'content-type': 'application/offset+octet-stream',
    'upload-offset': '0',
    'content-length': String(size),
  },
  createReadStream(file, { highWaterMark: 1024 * 1024 }),
);
const seconds = (performance.now() - started) / 1000;
console.log(JSON.stringify({ status: done.status, bytes: size, seconds, body: done.text.slice(0, 200) }));
