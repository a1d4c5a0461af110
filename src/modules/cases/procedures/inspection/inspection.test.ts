// The 行政检查 machine: inspection, 责令改正 with an officer-set deadline, 复查, transfer to a penalty case.
import { describe, expect, it } from 'vitest';
import type { BaseFacts } from '../../machine.ts';
import { baseFacts, kit, weakOfficerSets } from '../testkit.ts';
import {
  ACTIONS_FROM,
  inspectionMachine as m,
  type InspectionAction,
  type InspectionActionType,
} from './index.ts';
import {
  GUARD_CITATIONS,
  INSPECTION_STATES,
  emptyInspectionRecord,
  type InspectionRecord,
  type InspectionState,
} from './model.ts';

type F = BaseFacts & InspectionRecord;
const TODAY = '2026-12-01';
const { ok, refused, unexercised } = kit(m, GUARD_CITATIONS, TODAY);
const facts = (over: Partial<F> = {}): F => ({
  ...baseFacts('inspection'),
  ...emptyInspectionRecord(),
  ...over,
});
/** Inspected Monday 2026-08-03; correction ordered the same day, by 08-17. */
const ordered = (over: Partial<F> = {}): F =>
  facts({
    inspectedOn: '2026-08-03',
    correctionIssuedOn: '2026-08-03',
    correctionDocument: 'supervision_opinion',
    problems: '消毒记录不全',
    correctionDeadline: '2026-08-17',
    ...over,
  });
const inspect = (over: Partial<Extract<InspectionAction, { type: 'inspect' }>> = {}): InspectionAction => ({
  type: 'inspect',
  inspectedOn: '2026-08-03',
  place: '某口腔诊所',
  certificatesShown: true,
  onSiteRecord: true,
  ...over,
});
const order = (
  deadline: string,
  over: Partial<Extract<InspectionAction, { type: 'order_correction' }>> = {},
): InspectionAction => ({
  type: 'order_correction',
  issuedOn: '2026-08-03',
  document: 'supervision_opinion',
  problems: '消毒记录不全',
  deadline,
  ...over,
});
const reinspect = (
  reinspectedOn: string,
  corrected: boolean,
  over: Partial<Extract<InspectionAction, { type: 'reinspect' }>> = {},
): InspectionAction => ({
  type: 'reinspect',
  reinspectedOn,
  corrected,
  findings: corrected ? '已补全消毒记录' : '仍未建立消毒记录',
  onSiteRecord: true,
  ...over,
});

const SAMPLE: Record<InspectionActionType, InspectionAction> = {
  inspect: inspect(),
  record_compliant: { type: 'record_compliant', on: '2026-08-03' },
  order_correction: order('2026-08-17'),
  reinspect: reinspect('2026-08-17', true),
  transfer_to_case: {
    type: 'transfer_to_case',
    on: '2026-08-20',
    caseId: 'case-123',
    reason: '逾期未改正，涉嫌违反《消毒管理办法》',
  },
  close: { type: 'close', on: '2026-08-25' },
  cancel: { type: 'cancel', on: '2026-08-01', reason: '被检查单位已注销' },
  archive: { type: 'archive', on: '2026-08-30' },
};

describe('every transition of the table', () => {
  const NEXT: Record<InspectionState, Partial<Record<InspectionActionType, InspectionState>>> = {
    planned: { inspect: 'inspected', cancel: 'cancelled' },
    inspected: {
      record_compliant: 'compliant',
      order_correction: 'correction_ordered',
      transfer_to_case: 'transferred',
    },
    compliant: { close: 'closed' },
    correction_ordered: { reinspect: 'corrected' },
    corrected: { close: 'closed' },
    not_corrected: { transfer_to_case: 'transferred' },
    transferred: { close: 'closed' },
    closed: { archive: 'archived' },
    cancelled: { archive: 'archived' },
    archived: {},
  };
  const rows = INSPECTION_STATES.flatMap((s) => ACTIONS_FROM[s].map((t) => [s, t] as const));
  it('the table has 12 edges, all of them transitions (复查 has two outcomes)', () => {
    expect(rows).toHaveLength(12);
    expect(rows.filter(([s, t]) => NEXT[s][t] === undefined)).toEqual([]);
  });
  it.each(rows)('%s --%s-->', (state, type) => {
    const f =
      state === 'planned'
        ? facts()
        : state === 'inspected'
          ? facts({ inspectedOn: '2026-08-03' })
          : ordered();
    expect(ok(state, f, SAMPLE[type]).next).toBe(NEXT[state][type]);
  });
  it('any other action is refused in every state', () => {
    for (const state of INSPECTION_STATES) {
      for (const type of Object.keys(m.actionLabels) as InspectionActionType[]) {
        if (!ACTIONS_FROM[state].includes(type))
          refused(state, ordered(), SAMPLE[type], 'NOT_ALLOWED_IN_STATE');
      }
    }
    expect(refused('compliant', ordered(), SAMPLE.reinspect, 'NOT_ALLOWED_IN_STATE').message).toBe(
      '当前环节“检查合格”不能执行“复查”',
    );
  });
  it('machine shape', () => {
    expect(m.kind).toBe('inspection');
    expect(m.initial).toBe('planned');
    expect(m.states).toHaveLength(10);
    expect(Object.keys(m.actionLabels)).toHaveLength(8);
    expect(m.finished).toEqual(['closed', 'cancelled', 'archived']);
  });
});

describe('the on-site inspection', () => {
  it.each(weakOfficerSets('inspection'))('two certified officers: %s → refused', (_label, officers) => {
    const r = refused('planned', facts({ officers }), inspect(), 'OFFICERS_INSUFFICIENT');
    expect(r.message).toBe(
      '检查人员不得少于两人且须持有效执法证件（含本案执法类别）；2026-08-03 符合条件的仅 1 人',
    );
    expect(r.citation).toBe('《中华人民共和国行政处罚法》第四十二条');
    expect(m.allowedActions('planned', facts({ officers }), '2026-08-03')).toEqual(['cancel']);
  });
  it('certificates shown and a 现场笔录 made', () => {
    expect(
      refused('planned', facts(), inspect({ certificatesShown: false }), 'CERTIFICATE_NOT_SHOWN').citation,
    ).toBe('《中华人民共和国行政处罚法》第五十五条第一款');
    refused('planned', facts(), inspect({ onSiteRecord: false }), 'ON_SITE_RECORD_MISSING');
  });
  it('allowedActions', () => {
    expect(m.allowedActions('planned', facts(), '2026-08-03')).toEqual(['inspect', 'cancel']);
    expect(m.allowedActions('inspected', facts({ inspectedOn: '2026-08-03' }), '2026-08-03')).toEqual([
      'record_compliant',
      'order_correction',
      'transfer_to_case',
    ]);
  });
  it('a compliant result is not dated before the inspection', () => {
    refused(
      'inspected',
      facts({ inspectedOn: '2026-08-03' }),
      { type: 'record_compliant', on: '2026-08-02' },
      'DATE_ORDER',
    );
  });
  it('cancel needs a reason', () => {
    refused('planned', facts(), { type: 'cancel', on: '2026-08-01', reason: '' }, 'CANCEL_REASON_MISSING');
  });
});

describe('责令改正 (行政处罚法第二十八条第一款)', () => {
  const inspected = facts({ inspectedOn: '2026-08-03' });
  it('opens the officer-set deadline: 14 calendar days, not rolled', () => {
    const r = ok('inspected', inspected, order('2026-08-17'));
    expect(r.deadlinesOpened).toEqual([
      {
        key: 'correction',
        from: '2026-08-03',
        due: '2026-08-17',
        citation: '《中华人民共和国行政处罚法》第二十八条第一款',
        rule: { n: 14, unit: 'calendar_days' },
        pausedDays: 0,
      },
    ]);
  });
  it('the deadline must lie after the inspection day: the next day ok, the same day refused', () => {
    expect(ok('inspected', inspected, order('2026-08-04')).deadlinesOpened[0]!.rule.n).toBe(1);
    const r = refused('inspected', inspected, order('2026-08-03'), 'CORRECTION_DEADLINE_INVALID');
    expect(r.message).toBe('改正期限须晚于检查日期和文书送达日期（2026-08-03），所填为 2026-08-03');
    refused('inspected', inspected, order('2026-08-01'), 'CORRECTION_DEADLINE_INVALID');
    refused(
      'inspected',
      inspected,
      order('2026-08-05', { issuedOn: '2026-08-05' }),
      'CORRECTION_DEADLINE_INVALID',
    );
  });
  it('the document is issued on or after the inspection day and states the problems', () => {
    refused('inspected', inspected, order('2026-08-17', { issuedOn: '2026-08-02' }), 'DATE_ORDER');
    refused('inspected', inspected, order('2026-08-17', { problems: ' ' }), 'PROBLEMS_REQUIRED');
    expect(
      ok(
        'inspected',
        inspected,
        order('2026-08-17', { document: 'correction_notice', issuedOn: '2026-08-04' }),
      ).deadlinesOpened[0]!.from,
    ).toBe('2026-08-04');
  });
  it('the deadline may lie in the future; a bad one is refused', () => {
    expect(ok('inspected', inspected, order('2027-03-01'), '2026-08-03').next).toBe('correction_ordered');
    refused('inspected', inspected, order('2026-13-01'), 'DATE_INVALID');
  });
});

describe('复查', () => {
  it('not corrected: on the deadline ok, the day before refused', () => {
    expect(ok('correction_ordered', ordered(), reinspect('2026-08-17', false))).toMatchObject({
      next: 'not_corrected',
      deadlinesClosed: ['correction'],
    });
    const r = refused(
      'correction_ordered',
      ordered(),
      reinspect('2026-08-16', false),
      'REINSPECTION_TOO_EARLY',
    );
    expect(r.message).toBe('改正期限至 2026-08-17（还剩 1 日），期限届至前不能认定未改正');
  });
  it('a correction may be confirmed before the deadline', () => {
    expect(ok('correction_ordered', ordered(), reinspect('2026-08-10', true))).toMatchObject({
      next: 'corrected',
      deadlinesClosed: ['correction'],
    });
  });
  it('across 国庆: a deadline on 10-03 (a holiday) stays 10-03', () => {
    const f = ordered({ correctionIssuedOn: '2026-09-28', correctionDeadline: '2026-10-03' });
    expect(
      ok('inspected', facts({ inspectedOn: '2026-09-28' }), order('2026-10-03', { issuedOn: '2026-09-28' }))
        .deadlinesOpened[0],
    ).toMatchObject({ due: '2026-10-03', rule: { n: 5 } });
    refused('correction_ordered', f, reinspect('2026-10-02', false), 'REINSPECTION_TOO_EARLY');
    expect(ok('correction_ordered', f, reinspect('2026-10-03', false)).next).toBe('not_corrected');
  });
  it.each(weakOfficerSets('inspection'))('two certified officers again: %s → refused', (_label, officers) => {
    const r = refused(
      'correction_ordered',
      ordered({ officers }),
      reinspect('2026-08-17', true),
      'OFFICERS_INSUFFICIENT',
    );
    expect(r.message).toBe(
      '复查人员不得少于两人且须持有效执法证件（含本案执法类别）；2026-08-17 符合条件的仅 1 人',
    );
  });
  it('a 现场笔录 and findings; not before the order', () => {
    refused(
      'correction_ordered',
      ordered(),
      reinspect('2026-08-17', true, { onSiteRecord: false }),
      'ON_SITE_RECORD_MISSING',
    );
    refused(
      'correction_ordered',
      ordered(),
      reinspect('2026-08-17', true, { findings: '' }),
      'FINDINGS_REQUIRED',
    );
    refused('correction_ordered', ordered(), reinspect('2026-08-02', true), 'DATE_ORDER');
  });
});

describe('transfer to a penalty case', () => {
  const notCorrected = ordered({ reinspectedOn: '2026-08-18', corrected: false });
  it('keeps the new case id; needs the id and the suspected violation', () => {
    expect(ok('not_corrected', notCorrected, SAMPLE.transfer_to_case)).toMatchObject({
      next: 'transferred',
      deadlinesOpened: [],
      deadlinesClosed: [],
    });
    refused(
      'not_corrected',
      notCorrected,
      { ...SAMPLE.transfer_to_case, caseId: ' ' } as InspectionAction,
      'CASE_ID_MISSING',
    );
    refused(
      'not_corrected',
      notCorrected,
      { ...SAMPLE.transfer_to_case, reason: '' } as InspectionAction,
      'TRANSFER_REASON_MISSING',
    );
    refused(
      'not_corrected',
      notCorrected,
      { ...SAMPLE.transfer_to_case, on: '2026-08-17' } as InspectionAction,
      'DATE_ORDER',
    );
  });
  it('straight after the inspection, where the violation calls for a case', () => {
    expect(
      ok('inspected', facts({ inspectedOn: '2026-08-03' }), {
        ...SAMPLE.transfer_to_case,
        on: '2026-08-03',
      } as InspectionAction).next,
    ).toBe('transferred');
  });
  it('end to end: planned → … → archived', () => {
    let r = m.emptyRecord();
    let state: InspectionState = m.initial;
    const step = (a: InspectionAction) => {
      const t = ok(state, { ...baseFacts('inspection'), ...r }, a);
      state = t.next;
      r = m.fold(r, a);
    };
    step(inspect());
    step(order('2026-08-17'));
    step(reinspect('2026-08-18', false));
    step(SAMPLE.transfer_to_case);
    step(SAMPLE.close);
    step(SAMPLE.archive);
    expect(state).toBe('archived');
    expect(r).toMatchObject({
      inspectedOn: '2026-08-03',
      correctionDeadline: '2026-08-17',
      corrected: false,
      penaltyCaseId: 'case-123',
      closedOn: '2026-08-25',
      archivedOn: '2026-08-30',
    });
  });
});

describe('dates', () => {
  it('a future-dated action is refused; an invalid date is refused', () => {
    expect(refused('planned', facts(), inspect(), 'DATE_IN_FUTURE', '2026-08-02').message).toBe(
      '日期 2026-08-03 晚于今天 2026-08-02',
    );
    refused('planned', facts(), inspect({ inspectedOn: '2026-02-29' }), 'DATE_INVALID');
  });
});

describe('record, fold and schema', () => {
  it('fold is pure and writes each action', () => {
    const r0 = emptyInspectionRecord();
    const r1 = m.fold(r0, SAMPLE.inspect);
    expect(r0).toEqual(emptyInspectionRecord());
    expect(r1).toMatchObject({ inspectedOn: '2026-08-03', place: '某口腔诊所' });
    expect(m.fold(r1, SAMPLE.record_compliant).compliantOn).toBe('2026-08-03');
    expect(m.fold(r1, SAMPLE.order_correction)).toMatchObject({
      correctionIssuedOn: '2026-08-03',
      correctionDocument: 'supervision_opinion',
      problems: '消毒记录不全',
      correctionDeadline: '2026-08-17',
    });
    expect(m.fold(r1, SAMPLE.reinspect)).toMatchObject({
      reinspectedOn: '2026-08-17',
      corrected: true,
      reinspectionFindings: '已补全消毒记录',
    });
    expect(m.fold(r1, SAMPLE.transfer_to_case)).toMatchObject({
      transferredOn: '2026-08-20',
      penaltyCaseId: 'case-123',
    });
    expect(m.fold(r0, SAMPLE.cancel).cancelledReason).toBe('被检查单位已注销');
    expect(m.fold(r1, SAMPLE.close).closedOn).toBe('2026-08-25');
    expect(m.fold(r1, SAMPLE.archive).archivedOn).toBe('2026-08-30');
  });
  it('every sample action passes the schema; bad input is refused in Chinese', () => {
    for (const a of Object.values(SAMPLE)) expect(m.actionSchema.parse(a)).toEqual(a);
    expect(
      m.actionSchema.safeParse({ ...SAMPLE.order_correction, deadline: '17/08/2026' }).error?.issues[0]
        ?.message,
    ).toBe('改正期限须为 YYYY-MM-DD 格式的日期');
    expect(
      m.actionSchema.safeParse({ ...SAMPLE.transfer_to_case, caseId: 'x'.repeat(65) }).error?.issues[0]
        ?.message,
    ).toBe('案件编号不得超过 64 字');
    expect(m.actionSchema.parse({ ...SAMPLE.inspect, place: ' 某口腔诊所 ' })).toEqual(SAMPLE.inspect);
  });
});

describe('refusal codes', () => {
  it('every declared code is exercised (no calendar period here, so CALENDAR_NOT_COVERED cannot arise)', () => {
    expect(unexercised()).toEqual(['CALENDAR_NOT_COVERED']);
  });
});
