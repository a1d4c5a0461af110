// The 行政处罚 machine: the 法制审核 gate (Art. 58, D8) and collective discussion (Art. 57), the decision
// (Art. 45, 60, 62), service, execution and closure, dates and the calendar.
import { describe, expect, it } from 'vitest';
import { pinnedCalendar } from '../../../../../test/helpers/calendar.ts';
import { cert, OFFICERS, NOTIFIED, facts, notifiedFacts, ok, refused } from './fixtures.ts';
import { penaltyMachine as m, type PenaltyAction } from './index.ts';
import type { Penalty } from './model.ts';

describe('法制审核 gate (Art. 58, D8) and collective discussion (Art. 57)', () => {
  const base = notifiedFacts({ statementOn: '2026-09-30' });
  const decide: PenaltyAction = { type: 'decide', decidedOn: '2026-10-20', penalty: NOTIFIED };
  it('a required review not passed blocks the decision', () => {
    const r = refused('statement', { ...base, reviewRequired: true }, decide, 'REVIEW_NOT_PASSED');
    expect(r.message).toBe('本案须经法制审核，审核未通过前不得作出决定');
    expect(r.citation).toBe(
      '《中华人民共和国行政处罚法》第五十八条第一款（未经法制审核或者审核未通过的，不得作出决定）',
    );
    refused(
      'statement',
      { ...base, reviewRequired: true },
      { type: 'decide_no_penalty', decidedOn: '2026-10-20', reason: '轻微' },
      'REVIEW_NOT_PASSED',
    );
    expect(ok('statement', { ...base, reviewRequired: true, reviewPassed: true }, decide).next).toBe(
      'decided',
    );
  });
  it('submit_review only when required and not yet passed', () => {
    refused(
      'investigation_closed',
      facts({ filedOn: '2026-08-03' }),
      { type: 'submit_review', on: '2026-09-20' },
      'REVIEW_NOT_REQUIRED',
    );
    refused(
      'investigation_closed',
      facts({ filedOn: '2026-08-03', reviewRequired: true, reviewPassed: true }),
      { type: 'submit_review', on: '2026-09-20' },
      'REVIEW_NOT_REQUIRED',
    );
    expect(
      ok('investigation_closed', facts({ filedOn: '2026-08-03', reviewRequired: true }), {
        type: 'submit_review',
        on: '2026-09-20',
      }).next,
    ).toBe('legal_review');
  });
  it('from legal_review, only return or revoke until the review passes', () => {
    const f = facts({ filedOn: '2026-08-03', reviewRequired: true });
    expect(m.allowedActions('legal_review', f, '2026-09-25')).toEqual([
      'record_review',
      'return_for_investigation',
      'extend_decision_period',
      'record_pause',
      'revoke',
    ]);
    refused(
      'legal_review',
      f,
      { type: 'notify', servedOn: '2026-09-25', penalty: NOTIFIED },
      'REVIEW_NOT_PASSED',
    );
    refused(
      'legal_review',
      f,
      { type: 'hold_collective_discussion', heldOn: '2026-09-25' },
      'REVIEW_NOT_PASSED',
    );
    expect(m.allowedActions('legal_review', { ...f, reviewPassed: true }, '2026-09-25')).toEqual([
      'hold_collective_discussion',
      'notify',
      'decide_no_penalty',
      'return_for_investigation',
      'extend_decision_period',
      'record_pause',
      'revoke',
    ]);
    expect(ok('legal_review', f, { type: 'return_for_investigation', on: '2026-09-25' }).next).toBe(
      'investigating',
    );
  });
  it('a required collective discussion must be held first', () => {
    const r = refused(
      'statement',
      { ...base, collectiveDiscussionRequired: true },
      decide,
      'COLLECTIVE_DISCUSSION_REQUIRED',
    );
    expect(r.citation).toBe('《中华人民共和国行政处罚法》第五十七条第二款');
    expect(
      ok(
        'statement',
        { ...base, collectiveDiscussionRequired: true },
        { type: 'hold_collective_discussion', heldOn: '2026-10-15' },
      ).next,
    ).toBe('collective_discussion');
    expect(
      ok(
        'collective_discussion',
        { ...base, collectiveDiscussionRequired: true, collectiveDiscussionHeldOn: '2026-10-15' },
        decide,
      ).next,
    ).toBe('decided');
  });
});

describe('the decision: no heavier than notified (Art. 45, 62), within 90 days (Art. 60)', () => {
  const f = notifiedFacts({ statementOn: '2026-09-30' });
  const decide = (penalty: Penalty, decidedOn = '2026-10-20'): PenaltyAction => ({
    type: 'decide',
    decidedOn,
    penalty,
  });
  it('the notified fine is ok, one fen more is refused', () => {
    expect(ok('statement', f, decide(NOTIFIED)).next).toBe('decided');
    const r = refused(
      'statement',
      f,
      decide({ kinds: ['warning', 'fine'], fineFen: 500_001 }),
      'DECISION_HEAVIER_THAN_NOTIFIED',
    );
    expect(r.message).toBe('决定的罚款 5000.01 元高于告知的 5000.00 元，须重新告知');
    expect(r.citation).toBe('《中华人民共和国行政处罚法》第四十五条第二款、第六十二条');
  });
  it('an extra penalty kind is refused; a lighter decision is fine', () => {
    const r = refused(
      'statement',
      f,
      decide({ kinds: ['warning', 'fine', 'suspend_licence'], fineFen: 500_000 }),
      'DECISION_HEAVIER_THAN_NOTIFIED',
    );
    expect(r.message).toBe('决定的处罚种类（suspend_licence）未经事先告知，须重新告知');
    expect(ok('statement', f, decide({ kinds: ['warning'], fineFen: null })).next).toBe('decided');
    expect(ok('statement', f, decide({ kinds: ['fine'], fineFen: 100_000 })).next).toBe('decided');
  });
  it('a heavier penalty needs a new notice', () => {
    expect(
      ok('statement', f, {
        type: 'notify',
        servedOn: '2026-10-20',
        penalty: { kinds: ['fine', 'suspend_licence'], fineFen: 800_000 },
      }).next,
    ).toBe('notified');
  });
  it('day 90 (rolled to 11-02) ok; 11-03 refused; an approved extension allows it', () => {
    expect(ok('statement', f, decide(NOTIFIED, '2026-11-02')).next).toBe('decided');
    const r = refused('statement', f, decide(NOTIFIED, '2026-11-03'), 'DECISION_OVERDUE');
    expect(r.message).toBe('作出决定的期限已于 2026-11-02 届满，须经行政机关负责人批准延长后方可决定');
    const ext = { ...f, extensionApprovals: [{ days: 30, approvedOn: '2026-10-30', approvedBy: '局长' }] };
    expect(ok('statement', ext, decide(NOTIFIED, '2026-11-03')).next).toBe('decided');
  });
  it('paused appraisal time extends the period', () => {
    const paused = { ...f, pauses: [{ from: '2026-08-10', to: '2026-08-14', reason: '检验' }] };
    // 08-03 + 95 = 11-06 (Friday).
    expect(ok('statement', paused, decide(NOTIFIED, '2026-11-06')).next).toBe('decided');
    refused('statement', paused, decide(NOTIFIED, '2026-11-07'), 'DECISION_OVERDUE');
  });
  it('officers are re-checked on the decision date', () => {
    const officers = [OFFICERS[0]!, { id: 'o3', certificate: cert({ expiresOn: '2026-10-01' }) }];
    refused('statement', { ...f, officers }, decide(NOTIFIED), 'OFFICERS_INSUFFICIENT');
  });
  it('a decision must contain a penalty', () => {
    refused('statement', f, decide({ kinds: [], fineFen: null }), 'DECISION_PENALTY_EMPTY');
  });
});

describe('service, execution, closure', () => {
  const decided = notifiedFacts({
    statementOn: '2026-09-30',
    decidedOn: '2026-10-26',
    decidedPenalty: NOTIFIED,
  });
  it('electronic service needs signed consent (Art. 61)', () => {
    const r = refused(
      'decided',
      decided,
      { type: 'serve', servedOn: '2026-10-27', method: 'electronic' },
      'ELECTRONIC_SERVICE_NO_CONSENT',
    );
    expect(r.citation).toBe('《中华人民共和国行政处罚法》第六十一条第二款');
    expect(
      ok(
        'decided',
        { ...decided, electronicServiceConsent: true },
        { type: 'serve', servedOn: '2026-10-27', method: 'electronic' },
      ).next,
    ).toBe('served');
  });
  it('a decision without a fine opens no payment deadline and may be closed once served', () => {
    const warning = { ...decided, decidedPenalty: { kinds: ['warning'], fineFen: null } satisfies Penalty };
    const r = ok('decided', warning, { type: 'serve', servedOn: '2026-10-27', method: 'mail' });
    expect(r.deadlinesOpened).toEqual([]);
    expect(m.allowedActions('served', { ...warning, servedOn: '2026-10-27' }, '2026-10-28')).toEqual([
      'begin_execution',
      'close',
    ]);
    refused(
      'served',
      { ...warning, servedOn: '2026-10-27' },
      { type: 'record_payment', paidOn: '2026-10-28', amountFen: 0 },
      'NO_FINE_TO_PAY',
    );
  });
  it('a fine must be paid before closing', () => {
    const served = { ...decided, servedOn: '2026-10-28' };
    expect(m.allowedActions('served', served, '2026-10-29')).toEqual(['record_payment', 'begin_execution']);
    const r = refused('served', served, { type: 'close', on: '2026-10-29' }, 'EXECUTION_NOT_FINISHED');
    expect(r.citation).toBe('《中华人民共和国行政处罚法》第七十二条');
  });
  it('payment after 11-12 owes 3% a day: 11-13 needs 5150 yuan, capped at twice the fine', () => {
    const served = { ...decided, servedOn: '2026-10-28' };
    const r = refused(
      'served',
      served,
      { type: 'record_payment', paidOn: '2026-11-13', amountFen: 500_000 },
      'PAYMENT_INSUFFICIENT',
    );
    expect(r.message).toBe(
      '应缴 5150.00 元（罚款 5000.00 元，缴纳期限至 2026-11-12，逾期每日加处罚款数额百分之三），实缴 5000.00 元',
    );
    expect(
      ok('served', served, { type: 'record_payment', paidOn: '2026-11-13', amountFen: 515_000 }).next,
    ).toBe('paid');
    refused(
      'executing',
      served,
      { type: 'record_payment', paidOn: '2026-12-31', amountFen: 999_999 },
      'PAYMENT_INSUFFICIENT',
      '2026-12-31',
    );
    expect(
      ok(
        'executing',
        served,
        { type: 'record_payment', paidOn: '2026-12-31', amountFen: 1_000_000 },
        '2026-12-31',
      ).next,
    ).toBe('paid');
  });
  it('execution: begin and complete', () => {
    const served = { ...decided, servedOn: '2026-10-28' };
    expect(ok('served', served, { type: 'begin_execution', on: '2026-11-20' }).next).toBe('executing');
    expect(ok('executing', served, { type: 'complete_execution', on: '2026-11-25' })).toMatchObject({
      next: 'paid',
      deadlinesClosed: ['payment'],
    });
  });
});

describe('dates and the calendar', () => {
  it('a future-dated action is refused', () => {
    const r = refused(
      'lead',
      facts(),
      { type: 'file', filedOn: '2026-08-04', approvedBy: '局长' },
      'DATE_IN_FUTURE',
      '2026-08-03',
    );
    expect(r.message).toBe('日期 2026-08-04 晚于今天 2026-08-03');
  });
  it('an invalid date is refused', () => {
    refused('lead', facts(), { type: 'file', filedOn: '2026-02-30', approvedBy: '局长' }, 'DATE_INVALID');
  });
  it('a deadline running into an uncovered year opens provisional; what depends on it is refused, not guessed', () => {
    const notified = ok(
      'investigation_closed',
      facts({ filedOn: '2026-10-01' }),
      { type: 'notify', servedOn: '2026-12-28', penalty: NOTIFIED },
      '2026-12-28',
    );
    expect(notified.deadlinesOpened.map((d) => [d.key, d.due, d.provisional])).toEqual([
      ['hearing_request', '2027-01-02', { uncoveredYear: 2027 }],
    ]);
    // Filing on 2026-12-01: the 90-day decision period ends in 2027; filing itself goes ahead.
    const filed = ok(
      'lead',
      facts({ discoveredOn: '2026-11-30' }),
      { type: 'file', filedOn: '2026-12-01', approvedBy: '局长' },
      '2026-12-01',
    );
    expect(filed.deadlinesOpened.map((d) => [d.key, d.due, d.provisional])).toEqual([
      ['decision', '2027-03-01', { uncoveredYear: 2027 }],
    ]);
    const after = notifiedFacts({ noticeServedOn: '2026-12-28' });
    // Before the earliest end the rights period is certainly open; after it only the calendar can tell.
    refused(
      'notified',
      after,
      { type: 'decide', decidedOn: '2027-01-02', penalty: NOTIFIED },
      'RIGHTS_PERIOD_OPEN',
      '2027-01-02',
    );
    const r = refused(
      'notified',
      after,
      { type: 'decide', decidedOn: '2027-01-04', penalty: NOTIFIED },
      'CALENDAR_NOT_COVERED',
      '2027-01-04',
    );
    expect(r.message).toBe(
      '2027 年的节假日安排尚未录入，无法确定期限（最早于 2027-01-02 届满），请先录入当年节假日安排',
    );
    expect(r.citation).toBe('《中华人民共和国行政处罚法》第八十五条');
    // A hearing request on the earliest possible last day is in time; a later one cannot be judged yet.
    expect(
      ok('notified', after, { type: 'request_hearing', requestedOn: '2027-01-02' }, '2027-01-02').next,
    ).toBe('hearing_requested');
    refused(
      'notified',
      after,
      { type: 'request_hearing', requestedOn: '2027-01-04' },
      'CALENDAR_NOT_COVERED',
      '2027-01-04',
    );
  });
  it('once the year is entered the same action passes', () => {
    const cal2027 = pinnedCalendar({
      extraCoveredYears: [2027],
      overrides: [{ date: '2027-01-01', kind: 'holiday', name: '元旦' }],
    });
    const r = ok(
      'investigation_closed',
      facts({ filedOn: '2026-10-01', calendar: cal2027 }),
      { type: 'notify', servedOn: '2026-12-28', penalty: NOTIFIED },
      '2026-12-28',
    );
    expect(r.deadlinesOpened.map((d) => d.due)).toEqual(['2027-01-05']);
  });
});
