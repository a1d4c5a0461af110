// Benchmark (C6): a file through the tus endpoint, end to end — creation, one streamed PATCH, SHA-256
// and SM3 on the way, the media probe, the move into the object store and the record with its ledger
// entry — in MB/s, next to `openssl dgst -sm3` over the same file in the same run (the ratio, target
// ≥ 0.8), and the server's peak RSS while it takes 100 MiB and while it takes 1 GiB (must not grow with
// size). The server is this process; the load generator is another (bench/ingest/upload-worker.ts).
//
// Measured 2026-12-07 on the 2-core machine under load (load average ≈ 17 from other test runs), PGlite:
//   100 MiB: tus 77.8 MiB/s, openssl dgst -sm3 100.3 MiB/s, ratio 0.78; server RSS peak 776 MiB
//   1 GiB:  tus 108.1 MiB/s, openssl dgst -sm3 137.3 MiB/s, ratio 0.79; server RSS peak 773 MiB (no growth)
//
//   npm run bench:ingest                      (1 GiB and 100 MiB, PGlite)
//   npm run bench:ingest -- --sizes 100,1024 --database-url postgres://…
import { execFile, execFileSync, spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildApp } from '../src/app.ts';
import { DEMO_PASSWORD, seedDemo } from '../src/demo/seed.ts';
import { FFMPEG_PATH } from '../src/modules/records/index.ts';
import { loadConfig } from '../src/platform/config.ts';
import { createServices } from '../src/services.ts';
import { benchDatabase } from './database.ts';

const { values } = parseArgs({
  options: { 'database-url': { type: 'string' }, sizes: { type: 'string', default: '100,1024' } },
});
const MIB = 1024 * 1024;
const sizes = values.sizes.split(',').map(Number);
const work = mkdtempSync(path.join(os.tmpdir(), 'sx-bench-ingest-'));

/** A playable WebM clip followed by filler up to `mib` MiB (the probe reads the clip; every byte is hashed). */
async function makeFile(mib: number): Promise<string> {
  const clip = path.join(work, 'clip.webm');
  execFileSync(FFMPEG_PATH, [
    '-v',
    'error',
    '-y',
    '-f',
    'lavfi',
    '-i',
    'testsrc=duration=2:size=320x240:rate=15',
    '-c:v',
    'libvpx',
    clip,
  ]);
  const file = path.join(work, `ingest-${mib}.webm`);
  const out = createWriteStream(file);
  out.write(readFileSync(clip));
  const block = Buffer.alloc(MIB);
  for (let i = 0; i < block.length; i += 4) block.writeUInt32LE((i * 2654435761) >>> 0, i);
  let left = mib * MIB - statSync(clip).size;
  while (left > 0) {
    const n = Math.min(left, MIB);
    if (!out.write(block.subarray(0, n))) await new Promise<void>((r) => out.once('drain', () => r()));
    left -= n;
  }
  await new Promise<void>((r) => out.end(r));
  return file;
}

function opensslSm3(file: string): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) =>
    execFile('openssl', ['dgst', '-sm3', file], (err) => {
      if (err) reject(new Error(`openssl: ${err.message}`));
      else resolve((performance.now() - started) / 1000);
    }),
  );
}

function upload(base: string, file: string, caseId: string, cookie: string, csrf: string) {
  return new Promise<{ status: number; bytes: number; seconds: number; body: string }>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        path.join(import.meta.dirname, 'ingest', 'upload-worker.ts'),
        base,
        file,
        caseId,
        cookie,
        csrf,
      ],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.on('exit', (code) =>
      code === 0
        ? resolve(JSON.parse(out.trim().split('\n').at(-1)!))
        : reject(new Error(`worker exited ${code}`)),
    );
  });
}

const database = await benchDatabase(values['database-url']);
const config = loadConfig({
  ...process.env,
  DATA_DIR: path.join(work, 'data'),
  LOG_LEVEL: 'silent',
  DEMO_DATA: 'true',
});
const services = await createServices(config, database.target);
try {
  await seedDemo(services);
  const { app } = await buildApp(config, services);
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  const login = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username: 'officer1', password: DEMO_PASSWORD },
  });
  const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const csrf = login.json<{ csrfToken: string }>().csrfToken;
  const { rows } = await services.database.pool.query(
    `select c.id from cases c join users u on u.person_id = any(c.officer_ids)
      where u.username = 'officer1' and not c.finished order by c.opened_on desc limit 1`,
  );
  const caseId = (rows[0] as { id: string }).id;
  console.log(`bench/ingest: server pid ${process.pid}, load generator in its own process; case ${caseId}`);
  for (const mib of sizes) {
    const file = await makeFile(mib);
    const sm3Seconds = await opensslSm3(file);
    global.gc?.();
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 25);
    const result = await upload(base, file, caseId, cookie, csrf);
    clearInterval(sampler);
    const mbps = mib / result.seconds;
    const sslMbps = mib / sm3Seconds;
    console.log(
      `${String(mib).padStart(5)} MiB: tus ${mbps.toFixed(1)} MiB/s (${result.seconds.toFixed(2)} s, HTTP ${result.status}); ` +
        `openssl dgst -sm3 ${sslMbps.toFixed(1)} MiB/s (${sm3Seconds.toFixed(2)} s); ratio ${(mbps / sslMbps).toFixed(2)}; ` +
        `server RSS ${Math.round(baseline / MIB)} MiB → peak ${Math.round(peak / MIB)} MiB (+${Math.round((peak - baseline) / MIB)} MiB)`,
    );
    if (result.status !== 204) console.log(`  answer: ${result.body}`);
    rmSync(file);
  }
  await app.close();
} finally {
  await services.close();
  await database.drop();
  rmSync(work, { recursive: true, force: true });
}
