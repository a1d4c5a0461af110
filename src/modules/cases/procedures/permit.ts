// C1 the 行政许可 procedure as a `ProcedureMachine`, 《中华人民共和国行政许可法》: Art. 32 (受理 / 不予受理
// with a dated written receipt; 补正 told once, in full, within 5 days, else the application counts as
// accepted on receipt), Art. 34 (on-site verification by two or more staff), Art. 38 (a refusal states its
// reasons and the right to 行政复议 / 行政诉讼), Art. 42 (decision within 20 days of acceptance, one
// extension of 10 days approved by the head, reasons told), Art. 44 (certificate served within 10 days of
// the decision), Art. 45 (听证、招标、拍卖、检验、检测、检疫、鉴定、专家评审 time excluded and told in
// writing), Art. 82 (these periods are working days). Dates are `YYYY-MM-DD` legal dates.
import { z } from 'zod';
import { CalendarNotCoveredError } from '../../../platform/calendar/rules.ts';
import { parseDate, type PauseRange } from '../deadlines.ts';
import type { BaseFacts, ProcedureMachine, Refusal } from '../machine.ts';
import {
  COMMON_CITATIONS,
  SERVICE_METHODS,
  blank,
  buildMachine,
  checkOfficers,
  dateField,
  notBefore,
  refuseIfAfter,
  refuser,
  textField,
  type Outcome,
  type ServiceMethod,
} from './guards.ts';
import { PERMIT_PERIODS, isAfter, periodDeadline, type PeriodDeadline } from './periods.ts';

export const PERMIT_STATES = [
  'intake',
  'applied',
  'awaiting_correction',
  'accepted',
  'verified',
  'granted',
  'refused',
  'certificate_served',
  'not_accepted',
  'withdrawn',
  'closed',
  'archived',
] as const;
export type PermitState = (typeof PERMIT_STATES)[number];

export const PERMIT_STATE_LABELS: Record<PermitState, string> = {
  intake: '待登记申请',
  applied: '已收到申请',
  awaiting_correction: '待申请人补正',
  accepted: '已受理',
  verified: '已核查',
  granted: '准予许可',
  refused: '不予许可',
  certificate_served: '许可证件已送达',
  not_accepted: '不予受理',
  withdrawn: '申请人撤回',
  closed: '办结',
  archived: '归档',
};

/** Art. 45: time for these is not counted in the decision period. */
export const PAUSE_KINDS = [
  'hearing',
  'tender',
  'auction',
  'inspection',
  'testing',
  'quarantine',
  'appraisal',
  'expert_review',
] as const;
export type PermitPauseKind = (typeof PAUSE_KINDS)[number];
export const PAUSE_LABELS: Record<PermitPauseKind, string> = {
  hearing: '听证',
  tender: '招标',
  auction: '拍卖',
  inspection: '检验',
  testing: '检测',
  quarantine: '检疫',
  appraisal: '鉴定',
  expert_review: '专家评审',
};

export type PermitAction =
  | { type: 'receive'; receivedOn: string; applicant: string; matter: string }
  | { type: 'require_correction'; notifiedOn: string; items: string }
  | { type: 'accept'; acceptedOn: string; receiptIssued: boolean }
  | { type: 'reject_application'; on: string; reason: string; receiptIssued: boolean }
  | { type: 'verify'; verifiedOn: string; findings: string }
  | { type: 'record_pause'; kind: PermitPauseKind; from: string; to: string; notifiedOn: string | null }
  | { type: 'extend'; decidedOn: string; approvedBy: string; reason: string; notifiedOn: string }
  | { type: 'grant'; decidedOn: string; certificateNo: string; lateReason: string | null }
  | {
      type: 'refuse_permit';
      decidedOn: string;
      reason: string;
      remediesNotified: boolean;
      lateReason: string | null;
    }
  | { type: 'serve_certificate'; servedOn: string; method: ServiceMethod; lateReason: string | null }
  | { type: 'withdraw'; on: string }
  | { type: 'close'; on: string }
  | { type: 'archive'; on: string };
export type PermitActionType = PermitAction['type'];

export const PERMIT_ACTION_LABELS: Record<PermitActionType, string> = {
  receive: '登记申请',
  require_correction: '一次告知补正',
  accept: '受理',
  reject_application: '不予受理',
  verify: '实地核查',
  record_pause: '登记不计入期限的期间',
  extend: '延长审查期限',
  grant: '准予许可',
  refuse_permit: '不予许可',
  serve_certificate: '颁发、送达许可证件',
  withdraw: '申请人撤回申请',
  close: '办结',
  archive: '归档',
};

export interface PermitRecord {
  applicant: string | null;
  matter: string | null;
  appliedOn: string | null;
  correctionNotifiedOn: string | null;
  correctionItems: string | null;
  /** The recorded acceptance; the 20 days may count from receipt instead: see `effectiveAcceptance`. */
  acceptedOn: string | null;
  notAcceptedReason: string | null;
  verifiedOn: string | null;
  verificationFindings: string | null;
  pauses: { kind: PermitPauseKind; from: string; to: string; notifiedOn: string }[];
  extension: { decidedOn: string; approvedBy: string; reason: string; notifiedOn: string } | null;
  decidedOn: string | null;
  granted: boolean | null;
  certificateNo: string | null;
  refusalReason: string | null;
  decisionLateReason: string | null;
  certificateServedOn: string | null;
  serviceMethod: ServiceMethod | null;
  serviceLateReason: string | null;
  withdrawnOn: string | null;
  closedOn: string | null;
  archivedOn: string | null;
}
type Facts = BaseFacts & PermitRecord;

const LAW = '《中华人民共和国行政许可法》';
export const GUARD_CITATIONS = {
  ...COMMON_CITATIONS,
  CALENDAR_NOT_COVERED: `${LAW}第八十二条`,
  NOT_ALLOWED_IN_STATE: `${LAW}第二十九条至第四十五条`,
  APPLICATION_INCOMPLETE: `${LAW}第二十九条`,
  CORRECTION_NOTICE_LATE: `${LAW}第三十二条第一款第四项`,
  CORRECTION_ITEMS_MISSING: `${LAW}第三十二条第一款第四项`,
  SECOND_CORRECTION_NOTICE: `${LAW}第三十二条第一款第四项`,
  NOT_ACCEPTED_REASON_MISSING: `${LAW}第三十二条第一款`,
  RECEIPT_MISSING: `${LAW}第三十二条第二款`,
  OFFICERS_INSUFFICIENT: `${LAW}第三十四条第三款`,
  FINDINGS_REQUIRED: `${LAW}第三十四条第三款`,
  PAUSE_NOT_NOTIFIED: `${LAW}第四十五条`,
  PAUSE_AFTER_EXPIRY: `${LAW}第四十二条第一款、第四十五条`,
  EXTENSION_ALREADY_USED: `${LAW}第四十二条第一款`,
  EXTENSION_AFTER_EXPIRY: `${LAW}第四十二条第一款`,
  EXTENSION_APPROVAL_MISSING: `${LAW}第四十二条第一款`,
  EXTENSION_REASON_MISSING: `${LAW}第四十二条第一款`,
  DECISION_OVERDUE: `${LAW}第四十二条第一款`,
  CERTIFICATE_NO_MISSING: `${LAW}第三十九条`,
  REFUSAL_REASON_MISSING: `${LAW}第三十八条第二款`,
  REMEDIES_NOT_NOTIFIED: `${LAW}第三十八条第二款`,
  SERVICE_OVERDUE: `${LAW}第四十四条`,
} as const;
export type PermitGuardCode = keyof typeof GUARD_CITATIONS;
const refuse = refuser<PermitGuardCode>(GUARD_CITATIONS);

export const ACTIONS_FROM: Readonly<Record<PermitState, readonly PermitActionType[]>> = {
  intake: ['receive'],
  applied: ['accept', 'require_correction', 'reject_application', 'withdraw'],
  awaiting_correction: ['accept', 'require_correction', 'reject_application', 'withdraw'],
  accepted: ['verify', 'record_pause', 'extend', 'grant', 'refuse_permit', 'withdraw'],
  verified: ['record_pause', 'extend', 'grant', 'refuse_permit', 'withdraw'],
  granted: ['serve_certificate'],
  refused: ['close'],
  certificate_served: ['close'],
  not_accepted: ['archive'],
  withdrawn: ['archive'],
  closed: ['archive'],
  archived: [],
};

const late = textField('逾期说明').nullable();
export const permitActionSchema: z.ZodType<PermitAction> = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('receive'),
    receivedOn: dateField('收到申请日期'),
    applicant: textField('申请人', 200),
    matter: textField('申请事项', 200),
  }),
  z.object({
    type: z.literal('require_correction'),
    notifiedOn: dateField('告知日期'),
    items: textField('需要补正的全部内容'),
  }),
  z.object({ type: z.literal('accept'), acceptedOn: dateField('受理日期'), receiptIssued: z.boolean() }),
  z.object({
    type: z.literal('reject_application'),
    on: dateField('日期'),
    reason: textField('理由'),
    receiptIssued: z.boolean(),
  }),
  z.object({ type: z.literal('verify'), verifiedOn: dateField('核查日期'), findings: textField('核查情况') }),
  z.object({
    type: z.literal('record_pause'),
    kind: z.enum(PAUSE_KINDS),
    from: dateField('开始日期'),
    to: dateField('结束日期'),
    notifiedOn: dateField('书面告知日期').nullable(),
  }),
  z.object({
    type: z.literal('extend'),
    decidedOn: dateField('批准日期'),
    approvedBy: textField('负责人', 50),
    reason: textField('理由'),
    notifiedOn: dateField('告知日期'),
  }),
  z.object({
    type: z.literal('grant'),
    decidedOn: dateField('决定日期'),
    certificateNo: textField('许可证号', 100),
    lateReason: late,
  }),
  z.object({
    type: z.literal('refuse_permit'),
    decidedOn: dateField('决定日期'),
    reason: textField('理由'),
    remediesNotified: z.boolean(),
    lateReason: late,
  }),
  z.object({
    type: z.literal('serve_certificate'),
    servedOn: dateField('送达日期'),
    method: z.enum(SERVICE_METHODS),
    lateReason: late,
  }),
  z.object({ type: z.literal('withdraw'), on: dateField('撤回日期') }),
  z.object({ type: z.literal('close'), on: dateField('办结日期') }),
  z.object({ type: z.literal('archive'), on: dateField('归档日期') }),
]);

export function emptyPermitRecord(): PermitRecord {
  return {
    applicant: null,
    matter: null,
    appliedOn: null,
    correctionNotifiedOn: null,
    correctionItems: null,
    acceptedOn: null,
    notAcceptedReason: null,
    verifiedOn: null,
    verificationFindings: null,
    pauses: [],
    extension: null,
    decidedOn: null,
    granted: null,
    certificateNo: null,
    refusalReason: null,
    decisionLateReason: null,
    certificateServedOn: null,
    serviceMethod: null,
    serviceLateReason: null,
    withdrawnOn: null,
    closedOn: null,
    archivedOn: null,
  };
}

function actionDates(a: PermitAction): string[] {
  switch (a.type) {
    case 'receive':
      return [a.receivedOn];
    case 'require_correction':
      return [a.notifiedOn];
    case 'accept':
      return [a.acceptedOn];
    case 'verify':
      return [a.verifiedOn];
    case 'record_pause':
      return a.notifiedOn === null ? [a.from] : [a.from, a.notifiedOn]; // `to` is the announced end
    case 'extend':
      return [a.decidedOn, a.notifiedOn];
    case 'grant':
    case 'refuse_permit':
      return [a.decidedOn];
    case 'serve_certificate':
      return [a.servedOn];
    case 'reject_application':
    case 'withdraw':
    case 'close':
    case 'archive':
      return [a.on];
  }
}

function need(value: string | null, what: string): string {
  if (value === null) throw new RangeError(`尚未记录${what}`);
  return value;
}

const acceptanceDeadline = (f: BaseFacts & PermitRecord) =>
  periodDeadline(f.calendar, PERMIT_PERIODS.acceptance, need(f.appliedOn, '收到申请日期'));

/**
 * The day the 20 days count from. Accepted after the 5-day period with no 补正 notice, the application
 * counts as accepted on receipt (Art. 32 第一款第四项); after a 补正 notice, from the acceptance itself.
 */
export function effectiveAcceptance(
  f: BaseFacts & PermitRecord,
  acceptedOn = f.acceptedOn,
): { from: string; deemed: boolean } {
  const accepted = need(acceptedOn, '受理日期');
  if (f.correctionNotifiedOn !== null) return { from: accepted, deemed: false };
  const d = acceptanceDeadline(f);
  const after = isAfter(d, accepted);
  if (after === 'unknown')
    throw new CalendarNotCoveredError(d.provisional?.uncoveredYear ?? Number(d.due.slice(0, 4)));
  return after
    ? { from: need(f.appliedOn, '收到申请日期'), deemed: true }
    : { from: accepted, deemed: false };
}

function decisionDeadline(f: Facts, extra: PauseRange[] = [], extended = f.extension !== null) {
  const pauses = [
    ...f.pauses.map((p) => ({ from: p.from, to: p.to, reason: PAUSE_LABELS[p.kind] })),
    ...extra,
  ];
  const n = PERMIT_PERIODS.decision.n + (extended ? PERMIT_PERIODS.decision_extension.n : 0);
  return periodDeadline(f.calendar, PERMIT_PERIODS.decision, effectiveAcceptance(f).from, { n, pauses });
}

function checkLate(
  code: 'DECISION_OVERDUE' | 'SERVICE_OVERDUE',
  date: string,
  d: PeriodDeadline,
  lateReason: string | null,
  what: string,
): Refusal | null {
  if (!blank(lateReason)) return null;
  return refuseIfAfter(refuse, d, date, (due) =>
    refuse(code, `${what}的期限已于 ${due} 届满；${date} 办理的，须填写逾期说明`),
  );
}

function precheck(state: PermitState, f: Facts, type: PermitActionType, date: string): Refusal | null {
  switch (type) {
    case 'require_correction': {
      if (state === 'awaiting_correction' || f.correctionNotifiedOn !== null) {
        return refuse(
          'SECOND_CORRECTION_NOTICE',
          `已于 ${f.correctionNotifiedOn ?? '此前'} 一次告知补正的全部内容，不得再次要求补正`,
        );
      }
      return refuseIfAfter(refuse, acceptanceDeadline(f), date, (due) =>
        refuse(
          'CORRECTION_NOTICE_LATE',
          `应当在五个工作日内（至 ${due}）一次告知补正；逾期未告知的，自收到申请材料之日起即为受理`,
        ),
      );
    }
    case 'verify':
      return checkOfficers(refuse, 'OFFICERS_INSUFFICIENT', f, date, '核查人员');
    case 'record_pause':
      return refuseIfAfter(refuse, decisionDeadline(f), date, (due) =>
        refuse('PAUSE_AFTER_EXPIRY', `作出决定的期限已于 ${due} 届满，不能再扣除期间`),
      );
    case 'extend': {
      if (f.extension !== null)
        return refuse(
          'EXTENSION_ALREADY_USED',
          `审查期限已于 ${f.extension.decidedOn} 延长十日，只能延长一次`,
        );
      return refuseIfAfter(refuse, decisionDeadline(f), date, (due) =>
        refuse('EXTENSION_AFTER_EXPIRY', `二十日的审查期限已于 ${due} 届满，不能再延长`),
      );
    }
    case 'receive':
    case 'accept':
    case 'reject_application':
    case 'grant':
    case 'refuse_permit':
    case 'serve_certificate':
    case 'withdraw':
    case 'close':
    case 'archive':
      return null;
  }
}

const OPEN_KEYS = [PERMIT_PERIODS.acceptance.key, PERMIT_PERIODS.decision.key];

function apply(state: PermitState, f: Facts, a: PermitAction): Outcome<PermitState> {
  const cal = f.calendar;
  switch (a.type) {
    case 'receive':
      if (blank(a.applicant) || blank(a.matter))
        return refuse('APPLICATION_INCOMPLETE', '须登记申请人和申请事项');
      return { next: 'applied', opened: [periodDeadline(cal, PERMIT_PERIODS.acceptance, a.receivedOn)] };
    case 'require_correction':
      if (blank(a.items)) return refuse('CORRECTION_ITEMS_MISSING', '须一次告知申请人需要补正的全部内容');
      return (
        notBefore(refuse, a.notifiedOn, f.appliedOn, '收到申请日期') ?? {
          next: 'awaiting_correction',
          closed: [PERMIT_PERIODS.acceptance.key],
        }
      );
    case 'accept': {
      const order = notBefore(
        refuse,
        a.acceptedOn,
        f.correctionNotifiedOn ?? f.appliedOn,
        '收到申请或告知补正日期',
      );
      if (order) return order;
      if (!a.receiptIssued)
        return refuse('RECEIPT_MISSING', '受理申请应当出具加盖本行政机关专用印章和注明日期的书面凭证');
      return {
        next: 'accepted',
        opened: [periodDeadline(cal, PERMIT_PERIODS.decision, effectiveAcceptance(f, a.acceptedOn).from)],
        closed: [PERMIT_PERIODS.acceptance.key],
      };
    }
    case 'reject_application':
      if (blank(a.reason))
        return refuse(
          'NOT_ACCEPTED_REASON_MISSING',
          '不予受理须写明理由（如不需要取得许可、不属于本机关职权范围）',
        );
      if (!a.receiptIssued)
        return refuse('RECEIPT_MISSING', '不予受理应当出具加盖本行政机关专用印章和注明日期的书面凭证');
      return (
        notBefore(refuse, a.on, f.appliedOn, '收到申请日期') ?? {
          next: 'not_accepted',
          closed: [PERMIT_PERIODS.acceptance.key],
        }
      );
    case 'verify':
      if (blank(a.findings)) return refuse('FINDINGS_REQUIRED', '须记录对申请材料实质内容的核查情况');
      return notBefore(refuse, a.verifiedOn, f.acceptedOn, '受理日期') ?? { next: 'verified' };
    case 'record_pause': {
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
    }
    case 'extend':
      if (blank(a.approvedBy))
        return refuse('EXTENSION_APPROVAL_MISSING', '延长审查期限须经本行政机关负责人批准');
      if (blank(a.reason)) return refuse('EXTENSION_REASON_MISSING', '应当将延长期限的理由告知申请人');
      if (a.notifiedOn < a.decidedOn) return refuse('DATE_ORDER', '告知日期不得早于批准延长日期');
      return { next: state, opened: [decisionDeadline(f, [], true)] };
    case 'grant':
    case 'refuse_permit': {
      const order = notBefore(refuse, a.decidedOn, f.verifiedOn ?? f.acceptedOn, '受理或核查日期');
      if (order) return order;
      if (a.type === 'grant' && blank(a.certificateNo))
        return refuse('CERTIFICATE_NO_MISSING', '准予许可须颁发行政许可证件，请填写证号');
      if (a.type === 'refuse_permit') {
        if (blank(a.reason)) return refuse('REFUSAL_REASON_MISSING', '不予行政许可的书面决定应当说明理由');
        if (!a.remediesNotified)
          return refuse('REMEDIES_NOT_NOTIFIED', '须告知申请人享有依法申请行政复议或者提起行政诉讼的权利');
      }
      const overdue = checkLate(
        'DECISION_OVERDUE',
        a.decidedOn,
        decisionDeadline(f),
        a.lateReason,
        '作出行政许可决定',
      );
      if (overdue) return overdue;
      if (a.type === 'refuse_permit') return { next: 'refused', closed: [PERMIT_PERIODS.decision.key] };
      return {
        next: 'granted',
        opened: [periodDeadline(cal, PERMIT_PERIODS.certificate_service, a.decidedOn)],
        closed: [PERMIT_PERIODS.decision.key],
      };
    }
    case 'serve_certificate': {
      const decided = need(f.decidedOn, '决定日期');
      const order = notBefore(refuse, a.servedOn, decided, '决定日期');
      if (order) return order;
      const due = periodDeadline(cal, PERMIT_PERIODS.certificate_service, decided);
      return (
        checkLate('SERVICE_OVERDUE', a.servedOn, due, a.lateReason, '颁发、送达行政许可证件') ?? {
          next: 'certificate_served',
          closed: [PERMIT_PERIODS.certificate_service.key],
        }
      );
    }
    case 'withdraw':
      return { next: 'withdrawn', closed: OPEN_KEYS };
    case 'close':
      return { next: 'closed' };
    case 'archive':
      return { next: 'archived' };
  }
}

export function foldPermit(r: PermitRecord, a: PermitAction): PermitRecord {
  switch (a.type) {
    case 'receive':
      return { ...r, appliedOn: a.receivedOn, applicant: a.applicant, matter: a.matter };
    case 'require_correction':
      return { ...r, correctionNotifiedOn: a.notifiedOn, correctionItems: a.items };
    case 'accept':
      return { ...r, acceptedOn: a.acceptedOn };
    case 'reject_application':
      return { ...r, notAcceptedReason: a.reason };
    case 'verify':
      return { ...r, verifiedOn: a.verifiedOn, verificationFindings: a.findings };
    case 'record_pause':
      return {
        ...r,
        pauses: [...r.pauses, { kind: a.kind, from: a.from, to: a.to, notifiedOn: a.notifiedOn ?? a.from }],
      };
    case 'extend':
      return {
        ...r,
        extension: {
          decidedOn: a.decidedOn,
          approvedBy: a.approvedBy,
          reason: a.reason,
          notifiedOn: a.notifiedOn,
        },
      };
    case 'grant':
      return {
        ...r,
        decidedOn: a.decidedOn,
        granted: true,
        certificateNo: a.certificateNo,
        decisionLateReason: a.lateReason,
      };
    case 'refuse_permit':
      return {
        ...r,
        decidedOn: a.decidedOn,
        granted: false,
        refusalReason: a.reason,
        decisionLateReason: a.lateReason,
      };
    case 'serve_certificate':
      return {
        ...r,
        certificateServedOn: a.servedOn,
        serviceMethod: a.method,
        serviceLateReason: a.lateReason,
      };
    case 'withdraw':
      return { ...r, withdrawnOn: a.on };
    case 'close':
      return { ...r, closedOn: a.on };
    case 'archive':
      return { ...r, archivedOn: a.on };
  }
}

export const permitMachine: ProcedureMachine<PermitState, PermitAction, PermitRecord> = buildMachine({
  kind: 'permit',
  states: PERMIT_STATES,
  stateLabels: PERMIT_STATE_LABELS,
  actionLabels: PERMIT_ACTION_LABELS,
  initial: 'intake',
  finished: ['closed', 'not_accepted', 'withdrawn', 'archived'],
  actionSchema: permitActionSchema,
  emptyRecord: emptyPermitRecord,
  fold: foldPermit,
  actionsFrom: ACTIONS_FROM,
  refuse,
  actionDates,
  precheck,
  apply,
});
