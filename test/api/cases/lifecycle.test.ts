// C1–C3 over HTTP: every step of the 行政处罚 procedure taken by the role the law gives it, each checked
// for the state reached, version + 1, one timeline event, one ledger entry `case.<type>`, and exactly the
// deadlines it opens and closes (with their due dates on the 2026 working calendar); the guards of each
// step refuse with their rule and article and change nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../helpers/app.ts';
import { demoIds, expectError, newIdNumber, sql, type DemoIds } from '../support.ts';
import {
  act,
  caseInput,
  createCase,
  expectRule,
  expectUnchanged,
  getCase,
  rowCounts,
  snapshot,
  SIMPLE_SHEET,
  step,
  type CaseOut,
  type ErrorOut,
} from './case-helpers.ts';
import { addDays, serverToday } from '../../helpers/clock.ts';
import { demoReviewReason } from '../../helpers/demo.ts';
import { actOn, ok, reviewAll, reviewRound, submit } from '../review/review-helpers.ts';

const LAW = '《中华人民共和国行政处罚法》';
/** The demo catalogue's review rules as the service words a reason. */
const RV_001 = demoReviewReason('RV-001');
const RV_005 = demoReviewReason('RV-005');
const RV_006 = demoReviewReason('RV-006');

describe('the penalty procedure step by step over HTTP', () => {
  let t: TestApp;
  let ids: DemoIds;
  let officer: Client;
  let officer2: Client;
  let head: Client;
  let reviewer: Client;
  let legalHead: Client;
  let archivist: Client;

  beforeAll(async () => {
    t = await createTestApp();
    ids = await demoIds(t);
    officer = await t.login('officer1');
    officer2 = await t.login('officer2');
    head = await t.login('head1');
    reviewer = await t.login('reviewer1');
    legalHead = await t.login('legalhead1');
    archivist = await t.login('archivist1');
  });
  afterAll(() => t.close());

  const fine = (fen: number, kinds = ['fine']) => ({ kinds, fineFen: fen });

  /** The review through the review API (D2–D5): 送审, 分配 to reviewer1, ten points, the opinion. */
  async function reviewedCase(
    c: CaseOut,
    dates: { submittedOn: string; reviewedOn: string },
    opinion?: { opinion: string; text?: string; failing?: string },
  ): Promise<CaseOut> {
    await reviewRound({ officer, legalHead, reviewer }, ids.personOf.reviewer1!, c.id, dates, opinion);
    return getCase(officer, c.id);
  }

  /** file → start_investigation → close_investigation → review passed (同意). */
  async function reviewed(
    proposal: { kinds: string[]; fineFen: number | null },
    input: Record<string, unknown> = {},
  ): Promise<CaseOut> {
    let c = await createCase(officer, caseInput(ids, input));
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
      { type: 'close_investigation', on: '2026-08-10', proposal, collectiveDiscussionRequired: false },
      { state: 'investigation_closed', legalDate: '2026-08-10' },
    );
    return reviewedCase(c, { submittedOn: '2026-08-11', reviewedOn: '2026-08-12' });
  }

  it('runs 立案 → 调查 → 法制审核 → 告知 → 听证 → 决定 → 送达 → 缴款 → 结案 → 归档 with every deadline', async () => {
    let c = await createCase(officer, caseInput(ids));
    expect(c.state).toBe('lead');
    expect(c.version).toBe(1);
    expect(c.timeline.map((e) => [e.action, e.toState, e.legalDate])).toEqual([
      ['create', 'lead', '2026-08-01'],
    ]);
    expect(c.deadlines).toEqual([]);

    c = await step(
      t,
      head,
      c,
      { type: 'file', filedOn: '2026-08-03', approvedBy: '张局长' },
      { state: 'filed', legalDate: '2026-08-03', opened: { decision: '2026-11-02' } },
    );
    const decision = c.deadlines.find((d) => d.key === 'decision')!;
    expect(decision).toMatchObject({
      from: '2026-08-03',
      due: '2026-11-02',
      citation: `${LAW}第六十条`,
      rule: { n: 90, unit: 'calendar_days' },
      pausedDays: 0,
      status: 'open',
    });
    // A5: the approver is the signed-in head, not the name typed in the request.
    expect(c.record).toMatchObject({ filedOn: '2026-08-03', filingApprovedBy: c.timeline.at(-1)!.actorName });

    c = await step(
      t,
      officer,
      c,
      { type: 'start_investigation', on: '2026-08-04' },
      { state: 'investigating', legalDate: '2026-08-04' },
    );

    // The review determination comes from the body's review catalogue; what the client sends is replaced.
    c = await step(
      t,
      officer,
      c,
      {
        type: 'close_investigation',
        on: '2026-08-20',
        proposal: fine(3_000_000, ['warning', 'fine']),
        collectiveDiscussionRequired: false,
        review: { required: false, reasons: ['客户端伪造的理由'] },
      },
      { state: 'investigation_closed', legalDate: '2026-08-20' },
    );
    expect(c.record).toMatchObject({
      investigationClosedOn: '2026-08-20',
      investigationProposal: fine(3_000_000, ['warning', 'fine']),
      reviewRequired: true,
      reviewReasons: [RV_001],
      collectiveDiscussionRequired: false,
    });
    expect(c.timeline.at(-1)!.data.review).toEqual({ required: true, reasons: [RV_001] });

    // The review is taken only through the review module: the case's own route refuses its steps.
    const gate = await snapshot(t, c.id);
    for (const action of [
      { type: 'submit_review', on: '2026-08-21' },
      { type: 'record_review', reviewedOn: '2026-08-24', passed: true, opinion: '同意' },
    ])
      expectRule(await act(reviewer, c, action), 'REVIEW_BY_MODULE');
    await expectUnchanged(t, gate);
    let r = await submit(officer, c.id, '2026-08-21');
    c = await getCase(officer, c.id);
    expect(c.state).toBe('legal_review');
    // Before the review has passed, the notice is refused (D8 gate).
    const gated = await snapshot(t, c.id);
    expectRule(
      await act(officer, c, { type: 'notify', servedOn: '2026-08-22', penalty: fine(3_000_000) }),
      'REVIEW_NOT_PASSED',
      `${LAW}第五十八条第一款（未经法制审核或者审核未通过的，不得作出决定）`,
    );
    await expectUnchanged(t, gated);
    r = await ok(
      await actOn(legalHead, r, 'assign', { reviewerId: ids.personOf.reviewer1, on: '2026-08-24' }),
    );
    await reviewAll(reviewer, r, '2026-08-24', { opinion: 'approve', text: '事实清楚，证据确凿，同意' });
    c = await getCase(officer, c.id);
    expect(c.record).toMatchObject({
      reviewPassed: true,
      reviewOpinions: [{ reviewedOn: '2026-08-24', passed: true, opinion: '同意：事实清楚，证据确凿，同意' }],
    });

    c = await step(
      t,
      officer,
      c,
      { type: 'notify', servedOn: '2026-08-25', penalty: fine(3_000_000, ['warning', 'fine']) },
      { state: 'notified', legalDate: '2026-08-25', opened: { hearing_request: '2026-09-01' } },
    );
    expect(c.deadlines.find((d) => d.key === 'hearing_request')).toMatchObject({
      from: '2026-08-25',
      citation: `${LAW}第六十四条第一项`,
      rule: { n: 5, unit: 'working_days' },
    });

    c = await step(
      t,
      officer,
      c,
      { type: 'request_hearing', requestedOn: '2026-08-27' },
      { state: 'hearing_requested', legalDate: '2026-08-27', closed: { hearing_request: 'met' } },
    );

    // The host may not be one of the case's investigators; the notice must precede the hearing by 7 days.
    const sched = await snapshot(t, c.id);
    for (const investigator of [ids.personOf.officer1, ids.personOf.officer2]) {
      expectRule(
        await act(officer, c, {
          type: 'schedule_hearing',
          noticeServedOn: '2026-08-28',
          hearingOn: '2026-09-08',
          hostId: investigator,
        }),
        'HEARING_HOST_IS_INVESTIGATOR',
        `${LAW}第六十四条第四项`,
      );
    }
    const late = expectRule(
      await act(officer, c, {
        type: 'schedule_hearing',
        noticeServedOn: '2026-08-28',
        hearingOn: '2026-09-07',
        hostId: ids.personOf.reviewer1,
      }),
      'HEARING_NOTICE_TOO_LATE',
      `${LAW}第六十四条第二项`,
    );
    expect(late.message).toContain('2026-09-08');
    await expectUnchanged(t, sched);
    c = await step(
      t,
      officer,
      c,
      {
        type: 'schedule_hearing',
        noticeServedOn: '2026-08-28',
        hearingOn: '2026-09-08',
        hostId: ids.personOf.reviewer1,
      },
      { state: 'hearing_scheduled', legalDate: '2026-08-28' },
    );
    expect(c.record).toMatchObject({
      hearingNoticeServedOn: '2026-08-28',
      hearingOn: '2026-09-08',
      hearingHostId: ids.personOf.reviewer1,
    });

    expectRule(
      await act(officer, c, { type: 'hold_hearing', heldOn: '2026-09-07' }),
      'HEARING_BEFORE_SCHEDULED_DATE',
    );
    c = await step(
      t,
      officer,
      c,
      { type: 'hold_hearing', heldOn: '2026-09-08' },
      { state: 'hearing_held', legalDate: '2026-09-08' },
    );

    // The decision is the head's, and may not be heavier than what was notified.
    const dec = await snapshot(t, c.id);
    expectError(
      await act(officer, c, {
        type: 'decide',
        decidedOn: '2026-09-10',
        penalty: fine(3_000_000, ['warning', 'fine']),
      }),
      403,
      'FORBIDDEN',
    );
    expectRule(
      await act(head, c, {
        type: 'decide',
        decidedOn: '2026-09-10',
        penalty: fine(3_000_001, ['warning', 'fine']),
      }),
      'DECISION_HEAVIER_THAN_NOTIFIED',
      `${LAW}第四十五条第二款、第六十二条`,
    );
    expectRule(
      await act(head, c, {
        type: 'decide',
        decidedOn: '2026-09-10',
        penalty: fine(3_000_000, ['warning', 'fine', 'order_suspension']),
      }),
      'DECISION_HEAVIER_THAN_NOTIFIED',
    );
    await expectUnchanged(t, dec);
    c = await step(
      t,
      head,
      c,
      { type: 'decide', decidedOn: '2026-09-10', penalty: fine(3_000_000, ['warning', 'fine']) },
      {
        state: 'decided',
        legalDate: '2026-09-10',
        closed: { decision: 'met' },
        opened: { service: '2026-09-20' }, // 7 working days; Sunday 9/20 is a working day (中秋/国庆调休)
      },
    );

    // Electronic service needs the party's signed consent.
    expectRule(
      await act(officer, c, { type: 'serve', servedOn: '2026-09-11', method: 'electronic' }),
      'ELECTRONIC_SERVICE_NO_CONSENT',
      `${LAW}第六十一条第二款`,
    );
    c = await step(
      t,
      officer,
      c,
      { type: 'serve', servedOn: '2026-09-11', method: 'in_person' },
      {
        state: 'served',
        legalDate: '2026-09-11',
        closed: { service: 'met' },
        opened: { payment: '2026-09-28' },
      },
    );

    // Paid 10 days late: 3 % a day → 9,000 yuan surcharge on top of 30,000 yuan.
    const pay = await snapshot(t, c.id);
    for (const amountFen of [3_000_000, 3_899_999]) {
      const r = expectRule(
        await act(officer, c, { type: 'record_payment', paidOn: '2026-10-08', amountFen }),
        'PAYMENT_INSUFFICIENT',
        `${LAW}第七十二条第一款第一项`,
      );
      expect(r.message).toContain('应缴 39000.00 元（罚款 30000.00 元，缴纳期限至 2026-09-28');
    }
    await expectUnchanged(t, pay);
    c = await step(
      t,
      officer,
      c,
      { type: 'record_payment', paidOn: '2026-10-08', amountFen: 3_900_000 },
      { state: 'paid', legalDate: '2026-10-08', closed: { payment: 'met' } },
    );
    c = await step(
      t,
      officer,
      c,
      { type: 'close', on: '2026-10-09' },
      { state: 'closed', legalDate: '2026-10-09', finished: true },
    );

    // Archiving is the archivist's alone.
    const arch = await snapshot(t, c.id);
    for (const who of [officer, head, reviewer])
      expectError(await act(who, c, { type: 'archive', on: '2026-10-12' }), 403, 'FORBIDDEN');
    await expectUnchanged(t, arch);
    c = await step(
      t,
      archivist,
      c,
      { type: 'archive', on: '2026-10-12' },
      { state: 'archived', legalDate: '2026-10-12', finished: true },
    );
    expect(c.actions).toEqual([]);
    expect(c.actionsForOthers).toEqual([]);
    expect(c.deadlines.map((d) => [d.key, d.status, d.closedOn])).toEqual([
      ['decision', 'met', '2026-09-10'],
      ['hearing_request', 'met', '2026-08-27'],
      ['service', 'met', '2026-09-11'],
      ['payment', 'met', '2026-10-08'],
    ]);
    expect(c.timeline.map((e) => e.action)).toEqual([
      'create',
      'file',
      'start_investigation',
      'close_investigation',
      'submit_review',
      'record_review',
      'notify',
      'request_hearing',
      'schedule_hearing',
      'hold_hearing',
      'decide',
      'serve',
      'record_payment',
      'close',
      'archive',
    ]);
    expect(c.version).toBe(15);
  });

  it('takes the review catalogue reasons by party type and amount', async () => {
    // 50,000 yuan to an organisation adds RV-006; 5,000 yuan to a person adds RV-005; a warning only is RV-001 alone.
    const cases: Array<[Record<string, unknown>, { kinds: string[]; fineFen: number | null }, string[]]> = [
      [{}, fine(5_000_000), [RV_001, RV_006]],
      [{}, fine(4_999_999), [RV_001]],
      [{}, { kinds: ['warning'], fineFen: null }, [RV_001]],
      [
        {
          parties: [
            {
              role: 'party',
              type: 'person',
              name: '李四',
              idNumber: newIdNumber(),
              address: '示范区健康路 8 号',
            },
          ],
        },
        fine(500_000),
        [RV_001, RV_005],
      ],
      [
        {
          parties: [
            {
              role: 'party',
              type: 'person',
              name: '李四',
              idNumber: newIdNumber(),
              address: '示范区健康路 8 号',
            },
          ],
        },
        fine(499_999),
        [RV_001],
      ],
    ];
    for (const [over, proposal, reasons] of cases) {
      let c = await createCase(officer, caseInput(ids, over));
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
          proposal,
          collectiveDiscussionRequired: false,
          review: { required: false, reasons: [] },
        },
        { state: 'investigation_closed', legalDate: '2026-08-10' },
      );
      expect(
        { required: c.record.reviewRequired, reasons: c.record.reviewReasons },
        JSON.stringify(proposal),
      ).toEqual({ required: true, reasons });
    }
  });

  it('runs 退回补充调查, 集体讨论, 陈述申辩 and 执行 to 结案', async () => {
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
      officer2,
      c,
      { type: 'start_investigation', on: '2026-08-04' },
      { state: 'investigating', legalDate: '2026-08-04' },
    );
    const heavy = fine(5_000_000);
    c = await step(
      t,
      officer,
      c,
      { type: 'close_investigation', on: '2026-08-10', proposal: heavy, collectiveDiscussionRequired: true },
      { state: 'investigation_closed', legalDate: '2026-08-10' },
    );
    expect(c.record).toMatchObject({
      reviewRequired: true,
      reviewReasons: [RV_001, RV_006],
      collectiveDiscussionRequired: true,
    });
    c = await reviewedCase(
      c,
      { submittedOn: '2026-08-11', reviewedOn: '2026-08-12' },
      { opinion: 'return_for_investigation', text: '证据不足，建议补充调查', failing: 'evidence_sufficient' },
    );
    expect(c.record).toMatchObject({ reviewPassed: false });
    // A failed review blocks the collective discussion and the decision.
    expectRule(
      await act(head, c, { type: 'hold_collective_discussion', heldOn: '2026-08-13' }),
      'REVIEW_NOT_PASSED',
    );
    expectRule(
      await act(head, c, { type: 'decide', decidedOn: '2026-08-13', penalty: heavy }),
      'NOTICE_NOT_SERVED',
    );

    c = await step(
      t,
      officer,
      c,
      { type: 'return_for_investigation', on: '2026-08-13' },
      { state: 'investigating', legalDate: '2026-08-13' },
    );
    expect(c.record).toMatchObject({ investigationClosedOn: null, reviewPassed: false });
    c = await step(
      t,
      officer,
      c,
      { type: 'close_investigation', on: '2026-08-14', proposal: heavy, collectiveDiscussionRequired: true },
      { state: 'investigation_closed', legalDate: '2026-08-14' },
    );
    c = await reviewedCase(c, { submittedOn: '2026-08-17', reviewedOn: '2026-08-18' });
    expect((c.record.reviewOpinions as unknown[]).length).toBe(2);

    expectError(
      await act(officer, c, { type: 'hold_collective_discussion', heldOn: '2026-08-19' }),
      403,
      'FORBIDDEN',
    );
    c = await step(
      t,
      head,
      c,
      { type: 'hold_collective_discussion', heldOn: '2026-08-19' },
      { state: 'collective_discussion', legalDate: '2026-08-19' },
    );
    c = await step(
      t,
      officer,
      c,
      { type: 'notify', servedOn: '2026-08-20', penalty: heavy },
      { state: 'notified', legalDate: '2026-08-20', opened: { hearing_request: '2026-08-27' } },
    );
    c = await step(
      t,
      officer,
      c,
      { type: 'submit_statement', on: '2026-08-21' },
      { state: 'statement', legalDate: '2026-08-21' },
    );
    expect(c.record).toMatchObject({ statementOn: '2026-08-21' });
    // After a statement the head may decide at once, lighter than notified.
    c = await step(
      t,
      head,
      c,
      { type: 'decide', decidedOn: '2026-08-24', penalty: fine(4_000_000) },
      {
        state: 'decided',
        legalDate: '2026-08-24',
        closed: { decision: 'met', hearing_request: 'met' },
        opened: { service: '2026-09-02' },
      },
    );
    c = await step(
      t,
      officer,
      c,
      { type: 'serve', servedOn: '2026-08-25', method: 'mail' },
      {
        state: 'served',
        legalDate: '2026-08-25',
        closed: { service: 'met' },
        opened: { payment: '2026-09-09' },
      },
    );
    expectRule(
      await act(officer, c, { type: 'close', on: '2026-09-10' }),
      'EXECUTION_NOT_FINISHED',
      `${LAW}第七十二条`,
    );
    c = await step(
      t,
      officer,
      c,
      { type: 'begin_execution', on: '2026-09-15' },
      { state: 'executing', legalDate: '2026-09-15' },
    );
    c = await step(
      t,
      officer,
      c,
      { type: 'complete_execution', on: '2026-10-20' },
      { state: 'paid', legalDate: '2026-10-20', closed: { payment: 'met' } },
    );
    c = await step(
      t,
      officer,
      c,
      { type: 'close', on: '2026-10-21' },
      { state: 'closed', legalDate: '2026-10-21', finished: true },
    );
    expect(c.deadlines.filter((d) => d.status === 'open')).toEqual([]);
  });

  it('runs 放弃陈述申辩 → 不予处罚 → 归档', async () => {
    let c = await reviewed({ kinds: ['warning'], fineFen: null });
    c = await step(
      t,
      officer,
      c,
      { type: 'notify', servedOn: '2026-08-13', penalty: { kinds: ['warning'], fineFen: null } },
      { state: 'notified', legalDate: '2026-08-13', opened: { hearing_request: '2026-08-20' } },
    );
    // A warning alone gives no right to a hearing (第六十三条), and it is not offered.
    expectRule(
      await act(officer, c, { type: 'request_hearing', requestedOn: '2026-08-14' }),
      'HEARING_NOT_AVAILABLE',
      `${LAW}第六十三条`,
    );
    expect(c.actions.map((a) => a.type)).not.toContain('request_hearing');
    c = await step(
      t,
      officer,
      c,
      { type: 'waive_rights', on: '2026-08-14' },
      { state: 'waived', legalDate: '2026-08-14', closed: { hearing_request: 'met' } },
    );
    expectRule(
      await act(head, c, { type: 'decide_no_penalty', decidedOn: '2026-08-17', reason: ' ' }),
      'REASON_REQUIRED',
      `${LAW}第五十七条`,
    );
    expectError(
      await act(officer, c, {
        type: 'decide_no_penalty',
        decidedOn: '2026-08-17',
        reason: '违法行为轻微并及时改正',
      }),
      403,
      'FORBIDDEN',
    );
    c = await step(
      t,
      head,
      c,
      {
        type: 'decide_no_penalty',
        decidedOn: '2026-08-17',
        reason: '违法行为轻微并及时改正，没有造成危害后果',
      },
      {
        state: 'no_penalty',
        legalDate: '2026-08-17',
        closed: { decision: 'met' },
        finished: true,
      },
    );
    expect(c.record).toMatchObject({
      noPenaltyReason: '违法行为轻微并及时改正，没有造成危害后果',
      decidedOn: '2026-08-17',
    });
    await step(
      t,
      archivist,
      c,
      { type: 'archive', on: '2026-08-20' },
      { state: 'archived', legalDate: '2026-08-20', finished: true },
    );
  });

  it('refuses the decision while the rights period runs, then 放弃听证 and a decision after it', async () => {
    let c = await reviewed(fine(3_000_000));
    c = await step(
      t,
      officer,
      c,
      { type: 'notify', servedOn: '2026-08-25', penalty: fine(3_000_000) },
      { state: 'notified', legalDate: '2026-08-25', opened: { hearing_request: '2026-09-01' } },
    );
    const before = await snapshot(t, c.id);
    for (const decidedOn of ['2026-08-28', '2026-09-01']) {
      const r = expectRule(
        await act(head, c, { type: 'decide', decidedOn, penalty: fine(3_000_000) }),
        'RIGHTS_PERIOD_OPEN',
        `${LAW}第六十二条`,
      );
      expect(r.message).toContain('2026-09-01');
    }
    expectRule(
      await act(officer, c, { type: 'request_hearing', requestedOn: '2026-09-02' }),
      'HEARING_REQUEST_LATE',
      `${LAW}第六十四条第一项`,
    );
    await expectUnchanged(t, before);

    c = await step(
      t,
      officer,
      c,
      { type: 'request_hearing', requestedOn: '2026-08-31' },
      { state: 'hearing_requested', legalDate: '2026-08-31', closed: { hearing_request: 'met' } },
    );
    c = await step(
      t,
      officer,
      c,
      { type: 'withdraw_hearing', on: '2026-09-03' },
      { state: 'waived', legalDate: '2026-09-03' },
    );
    await step(
      t,
      head,
      c,
      { type: 'decide', decidedOn: '2026-09-04', penalty: fine(3_000_000) },
      {
        state: 'decided',
        legalDate: '2026-09-04',
        closed: { decision: 'met' },
        opened: { service: '2026-09-15' },
      },
    );
  });

  it('lets the head decide once the five working days after the notice have passed', async () => {
    let c = await reviewed(fine(100_000));
    c = await step(
      t,
      officer,
      c,
      { type: 'notify', servedOn: '2026-08-25', penalty: fine(100_000) },
      { state: 'notified', legalDate: '2026-08-25', opened: { hearing_request: '2026-09-01' } },
    );
    await step(
      t,
      head,
      c,
      { type: 'decide', decidedOn: '2026-09-02', penalty: fine(90_000) },
      {
        state: 'decided',
        legalDate: '2026-09-02',
        closed: { decision: 'met', hearing_request: 'met' },
        opened: { service: '2026-09-11' },
      },
    );
  });

  it('不予立案 ends the case, which the archivist then archives', async () => {
    let c = await createCase(officer, caseInput(ids));
    expectRule(
      await act(head, c, { type: 'decline_filing', on: '2026-08-02', reason: '' }),
      'REASON_REQUIRED',
    );
    expectError(
      await act(officer, c, { type: 'decline_filing', on: '2026-08-02', reason: '不属于本机关管辖' }),
      403,
      'FORBIDDEN',
    );
    c = await step(
      t,
      head,
      c,
      { type: 'decline_filing', on: '2026-08-02', reason: '不属于本机关管辖' },
      { state: 'not_filed', legalDate: '2026-08-02', finished: true },
    );
    expect(c.record).toMatchObject({ declinedReason: '不属于本机关管辖' });
    await step(
      t,
      archivist,
      c,
      { type: 'archive', on: '2026-08-05' },
      { state: 'archived', legalDate: '2026-08-05', finished: true },
    );
  });

  it('decides on the spot (简易程序) as an action, serves electronically with consent, and takes the payment', async () => {
    const person = [
      { role: 'party', type: 'person', name: '赵六', idNumber: newIdNumber(), address: '示范区' },
    ];
    let c = await createCase(
      officer,
      caseInput(ids, {
        parties: person,
        particulars: {
          violationOn: '2026-09-10',
          discoveredOn: '2026-09-10',
          electronicServiceConsent: true,
        },
      }),
    );
    expect(c.actions.map((a) => a.type)).toEqual(['decide_simple']);
    expectRule(
      await act(officer, c, { type: 'decide_simple', decidedOn: '2026-09-10', penalty: fine(20_001) }),
      'SIMPLE_LIMIT_EXCEEDED',
      `${LAW}第五十一条`,
    );
    expectRule(
      await act(officer, c, {
        type: 'decide_simple',
        decidedOn: '2026-09-10',
        penalty: { kinds: ['warning'], fineFen: 100 },
      }),
      'DECISION_PENALTY_EMPTY',
    );
    c = await step(
      t,
      officer,
      c,
      { type: 'decide_simple', decidedOn: '2026-09-10', penalty: fine(20_000) },
      { state: 'decided', legalDate: '2026-09-10', opened: { service: '2026-09-20' } },
    );
    expect(c.record).toMatchObject({ simpleProcedure: true, decidedPenalty: fine(20_000), filedOn: null });
    // 9/25 is 中秋节: the 15-day payment period rolls to Monday 9/28.
    c = await step(
      t,
      officer,
      c,
      { type: 'serve', servedOn: '2026-09-10', method: 'electronic' },
      {
        state: 'served',
        legalDate: '2026-09-10',
        closed: { service: 'met' },
        opened: { payment: '2026-09-28' },
      },
    );
    c = await step(
      t,
      officer,
      c,
      { type: 'record_payment', paidOn: '2026-09-20', amountFen: 20_000 },
      { state: 'paid', legalDate: '2026-09-20', closed: { payment: 'met' } },
    );
    await step(
      t,
      officer,
      c,
      { type: 'close', on: '2026-09-21' },
      { state: 'closed', legalDate: '2026-09-21', finished: true },
    );
  });

  it('a warning needs no payment: 不能登记缴款, and the case closes once served', async () => {
    let c = await createCase(
      officer,
      caseInput(ids, { particulars: { violationOn: '2026-09-10', discoveredOn: '2026-09-10' } }),
    );
    c = await step(
      t,
      officer,
      c,
      { type: 'decide_simple', decidedOn: '2026-09-10', penalty: { kinds: ['warning'], fineFen: null } },
      { state: 'decided', legalDate: '2026-09-10', opened: { service: '2026-09-20' } },
    );
    c = await step(
      t,
      officer,
      c,
      { type: 'serve', servedOn: '2026-09-11', method: 'in_person' },
      { state: 'served', legalDate: '2026-09-11', closed: { service: 'met' } },
    );
    expectRule(
      await act(officer, c, { type: 'record_payment', paidOn: '2026-09-12', amountFen: 1 }),
      'NO_FINE_TO_PAY',
      `${LAW}第六十七条`,
    );
    await step(
      t,
      officer,
      c,
      { type: 'close', on: '2026-09-12' },
      { state: 'closed', legalDate: '2026-09-12', finished: true },
    );
  });

  describe('the decision deadline', () => {
    it('moves with an extension (head only) and a pause: the old row is replaced, a new one opens', async () => {
      let c = await createCase(officer, caseInput(ids));
      c = await step(
        t,
        head,
        c,
        { type: 'file', filedOn: '2026-08-03', approvedBy: '张局长' },
        { state: 'filed', legalDate: '2026-08-03', opened: { decision: '2026-11-02' } },
      );
      const before = await snapshot(t, c.id);
      for (const who of [officer, reviewer, archivist]) {
        expectError(
          await act(who, c, {
            type: 'extend_decision_period',
            approvedOn: '2026-08-20',
            days: 30,
            reason: '案情复杂',
          }),
          403,
          'FORBIDDEN',
        );
      }
      expectRule(
        await act(head, c, {
          type: 'extend_decision_period',
          approvedOn: '2026-08-20',
          days: 30,
          reason: '  ',
        }),
        'REASON_REQUIRED',
      );
      await expectUnchanged(t, before);

      c = await step(
        t,
        head,
        c,
        {
          type: 'extend_decision_period',
          approvedOn: '2026-08-20',
          days: 30,
          reason: '案情复杂，需检验鉴定',
        },
        {
          state: 'filed',
          legalDate: '2026-08-20',
          closed: { decision: 'replaced' },
          opened: { decision: '2026-12-01' },
        },
      );
      expect(c.deadlines.filter((d) => d.status === 'open').map((d) => [d.key, d.due, d.rule.n])).toEqual([
        ['decision', '2026-12-01', 120],
      ]);
      expect(
        (c.record.extensionApprovals as { days: number; approvedOn: string }[]).map((e) => [
          e.days,
          e.approvedOn,
        ]),
      ).toEqual([[30, '2026-08-20']]);

      c = await step(
        t,
        officer,
        c,
        { type: 'record_pause', from: '2026-08-10', to: '2026-08-19', reason: '产品送检' },
        {
          state: 'filed',
          legalDate: '2026-08-10',
          closed: { decision: 'replaced' },
          opened: { decision: '2026-12-11' },
        },
      );
      const open = c.deadlines.find((d) => d.status === 'open')!;
      expect({ due: open.due, pausedDays: open.pausedDays, n: open.rule.n }).toEqual({
        due: '2026-12-11',
        pausedDays: 10,
        n: 120,
      });
      expect(c.deadlines.map((d) => [d.key, d.due, d.status])).toEqual([
        ['decision', '2026-11-02', 'replaced'],
        ['decision', '2026-12-01', 'replaced'],
        ['decision', '2026-12-11', 'open'],
      ]);

      // A pause must lie after 立案 and end after it starts; it may not end in the future.
      const p = await snapshot(t, c.id);
      for (const [from, to] of [
        ['2026-08-03', '2026-08-05'],
        ['2026-08-12', '2026-08-11'],
      ]) {
        const res = await act(officer, c, { type: 'record_pause', from, to, reason: '检验' });
        expectError(res, 400, 'VALIDATION_FAILED');
        expect((res.json() as ErrorOut).details?.rule).toBe('DATE_INVALID');
      }
      expectRule(
        await act(officer, c, {
          type: 'record_pause',
          from: '2026-08-20',
          to: addDays(serverToday(), 1),
          reason: '检验',
        }),
        'DATE_IN_FUTURE',
      );
      await expectUnchanged(t, p);
    });

    it('an extension records who approved it and why', async () => {
      // penalty.ts foldPenalty 'extend_decision_period' writes `approvedBy: a.reason`.
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
        head,
        c,
        {
          type: 'extend_decision_period',
          approvedOn: '2026-08-20',
          days: 30,
          reason: '案情复杂，需检验鉴定',
        },
        {
          state: 'filed',
          legalDate: '2026-08-20',
          closed: { decision: 'replaced' },
          opened: { decision: '2026-12-01' },
        },
      );
      const [approval] = c.record.extensionApprovals as { approvedBy: string }[];
      const headName = c.timeline.at(-1)!.actorName;
      expect(approval!.approvedBy).toBe(headName);
    });

    it('refuses a decision and an extension after the deadline has lapsed (第六十条)', async () => {
      let c = await createCase(
        officer,
        caseInput(ids, {
          openedOn: '2026-03-09',
          particulars: { violationOn: '2026-03-01', discoveredOn: '2026-03-05' },
        }),
      );
      c = await step(
        t,
        head,
        c,
        { type: 'file', filedOn: '2026-03-10', approvedBy: '张局长' },
        { state: 'filed', legalDate: '2026-03-10', opened: { decision: '2026-06-08' } },
      );
      c = await step(
        t,
        officer,
        c,
        { type: 'start_investigation', on: '2026-03-11' },
        { state: 'investigating', legalDate: '2026-03-11' },
      );
      c = await step(
        t,
        officer,
        c,
        {
          type: 'close_investigation',
          on: '2026-03-20',
          proposal: fine(100_000),
          collectiveDiscussionRequired: false,
        },
        { state: 'investigation_closed', legalDate: '2026-03-20' },
      );
      c = await reviewedCase(c, { submittedOn: '2026-03-23', reviewedOn: '2026-03-24' });
      c = await step(
        t,
        officer,
        c,
        { type: 'notify', servedOn: '2026-03-25', penalty: fine(100_000) },
        { state: 'notified', legalDate: '2026-03-25', opened: { hearing_request: '2026-04-01' } },
      );
      c = await step(
        t,
        officer,
        c,
        { type: 'waive_rights', on: '2026-03-26' },
        { state: 'waived', legalDate: '2026-03-26', closed: { hearing_request: 'met' } },
      );
      const before = await snapshot(t, c.id);
      const late = expectRule(
        await act(head, c, { type: 'decide', decidedOn: '2026-06-09', penalty: fine(100_000) }),
        'DECISION_OVERDUE',
        `${LAW}第六十条`,
      );
      expect(late.message).toContain('2026-06-08');
      expectRule(
        await act(head, c, {
          type: 'extend_decision_period',
          approvedOn: '2026-06-09',
          days: 30,
          reason: '案情复杂',
        }),
        'EXTENSION_AFTER_EXPIRY',
        `${LAW}第六十条`,
      );
      await expectUnchanged(t, before);
      // On the last day both are still possible.
      await step(
        t,
        head,
        c,
        { type: 'decide', decidedOn: '2026-06-08', penalty: fine(100_000) },
        {
          state: 'decided',
          legalDate: '2026-06-08',
          closed: { decision: 'met' },
          opened: { service: '2026-06-17' },
        },
      );
    });
  });

  describe('revoking', () => {
    it('撤销 (head only) ends a filed case and closes its deadline', async () => {
      let c = await createCase(officer, caseInput(ids));
      c = await step(
        t,
        head,
        c,
        { type: 'file', filedOn: '2026-08-03', approvedBy: '张局长' },
        { state: 'filed', legalDate: '2026-08-03', opened: { decision: '2026-11-02' } },
      );
      expectError(
        await act(officer, c, { type: 'revoke', on: '2026-08-10', reason: '重复立案' }),
        403,
        'FORBIDDEN',
      );
      expectRule(await act(head, c, { type: 'revoke', on: '2026-08-10', reason: '' }), 'REASON_REQUIRED');
      const before = await snapshot(t, c.id);
      const res = await act(head, c, { type: 'revoke', on: '2026-08-10', reason: '重复立案' });
      expect(res.statusCode, res.body).toBe(200);
      c = res.json() as CaseOut;
      const after = await snapshot(t, c.id);
      expect({
        state: c.state,
        finished: c.finished,
        version: c.version,
        events: after.events,
        ledger: after.ledger,
        nextDue: after.nextDue,
      }).toEqual({
        state: 'revoked',
        finished: true,
        version: before.version + 1,
        events: before.events + 1,
        ledger: before.ledger + 1,
        nextDue: null,
      });
      expect(c.deadlines.map((d) => [d.key, d.status === 'open', d.closedOn])).toEqual([
        ['decision', false, '2026-08-10'],
      ]);
      expect(c.record).toMatchObject({ revokedReason: '重复立案' });
      await step(
        t,
        archivist,
        c,
        { type: 'archive', on: '2026-08-11' },
        { state: 'archived', legalDate: '2026-08-11', finished: true },
      );
    });

    it('revoking cancels the open deadlines (not met)', async () => {
      // service.ts applyAction closes `deadlinesClosed` as 'met' before the finished-state 'cancelled'
      // pass, and revoke lists every open key as closed, so nothing is ever 'cancelled'.
      let c = await createCase(officer, caseInput(ids));
      c = await step(
        t,
        head,
        c,
        { type: 'file', filedOn: '2026-08-03', approvedBy: '张局长' },
        { state: 'filed', legalDate: '2026-08-03', opened: { decision: '2026-11-02' } },
      );
      await step(
        t,
        head,
        c,
        { type: 'revoke', on: '2026-08-10', reason: '重复立案' },
        { state: 'revoked', legalDate: '2026-08-10', closed: { decision: 'cancelled' }, finished: true },
      );
    });
  });

  describe('简易程序 on creation (POST /cases with simple)', () => {
    const person = () => [
      { role: 'party', type: 'person', name: '钱七', idNumber: newIdNumber(), address: '示范区健康路 8 号' },
    ];
    const simple = (fineFen: number, extra: Record<string, unknown> = {}) => ({
      decidedOn: '2026-09-10',
      kinds: ['fine'],
      fineFen,
      document: SIMPLE_SHEET,
      ...extra,
    });
    const spot = { particulars: { violationOn: '2026-09-10', discoveredOn: '2026-09-10' } };

    it.each([
      ['a person', 'person', 20_000],
      ['an organisation', 'organisation', 300_000],
    ])('decides up to the limit for %s in one request', async (_label, type, limit) => {
      const before = await rowCounts(t);
      const parties = type === 'person' ? person() : undefined;
      const c = await createCase(
        officer,
        caseInput(ids, { ...spot, ...(parties ? { parties } : {}), simple: simple(limit) }),
      );
      expect(c.state).toBe('decided');
      expect(c.version).toBe(2);
      expect(c.record).toMatchObject({
        simpleProcedure: true,
        decidedOn: '2026-09-10',
        decidedPenalty: { kinds: ['fine'], fineFen: limit },
      });
      expect(c.timeline.map((e) => [e.action, e.toState, e.legalDate])).toEqual([
        ['create', 'lead', '2026-08-01'],
        ['decide_simple', 'decided', '2026-09-10'],
      ]);
      expect(c.deadlines.map((d) => [d.key, d.due, d.status])).toEqual([['service', '2026-09-20', 'open']]);
      const after = await rowCounts(t);
      expect({
        cases: after.cases - before.cases,
        events: after.events - before.events,
        ledger: after.ledger - before.ledger,
        deadlines: after.deadlines - before.deadlines,
        documents: after.documents - before.documents,
        // ledger: created, the step, the document, and the decision's publication draft (E3).
      }).toEqual({ cases: 1, events: 2, ledger: 4, deadlines: 1, documents: 1 });
    });

    it.each([
      ['a person', 'person', 20_001],
      ['an organisation', 'organisation', 300_001],
    ])('refuses 1 fen over the limit for %s and creates nothing', async (_label, type, fen) => {
      const before = await rowCounts(t);
      const parties = type === 'person' ? person() : undefined;
      const res = await officer.post(
        '/api/v1/cases',
        caseInput(ids, { ...spot, ...(parties ? { parties } : {}), simple: simple(fen) }),
      );
      expectRule(res, 'SIMPLE_LIMIT_EXCEEDED', `${LAW}第五十一条`);
      expect(await rowCounts(t)).toEqual(before);
    });

    it('refuses other penalties, a future date, a fine without the fine kind, and bad amounts — creating nothing', async () => {
      const before = await rowCounts(t);
      expectError(
        await officer.post(
          '/api/v1/cases',
          caseInput(ids, { ...spot, simple: simple(100, { kinds: ['order_suspension'] }) }),
        ),
        400,
        'VALIDATION_FAILED',
      );
      expectRule(
        await officer.post(
          '/api/v1/cases',
          caseInput(ids, { ...spot, simple: simple(100, { kinds: ['warning'] }) }),
        ),
        'DECISION_PENALTY_EMPTY',
      );
      expectRule(
        await officer.post(
          '/api/v1/cases',
          caseInput(ids, { ...spot, simple: simple(100, { decidedOn: addDays(serverToday(), 1) }) }),
        ),
        'DATE_IN_FUTURE',
      );
      expectError(
        await officer.post('/api/v1/cases', caseInput(ids, { ...spot, simple: simple(-1) })),
        400,
        'VALIDATION_FAILED',
      );
      expectError(
        await officer.post('/api/v1/cases', caseInput(ids, { ...spot, simple: simple(100.5) })),
        400,
        'VALIDATION_FAILED',
      );
      expectError(
        await officer.post('/api/v1/cases', caseInput(ids, { ...spot, simple: simple(100, { kinds: [] }) })),
        400,
        'VALIDATION_FAILED',
      );
      expect(await rowCounts(t)).toEqual(before);
      // The refused requests consumed no case number either.
      const next = await createCase(officer, caseInput(ids, spot));
      const [prev] = await sql<{ code: string }>(
        t,
        'select code from cases where id <> $1 order by code desc limit 1',
        [next.id],
      );
      expect(Number(next.code.slice(5))).toBe(Number(prev!.code.slice(5)) + 1);
    });
  });

  it('shows each step only to whom may take it (actions / actionsForOthers)', async () => {
    const c = await createCase(officer, caseInput(ids));
    const filed = (
      await act(head, c, { type: 'file', filedOn: '2026-08-03', approvedBy: '张局长' })
    ).json() as CaseOut;
    const asOfficer = await getCase(officer, filed.id);
    expect(asOfficer.actions.map((a) => a.type)).toEqual([
      'start_investigation',
      'preserve_evidence',
      'record_pause',
    ]);
    expect(asOfficer.actionsForOthers.map((a) => [a.type, a.permission])).toEqual([
      ['extend_decision_period', 'cases.approve'],
      ['revoke', 'cases.approve'],
    ]);
    const asHead = await getCase(head, filed.id);
    expect(asHead.actions.map((a) => a.type)).toEqual(['extend_decision_period', 'revoke']);
  });
});
