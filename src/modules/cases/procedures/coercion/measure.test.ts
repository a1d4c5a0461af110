// The 行政强制措施 (查封、扣押) machine: its table, the ordinary procedure (Art. 18, 24, 25, 27), urgent
// measures on the spot (Art. 19), and the record, fold and schema.
import { describe, expect, it } from 'vitest';
import type { BaseFacts } from '../../machine.ts';
import { baseFacts, kit, weakOfficerSets } from '../testkit.ts';
import { CODE_SHARE, ITEMS, SAMPLE, TODAY, decide, facts, inForce } from './fixtures.ts';
import { ACTIONS_FROM, coercionMachine as m, type CoercionAction, type CoercionActionType } from './index.ts';
import {
  COERCION_STATES,
  GUARD_CITATIONS,
  emptyCoercionRecord,
  type CoercionRecord,
  type CoercionState,
} from './model.ts';

type F = BaseFacts & CoercionRecord;
const { ok, refused, unexercised } = kit(m, GUARD_CITATIONS, TODAY);

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
      for (const type of Object.keys(m.actionLabels) as CoercionActionType[]) {
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
    // The approver is no input (the service sets it from the session): the schema drops a typed one.
    for (const a of Object.values(SAMPLE)) {
      const { approvedBy: _typed, ...input } = a as typeof a & { approvedBy?: string };
      expect(m.actionSchema.parse(a)).toEqual(input);
    }
  });
  it('the schema trims, and refuses bad dates, lengths and quantities in Chinese', () => {
    expect(m.actionSchema.parse({ type: 'decline', on: '2026-08-03', reason: '  证据不足 ' })).toEqual({
      type: 'decline',
      on: '2026-08-03',
      reason: '证据不足',
    });
    const bad = m.actionSchema.safeParse({ type: 'close', on: '2026/08/25' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toBe('结案日期须为 YYYY-MM-DD 格式的日期');
    expect(m.actionSchema.safeParse({ ...SAMPLE.extend, days: 31 }).error?.issues[0]?.message).toBe(
      '延长期限不得超过三十日',
    );
    expect(
      m.actionSchema.safeParse({
        ...SAMPLE.decide,
        items: [{ name: '注射器', quantity: 0, unit: '支' }],
      }).error?.issues[0]?.message,
    ).toBe('数量须大于零');
    expect(
      m.actionSchema.safeParse({ ...SAMPLE.decline, reason: '长'.repeat(2001) }).error?.issues[0]?.message,
    ).toBe('理由不得超过 2000 字');
    expect(m.actionSchema.safeParse({ type: 'seize_all', on: '2026-08-03' }).success).toBe(false);
  });
});

describe('refusal codes', () => {
  it('this file exercises its share of the codes', () => {
    expect(unexercised(CODE_SHARE.measure)).toEqual([]);
  });
});
