// C1 the actions of the 行政征收 procedure, each with its input, label, permission, guards and fold:
// 核定 → 征收决定书 served (with the payment period it sets) → payments → 催告 once overdue → application
// to the people's court (行政强制法第五十三条、第五十四条).
import { z } from 'zod';
import { actionsOf } from '../builder.ts';
import { SERVICE_METHODS, dateField, fenField, textField } from '../fields.ts';
import { blank, notBefore, refuseIfAfter, refuseUnlessAfter, yuan } from '../guards.ts';
import { LEVY_PERIODS } from '../periods.ts';
import {
  OPEN_KEYS,
  courtWindow,
  demandDeadline,
  litigationPeriod,
  outstandingFen,
  paymentDeadline,
  refuse,
  type LevyRecord,
  type LevyState,
} from './model.ts';

const action = actionsOf<LevyState, LevyRecord>();

export const LEVY_ACTIONS = {
  assess: action({
    label: '核定征收金额',
    permission: 'cases.approve',
    input: {
      assessedOn: dateField('核定日期'),
      payer: textField('征收对象', 200),
      amountFen: fenField('征收金额'),
      basis: textField('征收依据'),
    },
    dates: (a) => [a.assessedOn],
    apply(_state, _f, a) {
      if (!Number.isSafeInteger(a.amountFen) || a.amountFen <= 0)
        return refuse('AMOUNT_INVALID', `征收金额须大于零（分），所填为 ${a.amountFen}`);
      if (blank(a.payer) || blank(a.basis)) return refuse('BASIS_REQUIRED', '须写明征收对象和征收的法律依据');
      return { next: 'assessed' };
    },
    fold: (r, a) => ({
      ...r,
      assessedOn: a.assessedOn,
      payer: a.payer,
      amountFen: a.amountFen,
      basis: a.basis,
    }),
  }),

  serve_notice: action({
    label: '送达征收决定书',
    permission: 'cases.handle',
    input: {
      servedOn: dateField('送达日期'),
      method: z.enum(SERVICE_METHODS),
      documentNo: textField('决定书文号', 100),
      paymentDays: z
        .number()
        .int('缴纳期限须为整数（日）')
        .min(1, '缴纳期限至少 1 日')
        .max(365, '缴纳期限不得超过 365 日')
        .nullable(),
    },
    dates: (a) => [a.servedOn],
    apply(_state, f, a) {
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
    },
    fold: (r, a) => ({
      ...r,
      noticeServedOn: a.servedOn,
      serviceMethod: a.method,
      documentNo: a.documentNo,
      paymentDays: a.paymentDays,
    }),
  }),

  record_payment: action({
    label: '登记缴款',
    permission: 'cases.handle',
    input: { paidOn: dateField('缴款日期'), amountFen: fenField('缴款金额') },
    dates: (a) => [a.paidOn],
    apply(state, f, a) {
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
    },
    fold: (r, a) => ({ ...r, payments: [...r.payments, { paidOn: a.paidOn, amountFen: a.amountFen }] }),
  }),

  serve_demand: action({
    label: '催告',
    permission: 'cases.handle',
    input: { servedOn: dateField('催告书送达日期'), method: z.enum(SERVICE_METHODS) },
    dates: (a) => [a.servedOn],
    precheck: (_state, f, date) =>
      refuseUnlessAfter(refuse, paymentDeadline(f), date, (due) =>
        refuse('NOT_OVERDUE', `缴纳期限至 ${due}，期满仍未缴清的方可催告`),
      ),
    apply: (_state, f, a) => ({
      next: 'demanded',
      opened: [demandDeadline(f, a.servedOn), courtWindow(f)],
      closed: [LEVY_PERIODS.levy_payment.key],
    }),
    fold: (r, a) => ({ ...r, demandServedOn: a.servedOn }),
  }),

  apply_court_enforcement: action({
    label: '申请人民法院强制执行',
    permission: 'cases.approve',
    input: { appliedOn: dateField('申请日期'), court: textField('人民法院', 100) },
    dates: (a) => [a.appliedOn],
    precheck(_state, f, date) {
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
    },
    apply(_state, _f, a) {
      if (blank(a.court)) return refuse('COURT_REQUIRED', '须写明受理申请的所在地有管辖权的人民法院');
      return { next: 'enforcement_applied', closed: OPEN_KEYS };
    },
    fold: (r, a) => ({ ...r, courtAppliedOn: a.appliedOn, court: a.court }),
  }),

  close: action({
    label: '结案',
    permission: 'cases.handle',
    input: { on: dateField('结案日期'), reason: textField('理由').nullable() },
    dates: (a) => [a.on],
    apply(state, f, a) {
      if (state !== 'paid' && blank(a.reason))
        return refuse(
          'CLOSE_REASON_MISSING',
          `尚欠 ${yuan(outstandingFen(f))} 元，结案须写明理由（如人民法院裁定、执行终结）`,
        );
      return { next: 'closed' };
    },
    fold: (r, a) => ({ ...r, closedOn: a.on, closeReason: a.reason }),
  }),

  cancel: action({
    label: '撤销征收',
    permission: 'cases.approve',
    input: { on: dateField('日期'), reason: textField('理由') },
    dates: (a) => [a.on],
    apply(_state, _f, a) {
      if (blank(a.reason)) return refuse('CANCEL_REASON_MISSING', '撤销征收须写明理由');
      return { next: 'cancelled', closed: OPEN_KEYS };
    },
    fold: (r, a) => ({ ...r, cancelReason: a.reason }),
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
