// H2: every /api/v1 route × every role (and anonymous). The expected table is written out here, by
// hand, independent of the production permission matrix: a changed permission, or a new route that
// nobody listed, fails this test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InjectOptions } from 'fastify';
import { createTestApp, type Client, type TestApp } from '../helpers/app.ts';
import {
  clientOf,
  demoIds,
  freshIp,
  loginFrom,
  randomId,
  ROLE_ACCOUNTS,
  ROLE_NAMES,
  type DemoIds,
  type RoleName,
} from './support.ts';

const BUSINESS: RoleName[] = [
  'officer',
  'unit_head',
  'reviewer',
  'legal_head',
  'deputy',
  'head',
  'publisher',
  'archivist',
];
const EVERY_ROLE: RoleName[] = [...BUSINESS, 'sysadmin', 'secadmin', 'auditor'];

type Access = { public: true } | { roles: RoleName[] };
const PUBLIC: Access = { public: true };
const only = (...roles: RoleName[]): Access => ({ roles });

/** The access table: route → who may call it. */
const EXPECTED: Record<string, Access> = {
  'POST /api/v1/auth/login': PUBLIC,
  'POST /api/v1/auth/logout': only(...EVERY_ROLE),
  'GET /api/v1/auth/me': only(...EVERY_ROLE),
  'POST /api/v1/auth/password': only(...EVERY_ROLE),
  'GET /api/v1/auth/tokens': only(...EVERY_ROLE),
  'POST /api/v1/auth/tokens': only(...EVERY_ROLE),
  'DELETE /api/v1/auth/tokens/:id': only(...EVERY_ROLE),
  'GET /api/v1/users': only('sysadmin', 'secadmin'),
  'POST /api/v1/users': only('sysadmin'),
  'PUT /api/v1/users/:id/roles': only('secadmin'),
  'POST /api/v1/users/:id/unlock': only('secadmin'),
  'POST /api/v1/users/:id/reset-password': only('secadmin'),
  'POST /api/v1/users/:id/initial-password': only('sysadmin'),
  'POST /api/v1/users/:id/disable': only('sysadmin'),
  'POST /api/v1/users/:id/enable': only('sysadmin'),
  'POST /api/v1/users/:id/second-factor/reset': only('secadmin'),
  'POST /api/v1/auth/second-factor/verify': only(...EVERY_ROLE),
  'POST /api/v1/auth/second-factor/enrol': only(...EVERY_ROLE),
  'POST /api/v1/auth/second-factor/activate': only(...EVERY_ROLE),
  'GET /api/v1/auth/second-factor': only(...EVERY_ROLE),
  'POST /api/v1/auth/second-factor/disable': only(...EVERY_ROLE),
  'POST /api/v1/users/:id/second-factor/token': only('secadmin'),
  'GET /api/v1/auth/settings': only('secadmin'),
  'PUT /api/v1/auth/settings': only('secadmin'),
  'POST /api/v1/publicity/redactions/preview': only('publisher'),
  'GET /api/v1/publicity/publications': only('publisher', 'unit_head', 'deputy', 'head', 'legal_head'),
  'GET /api/v1/publicity/publications/:id': only('publisher', 'unit_head', 'deputy', 'head', 'legal_head'),
  'PUT /api/v1/publicity/publications/:id': only('publisher'),
  'POST /api/v1/publicity/publications/:id/submit': only('publisher'),
  'POST /api/v1/publicity/publications/:id/approve': only('unit_head', 'deputy', 'head'),
  'POST /api/v1/publicity/publications/:id/return': only('unit_head', 'deputy', 'head'),
  'POST /api/v1/publicity/publications/:id/publish': only('publisher'),
  'POST /api/v1/publicity/publications/:id/withdraw': only('publisher'),
  'POST /api/v1/publicity/cases/:caseId/outcome': only('publisher', 'unit_head', 'legal_head'),
  'GET /api/v1/publicity/supervision': only('publisher', 'unit_head', 'deputy', 'head', 'legal_head'),
  'GET /api/v1/publicity/settings/chain': only('publisher', 'unit_head', 'deputy', 'head', 'legal_head'),
  'PUT /api/v1/publicity/settings/chain': only('head'),
  'GET /api/v1/bodies': only(...EVERY_ROLE),
  'GET /api/v1/bodies/export': only(...EVERY_ROLE),
  'POST /api/v1/bodies/import': only('sysadmin'),
  'GET /api/v1/bodies/:id': only(...EVERY_ROLE),
  'POST /api/v1/bodies': only('sysadmin'),
  'PUT /api/v1/bodies/:id': only('sysadmin'),
  'GET /api/v1/bodies/:id/versions': only(...EVERY_ROLE),
  'GET /api/v1/bodies/:id/reviewer-indicator': only(...EVERY_ROLE),
  'POST /api/v1/bodies/:id/delegation-agreement': only('sysadmin'),
  'GET /api/v1/bodies/:id/delegation-agreement': only(...EVERY_ROLE),
  'GET /api/v1/units': only(...EVERY_ROLE),
  'POST /api/v1/units': only('sysadmin'),
  'PUT /api/v1/units/:id': only('sysadmin'),
  'GET /api/v1/people': only(...BUSINESS, 'sysadmin', 'secadmin'),
  'GET /api/v1/people/:id': only(...BUSINESS, 'sysadmin', 'secadmin'),
  'POST /api/v1/people': only('sysadmin'),
  'PUT /api/v1/people/:id': only('sysadmin'),
  'GET /api/v1/people/:id/versions': only(...BUSINESS, 'sysadmin', 'secadmin'),
  'GET /api/v1/people/export': only('sysadmin', 'head'),
  'POST /api/v1/people/lookup': only('unit_head', 'head', 'deputy', 'sysadmin'),
  'POST /api/v1/people/import': only('sysadmin'),
  'GET /api/v1/certificates/:id': only(...BUSINESS, 'sysadmin', 'secadmin'),
  'POST /api/v1/certificates': only('sysadmin', 'legal_head'),
  'PUT /api/v1/certificates/:id': only('sysadmin', 'legal_head'),
  'POST /api/v1/certificates/:id/reviews': only('sysadmin', 'legal_head'),
  'GET /api/v1/public/officers/:number': PUBLIC,
  'GET /api/v1/audit': only('auditor'),
  'GET /api/v1/audit/events': only('auditor'),
  'GET /api/v1/ledger/verify': only('auditor'),
  'GET /api/v1/catalog/:kind': only(...BUSINESS, 'sysadmin'),
  'GET /api/v1/enforcement-items': only(...BUSINESS, 'sysadmin'),
  'GET /api/v1/catalog/:kind/:code/versions': only(...BUSINESS, 'sysadmin'),
  'GET /api/v1/catalog/:kind/export': only(...BUSINESS, 'sysadmin'),
  'POST /api/v1/catalog/:kind/import': only('legal_head', 'head'),
  'PUT /api/v1/catalog/:kind/:code': only('legal_head', 'head'),
  'POST /api/v1/catalog/:kind/:code/retire': only('legal_head', 'head'),
  'GET /api/v1/cases/meta': only(...BUSINESS),
  'GET /api/v1/cases': only(...BUSINESS),
  'GET /api/v1/cases/pending-approvals': only(...BUSINESS),
  'GET /api/v1/cases/export.xlsx': only(...BUSINESS),
  'POST /api/v1/cases': only('officer', 'unit_head'),
  'GET /api/v1/cases/:id': only(...BUSINESS),
  'POST /api/v1/cases/:id/actions': only(...BUSINESS),
  'POST /api/v1/cases/:id/evidence': only('officer', 'unit_head'),
  'POST /api/v1/cases/:id/evidence/:seq/file': only('officer', 'unit_head'),
  'GET /api/v1/cases/:id/evidence/:seq/file': only(...BUSINESS),
  'OPTIONS /api/v1/uploads': only('officer', 'unit_head'),
  'POST /api/v1/uploads': only('officer', 'unit_head'),
  'PATCH /api/v1/uploads/:uploadId': only('officer', 'unit_head'),
  'DELETE /api/v1/uploads/:uploadId': only('officer', 'unit_head'),
  'GET /api/v1/cases/:id/records': only(...BUSINESS),
  'GET /api/v1/cases/:id/records/:seq/file': only(...BUSINESS),
  'GET /api/v1/cases/:id/records/:seq/poster': only(...BUSINESS),
  'POST /api/v1/cases/:id/records/exemptions': only('officer', 'unit_head'),
  'POST /api/v1/cases/:id/records/exemptions/:exemptionId/approve': only('deputy', 'head'),
  'GET /api/v1/cases/:id/export.zip': only(...BUSINESS),
  'POST /api/v1/cases/:id/parties': only('officer', 'unit_head'),
  'PUT /api/v1/cases/:id/parties/:partyId': only('officer', 'unit_head'),
  'GET /api/v1/cases/:id/parties/:partyId/versions': only(...BUSINESS),
  'GET /api/v1/deadlines': only(...BUSINESS),
  'GET /api/v1/deadlines/export.xlsx': only(...BUSINESS),
  'GET /api/v1/cases/:id/document-templates': only(...BUSINESS),
  'POST /api/v1/cases/:id/documents/preview': only(...BUSINESS),
  'POST /api/v1/cases/:id/documents': only('officer', 'unit_head'),
  'GET /api/v1/documents/:id': only(...BUSINESS),
  'GET /api/v1/documents/:id/file/:format': only(...BUSINESS),
  'GET /api/v1/document-settings': only(...BUSINESS),
  'PUT /api/v1/document-settings': only('head'),
  'GET /api/v1/reminders': only(...BUSINESS),
  'GET /api/v1/work-queue': only(...BUSINESS),
  // D2–D7 the legal review.
  'GET /api/v1/reviews': only(...BUSINESS),
  'GET /api/v1/reviews/by-case': only(...BUSINESS),
  'POST /api/v1/reviews/materials': only(...BUSINESS),
  'GET /api/v1/reviews/:id': only(...BUSINESS),
  'POST /api/v1/reviews': only('officer', 'unit_head'),
  'POST /api/v1/reviews/:id/assign': only('legal_head'),
  'POST /api/v1/reviews/:id/recuse': only('reviewer', 'legal_head'),
  'POST /api/v1/reviews/:id/findings': only('reviewer', 'legal_head'),
  'POST /api/v1/reviews/:id/opinion': only('reviewer', 'legal_head'),
  'POST /api/v1/reviews/:id/extend': only('legal_head'),
  'POST /api/v1/reviews/:id/contest': only('officer', 'unit_head'),
  'POST /api/v1/reviews/:id/coordinate': only('legal_head'),
  'POST /api/v1/reviews/:id/collective': only('deputy', 'head'),
  'GET /api/v1/legal-documents': only(...BUSINESS, 'sysadmin'),
  'POST /api/v1/legal-documents': only('legal_head', 'head'),
  'POST /api/v1/discretion/evaluate': only(...BUSINESS, 'sysadmin'),
  'GET /api/v1/calendar/deadline': PUBLIC,
  'GET /api/v1/calendar/coverage': only(...EVERY_ROLE),
  'GET /api/v1/calendar/overrides': only('sysadmin'),
  'POST /api/v1/calendar/overrides': only('sysadmin'),
  'POST /api/v1/calendar/covered-years': only('sysadmin'),
};

/**
 * The request each route receives: real demo ids in the path, and for writes an empty body (or none)
 * so a permitted caller gets a validation error rather than changing anything.
 */
function requestFor(key: string, ids: DemoIds): InjectOptions {
  const [method, pattern] = key.split(' ') as [InjectOptions['method'], string];
  const officerCert = ids.certOf[ids.certNumberOf.officer1!]!;
  const path = pattern
    .replace(/^\/api\/v1\/users\/:id\/unlock$/, `/api/v1/users/${randomId()}/unlock`) // a real id would unlock
    .replace(/^\/api\/v1\/users\/:id\/reset-password$/, `/api/v1/users/${randomId()}/reset-password`) // likewise
    .replace(/^\/api\/v1\/users\/:id\/initial-password$/, `/api/v1/users/${randomId()}/initial-password`)
    .replace(
      /^\/api\/v1\/users\/:id\/second-factor\/reset$/,
      `/api/v1/users/${randomId()}/second-factor/reset`,
    )
    .replace(/^\/api\/v1\/auth\/tokens\/:id$/, `/api/v1/auth/tokens/${randomId()}`) // a real one would be revoked
    .replace(/^\/api\/v1\/users\/:id/, `/api/v1/users/${ids.userOf.officer1}`)
    .replace(/^\/api\/v1\/bodies\/:id/, `/api/v1/bodies/${ids.district}`)
    .replace(/^\/api\/v1\/units\/:id/, `/api/v1/units/${ids.units.handling}`)
    .replace(/^\/api\/v1\/people\/:id/, `/api/v1/people/${ids.personOf.officer1}`)
    .replace(/^\/api\/v1\/reviews\/:id/, `/api/v1/reviews/${randomId()}`) // none exists: past the access check, 404
    .replace(/^\/api\/v1\/certificates\/:id/, `/api/v1/certificates/${officerCert}`)
    .replace(/^\/api\/v1\/cases\/:id/, `/api/v1/cases/${randomId()}`) // permitted callers get 400 or 404
    .replace(/^\/api\/v1\/publicity\/publications\/:id/, `/api/v1/publicity/publications/${randomId()}`)
    .replace(':caseId', randomId())
    .replace(':partyId', randomId())
    .replace(':uploadId', randomId())
    .replace(':exemptionId', randomId())
    .replace(/^\/api\/v1\/documents\/:id\/file\/:format$/, `/api/v1/documents/${randomId()}/file/pdf`)
    .replace(/^\/api\/v1\/documents\/:id/, `/api/v1/documents/${randomId()}`)
    .replace(':number', ids.certNumberOf.officer1!)
    .replace(':seq', '1')
    .replace(':kind', 'item')
    .replace(':code', 'NO-SUCH-CODE');
  expect(path, `no id substituted in ${key}`).not.toContain(':');
  const query: Record<string, string> = {
    'GET /api/v1/calendar/deadline': '?from=2026-09-28&workingDays=5',
    'GET /api/v1/people/export': '?bodyId=not-a-uuid', // permitted callers get 400 and no export is logged
    'GET /api/v1/cases/export.xlsx': '?kind=none', // likewise
    'GET /api/v1/deadlines/export.xlsx': '?status=none',
    'GET /api/v1/reminders': '?since=2026-01-01',
  };
  const url = path + (query[key] ?? '');
  if (method === 'GET' || method === 'DELETE') return { method, url };
  // Unlock takes no body; every other write gets an empty JSON object that fails validation.
  if (
    [
      'POST /api/v1/users/:id/unlock',
      'POST /api/v1/users/:id/reset-password',
      'POST /api/v1/users/:id/initial-password',
      'POST /api/v1/users/:id/second-factor/reset',
      'POST /api/v1/auth/second-factor/enrol',
    ].includes(key)
  )
    return { method, url };
  return { method, url, payload: {} };
}

describe('route × role access matrix', () => {
  let t: TestApp;
  let ids: DemoIds;
  const clients = {} as Record<RoleName, Client>;

  beforeAll(async () => {
    t = await createTestApp();
    ids = await demoIds(t);
    for (const role of ROLE_NAMES) clients[role] = await loginFrom(t, ROLE_ACCOUNTS[role]);
  });
  afterAll(async () => t.close());

  it('lists every registered route, and only registered routes', () => {
    const registered = [...t.routeAccess.keys()].sort();
    expect(registered).toEqual(Object.keys(EXPECTED).sort());
  });

  it('declares public access exactly where the table says so', () => {
    const publicRoutes = [...t.routeAccess]
      .filter(([, a]) => a === 'public')
      .map(([k]) => k)
      .sort();
    expect(publicRoutes).toEqual(
      Object.entries(EXPECTED)
        .filter(([, a]) => 'public' in a)
        .map(([k]) => k)
        .sort(),
    );
  });

  const routes = Object.keys(EXPECTED).filter((k) => k !== 'POST /api/v1/auth/logout');

  it.each(routes)('%s', async (key) => {
    const access = EXPECTED[key]!;
    const base = requestFor(key, ids);
    const outcomes: Record<string, string> = {};
    const expected: Record<string, string> = {};
    for (const role of [...ROLE_NAMES, 'anonymous' as const]) {
      const client = role === 'anonymous' ? clientOf(t, null, null) : clients[role];
      // Each call from its own address: the login route is rate-limited per IP.
      const res = await client.request({ ...base, remoteAddress: freshIp() });
      const code = (res.headers['content-type'] ?? '').toString().includes('json')
        ? ((res.json() as { code?: string }).code ?? '')
        : '';
      const allowed = 'public' in access || (role !== 'anonymous' && access.roles.includes(role));
      if (allowed) {
        outcomes[role] =
          res.statusCode === 401 || res.statusCode === 403 || res.statusCode >= 500
            ? `refused ${res.statusCode} ${code}`
            : 'allowed';
        expected[role] = 'allowed';
      } else {
        outcomes[role] = `${res.statusCode} ${code}`;
        expected[role] = role === 'anonymous' ? '401 UNAUTHENTICATED' : '403 FORBIDDEN';
      }
    }
    expect(outcomes).toEqual(expected);
  });

  it('POST /api/v1/auth/logout', async () => {
    const outcomes: Record<string, string> = {};
    const expected: Record<string, string> = {};
    for (const role of ROLE_NAMES) {
      // A session of its own, so the shared clients stay logged in.
      const session = await loginFrom(t, ROLE_ACCOUNTS[role]);
      const res = await session.post('/api/v1/auth/logout');
      outcomes[role] =
        res.statusCode === 401 || res.statusCode === 403 || res.statusCode >= 500
          ? `refused ${res.statusCode}`
          : 'allowed';
      expected[role] = 'allowed';
    }
    const anon = await clientOf(t, null, null).post('/api/v1/auth/logout');
    outcomes.anonymous = `${anon.statusCode} ${(anon.json() as { code: string }).code}`;
    expected.anonymous = '401 UNAUTHENTICATED';
    expect(outcomes).toEqual(expected);
  });

  it('lets a session signed in with an initial password reach only me, logout and the password change', async () => {
    const created = await clients.sysadmin.post('/api/v1/users', {
      username: `m${randomId().replace(/-/g, '').slice(0, 10)}`,
      displayName: '待激活',
      bodyId: ids.district,
    });
    expect(created.statusCode, created.body).toBe(201);
    const { username, initialPassword } = created.json() as { username: string; initialPassword: string };
    const holder = await loginFrom(t, username, initialPassword);
    const open = ['GET /api/v1/auth/me', 'POST /api/v1/auth/password', 'POST /api/v1/auth/logout'];
    const outcomes: Record<string, string> = {};
    const expected: Record<string, string> = {};
    const statuses: Record<string, number> = {};
    for (const key of Object.keys(EXPECTED).filter((k) => !('public' in EXPECTED[k]!))) {
      if (key === 'POST /api/v1/auth/logout') continue; // would end the session the walk uses
      const res = await holder.request({ ...requestFor(key, ids), remoteAddress: freshIp() });
      statuses[key] = res.statusCode;
      const refused = (res.json() as { code?: string }).code === 'PASSWORD_CHANGE_REQUIRED';
      outcomes[key] = refused ? 'refused' : 'open';
      expected[key] = open.includes(key) ? 'open' : 'refused';
    }
    expect(outcomes).toEqual(expected);
    expect(statuses['GET /api/v1/auth/me']).toBe(200);
    expect(statuses['POST /api/v1/auth/password']).toBe(400); // the empty body fails validation
    expect((await holder.post('/api/v1/auth/logout')).statusCode).toBe(200);
  });

  it('leaves the shared sessions logged in (the walk changed nothing it should not have)', async () => {
    for (const role of ROLE_NAMES) {
      const me = await clients[role].get('/api/v1/auth/me');
      expect(me.statusCode, role).toBe(200);
      expect((me.json() as { username: string }).username).toBe(ROLE_ACCOUNTS[role]);
    }
  });
});
