// Every API response the test suite provokes, checked against the OpenAPI document (issue 14, "the 4xx
// responses each route really returns"): each test app's `inject` is watched, each answer is matched to
// its operation, and a status the document does not list for that operation is kept as a finding. The
// setup file test/helpers/contract-setup.ts fails the test file that provoked one, so the whole suite —
// and the fuzz test's hostile values — keeps the document honest on both databases.
import type { FastifyInstance, InjectOptions } from 'fastify';

interface OpenApiDocument {
  paths: Record<
    string,
    Record<string, { responses?: Record<string, { content?: Record<string, unknown> }> }>
  >;
}

interface Operation {
  /** "GET /api/v1/cases/{id}" */
  key: string;
  pattern: RegExp;
  /** Path parameters: a static path wins over a parameterised one (/cases/meta before /cases/{id}). */
  params: number;
  statuses: Set<number>;
  /** status → the media types its answer is documented with (none: not checked). */
  types: Map<number, string[]>;
}

let operations: Map<string, Operation[]> | null = null;
const seen = new Map<string, Set<number>>();
const undocumented = new Set<string>();

function operationsOf(doc: OpenApiDocument): Map<string, Operation[]> {
  const byMethod = new Map<string, Operation[]>();
  for (const [path, ops] of Object.entries(doc.paths)) {
    const pattern = new RegExp(`^${path.replace(/[.]/g, '\\.').replace(/\{\w+\}/g, '[^/]+')}$`);
    for (const [m, op] of Object.entries(ops)) {
      const method = m.toUpperCase();
      const list = byMethod.get(method) ?? [];
      list.push({
        key: `${method} ${path}`,
        pattern,
        params: (path.match(/\{/g) ?? []).length,
        statuses: new Set(Object.keys(op.responses ?? {}).map(Number)),
        types: new Map(
          Object.entries(op.responses ?? {})
            .filter(([, r]) => r.content)
            .map(([status, r]) => [Number(status), Object.keys(r.content!)]),
        ),
      });
      byMethod.set(method, list);
    }
  }
  for (const list of byMethod.values()) list.sort((a, b) => a.params - b.params);
  return byMethod;
}

/** The operation a request reached, or undefined outside the documented API. */
function operationOf(method: string, url: string): Operation | undefined {
  const path = url.split('?')[0]!;
  return operations?.get(method)?.find((op) => op.pattern.test(path));
}

/**
 * Records one answer. A finding: a 4xx the operation does not document (a 5xx is a bug whatever the
 * document says: the fuzz test and the tests that provoke one on purpose judge those), or a success whose
 * media type is not among those documented for it.
 */
export function recordResponse(method: string, url: string, status: number, contentType?: string) {
  const op = operationOf(method.toUpperCase(), url);
  if (!op) return;
  const statuses = seen.get(op.key) ?? new Set<number>();
  statuses.add(status);
  seen.set(op.key, statuses);
  if (status < 500 && !op.statuses.has(status)) undocumented.add(`${op.key} → ${status}`);
  const type = contentType?.split(';')[0]!.trim();
  const documented = op.types.get(status);
  if (status < 300 && type && documented && !documented.some((t) => t === '*/*' || t === type))
    undocumented.add(`${op.key} → ${status} ${type} (documented: ${documented.join(', ')})`);
}

/** Watches every `inject` of a test app from now on (the document is read from the first app). */
export function watchResponses(app: FastifyInstance) {
  operations ??= operationsOf(app.swagger() as unknown as OpenApiDocument);
  const inject = app.inject.bind(app) as (
    opts: InjectOptions | string,
  ) => Promise<{ statusCode: number; headers: Record<string, unknown> }>;
  const watched = async (opts: InjectOptions | string) => {
    const res = await inject(opts);
    const o = typeof opts === 'string' ? { method: 'GET', url: opts } : opts;
    const url = typeof o.url === 'string' ? o.url : (o.path as string | undefined);
    const type = res.headers['content-type'];
    if (url)
      recordResponse(
        String(o.method ?? 'GET'),
        url,
        res.statusCode,
        typeof type === 'string' ? type : undefined,
      );
    return res;
  };
  (app as unknown as { inject: typeof watched }).inject = watched;
}

/** The statuses answered that the document does not list, since the last reset ("GET /x → 409"). */
export const undocumentedResponses = () => [...undocumented].sort();

/** Every status seen per operation since the last reset, for reports. */
export const responsesSeen = () => new Map(seen);

export function resetResponsesSeen() {
  seen.clear();
  undocumented.clear();
}
