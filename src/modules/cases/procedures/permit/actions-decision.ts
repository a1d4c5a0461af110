// C1 examining a 行政许可 application and deciding it (行政许可法第三十四条、第三十八条、第四十二条、第四十四条、
// 第四十五条): on-site verification by two staff, excluded periods told in writing, one extension approved
// by the head, the decision within the period (or with a reason for the delay), the certificate served;
// then the endings.
import { z } from 'zod';
import { parseDate } from '../../deadlines.ts';
import { actionsOf } from '../builder.ts';
import { SERVICE_METHODS, approverInput, dateField, textField } from '../fields.ts';
import { blank, checkOfficers, need, notBefore, refuseIfAfter } from '../guards.ts';
import { PERMIT_PERIODS, periodDeadline } from '../periods.ts';
import {
  PAUSE_KINDS,
  PAUSE_LABELS,
  checkLate,
  decisionDeadline,
  refuse,
  type PermitFacts,
  type PermitRecord,
  type PermitState,
} from './model.ts';

const action = actionsOf<PermitState, PermitRecord>();
const late = textField('逾期说明').nullable();

/** A decision is dated no earlier than acceptance or verification. */
const decisionOrder = (f: PermitFacts, decidedOn: string) =>
  notBefore(refuse, decidedOn, f.verifiedOn ?? f.acceptedOn, '受理或核查日期');
const decisionOverdue = (f: PermitFacts, decidedOn: string, lateReason: string | null) =>
  checkLate('DECISION_OVERDUE', decidedOn, decisionDeadline(f), lateReason, '作出行政许可决定');
const OPEN_KEYS = [PERMIT_PERIODS.acceptance.key, PERMIT_PERIODS.decision.key];

export const PERMIT_DECISION_ACTIONS = {
  verify: action({
    label: '实地核查',
    permission: 'cases.handle',
    input: { verifiedOn: dateField('核查日期'), findings: textField('核查情况') },
    dates: (a) => [a.verifiedOn],
    precheck: (_state, f, date) => checkOfficers(refuse, 'OFFICERS_INSUFFICIENT', f, date, '核查人员'),
    apply(_state, f, a) {
      if (blank(a.findings)) return refuse('FINDINGS_REQUIRED', '须记录对申请材料实质内容的核查情况');
      return notBefore(refuse, a.verifiedOn, f.acceptedOn, '受理日期') ?? { next: 'verified' };
    },
    fold: (r, a) => ({ ...r, verifiedOn: a.verifiedOn, verificationFindings: a.findings }),
  }),

  record_pause: action({
    label: '登记不计入期限的期间',
    permission: 'cases.handle',
    input: {
      kind: z.enum(PAUSE_KINDS),
      from: dateField('开始日期'),
      to: dateField('结束日期'),
      notifiedOn: dateField('书面告知日期').nullable(),
    },
    dates: (a) => (a.notifiedOn === null ? [a.from] : [a.from, a.notifiedOn]), // `to` is the announced end
    precheck: (_state, f, date) =>
      refuseIfAfter(refuse, decisionDeadline(f), date, (due) =>
        refuse('PAUSE_AFTER_EXPIRY', `作出决定的期限已于 ${due} 届满，不能再扣除期间`),
      ),
    apply(state, f, a) {
      parseDate(a.to, 'to');
      if (a.to < a.from) return refuse('DATE_ORDER', `结束日期 ${a.to} 早于开始日期 ${a.from}`);
      if (a.notifiedOn === null)
        return refuse(
          'PAUSE_NOT_NOTIFIED',
          `${PAUSE_LABELS[a.kind]}所需时间应当书面告知申请人；未告知的不能从期限中扣除`,
        );
      return {
        next: state,
        opened: [decisionDeadline(f, [{ from: a.from, to: a.to, reason: PAUSE_LABELS[a.kind] }])],
      };
    },
    fold: (r, a) => ({
      ...r,
      pauses: [...r.pauses, { kind: a.kind, from: a.from, to: a.to, notifiedOn: a.notifiedOn ?? a.from }],
    }),
  }),

  extend: action({
    label: '延长审查期限',
    permission: 'cases.approve',
    input: {
      decidedOn: dateField('批准日期'),
      reason: textField('理由'),
      notifiedOn: dateField('告知日期'),
    },
    serverInput: approverInput,
    dates: (a) => [a.decidedOn, a.notifiedOn],
    precheck(_state, f, date) {
      if (f.extension !== null)
        return refuse(
          'EXTENSION_ALREADY_USED',
          `审查期限已于 ${f.extension.decidedOn} 延长十日，只能延长一次`,
        );
      return refuseIfAfter(refuse, decisionDeadline(f), date, (due) =>
        refuse('EXTENSION_AFTER_EXPIRY', `二十日的审查期限已于 ${due} 届满，不能再延长`),
      );
    },
    apply(state, f, a) {
      if (blank(a.approvedBy))
        return refuse('EXTENSION_APPROVAL_MISSING', '延长审查期限须经本行政机关负责人批准');
      if (blank(a.reason)) return refuse('EXTENSION_REASON_MISSING', '应当将延长期限的理由告知申请人');
      if (a.notifiedOn < a.decidedOn) return refuse('DATE_ORDER', '告知日期不得早于批准延长日期');
      return { next: state, opened: [decisionDeadline(f, [], true)] };
    },
    fold: (r, a) => ({
      ...r,
      extension: {
        decidedOn: a.decidedOn,
        approvedBy: a.approvedBy ?? '',
        reason: a.reason,
        notifiedOn: a.notifiedOn,
      },
    }),
  }),

  grant: action({
    label: '准予许可',
    permission: 'cases.approve',
    input: { decidedOn: dateField('决定日期'), certificateNo: textField('许可证号', 100), lateReason: late },
    dates: (a) => [a.decidedOn],
    apply(_state, f, a) {
      const order = decisionOrder(f, a.decidedOn);
      if (order) return order;
      if (blank(a.certificateNo))
        return refuse('CERTIFICATE_NO_MISSING', '准予许可须颁发行政许可证件，请填写证号');
      return (
        decisionOverdue(f, a.decidedOn, a.lateReason) ?? {
          next: 'granted',
          opened: [periodDeadline(f.calendar, PERMIT_PERIODS.certificate_service, a.decidedOn)],
          closed: [PERMIT_PERIODS.decision.key],
        }
      );
    },
    fold: (r, a) => ({
      ...r,
      decidedOn: a.decidedOn,
      granted: true,
      certificateNo: a.certificateNo,
      decisionLateReason: a.lateReason,
    }),
  }),

  refuse_permit: action({
    label: '不予许可',
    permission: 'cases.approve',
    input: {
      decidedOn: dateField('决定日期'),
      reason: textField('理由'),
      remediesNotified: z.boolean(),
      lateReason: late,
    },
    dates: (a) => [a.decidedOn],
    apply(_state, f, a) {
      const order = decisionOrder(f, a.decidedOn);
      if (order) return order;
      if (blank(a.reason)) return refuse('REFUSAL_REASON_MISSING', '不予行政许可的书面决定应当说明理由');
      if (!a.remediesNotified)
        return refuse('REMEDIES_NOT_NOTIFIED', '须告知申请人享有依法申请行政复议或者提起行政诉讼的权利');
      return (
        decisionOverdue(f, a.decidedOn, a.lateReason) ?? {
          next: 'refused',
          closed: [PERMIT_PERIODS.decision.key],
        }
      );
    },
    fold: (r, a) => ({
      ...r,
      decidedOn: a.decidedOn,
      granted: false,
      refusalReason: a.reason,
      decisionLateReason: a.lateReason,
    }),
  }),

  serve_certificate: action({
    label: '颁发、送达许可证件',
    permission: 'cases.handle',
    input: { servedOn: dateField('送达日期'), method: z.enum(SERVICE_METHODS), lateReason: late },
    dates: (a) => [a.servedOn],
    apply(_state, f, a) {
      const decided = need(f.decidedOn, '决定日期');
      const order = notBefore(refuse, a.servedOn, decided, '决定日期');
      if (order) return order;
      const due = periodDeadline(f.calendar, PERMIT_PERIODS.certificate_service, decided);
      return (
        checkLate('SERVICE_OVERDUE', a.servedOn, due, a.lateReason, '颁发、送达行政许可证件') ?? {
          next: 'certificate_served',
          closed: [PERMIT_PERIODS.certificate_service.key],
        }
      );
    },
    fold: (r, a) => ({
      ...r,
      certificateServedOn: a.servedOn,
      serviceMethod: a.method,
      serviceLateReason: a.lateReason,
    }),
  }),

  withdraw: action({
    label: '申请人撤回申请',
    permission: 'cases.handle',
    input: { on: dateField('撤回日期') },
    dates: (a) => [a.on],
    apply: () => ({ next: 'withdrawn', closed: OPEN_KEYS }),
    fold: (r, a) => ({ ...r, withdrawnOn: a.on }),
  }),

  close: action({
    label: '办结',
    permission: 'cases.handle',
    input: { on: dateField('办结日期') },
    dates: (a) => [a.on],
    apply: () => ({ next: 'closed' }),
    fold: (r, a) => ({ ...r, closedOn: a.on }),
  }),

  archive: action({
    label: '归档',
    permission: 'cases.archive',
    input: { on: dateField('归档日期') },
    dates: (a) => [a.on],
    apply: () => ({ next: 'archived' }),
    fold: (r, a) => ({ ...r, archivedOn: a.on }),
  }),
};
