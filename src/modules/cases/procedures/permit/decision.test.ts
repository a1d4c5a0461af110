// The 行政许可 machine: verification, the decision period and its pauses and extension (Art. 34, 42, 45),
// the decision and the certificate (Art. 38, 39, 44), dates, fold and schema.
import { describe, expect, it } from 'vitest';
import { pinnedCalendar } from '../../../../../test/helpers/calendar.ts';
import { kit, unshared, weakOfficerSets } from '../testkit.ts';
import {
  CODE_SHARE,
  EXTENDED,
  SAMPLE,
  TODAY,
  accepted,
  applied,
  extend,
  facts,
  grant,
  pause,
  refusePermit,
} from './fixtures.ts';
import { permitMachine as m, type PermitAction } from './index.ts';
import { GUARD_CITATIONS, emptyPermitRecord } from './model.ts';

const { ok, refused, unexercised } = kit(m, GUARD_CITATIONS, TODAY);

describe('verification (Art. 34) and the decision period (Art. 42, 45)', () => {
  it.each(weakOfficerSets('licensing'))('two certified staff verify: %s → refused', (_label, officers) => {
    const r = refused('accepted', accepted({ officers }), SAMPLE.verify, 'OFFICERS_INSUFFICIENT');
    expect(r.message).toBe(
      '核查人员不得少于两人且须持有效执法证件（含本案执法类别）；2026-08-10 符合条件的仅 1 人',
    );
    expect(r.citation).toBe('《中华人民共和国行政许可法》第三十四条第三款');
    expect(m.allowedActions('accepted', accepted({ officers }), '2026-08-10')).not.toContain('verify');
  });
  it('verification records findings, not before acceptance', () => {
    refused('accepted', accepted(), { ...SAMPLE.verify, findings: '' } as PermitAction, 'FINDINGS_REQUIRED');
    refused(
      'accepted',
      accepted(),
      { ...SAMPLE.verify, verifiedOn: '2026-08-04' } as PermitAction,
      'DATE_ORDER',
    );
  });
  it('decided on working day 20 (09-02) ok; 09-03 refused unless the delay is explained', () => {
    expect(ok('accepted', accepted(), grant('2026-09-02'))).toMatchObject({
      next: 'granted',
      deadlinesClosed: ['permit_decision'],
    });
    const r = refused('accepted', accepted(), grant('2026-09-03'), 'DECISION_OVERDUE');
    expect(r.message).toBe('作出行政许可决定的期限已于 2026-09-02 届满；2026-09-03 办理的，须填写逾期说明');
    expect(ok('accepted', accepted(), grant('2026-09-03', '专家评审意见分歧，补充论证')).next).toBe(
      'granted',
    );
    refused('verified', accepted(), refusePermit({ decidedOn: '2026-09-03' }), 'DECISION_OVERDUE');
  });
  it('across 国庆: accepted 09-21, working day 20 is 10-26', () => {
    const f = accepted({ acceptedOn: '2026-09-21', appliedOn: '2026-09-21' });
    expect(ok('accepted', f, grant('2026-10-26')).next).toBe('granted');
    refused('accepted', f, grant('2026-10-27'), 'DECISION_OVERDUE');
  });
  it('extension: once, 10 working days, decided within the 20 days (09-02 ok, 09-03 refused)', () => {
    const r = ok('accepted', accepted(), extend('2026-09-02'));
    expect(r.next).toBe('accepted');
    expect(r.deadlinesOpened).toEqual([
      {
        key: 'permit_decision',
        from: '2026-08-05',
        due: '2026-09-16',
        citation: '《中华人民共和国行政许可法》第四十二条第一款',
        rule: { n: 30, unit: 'working_days' },
        pausedDays: 0,
      },
    ]);
    expect(refused('accepted', accepted(), extend('2026-09-03'), 'EXTENSION_AFTER_EXPIRY').message).toBe(
      '二十日的审查期限已于 2026-09-02 届满，不能再延长',
    );
    const ext = accepted({ extension: EXTENDED });
    expect(refused('verified', ext, extend('2026-09-01'), 'EXTENSION_ALREADY_USED').message).toBe(
      '审查期限已于 2026-08-20 延长十日，只能延长一次',
    );
    expect(ok('verified', ext, grant('2026-09-16')).next).toBe('granted');
    refused('verified', ext, grant('2026-09-17'), 'DECISION_OVERDUE');
  });
  it('extension: the head approves, the reason is told, not before the approval', () => {
    refused('accepted', accepted(), extend('2026-08-20', { approvedBy: '' }), 'EXTENSION_APPROVAL_MISSING');
    refused('accepted', accepted(), extend('2026-08-20', { reason: ' ' }), 'EXTENSION_REASON_MISSING');
    refused('accepted', accepted(), extend('2026-08-20', { notifiedOn: '2026-08-19' }), 'DATE_ORDER');
  });
  it('Art. 45 time (expert review 08-10…08-14) is excluded: 09-02 → 09-09', () => {
    const r = ok('accepted', accepted(), pause('2026-08-10', '2026-08-14'));
    expect(r.deadlinesOpened[0]).toMatchObject({
      due: '2026-09-09',
      pausedDays: 5,
      rule: {
        n: 20,
        unit: 'working_days',
        pauses: [{ from: '2026-08-10', to: '2026-08-14', reason: '专家评审' }],
      },
    });
    const f = accepted({
      pauses: [{ kind: 'expert_review', from: '2026-08-10', to: '2026-08-14', notifiedOn: '2026-08-10' }],
    });
    expect(ok('accepted', f, grant('2026-09-09')).next).toBe('granted');
    refused('accepted', f, grant('2026-09-10'), 'DECISION_OVERDUE');
  });
  it('the pause is told in writing, ordered, and inside the running period', () => {
    refused('accepted', accepted(), pause('2026-08-10', '2026-08-14', null), 'PAUSE_NOT_NOTIFIED');
    refused('accepted', accepted(), pause('2026-08-14', '2026-08-10'), 'DATE_ORDER');
    expect(ok('accepted', accepted(), pause('2026-09-02', '2026-09-04')).deadlinesOpened[0]!.due).toBe(
      '2026-09-07',
    );
    refused('accepted', accepted(), pause('2026-09-03', '2026-09-04'), 'PAUSE_AFTER_EXPIRY');
    expect(m.allowedActions('accepted', accepted(), '2026-09-03')).toEqual([
      'verify',
      'grant',
      'refuse_permit',
      'withdraw',
    ]);
  });
});

describe('the decision (Art. 38, 39) and the certificate (Art. 44)', () => {
  it('a refusal states its reasons and the remedies', () => {
    expect(ok('verified', accepted(), refusePermit())).toMatchObject({
      next: 'refused',
      deadlinesClosed: ['permit_decision'],
      deadlinesOpened: [],
    });
    refused('verified', accepted(), refusePermit({ reason: '' }), 'REFUSAL_REASON_MISSING');
    expect(
      refused('verified', accepted(), refusePermit({ remediesNotified: false }), 'REMEDIES_NOT_NOTIFIED')
        .citation,
    ).toBe('《中华人民共和国行政许可法》第三十八条第二款');
  });
  it('a grant names the certificate and opens 10 working days for its service', () => {
    refused(
      'accepted',
      accepted(),
      { ...grant('2026-08-20'), certificateNo: ' ' } as PermitAction,
      'CERTIFICATE_NO_MISSING',
    );
    refused('verified', accepted({ verifiedOn: '2026-08-10' }), grant('2026-08-07'), 'DATE_ORDER');
    const r = ok('accepted', accepted(), grant('2026-09-02'));
    expect(r.deadlinesOpened.map((d) => [d.key, d.due, d.citation])).toEqual([
      ['certificate_service', '2026-09-16', '《中华人民共和国行政许可法》第四十四条'],
    ]);
  });
  it('across 国庆: decided 09-29, served by 10-19 ok; 10-20 refused unless explained', () => {
    const f = accepted({ decidedOn: '2026-09-29' });
    const serve = (servedOn: string, lateReason: string | null = null): PermitAction => ({
      type: 'serve_certificate',
      servedOn,
      method: 'mail',
      lateReason,
    });
    expect(ok('granted', f, serve('2026-10-19'))).toMatchObject({
      next: 'certificate_served',
      deadlinesClosed: ['certificate_service'],
    });
    expect(refused('granted', f, serve('2026-10-20'), 'SERVICE_OVERDUE').message).toBe(
      '颁发、送达行政许可证件的期限已于 2026-10-19 届满；2026-10-20 办理的，须填写逾期说明',
    );
    expect(ok('granted', f, serve('2026-10-20', '申请人未按约定领取')).next).toBe('certificate_served');
    refused('granted', f, serve('2026-09-28'), 'DATE_ORDER');
  });
  it('withdrawal closes the open periods', () => {
    expect(ok('accepted', accepted(), SAMPLE.withdraw)).toMatchObject({
      next: 'withdrawn',
      deadlinesClosed: ['permit_acceptance', 'permit_decision'],
    });
  });
});

describe('dates and the calendar', () => {
  it('a future-dated action is refused; so is an invalid date', () => {
    refused(
      'accepted',
      accepted(),
      extend('2026-08-20', { notifiedOn: '2026-08-21' }),
      'DATE_IN_FUTURE',
      '2026-08-20',
    );
    refused(
      'intake',
      facts(),
      { ...SAMPLE.receive, receivedOn: '2026-04-31' } as PermitAction,
      'DATE_INVALID',
    );
    refused('accepted', accepted(), pause('2026-08-10', '2026-02-30'), 'DATE_INVALID');
  });
  it('a period into an uncovered year is provisional; what depends on the real day is refused', () => {
    const r = ok(
      'intake',
      facts(),
      { ...SAMPLE.receive, receivedOn: '2026-12-28' } as PermitAction,
      '2026-12-28',
    );
    expect(r.deadlinesOpened[0]).toMatchObject({ due: '2027-01-02', provisional: { uncoveredYear: 2027 } });
    const f = applied({ appliedOn: '2026-12-28' });
    expect(
      ok(
        'applied',
        f,
        { ...SAMPLE.require_correction, notifiedOn: '2027-01-02' } as PermitAction,
        '2027-01-05',
      ).next,
    ).toBe('awaiting_correction');
    const no = refused(
      'applied',
      f,
      { ...SAMPLE.require_correction, notifiedOn: '2027-01-04' } as PermitAction,
      'CALENDAR_NOT_COVERED',
      '2027-01-05',
    );
    expect(no.citation).toBe('《中华人民共和国行政许可法》第八十二条');
    const acc = refused(
      'applied',
      f,
      { ...SAMPLE.accept, acceptedOn: '2027-01-04' } as PermitAction,
      'CALENDAR_NOT_COVERED',
      '2027-01-05',
    );
    expect(acc.message).toBe('2027 年的节假日安排尚未录入，无法计算工作日期限');
    const calendar = pinnedCalendar({
      extraCoveredYears: [2027],
      overrides: [{ date: '2027-01-01', kind: 'holiday', name: '元旦' }],
    });
    // 12-29, 30, 31, 01-04, 05 → 01-05.
    refused(
      'applied',
      { ...f, calendar },
      { ...SAMPLE.require_correction, notifiedOn: '2027-01-06' } as PermitAction,
      'CORRECTION_NOTICE_LATE',
      '2027-01-06',
    );
    expect(
      ok(
        'applied',
        { ...f, calendar },
        { ...SAMPLE.require_correction, notifiedOn: '2027-01-05' } as PermitAction,
        '2027-01-06',
      ).next,
    ).toBe('awaiting_correction');
  });
});

describe('record, fold and schema', () => {
  it('fold is pure and writes each action', () => {
    const r0 = emptyPermitRecord();
    const r1 = m.fold(r0, SAMPLE.receive);
    expect(r0).toEqual(emptyPermitRecord());
    expect(r1).toMatchObject({
      appliedOn: '2026-08-03',
      applicant: '某医疗美容诊所',
      matter: '医疗机构执业登记',
    });
    expect(m.fold(r1, SAMPLE.require_correction)).toMatchObject({
      correctionNotifiedOn: '2026-08-04',
      correctionItems: '缺少房屋产权证明；平面布局图未盖章',
    });
    expect(m.fold(r1, SAMPLE.accept).acceptedOn).toBe('2026-08-05');
    expect(m.fold(r1, SAMPLE.reject_application).notAcceptedReason).toMatch(/职权范围/);
    expect(m.fold(r1, SAMPLE.verify)).toMatchObject({
      verifiedOn: '2026-08-10',
      verificationFindings: '现场与申请材料一致',
    });
    expect(m.fold(r1, SAMPLE.record_pause).pauses).toEqual([
      { kind: 'expert_review', from: '2026-08-10', to: '2026-08-14', notifiedOn: '2026-08-10' },
    ]);
    expect(m.fold(r1, SAMPLE.extend).extension).toEqual(EXTENDED);
    expect(m.fold(r1, SAMPLE.grant)).toMatchObject({
      decidedOn: '2026-08-20',
      granted: true,
      certificateNo: '医证字〔2026〕001号',
    });
    expect(m.fold(r1, SAMPLE.refuse_permit)).toMatchObject({
      decidedOn: '2026-08-20',
      granted: false,
      refusalReason: '选址不符合设置规划',
    });
    expect(m.fold(r1, SAMPLE.serve_certificate)).toMatchObject({
      certificateServedOn: '2026-08-24',
      serviceMethod: 'in_person',
    });
    expect(m.fold(r1, SAMPLE.withdraw).withdrawnOn).toBe('2026-08-06');
    expect(m.fold(r1, SAMPLE.close).closedOn).toBe('2026-08-25');
    expect(m.fold(r1, SAMPLE.archive).archivedOn).toBe('2026-08-30');
  });
  it('every sample action passes the schema; bad input is refused in Chinese', () => {
    // The approver is no input (the service sets it from the session): the schema drops a typed one.
    for (const a of Object.values(SAMPLE)) {
      const { approvedBy: _typed, ...input } = a as typeof a & { approvedBy?: string };
      expect(m.actionSchema.parse(a)).toEqual(input);
    }
    expect(
      m.actionSchema.safeParse({ ...SAMPLE.accept, acceptedOn: '2026-8-5' }).error?.issues[0]?.message,
    ).toBe('受理日期须为 YYYY-MM-DD 格式的日期');
    expect(
      m.actionSchema.safeParse({ ...SAMPLE.receive, applicant: '某'.repeat(201) }).error?.issues[0]?.message,
    ).toBe('申请人不得超过 200 字');
    expect(m.actionSchema.safeParse({ ...SAMPLE.serve_certificate, method: 'fax' }).success).toBe(false);
  });
});

describe('refusal codes', () => {
  it('this file exercises its share of the codes', () => {
    expect(unexercised(CODE_SHARE.decision)).toEqual([]);
  });
  it('the files together exercise every declared code', () => {
    expect(unshared(GUARD_CITATIONS, CODE_SHARE)).toEqual([]);
  });
});
