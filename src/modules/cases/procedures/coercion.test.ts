// The 行政强制措施 (查封、扣押) machine. Dates around 国庆 2026 (10-01…10-07 off, 10-10 Saturday a make-up
// working day); expected values worked out by hand.
import { describe, expect, it } from 'vitest';
import { pinnedCalendar } from '../../../../test/helpers/calendar.ts';
import type { BaseFacts } from '../machine.ts';
import {
  ACTIONS_FROM,
  COERCION_ACTION_LABELS,
  COERCION_STATES,
  GUARD_CITATIONS,
  coercionActionSchema,
  coercionMachine as m,
  emptyCoercionRecord,
  type CoercionAction,
  type CoercionActionType,
  type CoercionRecord,
  type CoercionState,
} from './coercion.ts';
import { baseFacts, kit, weakOfficerSets } from './testkit.ts';

type F = BaseFacts & CoercionRecord;
const TODAY = '2026-12-01';
const { ok, refused, unexercised } = kit(m, GUARD_CITATIONS, TODAY);
const facts = (over: Partial<F> = {}): F => ({
  ...baseFacts('compulsory'),
  ...emptyCoercionRecord(),
  ...over,
});
const ITEMS = [{ name: '一次性使用无菌注射器', quantity: 200, unit: '支' }];
/** Seized on Monday 2026-08-03: 30 days → Wednesday 09-02. */
const inForce = (over: Partial<F> = {}): F =>
  facts({
    measure: 'seize',
    items: ITEMS,
    reason: '涉嫌使用不合格医疗器械',
    basis: '《医疗器械监督管理条例》',
    decidedOn: '2026-08-03',
    approvedBy: '王局长',
    approvedOn: '2026-08-03',
    ...over,
  });
const onSite = {
  measure: 'seize',
  items: ITEMS,
  reason: '涉嫌使用不合格医疗器械',
  basis: '《医疗器械监督管理条例》',
  certificatesShown: true,
  partyPresent: true,
  witness: null,
  partyInformed: true,
  onSiteRecord: true,
} as const;
const decide = (over: Partial<Extract<CoercionAction, { type: 'decide' }>> = {}): CoercionAction => ({
  type: 'decide',
  decidedOn: '2026-08-03',
  approvedBy: '王局长',
  ...onSite,
  items: ITEMS,
  ...over,
});
const extend = (
  decidedOn: string,
  days = 30,
  over: Partial<Extract<CoercionAction, { type: 'extend' }>> = {},
): CoercionAction => ({
  type: 'extend',
  decidedOn,
  days,
  approvedBy: '王局长',
  reason: '检验结果尚未出具，情况复杂',
  notifiedOn: decidedOn,
  ...over,
});

const SAMPLE: Record<CoercionActionType, CoercionAction> = {
  decide: decide(),
  decide_urgent: { type: 'decide_urgent', implementedOn: '2026-08-03', ...onSite, items: ITEMS },
  approve_urgent: {
    type: 'approve_urgent',
    approvedOn: '2026-08-05',
    reportedOn: '2026-08-04',
    approvedBy: '王局长',
  },
  disapprove_urgent: {
    type: 'disapprove_urgent',
    on: '2026-08-04',
    approvedBy: '王局长',
    reason: '不属于应当扣押的情形',
  },
  extend: extend('2026-08-20'),
  record_testing: {
    type: 'record_testing',
    kind: 'inspection',
    from: '2026-08-10',
    to: '2026-08-14',
    notifiedOn: '2026-08-10',
  },
  release: {
    type: 'release',
    releasedOn: '2026-08-20',
    ground: 'no_violation',
    reason: '检验合格，当事人没有违法行为',
    returnedOn: '2026-08-20',
  },
  return_items: { type: 'return_items', returnedOn: '2026-08-21' },
  dispose: {
    type: 'dispose',
    decidedOn: '2026-08-20',
    disposal: 'confiscate',
    penaltyDecisionRef: '某卫罚〔2026〕12号',
  },
  decline: { type: 'decline', on: '2026-08-03', reason: '证据不足' },
  close: { type: 'close', on: '2026-08-25' },
  archive: { type: 'archive', on: '2026-08-30' },
};

describe('every transition of the table', () => {
  const NEXT: Record<CoercionState, Partial<Record<CoercionActionType, CoercionState>>> = {
    proposed: { decide: 'in_force', decide_urgent: 'urgent_pending', decline: 'not_implemented' },
    urgent_pending: { approve_urgent: 'in_force', disapprove_urgent: 'released', release: 'released' },
    in_force: { record_testing: 'in_force', extend: 'extended', dispose: 'disposed', release: 'released' },
    extended: { record_testing: 'extended', dispose: 'disposed', release: 'released' },
    released: { return_items: 'released', close: 'closed' },
    disposed: { close: 'closed' },
    closed: { archive: 'archived' },
    not_implemented: { archive: 'archived' },
    archived: {},
  };
  const rows = COERCION_STATES.flatMap((s) => ACTIONS_FROM[s].map((t) => [s, t] as const));
  it('the table has 19 edges; one of them (a second extension) is always refused', () => {
    expect(rows).toHaveLength(19);
    expect(rows.filter(([s, t]) => NEXT[s][t] === undefined)).toEqual([['extended', 'extend']]);
  });
  it.each(rows.filter(([s, t]) => NEXT[s][t] !== undefined))('%s --%s-->', (state, type) => {
    const over: Partial<F> =
      state === 'extended'
        ? {
            extension: {
              decidedOn: '2026-08-20',
              days: 30,
              approvedBy: '王局长',
              reason: '复杂',
              notifiedOn: '2026-08-20',
            },
          }
        : {};
    if (state === 'released')
      Object.assign(over, { releasedOn: '2026-08-20', returnedOn: type === 'close' ? '2026-08-20' : null });
    const f = state === 'proposed' ? facts() : inForce(over);
    expect(ok(state, f, SAMPLE[type]).next).toBe(NEXT[state][type]);
  });
  it('any other action is refused in every state', () => {
    for (const state of COERCION_STATES) {
      for (const type of Object.keys(COERCION_ACTION_LABELS) as CoercionActionType[]) {
        if (ACTIONS_FROM[state].includes(type)) continue;
        refused(state, inForce(), SAMPLE[type], 'NOT_ALLOWED_IN_STATE');
      }
    }
    expect(refused('proposed', facts(), SAMPLE.close, 'NOT_ALLOWED_IN_STATE').message).toBe(
      '当前环节“拟实施”不能执行“结案”',
    );
  });
  it('machine shape', () => {
    expect(m.kind).toBe('coercion');
    expect(m.initial).toBe('proposed');
    expect(m.states).toHaveLength(9);
    expect(Object.keys(m.actionLabels)).toHaveLength(12);
    expect(m.finished).toEqual(['closed', 'not_implemented', 'archived']);
    expect(m.allowedActions('archived', facts(), TODAY)).toEqual([]);
  });
});

describe('the ordinary procedure (Art. 18, 24, 25, 27)', () => {
  it('decide opens the 30-day seizure period: 08-03 → 09-02', () => {
    const r = ok('proposed', facts(), decide());
    expect(r.deadlinesOpened).toEqual([
      {
        key: 'seizure',
        from: '2026-08-03',
        due: '2026-09-02',
        citation: '《中华人民共和国行政强制法》第二十五条',
        rule: { n: 30, unit: 'calendar_days' },
        pausedDays: 0,
      },
    ]);
  });
  it('across 国庆: decided 09-01, day 30 is 10-01 (holiday) → 10-08; dispose on 10-08 ok, 10-09 refused', () => {
    expect(ok('proposed', facts(), decide({ decidedOn: '2026-09-01' })).deadlinesOpened[0]!.due).toBe(
      '2026-10-08',
    );
    const f = inForce({ decidedOn: '2026-09-01' });
    expect(ok('in_force', f, { ...SAMPLE.dispose, decidedOn: '2026-10-08' } as CoercionAction).next).toBe(
      'disposed',
    );
    const r = refused(
      'in_force',
      f,
      { ...SAMPLE.dispose, decidedOn: '2026-10-09' } as CoercionAction,
      'SEIZURE_EXPIRED',
    );
    expect(r.message).toBe('查封、扣押期限已于 2026-10-08 届满，应当解除查封、扣押');
    expect(m.allowedActions('in_force', f, '2026-10-09')).toEqual(['release']);
    expect(m.allowedActions('in_force', f, '2026-10-08')).toEqual([
      'record_testing',
      'extend',
      'dispose',
      'release',
    ]);
  });
  it.each(weakOfficerSets('compulsory'))('two certified officers: %s → refused', (_label, officers) => {
    const r = refused('proposed', facts({ officers }), decide(), 'OFFICERS_INSUFFICIENT');
    expect(r.message).toBe(
      '执法人员不得少于两人且须持有效执法证件（含本案执法类别）；2026-08-03 符合条件的仅 1 人',
    );
    refused('proposed', facts({ officers }), SAMPLE.decide_urgent, 'OFFICERS_INSUFFICIENT');
    expect(m.allowedActions('proposed', facts({ officers }), '2026-08-03')).toEqual(['decline']);
  });
  it('a certificate expiring on the decision day is still valid that day', () => {
    const [o1] = baseFacts('compulsory').officers;
    const officers = [o1!, { id: 'o3', certificate: { ...o1!.certificate!, expiresOn: '2026-08-03' } }];
    expect(ok('proposed', facts({ officers }), decide()).next).toBe('in_force');
  });
  it.each([
    ['APPROVAL_MISSING', { approvedBy: ' ' }],
    ['CERTIFICATE_NOT_SHOWN', { certificatesShown: false }],
    ['PARTY_OR_WITNESS_MISSING', { partyPresent: false, witness: null }],
    ['PARTY_OR_WITNESS_MISSING', { partyPresent: false, witness: '  ' }],
    ['PARTY_NOT_INFORMED', { partyInformed: false }],
    ['ON_SITE_RECORD_MISSING', { onSiteRecord: false }],
    ['ITEMS_EMPTY', { items: [] }],
    ['DECISION_REASON_MISSING', { reason: '' }],
    ['DECISION_REASON_MISSING', { basis: ' ' }],
  ] as const)('Art. 18/24 step missing → %s', (code, over) => {
    refused('proposed', facts(), decide(over as Partial<Extract<CoercionAction, { type: 'decide' }>>), code);
  });
  it('the party absent but a witness present is enough (Art. 18(9))', () => {
    expect(ok('proposed', facts(), decide({ partyPresent: false, witness: '社区工作人员赵六' })).next).toBe(
      'in_force',
    );
  });
  it('decline needs a reason', () => {
    refused(
      'proposed',
      facts(),
      { type: 'decline', on: '2026-08-03', reason: ' ' },
      'DECLINE_REASON_MISSING',
    );
  });
});

describe('urgent measures on the spot (Art. 19)', () => {
  const urgent = (implementedOn: string): CoercionAction =>
    ({ ...SAMPLE.decide_urgent, implementedOn }) as CoercionAction;
  it('implemented on 10-01 (a holiday): report due 10-02, not rolled; seizure period to 11-02', () => {
    const r = ok('proposed', facts(), urgent('2026-10-01'));
    expect(r.next).toBe('urgent_pending');
    expect(r.deadlinesOpened.map((d) => [d.key, d.due, d.rule.n])).toEqual([
      ['seizure', '2026-11-02', 30],
      ['urgent_report', '2026-10-02', 1],
    ]);
  });
  it('no prior approval needed, but the Art. 18 steps are', () => {
    refused(
      'proposed',
      facts(),
      { ...urgent('2026-08-03'), onSiteRecord: false } as CoercionAction,
      'ON_SITE_RECORD_MISSING',
    );
  });
  const pending = inForce({ urgent: true, decidedOn: '2026-10-01', approvedBy: null, approvedOn: null });
  it('reported the next day ok; the day after refused', () => {
    const r = ok('urgent_pending', pending, {
      type: 'approve_urgent',
      reportedOn: '2026-10-02',
      approvedOn: '2026-10-08',
      approvedBy: '王局长',
    });
    expect(r).toMatchObject({ next: 'in_force', deadlinesClosed: ['urgent_report'], deadlinesOpened: [] });
    expect(
      ok('urgent_pending', pending, {
        type: 'approve_urgent',
        reportedOn: '2026-10-01',
        approvedOn: '2026-10-01',
        approvedBy: '王局长',
      }).next,
    ).toBe('in_force');
    const late = refused(
      'urgent_pending',
      pending,
      { type: 'approve_urgent', reportedOn: '2026-10-03', approvedOn: '2026-10-03', approvedBy: '王局长' },
      'URGENT_REPORT_LATE',
    );
    expect(late.message).toBe(
      '当场实施后应当在二十四小时内（至迟 2026-10-02）向行政机关负责人报告，2026-10-03 已逾期，应当解除',
    );
    expect(late.citation).toBe('《中华人民共和国行政强制法》第十九条');
  });
  it('approval needs the head and ordered dates', () => {
    refused(
      'urgent_pending',
      pending,
      { type: 'approve_urgent', reportedOn: '2026-10-02', approvedOn: '2026-10-02', approvedBy: '' },
      'URGENT_APPROVAL_MISSING',
    );
    refused(
      'urgent_pending',
      pending,
      { type: 'approve_urgent', reportedOn: '2026-09-30', approvedOn: '2026-10-02', approvedBy: '王局长' },
      'DATE_ORDER',
    );
    refused(
      'urgent_pending',
      pending,
      { type: 'approve_urgent', reportedOn: '2026-10-02', approvedOn: '2026-10-01', approvedBy: '王局长' },
      'DATE_ORDER',
    );
  });
  it('the head refusing approval releases at once and closes both deadlines', () => {
    expect(
      ok('urgent_pending', pending, {
        type: 'disapprove_urgent',
        on: '2026-10-02',
        approvedBy: '王局长',
        reason: '不应当采取',
      }),
    ).toMatchObject({
      next: 'released',
      deadlinesClosed: ['seizure', 'urgent_report'],
    });
    refused(
      'urgent_pending',
      pending,
      { type: 'disapprove_urgent', on: '2026-10-02', approvedBy: ' ', reason: '不应当采取' },
      'URGENT_APPROVAL_MISSING',
    );
    refused(
      'urgent_pending',
      pending,
      { type: 'disapprove_urgent', on: '2026-10-02', approvedBy: '王局长', reason: '' },
      'RELEASE_REASON_MISSING',
    );
  });
});

describe('extension (Art. 25 第一款、第二款)', () => {
  it('30 more days, decided on the last day of the original period: 08-03 + 60 = 10-02 (holiday) → 10-08', () => {
    const r = ok('in_force', inForce(), extend('2026-09-02'));
    expect(r.next).toBe('extended');
    expect(r.deadlinesOpened.map((d) => [d.key, d.due, d.rule.n])).toEqual([['seizure', '2026-10-08', 60]]);
  });
  it('decided the day after the original period → refused; allowedActions hides it', () => {
    const r = refused('in_force', inForce(), extend('2026-09-03'), 'EXTENSION_AFTER_EXPIRY');
    expect(r.message).toBe('查封、扣押期限已于 2026-09-02 届满，不能再延长，应当解除');
    expect(m.allowedActions('in_force', inForce(), '2026-09-03')).toEqual(['release']);
  });
  it('30 days ok, 31 refused', () => {
    expect(ok('in_force', inForce(), extend('2026-08-20', 30)).next).toBe('extended');
    const r = refused('in_force', inForce(), extend('2026-08-20', 31), 'EXTENSION_TOO_LONG');
    expect(r.message).toBe('延长期限须为 1 至 30 日，申请延长 31 日');
    refused('in_force', inForce(), extend('2026-08-20', 0), 'EXTENSION_TOO_LONG');
    expect(ok('in_force', inForce(), extend('2026-08-20', 1)).deadlinesOpened[0]!.due).toBe('2026-09-03');
  });
  it('only once', () => {
    const f = inForce({
      extension: {
        decidedOn: '2026-08-20',
        days: 10,
        approvedBy: '王局长',
        reason: '复杂',
        notifiedOn: '2026-08-20',
      },
    });
    const r = refused('extended', f, extend('2026-08-25', 5), 'EXTENSION_ALREADY_USED');
    expect(r.message).toBe('查封、扣押期限已于 2026-08-20 延长，只能延长一次');
    refused('in_force', f, extend('2026-08-25', 5), 'EXTENSION_ALREADY_USED');
    expect(m.allowedActions('extended', f, '2026-08-25')).toEqual(['record_testing', 'dispose', 'release']);
  });
  it('needs the head’s approval, a reason, and the notice not before the decision', () => {
    refused(
      'in_force',
      inForce(),
      extend('2026-08-20', 30, { approvedBy: '' }),
      'EXTENSION_APPROVAL_MISSING',
    );
    refused('in_force', inForce(), extend('2026-08-20', 30, { reason: ' ' }), 'EXTENSION_REASON_MISSING');
    refused('in_force', inForce(), extend('2026-08-20', 30, { notifiedOn: '2026-08-19' }), 'DATE_ORDER');
  });
  it('the extended period is what disposal is judged against', () => {
    const f = inForce({
      extension: {
        decidedOn: '2026-08-20',
        days: 30,
        approvedBy: '王局长',
        reason: '复杂',
        notifiedOn: '2026-08-20',
      },
    });
    expect(ok('extended', f, { ...SAMPLE.dispose, decidedOn: '2026-10-08' } as CoercionAction).next).toBe(
      'disposed',
    );
    refused(
      'extended',
      f,
      { ...SAMPLE.dispose, decidedOn: '2026-10-09' } as CoercionAction,
      'SEIZURE_EXPIRED',
    );
  });
});

describe('检测、检验、检疫、技术鉴定 periods are excluded (Art. 25 第三款)', () => {
  const testing = (from: string, to: string, notifiedOn: string | null = from): CoercionAction => ({
    type: 'record_testing',
    kind: 'appraisal',
    from,
    to,
    notifiedOn,
  });
  it('5 days of appraisal push 09-02 to 09-07', () => {
    const r = ok('in_force', inForce(), testing('2026-08-10', '2026-08-14'));
    expect(r.next).toBe('in_force');
    expect(r.deadlinesOpened).toEqual([
      {
        key: 'seizure',
        from: '2026-08-03',
        due: '2026-09-07',
        citation: '《中华人民共和国行政强制法》第二十五条',
        rule: {
          n: 30,
          unit: 'calendar_days',
          pauses: [{ from: '2026-08-10', to: '2026-08-14', reason: '技术鉴定' }],
        },
        pausedDays: 5,
      },
    ]);
  });
  it('recorded pauses count for the extension deadline and the disposal', () => {
    const f = inForce({
      testing: [{ kind: 'appraisal', from: '2026-08-10', to: '2026-08-14', notifiedOn: '2026-08-10' }],
    });
    expect(ok('in_force', f, extend('2026-09-07', 10)).deadlinesOpened[0]!.due).toBe('2026-09-17');
    refused('in_force', f, extend('2026-09-08', 10), 'EXTENSION_AFTER_EXPIRY');
    expect(ok('in_force', f, { ...SAMPLE.dispose, decidedOn: '2026-09-07' } as CoercionAction).next).toBe(
      'disposed',
    );
  });
  it('the party must be told in writing', () => {
    const r = refused(
      'in_force',
      inForce(),
      testing('2026-08-10', '2026-08-14', null),
      'TESTING_NOT_NOTIFIED',
    );
    expect(r.citation).toBe('《中华人民共和国行政强制法》第二十五条第三款');
  });
  it('a pause cannot revive an expired period: starting 09-02 ok, 09-03 refused', () => {
    expect(ok('in_force', inForce(), testing('2026-09-02', '2026-09-05')).deadlinesOpened[0]!.due).toBe(
      '2026-09-07',
    );
    refused('in_force', inForce(), testing('2026-09-03', '2026-09-05'), 'TESTING_AFTER_EXPIRY');
  });
  it('the end may be announced ahead, but not before the start', () => {
    expect(ok('in_force', inForce(), testing('2026-08-10', '2026-12-20'), '2026-08-10').next).toBe(
      'in_force',
    );
    refused('in_force', inForce(), testing('2026-08-10', '2026-08-09'), 'DATE_ORDER');
  });
});

describe('release (Art. 28) and disposal (Art. 27)', () => {
  const release = (over: Partial<Extract<CoercionAction, { type: 'release' }>> = {}): CoercionAction => ({
    ...(SAMPLE.release as Extract<CoercionAction, { type: 'release' }>),
    ...over,
  });
  it('release closes the deadlines; it needs a reason', () => {
    expect(ok('in_force', inForce(), release())).toMatchObject({
      next: 'released',
      deadlinesClosed: ['seizure', 'urgent_report'],
    });
    refused('in_force', inForce(), release({ reason: ' ' }), 'RELEASE_REASON_MISSING');
    refused('in_force', inForce(), release({ returnedOn: '2026-08-19' }), 'DATE_ORDER');
  });
  it('release is always possible, even after expiry', () => {
    expect(
      ok('in_force', inForce(), release({ releasedOn: '2026-09-10', ground: 'expired', returnedOn: null }))
        .next,
    ).toBe('released');
  });
  it('items must be returned before closing; returned once', () => {
    const released = inForce({ releasedOn: '2026-08-20', returnedOn: null });
    const r = refused('released', released, { type: 'close', on: '2026-08-25' }, 'ITEMS_NOT_RETURNED');
    expect(r.citation).toBe('《中华人民共和国行政强制法》第二十八条第二款');
    expect(m.allowedActions('released', released, TODAY)).toEqual(['return_items']);
    refused('released', released, { type: 'return_items', returnedOn: '2026-08-19' }, 'DATE_ORDER');
    const returned = { ...released, returnedOn: '2026-08-21' };
    refused(
      'released',
      returned,
      { type: 'return_items', returnedOn: '2026-08-22' },
      'ITEMS_ALREADY_RETURNED',
    );
    expect(m.allowedActions('released', returned, TODAY)).toEqual(['close']);
  });
  it('disposal needs the penalty decision it follows', () => {
    refused(
      'in_force',
      inForce(),
      { type: 'dispose', decidedOn: '2026-08-20', disposal: 'destroy', penaltyDecisionRef: ' ' },
      'DISPOSAL_BASIS_MISSING',
    );
    expect(
      ok('in_force', inForce(), {
        type: 'dispose',
        decidedOn: '2026-08-20',
        disposal: 'destroy',
        penaltyDecisionRef: '某卫罚〔2026〕12号',
      }).deadlinesClosed,
    ).toEqual(['seizure', 'urgent_report']);
  });
});

describe('dates and the calendar', () => {
  it('a future-dated action is refused', () => {
    expect(refused('proposed', facts(), decide(), 'DATE_IN_FUTURE', '2026-08-02').message).toBe(
      '日期 2026-08-03 晚于今天 2026-08-02',
    );
    refused(
      'in_force',
      inForce(),
      extend('2026-08-20', 30, { notifiedOn: '2026-08-21' }),
      'DATE_IN_FUTURE',
      '2026-08-20',
    );
  });
  it('invalid dates are refused', () => {
    refused('proposed', facts(), decide({ decidedOn: '2026-02-30' }), 'DATE_INVALID');
    refused(
      'in_force',
      inForce(),
      {
        type: 'record_testing',
        kind: 'test',
        from: '2026-08-10',
        to: '2026-13-01',
        notifiedOn: '2026-08-10',
      },
      'DATE_INVALID',
    );
  });
  it('a period ending in an uncovered year is provisional; a guard that needs the real day refuses', () => {
    const r = ok('proposed', facts(), decide({ decidedOn: '2026-12-15' }), '2026-12-15');
    expect(r.deadlinesOpened).toEqual([
      {
        key: 'seizure',
        from: '2026-12-15',
        due: '2027-01-14',
        citation: '《中华人民共和国行政强制法》第二十五条',
        rule: { n: 30, unit: 'calendar_days' },
        pausedDays: 0,
        provisional: { uncoveredYear: 2027 },
      },
    ]);
    const f = inForce({ decidedOn: '2026-12-15' });
    expect(
      ok('in_force', f, { ...SAMPLE.dispose, decidedOn: '2027-01-14' } as CoercionAction, '2027-01-20').next,
    ).toBe('disposed');
    const no = refused(
      'in_force',
      f,
      { ...SAMPLE.dispose, decidedOn: '2027-01-15' } as CoercionAction,
      'CALENDAR_NOT_COVERED',
      '2027-01-20',
    );
    expect(no.message).toBe(
      '2027 年的节假日安排尚未录入，无法确定期限（最早于 2027-01-14 届满），请先录入当年节假日安排',
    );
    expect(no.citation).toBe('《中华人民共和国民法典》第二百零三条');
    const calendar = pinnedCalendar({ extraCoveredYears: [2027] });
    expect(
      ok(
        'in_force',
        { ...f, calendar },
        { ...SAMPLE.dispose, decidedOn: '2027-01-14' } as CoercionAction,
        '2027-01-20',
      ).next,
    ).toBe('disposed');
    refused(
      'in_force',
      { ...f, calendar },
      { ...SAMPLE.dispose, decidedOn: '2027-01-15' } as CoercionAction,
      'SEIZURE_EXPIRED',
      '2027-01-20',
    );
  });
});

describe('record, fold and schema', () => {
  it('fold writes the action into a new record and leaves the old one alone', () => {
    const r0 = emptyCoercionRecord();
    const r1 = m.fold(r0, SAMPLE.decide);
    expect(r0).toEqual(emptyCoercionRecord());
    expect(r1).toMatchObject({
      measure: 'seize',
      items: ITEMS,
      urgent: false,
      decidedOn: '2026-08-03',
      approvedBy: '王局长',
      approvedOn: '2026-08-03',
    });
    const u = m.fold(r0, SAMPLE.decide_urgent);
    expect(u).toMatchObject({ urgent: true, decidedOn: '2026-08-03', approvedBy: null });
    expect(m.fold(u, SAMPLE.approve_urgent)).toMatchObject({
      reportedOn: '2026-08-04',
      approvedOn: '2026-08-05',
      approvedBy: '王局长',
    });
    expect(m.fold(u, SAMPLE.disapprove_urgent)).toMatchObject({
      releasedOn: '2026-08-04',
      releaseGround: 'not_approved',
    });
    expect(m.fold(r1, SAMPLE.extend).extension).toEqual({
      decidedOn: '2026-08-20',
      days: 30,
      approvedBy: '王局长',
      reason: '检验结果尚未出具，情况复杂',
      notifiedOn: '2026-08-20',
    });
    expect(m.fold(r1, SAMPLE.record_testing).testing).toEqual([
      { kind: 'inspection', from: '2026-08-10', to: '2026-08-14', notifiedOn: '2026-08-10' },
    ]);
    expect(m.fold(r1, SAMPLE.release)).toMatchObject({
      releasedOn: '2026-08-20',
      releaseGround: 'no_violation',
      returnedOn: '2026-08-20',
    });
    expect(m.fold(r1, SAMPLE.return_items).returnedOn).toBe('2026-08-21');
    expect(m.fold(r1, SAMPLE.dispose)).toMatchObject({
      disposedOn: '2026-08-20',
      disposal: 'confiscate',
      penaltyDecisionRef: '某卫罚〔2026〕12号',
    });
    expect(m.fold(r0, SAMPLE.decline).declinedReason).toBe('证据不足');
    expect(m.fold(r1, SAMPLE.close).closedOn).toBe('2026-08-25');
    expect(m.fold(r1, SAMPLE.archive).archivedOn).toBe('2026-08-30');
    expect(JSON.parse(JSON.stringify(r1))).toEqual(r1);
  });
  it('every sample action passes the schema', () => {
    for (const a of Object.values(SAMPLE)) expect(coercionActionSchema.parse(a)).toEqual(a);
  });
  it('the schema trims, and refuses bad dates, lengths and quantities in Chinese', () => {
    expect(coercionActionSchema.parse({ type: 'decline', on: '2026-08-03', reason: '  证据不足 ' })).toEqual({
      type: 'decline',
      on: '2026-08-03',
      reason: '证据不足',
    });
    const bad = coercionActionSchema.safeParse({ type: 'close', on: '2026/08/25' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toBe('结案日期须为 YYYY-MM-DD 格式的日期');
    expect(coercionActionSchema.safeParse({ ...SAMPLE.extend, days: 31 }).error?.issues[0]?.message).toBe(
      '延长期限不得超过三十日',
    );
    expect(
      coercionActionSchema.safeParse({
        ...SAMPLE.decide,
        items: [{ name: '注射器', quantity: 0, unit: '支' }],
      }).error?.issues[0]?.message,
    ).toBe('数量须大于零');
    expect(
      coercionActionSchema.safeParse({ ...SAMPLE.decline, reason: '长'.repeat(2001) }).error?.issues[0]
        ?.message,
    ).toBe('理由不得超过 2000 字');
    expect(coercionActionSchema.safeParse({ type: 'seize_all', on: '2026-08-03' }).success).toBe(false);
  });
});

describe('refusal codes', () => {
  it('every declared code is exercised by a test above', () => {
    expect(unexercised()).toEqual([]);
  });
});
