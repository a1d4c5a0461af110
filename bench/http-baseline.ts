// Benchmark: requests/second of GET /healthz (baseline: the HTTP stack and one `select 1`) against an
// authenticated, scoped first page of the people list over a body of BENCH_PEOPLE people (default 10,000),
// measured with autocannon in the same run on loopback, printed side by side with their ratio.
// Env: BENCH_SECONDS (default 10), BENCH_PEOPLE (default 10000), BENCH_DATABASE_URL (PostgreSQL instead
// of in-memory PGlite), BENCH_CONNECTIONS (default 10).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import { loadConfig } from '../src/platform/config.ts';
import { createServices } from '../src/services.ts';
import { buildApp } from '../src/app.ts';
import { DEMO_PASSWORD, seedDemoIfEmpty } from '../src/demo/seed.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const peopleCount = Number(process.env.BENCH_PEOPLE ?? 10_000);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sx-bench-'));
const config = loadConfig({ LOG_LEVEL: 'silent', DATA_DIR: dataDir });
const services = await createServices(
  config,
  process.env.BENCH_DATABASE_URL
    ? { kind: 'postgres', url: process.env.BENCH_DATABASE_URL }
    : { kind: 'pglite', dir: 'memory://' },
);
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

async function run(title: string, url: string, headers: Record<string, string> = {}) {
  const result = await autocannon({ url, connections, duration: seconds, headers });
  const rps = result.requests.average;
  console.log(
    `${title.padEnd(44)} ${rps.toFixed(0).padStart(7)} req/s   p50 ${result.latency.p50} ms   p99 ${result.latency.p99} ms   non-2xx ${result.non2xx}`,
  );
  return rps;
}

console.log(
  `http-baseline: ${peopleCount} people, ${connections} connections, ${seconds}s each, database ${services.database.kind}`,
);
const baseline = await run('GET /healthz (baseline)', `${base}/healthz`);
const list = await run(`GET /api/v1/people?limit=50 (of ${peopleCount})`, `${base}/api/v1/people?limit=50`, {
  cookie,
});
const deep = await run(
  'GET /api/v1/people?limit=50&q=测试0099',
  `${base}/api/v1/people?limit=50&q=${encodeURIComponent('测试0099')}`,
  { cookie },
);
console.log(`ratio people list / healthz: ${(list / baseline).toFixed(3)}`);
console.log(`ratio people search / healthz: ${(deep / baseline).toFixed(3)}`);

await app.close();
await services.close();
fs.rmSync(dataDir, { recursive: true, force: true });
