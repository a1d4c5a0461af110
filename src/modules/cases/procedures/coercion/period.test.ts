// The 行政强制措施 (查封、扣押) machine: its period — extension (Art. 25), excluded testing periods — release
// and disposal (Art. 27, 28), dates and the calendar.
import { describe, expect, it } from 'vitest';
import { pinnedCalendar } from '../../../../../test/helpers/calendar.ts';
import { kit, unshared } from '../testkit.ts';
import { CODE_SHARE, SAMPLE, TODAY, decide, extend, facts, inForce } from './fixtures.ts';
import { coercionMachine as m, type CoercionAction } from './index.ts';
import { GUARD_CITATIONS } from './model.ts';
const { ok, refused, unexercised } = kit(m, GUARD_CITATIONS, TODAY);

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

describe('refusal codes', () => {
  it('this file exercises its share of the codes', () => {
    expect(unexercised(CODE_SHARE.period)).toEqual([]);
  });
  it('the files together exercise every declared code', () => {
    expect(unshared(GUARD_CITATIONS, CODE_SHARE)).toEqual([]);
  });
});
