// C1 the 行政许可 procedure's vocabulary: states, the stored record, the refusal codes with their
// citations, and the periods computed from the record (行政许可法第三十二条、第四十二条、第四十五条).
import { CalendarNotCoveredError } from '../../../../platform/calendar/rules.ts';
import { isAfter, type PauseRange } from '../../deadlines.ts';
import type { BaseFacts, Deadline, Refusal } from '../../machine.ts';
import type { ServiceMethod } from '../fields.ts';
import { COMMON_CITATIONS, blank, need, refuseIfAfter, refuser } from '../guards.ts';
import { PERMIT_PERIODS, periodDeadline } from '../periods.ts';

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
export type PermitFacts = BaseFacts & PermitRecord;

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
export const refuse = refuser<PermitGuardCode>(GUARD_CITATIONS);

export const acceptanceDeadline = (f: PermitFacts) =>
  periodDeadline(f.calendar, PERMIT_PERIODS.acceptance, need(f.appliedOn, '收到申请日期'));

/**
 * The day the 20 days count from. Accepted after the 5-day period with no 补正 notice, the application
 * counts as accepted on receipt (Art. 32 第一款第四项); after a 补正 notice, from the acceptance itself.
 */
export function effectiveAcceptance(
  f: PermitFacts,
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

/** The 20 days from acceptance (30 once extended), Art. 45 pauses excluded. */
export function decisionDeadline(f: PermitFacts, extra: PauseRange[] = [], extended = f.extension !== null) {
  const pauses = [
    ...f.pauses.map((p) => ({ from: p.from, to: p.to, reason: PAUSE_LABELS[p.kind] })),
    ...extra,
  ];
  const n = PERMIT_PERIODS.decision.n + (extended ? PERMIT_PERIODS.decision_extension.n : 0);
  return periodDeadline(f.calendar, PERMIT_PERIODS.decision, effectiveAcceptance(f).from, { n, pauses });
}

/** Done after its period: only with a written reason for the delay. */
export function checkLate(
  code: 'DECISION_OVERDUE' | 'SERVICE_OVERDUE',
  date: string,
  d: Deadline,
  lateReason: string | null,
  what: string,
): Refusal | null {
  if (!blank(lateReason)) return null;
  return refuseIfAfter(refuse, d, date, (due) =>
    refuse(code, `${what}的期限已于 ${due} 届满；${date} 办理的，须填写逾期说明`),
  );
}
