// C1 receiving a 行政许可 application (行政许可法第三十二条): registered, 补正 told once and in full within
// five working days, then accepted or not, each with a dated written receipt.
import { z } from 'zod';
import { actionsOf } from '../builder.ts';
import { dateField, textField } from '../fields.ts';
import { blank, notBefore, refuseIfAfter } from '../guards.ts';
import { PERMIT_PERIODS, periodDeadline } from '../periods.ts';
import {
  acceptanceDeadline,
  effectiveAcceptance,
  refuse,
  type PermitRecord,
  type PermitState,
} from './model.ts';

const action = actionsOf<PermitState, PermitRecord>();

export const PERMIT_INTAKE_ACTIONS = {
  receive: action({
    label: '登记申请',
    permission: 'cases.handle',
    input: {
      receivedOn: dateField('收到申请日期'),
      applicant: textField('申请人', 200),
      matter: textField('申请事项', 200),
    },
    dates: (a) => [a.receivedOn],
    apply(_state, f, a) {
      if (blank(a.applicant) || blank(a.matter))
        return refuse('APPLICATION_INCOMPLETE', '须登记申请人和申请事项');
      return {
        next: 'applied',
        opened: [periodDeadline(f.calendar, PERMIT_PERIODS.acceptance, a.receivedOn)],
      };
    },
    fold: (r, a) => ({ ...r, appliedOn: a.receivedOn, applicant: a.applicant, matter: a.matter }),
  }),

  require_correction: action({
    label: '一次告知补正',
    permission: 'cases.handle',
    input: { notifiedOn: dateField('告知日期'), items: textField('需要补正的全部内容') },
    dates: (a) => [a.notifiedOn],
    precheck(state, f, date) {
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
    },
    apply(_state, f, a) {
      if (blank(a.items)) return refuse('CORRECTION_ITEMS_MISSING', '须一次告知申请人需要补正的全部内容');
      return (
        notBefore(refuse, a.notifiedOn, f.appliedOn, '收到申请日期') ?? {
          next: 'awaiting_correction',
          closed: [PERMIT_PERIODS.acceptance.key],
        }
      );
    },
    fold: (r, a) => ({ ...r, correctionNotifiedOn: a.notifiedOn, correctionItems: a.items }),
  }),

  accept: action({
    label: '受理',
    permission: 'cases.handle',
    input: { acceptedOn: dateField('受理日期'), receiptIssued: z.boolean() },
    dates: (a) => [a.acceptedOn],
    apply(_state, f, a) {
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
        opened: [
          periodDeadline(f.calendar, PERMIT_PERIODS.decision, effectiveAcceptance(f, a.acceptedOn).from),
        ],
        closed: [PERMIT_PERIODS.acceptance.key],
      };
    },
    fold: (r, a) => ({ ...r, acceptedOn: a.acceptedOn }),
  }),

  reject_application: action({
    label: '不予受理',
    permission: 'cases.handle',
    input: { on: dateField('日期'), reason: textField('理由'), receiptIssued: z.boolean() },
    dates: (a) => [a.on],
    apply(_state, f, a) {
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
    },
    fold: (r, a) => ({ ...r, notAcceptedReason: a.reason }),
  }),
};
