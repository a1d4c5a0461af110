// C3 over HTTP: a case filed in late 2026 has its 90-day decision period run into 2027, whose holidays
// are not in the calendar yet (the test apps count with the pinned notices of 2024–2026, whatever
// chinese-days ships). Filing goes ahead with the deadline flagged provisional (earliest possible end);
// once 2027 is entered, the daily job settles it to the real date and the workbench sort follows. The
// filing date lies before the test clock's today (2026-12-07), as a filing must.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../helpers/app.ts';
import { demoIds, sql, systemContext, type DemoIds } from '../support.ts';
import { documentsFor } from './case-helpers.ts';

interface CaseOut {
  id: string;
  version: number;
  deadlines: { key: string; due: string; status: string; provisionalYear: number | null }[];
}

describe('provisional deadlines', () => {
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

  it('are flagged, then settled once the year is entered', async () => {
    const created = (
      await officer.post('/api/v1/cases', {
        kind: 'penalty',
        field: 'medical',
        cause: '未按规定报告传染病疫情',
        source: '上级交办',
        leadOfficerId: ids.personOf.officer1,
        officerIds: [ids.personOf.officer1, ids.personOf.officer2],
        parties: [
          {
            role: 'party',
            type: 'organisation',
            name: '示范区第二人民医院',
            creditCode: '91350100M000100Y43',
            address: '示范区健康路 1 号',
            legalRepresentative: '陈立',
          },
        ],
        particulars: { violationOn: '2026-11-01', discoveredOn: '2026-11-19' },
        enforcementItemCode: 'SFWJ-CF-001',
        openedOn: '2026-11-19',
      })
    ).json() as CaseOut;
    const filed = (
      await head.post(`/api/v1/cases/${created.id}/actions`, {
        version: created.version,
        action: { type: 'file', filedOn: '2026-11-20', approvedBy: '郑国庆' },
        documents: documentsFor('penalty', { type: 'file' }),
      })
    ).json() as CaseOut;
    // 2026-11-20 + 90 days = 2027-02-18 at the earliest; 2027's Spring Festival may move it.
    expect(filed.deadlines).toEqual([
      expect.objectContaining({ key: 'decision', due: '2027-02-18', status: 'open', provisionalYear: 2027 }),
    ]);
    expect(await t.services.caseDeadlines.settleProvisionalDeadlines(systemContext(t))).toBe(0);
    const listed = (await officer.get('/api/v1/cases?view=mine')).json() as {
      items: { id: string; nextDue: string; nextDueProvisional: boolean }[];
    };
    expect(listed.items.find((c) => c.id === created.id)).toMatchObject({
      nextDue: '2027-02-18',
      nextDueProvisional: true,
    });

    // The 2027 notice entered (here a made-up holiday on the due day, to see the roll-over).
    await t.services.calendar.addOverride(systemContext(t), null, {
      date: '2027-02-18',
      kind: 'holiday',
      name: '测试假日',
      reason: '测试',
    });
    await t.services.calendar.addCoveredYear(systemContext(t), null, 2027, '测试');
    expect(await t.services.caseDeadlines.settleProvisionalDeadlines(systemContext(t))).toBe(1);
    const after = (await officer.get(`/api/v1/cases/${created.id}`)).json() as CaseOut;
    expect(after.deadlines).toEqual([
      expect.objectContaining({ key: 'decision', due: '2027-02-19', status: 'open', provisionalYear: null }),
    ]);
    expect(after.version).toBe(filed.version); // not a step of the case
    const relisted = (await officer.get('/api/v1/cases?view=mine')).json() as {
      items: { id: string; nextDue: string; nextDueProvisional: boolean }[];
    };
    expect(relisted.items.find((c) => c.id === created.id)).toMatchObject({
      nextDue: '2027-02-19',
      nextDueProvisional: false,
    });
    expect(
      await sql<{ next_due: string }>(t, `select next_due::text from cases where id = '${created.id}'`),
    ).toEqual([{ next_due: '2027-02-19' }]);
    expect(
      await sql<{ action: string }>(
        t,
        "select action from ledger_entries where action = 'case.deadline_settled'",
      ),
    ).toEqual([{ action: 'case.deadline_settled' }]);
  });
});
