// The fuzz tests' requests, drawn from the OpenAPI document: a minimal valid request per operation and its
// variants with one hostile value each; the account each route is called by; and the sending itself,
// which counts statuses and checks after every refused request that nothing was written (every table's
// mark and the ledger head, test/helpers/table-snapshot.ts).
import { randomUUID } from 'node:crypto';
import { hasPermission, type RouteAccess } from '../../src/modules/access/index.ts';
import type { Client, TestApp } from '../helpers/app.ts';
import { changedTables, tableSnapshot, type TableSnapshot } from '../helpers/table-snapshot.ts';

type Schema = {
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  minimum?: number;
  minLength?: number;
  pattern?: string;
  default?: unknown;
};
export interface Operation {
  parameters?: { in: string; name: string; schema?: Schema; required?: boolean }[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}

/** JSON text nested `levels` deep (written out: JSON.stringify would exhaust the test's stack). */
const deep = (levels: number) => `${'{"a":'.repeat(levels)}"x"${'}'.repeat(levels)}`;

/** Hostile stand-ins for a string in a path or query string (already URL-encoded). */
const URL_VALUES = [
  '%00',
  'a%00b',
  '%ED%A0%80',
  '-1',
  '1.5',
  '99999999999999999999',
  '1e308',
  'x'.repeat(2000),
  encodeURIComponent("' or 1=1 --"),
  '%E4%BD',
  randomUUID(),
];
/** Hostile stand-ins for a JSON value. */
const JSON_VALUES: unknown[] = [
  'a\u0000b',
  '\ud800',
  'x\udc00y',
  '\u200b\u200b',
  -1,
  0.5,
  1e308,
  -1e308,
  2 ** 63,
  Number.MAX_SAFE_INTEGER + 2,
  true,
  null,
  [],
  {},
  ['a\u0000'],
  { '\u0000': 1 },
  randomUUID(),
  '9999-99-99',
  '2026-02-30',
];
/** Whole bodies, as JSON text. */
const WHOLE_BODIES: string[] = [
  deep(5000),
  `[${deep(100)}]`,
  '"a\\u0000"',
  '0',
  'null',
  JSON.stringify({ x: 'y'.repeat(1024 * 1024) }),
  '{"a":',
];

/** A minimal value the schema accepts (as far as a generator without the zod rules can tell). */
export function sample(s: Schema | undefined, depth = 0): unknown {
  if (!s || depth > 8) return null;
  if (s.const !== undefined) return s.const;
  if (s.default !== undefined) return s.default;
  if (s.enum?.length) return s.enum[0];
  const alt = s.anyOf ?? s.oneOf;
  if (alt?.length) return sample(alt.find((a) => a.type !== 'null') ?? alt[0], depth + 1);
  if (s.allOf?.length) return Object.assign({}, ...s.allOf.map((a) => sample(a, depth + 1) as object));
  const type = (Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type) ?? 'unknown';
  switch (type) {
    case 'object':
      return Object.fromEntries((s.required ?? []).map((k) => [k, sample(s.properties?.[k], depth + 1)]));
    case 'array':
      return [];
    case 'integer':
    case 'number':
      return Math.max(1, s.minimum ?? 1);
    case 'boolean':
      return false;
    case 'string':
      if (s.format === 'uuid') return randomUUID();
      if (s.format === 'date') return '2026-12-07';
      if (s.format === 'date-time') return '2026-12-07T10:00:00+08:00';
      return '测试'.padEnd(Math.max(2, s.minLength ?? 0), '试');
    default:
      return null;
  }
}

export interface Request {
  method: string;
  url: string;
  /** JSON text. */
  payload?: string;
}

/** The requests for one operation: each hostile value in each place, the rest valid. */
export function requestsFor(method: string, path: string, op: Operation): Request[] {
  const params = op.parameters ?? [];
  const pathParams = params.filter((p) => p.in === 'path');
  const query = params.filter((p) => p.in === 'query');
  const bodySchema = op.requestBody?.content?.['application/json']?.schema;
  const validPath: Record<string, string> = Object.fromEntries(
    pathParams.map((p) => [p.name, encodeURIComponent(String(sample(p.schema)))]),
  );
  const url = (pathValues: Record<string, string>, qs: string) =>
    path.replace(/\{(\w+)\}/g, (_m, name: string) => pathValues[name] ?? 'x') + (qs ? `?${qs}` : '');
  const validQuery = query
    .filter((p) => p.required)
    .map((p) => `${p.name}=${encodeURIComponent(String(sample(p.schema)))}`)
    .join('&');
  const body = bodySchema ? sample(bodySchema) : undefined;
  const withBody = (r: Request): Request =>
    body === undefined ? r : { payload: JSON.stringify(body), ...r };
  const out: Request[] = [withBody({ method, url: url(validPath, validQuery) })];
  for (const p of pathParams)
    for (const v of URL_VALUES)
      out.push(withBody({ method, url: url({ ...validPath, [p.name]: v }, validQuery) }));
  for (const p of query)
    for (const v of URL_VALUES) {
      const qs = [validQuery.replace(new RegExp(`(^|&)${p.name}=[^&]*`), ''), `${p.name}=${v}`]
        .filter(Boolean)
        .join('&');
      out.push(withBody({ method, url: url(validPath, qs) }));
    }
  if (bodySchema && body && typeof body === 'object' && !Array.isArray(body)) {
    for (const field of Object.keys(bodySchema.properties ?? {}))
      for (const v of JSON_VALUES)
        out.push({
          method,
          url: url(validPath, validQuery),
          payload: JSON.stringify({ ...(body as object), [field]: v }),
        });
  }
  if (bodySchema)
    for (const b of WHOLE_BODIES) out.push({ method, url: url(validPath, validQuery), payload: b });
  return out;
}

/** "GET /api/v1/cases/:id" — the key of routeAccess for a path of the document. */
export const routeKey = (method: string, path: string) => `${method} ${path.replace(/\{(\w+)\}/g, ':$1')}`;

export interface Account {
  roles: string[];
  client: Client;
}

/** Who calls a route: anonymous when it is public, else the first account allowed to call it. */
export function callerOf(t: TestApp, accounts: readonly Account[], route: string): Client {
  const access = t.routeAccess.get(route) as RouteAccess | undefined;
  if (access === 'public' || access === undefined) return t.anonymous();
  if (access === 'authenticated') return accounts[0]!.client;
  return (accounts.find((a) => hasPermission(a.roles, access)) ?? accounts[0]!).client;
}

/**
 * Tables a refused request may write, by route and status, each with its reason; anything else a refused
 * request writes is a finding.
 */
export type WrittenByRefusal = (route: string, status: number) => readonly string[];

/** Sends requests, counting statuses, keeping 5xx as failures and writes by refused requests as findings. */
export class FuzzRun {
  requests = 0;
  readonly statuses = new Map<number, number>();
  readonly failures: string[] = [];
  readonly writes: string[] = [];
  private readonly started = Date.now();
  private before: TableSnapshot | null = null;

  constructor(
    private readonly t: TestApp,
    private readonly tables: readonly string[],
    private readonly writtenByRefusal: WrittenByRefusal,
  ) {}

  async send(client: Client, route: string, r: Request) {
    this.before ??= await tableSnapshot(this.t, this.tables);
    const res = await client.request({
      method: r.method as 'GET',
      url: r.url,
      ...(r.payload === undefined ? {} : { payload: r.payload }),
      headers: r.payload === undefined ? {} : { 'content-type': 'application/json' },
    });
    this.requests++;
    this.statuses.set(res.statusCode, (this.statuses.get(res.statusCode) ?? 0) + 1);
    const what = `${res.statusCode} ${r.method} ${r.url.slice(0, 120)} ${r.payload?.slice(0, 120) ?? ''}`;
    if (res.statusCode >= 500) this.failures.push(`${what} → ${res.body.slice(0, 200)}`);
    // Every request is followed by a snapshot, so a refused one is compared with the state just before it.
    const after = await tableSnapshot(this.t, this.tables);
    if (res.statusCode >= 400) {
      const allowed = new Set(this.writtenByRefusal(route, res.statusCode));
      const changed = changedTables(this.before, after, allowed);
      if (changed.length) this.writes.push(`${what} wrote ${changed.join(', ')}`);
    }
    this.before = after;
    return res;
  }

  /** "label (pglite): N requests in S s — 200×n, 400×n, …" */
  summary(label: string): string {
    const counts = [...this.statuses.entries()].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`);
    const seconds = ((Date.now() - this.started) / 1000).toFixed(1);
    return `${label} (${this.t.services.database.kind}): ${this.requests} requests in ${seconds} s — ${counts.join(', ')}`;
  }
}
