// The penalty procedure state machine. Dates around 国庆 2026 (10-01…10-07 off, 10-10 Saturday a
// make-up working day) per 国办发明电〔2025〕7号; expected values worked out by hand.
import { describe, expect, it } from 'vitest';
import { pinnedCalendar } from '../../../test/helpers/calendar.ts';
import type { Category } from '../bodies/rules.ts';
import { emptyPenaltyRecord, foldPenalty, penaltyActionSchema } from './penalty.ts';
import {
  ACTIONS_FROM,
  CASE_STATES,
  GUARD_CITATIONS,
  allowedActions,
  transition,
  type CaseAction,
  type CaseActionType,
  type CaseFacts,
  type CaseState,
  type Officer,
  type Penalty,
  type TransitionResult,
} from './rules.ts';

const cal = pinnedCalendar();

function cert(over: Partial<NonNullable<Officer['certificate']>> = {}): NonNullable<Officer['certificate']> {
  return {
    status: 'valid',
    issuedOn: '2023-01-01',
    expiresOn: '2030-12-31',
    reviews: [
      { year: 2024, passed: true },
      { year: 2025, passed: true },
    ],
    categories: ['penalty'] as Category[],
    ...over,
  };
}

const OFFICERS: Officer[] = [
  { id: 'o1', name: '张三', certificate: cert() },
  { id: 'o2', name: '李四', certificate: cert() },
];
const NOTIFIED: Penalty = { kinds: ['warning', 'fine'], fineFen: 500_000 };

function facts(over: Partial<CaseFacts> = {}): CaseFacts {
  return {
    calendar: cal,
    category: 'penalty',
    // A person: the notified 5000-yuan fine is above the placeholder hearing threshold (Art. 63).
    partyType: 'person',
    officers: OFFICERS,
    ...emptyPenaltyRecord(),
    violationOn: '2026-01-10',
    discoveredOn: '2026-07-30',
    ...over,
  };
}

/** A case filed 2026-08-03 (decision due 11-02), notified 09-28 (hearing request due 10-10). */
const notifiedFacts = (over: Partial<CaseFacts> = {}): CaseFacts =>
  facts({ filedOn: '2026-08-03', noticeServedOn: '2026-09-28', proposedPenalty: NOTIFIED, ...over });

const TODAY = '2026-12-01';

function ok(state: CaseState, f: CaseFacts, action: CaseAction, today = TODAY) {
  const r = transition(state, f, action, today);
  if (!r.ok) throw new Error(`expected ok, got ${r.code}: ${r.message}`);
  return r;
}

function refused(state: CaseState, f: CaseFacts, action: CaseAction, code: string, today = TODAY) {
  const r: TransitionResult = transition(state, f, action, today);
  if (r.ok) throw new Error(`expected ${code}, got ok → ${r.next}`);
  expect(r.code).toBe(code);
  expect(r.citation).toBe(GUARD_CITATIONS[code as keyof typeof GUARD_CITATIONS]);
  expect(r.message).toMatch(/[\u4e00-\u9fff]/);
  return r;
}

describe('every transition of the table', () => {
  // Actions missing here keep the state (approvals and records inside a step).
  const NEXT: Partial<Record<CaseActionType, CaseState>> = {
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
  const SAMPLE: Record<CaseActionType, CaseAction> = {
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
  const rows = CASE_STATES.flatMap((state) => ACTIONS_FROM[state].map((type) => [state, type] as const));

  it('covers the whole table (91 edges) and archived is final', () => {
    expect(rows).toHaveLength(91);
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
    expect(allowedActions('archived', f, TODAY)).toEqual([]);
  });
});

describe('立案: two certified officers (Art. 42)', () => {
  const file: CaseAction = { type: 'file', filedOn: '2026-08-03', approvedBy: '局长' };
  it('two valid certificates covering 行政处罚 pass', () => {
    expect(ok('lead', facts(), file).next).toBe('filed');
  });
  it.each([
    ['one officer only', [OFFICERS[0]!]],
    ['the same officer twice', [OFFICERS[0]!, OFFICERS[0]!]],
    [
      'a certificate without 行政处罚',
      [OFFICERS[0]!, { id: 'o3', certificate: cert({ categories: ['licensing'] }) }],
    ],
    ['an expired certificate', [OFFICERS[0]!, { id: 'o3', certificate: cert({ expiresOn: '2026-08-02' }) }]],
    ['a suspended certificate', [OFFICERS[0]!, { id: 'o3', certificate: cert({ status: 'suspended' }) }]],
    [
      'no 2025 annual review after 03-31',
      [OFFICERS[0]!, { id: 'o3', certificate: cert({ reviews: [{ year: 2024, passed: true }] }) }],
    ],
    ['no certificate', [OFFICERS[0]!, { id: 'o3', certificate: null }]],
  ] as [string, Officer[]][])('%s → refused', (_label, officers) => {
    const r = refused('lead', facts({ officers }), file, 'OFFICERS_INSUFFICIENT');
    expect(r.message).toBe(
      '执法人员不得少于两人且须持有效执法证件（含本案执法类别）；2026-08-03 符合条件的仅 1 人',
    );
    expect(r.citation).toBe('《中华人民共和国行政处罚法》第四十二条');
  });
  it('the certificate is checked on the filing date: expiring 08-03 is still valid that day', () => {
    const officers = [OFFICERS[0]!, { id: 'o3', certificate: cert({ expiresOn: '2026-08-03' }) }];
    expect(ok('lead', facts({ officers }), file).next).toBe('filed');
  });
  it('filing needs the head’s approval', () => {
    refused('lead', facts(), { ...file, approvedBy: ' ' }, 'FILING_APPROVAL_MISSING');
  });
  it('allowedActions hides 立案 and 简易程序 without two officers', () => {
    expect(allowedActions('lead', facts(), '2026-08-03')).toEqual([
      'file',
      'decide_simple',
      'decline_filing',
    ]);
    expect(allowedActions('lead', facts({ officers: [OFFICERS[0]!] }), '2026-08-03')).toEqual([
      'decline_filing',
    ]);
  });
});

describe('limitation at 立案 (Art. 36)', () => {
  const file: CaseAction = { type: 'file', filedOn: '2026-03-12', approvedBy: '局长' };
  it('discovered exactly 2 years after the violation: ok; one day more: refused', () => {
    expect(ok('lead', facts({ violationOn: '2024-03-10', discoveredOn: '2026-03-10' }), file).next).toBe(
      'filed',
    );
    const r = refused(
      'lead',
      facts({ violationOn: '2024-03-10', discoveredOn: '2026-03-11' }),
      file,
      'LIMITATION_EXPIRED',
    );
    expect(r.message).toBe(
      '违法行为于 2024-03-10 发生（终了），在二年内（至 2026-03-10）未被发现，不再给予行政处罚',
    );
    expect(r.citation).toBe('《中华人民共和国行政处罚法》第三十六条');
  });
  it('5 years where life/health safety was harmed', () => {
    expect(
      ok(
        'lead',
        facts({ violationOn: '2024-03-10', discoveredOn: '2026-03-11', lifeHealthHarmed: true }),
        file,
      ).next,
    ).toBe('filed');
    expect(
      ok(
        'lead',
        facts({ violationOn: '2021-03-12', discoveredOn: '2026-03-12', lifeHealthHarmed: true }),
        file,
      ).next,
    ).toBe('filed');
    refused(
      'lead',
      facts({ violationOn: '2021-03-11', discoveredOn: '2026-03-12', lifeHealthHarmed: true }),
      file,
      'LIMITATION_EXPIRED',
    );
  });
  it('the same guard applies to 简易程序; a missing discovery date is refused', () => {
    const simple: CaseAction = {
      type: 'decide_simple',
      decidedOn: '2026-03-12',
      penalty: { kinds: ['warning'], fineFen: null },
    };
    refused(
      'lead',
      facts({ violationOn: '2024-03-10', discoveredOn: '2026-03-11' }),
      simple,
      'LIMITATION_EXPIRED',
    );
    refused('lead', facts({ discoveredOn: null }), file, 'DISCOVERY_DATE_MISSING');
  });
});

describe('简易程序 limits (Art. 51)', () => {
  const simple = (fineFen: number | null, kinds: Penalty['kinds'] = ['fine']): CaseAction => ({
    type: 'decide_simple',
    decidedOn: '2026-03-12',
    penalty: { kinds, fineFen },
  });
  it('person: 200 yuan ok, 200.01 refused', () => {
    const r = ok('lead', facts({ partyType: 'person' }), simple(20_000));
    expect(r.next).toBe('decided');
    // Handed over on the spot; otherwise 7 working days: 13, 16, 17, 18, 19, 20, 23.
    expect(r.deadlinesOpened.map((d) => [d.key, d.due])).toEqual([['service', '2026-03-23']]);
    const no = refused('lead', facts({ partyType: 'person' }), simple(20_001), 'SIMPLE_LIMIT_EXCEEDED');
    expect(no.message).toBe('简易程序对公民的罚款不得超过 200.00 元，拟处 200.01 元，应适用普通程序');
    expect(no.citation).toBe('《中华人民共和国行政处罚法》第五十一条');
  });
  it('organisation: 3000 yuan ok, 3000.01 refused', () => {
    expect(ok('lead', facts({ partyType: 'organisation' }), simple(300_000)).next).toBe('decided');
    const no = refused(
      'lead',
      facts({ partyType: 'organisation' }),
      simple(300_001),
      'SIMPLE_LIMIT_EXCEEDED',
    );
    expect(no.message).toBe(
      '简易程序对法人或者其他组织的罚款不得超过 3000.00 元，拟处 3000.01 元，应适用普通程序',
    );
  });
  it('a warning is allowed; other kinds are not', () => {
    expect(ok('lead', facts({ partyType: 'person' }), simple(null, ['warning'])).next).toBe('decided');
    expect(ok('lead', facts({ partyType: 'person' }), simple(10_000, ['warning', 'fine'])).next).toBe(
      'decided',
    );
    refused('lead', facts(), simple(null, ['confiscate_income']), 'SIMPLE_LIMIT_EXCEEDED');
    refused('lead', facts(), simple(100, ['warning']), 'DECISION_PENALTY_EMPTY');
    refused('lead', facts(), simple(null, []), 'DECISION_PENALTY_EMPTY');
    refused('lead', facts(), simple(-1), 'DECISION_PENALTY_EMPTY');
  });
});

describe('事先告知 and the rights period (Art. 44, 62, 64)', () => {
  it('notice must name a penalty', () => {
    refused(
      'investigation_closed',
      facts({ filedOn: '2026-08-03' }),
      { type: 'notify', servedOn: '2026-09-28', penalty: { kinds: [], fineFen: null } },
      'NOTICE_PENALTY_EMPTY',
    );
  });
  it('hearing request on the 5th working day (10-10, a make-up Saturday) ok; on the 6th (10-12) refused', () => {
    expect(ok('notified', notifiedFacts(), { type: 'request_hearing', requestedOn: '2026-10-10' }).next).toBe(
      'hearing_requested',
    );
    const r = refused(
      'notified',
      notifiedFacts(),
      { type: 'request_hearing', requestedOn: '2026-10-12' },
      'HEARING_REQUEST_LATE',
    );
    expect(r.message).toBe('当事人应当在告知后五个工作日内（至 2026-10-10）提出听证申请，2026-10-12 已逾期');
    expect(r.citation).toBe('《中华人民共和国行政处罚法》第六十四条第一项');
  });
  it('after a statement the hearing may still be requested within the period', () => {
    expect(
      ok('statement', notifiedFacts({ statementOn: '2026-09-29' }), {
        type: 'request_hearing',
        requestedOn: '2026-10-09',
      }).next,
    ).toBe('hearing_requested');
  });
  it('no decision while the period is open and nothing was said; deemed waived after it', () => {
    const r = refused(
      'notified',
      notifiedFacts(),
      { type: 'decide', decidedOn: '2026-10-10', penalty: NOTIFIED },
      'RIGHTS_PERIOD_OPEN',
    );
    expect(r.message).toBe('当事人陈述、申辩和申请听证的期限至 2026-10-10 届满，期满前不得作出决定');
    expect(
      ok('notified', notifiedFacts(), { type: 'decide', decidedOn: '2026-10-12', penalty: NOTIFIED }).next,
    ).toBe('decided');
  });
  it('allowedActions follows the period', () => {
    expect(allowedActions('notified', notifiedFacts(), '2026-10-10')).toEqual([
      'submit_statement',
      'request_hearing',
      'waive_rights',
      'extend_decision_period',
      'record_pause',
      'revoke',
    ]);
    expect(allowedActions('notified', notifiedFacts(), '2026-10-12')).toEqual([
      'submit_statement',
      'waive_rights',
      'decide',
      'extend_decision_period',
      'record_pause',
      'revoke',
    ]);
  });
  it('waiver and statement close the rights phase', () => {
    expect(ok('notified', notifiedFacts(), { type: 'waive_rights', on: '2026-09-29' })).toMatchObject({
      next: 'waived',
      deadlinesClosed: ['hearing_request'],
    });
    expect(ok('notified', notifiedFacts(), { type: 'submit_statement', on: '2026-09-29' }).next).toBe(
      'statement',
    );
    expect(
      ok('waived', notifiedFacts({ waivedOn: '2026-09-29' }), {
        type: 'decide',
        decidedOn: '2026-09-30',
        penalty: NOTIFIED,
      }).next,
    ).toBe('decided');
  });
  it('no decision without a served notice', () => {
    const r = refused(
      'collective_discussion',
      facts({ filedOn: '2026-08-03', collectiveDiscussionHeldOn: '2026-09-01' }),
      { type: 'decide', decidedOn: '2026-09-30', penalty: NOTIFIED },
      'NOTICE_NOT_SERVED',
    );
    expect(r.citation).toBe('《中华人民共和国行政处罚法》第四十四条、第六十二条');
    refused(
      'notified',
      facts({ filedOn: '2026-08-03' }),
      { type: 'request_hearing', requestedOn: '2026-09-30' },
      'NOTICE_NOT_SERVED',
    );
  });
  it('no decision while a requested hearing is pending', () => {
    const f = notifiedFacts({
      hearingRequestedOn: '2026-10-09',
      statementOn: '2026-09-29',
      reviewRequired: true,
      reviewPassed: true,
    });
    refused(
      'legal_review',
      f,
      { type: 'decide', decidedOn: '2026-10-20', penalty: NOTIFIED },
      'HEARING_PENDING',
    );
    expect(
      ok(
        'legal_review',
        { ...f, hearingWithdrawnOn: '2026-10-12' },
        { type: 'decide', decidedOn: '2026-10-20', penalty: NOTIFIED },
      ).next,
    ).toBe('decided');
  });
});

describe('听证 (Art. 64)', () => {
  const f = notifiedFacts({ hearingRequestedOn: '2026-10-09' });
  it('hearing notice 7 working days ahead: 10-12 → 10-21 ok, 10-20 refused', () => {
    expect(
      ok('hearing_requested', f, {
        type: 'schedule_hearing',
        noticeServedOn: '2026-10-12',
        hearingOn: '2026-10-21',
        hostId: 'h9',
      }).next,
    ).toBe('hearing_scheduled');
    const r = refused(
      'hearing_requested',
      f,
      { type: 'schedule_hearing', noticeServedOn: '2026-10-12', hearingOn: '2026-10-20', hostId: 'h9' },
      'HEARING_NOTICE_TOO_LATE',
    );
    expect(r.message).toBe(
      '听证通知须在举行听证的七日前送达：2026-10-12 送达通知的，听证最早于 2026-10-21 举行',
    );
    expect(r.citation).toBe('《中华人民共和国行政处罚法》第六十四条第二项');
  });
  it('across 国庆: notice 09-28 → earliest hearing 10-13', () => {
    refused(
      'hearing_requested',
      f,
      { type: 'schedule_hearing', noticeServedOn: '2026-09-28', hearingOn: '2026-10-12', hostId: 'h9' },
      'HEARING_NOTICE_TOO_LATE',
      '2026-09-28',
    );
    expect(
      ok(
        'hearing_requested',
        f,
        { type: 'schedule_hearing', noticeServedOn: '2026-09-28', hearingOn: '2026-10-13', hostId: 'h9' },
        '2026-09-28',
      ).next,
    ).toBe('hearing_scheduled');
  });
  it('the host must not be an investigator', () => {
    const r = refused(
      'hearing_requested',
      f,
      { type: 'schedule_hearing', noticeServedOn: '2026-10-12', hearingOn: '2026-10-21', hostId: 'o2' },
      'HEARING_HOST_IS_INVESTIGATOR',
    );
    expect(r.citation).toBe('《中华人民共和国行政处罚法》第六十四条第四项');
  });
  it('a hearing is not held before its date; it may be withdrawn', () => {
    const g = { ...f, hearingOn: '2026-10-21' };
    refused(
      'hearing_scheduled',
      g,
      { type: 'hold_hearing', heldOn: '2026-10-20' },
      'HEARING_BEFORE_SCHEDULED_DATE',
    );
    expect(allowedActions('hearing_scheduled', g, '2026-10-20')).toEqual([
      'withdraw_hearing',
      'extend_decision_period',
      'record_pause',
      'revoke',
    ]);
    expect(allowedActions('hearing_scheduled', g, '2026-10-21')).toEqual([
      'hold_hearing',
      'withdraw_hearing',
      'extend_decision_period',
      'record_pause',
      'revoke',
    ]);
    expect(ok('hearing_scheduled', g, { type: 'withdraw_hearing', on: '2026-10-15' }).next).toBe('waived');
  });
});

describe('法制审核 gate (Art. 58, D8) and collective discussion (Art. 57)', () => {
  const base = notifiedFacts({ statementOn: '2026-09-30' });
  const decide: CaseAction = { type: 'decide', decidedOn: '2026-10-20', penalty: NOTIFIED };
  it('a required review not passed blocks the decision', () => {
    const r = refused('statement', { ...base, reviewRequired: true }, decide, 'REVIEW_NOT_PASSED');
    expect(r.message).toBe('本案须经法制审核，审核未通过前不得作出决定');
    expect(r.citation).toBe('《中华人民共和国行政处罚法》第五十八条；本平台 D8 法制审核闸门');
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
    expect(allowedActions('legal_review', f, '2026-09-25')).toEqual([
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
    expect(allowedActions('legal_review', { ...f, reviewPassed: true }, '2026-09-25')).toEqual([
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
  const decide = (penalty: Penalty, decidedOn = '2026-10-20'): CaseAction => ({
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
    expect(allowedActions('served', { ...warning, servedOn: '2026-10-27' }, '2026-10-28')).toEqual([
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
    expect(allowedActions('served', served, '2026-10-29')).toEqual(['record_payment', 'begin_execution']);
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

describe('endings: 不予立案, 不予处罚, 撤销', () => {
  it('不予立案 needs a reason and can be archived', () => {
    refused('lead', facts(), { type: 'decline_filing', on: '2026-08-01', reason: '' }, 'REASON_REQUIRED');
    expect(ok('lead', facts(), { type: 'decline_filing', on: '2026-08-01', reason: '证据不足' }).next).toBe(
      'not_filed',
    );
    expect(allowedActions('not_filed', facts(), TODAY)).toEqual(['archive']);
  });
  it('不予处罚 needs a reason', () => {
    const f = facts({ filedOn: '2026-08-03' });
    refused(
      'investigation_closed',
      f,
      { type: 'decide_no_penalty', decidedOn: '2026-09-20', reason: ' ' },
      'REASON_REQUIRED',
    );
    expect(
      ok('investigation_closed', f, {
        type: 'decide_no_penalty',
        decidedOn: '2026-09-20',
        reason: '首违不罚',
      }),
    ).toMatchObject({
      next: 'no_penalty',
      deadlinesClosed: ['decision', 'hearing_request'],
    });
  });
  it('撤销 needs a reason; its open deadlines are cancelled by the service, not met', () => {
    const f = notifiedFacts();
    refused('notified', f, { type: 'revoke', on: '2026-09-30', reason: '' }, 'REASON_REQUIRED');
    expect(ok('notified', f, { type: 'revoke', on: '2026-09-30', reason: '违法事实不能成立' })).toMatchObject(
      {
        next: 'revoked',
        deadlinesClosed: [],
        deadlinesOpened: [],
      },
    );
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

describe('approvals inside a step: review opinion, extension (Art. 60), pauses', () => {
  const f = facts({ filedOn: '2026-08-03', reviewRequired: true });
  it('a review opinion must have text and keeps the step', () => {
    refused(
      'legal_review',
      f,
      { type: 'record_review', reviewedOn: '2026-09-25', passed: true, opinion: '  ' },
      'REVIEW_OPINION_REQUIRED',
    );
    expect(
      ok('legal_review', f, {
        type: 'record_review',
        reviewedOn: '2026-09-25',
        passed: false,
        opinion: '证据不足',
      }).next,
    ).toBe('legal_review');
    refused(
      'legal_review',
      { ...f, reviewPassed: true },
      { type: 'record_review', reviewedOn: '2026-09-25', passed: true, opinion: '同意' },
      'REVIEW_NOT_REQUIRED',
    );
  });
  it('an extension is approved before the 90 days run out and moves the decision deadline', () => {
    // Filed 08-03: due 11-02 (11-01 is a Sunday); with 30 more days 08-03 + 120 = 12-01, a Tuesday.
    const r = ok('investigating', f, {
      type: 'extend_decision_period',
      approvedOn: '2026-11-02',
      days: 30,
      reason: '案情复杂',
    });
    expect(r.next).toBe('investigating');
    expect(r.deadlinesOpened.map((d) => [d.key, d.due, d.rule.n])).toEqual([['decision', '2026-12-01', 120]]);
    refused(
      'investigating',
      f,
      { type: 'extend_decision_period', approvedOn: '2026-11-03', days: 30, reason: '案情复杂' },
      'EXTENSION_AFTER_EXPIRY',
      '2026-11-03',
    );
    refused(
      'investigating',
      f,
      { type: 'extend_decision_period', approvedOn: '2026-10-03', days: 30, reason: ' ' },
      'REASON_REQUIRED',
    );
  });
  it('a pause after filing pushes the decision deadline by its calendar days', () => {
    // 08-03 + 90 + 10 paused days = 11-11, a Wednesday.
    const r = ok('investigating', f, {
      type: 'record_pause',
      from: '2026-09-01',
      to: '2026-09-10',
      reason: '委托检验',
    });
    expect(r.deadlinesOpened.map((d) => [d.key, d.due, d.pausedDays])).toEqual([
      ['decision', '2026-11-11', 10],
    ]);
    refused(
      'investigating',
      f,
      { type: 'record_pause', from: '2026-09-10', to: '2026-09-01', reason: '检验' },
      'DATE_INVALID',
    );
    refused(
      'investigating',
      f,
      { type: 'record_pause', from: '2026-08-03', to: '2026-08-05', reason: '检验' },
      'DATE_INVALID',
    );
    refused(
      'investigating',
      f,
      { type: 'record_pause', from: '2026-09-01', to: '2026-09-02', reason: '' },
      'REASON_REQUIRED',
    );
  });
  it('a bad proposal at the close of investigation is refused', () => {
    refused(
      'investigating',
      f,
      {
        type: 'close_investigation',
        on: '2026-09-01',
        proposal: { kinds: ['warning'], fineFen: 100 },
        collectiveDiscussionRequired: false,
      },
      'DECISION_PENALTY_EMPTY',
    );
  });
});

describe('fold: accepted actions into the record', () => {
  const r0 = emptyPenaltyRecord();
  it('records dates, penalties and approvals', () => {
    let r = foldPenalty(r0, { type: 'file', filedOn: '2026-08-03', approvedBy: '王局长' });
    expect([r.filedOn, r.filingApprovedBy]).toEqual(['2026-08-03', '王局长']);
    r = foldPenalty(r, {
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
    r = foldPenalty(r, { type: 'record_review', reviewedOn: '2026-09-02', passed: true, opinion: '同意' });
    expect(r.reviewPassed).toBe(true);
    expect(r.reviewOpinions).toEqual([{ reviewedOn: '2026-09-02', passed: true, opinion: '同意' }]);
    r = foldPenalty(r, { type: 'notify', servedOn: '2026-09-10', penalty: NOTIFIED });
    r = foldPenalty(r, { type: 'request_hearing', requestedOn: '2026-09-11' });
    expect(r.hearingRequestedOn).toBe('2026-09-11');
    // A renewed notice reopens the rights: the earlier hearing request no longer counts.
    r = foldPenalty(r, {
      type: 'notify',
      servedOn: '2026-09-20',
      penalty: { kinds: ['fine'], fineFen: 900_000 },
    });
    expect([r.noticeServedOn, r.hearingRequestedOn, r.proposedPenalty?.fineFen]).toEqual([
      '2026-09-20',
      null,
      900_000,
    ]);
    r = foldPenalty(r, { type: 'record_payment', paidOn: '2026-10-01', amountFen: 900_000 });
    expect(r.payments).toEqual([{ paidOn: '2026-10-01', amountFen: 900_000 }]);
  });
  it('returning for investigation voids the review', () => {
    const r = foldPenalty(
      { ...r0, reviewPassed: true, investigationClosedOn: '2026-09-01' },
      { type: 'return_for_investigation', on: '2026-09-05' },
    );
    expect([r.reviewPassed, r.investigationClosedOn]).toEqual([false, null]);
  });
  it('the action schema refuses malformed input with Chinese messages', () => {
    expect(
      penaltyActionSchema.safeParse({
        type: 'decide',
        decidedOn: '2026-10-01',
        penalty: { kinds: ['fine'], fineFen: 1.5 },
      }).success,
    ).toBe(false);
    expect(
      penaltyActionSchema.safeParse({
        type: 'decide',
        decidedOn: '20261001',
        penalty: { kinds: ['fine'], fineFen: 100 },
      }).error?.issues[0]?.message,
    ).toBe('决定日期须为 YYYY-MM-DD 格式的日期');
    expect(penaltyActionSchema.safeParse({ type: 'no_such' }).success).toBe(false);
    expect(
      penaltyActionSchema.safeParse({
        type: 'notify',
        servedOn: '2026-10-01',
        penalty: { kinds: ['fine', 'fine'], fineFen: 100 },
      }).success,
    ).toBe(false);
    expect(penaltyActionSchema.parse({ type: 'close', on: '2026-10-01' })).toEqual({
      type: 'close',
      on: '2026-10-01',
    });
  });
});

describe('听证 only for the penalties of Art. 63', () => {
  it('a warning alone, or a fine below the threshold, gives no hearing; a licence revocation always does', () => {
    const warn = notifiedFacts({ proposedPenalty: { kinds: ['warning'], fineFen: null } });
    refused(
      'notified',
      warn,
      { type: 'request_hearing', requestedOn: '2026-09-29' },
      'HEARING_NOT_AVAILABLE',
    );
    expect(allowedActions('notified', warn, '2026-09-29')).not.toContain('request_hearing');
    const small = notifiedFacts({ partyType: 'organisation' }); // 5000 yuan < the organisation threshold
    refused(
      'notified',
      small,
      { type: 'request_hearing', requestedOn: '2026-09-29' },
      'HEARING_NOT_AVAILABLE',
    );
    const revoke = notifiedFacts({
      partyType: 'organisation',
      proposedPenalty: { kinds: ['revoke_licence'], fineFen: null },
    });
    expect(ok('notified', revoke, { type: 'request_hearing', requestedOn: '2026-09-29' }).next).toBe(
      'hearing_requested',
    );
  });
  it('keeps the right as the notice stated it; a notice recorded without it was written under the default figures', () => {
    const offered = notifiedFacts({
      partyType: 'person',
      proposedPenalty: { kinds: ['fine'], fineFen: 50_000 },
      hearingOffered: true,
    });
    expect(ok('notified', offered, { type: 'request_hearing', requestedOn: '2026-09-29' }).next).toBe(
      'hearing_requested',
    );
    const notOffered = notifiedFacts({
      partyType: 'person',
      proposedPenalty: { kinds: ['fine'], fineFen: 5_000_000 },
      hearingOffered: false,
    });
    refused(
      'notified',
      notOffered,
      { type: 'request_hearing', requestedOn: '2026-09-29' },
      'HEARING_NOT_AVAILABLE',
    );
    const legacy = (fineFen: number) =>
      notifiedFacts({
        partyType: 'person',
        proposedPenalty: { kinds: ['fine'], fineFen },
        hearingOffered: null,
      });
    expect(ok('notified', legacy(200_000), { type: 'request_hearing', requestedOn: '2026-09-29' }).next).toBe(
      'hearing_requested',
    );
    refused(
      'notified',
      legacy(199_999),
      { type: 'request_hearing', requestedOn: '2026-09-29' },
      'HEARING_NOT_AVAILABLE',
    );
  });
  it('a notice records whether it offered a hearing; a renewed notice replaces it', () => {
    const served = foldPenalty(emptyPenaltyRecord(), {
      type: 'notify',
      servedOn: '2026-09-22',
      penalty: { kinds: ['fine'], fineFen: 500_000 },
      hearingOffered: true,
    });
    expect(served.hearingOffered).toBe(true);
    expect(
      foldPenalty(served, {
        type: 'notify',
        servedOn: '2026-09-23',
        penalty: { kinds: ['warning'], fineFen: null },
        hearingOffered: false,
      }).hearingOffered,
    ).toBe(false);
    expect(
      foldPenalty(served, {
        type: 'notify',
        servedOn: '2026-09-23',
        penalty: { kinds: ['warning'], fineFen: null },
      }).hearingOffered,
    ).toBe(null);
  });
});

describe('证据先行登记保存 (Art. 56): a disposal decision within 7 working days', () => {
  const f = facts({ filedOn: '2026-08-03' });
  it('opens the 7-working-day deadline across 国庆 and closes it with the decision', () => {
    // 09-29 Tue: 30, (10-01…10-07 off), 08, 09, 10 (make-up Saturday), 12, 13, 14 → the 7th is 10-14.
    const r = ok(
      'investigating',
      f,
      { type: 'preserve_evidence', on: '2026-09-29', items: '药品 3 盒', reason: '证据可能灭失' },
      '2026-09-29',
    );
    expect(r.deadlinesOpened.map((d) => [d.key, d.due, d.rule.unit])).toEqual([
      ['preservation_disposal', '2026-10-14', 'working_days'],
    ]);
    const open = { ...f, preservationOpenOn: '2026-09-29' };
    refused(
      'investigating',
      open,
      { type: 'preserve_evidence', on: '2026-09-30', items: 'x', reason: 'y' },
      'PRESERVATION_PENDING',
    );
    expect(allowedActions('investigating', open, '2026-09-30')).toContain('decide_preservation');
    expect(allowedActions('investigating', f, '2026-09-30')).not.toContain('decide_preservation');
    expect(
      ok('investigating', open, {
        type: 'decide_preservation',
        decidedOn: '2026-10-14',
        decision: '依法予以没收',
      }),
    ).toMatchObject({ next: 'investigating', deadlinesClosed: ['preservation_disposal'] });
    refused(
      'investigating',
      f,
      { type: 'decide_preservation', decidedOn: '2026-10-14', decision: '解除' },
      'NO_PRESERVATION',
    );
    refused(
      'investigating',
      open,
      { type: 'decide_preservation', decidedOn: '2026-10-14', decision: ' ' },
      'REASON_REQUIRED',
    );
  });
  it('folds the preservation and its decision', () => {
    let r = foldPenalty(emptyPenaltyRecord(), {
      type: 'preserve_evidence',
      on: '2026-09-29',
      items: '药品 3 盒',
      reason: '证据可能灭失',
    });
    expect(r.preservationOpenOn).toBe('2026-09-29');
    r = foldPenalty(r, { type: 'decide_preservation', decidedOn: '2026-10-12', decision: '解除保存' });
    expect([r.preservationOpenOn, r.preservations]).toEqual([
      null,
      [
        {
          on: '2026-09-29',
          items: '药品 3 盒',
          reason: '证据可能灭失',
          decidedOn: '2026-10-12',
          decision: '解除保存',
        },
      ],
    ]);
  });
});
