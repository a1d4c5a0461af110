// D2–D8 over HTTP: submission with the materials checklist (every missing item named), assignment under
// 回避 and the first-time reviewer's qualification, findings and opinion, return and a new round, the
// extension, the disagreement settled by collective discussion, two reviewers at once (one 409), and the
// gate: no decision step and no 行政处罚决定书 before the review passed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../helpers/app.ts';
import { demoIds, sql, type DemoIds } from '../support.ts';
import {
  act,
  caseInput,
  createCase,
  expectRule,
  getCase,
  snapshot,
  step,
  expectUnchanged,
  type CaseOut,
} from '../cases/case-helpers.ts';
import { REVIEW_POINTS } from '../../../src/modules/review/model.ts';
import { SUBMISSION, actOn, ok, reviewAll, submit, type ReviewOut } from './review-helpers.ts';

describe('legal review over HTTP (D2–D8)', () => {
  let t: TestApp;
  let ids: DemoIds;
  let officer: Client;
  let head: Client;
  let reviewer: Client;
  let legalHead: Client;

  beforeAll(async () => {
    t = await createTestApp();
    ids = await demoIds(t);
    officer = await t.login('officer1');
    head = await t.login('head1');
    reviewer = await t.login('reviewer1');
    legalHead = await t.login('legalhead1');
  });
  afterAll(() => t.close());

  /** 立案 → 调查 → 调查终结 (一案一卷一审: review required). */
  async function closedCase(): Promise<CaseOut> {
    let c = await createCase(officer, caseInput(ids));
    c = await step(
      t,
      head,
      c,
      { type: 'file', filedOn: '2026-08-03', approvedBy: '张局长' },
      { state: 'filed', legalDate: '2026-08-03', opened: { decision: '2026-11-02' } },
    );
    c = await step(
      t,
      officer,
      c,
      { type: 'start_investigation', on: '2026-08-04' },
      { state: 'investigating', legalDate: '2026-08-04' },
    );
    c = await step(
      t,
      officer,
      c,
      {
        type: 'close_investigation',
        on: '2026-08-10',
        proposal: { kinds: ['warning'], fineFen: null },
        collectiveDiscussionRequired: false,
      },
      { state: 'investigation_closed', legalDate: '2026-08-10' },
    );
    expect(c.record.reviewRequired).toBe(true);
    return c;
  }
  const reviewRows = async (caseId: string) =>
    (await sql(t, 'select version from reviews where case_id = $1', [caseId])).length;
  const assign = (r: ReviewOut, reviewerId: string, on = '2026-08-12') =>
    actOn(legalHead, r, 'assign', { reviewerId, on });

  it('walks submission → assignment → ten findings → 同意, and the case may then be decided', async () => {
    const c = await closedCase();
    let r = await submit(officer, c.id, '2026-08-11');
    expect(r).toMatchObject({ status: 'submitted', statusLabel: '待分配', passed: false, due: null });
    expect(r.rounds).toHaveLength(1);
    expect((await getCase(officer, c.id)).state).toBe('legal_review');
    // The legal head's queue lists it unassigned; the submitter's lists it as theirs.
    const headQueue = (await legalHead.get('/api/v1/reviews')).json() as { items: ReviewOut[] };
    expect(headQueue.items.map((x) => x.id)).toContain(r.id);
    expect(
      ((await officer.get('/api/v1/reviews')).json() as { items: ReviewOut[] }).items.map((x) => x.id),
    ).toContain(r.id);

    r = await ok(await assign(r, ids.personOf.reviewer1!));
    // 10 working days from acceptance on Wed 2026-08-12 → Wed 2026-08-26.
    expect(r).toMatchObject({
      status: 'assigned',
      reviewerId: ids.personOf.reviewer1,
      due: '2026-08-26',
      dueFlag: 'overdue',
    });
    expect(r.rounds[0]!.acceptedOn).toBe('2026-08-12');
    const mine = (await reviewer.get('/api/v1/reviews')).json() as { items: ReviewOut[] };
    expect(mine.items.find((x) => x.id === r.id)?.may.review).toBe(true);

    r = await reviewAll(reviewer, r, '2026-08-13');
    expect(r).toMatchObject({ status: 'passed', passed: true, due: null });
    expect(Object.keys(r.rounds[0]!.findings).sort()).toEqual([...REVIEW_POINTS].sort());
    const after = await getCase(officer, c.id);
    expect(after.record).toMatchObject({ reviewPassed: true });
    expect(after.timeline.map((e) => e.action).slice(-2)).toEqual(['submit_review', 'record_review']);
    const ledger = await sql<{ action: string }>(
      t,
      "select action from ledger_entries where entity_id = $1 and action like 'review.%' order by seq",
      [c.id],
    );
    expect(ledger.map((l) => l.action)).toEqual([
      'review.submitted',
      'review.assigned',
      ...REVIEW_POINTS.map(() => 'review.finding_recorded'),
      'review.opinion_given',
    ]);
  });

  it('feeds the legal head’s and the reviewer’s 待办 with the due day and its flag', async () => {
    const c = await closedCase();
    let r = await submit(officer, c.id, '2026-12-01');
    const reviewSection = async (client: Client) => {
      const q = (await client.get('/api/v1/work-queue')).json() as {
        sections: {
          key: string;
          items: {
            caseId: string;
            nextDue: string | null;
            dueLevel: string | null;
            steps: { label: string }[];
          }[];
        }[];
      };
      return q.sections.find((s) => s.key === 'review')!.items.find((i) => i.caseId === c.id) ?? null;
    };
    expect(await reviewSection(legalHead)).toMatchObject({
      nextDue: null,
      dueLevel: null,
      steps: [{ label: '分配审核人员' }],
    });
    expect(await reviewSection(reviewer)).toBeNull();
    r = await ok(await assign(r, ids.personOf.reviewer1!, '2026-12-01'));
    // Accepted Tue 2026-12-01: due Tue 2026-12-15; on 2026-12-07 (TEST_NOW) it is on time.
    expect(await reviewSection(reviewer)).toMatchObject({
      nextDue: '2026-12-15',
      dueLevel: 'open',
      steps: [{ label: '审核' }],
    });
    await ok(await actOn(legalHead, r, 'extend', { workingDays: 1, reason: '复杂', on: '2026-12-07' }));
    expect((await reviewSection(reviewer))!.nextDue).toBe('2026-12-16');
  });

  it('refuses a submission missing materials, naming each, and one the handling unit did not confirm', async () => {
    const c = await closedCase();
    const before = await snapshot(t, c.id);
    const res = await officer.post('/api/v1/reviews', {
      caseId: c.id,
      ...SUBMISSION,
      basis: ' ',
      draftDecision: '',
      on: '2026-08-11',
    });
    const body = expectRule(res, 'MATERIALS_MISSING');
    expect(body.message).toBe('送审材料不全，缺少：拟处理决定的法律依据、拟作出的决定文书（草稿）');
    expectRule(
      await officer.post('/api/v1/reviews', {
        caseId: c.id,
        ...SUBMISSION,
        confirmed: false,
        on: '2026-08-11',
      }),
      'MATERIALS_NOT_CONFIRMED',
    );
    await expectUnchanged(t, before);
    expect(await reviewRows(c.id)).toBe(0);
    // The checklist shows it line by line before submitting.
    const list = (
      await officer.post('/api/v1/reviews/materials', { caseId: c.id, ...SUBMISSION, basis: '' })
    ).json() as {
      items: { item: string; present: boolean; needed: boolean }[];
    };
    expect(list.items.filter((i) => i.needed && !i.present).map((i) => i.item)).toEqual(['proposal_basis']);
  });

  it('refuses a reviewer who worked on the case (回避), an unqualified first-timer, someone off the roster; only the legal head assigns', async () => {
    const c = await closedCase();
    const r = await submit(officer, c.id, '2026-08-11');
    expectRule(await assign(r, ids.personOf.officer1!), 'REVIEWER_NOT_ON_ROSTER');
    // Make officer2 a reviewer of the legal unit: still an officer of this case.
    await sql(
      t,
      'update people set is_reviewer = true, unit_id = $1, legal_qualification_no = $2 where id = $3',
      [ids.units.legal, 'A1', ids.personOf.officer2],
    );
    const participated = expectRule(await assign(r, ids.personOf.officer2!), 'REVIEWER_PARTICIPATED');
    expect(participated.message).toContain('应当回避');
    // A first-time reviewer without the 法律职业资格 on record.
    const [fresh] = await sql<{ id: string }>(
      t,
      "insert into people (body_id, unit_id, name, gender, post, is_reviewer) values ($1, $2, '新审核员', 'female', '法制审核员', true) returning id",
      [ids.district, ids.units.legal],
    );
    expectRule(
      await assign(r, fresh!.id),
      'REVIEWER_UNQUALIFIED',
      '《中华人民共和国行政处罚法》第五十八条第二款',
    );
    const denied = await actOn(officer, r, 'assign', {
      reviewerId: ids.personOf.reviewer1,
      on: '2026-08-12',
    });
    expect(denied.statusCode).toBe(403);
    expect((await legalHead.get(`/api/v1/reviews/${r.id}`)).json()).toMatchObject({
      status: 'submitted',
      version: r.version,
    });
  });

  it('an opinion without all findings, a second opinion on a closed round and a stranger’s finding are refused', async () => {
    const c = await closedCase();
    let r = await ok(await assign(await submit(officer, c.id, '2026-08-11'), ids.personOf.reviewer1!));
    expectRule(
      await actOn(reviewer, r, 'opinion', { opinion: 'approve', text: '同意', on: '2026-08-12' }),
      'FINDINGS_INCOMPLETE',
    );
    expect(
      (await actOn(legalHead, r, 'findings', { point: 'facts_clear', finding: 'conforms', on: '2026-08-12' }))
        .statusCode,
    ).toBe(403);
    r = await reviewAll(reviewer, r, '2026-08-12');
    expectRule(
      await actOn(reviewer, r, 'opinion', { opinion: 'disapprove', text: '不同意', on: '2026-08-12' }),
      'REVIEW_STATE',
    );
  });

  it('two reviewers acting on one review at once: one wins, the other gets 409', async () => {
    const c = await closedCase();
    const r = await ok(await assign(await submit(officer, c.id, '2026-08-11'), ids.personOf.reviewer1!));
    const [a, b] = await Promise.all([
      actOn(reviewer, r, 'findings', { point: 'body_lawful', finding: 'conforms', on: '2026-08-12' }),
      actOn(legalHead, r, 'assign', { reviewerId: ids.personOf.legalhead1, on: '2026-08-12' }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const now = (await legalHead.get(`/api/v1/reviews/${r.id}`)).json() as ReviewOut;
    expect(now.version).toBe(r.version + 1);
  });

  it('退回补充调查 returns the case; it comes back as round 2 of the same review, round 1 kept', async () => {
    let c = await closedCase();
    let r = await ok(await assign(await submit(officer, c.id, '2026-08-11'), ids.personOf.reviewer1!));
    r = await reviewAll(reviewer, r, '2026-08-12', {
      opinion: 'return_for_investigation',
      text: '证据不足',
      failing: 'evidence_sufficient',
    });
    expect(r).toMatchObject({ status: 'closed', passed: false });
    c = await getCase(officer, c.id);
    // D8: the decision is refused while the review has not passed.
    expectRule(
      await act(head, c, { type: 'decide_no_penalty', decidedOn: '2026-08-13', reason: '轻微' }),
      'REVIEW_NOT_PASSED',
    );
    c = await step(
      t,
      officer,
      c,
      { type: 'return_for_investigation', on: '2026-08-13' },
      { state: 'investigating', legalDate: '2026-08-13' },
    );
    c = await step(
      t,
      officer,
      c,
      {
        type: 'close_investigation',
        on: '2026-08-14',
        proposal: { kinds: ['warning'], fineFen: null },
        collectiveDiscussionRequired: false,
      },
      { state: 'investigation_closed', legalDate: '2026-08-14' },
    );
    r = await submit(officer, c.id, '2026-08-17');
    expect(r.rounds.map((x) => [x.number, x.opinion?.opinion ?? null])).toEqual([
      [1, 'return_for_investigation'],
      [2, null],
    ]);
    r = await ok(await assign(r, ids.personOf.reviewer1!, '2026-08-17'));
    r = await reviewAll(reviewer, r, '2026-08-18');
    expect(r.passed).toBe(true);
    expect(await reviewRows(c.id)).toBe(1);
  });

  it('recusal with reason frees the round; one extension by the legal head, a second refused', async () => {
    const c = await closedCase();
    let r = await ok(await assign(await submit(officer, c.id, '2026-08-11'), ids.personOf.reviewer1!));
    expectRule(
      await actOn(reviewer, r, 'recuse', { reason: '', on: '2026-08-12' }),
      'RECUSAL_REASON_REQUIRED',
    );
    r = await ok(
      await actOn(reviewer, r, 'recuse', { reason: '与当事人法定代表人系近亲属', on: '2026-08-12' }),
    );
    expect(r).toMatchObject({ status: 'submitted', reviewerId: null });
    expectRule(await assign(r, ids.personOf.reviewer1!), 'REVIEWER_RECUSED');
    r = await ok(await assign(r, ids.personOf.legalhead1!));
    r = await ok(
      await actOn(legalHead, r, 'extend', { workingDays: 5, reason: '案情复杂', on: '2026-08-13' }),
    );
    expect(r.due).toBe('2026-09-02');
    expectRule(
      await actOn(legalHead, r, 'extend', { workingDays: 5, reason: '再延', on: '2026-08-13' }),
      'EXTENSION_ALREADY_GRANTED',
    );
  });

  it('不同意, contested, unresolved → 集体讨论 overrides it and opens the decision', async () => {
    let c = await closedCase();
    let r = await ok(await assign(await submit(officer, c.id, '2026-08-11'), ids.personOf.reviewer1!));
    r = await reviewAll(reviewer, r, '2026-08-12', {
      opinion: 'disapprove',
      text: '裁量过重',
      failing: 'discretion_appropriate',
    });
    expectRule(
      await actOn(officer, r, 'contest', { reasons: '', on: '2026-08-13' }),
      'CONTEST_REASON_REQUIRED',
    );
    r = await ok(await actOn(officer, r, 'contest', { reasons: '裁量符合基准', on: '2026-08-13' }));
    r = await ok(
      await actOn(legalHead, r, 'coordinate', {
        summary: '双方未达成一致',
        resolved: false,
        on: '2026-08-14',
      }),
    );
    expect(r.status).toBe('awaiting_collective');
    const views = [
      { name: '主任', view: '同意作出决定' },
      { name: '副主任', view: '同意' },
      { name: '法规科科长', view: '保留意见' },
    ];
    expectRule(
      await actOn(head, r, 'collective', {
        participants: ['主任', '副主任'],
        views,
        conclusion: '决定',
        outcome: 'proceed',
        on: '2026-08-17',
      }),
      'COLLECTIVE_RECORD_INCOMPLETE',
    );
    expect(
      (
        await actOn(legalHead, r, 'collective', {
          participants: views.map((v) => v.name),
          views,
          conclusion: '决定',
          outcome: 'proceed',
          on: '2026-08-17',
        })
      ).statusCode,
    ).toBe(403);
    r = await ok(
      await actOn(head, r, 'collective', {
        participants: views.map((v) => v.name),
        views,
        conclusion: '按拟处理意见作出决定',
        outcome: 'proceed',
        on: '2026-08-17',
      }),
    );
    expect(r).toMatchObject({ status: 'passed', passed: true });
    c = await getCase(officer, c.id);
    expect(c.record).toMatchObject({ reviewPassed: true });
  });

  it('the 行政处罚决定书 is refused before the review passed (REVIEW_NOT_PASSED with its citation)', async () => {
    const c = await closedCase();
    await submit(officer, c.id, '2026-08-11');
    const res = await officer.post(`/api/v1/cases/${c.id}/documents`, {
      template: 'penalty_decision',
      inputs: {},
    });
    expectRule(
      res,
      'REVIEW_NOT_PASSED',
      '《中华人民共和国行政处罚法》第五十八条第一款（未经法制审核或者审核未通过的，不得作出决定）',
    );
  });
});
