// C1 the 行政征收 procedure's vocabulary: states, the stored record, the refusal codes with their
// citations, and the periods computed from the record. Money is integer fen; dates are `YYYY-MM-DD`.
import type { BaseFacts } from '../../machine.ts';
import type { ServiceMethod } from '../fields.ts';
import { COMMON_CITATIONS, need, refuser } from '../guards.ts';
import { LEVY_MONTH_PERIODS, LEVY_PERIODS, monthDeadline, periodDeadline } from '../periods.ts';
import type { Deadline } from '../../machine.ts';

export const LEVY_STATES = [
  'pending',
  'assessed',
  'notice_served',
  'demanded',
  'enforcement_applied',
  'paid',
  'closed',
  'cancelled',
  'archived',
] as const;
export type LevyState = (typeof LEVY_STATES)[number];

export const LEVY_STATE_LABELS: Record<LevyState, string> = {
  pending: '待核定',
  assessed: '已核定',
  notice_served: '征收决定书已送达（缴纳期限内）',
  demanded: '已催告',
  enforcement_applied: '已申请人民法院强制执行',
  paid: '已缴清',
  closed: '结案',
  cancelled: '撤销征收',
  archived: '归档',
};

export interface LevyRecord {
  payer: string | null;
  basis: string | null;
  amountFen: number | null;
  assessedOn: string | null;
  documentNo: string | null;
  noticeServedOn: string | null;
  serviceMethod: ServiceMethod | null;
  /** The payment period the decision set, in days; null: the default 30. */
  paymentDays: number | null;
  payments: { paidOn: string; amountFen: number }[];
  demandServedOn: string | null;
  courtAppliedOn: string | null;
  court: string | null;
  closedOn: string | null;
  closeReason: string | null;
  cancelReason: string | null;
  archivedOn: string | null;
}
export type LevyFacts = BaseFacts & LevyRecord;

export function emptyLevyRecord(): LevyRecord {
  return {
    payer: null,
    basis: null,
    amountFen: null,
    assessedOn: null,
    documentNo: null,
    noticeServedOn: null,
    serviceMethod: null,
    paymentDays: null,
    payments: [],
    demandServedOn: null,
    courtAppliedOn: null,
    court: null,
    closedOn: null,
    closeReason: null,
    cancelReason: null,
    archivedOn: null,
  };
}

const COERCION = '《中华人民共和国行政强制法》';
export const GUARD_CITATIONS = {
  ...COMMON_CITATIONS,
  CALENDAR_NOT_COVERED: `${COERCION}第六十九条；《中华人民共和国民法典》第二百零三条`,
  NOT_ALLOWED_IN_STATE: '本平台规则：行政征收按核定、送达、缴纳、催告、申请强制执行的顺序办理',
  AMOUNT_INVALID: '本平台规则：征收金额须为正整数（分）',
  BASIS_REQUIRED: '本平台规则：征收决定须载明征收对象和法律依据',
  DOCUMENT_NO_MISSING: '本平台规则：征收决定书须有文号',
  PAYMENT_DAYS_INVALID: LEVY_PERIODS.levy_payment.citation,
  PAYMENT_INVALID: '本平台规则：缴款金额须为正整数（分）',
  PAYMENT_EXCEEDS_OUTSTANDING: '本平台规则：缴款不得超过尚欠金额',
  NOT_OVERDUE: `${COERCION}第五十四条`,
  DEMAND_PERIOD_OPEN: `${COERCION}第五十四条、第六十九条`,
  LITIGATION_PERIOD_OPEN: `${COERCION}第五十三条；《中华人民共和国行政诉讼法》第四十六条第一款`,
  COURT_APPLICATION_LATE: `${COERCION}第五十三条`,
  COURT_REQUIRED: `${COERCION}第五十四条`,
  CLOSE_REASON_MISSING: '本平台规则：未缴清即结案须写明理由（执法全过程记录 C8）',
  CANCEL_REASON_MISSING: '本平台规则：撤销征收须写明理由（执法全过程记录 C8）',
} as const;
export type LevyGuardCode = keyof typeof GUARD_CITATIONS;
export const refuse = refuser<LevyGuardCode>(GUARD_CITATIONS);

/** Amount still owed, in fen. */
export const outstandingFen = (r: LevyRecord): number =>
  (r.amountFen ?? 0) - r.payments.reduce((s, p) => s + p.amountFen, 0);

export const paymentDeadline = (
  f: LevyFacts,
  servedOn = need(f.noticeServedOn, '征收决定书送达日期'),
  days = f.paymentDays,
) =>
  periodDeadline(f.calendar, LEVY_PERIODS.levy_payment, servedOn, { n: days ?? LEVY_PERIODS.levy_payment.n });

export const demandDeadline = (f: LevyFacts, servedOn = need(f.demandServedOn, '催告书送达日期')) =>
  periodDeadline(f.calendar, LEVY_PERIODS.demand_compliance, servedOn);

export const litigationPeriod = (f: LevyFacts) =>
  monthDeadline(f.calendar, LEVY_MONTH_PERIODS.litigation, need(f.noticeServedOn, '征收决定书送达日期'));

/** Three months from the end of the litigation period; provisional whenever that end is. */
export function courtWindow(f: LevyFacts): Deadline {
  const litigation = litigationPeriod(f);
  const window = monthDeadline(f.calendar, LEVY_MONTH_PERIODS.court_application, litigation.due);
  return litigation.provisional && !window.provisional
    ? { ...window, provisional: litigation.provisional }
    : window;
}

/** The periods a paid, cancelled or court-enforced levy leaves behind. */
export const OPEN_KEYS = [
  LEVY_PERIODS.levy_payment.key,
  LEVY_PERIODS.demand_compliance.key,
  LEVY_MONTH_PERIODS.court_application.key,
];
