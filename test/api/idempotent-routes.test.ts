// Issue 14: the Idempotency-Key header is declared by every create route of the OpenAPI document, and
// on each kind of create a keyed retry returns the first response and writes nothing — including the
// creates whose services do the most (a document issued with its number and signatures, a party and an
// evidence item checked against the case version, an account with its one-time password). On PGlite this
// also proves no create reaches for a second connection while the key's transaction holds the only one.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../helpers/app.ts';
import { serverToday } from '../helpers/clock.ts';
import {
  bodyInput,
  demoIds,
  ledgerCount,
  newCertNumber,
  newIdNumber,
  newName,
  personInput,
  type DemoIds,
} from './support.ts';
import { caseInput, createCase, SIMPLE_SHEET } from './cases/case-helpers.ts';

const EXPECTED = [
  'POST /api/v1/auth/tokens',
  'POST /api/v1/bodies',
  'POST /api/v1/calendar/overrides',
  'POST /api/v1/cases',
  'POST /api/v1/cases/{id}/documents',
  'POST /api/v1/cases/{id}/evidence',
  'POST /api/v1/cases/{id}/parties',
  'POST /api/v1/certificates',
  'POST /api/v1/certificates/{id}/reviews',
  'POST /api/v1/legal-documents',
  'POST /api/v1/people',
  'POST /api/v1/units',
  'POST /api/v1/users',
  'PUT /api/v1/catalog/{kind}/{code}',
];

type Operation = { parameters?: { in: string; name: string }[] };

describe('Idempotency-Key on every create route', () => {
  let t: TestApp;
  let ids: DemoIds;
  let sysadmin: Client;
  let officer: Client;

  beforeAll(async () => {
    t = await createTestApp();
    ids = await demoIds(t);
    sysadmin = await t.login('sysadmin');
    officer = await t.login('officer1');
  });
  afterAll(() => t.close());

  it('the OpenAPI document declares the header on exactly the create routes', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, Operation>>;
    };
    const declared = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops)
        .filter(([, op]) => op.parameters?.some((p) => p.in === 'header' && p.name === 'Idempotency-Key'))
        .map(([method]) => `${method.toUpperCase()} ${path}`),
    );
    expect(declared.sort()).toEqual(EXPECTED);
  });

  /** Sends `body` twice under one key: the second answer is the first, replayed, and nothing is added. */
  async function createdOnce(client: Client, method: 'POST' | 'PUT', url: string, body: unknown) {
    const key = randomUUID();
    const send = () =>
      client.request({ method, url, payload: body as object, headers: { 'idempotency-key': key } });
    const first = await send();
    expect(first.statusCode, `${url}: ${first.body}`).toBeLessThan(300);
    const ledger = await ledgerCount(t);
    const again = await send();
    expect({ status: again.statusCode, body: again.body }).toEqual({
      status: first.statusCode,
      body: first.body,
    });
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(await ledgerCount(t)).toBe(ledger);
    return first.json() as Record<string, unknown>;
  }

  it('roster creates: body, unit, person, certificate and its review, account', async () => {
    const body = await createdOnce(sysadmin, 'POST', '/api/v1/bodies', bodyInput(ids.district));
    await createdOnce(sysadmin, 'POST', '/api/v1/units', {
      bodyId: body.id,
      name: '稽查科',
      kind: 'handling',
    });
    const person = await createdOnce(sysadmin, 'POST', '/api/v1/people', personInput(ids.district));
    const cert = await createdOnce(sysadmin, 'POST', '/api/v1/certificates', {
      personId: person.id,
      number: newCertNumber(),
      categories: ['penalty'],
      region: '示范市示范区',
      issuer: '示范省人民政府',
      issuedOn: '2026-01-10',
      expiresOn: '2029-01-09',
    });
    await createdOnce(sysadmin, 'POST', `/api/v1/certificates/${String(cert.id)}/reviews`, {
      year: 2026,
      passed: true,
      reviewedOn: '2026-12-01',
    });
    const account = await createdOnce(sysadmin, 'POST', '/api/v1/users', {
      username: `idem${Date.now()}`,
      displayName: newName('新人'),
      bodyId: ids.district,
    });
    expect(account.initialPassword).toEqual(expect.any(String));
  });

  it('case creates: party, evidence and an issued document (numbered and signed once)', async () => {
    const c = await createCase(officer, caseInput(ids));
    const withParty = await createdOnce(officer, 'POST', `/api/v1/cases/${c.id}/parties`, {
      version: c.version,
      role: 'witness',
      type: 'person',
      name: '李见证',
      idType: '居民身份证',
      idNumber: newIdNumber(),
      address: '示范区人民路 2 号',
      phone: '13800001111',
    });
    await createdOnce(officer, 'POST', `/api/v1/cases/${c.id}/evidence`, {
      version: withParty.version,
      type: 'documentary',
      title: '营业执照复印件',
      collectedOn: '2026-08-01',
    });

    const simple = await createCase(officer, {
      ...caseInput(ids),
      field: 'public_place',
      place: '示范区人民路 8 号悦来宾馆',
      summary: '现场检查发现服务员李某未取得有效健康合格证明从事客房服务工作',
      particulars: { violationOn: serverToday(), discoveredOn: serverToday() },
      simple: {
        decidedOn: serverToday(),
        kinds: ['warning', 'fine'],
        fineFen: 200_000,
        document: SIMPLE_SHEET,
      },
      openedOn: serverToday(),
    });
    const doc = await createdOnce(officer, 'POST', `/api/v1/cases/${simple.id}/documents`, {
      template: 'simple_penalty_decision',
      inputs: { at: `${serverToday()} 10:30` },
    });
    expect(doc.number).toEqual(expect.any(String));
  });

  it('calendar create: a holiday adjustment', async () => {
    await createdOnce(sysadmin, 'POST', '/api/v1/calendar/overrides', {
      date: '2026-10-20',
      kind: 'holiday',
      name: '地方纪念日',
      reason: '市政府通知',
    });
  });
});
