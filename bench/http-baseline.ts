// Benchmark: requests/second of GET /healthz (baseline: the HTTP stack and one `select 1`) against an
// authenticated, scoped first page of the people list over a body of BENCH_PEOPLE people (default 10,000),
// measured in the same run on loopback, printed side by side with their ratio to /healthz. The server runs
// in this process; autocannon runs in a forked process of its own (bench/http/load-generator.ts), so the
// load generator does not share the server's event loop.
// Env: BENCH_SECONDS (default 10, per target), BENCH_ROUNDS (the timed seconds are run in this many
// slices, the targets taking turns; default 5), BENCH_WARMUP (untimed seconds before each target, default 1),
// BENCH_PEOPLE (default 10000), BENCH_CONNECTIONS (default 10), BENCH_DATABASE_URL (a PostgreSQL server:
// the run creates a fresh database on it and drops it afterwards; without it, in-memory PGlite),
// BENCH_PROFILE (a directory: the V8 CPU profile of the server's process over each timed run is written
// there as <target>-<slice>.cpuprofile; `npx tsx bench/profile-summary.ts FILE` prints where the time goes).
import { fork } from 'node:child_process';
import fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { loadConfig } from '../src/platform/config.ts';
import { createServices } from '../src/services.ts';
import { buildApp } from '../src/app.ts';
import { DEMO_PASSWORD, seedDemoIfEmpty } from '../src/demo/seed.ts';
import { benchDatabase } from './database.ts';
import type { LoadResult, LoadRun } from './http/load-generator.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const warmupSeconds = Number(process.env.BENCH_WARMUP ?? 1);
const peopleCount = Number(process.env.BENCH_PEOPLE ?? 10_000);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
if (!Number.isInteger(rounds) || rounds < 1) throw new Error('BENCH_ROUNDS must be a whole number ≥ 1');
const profileDir = process.env.BENCH_PROFILE;

/** Runs `fn` under the V8 CPU profiler when BENCH_PROFILE is set, writing `<dir>/<name>.cpuprofile`. */
async function profiled<T>(name: string, fn: () => Promise<T>): Promise<T> {
  if (!profileDir) return fn();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  try {
    return await fn();
  } finally {
    const { profile } = await session.post('Profiler.stop');
    fs.mkdirSync(profileDir, { recursive: true });
    fs.writeFileSync(path.join(profileDir, `${name}.cpuprofile`), JSON.stringify(profile));
    session.disconnect();
  }
}

/** The load generator's process: one autocannon run per call, one after another. */
function startLoadGenerator() {
  const child = fork(new URL('./http/load-generator.ts', import.meta.url), { execArgv: ['--import', 'tsx'] });
  let failed: ((e: Error) => void) | undefined;
  child.on('exit', (code) => failed?.(new Error(`load generator exited with ${code}`)));
  return {
    run: (run: LoadRun) =>
      new Promise<LoadResult>((resolve, reject) => {
        failed = reject;
        child.once('message', (result) => resolve(result as LoadResult));
        child.send(run);
      }),
    stop: () => child.disconnect(),
  };
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sx-bench-'));
const database = await benchDatabase(process.env.BENCH_DATABASE_URL);
const config = loadConfig({ LOG_LEVEL: 'silent', DATA_DIR: dataDir });
const services = await createServices(config, database.target);
try {
  await seedDemoIfEmpty(services);
  const db = services.database.db;

  // Fill the demo district with people and certificates in one statement each (set-based, seconds not minutes).
  await db.execute(sql`
    insert into people (body_id, unit_id, name, gender, post)
    select b.id, (select id from units u where u.body_id = b.id and u.kind = 'handling'),
           '测试' || lpad(g::text, 6, '0'), case when g % 2 = 0 then 'male' else 'female' end, '执法队员'
      from bodies b, generate_series(1, ${peopleCount}) g
     where b.name = '示范区卫生健康委员会'`);
  await db.execute(sql`
    insert into certificates (person_id, body_id, number, categories, region, issued_on, expires_on)
    select p.id, p.body_id, 'BX' || lpad(row_number() over (order by p.id)::text, 8, '0'), '{penalty,inspection}', '示范市示范区', '2024-01-01', '2029-12-31'
      from people p where p.name like '测试%'`);
  await services.database.pool.query('analyze');

  const { app } = await buildApp(config, services);
  const generator = startLoadGenerator();
  try {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

    const login = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'unithead1', password: DEMO_PASSWORD }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
    const check = await fetch(`${base}/api/v1/people?limit=50`, { headers: { cookie } });
    const firstPage = (await check.json()) as { items: unknown[] };
    if (check.status !== 200 || firstPage.items.length !== 50)
      throw new Error(`people list not usable: ${check.status}`);

    console.log(
      `http-baseline: ${peopleCount} people, ${connections} connections, ${seconds}s each in ${rounds} alternating slices after ${warmupSeconds}s warm-up, database ${services.database.kind}, load generator in its own process`,
    );
    const targets: Array<{ name: string; title: string; url: string; headers: Record<string, string> }> = [
      { name: 'healthz', title: 'GET /healthz (baseline)', url: '/healthz', headers: {} },
      {
        name: 'people-list',
        title: `GET /api/v1/people?limit=50 (of ${peopleCount})`,
        url: '/api/v1/people?limit=50',
        headers: { cookie },
      },
      {
        name: 'people-search',
        title: 'GET /api/v1/people?limit=50&q=测试0099',
        url: `/api/v1/people?limit=50&q=${encodeURIComponent('测试0099')}`,
        headers: { cookie },
      },
    ];
    const totals = targets.map((t) => ({
      ...t,
      requests: 0,
      duration: 0,
      cpuMs: 0,
      p50: [] as number[],
      p99: 0,
      failed: 0,
    }));
    // Per target an untimed warm-up (JIT, caches); then the timed runs in `rounds` slices, the targets taking
    // turns, so a change in the machine's load (it is shared) falls on every target alike instead of on
    // whichever ran at that moment. This process's CPU time is counted over each slice (server and, on
    // PGlite, the database): CPU per request holds up better than req/s on a busy machine.
    for (const t of totals)
      if (warmupSeconds > 0)
        await generator.run({
          url: `${base}${t.url}`,
          headers: t.headers,
          connections,
          seconds: warmupSeconds,
        });
    for (let round = 0; round < rounds; round++) {
      for (const t of totals) {
        const cpuBefore = process.cpuUsage();
        const r = await profiled(`${t.name}${rounds > 1 ? `-${round + 1}` : ''}`, () =>
          generator.run({
            url: `${base}${t.url}`,
            headers: t.headers,
            connections,
            seconds: seconds / rounds,
          }),
        );
        const cpu = process.cpuUsage(cpuBefore);
        t.requests += r.requests;
        t.duration += r.duration;
        t.cpuMs += (cpu.user + cpu.system) / 1000;
        t.p50.push(r.p50);
        t.p99 = Math.max(t.p99, r.p99);
        t.failed += r.non2xx + r.errors;
      }
    }
    const figures = totals.map((t) => {
      const rps = t.requests / t.duration;
      const cpuPerRequest = t.cpuMs / Math.max(1, t.requests);
      const p50 = t.p50.sort((x, y) => x - y)[Math.floor(t.p50.length / 2)];
      console.log(
        `${t.title.padEnd(44)} ${rps.toFixed(0).padStart(7)} req/s   p50 ${p50} ms   p99 ${t.p99} ms   server CPU ${cpuPerRequest.toFixed(3)} ms/req   non-2xx + errors ${t.failed}`,
      );
      if (t.failed) throw new Error(`${t.title}: ${t.failed} non-2xx responses or errors`);
      return { rps, cpuPerRequest };
    });
    const [baseline, list, search] = figures as [
      (typeof figures)[number],
      (typeof figures)[number],
      (typeof figures)[number],
    ];
    const ratio = (title: string, r: { rps: number; cpuPerRequest: number }) =>
      console.log(
        `ratio ${title} / healthz: ${(r.rps / baseline.rps).toFixed(3)}   (server CPU per request ${(r.cpuPerRequest / baseline.cpuPerRequest).toFixed(1)}× /healthz)`,
      );
    ratio('people list', list);
    ratio('people search', search);
  } finally {
    generator.stop();
    await app.close();
  }
} finally {
  await services.close();
  await database.drop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
