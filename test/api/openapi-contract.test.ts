// Issue 14, API contract: the OpenAPI document names every operation, says how each is authenticated
// (the cookie session with the x-csrf-token header on writes, or a bearer token; nothing on public
// routes), lists the 4xx answers with the {code,message,details} body, describes the five multipart forms
// and the file downloads, and names its server. That every status the suite provokes is documented is
// checked for every test file by test/helpers/responses-seen.ts; here, that the check itself bites.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { recordResponse, resetResponsesSeen, undocumentedResponses } from '../helpers/responses-seen.ts';

type Json = Record<string, unknown>;
interface Operation {
  operationId?: string;
  security?: Json[];
  parameters?: { in: string }[];
  requestBody?: { content: Record<string, { schema: { required?: string[]; properties: Json } }> };
  responses: Record<string, { $ref?: string; content?: Record<string, unknown> }>;
}
interface Doc {
  servers?: { url: string }[];
  paths: Record<string, Record<string, Operation>>;
  components: { securitySchemes: Json; schemas: Json; responses: Json };
}

let t: TestApp;
let doc: Doc;
let ops: { method: string; path: string; op: Operation }[];

beforeAll(async () => {
  t = await createTestApp();
  doc = (await t.anonymous().get('/api/openapi.json')).json() as Doc;
  ops = Object.entries(doc.paths).flatMap(([path, byMethod]) =>
    Object.entries(byMethod).map(([m, op]) => ({ method: m.toUpperCase(), path, op })),
  );
});
afterAll(() => t.close());

/**
 * Byte protocols outside the document, on purpose: the tus 1.0.0 upload (its answers include 460 and
 * bodies in text) and the record media streams (200, 206 or 416 by the Range header).
 */
const UNDOCUMENTED = [
  'OPTIONS /api/v1/uploads',
  'POST /api/v1/uploads',
  'PATCH /api/v1/uploads/:uploadId',
  'DELETE /api/v1/uploads/:uploadId',
  'GET /api/v1/cases/:id/records/:seq/file',
  'GET /api/v1/cases/:id/records/:seq/poster',
];

const route = (method: string, path: string) => `${method} ${path.replace(/\{(\w+)\}/g, ':$1')}`;

describe('OpenAPI contract', () => {
  it('names every operation once, in camelCase', () => {
    const ids = ops.map((o) => o.op.operationId);
    expect(UNDOCUMENTED.filter((r) => t.routeAccess.has(r))).toEqual(UNDOCUMENTED);
    expect(ops.length).toBe(t.routeAccess.size - UNDOCUMENTED.length);
    expect(ids.filter((id) => !/^[a-z][a-zA-Z0-9]+$/.test(id ?? ''))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
    const byRoute = Object.fromEntries(ops.map((o) => [`${o.method} ${o.path}`, o.op.operationId]));
    expect(byRoute).toMatchObject({
      'POST /api/v1/auth/login': 'login',
      'GET /api/v1/auth/me': 'getCurrentUser',
      'GET /api/v1/cases/{id}': 'getCase',
      'POST /api/v1/cases/{id}/actions': 'takeCaseAction',
      'POST /api/v1/cases/{id}/evidence/{seq}/file': 'uploadCaseEvidenceFile',
      'GET /api/v1/documents/{id}/file/{format}': 'downloadDocumentFile',
      'PUT /api/v1/catalog/{kind}/{code}': 'saveCatalogItem',
    });
  });

  it('says how each operation is authenticated: none when public, the CSRF header on cookie writes', () => {
    expect(doc.components.securitySchemes).toMatchObject({
      session: { type: 'apiKey', in: 'cookie', name: 'sx_session' },
      token: { type: 'http', scheme: 'bearer' },
      csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
    });
    for (const { method, path, op } of ops) {
      const access = t.routeAccess.get(route(method, path));
      const expected =
        access === 'public'
          ? []
          : method === 'GET'
            ? undefined // the document's default: the session or a token
            : [{ session: [], csrf: [] }, { token: [] }];
      expect({ op: `${method} ${path}`, security: op.security }).toEqual({
        op: `${method} ${path}`,
        security: expected,
      });
    }
  });

  it('documents the 4xx answers each operation can give, all with the error body', () => {
    expect(doc.components.schemas.Error).toMatchObject({
      required: ['code', 'message', 'details'],
      properties: { code: { type: 'string' }, message: { type: 'string' } },
    });
    for (const { method, path, op } of ops) {
      const access = t.routeAccess.get(route(method, path));
      const statuses = Object.keys(op.responses).map(Number);
      const must = [400];
      if (access !== 'public') must.push(401, 403);
      if (op.parameters?.some((p) => p.in === 'path')) must.push(404, 414);
      if (method !== 'GET') must.push(413, 415);
      expect({ op: `${method} ${path}`, missing: must.filter((s) => !statuses.includes(s)) }).toEqual({
        op: `${method} ${path}`,
        missing: [],
      });
      for (const s of statuses.filter((s) => s >= 400))
        expect(op.responses[String(s)]!.$ref).toMatch(/^#\/components\/responses\/\w+$/);
    }
    const responses = (method: string, path: string) => Object.keys(doc.paths[path]![method]!.responses);
    expect(responses('post', '/api/v1/auth/login')).toEqual(['200', '400', '401', '413', '415', '429']);
    expect(responses('get', '/api/v1/calendar/deadline')).toEqual(['200', '400', '422']);
    expect(responses('put', '/api/v1/people/{id}')).toContain('409');
    expect(responses('post', '/api/v1/cases/{id}/actions')).toEqual(
      expect.arrayContaining(['404', '409', '422']),
    );
  });

  it('describes the five multipart forms with their file and text parts', () => {
    const forms = ops.filter((o) => o.op.requestBody?.content['multipart/form-data']);
    expect(forms.map((o) => `${o.method} ${o.path}`).sort()).toEqual([
      'POST /api/v1/bodies/import',
      'POST /api/v1/bodies/{id}/delegation-agreement',
      'POST /api/v1/cases/{id}/evidence/{seq}/file',
      'POST /api/v1/catalog/{kind}/import',
      'POST /api/v1/people/import',
    ]);
    for (const { op } of forms) {
      const schema = op.requestBody!.content['multipart/form-data']!.schema;
      expect(schema.required).toEqual(['file']);
      expect(schema.properties.file).toMatchObject({ type: 'string', format: 'binary' });
    }
    const evidence = doc.paths['/api/v1/cases/{id}/evidence/{seq}/file']!.post!.requestBody!;
    expect(Object.keys(evidence.content['multipart/form-data']!.schema.properties)).toEqual([
      'file',
      'capturedAt',
      'device',
      'location',
    ]);
  });

  it('gives each file download its media types', () => {
    const downloads = Object.fromEntries(
      ops
        .filter((o) => o.method === 'GET')
        .map((o) => [o.path, Object.keys(o.op.responses['200']?.content ?? {})])
        .filter(([, types]) => !(types as string[]).includes('application/json')),
    );
    const xlsx = ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'];
    expect(downloads).toEqual({
      '/api/v1/bodies/export': xlsx,
      '/api/v1/bodies/{id}/delegation-agreement': [
        'application/pdf',
        'image/png',
        'image/jpeg',
        'image/gif',
        'image/webp',
      ],
      '/api/v1/people/export': xlsx,
      '/api/v1/catalog/{kind}/export': xlsx,
      '/api/v1/cases/export.xlsx': xlsx,
      '/api/v1/deadlines/export.xlsx': xlsx,
      '/api/v1/cases/{id}/evidence/{seq}/file': ['*/*'],
      '/api/v1/cases/{id}/export.zip': ['application/zip'],
      '/api/v1/documents/{id}/file/{format}': [
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        'application/pdf',
      ],
    });
  });

  it('says the draft preview answers with a PDF', () => {
    expect(
      Object.keys(doc.paths['/api/v1/cases/{id}/documents/preview']!.post!.responses['200']!.content!),
    ).toEqual(['application/pdf']);
  });

  it('names its server', () => {
    expect(doc.servers).toEqual([{ url: '/', description: expect.any(String) }]);
  });

  it('the suite-wide check reports an undocumented status or media type, and nothing else', () => {
    resetResponsesSeen();
    recordResponse('GET', '/api/v1/cases/meta?x=1', 200, 'application/json; charset=utf-8');
    recordResponse('GET', '/api/v1/cases/meta', 404);
    recordResponse('GET', '/api/v1/cases/9b1c1ad3-7d8c-4d38-9b5c-1f0e6c3f7a11', 404);
    recordResponse('GET', '/api/v1/bodies/export', 200, 'text/csv');
    recordResponse('GET', '/api/v1/cases/meta', 500);
    recordResponse('GET', '/api/v1/no-such-route', 404);
    expect(undocumentedResponses()).toEqual([
      'GET /api/v1/bodies/export → 200 text/csv (documented: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet)',
      'GET /api/v1/cases/meta → 404',
    ]);
    resetResponsesSeen();
  });
});
