// H3 over HTTP: the audit log in Chinese and its server-side filters (event, person, object, dates), for
// the auditor only.
import { SIMPLE_SHEET } from './cases/case-helpers.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { addDays, serverToday } from '../helpers/clock.ts';
import { caseInput, createCase, type CaseOut } from './cases/case-helpers.ts';
import {
  clientOf,
  createPerson,
  demoIds,
  expectError,
  loginFrom,
  ROLE_ACCOUNTS,
  ROLE_NAMES,
  sql,
  type IpClient,
} from './support.ts';
import { demoBodyName } from '../helpers/demo.ts';

interface Item {
  seq: number;
  at: string;
  actorName: string;
  action: string;
  label: string;
  domain: string | null;
  entityType: string;
  entityLabel: string;
  entityId: string | null;
  entityName: string | null;
  details: { label: string; value: string }[];
  payload: Record<string, unknown>;
}

describe('audit log', () => {
  let t: TestApp;
  let auditor: IpClient;
  let person: { id: string; name: string };
  let onTheSpot: CaseOut;

  beforeAll(async () => {
    t = await createTestApp();
    const ids = await demoIds(t);
    auditor = await loginFrom(t, ROLE_ACCOUNTS.auditor);
    const sysadmin = await loginFrom(t, ROLE_ACCOUNTS.sysadmin);
    const created = await createPerson(sysadmin, ids.district);
    person = { id: created.id, name: created.input.name };
    // A 简易程序 case: registered and decided on the spot in one request (case.created, case.decide_simple).
    onTheSpot = await createCase(
      await loginFrom(t, ROLE_ACCOUNTS.officer),
      caseInput(ids, {
        particulars: { violationOn: '2026-09-10', discoveredOn: '2026-09-10' },
        simple: { decidedOn: '2026-09-10', kinds: ['warning'], fineFen: null, document: SIMPLE_SHEET },
      }),
    );
  });
  afterAll(() => t.close());

  async function audit(query: string): Promise<Item[]> {
    const res = await auditor.get(`/api/v1/audit?limit=500&${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as { items: Item[] }).items;
  }

  it('lists the catalogue of events and object types to filter by', async () => {
    const res = await auditor.get('/api/v1/audit/events');
    expect(res.statusCode).toBe(200);
    const body = res.json() as {
      events: { code: string; label: string; domain: string }[];
      entityTypes: { value: string; label: string; searchable: boolean }[];
    };
    expect(body.events).toContainEqual({ code: 'person.created', label: '新增人员', domain: 'A3' });
    expect(body.events).toContainEqual({ code: 'case.file', label: '立案', domain: 'C2' });
    expect(body.entityTypes).toContainEqual({ value: 'case', label: '案件', searchable: true });
    expect(body.entityTypes).toContainEqual({ value: 'person', label: '人员', searchable: true });
  });

  it('shows each entry in Chinese, with its object by name or number and what happened', async () => {
    const [created] = await audit(`event=person.created&entityId=${person.id}`);
    expect(created).toMatchObject({
      label: '新增人员',
      domain: 'A3',
      entityLabel: '人员',
      entityName: person.name,
      details: [{ label: '姓名', value: person.name }],
    });
    const [decided] = await audit(`event=case.decide_simple&entityId=${onTheSpot.id}`);
    expect(decided).toMatchObject({
      label: '简易程序当场处罚',
      domain: 'C2',
      entityLabel: '案件',
      entityName: onTheSpot.code,
    });
    expect(decided!.details).toEqual(
      expect.arrayContaining([
        { label: '决定日期', value: '2026-09-10' },
        expect.objectContaining({ label: '处罚', value: expect.stringContaining('警告') }),
      ]),
    );
  });

  it('filters by one event exactly, or by a code prefix', async () => {
    const simple = await audit('event=case.decide_simple');
    expect(simple.map((e) => e.entityId)).toEqual([onTheSpot.id]);
    // `event` is one code exactly: case.decide is not case.decide_simple; `action` is a prefix.
    expect(await audit('event=case.decide')).toEqual([]);
    expect((await audit('action=case.decide')).map((e) => e.action)).toEqual(['case.decide_simple']);
    const auth = await audit('action=auth.');
    expect(auth.length).toBeGreaterThan(0);
    expect(auth.every((e) => e.action.startsWith('auth.'))).toBe(true);
  });

  it('filters by the acting person', async () => {
    const [officer] = await sql<{ display_name: string }>(
      t,
      'select display_name from users where username = $1',
      [ROLE_ACCOUNTS.officer],
    );
    const items = await audit(`actor=${encodeURIComponent(officer!.display_name)}`);
    expect(items.map((e) => e.action)).toEqual(
      expect.arrayContaining(['auth.login', 'case.created', 'case.decide_simple']),
    );
    expect(items.every((e) => e.actorName === officer!.display_name)).toBe(true);
  });

  it('filters by a case by its number, and by a person by name', async () => {
    const ofCase = await audit(`entityType=case&entity=${encodeURIComponent(onTheSpot.code)}`);
    expect(ofCase.map((e) => [e.action, e.entityId])).toEqual([
      ['case.decide_simple', onTheSpot.id],
      ['case.created', onTheSpot.id],
    ]);
    // Without a type every kind of object is searched (the case, its documents, …): the 当场行政处罚决定书
    // issued with the decision is found with it.
    const untyped = await audit(`entity=${encodeURIComponent(onTheSpot.code)}`);
    expect(untyped.map((e) => e.action)).toEqual([
      'case.document_issued',
      'case.decide_simple',
      'case.created',
    ]);
    expect(untyped.slice(1)).toEqual(ofCase);

    const ofPerson = await audit(`entity=${encodeURIComponent(person.name)}`);
    expect(ofPerson.map((e) => [e.action, e.entityId])).toEqual([['person.created', person.id]]);
    expect(await audit('entity=没有这个对象')).toEqual([]);
  });

  it('filters by date range in Beijing time', async () => {
    // The ledger stamps entries by the services' sense of now.
    const today = serverToday();
    expect((await audit(`from=${today}&to=${today}`)).length).toBeGreaterThan(0);
    expect(await audit('from=2000-01-01&to=2000-12-31')).toEqual([]);
    expect(await audit(`from=${addDays(today, 1)}`)).toEqual([]);
  });

  it('records a download of the bodies register, and reads it in Chinese', async () => {
    const sysadmin = await loginFrom(t, ROLE_ACCOUNTS.sysadmin);
    const res = await sysadmin.get('/api/v1/bodies/export');
    expect(res.statusCode).toBe(200);
    const [entry] = await audit('event=bodies.exported');
    expect(entry).toMatchObject({
      label: '导出执法主体',
      entityLabel: '执法主体',
      entityName: demoBodyName('district'),
      payload: { bytes: res.rawPayload.length },
    });
    expect(entry!.details[0]!.label).toBe('文件大小');
  });

  it('is the auditor’s only: every other role is refused, and so is an anonymous caller', async () => {
    for (const role of ROLE_NAMES.filter((r) => r !== 'auditor')) {
      const client = await loginFrom(t, ROLE_ACCOUNTS[role]);
      for (const url of ['/api/v1/audit?entity=x', '/api/v1/audit/events'])
        expectError(await client.get(url), 403, 'FORBIDDEN');
    }
    expectError(await clientOf(t, null, null).get('/api/v1/audit/events'), 401, 'UNAUTHENTICATED');
  });
});
