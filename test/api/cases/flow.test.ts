// C1–C2 over HTTP: a penalty case from lead to decision, with the approvals each step needs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../helpers/app.ts';
import { demoIds, expectError, type DemoIds } from '../support.ts';
import { serverToday } from '../../helpers/clock.ts';
import { documentsFor } from './case-helpers.ts';

interface CaseOut {
  id: string;
  code: string;
  state: string;
  version: number;
  actions: { type: string }[];
  actionsForOthers: { type: string; permission: string }[];
  deadlines: { key: string; due: string; status: string }[];
  timeline: { action: string; toState: string }[];
}

describe('a penalty case over HTTP', () => {
  let t: TestApp;
  let ids: DemoIds;
  let officer: Client;
  let head: Client;
  beforeAll(async () => {
    t = await createTestApp();
    ids = await demoIds(t);
    officer = await t.login('officer1');
    head = await t.login('head1');
  });
  afterAll(() => t.close());

  const newCase = () => ({
    kind: 'penalty',
    field: 'medical',
    cause: '未取得医疗机构执业许可证擅自执业',
    source: '投诉举报',
    leadOfficerId: ids.personOf.officer1,
    officerIds: [ids.personOf.officer1, ids.personOf.officer2],
    parties: [
      {
        role: 'party',
        type: 'organisation',
        name: '示范口腔诊所有限公司',
        creditCode: '91350100M000100Y43',
        legalRepresentative: '王五',
        address: '示范区人民路1号',
      },
    ],
    particulars: { violationOn: serverToday(), discoveredOn: serverToday() },
    enforcementItemCode: 'SFWJ-CF-001',
  });

  it('is created in 线索/受理 and offers 立案 only to the head', async () => {
    const res = await officer.post('/api/v1/cases', newCase());
    expect(res.statusCode, res.body).toBe(201);
    const c = res.json() as CaseOut;
    expect(c.state).toBe('lead');
    expect(c.code).toMatch(/^\d{4}-00001$/);
    expect(c.actions.map((a) => a.type)).toEqual(['decide_simple']);
    expect(c.actionsForOthers.map((a) => [a.type, a.permission])).toEqual([
      ['file', 'cases.approve'],
      ['decline_filing', 'cases.approve'],
    ]);
    const refused = await officer.post(`/api/v1/cases/${c.id}/actions`, {
      version: c.version,
      action: { type: 'file', filedOn: serverToday(), approvedBy: '局长' },
    });
    expectError(refused, 403, 'FORBIDDEN');
    const filed = await head.post(`/api/v1/cases/${c.id}/actions`, {
      version: c.version,
      action: { type: 'file', filedOn: serverToday(), approvedBy: '张局长' },
      documents: documentsFor('penalty', { type: 'file' }),
    });
    expect(filed.statusCode, filed.body).toBe(200);
    const f = filed.json() as CaseOut;
    expect(f.state).toBe('filed');
    expect(f.deadlines.map((d) => [d.key, d.status])).toEqual([['decision', 'open']]);
    // The head's stale version now conflicts.
    expectError(
      await head.post(`/api/v1/cases/${c.id}/actions`, {
        version: c.version,
        action: { type: 'revoke', on: serverToday(), reason: '重复' },
      }),
      409,
      'VERSION_CONFLICT',
    );
    const inv = await officer.post(`/api/v1/cases/${c.id}/actions`, {
      version: f.version,
      action: { type: 'start_investigation', on: serverToday() },
    });
    expect((inv.json() as CaseOut).state).toBe('investigating');
  });

  it('refuses an unknown action and a malformed date with 400, a wrong step with 422', async () => {
    const c = (await officer.post('/api/v1/cases', newCase())).json() as CaseOut;
    expectError(
      await officer.post(`/api/v1/cases/${c.id}/actions`, { version: c.version, action: { type: 'fly' } }),
      400,
      'VALIDATION_FAILED',
    );
    expectError(
      await head.post(`/api/v1/cases/${c.id}/actions`, {
        version: c.version,
        action: { type: 'file', filedOn: '2026-13-01', approvedBy: 'x' },
      }),
      400,
      'VALIDATION_FAILED',
    );
    const wrong = await head.post(`/api/v1/cases/${c.id}/actions`, {
      version: c.version,
      action: { type: 'decide', decidedOn: serverToday(), penalty: { kinds: ['warning'], fineFen: null } },
    });
    expectError(wrong, 422, 'RULE_VIOLATION');
    expect((wrong.json() as { details: { rule: string } }).details.rule).toBe('NOT_ALLOWED_IN_STATE');
  });
});

describe('a case opened from an inspection', () => {
  let t: TestApp;
  let ids: DemoIds;
  let officer: Client;
  beforeAll(async () => {
    t = await createTestApp();
    ids = await demoIds(t);
    officer = await t.login('officer1');
  });
  afterAll(() => t.close());

  it('transfers the inspection (移送立案查处) in the same step', async () => {
    const base = {
      field: 'medical',
      source: '日常监督检查',
      leadOfficerId: ids.personOf.officer1,
      officerIds: [ids.personOf.officer1, ids.personOf.officer2],
      parties: [
        {
          role: 'party',
          type: 'organisation',
          name: '示范口腔诊所有限公司',
          creditCode: '91350100M000100Y43',
          // The 现场笔录 made in the inspection step names the party's address and legal representative
          // (no blank clause).
          address: '示范区健康路 8 号',
          legalRepresentative: '陈立',
        },
      ],
    };
    const insp = (
      await officer.post('/api/v1/cases', { ...base, kind: 'inspection', cause: '医疗机构依法执业检查' })
    ).json() as CaseOut;
    const done = (
      await officer.post(`/api/v1/cases/${insp.id}/actions`, {
        version: insp.version,
        action: {
          type: 'inspect',
          inspectedOn: serverToday(),
          place: '示范区健康路 8 号',
          certificatesShown: true,
          onSiteRecord: true,
        },
        documents: documentsFor('inspection', { type: 'inspect' }),
      })
    ).json() as CaseOut;
    expect(done.state).toBe('inspected');
    const created = await officer.post('/api/v1/cases', {
      ...base,
      kind: 'penalty',
      cause: '使用非卫生技术人员从事医疗卫生技术工作',
      source: '监督检查发现',
      originCaseId: insp.id,
      particulars: { violationOn: serverToday(), discoveredOn: serverToday() },
    });
    expect(created.statusCode, created.body).toBe(201);
    const after = (await officer.get(`/api/v1/cases/${insp.id}`)).json() as CaseOut & {
      linkedCases: { id: string }[];
    };
    expect(after.state).toBe('transferred');
    expect(after.timeline.at(-1)).toMatchObject({ action: 'transfer_to_case', toState: 'transferred' });
    expect(after.linkedCases.map((c) => c.id)).toContain((created.json() as CaseOut).id);
  });
});
