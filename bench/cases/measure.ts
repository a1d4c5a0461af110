// Timing and plan helpers for bench/cases.ts: interleaved service/raw timing with median and p95, capture
// of the SQL a service call sends through the pool, and a summary of EXPLAIN (ANALYZE, BUFFERS) plans.
import type pg from 'pg';

export interface Timing {
  p50: number;
  p95: number;
  n: number;
}

function quantile(sorted: number[], q: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i]!;
}

export function summarise(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), n: sorted.length };
}

/**
 * Runs `a` and `b` alternately (so drift and cache state hit both alike): `warmup` rounds untimed, then up to
 * `iterations` timed rounds or until `budgetMs` is spent (at least 10 rounds).
 */
export async function interleaved(
  a: () => Promise<unknown>,
  b: () => Promise<unknown>,
  opts: { warmup: number; iterations: number; budgetMs: number },
) {
  for (let i = 0; i < opts.warmup; i++) {
    await a();
    await b();
  }
  const ta: number[] = [];
  const tb: number[] = [];
  const start = performance.now();
  for (let i = 0; i < opts.iterations; i++) {
    let t = performance.now();
    await a();
    ta.push(performance.now() - t);
    t = performance.now();
    await b();
    tb.push(performance.now() - t);
    if (i >= 9 && performance.now() - start > opts.budgetMs) break;
  }
  return { a: summarise(ta), b: summarise(tb) };
}

export interface CapturedQuery {
  text: string;
  values: unknown[];
}

type QueryFn = (...args: unknown[]) => unknown;

/** Records every query sent through `pool.query` while `fn` runs (drizzle's db.execute and selects go there). */
export async function captureQueries(pool: pg.Pool, fn: () => Promise<unknown>): Promise<CapturedQuery[]> {
  const target = pool as unknown as { query: QueryFn };
  const original = target.query;
  const seen: CapturedQuery[] = [];
  target.query = function (this: unknown, ...args: unknown[]) {
    const [first, second] = args;
    if (typeof first === 'string') seen.push({ text: first, values: Array.isArray(second) ? second : [] });
    else if (first && typeof first === 'object' && 'text' in first) {
      const q = first as { text: string; values?: unknown[] };
      seen.push({ text: q.text, values: q.values ?? (Array.isArray(second) ? second : []) });
    }
    return original.apply(pool, args);
  };
  try {
    await fn();
  } finally {
    target.query = original;
  }
  return seen;
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Actual Rows'?: number;
  'Actual Loops'?: number;
  'Rows Removed by Filter'?: number;
  'Rows Removed by Index Recheck'?: number;
  'Heap Fetches'?: number;
  'Shared Hit Blocks'?: number;
  'Shared Read Blocks'?: number;
  'Sort Method'?: string;
  Plans?: PlanNode[];
}

export interface PlanSummary {
  /** Scan nodes on the watched tables: "Index Scan cases(cases_body_due_idx)". */
  scans: string[];
  seqScans: string[];
  /** Rows the scans on `cases` produced (after their filters), summed over loops. */
  casesRows: number;
  /** Rows the scans on `cases` read and dropped by a filter (visibility, officer) or a bitmap recheck. */
  casesFiltered: number;
  /** Rows produced by the scans on any case table. */
  rows: number;
  sorts: string[];
  buffers: number;
  ms: number;
  text: string;
}

export const CASE_TABLES = [
  'cases',
  'case_parties',
  'case_events',
  'case_deadlines',
  'case_evidence',
  'case_documents',
];

export async function explain(pool: pg.Pool, q: CapturedQuery): Promise<PlanSummary> {
  const res = await pool.query<{ 'QUERY PLAN': Array<{ Plan: PlanNode; 'Execution Time': number }> }>(
    `explain (analyze, buffers, format json) ${q.text}`,
    q.values,
  );
  const top = res.rows[0]!['QUERY PLAN'][0]!;
  const textPlan = await pool.query<{ 'QUERY PLAN': string }>(
    `explain (analyze, buffers, costs off, timing off) ${q.text}`,
    q.values,
  );
  const s: PlanSummary = {
    scans: [],
    seqScans: [],
    casesRows: 0,
    casesFiltered: 0,
    rows: 0,
    sorts: [],
    buffers: (top.Plan['Shared Hit Blocks'] ?? 0) + (top.Plan['Shared Read Blocks'] ?? 0),
    ms: top['Execution Time'],
    text: textPlan.rows.map((r) => r['QUERY PLAN']).join('\n'),
  };
  const walk = (n: PlanNode) => {
    const rel = n['Relation Name'];
    const loops = n['Actual Loops'] ?? 1;
    if (rel && CASE_TABLES.includes(rel)) {
      const label = `${n['Node Type']} ${rel}${n['Index Name'] ? `(${n['Index Name']})` : ''}`;
      s.scans.push(label);
      if (n['Node Type'] === 'Seq Scan') s.seqScans.push(label);
      if (n['Node Type'] !== 'Bitmap Index Scan') s.rows += (n['Actual Rows'] ?? 0) * loops;
      if (rel === 'cases' && n['Node Type'] !== 'Bitmap Index Scan') {
        s.casesRows += (n['Actual Rows'] ?? 0) * loops;
        s.casesFiltered +=
          ((n['Rows Removed by Filter'] ?? 0) + (n['Rows Removed by Index Recheck'] ?? 0)) * loops;
      }
    }
    if (n['Node Type'] === 'Sort' || n['Node Type'] === 'Incremental Sort')
      s.sorts.push(
        `${n['Node Type']} of ${(n['Actual Rows'] ?? 0) * loops} rows${n['Sort Method'] ? ` (${n['Sort Method']})` : ''}`,
      );
    for (const c of n.Plans ?? []) walk(c);
  };
  walk(top.Plan);
  return s;
}

export const fmt = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms < 100 ? ms.toFixed(1) : ms.toFixed(0));

/** One row of the figures table: service and raw p50 and p95, and their ratios. */
export function figureLine(r: { label: string; service: Timing; raw: Timing }): string {
  return `${r.label.padEnd(54)} ${fmt(r.service.p50).padStart(11)} ${fmt(r.service.p95).padStart(7)} ${fmt(r.raw.p50).padStart(9)} ${fmt(r.raw.p95).padStart(7)} ${(r.service.p50 / r.raw.p50).toFixed(2).padStart(10)} ${(r.service.p95 / r.raw.p95).toFixed(2).padStart(6)}`;
}

/** A plan in one line: scans, rows of cases produced and filtered (and the bound), sorts, buffers, time. */
export function planLine(p: PlanSummary, allowed?: number): string {
  return `${[...new Set(p.scans)].join(', ')}; rows ${p.casesRows.toLocaleString('en')} + ${p.casesFiltered.toLocaleString('en')} filtered${allowed ? ` (allowed ${allowed.toLocaleString('en')})` : ''}; ${p.sorts.length ? p.sorts.join(', ') : 'no sort'}; ${p.buffers.toLocaleString('en')} buffers; ${p.ms.toFixed(2)} ms`;
}
