// C2 the 行政处罚 decision and what follows it (行政处罚法第五十七条至第六十一条、第六十七条、第七十二条): the
// decision, no heavier than notified and within the period, or no penalty; service; payment with the
// late surcharge, or execution; closing, revoking and archiving the case.
import { z } from 'zod';
import { daysLate, isAfter, lateSurchargeFen, paymentDeadline, serviceDeadline } from '../../deadlines.ts';
import { actionsOf } from '../builder.ts';
import { SERVICE_METHODS, dateField, textField } from '../fields.ts';
import { checkOfficers, uncovered, yuan } from '../guards.ts';
import {
  checkCollective,
  checkDecisionPeriod,
  checkNotHeavier,
  checkPenaltyShape,
  checkReviewGate,
  checkLegalBasis,
  checkRightsPhase,
  refuse,
} from './guards.ts';
import { fineOf, penaltyInput, type PenaltyRecord, type PenaltyState } from './model.ts';
import { citedServiceDeadline } from './health-procedure.ts';

const action = actionsOf<PenaltyState, PenaltyRecord>();

export const PENALTY_DECISION_ACTIONS = {
  decide: action({
    label: '作出处罚决定',
    permission: 'cases.approve',
    input: { decidedOn: dateField('决定日期'), penalty: penaltyInput },
    dates: (a) => [a.decidedOn],
    precheck: (_state, facts, date) =>
      checkLegalBasis(facts, true) ??
      checkRightsPhase(facts, date) ??
      checkReviewGate(facts) ??
      checkCollective(facts) ??
      checkDecisionPeriod(facts, date) ??
      checkOfficers(refuse, 'OFFICERS_INSUFFICIENT', facts, date),
    apply: (_state, facts, a) =>
      checkPenaltyShape(a.penalty) ??
      checkLegalBasis(facts, true) ??
      checkRightsPhase(facts, a.decidedOn) ??
      checkReviewGate(facts) ??
      checkCollective(facts) ??
      checkNotHeavier(facts, a.penalty) ??
      checkDecisionPeriod(facts, a.decidedOn) ??
      checkOfficers(refuse, 'OFFICERS_INSUFFICIENT', facts, a.decidedOn) ?? {
        next: 'decided',
        opened: [citedServiceDeadline(serviceDeadline(facts.calendar, a.decidedOn), a.decidedOn)],
        closed: ['decision', 'hearing_request'],
      },
    fold: (r, a) => ({ ...r, decidedOn: a.decidedOn, decidedPenalty: a.penalty }),
  }),

  decide_no_penalty: action({
    label: '不予处罚',
    permission: 'cases.approve',
    input: { decidedOn: dateField('决定日期'), reason: textField('理由') },
    dates: (a) => [a.decidedOn],
    precheck: (_state, facts) => checkReviewGate(facts) ?? checkCollective(facts),
    apply(_state, _facts, a) {
      if (a.reason.trim() === '') return refuse('REASON_REQUIRED', '不予处罚须写明理由');
      return { next: 'no_penalty', closed: ['decision', 'hearing_request'] };
    },
    fold: (r, a) => ({ ...r, decidedOn: a.decidedOn, noPenaltyReason: a.reason }),
  }),

  serve: action({
    label: '送达',
    permission: 'cases.handle',
    input: { servedOn: dateField('送达日期'), method: z.enum(SERVICE_METHODS).describe('送达方式') },
    dates: (a) => [a.servedOn],
    apply(_state, facts, a) {
      if (a.method === 'electronic' && !facts.electronicServiceConsent) {
        return refuse('ELECTRONIC_SERVICE_NO_CONSENT', '当事人未签署同意电子送达的确认书，不得采用电子送达');
      }
      return {
        next: 'served',
        closed: ['service'],
        opened: fineOf(facts.decidedPenalty) > 0 ? [paymentDeadline(facts.calendar, a.servedOn)] : [],
      };
    },
    fold: (r, a) => ({ ...r, servedOn: a.servedOn, serviceMethod: a.method }),
  }),

  begin_execution: action({
    label: '执行（催告/申请强制执行）',
    permission: 'cases.handle',
    input: { on: dateField('日期') },
    dates: (a) => [a.on],
    apply: () => ({ next: 'executing' }),
    fold: (r, a) => ({ ...r, executionStartedOn: a.on }),
  }),

  record_payment: action({
    label: '登记缴纳罚款',
    permission: 'cases.handle',
    input: {
      paidOn: dateField('缴款日期'),
      amountFen: z.number().int().nonnegative().max(1e14).describe('缴纳金额（分）'),
    },
    dates: (a) => [a.paidOn],
    precheck: (_state, facts) =>
      fineOf(facts.decidedPenalty) <= 0 ? refuse('NO_FINE_TO_PAY', '处罚决定不含罚款') : null,
    apply(_state, facts, a) {
      const fine = fineOf(facts.decidedPenalty);
      if (facts.servedOn === null) return refuse('PAYMENT_INSUFFICIENT', '处罚决定书尚未送达');
      const payment = paymentDeadline(facts.calendar, facts.servedOn);
      if (isAfter(payment, a.paidOn) === 'unknown') return uncovered(refuse, payment);
      const due = payment.due;
      const owed = fine + lateSurchargeFen(fine, daysLate(due, a.paidOn));
      if (a.amountFen < owed) {
        return refuse(
          'PAYMENT_INSUFFICIENT',
          `应缴 ${yuan(owed)} 元（罚款 ${yuan(fine)} 元，缴纳期限至 ${due}，逾期每日加处罚款数额百分之三），实缴 ${yuan(a.amountFen)} 元`,
        );
      }
      return { next: 'paid', closed: ['payment'] };
    },
    fold: (r, a) => ({ ...r, payments: [...r.payments, { paidOn: a.paidOn, amountFen: a.amountFen }] }),
  }),

  complete_execution: action({
    label: '执行完毕',
    permission: 'cases.handle',
    input: { on: dateField('日期') },
    dates: (a) => [a.on],
    apply: () => ({ next: 'paid', closed: ['payment'] }),
    fold: (r) => r,
  }),

  close: action({
    label: '结案',
    permission: 'cases.handle',
    input: { on: dateField('结案日期') },
    dates: (a) => [a.on],
    precheck(state, facts) {
      if (state === 'served' && fineOf(facts.decidedPenalty) > 0)
        return refuse('EXECUTION_NOT_FINISHED', '罚款尚未缴纳或执行完毕，不能结案');
      return null;
    },
    apply: () => ({ next: 'closed' }),
    fold: (r, a) => ({ ...r, closedOn: a.on }),
  }),

  revoke: action({
    label: '撤销案件',
    permission: 'cases.approve',
    input: { on: dateField('日期'), reason: textField('理由') },
    dates: (a) => [a.on],
    apply(_state, _facts, a) {
      if (a.reason.trim() === '') return refuse('REASON_REQUIRED', '撤销案件须写明理由');
      // Its open deadlines are cancelled, not met: the service cancels every open deadline of a case
      // that reaches a finished state.
      return { next: 'revoked' };
    },
    fold: (r, a) => ({ ...r, revokedReason: a.reason }),
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
