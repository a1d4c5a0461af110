// C1 a generic 行政征收 procedure (a levy assessed and collected by the health commission) as a
// `ProcedureMachine`: 核定 (amount in fen, legal basis) → 征收决定书 served, with the payment period it sets
// (default 30 days) → payments, partial ones accumulating → once overdue, 催告 → after the 催告书's 10
// days, and once the period for 行政诉讼 has run out, application to the people's court for enforcement
// within 3 months (《中华人民共和国行政强制法》第五十三条、第五十四条; 10 days are working days, 第六十九条;
// the 6-month litigation period, 《中华人民共和国行政诉讼法》第四十六条第一款). Late-payment surcharges
// (滞纳金) exist only where a specific law provides them (行政强制法第四十五条) and are not modelled.
// Money is integer fen; dates are `YYYY-MM-DD` legal dates.
import { z } from 'zod';
import type { BaseFacts, ProcedureMachine, Refusal } from '../machine.ts';
import {
  COMMON_CITATIONS,
  SERVICE_METHODS,
  blank,
  buildMachine,
  dateField,
  fenField,
  notBefore,
  refuseIfAfter,
  refuseUnlessAfter,
  refuser,
  textField,
  yuan,
  type Outcome,
  type ServiceMethod,
} from './guards.ts';
import {
  LEVY_MONTH_PERIODS,
  LEVY_PERIODS,
  monthDeadline,
  periodDeadline,
  type PeriodDeadline,
} from './periods.ts';

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

export type LevyAction =
  | { type: 'assess'; assessedOn: string; payer: string; amountFen: number; basis: string }
  | {
      type: 'serve_notice';
      servedOn: string;
      method: ServiceMethod;
      documentNo: string;
      paymentDays: number | null;
    }
  | { type: 'record_payment'; paidOn: string; amountFen: number }
  | { type: 'serve_demand'; servedOn: string; method: ServiceMethod }
  | { type: 'apply_court_enforcement'; appliedOn: string; court: string }
  | { type: 'close'; on: string; reason: string | null }
  | { type: 'cancel'; on: string; reason: string }
  | { type: 'archive'; on: string };
export type LevyActionType = LevyAction['type'];

export const LEVY_ACTION_LABELS: Record<LevyActionType, string> = {
  assess: '核定征收金额',
  serve_notice: '送达征收决定书',
  record_payment: '登记缴款',
  serve_demand: '催告',
  apply_court_enforcement: '申请人民法院强制执行',
  close: '结案',
  cancel: '撤销征收',
  archive: '归档',
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
type Facts = BaseFacts & LevyRecord;

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
const refuse = refuser<LevyGuardCode>(GUARD_CITATIONS);

export const ACTIONS_FROM: Readonly<Record<LevyState, readonly LevyActionType[]>> = {
  pending: ['assess', 'cancel'],
  assessed: ['serve_notice', 'cancel'],
  notice_served: ['record_payment', 'serve_demand', 'cancel'],
  demanded: ['record_payment', 'apply_court_enforcement', 'cancel'],
  enforcement_applied: ['record_payment', 'close'],
  paid: ['close'],
  closed: ['archive'],
  cancelled: ['archive'],
  archived: [],
};

export const levyActionSchema: z.ZodType<LevyAction> = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('assess'),
    assessedOn: dateField('核定日期'),
    payer: textField('征收对象', 200),
    amountFen: fenField('征收金额'),
    basis: textField('征收依据'),
  }),
  z.object({
    type: z.literal('serve_notice'),
    servedOn: dateField('送达日期'),
    method: z.enum(SERVICE_METHODS),
    documentNo: textField('决定书文号', 100),
    paymentDays: z
      .number()
      .int('缴纳期限须为整数（日）')
      .min(1, '缴纳期限至少 1 日')
      .max(365, '缴纳期限不得超过 365 日')
      .nullable(),
  }),
  z.object({
    type: z.literal('record_payment'),
    paidOn: dateField('缴款日期'),
    amountFen: fenField('缴款金额'),
  }),
  z.object({
    type: z.literal('serve_demand'),
    servedOn: dateField('催告书送达日期'),
    method: z.enum(SERVICE_METHODS),
  }),
  z.object({
    type: z.literal('apply_court_enforcement'),
    appliedOn: dateField('申请日期'),
    court: textField('人民法院', 100),
  }),
  z.object({ type: z.literal('close'), on: dateField('结案日期'), reason: textField('理由').nullable() }),
  z.object({ type: z.literal('cancel'), on: dateField('日期'), reason: textField('理由') }),
  z.object({ type: z.literal('archive'), on: dateField('归档日期') }),
]);

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

function actionDates(a: LevyAction): string[] {
  switch (a.type) {
    case 'assess':
      return [a.assessedOn];
    case 'serve_notice':
    case 'serve_demand':
      return [a.servedOn];
    case 'record_payment':
      return [a.paidOn];
    case 'apply_court_enforcement':
      return [a.appliedOn];
    case 'close':
    case 'cancel':
    case 'archive':
      return [a.on];
  }
}

function need<T>(value: T | null, what: string): T {
  if (value === null) throw new RangeError(`尚未记录${what}`);
  return value;
}

/** Amount still owed, in fen. */
export const outstandingFen = (r: LevyRecord): number =>
  (r.amountFen ?? 0) - r.payments.reduce((s, p) => s + p.amountFen, 0);

const paymentDeadline = (
  f: Facts,
  servedOn = need(f.noticeServedOn, '征收决定书送达日期'),
  days = f.paymentDays,
) =>
  periodDeadline(f.calendar, LEVY_PERIODS.levy_payment, servedOn, { n: days ?? LEVY_PERIODS.levy_payment.n });
const demandDeadline = (f: Facts, servedOn = need(f.demandServedOn, '催告书送达日期')) =>
  periodDeadline(f.calendar, LEVY_PERIODS.demand_compliance, servedOn);
const litigationPeriod = (f: Facts) =>
  monthDeadline(f.calendar, LEVY_MONTH_PERIODS.litigation, need(f.noticeServedOn, '征收决定书送达日期'));
/** Three months from the end of the litigation period; provisional whenever that end is. */
function courtWindow(f: Facts): PeriodDeadline {
  const litigation = litigationPeriod(f);
  const window = monthDeadline(f.calendar, LEVY_MONTH_PERIODS.court_application, litigation.due);
  return litigation.provisional && !window.provisional
    ? { ...window, provisional: litigation.provisional }
    : window;
}

function precheck(_state: LevyState, f: Facts, type: LevyActionType, date: string): Refusal | null {
  switch (type) {
    case 'serve_demand':
      return refuseUnlessAfter(refuse, paymentDeadline(f), date, (due) =>
        refuse('NOT_OVERDUE', `缴纳期限至 ${due}，期满仍未缴清的方可催告`),
      );
    case 'apply_court_enforcement': {
      const litigation = litigationPeriod(f);
      return (
        refuseUnlessAfter(refuse, demandDeadline(f), date, (due) =>
          refuse(
            'DEMAND_PERIOD_OPEN',
            `催告书送达十个工作日后（${due} 之后）当事人仍未履行的，方可申请强制执行`,
          ),
        ) ??
        refuseUnlessAfter(refuse, litigation, date, (due) =>
          refuse(
            'LITIGATION_PERIOD_OPEN',
            `当事人申请行政复议或者提起行政诉讼的期限至 ${due} 届满，期满前不得申请人民法院强制执行`,
          ),
        ) ??
        refuseIfAfter(refuse, courtWindow(f), date, (due) =>
          refuse(
            'COURT_APPLICATION_LATE',
            `申请人民法院强制执行的期限（自 ${litigation.due} 起三个月）已于 ${due} 届满`,
          ),
        )
      );
    }
    case 'assess':
    case 'serve_notice':
    case 'record_payment':
    case 'close':
    case 'cancel':
    case 'archive':
      return null;
  }
}

const OPEN_KEYS = [
  LEVY_PERIODS.levy_payment.key,
  LEVY_PERIODS.demand_compliance.key,
  LEVY_MONTH_PERIODS.court_application.key,
];

function apply(state: LevyState, f: Facts, a: LevyAction): Outcome<LevyState> {
  switch (a.type) {
    case 'assess':
      if (!Number.isSafeInteger(a.amountFen) || a.amountFen <= 0)
        return refuse('AMOUNT_INVALID', `征收金额须大于零（分），所填为 ${a.amountFen}`);
      if (blank(a.payer) || blank(a.basis)) return refuse('BASIS_REQUIRED', '须写明征收对象和征收的法律依据');
      return { next: 'assessed' };
    case 'serve_notice': {
      const order = notBefore(refuse, a.servedOn, f.assessedOn, '核定日期');
      if (order) return order;
      if (blank(a.documentNo)) return refuse('DOCUMENT_NO_MISSING', '请填写征收决定书文号');
      if (
        a.paymentDays !== null &&
        (!Number.isInteger(a.paymentDays) || a.paymentDays < 1 || a.paymentDays > 365)
      ) {
        return refuse('PAYMENT_DAYS_INVALID', `缴纳期限须为 1 至 365 日，所填为 ${a.paymentDays}`);
      }
      return { next: 'notice_served', opened: [paymentDeadline(f, a.servedOn, a.paymentDays)] };
    }
    case 'record_payment': {
      const order = notBefore(refuse, a.paidOn, f.noticeServedOn, '征收决定书送达日期');
      if (order) return order;
      if (!Number.isSafeInteger(a.amountFen) || a.amountFen <= 0)
        return refuse('PAYMENT_INVALID', `缴款金额须大于零（分），所填为 ${a.amountFen}`);
      const owed = outstandingFen(f);
      if (a.amountFen > owed)
        return refuse(
          'PAYMENT_EXCEEDS_OUTSTANDING',
          `尚欠 ${yuan(owed)} 元，本次缴款 ${yuan(a.amountFen)} 元超出`,
        );
      if (a.amountFen === owed) return { next: 'paid', closed: OPEN_KEYS };
      return { next: state };
    }
    case 'serve_demand':
      return {
        next: 'demanded',
        opened: [demandDeadline(f, a.servedOn), courtWindow(f)],
        closed: [LEVY_PERIODS.levy_payment.key],
      };
    case 'apply_court_enforcement':
      if (blank(a.court)) return refuse('COURT_REQUIRED', '须写明受理申请的所在地有管辖权的人民法院');
      return { next: 'enforcement_applied', closed: OPEN_KEYS };
    case 'close':
      if (state !== 'paid' && blank(a.reason))
        return refuse(
          'CLOSE_REASON_MISSING',
          `尚欠 ${yuan(outstandingFen(f))} 元，结案须写明理由（如人民法院裁定、执行终结）`,
        );
      return { next: 'closed' };
    case 'cancel':
      if (blank(a.reason)) return refuse('CANCEL_REASON_MISSING', '撤销征收须写明理由');
      return { next: 'cancelled', closed: OPEN_KEYS };
    case 'archive':
      return { next: 'archived' };
  }
}

export function foldLevy(r: LevyRecord, a: LevyAction): LevyRecord {
  switch (a.type) {
    case 'assess':
      return { ...r, assessedOn: a.assessedOn, payer: a.payer, amountFen: a.amountFen, basis: a.basis };
    case 'serve_notice':
      return {
        ...r,
        noticeServedOn: a.servedOn,
        serviceMethod: a.method,
        documentNo: a.documentNo,
        paymentDays: a.paymentDays,
      };
    case 'record_payment':
      return { ...r, payments: [...r.payments, { paidOn: a.paidOn, amountFen: a.amountFen }] };
    case 'serve_demand':
      return { ...r, demandServedOn: a.servedOn };
    case 'apply_court_enforcement':
      return { ...r, courtAppliedOn: a.appliedOn, court: a.court };
    case 'close':
      return { ...r, closedOn: a.on, closeReason: a.reason };
    case 'cancel':
      return { ...r, cancelReason: a.reason };
    case 'archive':
      return { ...r, archivedOn: a.on };
  }
}

export const levyMachine: ProcedureMachine<LevyState, LevyAction, LevyRecord> = buildMachine({
  kind: 'levy',
  states: LEVY_STATES,
  stateLabels: LEVY_STATE_LABELS,
  actionLabels: LEVY_ACTION_LABELS,
  initial: 'pending',
  finished: ['closed', 'cancelled', 'archived'],
  actionSchema: levyActionSchema,
  emptyRecord: emptyLevyRecord,
  fold: foldLevy,
  actionsFrom: ACTIONS_FROM,
  refuse,
  actionDates,
  precheck,
  apply,
});
