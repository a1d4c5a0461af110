// The 行政许可 machine: its table, and receiving and accepting an application (Art. 32).
import { describe, expect, it } from 'vitest';
import { kit } from '../testkit.ts';
import { CODE_SHARE, SAMPLE, TODAY, accepted, applied, facts } from './fixtures.ts';
import { ACTIONS_FROM, permitMachine as m, type PermitAction, type PermitActionType } from './index.ts';
import { GUARD_CITATIONS, PERMIT_STATES, effectiveAcceptance, type PermitState } from './model.ts';

const { ok, refused, unexercised } = kit(m, GUARD_CITATIONS, TODAY);

describe('every transition of the table', () => {
  const NEXT: Record<PermitState, Partial<Record<PermitActionType, PermitState>>> = {
    intake: { receive: 'applied' },
    applied: {
      accept: 'accepted',
      require_correction: 'awaiting_correction',
      reject_application: 'not_accepted',
      withdraw: 'withdrawn',
    },
    awaiting_correction: { accept: 'accepted', reject_application: 'not_accepted', withdraw: 'withdrawn' },
    accepted: {
      verify: 'verified',
      record_pause: 'accepted',
      extend: 'accepted',
      grant: 'granted',
      refuse_permit: 'refused',
      withdraw: 'withdrawn',
    },
    verified: {
      record_pause: 'verified',
      extend: 'verified',
      grant: 'granted',
      refuse_permit: 'refused',
      withdraw: 'withdrawn',
    },
    granted: { serve_certificate: 'certificate_served' },
    refused: { close: 'closed' },
    certificate_served: { close: 'closed' },
    not_accepted: { archive: 'archived' },
    withdrawn: { archive: 'archived' },
    closed: { archive: 'archived' },
    archived: {},
  };
  const rows = PERMIT_STATES.flatMap((s) => ACTIONS_FROM[s].map((t) => [s, t] as const));
  it('the table has 26 edges; one (a second 补正 notice) is always refused', () => {
    expect(rows).toHaveLength(26);
    expect(rows.filter(([s, t]) => NEXT[s][t] === undefined)).toEqual([
      ['awaiting_correction', 'require_correction'],
    ]);
  });
  it.each(rows.filter(([s, t]) => NEXT[s][t] !== undefined))('%s --%s-->', (state, type) => {
    const f =
      state === 'intake'
        ? facts()
        : state === 'applied'
          ? applied()
          : state === 'awaiting_correction'
            ? applied({ correctionNotifiedOn: '2026-08-04' })
            : accepted({ verifiedOn: state === 'verified' ? '2026-08-10' : null, decidedOn: '2026-08-20' });
    expect(ok(state, f, SAMPLE[type]).next).toBe(NEXT[state][type]);
  });
  it('any other action is refused in every state', () => {
    for (const state of PERMIT_STATES) {
      for (const type of Object.keys(m.actionLabels) as PermitActionType[]) {
        if (!ACTIONS_FROM[state].includes(type))
          refused(state, accepted(), SAMPLE[type], 'NOT_ALLOWED_IN_STATE');
      }
    }
    expect(refused('granted', accepted(), SAMPLE.close, 'NOT_ALLOWED_IN_STATE').message).toBe(
      '当前环节“准予许可”不能执行“办结”',
    );
  });
  it('machine shape', () => {
    expect(m.kind).toBe('permit');
    expect(m.initial).toBe('intake');
    expect(m.states).toHaveLength(12);
    expect(Object.keys(m.actionLabels)).toHaveLength(13);
    expect(m.finished).toEqual(['closed', 'not_accepted', 'withdrawn', 'archived']);
  });
});

describe('receipt and acceptance (Art. 32)', () => {
  it('receiving opens the 5-working-day acceptance period; applicant and matter are required', () => {
    const r = ok('intake', facts(), SAMPLE.receive);
    expect(r.deadlinesOpened).toEqual([
      {
        key: 'permit_acceptance',
        from: '2026-08-03',
        due: '2026-08-10',
        citation: '《中华人民共和国行政许可法》第三十二条第一款第四项',
        rule: { n: 5, unit: 'working_days' },
        pausedDays: 0,
      },
    ]);
    refused('intake', facts(), { ...SAMPLE.receive, matter: ' ' } as PermitAction, 'APPLICATION_INCOMPLETE');
  });
  it('补正 told on the 5th working day ok, the 6th refused', () => {
    expect(
      ok('applied', applied(), { ...SAMPLE.require_correction, notifiedOn: '2026-08-10' } as PermitAction),
    ).toMatchObject({ next: 'awaiting_correction', deadlinesClosed: ['permit_acceptance'] });
    const r = refused(
      'applied',
      applied(),
      { ...SAMPLE.require_correction, notifiedOn: '2026-08-11' } as PermitAction,
      'CORRECTION_NOTICE_LATE',
    );
    expect(r.message).toBe(
      '应当在五个工作日内（至 2026-08-10）一次告知补正；逾期未告知的，自收到申请材料之日起即为受理',
    );
    expect(m.allowedActions('applied', applied(), '2026-08-11')).toEqual([
      'accept',
      'reject_application',
      'withdraw',
    ]);
  });
  it('across 国庆: received 09-30, the 5th working day is 10-13 (10-10 a make-up Saturday)', () => {
    const f = applied({ appliedOn: '2026-09-30' });
    expect(
      ok('intake', facts(), { ...SAMPLE.receive, receivedOn: '2026-09-30' } as PermitAction)
        .deadlinesOpened[0]!.due,
    ).toBe('2026-10-13');
    expect(
      ok('applied', f, { ...SAMPLE.require_correction, notifiedOn: '2026-10-13' } as PermitAction).next,
    ).toBe('awaiting_correction');
    refused(
      'applied',
      f,
      { ...SAMPLE.require_correction, notifiedOn: '2026-10-14' } as PermitAction,
      'CORRECTION_NOTICE_LATE',
    );
  });
  it('补正 is told once, in full', () => {
    refused(
      'applied',
      applied(),
      { ...SAMPLE.require_correction, items: '' } as PermitAction,
      'CORRECTION_ITEMS_MISSING',
    );
    const r = refused(
      'awaiting_correction',
      applied({ correctionNotifiedOn: '2026-08-04' }),
      SAMPLE.require_correction,
      'SECOND_CORRECTION_NOTICE',
    );
    expect(r.message).toBe('已于 2026-08-04 一次告知补正的全部内容，不得再次要求补正');
    refused(
      'applied',
      applied(),
      { ...SAMPLE.require_correction, notifiedOn: '2026-08-02' } as PermitAction,
      'DATE_ORDER',
    );
  });
  it('acceptance opens the 20-working-day decision period; a dated receipt is required', () => {
    const r = ok('applied', applied(), SAMPLE.accept);
    expect(r).toMatchObject({ next: 'accepted', deadlinesClosed: ['permit_acceptance'] });
    expect(r.deadlinesOpened).toEqual([
      {
        key: 'permit_decision',
        from: '2026-08-05',
        due: '2026-09-02',
        citation: '《中华人民共和国行政许可法》第四十二条第一款',
        rule: { n: 20, unit: 'working_days' },
        pausedDays: 0,
      },
    ]);
    refused(
      'applied',
      applied(),
      { ...SAMPLE.accept, receiptIssued: false } as PermitAction,
      'RECEIPT_MISSING',
    );
    refused(
      'applied',
      applied(),
      { ...SAMPLE.accept, acceptedOn: '2026-08-02' } as PermitAction,
      'DATE_ORDER',
    );
  });
  it('accepted on day 5 counts from then; accepted later counts from receipt (deemed accepted)', () => {
    expect(
      ok('applied', applied(), { ...SAMPLE.accept, acceptedOn: '2026-08-10' } as PermitAction)
        .deadlinesOpened[0],
    ).toMatchObject({ from: '2026-08-10', due: '2026-09-07' });
    expect(
      ok('applied', applied(), { ...SAMPLE.accept, acceptedOn: '2026-08-11' } as PermitAction)
        .deadlinesOpened[0],
    ).toMatchObject({ from: '2026-08-03', due: '2026-08-31' });
    expect(effectiveAcceptance(applied({ acceptedOn: '2026-08-11' }))).toEqual({
      from: '2026-08-03',
      deemed: true,
    });
    expect(effectiveAcceptance(applied({ acceptedOn: '2026-08-10' }))).toEqual({
      from: '2026-08-10',
      deemed: false,
    });
  });
  it('after a 补正 notice the period counts from the acceptance of the complete materials', () => {
    const f = applied({ correctionNotifiedOn: '2026-08-04' });
    expect(
      ok('awaiting_correction', f, { ...SAMPLE.accept, acceptedOn: '2026-08-20' } as PermitAction)
        .deadlinesOpened[0],
    ).toMatchObject({ from: '2026-08-20' });
    refused(
      'awaiting_correction',
      f,
      { ...SAMPLE.accept, acceptedOn: '2026-08-03' } as PermitAction,
      'DATE_ORDER',
    );
  });
  it('不予受理 needs a reason and a dated receipt', () => {
    refused(
      'applied',
      applied(),
      { ...SAMPLE.reject_application, reason: ' ' } as PermitAction,
      'NOT_ACCEPTED_REASON_MISSING',
    );
    refused(
      'applied',
      applied(),
      { ...SAMPLE.reject_application, receiptIssued: false } as PermitAction,
      'RECEIPT_MISSING',
    );
    refused(
      'applied',
      applied(),
      { ...SAMPLE.reject_application, on: '2026-08-01' } as PermitAction,
      'DATE_ORDER',
    );
  });
});

describe('refusal codes', () => {
  it('this file exercises its share of the codes', () => {
    expect(unexercised(CODE_SHARE.intake)).toEqual([]);
  });
});
