// Benchmark: the case workbench at scale. 1,000,000 cases over 100 bodies (PostgreSQL; a smaller --cases N
// or --quick also on in-memory PGlite). Times the workbench list through CasesService.list (data scope,
// visibility, status filter, deadline order; keyset pages: the first, a deep one reached by following
// nextCursor, and the first page of the cases without a deadline) and one case page through
// CasesService.get, against the same rows fetched by hand-written SQL on the same pool in the same run, and
// prints service/raw ratios (median and p95). Proves with EXPLAIN (ANALYZE, BUFFERS) that no query of either
// call scans all cases: a Seq Scan on a case table, or a list page that examines more than
// 10 × limit × bodies in scope ÷ filter selectivity rows of `cases`, prints a FAIL line and exits 1.
//
//   npm run bench:cases -- --database-url postgres://postgres@127.0.0.1:55488/postgres      (1M cases)
//   npm run bench:cases -- --quick                                                           (20,000 cases, PGlite)
// Flags: --database-url URL (or DATABASE_URL / BENCH_DATABASE_URL; a fresh database is created on that
// server and dropped afterwards unless --keep), --cases N (default 1,000,000), --quick, --iterations N,
// --warmup N, --deep-page N (default 50), --limit N (default 20), --status open|finished|any (default
// open), --plans (print the service statements' text plans).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/platform/config.ts';
import { Resealing } from '../src/platform/crypto/reseal.ts';
import { resealAll } from '../src/sealed-data.ts';
import { createServices } from '../src/services.ts';
import { seedDemoIfEmpty } from '../src/demo/seed.ts';
import type { Ctx } from '../src/platform/context.ts';
import { userActorOf, type Role } from '../src/modules/access/index.ts';
import { benchDatabase } from './database.ts';
import { measureCasePage } from './cases/case-page.ts';
import { loadCases, planLoad } from './cases/load.ts';
import { decodeCursor, rawListQuery, type After, type RawList } from './cases/raw-list.ts';
import {
  captureQueries,
  explain,
  figureLine,
  fmt,
  interleaved,
  planLine,
  type CapturedQuery,
  type PlanSummary,
  type Timing,
} from './cases/measure.ts';

const { values: args } = parseArgs({
  options: {
    'database-url': { type: 'string' },
    cases: { type: 'string' },
    quick: { type: 'boolean', default: false },
    iterations: { type: 'string' },
    warmup: { type: 'string' },
    'deep-page': { type: 'string' },
    limit: { type: 'string' },
    keep: { type: 'boolean', default: false },
    plans: { type: 'boolean', default: false },
    status: { type: 'string', default: 'open' },
  },
});
const status = args.status as 'open' | 'finished' | 'any';
if (!['open', 'finished', 'any'].includes(status))
  throw new Error(`--status must be open, finished or any, not ${status}`);
/** The status filter as the raw SQL writes it. */
const STATUS_SQL = { open: 'c.finished = false', finished: 'c.finished = true', any: 'true' }[status];
const quick = args.quick;
const caseCount = Number(args.cases ?? (quick ? 20_000 : 1_000_000));
const iterations = Number(args.iterations ?? (quick ? 60 : 300));
const warmup = Number(args.warmup ?? (quick ? 5 : 20));
const budgetMs = quick ? 4_000 : 20_000;
const deepPage = Number(args['deep-page'] ?? 50);
const limit = Number(args.limit ?? 20);
const serverUrl = args['database-url'] ?? process.env.DATABASE_URL ?? process.env.BENCH_DATABASE_URL;
if (!serverUrl && caseCount > 200_000) {
  console.error(
    `bench/cases: ${caseCount.toLocaleString('en')} cases need PostgreSQL: pass --database-url (or DATABASE_URL), or use --quick / --cases N for in-memory PGlite`,
  );
  process.exit(2);
}

const failures: string[] = [];
const fail = (msg: string) => {
  failures.push(msg);
  console.log(`FAIL ${msg}`);
};

// A fresh database per run: on a server, a new one named sx_bench_…; otherwise in-memory PGlite.
const database = await benchDatabase(serverUrl, { keep: args.keep });
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sx-bench-cases-'));
const config = loadConfig({ LOG_LEVEL: 'silent', DATA_DIR: dataDir });
const services = await createServices(config, database.target);
const pool = services.database.pool;
// Everything after the database exists runs in try/finally, so a crash still drops the throwaway database.
try {
  await seedDemoIfEmpty(services);

  const plan = planLoad(caseCount);
  console.log(
    `bench/cases: ${caseCount.toLocaleString('en')} cases, database ${services.database.kind}${serverUrl ? ` (${(await pool.query<{ v: string }>("select current_setting('server_version') as v")).rows[0]!.v})` : ''}, limit ${limit}, deep page ${deepPage}`,
  );
  console.log('load:');
  const loadStart = performance.now();
  const client = await pool.connect();
  let loaded;
  try {
    if (services.database.kind === 'postgres') {
      await client.query(`set maintenance_work_mem = '1GB'`);
      await client.query(`set work_mem = '256MB'`);
      await client.query(`set synchronous_commit = off`);
    }
    loaded = await loadCases(client, plan, (line) => console.log(line));
  } finally {
    client.release();
  }
  // The bulk rows hold their parties' ID numbers, phones and addresses in the clear, as an install from
  // before H4 did: they are sealed the way such an install's are at its first start, so the case page
  // opens them as it opens any party's.
  const sealStart = performance.now();
  await resealAll(services.database.db, services.store, new Resealing(services.sealer), false);
  console.log(
    `  ${'sealing personal data'.padEnd(40)} ${((performance.now() - sealStart) / 1000).toFixed(1).padStart(7)} s`,
  );
  const loadSeconds = (performance.now() - loadStart) / 1000;
  console.log(`  ${'total load'.padEnd(40)} ${loadSeconds.toFixed(1).padStart(7)} s`);
  console.log(
    `  ${Object.entries(loaded.counts)
      .map(([k, v]) => `${k} ${v.toLocaleString('en')}`)
      .join(', ')}`,
  );

  // ---------------------------------------------------------------------------------------------------------
  // Users: the demo's officer1 (role officer: sees their own and their unit's cases) and head1 (head of the
  // district: every case of the district and the brigade below it), and a head of the province (every body).

  const asUser = (actor: Parameters<typeof userActorOf>[0]): Ctx => ({
    actor: userActorOf(actor),
    ip: null,
    now: services.clock.now(),
  });
  async function demoUser(username: string): Promise<Ctx> {
    const { rows } = await pool.query<{
      id: string;
      displayName: string;
      bodyId: string;
      bodyPath: string;
      roles: Role[];
      personId: string | null;
    }>(
      `select u.id, u.display_name as "displayName", u.body_id as "bodyId", b.path as "bodyPath", u.roles, u.person_id as "personId"
         from users u join bodies b on b.id = u.body_id where u.username = $1`,
      [username],
    );
    if (!rows[0]) throw new Error(`no demo user ${username}`);
    return asUser(rows[0]);
  }
  const officer = await demoUser('officer1');
  const head = await demoUser('head1');
  const provinceHead = asUser({
    id: '00000000-0000-4000-8000-000000000001',
    displayName: '省卫健委主任',
    bodyId: loaded.province.id,
    bodyPath: loaded.province.path,
    roles: ['head'],
    personId: null,
  });
  const officerUnit = (
    await pool.query<{ unitId: string }>(`select unit_id as "unitId" from people where id = $1`, [
      officer.actor.personId,
    ])
  ).rows[0]!.unitId;

  // ---------------------------------------------------------------------------------------------------------
  // The list: service against hand-written SQL.

  const listShape = { limit, statusSql: STATUS_SQL };

  interface Scenario {
    label: string;
    user: Ctx;
    view: 'mine' | 'all';
    raw: RawList;
  }

  const scenarios: Scenario[] = [
    {
      label: 'officer1 mine',
      user: officer,
      view: 'mine',
      raw: {
        scope: { bodyId: officer.actor.bodyId },
        filter: 'c.officer_ids @> array[$3]::uuid[]',
        params: [officer.actor.personId],
      },
    },
    {
      label: 'officer1 all (visibility)',
      user: officer,
      view: 'all',
      raw: {
        scope: { bodyId: officer.actor.bodyId },
        filter: '(c.officer_ids @> array[$3]::uuid[] or c.unit_id = $4)',
        params: [officer.actor.personId, officerUnit],
      },
    },
    {
      label: 'head1 all (district + brigade)',
      user: head,
      view: 'all',
      raw: { scope: { pathPrefix: head.actor.bodyPath }, filter: '', params: [] },
    },
    {
      label: 'province head all (100 bodies)',
      user: provinceHead,
      view: 'all',
      raw: { scope: { pathPrefix: provinceHead.actor.bodyPath }, filter: '', params: [] },
    },
  ];

  interface Row {
    label: string;
    service: Timing;
    raw: Timing;
    plan?: PlanSummary;
    rawPlan?: PlanSummary;
    allowed?: number;
  }
  const results: Row[] = [];

  const serviceList = (s: Scenario, cursor?: string) =>
    services.caseLists.list(s.user, { view: s.view, status, limit, cursor });
  const rawList = async (s: Scenario, after: After) => {
    const q = rawListQuery(s.raw, after, listShape);
    return (await pool.query<{ id: string }>(q.text, q.values)).rows;
  };
  const sameIds = (a: { id: string }[], b: { id: string }[]) =>
    a.length === b.length && a.every((x, i) => x.id === b[i]!.id);

  /** The list statement among the queries of one service call: the one returning cases with their lead officers' names. */
  const listStatement = (qs: CapturedQuery[]) =>
    qs.find((q) => /from cases c/.test(q.text) && /as "leadOfficerName"/.test(q.text));

  /** Bodies in the scope and the share of its open cases the view's filter keeps (for the rows bound). */
  async function scopeFacts(s: Scenario) {
    const scopeSql =
      'bodyId' in s.raw.scope ? 'c.body_id = $1' : 'c.body_id in (select id from bodies where path like $1)';
    const scopeParam = 'bodyId' in s.raw.scope ? s.raw.scope.bodyId : `${s.raw.scope.pathPrefix}%`;
    const bodies =
      'bodyId' in s.raw.scope
        ? 1
        : (
            await pool.query<{ n: number }>(`select count(*)::int as n from bodies where path like $1`, [
              scopeParam,
            ])
          ).rows[0]!.n;
    if (!s.raw.filter) return { bodies, selectivity: 1 };
    const filter = s.raw.filter.replace(/\$3/g, '$2').replace(/\$4/g, '$3');
    const { rows } = await pool.query<{ all: number; kept: number }>(
      `select count(*)::int as all, count(*) filter (where ${filter})::int as kept from cases c where ${scopeSql} and ${STATUS_SQL}`,
      [scopeParam, ...s.raw.params],
    );
    return { bodies, selectivity: rows[0]!.all ? rows[0]!.kept / rows[0]!.all : 1 };
  }

  console.log(
    `\nmeasuring (warmup ${warmup}, up to ${iterations} interleaved rounds or ${budgetMs / 1000} s per row)…`,
  );
  for (const s of scenarios) {
    // First page, then follow nextCursor to the deep page; every page must return exactly the raw query's rows.
    const first = await serviceList(s);
    if (!sameIds(first.items, await rawList(s, undefined)))
      fail(`${s.label}: service page 1 differs from the raw query`);
    let cursor: string | undefined;
    let page = 1;
    let c = first.nextCursor;
    while (page < deepPage && c) {
      const next = await serviceList(s, c);
      if (next.items.length < limit) break;
      cursor = c;
      c = next.nextCursor;
      page++;
    }
    const after = cursor ? decodeCursor(cursor) : undefined;
    const deep = await serviceList(s, cursor);
    if (!sameIds(deep.items, await rawList(s, after)))
      fail(`${s.label}: service page ${page} differs from the raw query`);
    // The tail: the first page of the cases without a deadline (the other half of the union), reached with the
    // cursor the page before it would carry.
    const tailAfter = { due: null, id: '00000000-0000-0000-0000-000000000000' };
    const tailCursor = Buffer.from(JSON.stringify([tailAfter.due, tailAfter.id])).toString('base64url');
    if (!sameIds((await serviceList(s, tailCursor)).items, await rawList(s, tailAfter)))
      fail(`${s.label}: service tail page differs from the raw query`);
    const facts = await scopeFacts(s);
    const allowed = Math.ceil((10 * limit * facts.bodies) / facts.selectivity);

    const pages: Array<[string, string | undefined, After]> = [
      ['page 1', undefined, undefined],
      [`page ${page}`, cursor, after],
      ['tail (no deadline)', tailCursor, tailAfter],
    ];
    for (const [which, cur, aft] of pages) {
      const label = `list ${s.label}, ${which}`;
      const t = await interleaved(
        () => serviceList(s, cur),
        () => rawList(s, aft),
        { warmup, iterations, budgetMs },
      );
      const stmt = listStatement(await captureQueries(pool, () => serviceList(s, cur)));
      if (!stmt) throw new Error('the service list statement was not captured');
      const planSummary = await explain(pool, stmt);
      const rawPlan = await explain(pool, rawListQuery(s.raw, aft, listShape));
      const row: Row = { label, service: t.a, raw: t.b, plan: planSummary, rawPlan, allowed };
      if (planSummary.seqScans.length) fail(`${label}: ${planSummary.seqScans.join(', ')}`);
      // Keyset paging: every page, however deep, must cost what the first one does.
      const examined = planSummary.casesRows + planSummary.casesFiltered;
      if (examined > allowed)
        fail(
          `${label}: examined ${examined.toLocaleString('en')} rows of cases, allowed ${allowed.toLocaleString('en')} (10 × ${limit} × ${facts.bodies} bodies ÷ selectivity ${facts.selectivity.toFixed(3)})`,
        );
      results.push(row);
      console.log(
        `  ${label.padEnd(50)} service ${fmt(t.a.p50).padStart(7)} ms   raw ${fmt(t.b.p50).padStart(7)} ms`,
      );
    }
  }

  // ---------------------------------------------------------------------------------------------------------
  // One case page: the service's view of a case of officer1's against the same rows read directly.
  results.push(
    ...(await measureCasePage({ pool, services, officer, timing: { warmup, iterations, budgetMs }, fail })),
  );

  // ---------------------------------------------------------------------------------------------------------
  // Report.

  console.log(
    `\nfigures (ms; ratio = service ÷ raw SQL on the same pool; ${caseCount.toLocaleString('en')} cases, ${loaded.bodies} bodies, ${services.database.kind}):`,
  );
  console.log(
    `${'query'.padEnd(54)} ${'service p50'.padStart(11)} ${'p95'.padStart(7)} ${'raw p50'.padStart(9)} ${'p95'.padStart(7)} ${'ratio p50'.padStart(10)} ${'p95'.padStart(6)}`,
  );
  for (const r of results) console.log(figureLine(r));
  console.log(
    `\nlist plans (service statement; rows of cases produced + dropped by filters; EXPLAIN ANALYZE time):`,
  );
  for (const r of results) {
    if (!r.plan || !r.rawPlan) continue;
    console.log(`  ${r.label}`);
    console.log(`    service: ${planLine(r.plan, r.allowed)}`);
    console.log(`    raw:     ${planLine(r.rawPlan)}`);
    if (args.plans) console.log(r.plan.text.replace(/^/gm, '      | '));
  }
  console.log(
    `\nload ${loadSeconds.toFixed(1)} s (${loaded.timings.map(([k, ms]) => `${k} ${(ms / 1000).toFixed(1)} s`).join(', ')})`,
  );
  console.log(
    failures.length
      ? `\n${failures.length} FAIL line(s) above`
      : '\nOK: no Seq Scan on case tables; every list page within its rows bound',
  );
} finally {
  await services.close();
  await database.drop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
if (failures.length) process.exitCode = 1;
