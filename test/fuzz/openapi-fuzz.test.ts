// Every route of the OpenAPI document × hostile values, asserting that none is answered with a 5xx (H7,
// issue 14: "every 5xx is a bug"). For each operation a minimal valid request is drawn from its schemas,
// then one value at a time is replaced — path parameters, query parameters, body fields, the whole body —
// by NUL, lone surrogates, a 1 MB string, 5,000-deep nesting, negative, huge and fractional numbers, wrong
// types and unknown ids. Each route is called by a demo account allowed to call it, so the values get past
// the access check to validation and the services. Runs on PGlite, and on PostgreSQL with
// TEST_DATABASE_URL. Prints the number of requests and the count per status.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasPermission, type RouteAccess } from '../../src/modules/access/index.ts';
import { createTestApp, type Client, type TestApp } from '../helpers/app.ts';
import { loginFrom, ROLE_ACCOUNTS, sql } from '../api/support.ts';

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
interface Operation {
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
function sample(s: Schema | undefined, depth = 0): unknown {
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

interface Request {
  method: string;
  url: string;
  /** JSON text. */
  payload?: string;
}

/** The requests for one operation: each hostile value in each place, the rest valid. */
function requestsFor(method: string, path: string, op: Operation): Request[] {
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

// Routes whose valid call ends the fuzzing account's session or credentials.
const SKIP = new Set(['POST /api/v1/auth/logout', 'POST /api/v1/auth/password']);

describe('fuzz: every route × hostile values', () => {
  let t: TestApp;
  let clients: { roles: string[]; client: Client }[];

  beforeAll(async () => {
    t = await createTestApp();
    clients = [];
    for (const username of Object.values(ROLE_ACCOUNTS)) {
      const [row] = await sql<{ roles: string[] }>(t, 'select roles from users where username = $1', [
        username,
      ]);
      clients.push({ roles: row?.roles ?? [], client: await loginFrom(t, username) });
    }
  });
  afterAll(() => t.close());

  it('answers no request with a 5xx', async () => {
    const doc = (await t.anonymous().get('/api/openapi.json')).json() as {
      paths: Record<string, Record<string, Operation>>;
    };
    const statuses = new Map<number, number>();
    const failures: string[] = [];
    let requests = 0;
    const started = Date.now();
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [m, op] of Object.entries(ops)) {
        const method = m.toUpperCase();
        const route = `${method} ${path.replace(/\{(\w+)\}/g, ':$1')}`;
        if (SKIP.has(route) || op.requestBody?.content?.['multipart/form-data']) continue;
        const access = t.routeAccess.get(route) as RouteAccess | undefined;
        const client =
          access === 'public' || access === undefined
            ? t.anonymous()
            : access === 'authenticated'
              ? clients[0]!.client
              : (clients.find((c) => hasPermission(c.roles, access))?.client ?? clients[0]!.client);
        for (const r of requestsFor(method, path, op)) {
          const res = await client.request({
            method: r.method as 'GET',
            url: r.url,
            ...(r.payload === undefined ? {} : { payload: r.payload }),
            headers: r.payload === undefined ? {} : { 'content-type': 'application/json' },
          });
          requests++;
          statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
          if (res.statusCode >= 500)
            failures.push(
              `${res.statusCode} ${r.method} ${r.url.slice(0, 120)} ${r.payload?.slice(0, 120) ?? ''} → ${res.body.slice(0, 200)}`,
            );
        }
      }
    }
    const counts = [...statuses.entries()].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`);
    console.log(
      `fuzz (${t.services.database.kind}): ${requests} requests in ${((Date.now() - started) / 1000).toFixed(1)} s — ${counts.join(', ')}`,
    );
    expect(failures).toEqual([]);
    expect(requests).toBeGreaterThan(1000);
    // Thousands of requests: about a minute on an idle core, several while the suite shares the machine.
  }, 600_000);
});
