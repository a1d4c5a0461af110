// The 行政处罚 machine: every transition of its table, the general procedure end to end with its
// deadlines, and how accepted actions fold into the record.
import { describe, expect, it } from 'vitest';
import { BASIS, NOTIFIED, facts, notifiedFacts, TODAY, ok, refused } from './fixtures.ts';
import { ACTIONS_FROM, penaltyMachine as m, type PenaltyAction, type PenaltyActionType } from './index.ts';
import { PENALTY_STATES, emptyPenaltyRecord, type PenaltyState } from './model.ts';

describe('every transition of the table', () => {
  // Actions missing here keep the state (approvals and records inside a step).
  const NEXT: Partial<Record<PenaltyActionType, PenaltyState>> = {
    file: 'filed',
    decline_filing: 'not_filed',
    decide_simple: 'decided',
    start_investigation: 'investigating',
    close_investigation: 'investigation_closed',
    submit_review: 'legal_review',
    return_for_investigation: 'investigating',
    hold_collective_discussion: 'collective_discussion',
    notify: 'notified',
    submit_statement: 'statement',
    waive_rights: 'waived',
    request_hearing: 'hearing_requested',
    schedule_hearing: 'hearing_scheduled',
    hold_hearing: 'hearing_held',
    withdraw_hearing: 'waived',
    decide: 'decided',
    decide_no_penalty: 'no_penalty',
    serve: 'served',
    begin_execution: 'executing',
    record_payment: 'paid',
    complete_execution: 'paid',
    close: 'closed',
    revoke: 'revoked',
    archive: 'archived',
  };
  const D = '2026-10-30';
  const SAMPLE: Record<PenaltyActionType, PenaltyAction> = {
    set_item: { type: 'set_item', itemCode: BASIS.itemCode, basis: BASIS },
    file: { type: 'file', filedOn: '2026-08-03', approvedBy: '局长' },
    decline_filing: { type: 'decline_filing', on: D, reason: '不属于本机关管辖' },
    decide_simple: { type: 'decide_simple', decidedOn: D, penalty: { kinds: ['warning'], fineFen: null } },
    start_investigation: { type: 'start_investigation', on: D },
    close_investigation: {
      type: 'close_investigation',
      on: D,
      proposal: NOTIFIED,
      collectiveDiscussionRequired: false,
    },
    record_review: {
      type: 'record_review',
      reviewedOn: D,
      passed: true,
      opinion: '事实清楚，证据确凿，适用依据正确，程序合法',
    },
    extend_decision_period: {
      type: 'extend_decision_period',
      approvedOn: D,
      days: 30,
      reason: '案情复杂，需检验',
    },
    record_pause: { type: 'record_pause', from: '2026-09-01', to: '2026-09-10', reason: '委托检验' },
    preserve_evidence: { type: 'preserve_evidence', on: D, items: '病历 12 份', reason: '证据可能灭失' },
    decide_preservation: {
      type: 'decide_preservation',
      decidedOn: D,
      decision: '解除先行登记保存，退还当事人',
    },
    submit_review: { type: 'submit_review', on: D },
    return_for_investigation: { type: 'return_for_investigation', on: D },
    hold_collective_discussion: { type: 'hold_collective_discussion', heldOn: D },
    notify: { type: 'notify', servedOn: D, penalty: NOTIFIED },
    submit_statement: { type: 'submit_statement', on: D },
    waive_rights: { type: 'waive_rights', on: D },
    request_hearing: { type: 'request_hearing', requestedOn: '2026-10-10' },
    schedule_hearing: {
      type: 'schedule_hearing',
      noticeServedOn: '2026-10-12',
      hearingOn: '2026-10-21',
      hostId: 'h9',
    },
    hold_hearing: { type: 'hold_hearing', heldOn: '2026-10-21' },
    withdraw_hearing: { type: 'withdraw_hearing', on: D },
    decide: { type: 'decide', decidedOn: D, penalty: NOTIFIED },
    decide_no_penalty: {
      type: 'decide_no_penalty',
      decidedOn: D,
      reason: '违法行为轻微并及时改正，没有造成危害后果',
    },
    serve: { type: 'serve', servedOn: D, method: 'in_person' },
    begin_execution: { type: 'begin_execution', on: D },
    record_payment: { type: 'record_payment', paidOn: D, amountFen: 500_000 },
    complete_execution: { type: 'complete_execution', on: D },
    close: { type: 'close', on: D },
    revoke: { type: 'revoke', on: D, reason: '违法事实不能成立' },
    archive: { type: 'archive', on: D },
  };
  const rows = PENALTY_STATES.flatMap((state) => ACTIONS_FROM[state].map((type) => [state, type] as const));

  it('covers the whole table (94 edges) and archived is final', () => {
    expect(rows).toHaveLength(94);
    expect(ACTIONS_FROM.archived).toEqual([]);
  });

  it.each(rows)('%s --%s-->', (state, type) => {
    const f = notifiedFacts({
      statementOn: '2026-09-30',
      hearingOn: '2026-10-21',
      decidedPenalty:
        state === 'served' && type === 'close' ? { kinds: ['warning'], fineFen: null } : NOTIFIED,
      servedOn: '2026-10-28',
      reviewRequired: type === 'submit_review',
      preservationOpenOn: type === 'decide_preservation' ? '2026-10-28' : null,
      // 确定执法事项 is offered while no item is named.
      ...(type === 'set_item' ? { legalBasis: null } : {}),
    });
    const r = ok(state, f, SAMPLE[type], D);
    expect(r.next).toBe(NEXT[type] ?? state);
  });

  it('an action outside the state is refused', () => {
    const r = refused('lead', facts(), SAMPLE.decide, 'NOT_ALLOWED_IN_STATE');
    expect(r.message).toBe('当前环节“线索/受理”不能执行“作出处罚决定”');
    refused('archived', facts(), SAMPLE.archive, 'NOT_ALLOWED_IN_STATE');
    refused('decided', facts(), SAMPLE.close, 'NOT_ALLOWED_IN_STATE');
  });
});

describe('the general procedure end to end, with its deadlines', () => {
  it('lead → … → archived', () => {
    let f = facts();
    const filed = ok('lead', f, { type: 'file', filedOn: '2026-08-03', approvedBy: '局长' });
    expect(filed.next).toBe('filed');
    // 08-03 + 90 = 11-01, a Sunday → 11-02.
    expect(filed.deadlinesOpened).toEqual([
      {
        key: 'decision',
        from: '2026-08-03',
        due: '2026-11-02',
        citation: '《中华人民共和国行政处罚法》第六十条',
        rule: { n: 90, unit: 'calendar_days' },
        pausedDays: 0,
      },
    ]);
    f = { ...f, filedOn: '2026-08-03' };
    expect(ok('filed', f, { type: 'start_investigation', on: '2026-08-04' }).next).toBe('investigating');
    expect(
      ok('investigating', f, {
        type: 'close_investigation',
        on: '2026-09-20',
        proposal: NOTIFIED,
        collectiveDiscussionRequired: false,
      }).next,
    ).toBe('investigation_closed');
    const notified = ok('investigation_closed', f, {
      type: 'notify',
      servedOn: '2026-09-28',
      penalty: NOTIFIED,
    });
    expect(notified.next).toBe('notified');
    expect(notified.deadlinesOpened.map((d) => [d.key, d.due])).toEqual([['hearing_request', '2026-10-10']]);
    f = { ...f, noticeServedOn: '2026-09-28', proposedPenalty: NOTIFIED };
    const requested = ok('notified', f, { type: 'request_hearing', requestedOn: '2026-10-10' });
    expect(requested).toMatchObject({
      next: 'hearing_requested',
      deadlinesClosed: ['hearing_request'],
      deadlinesOpened: [],
    });
    f = { ...f, hearingRequestedOn: '2026-10-10' };
    expect(
      ok('hearing_requested', f, {
        type: 'schedule_hearing',
        noticeServedOn: '2026-10-12',
        hearingOn: '2026-10-21',
        hostId: 'h9',
      }).next,
    ).toBe('hearing_scheduled');
    f = { ...f, hearingNoticeServedOn: '2026-10-12', hearingOn: '2026-10-21', hearingHostId: 'h9' };
    expect(ok('hearing_scheduled', f, { type: 'hold_hearing', heldOn: '2026-10-21' }).next).toBe(
      'hearing_held',
    );
    f = { ...f, hearingHeldOn: '2026-10-21' };
    const decided = ok('hearing_held', f, { type: 'decide', decidedOn: '2026-10-26', penalty: NOTIFIED });
    expect(decided.next).toBe('decided');
    expect(decided.deadlinesClosed).toEqual(['decision', 'hearing_request']);
    // 7 working days from Monday 10-26: 27, 28, 29, 30, 11-02, 03, 04.
    expect(decided.deadlinesOpened.map((d) => [d.key, d.due, d.rule.unit])).toEqual([
      ['service', '2026-11-04', 'working_days'],
    ]);
    f = { ...f, decidedOn: '2026-10-26', decidedPenalty: NOTIFIED };
    const served = ok('decided', f, { type: 'serve', servedOn: '2026-10-28', method: 'in_person' });
    expect(served).toMatchObject({ next: 'served', deadlinesClosed: ['service'] });
    expect(served.deadlinesOpened.map((d) => [d.key, d.due])).toEqual([['payment', '2026-11-12']]);
    f = { ...f, servedOn: '2026-10-28' };
    expect(
      ok('served', f, { type: 'record_payment', paidOn: '2026-11-12', amountFen: 500_000 }),
    ).toMatchObject({ next: 'paid', deadlinesClosed: ['payment'] });
    expect(ok('paid', f, { type: 'close', on: '2026-11-13' }).next).toBe('closed');
    expect(ok('closed', f, { type: 'archive', on: '2026-11-20' }).next).toBe('archived');
    expect(m.allowedActions('archived', f, TODAY)).toEqual([]);
  });
});

describe('fold: accepted actions into the record', () => {
  const r0 = emptyPenaltyRecord();
  it('records dates, penalties and approvals', () => {
    let r = m.fold(r0, { type: 'file', filedOn: '2026-08-03', approvedBy: '王局长' });
    expect([r.filedOn, r.filingApprovedBy]).toEqual(['2026-08-03', '王局长']);
    r = m.fold(r, {
      type: 'close_investigation',
      on: '2026-09-01',
      proposal: NOTIFIED,
      collectiveDiscussionRequired: true,
      review: { required: true, reasons: ['R1'] },
    });
    expect([
      r.investigationProposal,
      r.collectiveDiscussionRequired,
      r.reviewRequired,
      r.reviewReasons,
    ]).toEqual([NOTIFIED, true, true, ['R1']]);
    r = m.fold(r, { type: 'record_review', reviewedOn: '2026-09-02', passed: true, opinion: '同意' });
    expect(r.reviewPassed).toBe(true);
    expect(r.reviewOpinions).toEqual([{ reviewedOn: '2026-09-02', passed: true, opinion: '同意' }]);
    r = m.fold(r, { type: 'notify', servedOn: '2026-09-10', penalty: NOTIFIED });
    r = m.fold(r, { type: 'request_hearing', requestedOn: '2026-09-11' });
    expect(r.hearingRequestedOn).toBe('2026-09-11');
    // A renewed notice reopens the rights: the earlier hearing request no longer counts.
    r = m.fold(r, {
      type: 'notify',
      servedOn: '2026-09-20',
      penalty: { kinds: ['fine'], fineFen: 900_000 },
    });
    expect([r.noticeServedOn, r.hearingRequestedOn, r.proposedPenalty?.fineFen]).toEqual([
      '2026-09-20',
      null,
      900_000,
    ]);
    r = m.fold(r, { type: 'record_payment', paidOn: '2026-10-01', amountFen: 900_000 });
    expect(r.payments).toEqual([{ paidOn: '2026-10-01', amountFen: 900_000 }]);
  });
  it('returning for investigation voids the review', () => {
    const r = m.fold(
      { ...r0, reviewPassed: true, investigationClosedOn: '2026-09-01' },
      { type: 'return_for_investigation', on: '2026-09-05' },
    );
    expect([r.reviewPassed, r.investigationClosedOn]).toEqual([false, null]);
  });
  it('the action schema refuses malformed input with Chinese messages', () => {
    expect(
      m.actionSchema.safeParse({
        type: 'decide',
        decidedOn: '2026-10-01',
        penalty: { kinds: ['fine'], fineFen: 1.5 },
      }).success,
    ).toBe(false);
    expect(
      m.actionSchema.safeParse({
        type: 'decide',
        decidedOn: '20261001',
        penalty: { kinds: ['fine'], fineFen: 100 },
      }).error?.issues[0]?.message,
    ).toBe('决定日期须为 YYYY-MM-DD 格式的日期');
    expect(m.actionSchema.safeParse({ type: 'no_such' }).success).toBe(false);
    expect(
      m.actionSchema.safeParse({
        type: 'notify',
        servedOn: '2026-10-01',
        penalty: { kinds: ['fine', 'fine'], fineFen: 100 },
      }).success,
    ).toBe(false);
    expect(m.actionSchema.parse({ type: 'close', on: '2026-10-01' })).toEqual({
      type: 'close',
      on: '2026-10-01',
    });
  });
});
