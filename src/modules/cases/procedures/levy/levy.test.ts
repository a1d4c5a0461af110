// The 行政征收 machine: assessment, 征收决定书 and its payment period, partial payments, 催告, and the
// application to the people's court. Expected values worked out by hand on the 2026 calendar (国庆
// 10-01…10-07 off, 10-10 Saturday a make-up working day).
import { describe, expect, it } from 'vitest';
import { pinnedCalendar } from '../../../../../test/helpers/calendar.ts';
import type { BaseFacts } from '../../machine.ts';
import { addMonths } from '../periods.ts';
import { baseFacts, kit } from '../testkit.ts';
import { ACTIONS_FROM, levyMachine as m, type LevyAction, type LevyActionType } from './index.ts';
import {
  GUARD_CITATIONS,
  LEVY_STATES,
  emptyLevyRecord,
  outstandingFen,
  type LevyRecord,
  type LevyState,
} from './model.ts';

type F = BaseFacts & LevyRecord;
const TODAY = '2026-12-01';
const { ok, refused, unexercised } = kit(m, GUARD_CITATIONS, TODAY);
const facts = (over: Partial<F> = {}): F => ({ ...baseFacts('levy'), ...emptyLevyRecord(), ...over });
/** 10 000 yuan assessed and served Monday 2026-01-05: payment due 02-04; litigation period to 07-06. */
const served = (over: Partial<F> = {}): F =>
  facts({
    payer: '某公司',
    basis: '某法第某条',
    amountFen: 1_000_000,
    assessedOn: '2026-01-05',
    documentNo: '某卫征〔2026〕1号',
    noticeServedOn: '2026-01-05',
    serviceMethod: 'in_person',
    ...over,
  });
/** 催告 served 02-05: the party's 10 working days run to 02-26. */
const demanded = (over: Partial<F> = {}): F => served({ demandServedOn: '2026-02-05', ...over });
const pay = (paidOn: string, amountFen: number): LevyAction => ({
  type: 'record_payment',
  paidOn,
  amountFen,
});
const apply = (appliedOn: string, court = '某区人民法院'): LevyAction => ({
  type: 'apply_court_enforcement',
  appliedOn,
  court,
});
const notice = (servedOn: string, paymentDays: number | null = null): LevyAction => ({
  type: 'serve_notice',
  servedOn,
  method: 'in_person',
  documentNo: '某卫征〔2026〕1号',
  paymentDays,
});

const SAMPLE: Record<LevyActionType, LevyAction> = {
  assess: {
    type: 'assess',
    assessedOn: '2026-01-05',
    payer: '某公司',
    amountFen: 1_000_000,
    basis: '某法第某条',
  },
  serve_notice: notice('2026-01-05'),
  record_payment: pay('2026-07-07', 1_000_000),
  serve_demand: { type: 'serve_demand', servedOn: '2026-02-05', method: 'mail' },
  apply_court_enforcement: apply('2026-07-07'),
  close: { type: 'close', on: '2026-10-30', reason: '人民法院执行完毕' },
  cancel: { type: 'cancel', on: '2026-01-20', reason: '征收决定被依法撤销' },
  archive: { type: 'archive', on: '2026-11-02' },
};

describe('every transition of the table', () => {
  const NEXT: Record<LevyState, Partial<Record<LevyActionType, LevyState>>> = {
    pending: { assess: 'assessed', cancel: 'cancelled' },
    assessed: { serve_notice: 'notice_served', cancel: 'cancelled' },
    notice_served: { record_payment: 'paid', serve_demand: 'demanded', cancel: 'cancelled' },
    demanded: { record_payment: 'paid', apply_court_enforcement: 'enforcement_applied', cancel: 'cancelled' },
    enforcement_applied: { record_payment: 'paid', close: 'closed' },
    paid: { close: 'closed' },
    closed: { archive: 'archived' },
    cancelled: { archive: 'archived' },
    archived: {},
  };
  const rows = LEVY_STATES.flatMap((s) => ACTIONS_FROM[s].map((t) => [s, t] as const));
  it('the table has 15 edges, all of them transitions', () => {
    expect(rows).toHaveLength(15);
    expect(rows.filter(([s, t]) => NEXT[s][t] === undefined)).toEqual([]);
  });
  it.each(rows)('%s --%s-->', (state, type) => {
    const f =
      state === 'pending' ? facts() : state === 'assessed' ? served({ noticeServedOn: null }) : demanded();
    expect(ok(state, f, SAMPLE[type]).next).toBe(NEXT[state][type]);
  });
  it('any other action is refused in every state', () => {
    for (const state of LEVY_STATES) {
      for (const type of Object.keys(m.actionLabels) as LevyActionType[]) {
        if (!ACTIONS_FROM[state].includes(type))
          refused(state, demanded(), SAMPLE[type], 'NOT_ALLOWED_IN_STATE');
      }
    }
    expect(refused('paid', demanded(), SAMPLE.serve_demand, 'NOT_ALLOWED_IN_STATE').message).toBe(
      '当前环节“已缴清”不能执行“催告”',
    );
  });
  it('machine shape', () => {
    expect(m.kind).toBe('levy');
    expect(m.initial).toBe('pending');
    expect(m.states).toHaveLength(9);
    expect(Object.keys(m.actionLabels)).toHaveLength(8);
    expect(m.finished).toEqual(['closed', 'cancelled', 'archived']);
  });
});

describe('assessment and the 征收决定书', () => {
  it('the amount is positive fen and the basis stated', () => {
    refused('pending', facts(), { ...SAMPLE.assess, amountFen: 0 } as LevyAction, 'AMOUNT_INVALID');
    refused('pending', facts(), { ...SAMPLE.assess, amountFen: 1.5 } as LevyAction, 'AMOUNT_INVALID');
    refused('pending', facts(), { ...SAMPLE.assess, basis: ' ' } as LevyAction, 'BASIS_REQUIRED');
    refused('pending', facts(), { ...SAMPLE.assess, payer: '' } as LevyAction, 'BASIS_REQUIRED');
  });
  it('service opens the payment period: 30 days by default (01-05 → 02-04)', () => {
    expect(ok('assessed', served({ noticeServedOn: null }), SAMPLE.serve_notice).deadlinesOpened).toEqual([
      {
        key: 'levy_payment',
        from: '2026-01-05',
        due: '2026-02-04',
        citation: '征收决定书载明的缴纳期限（未载明的，本平台按送达之日起三十日计）',
        rule: { n: 30, unit: 'calendar_days' },
        pausedDays: 0,
      },
    ]);
  });
  it('or the period the decision sets; across 国庆 the last day rolls: 09-01 + 30 = 10-01 → 10-08', () => {
    const f = served({ noticeServedOn: null });
    expect(ok('assessed', f, notice('2026-01-05', 15)).deadlinesOpened[0]).toMatchObject({
      due: '2026-01-20',
      rule: { n: 15 },
    });
    expect(ok('assessed', f, notice('2026-09-01')).deadlinesOpened[0]!.due).toBe('2026-10-08');
    refused('assessed', f, notice('2026-01-05', 0), 'PAYMENT_DAYS_INVALID');
    refused('assessed', f, notice('2026-01-05', 366), 'PAYMENT_DAYS_INVALID');
  });
  it('the notice has a number and is not served before the assessment', () => {
    refused(
      'assessed',
      served({ noticeServedOn: null }),
      { ...notice('2026-01-05'), documentNo: ' ' } as LevyAction,
      'DOCUMENT_NO_MISSING',
    );
    refused('assessed', served({ noticeServedOn: null }), notice('2026-01-04'), 'DATE_ORDER');
  });
});

describe('payments', () => {
  it('partial payments accumulate; the last one settles the levy and closes every period', () => {
    const r = ok('notice_served', served(), pay('2026-01-10', 300_000));
    expect(r).toMatchObject({ next: 'notice_served', deadlinesOpened: [], deadlinesClosed: [] });
    const f = served({ payments: [{ paidOn: '2026-01-10', amountFen: 300_000 }] });
    expect(outstandingFen(f)).toBe(700_000);
    expect(ok('notice_served', f, pay('2026-01-20', 700_000))).toMatchObject({
      next: 'paid',
      deadlinesClosed: ['levy_payment', 'demand_compliance', 'court_application'],
    });
    const over = refused('notice_served', f, pay('2026-01-20', 700_001), 'PAYMENT_EXCEEDS_OUTSTANDING');
    expect(over.message).toBe('尚欠 7000.00 元，本次缴款 7000.01 元超出');
    expect(ok('demanded', demanded({ payments: f.payments }), pay('2026-03-01', 100_000)).next).toBe(
      'demanded',
    );
    expect(
      ok('enforcement_applied', demanded({ payments: f.payments }), pay('2026-08-01', 100_000)).next,
    ).toBe('enforcement_applied');
  });
  it('a payment is positive and not before the notice', () => {
    refused('notice_served', served(), pay('2026-01-10', 0), 'PAYMENT_INVALID');
    refused('notice_served', served(), pay('2026-01-04', 100), 'DATE_ORDER');
  });
});

describe('催告 (行政强制法第五十四条)', () => {
  it('only once the payment period is over: 02-04 refused, 02-05 ok', () => {
    const r = refused(
      'notice_served',
      served(),
      { ...SAMPLE.serve_demand, servedOn: '2026-02-04' } as LevyAction,
      'NOT_OVERDUE',
    );
    expect(r.message).toBe('缴纳期限至 2026-02-04，期满仍未缴清的方可催告');
    expect(m.allowedActions('notice_served', served(), '2026-02-04')).toEqual(['record_payment', 'cancel']);
    expect(m.allowedActions('notice_served', served(), '2026-02-05')).toEqual([
      'record_payment',
      'serve_demand',
      'cancel',
    ]);
    const ok1 = ok('notice_served', served(), SAMPLE.serve_demand);
    expect(ok1).toMatchObject({ next: 'demanded', deadlinesClosed: ['levy_payment'] });
    // 10 working days after 02-05; the court window: 07-06 (07-05 a Sunday) + 3 months = 10-06 (国庆) → 10-08.
    expect(ok1.deadlinesOpened.map((d) => [d.key, d.from, d.due, d.rule.n, d.citation])).toEqual([
      [
        'demand_compliance',
        '2026-02-05',
        '2026-02-26',
        10,
        '《中华人民共和国行政强制法》第五十四条、第六十九条',
      ],
      ['court_application', '2026-07-06', '2026-10-08', 94, '《中华人民共和国行政强制法》第五十三条'],
    ]);
  });
  it('across 国庆: payment due 10-08; 催告 10-09; the party’s 10 working days run to 10-22', () => {
    const f = served({ noticeServedOn: '2026-09-01' });
    refused(
      'notice_served',
      f,
      { ...SAMPLE.serve_demand, servedOn: '2026-10-08' } as LevyAction,
      'NOT_OVERDUE',
    );
    const r = ok('notice_served', f, { ...SAMPLE.serve_demand, servedOn: '2026-10-09' } as LevyAction);
    expect(r.deadlinesOpened.map((d) => [d.key, d.due, d.provisional])).toEqual([
      ['demand_compliance', '2026-10-22', undefined],
      // 09-01 + 6 months = 2027-03-01, + 3 months = 2027-06-01: 2027 is not entered yet.
      ['court_application', '2027-06-01', { uncoveredYear: 2027 }],
    ]);
    const g = served({ noticeServedOn: '2026-09-01', demandServedOn: '2026-10-09' });
    refused('demanded', g, apply('2026-10-22'), 'DEMAND_PERIOD_OPEN');
    refused('demanded', g, apply('2026-10-23'), 'LITIGATION_PERIOD_OPEN');
  });
});

describe('application to the people’s court (Art. 53, 54)', () => {
  it('not before the litigation period has run out: 07-06 refused, 07-07 ok', () => {
    const r = refused('demanded', demanded(), apply('2026-07-06'), 'LITIGATION_PERIOD_OPEN');
    expect(r.message).toBe(
      '当事人申请行政复议或者提起行政诉讼的期限至 2026-07-06 届满，期满前不得申请人民法院强制执行',
    );
    expect(r.citation).toBe(
      '《中华人民共和国行政强制法》第五十三条；《中华人民共和国行政诉讼法》第四十六条第一款',
    );
    expect(ok('demanded', demanded(), apply('2026-07-07'))).toMatchObject({
      next: 'enforcement_applied',
      deadlinesClosed: ['levy_payment', 'demand_compliance', 'court_application'],
    });
  });
  it('within 3 months of it: 10-08 ok, 10-09 refused', () => {
    expect(ok('demanded', demanded(), apply('2026-10-08')).next).toBe('enforcement_applied');
    const r = refused('demanded', demanded(), apply('2026-10-09'), 'COURT_APPLICATION_LATE');
    expect(r.message).toBe('申请人民法院强制执行的期限（自 2026-07-06 起三个月）已于 2026-10-08 届满');
    expect(m.allowedActions('demanded', demanded(), '2026-10-09')).toEqual(['record_payment', 'cancel']);
  });
  it('not within 10 working days of the 催告: served 08-03, 08-17 refused, 08-18 ok', () => {
    const f = demanded({ demandServedOn: '2026-08-03' });
    const r = refused('demanded', f, apply('2026-08-17'), 'DEMAND_PERIOD_OPEN');
    expect(r.message).toBe('催告书送达十个工作日后（2026-08-17 之后）当事人仍未履行的，方可申请强制执行');
    expect(ok('demanded', f, apply('2026-08-18')).next).toBe('enforcement_applied');
  });
  it('names the court', () => {
    refused('demanded', demanded(), apply('2026-07-07', ' '), 'COURT_REQUIRED');
  });
  it('a window that depends on an uncovered year is refused past its earliest end, then decided', () => {
    const f = served({ noticeServedOn: '2026-09-01', demandServedOn: '2026-10-09' });
    const r = refused('demanded', f, apply('2027-03-02'), 'CALENDAR_NOT_COVERED', '2027-03-05');
    expect(r.message).toBe(
      '2027 年的节假日安排尚未录入，无法确定期限（最早于 2027-03-01 届满），请先录入当年节假日安排',
    );
    const calendar = pinnedCalendar({ extraCoveredYears: [2027] });
    expect(ok('demanded', { ...f, calendar }, apply('2027-03-02'), '2027-03-05').next).toBe(
      'enforcement_applied',
    );
  });
});

describe('closing, cancelling, end to end', () => {
  it('closing unpaid needs a reason; closing paid does not', () => {
    const r = refused(
      'enforcement_applied',
      demanded(),
      { type: 'close', on: '2026-10-30', reason: null },
      'CLOSE_REASON_MISSING',
    );
    expect(r.message).toBe('尚欠 10000.00 元，结案须写明理由（如人民法院裁定、执行终结）');
    expect(ok('paid', demanded(), { type: 'close', on: '2026-10-30', reason: null }).next).toBe('closed');
  });
  it('cancelling needs a reason and closes every period', () => {
    refused(
      'notice_served',
      served(),
      { type: 'cancel', on: '2026-01-20', reason: '' },
      'CANCEL_REASON_MISSING',
    );
    expect(ok('demanded', demanded(), SAMPLE.cancel).deadlinesClosed).toEqual([
      'levy_payment',
      'demand_compliance',
      'court_application',
    ]);
  });
  it('pending → … → archived, folding each step', () => {
    let r = m.emptyRecord();
    let state: LevyState = m.initial;
    for (const a of [
      SAMPLE.assess,
      notice('2026-01-05'),
      pay('2026-01-20', 400_000),
      SAMPLE.serve_demand,
      apply('2026-07-07'),
      pay('2026-09-01', 600_000),
      { type: 'close', on: '2026-09-02', reason: null },
      SAMPLE.archive,
    ] as LevyAction[]) {
      state = ok(state, { ...baseFacts('levy'), ...r }, a).next;
      r = m.fold(r, a);
    }
    expect(state).toBe('archived');
    expect(r).toMatchObject({
      amountFen: 1_000_000,
      noticeServedOn: '2026-01-05',
      demandServedOn: '2026-02-05',
      courtAppliedOn: '2026-07-07',
      court: '某区人民法院',
      closedOn: '2026-09-02',
    });
    expect(outstandingFen(r)).toBe(0);
  });
});

describe('dates, months, fold and schema', () => {
  it('future and invalid dates are refused', () => {
    refused('pending', facts(), SAMPLE.assess, 'DATE_IN_FUTURE', '2026-01-04');
    refused('pending', facts(), { ...SAMPLE.assess, assessedOn: '2026-00-10' } as LevyAction, 'DATE_INVALID');
  });
  it('month arithmetic keeps the corresponding day or takes the month’s last day (民法典第二百零二条)', () => {
    expect(addMonths('2026-01-05', 6)).toBe('2026-07-05');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
  });
  it('fold is pure and writes each action', () => {
    const r0 = emptyLevyRecord();
    const r1 = m.fold(r0, SAMPLE.assess);
    expect(r0).toEqual(emptyLevyRecord());
    expect(r1).toMatchObject({
      assessedOn: '2026-01-05',
      payer: '某公司',
      amountFen: 1_000_000,
      basis: '某法第某条',
    });
    expect(m.fold(r1, notice('2026-01-05', 15))).toMatchObject({
      noticeServedOn: '2026-01-05',
      serviceMethod: 'in_person',
      documentNo: '某卫征〔2026〕1号',
      paymentDays: 15,
    });
    expect(m.fold(m.fold(r1, pay('2026-01-06', 1)), pay('2026-01-07', 2)).payments).toEqual([
      { paidOn: '2026-01-06', amountFen: 1 },
      { paidOn: '2026-01-07', amountFen: 2 },
    ]);
    expect(m.fold(r1, SAMPLE.serve_demand).demandServedOn).toBe('2026-02-05');
    expect(m.fold(r1, SAMPLE.close)).toMatchObject({
      closedOn: '2026-10-30',
      closeReason: '人民法院执行完毕',
    });
    expect(m.fold(r1, SAMPLE.cancel).cancelReason).toBe('征收决定被依法撤销');
    expect(m.fold(r1, SAMPLE.archive).archivedOn).toBe('2026-11-02');
  });
  it('every sample action passes the schema; bad input is refused in Chinese', () => {
    for (const a of Object.values(SAMPLE)) expect(m.actionSchema.parse(a)).toEqual(a);
    expect(m.actionSchema.safeParse({ ...SAMPLE.assess, amountFen: -1 }).error?.issues[0]?.message).toBe(
      '征收金额不得为负',
    );
    expect(
      m.actionSchema.safeParse({ ...SAMPLE.record_payment, amountFen: 10.5 }).error?.issues[0]?.message,
    ).toBe('缴款金额须为整数（分）');
    expect(
      m.actionSchema.safeParse({ ...SAMPLE.serve_notice, paymentDays: 400 }).error?.issues[0]?.message,
    ).toBe('缴纳期限不得超过 365 日');
    expect(m.actionSchema.parse({ ...SAMPLE.apply_court_enforcement, court: ' 某区人民法院 ' })).toEqual(
      SAMPLE.apply_court_enforcement,
    );
  });
});

describe('refusal codes', () => {
  it('every declared code is exercised by a test above', () => {
    expect(unexercised()).toEqual([]);
  });
});
