// A5 the work queue (GET /api/v1/work-queue) over HTTP: each role's sections with exact counts and items,
// most urgent first — the officer's next steps, the head's approvals (立案; 延期 only while the period is
// about to end, not after), overdue cases of the head's scope and of the unit head's unit, the archivist's
// closed cases, the review queue, the publisher's (empty here) — and the refusals (anonymous, system roles,
// a bad limit). One app; the cases are made in beforeAll so every count is known.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../helpers/app.ts';
import { serverToday } from '../helpers/clock.ts';
import { demoIds, type DemoIds } from './support.ts';
import { act, caseInput, createCase, type CaseOut } from './cases/case-helpers.ts';

interface Item {
  caseId: string;
  code: string;
  stateLabel: string;
  partyName: string;
  nextDue: string | null;
  dueLevel: string | null;
  steps: { type: string; label: string }[];
  waitingFor: string[];
}
interface Section {
  key: string;
  title: string;
  empty: string;
  notice: string | null;
  count: number;
  countIsLowerBound: boolean;
  items: Item[];
}

describe('work queue', () => {
  let t: TestApp;
  let ids: DemoIds;
  let officer: Client;
  let head: Client;
  const k: Record<string, CaseOut> = {};

  async function queue(client: Client, query = '') {
    const res = await client.get(`/api/v1/work-queue${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { sections: Section[]; total: number };
  }
  const section = async (client: Client, key: string, query = '') =>
    (await queue(client, query)).sections.find((s) => s.key === key)!;
  /** Each item as "case: steps / waiting for", so a failure shows the whole section at once. */
  const summary = (s: Section) =>
    s.items.map(
      (i) =>
        `${Object.keys(k).find((n) => k[n]!.id === i.caseId) ?? i.code}: ${i.steps.map((x) => x.label).join('+')} / ${i.waitingFor.join('+')}`,
    );

  beforeAll(async () => {
    t = await createTestApp();
    ids = await demoIds(t);
    officer = await t.login('officer1');
    head = await t.login('head1');
    const file = async (c: CaseOut, filedOn: string) => {
      const res = await act(head, c, { type: 'file', filedOn, approvedBy: '张局长' });
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as CaseOut;
    };
    const march = {
      openedOn: '2026-03-09',
      particulars: { violationOn: '2026-03-01', discoveredOn: '2026-03-05' },
    };
    // Lead: registered, waiting for 立案.
    k.lead = await createCase(officer, caseInput(ids, { cause: '线索案' }));
    // Filed in March: its 90-day decision period ended long ago (overdue; too late to extend).
    k.overdue = await file(
      await createCase(officer, caseInput(ids, { ...march, cause: '逾期案' })),
      '2026-03-10',
    );
    // Filed 2026-09-10: the period ends 2026-12-09, two days after TEST_NOW — an extension waits.
    k.ending = await file(await createCase(officer, caseInput(ids, { cause: '将届满案' })), '2026-09-10');
    // Filed today: nothing waits for the head.
    const now = {
      openedOn: serverToday(),
      particulars: { violationOn: serverToday(), discoveredOn: serverToday() },
    };
    k.fresh = await file(
      await createCase(officer, caseInput(ids, { ...now, cause: '新立案' })),
      serverToday(),
    );
    // Not filed: finished, waiting for the archive.
    const declined = await createCase(officer, caseInput(ids, { cause: '不予立案案' }));
    const res = await act(head, declined, {
      type: 'decline_filing',
      on: '2026-08-02',
      reason: '不属于本机关管辖',
    });
    expect(res.statusCode, res.body).toBe(200);
    k.declined = res.json() as CaseOut;
  });
  afterAll(async () => t?.close());

  it("lists the officer's next steps by nearest deadline, without cases that wait for the head", async () => {
    const s = await section(officer, 'next_steps');
    expect(summary(s)).toEqual([
      'overdue: 开始调查取证 / ',
      'ending: 开始调查取证 / ',
      'fresh: 开始调查取证 / ',
    ]);
    expect({ count: s.count, lower: s.countIsLowerBound, title: s.title }).toEqual({
      count: 3,
      lower: false,
      title: '我的下一步',
    });
    expect(s.items.map((i) => [i.stateLabel, i.dueLevel, i.partyName])).toEqual([
      ['立案', 'overdue', '示范口腔诊所有限公司'],
      ['立案', 'due_soon', '示范口腔诊所有限公司'],
      ['立案', 'open', '示范口腔诊所有限公司'],
    ]);
    expect(s.items[1]!.nextDue).toBe('2026-12-09');
    // An officer has no other section; the total is the menu's badge.
    const all = await queue(officer);
    expect(all.sections.map((x) => x.key)).toEqual(['next_steps']);
    expect(all.total).toBe(3);
  });

  it('lists the approvals waiting for the head and the overdue cases of their scope', async () => {
    const approvals = await section(head, 'approvals');
    // 立案 for the lead; 延期 for the period ending in two days; none for the one already past.
    expect(summary(approvals)).toEqual(['ending: 延长办案期限 / 延期审批', 'lead: 立案 / 立案审批']);
    expect([approvals.count, approvals.title]).toEqual([2, '待我审批']);
    // Beside the extension, the same approvals as the approver's queue of the cases module.
    const pending = (await head.get('/api/v1/cases/pending-approvals')).json() as {
      items: { id: string; approvals: { type: string }[] }[];
    };
    expect(pending.items.map((i) => [i.id, i.approvals.map((a) => a.type)])).toEqual([
      [k.lead!.id, ['file']],
    ]);
    const overdue = await section(head, 'overdue');
    expect(summary(overdue)).toEqual(['overdue:  / ']);
    expect(overdue.count).toBe(1);
    const deputy = await queue(await t.login('deputy1'));
    expect(deputy.sections.map((x) => [x.key, x.count])).toEqual([
      ['approvals', 2],
      ['overdue', 1],
    ]);
    expect(deputy.total).toBe(3);
  });

  it("shows the unit head what waits in their unit, and nothing of another unit's", async () => {
    const unitHead = await queue(await t.login('unithead1'));
    expect(unitHead.sections.map((x) => [x.key, x.title, x.count])).toEqual([
      ['next_steps', '我的下一步', 0],
      ['approvals', '本科室待审批', 2],
      ['overdue', '本科室逾期案件', 1],
    ]);
    // The steps are the head's: the unit head sees what waits, not a step to open.
    expect(summary(unitHead.sections[1]!)).toEqual(['ending:  / 延期审批', 'lead:  / 立案审批']);
    expect(unitHead.sections[0]!.empty).toBe('您承办的案件目前没有需要您办理的环节。');
  });

  it('lists closed cases for the archivist, an empty review queue and an empty publisher queue', async () => {
    const archive = await section(await t.login('archivist1'), 'to_archive');
    expect(summary(archive)).toEqual(['declined: 归档 / ']);
    expect(archive.items[0]!.stateLabel).toBe('不予立案');
    const review = await queue(await t.login('reviewer1'));
    expect(review.sections.map((x) => [x.key, x.count, x.items.length, x.notice])).toEqual([
      ['review', 0, 0, null],
    ]);
    // No case here reached a decision: the publisher's queue (test/api/publicity) is live and empty.
    const publicity = await queue(await t.login('publisher1'));
    expect(publicity.sections.map((x) => [x.key, x.count, x.notice])).toEqual([['publicity', 0, null]]);
  });

  it('cuts each section to the limit but counts them all', async () => {
    const s = await section(officer, 'next_steps', '?limit=1');
    expect([s.count, s.items.map((i) => i.caseId)]).toEqual([3, [k.overdue!.id]]);
  });

  it('refuses the anonymous, the system roles and a bad limit', async () => {
    expect((await t.anonymous().get('/api/v1/work-queue')).statusCode).toBe(401);
    expect((await (await t.login('sysadmin')).get('/api/v1/work-queue')).statusCode).toBe(403);
    for (const limit of ['0', '51', 'x', '1.5']) {
      const res = await officer.get(`/api/v1/work-queue?limit=${limit}`);
      expect([res.statusCode, (res.json() as { code: string }).code], limit).toEqual([
        400,
        'VALIDATION_FAILED',
      ]);
    }
  });
});
