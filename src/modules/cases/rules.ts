// C1–C2 the 行政处罚 procedure as a state machine: pure `transition` with guards and `allowedActions`
// for the UI. The state is never set directly; the caller stores the state returned here and folds the
// action's data into its facts. Guards each carry a stable code and the article they enforce.
// Money is integer fen; dates are `YYYY-MM-DD` legal dates. The vocabulary is in penalty-model.ts, the
// guards in penalty-guards.ts; this file is the table of what each action does.
import { CalendarNotCoveredError } from '../../platform/calendar/rules.ts';
import {
  daysLate,
  decisionDeadline,
  earliestHearingDate,
  hearingRequestDeadline,
  isAfter,
  lateSurchargeFen,
  parseDate,
  paymentDeadline,
  preservationDisposalDeadline,
  serviceDeadline,
  type ComputedDeadline,
  type DeadlineKey,
} from './deadlines.ts';
import {
  SIMPLE_PROCEDURE_KINDS,
  SIMPLE_PROCEDURE_LIMIT_FEN,
  checkCollective,
  checkDecisionPeriod,
  checkHearingRequest,
  checkLimitation,
  checkNotHeavier,
  checkOfficers,
  checkPenaltyShape,
  checkReviewGate,
  checkRightsPhase,
  fineOf,
  refuse,
  uncovered,
  yuan,
} from './penalty-guards.ts';
import {
  ACTIONS_FROM,
  CASE_ACTION_LABELS,
  CASE_STATE_LABELS,
  type CaseAction,
  type CaseActionType,
  type CaseFacts,
  type CaseState,
  type Refusal,
  type TransitionResult,
} from './penalty-model.ts';

export * from './penalty-model.ts';
export {
  GUARD_CITATIONS,
  MIN_OFFICERS,
  SIMPLE_PROCEDURE_KINDS,
  SIMPLE_PROCEDURE_LIMIT_FEN,
  type GuardCode,
} from './penalty-guards.ts';

function actionDates(a: CaseAction): string[] {
  switch (a.type) {
    case 'file':
      return [a.filedOn];
    case 'decide_simple':
    case 'decide':
    case 'decide_no_penalty':
      return [a.decidedOn];
    case 'hold_collective_discussion':
    case 'hold_hearing':
      return [a.heldOn];
    case 'notify':
    case 'serve':
      return [a.servedOn];
    case 'request_hearing':
      return [a.requestedOn];
    case 'schedule_hearing':
      return [a.noticeServedOn]; // the hearing itself lies ahead
    case 'record_payment':
      return [a.paidOn];
    case 'record_review':
      return [a.reviewedOn];
    case 'extend_decision_period':
      return [a.approvedOn];
    case 'record_pause':
      return [a.from, a.to];
    case 'preserve_evidence':
      return [a.on];
    case 'decide_preservation':
      return [a.decidedOn];
    case 'decline_filing':
    case 'start_investigation':
    case 'close_investigation':
    case 'submit_review':
    case 'return_for_investigation':
    case 'submit_statement':
    case 'waive_rights':
    case 'withdraw_hearing':
    case 'begin_execution':
    case 'complete_execution':
    case 'close':
    case 'revoke':
    case 'archive':
      return [a.on];
  }
}

/**
 * Guards that depend only on the state, the facts and the day — what `allowedActions` evaluates.
 * Returns null when the action may be offered.
 */
function precheck(state: CaseState, facts: CaseFacts, type: CaseActionType, today: string): Refusal | null {
  if (!ACTIONS_FROM[state].includes(type)) {
    return refuse(
      'NOT_ALLOWED_IN_STATE',
      `当前环节“${CASE_STATE_LABELS[state]}”不能执行“${CASE_ACTION_LABELS[type]}”`,
    );
  }
  switch (type) {
    case 'file':
      return checkOfficers(facts, today) ?? checkLimitation(facts);
    case 'decide_simple':
      return checkOfficers(facts, today) ?? checkLimitation(facts);
    case 'submit_review':
      if (!facts.reviewRequired) return refuse('REVIEW_NOT_REQUIRED', '本案无须法制审核');
      if (facts.reviewPassed) return refuse('REVIEW_NOT_REQUIRED', '本案法制审核已通过');
      return null;
    case 'hold_collective_discussion':
      return state === 'legal_review' ? checkReviewGate(facts) : null;
    case 'notify':
      return state === 'legal_review' ? checkReviewGate(facts) : null;
    case 'decide':
      return (
        checkRightsPhase(facts, today) ??
        checkReviewGate(facts) ??
        checkCollective(facts) ??
        checkDecisionPeriod(facts, today) ??
        checkOfficers(facts, today)
      );
    case 'decide_no_penalty':
      return checkReviewGate(facts) ?? checkCollective(facts);
    case 'request_hearing':
      return checkHearingRequest(facts, today);
    case 'hold_hearing':
      if (facts.hearingOn !== null && today < facts.hearingOn) {
        return refuse('HEARING_BEFORE_SCHEDULED_DATE', `听证定于 ${facts.hearingOn} 举行，不得提前`);
      }
      return null;
    case 'record_payment':
      if (fineOf(facts.decidedPenalty) <= 0) return refuse('NO_FINE_TO_PAY', '处罚决定不含罚款');
      return null;
    case 'close':
      if (state === 'served' && fineOf(facts.decidedPenalty) > 0) {
        return refuse('EXECUTION_NOT_FINISHED', '罚款尚未缴纳或执行完毕，不能结案');
      }
      return null;
    case 'record_review':
      if (facts.reviewPassed) return refuse('REVIEW_NOT_REQUIRED', '本案法制审核已通过');
      return null;
    case 'preserve_evidence':
      if (facts.preservationOpenOn !== null)
        return refuse(
          'PRESERVATION_PENDING',
          `${facts.preservationOpenOn} 先行登记保存的物品尚未作出处理决定`,
        );
      return null;
    case 'decide_preservation':
      if (facts.preservationOpenOn === null) return refuse('NO_PRESERVATION', '没有待处理的先行登记保存物品');
      return null;
    case 'decline_filing':
    case 'start_investigation':
    case 'close_investigation':
    case 'return_for_investigation':
    case 'extend_decision_period':
    case 'record_pause':
    case 'submit_statement':
    case 'waive_rights':
    case 'schedule_hearing':
    case 'withdraw_hearing':
    case 'serve':
    case 'begin_execution':
    case 'complete_execution':
    case 'revoke':
    case 'archive':
      return null;
  }
}

type Outcome = { next: CaseState; opened?: ComputedDeadline[]; closed?: DeadlineKey[] } | Refusal;

function apply(state: CaseState, facts: CaseFacts, a: CaseAction): Outcome {
  const cal = facts.calendar;
  switch (a.type) {
    case 'file': {
      if (a.approvedBy.trim() === '') return refuse('FILING_APPROVAL_MISSING', '立案须经行政机关负责人批准');
      if (facts.discoveredOn !== null && a.filedOn < facts.discoveredOn) {
        return refuse('DATE_INVALID', `立案日期 ${a.filedOn} 早于发现违法行为的日期 ${facts.discoveredOn}`);
      }
      return {
        next: 'filed',
        opened: [
          decisionDeadline(cal, a.filedOn, { extensions: facts.extensionApprovals, pauses: facts.pauses }),
        ],
      };
    }
    case 'decline_filing':
      if (a.reason.trim() === '') return refuse('REASON_REQUIRED', '不予立案须写明理由');
      return { next: 'not_filed' };
    case 'decide_simple': {
      const shape = checkPenaltyShape(a.penalty);
      if (shape) return shape;
      const outside = a.penalty.kinds.filter((k) => !SIMPLE_PROCEDURE_KINDS.includes(k));
      if (outside.length > 0) {
        return refuse(
          'SIMPLE_LIMIT_EXCEEDED',
          `简易程序只能当场给予警告或者罚款，不能给予：${outside.join('、')}`,
        );
      }
      const limit = SIMPLE_PROCEDURE_LIMIT_FEN[facts.partyType];
      if (fineOf(a.penalty) > limit) {
        return refuse(
          'SIMPLE_LIMIT_EXCEEDED',
          `简易程序对${facts.partyType === 'person' ? '公民' : '法人或者其他组织'}的罚款不得超过 ${yuan(limit)} 元，拟处 ${yuan(fineOf(a.penalty))} 元，应适用普通程序`,
        );
      }
      return { next: 'decided', opened: [serviceDeadline(cal, a.decidedOn)] };
    }
    case 'start_investigation':
      return { next: 'investigating' };
    case 'close_investigation': {
      const shape = a.proposal === null ? null : checkPenaltyShape(a.proposal);
      return shape ?? { next: 'investigation_closed' };
    }
    case 'submit_review':
      return { next: 'legal_review' };
    case 'record_review':
      if (a.opinion.trim() === '') return refuse('REVIEW_OPINION_REQUIRED', '法制审核须出具书面审核意见');
      return { next: 'legal_review' };
    case 'extend_decision_period': {
      if (a.reason.trim() === '') return refuse('REASON_REQUIRED', '延长办案期限须写明理由');
      if (facts.filedOn === null) return refuse('NOT_ALLOWED_IN_STATE', '案件尚未立案');
      const current = decisionDeadline(cal, facts.filedOn, {
        extensions: facts.extensionApprovals,
        pauses: facts.pauses,
      });
      const lapsed = isAfter(current, a.approvedOn);
      if (lapsed === 'unknown') return uncovered(current);
      if (lapsed) {
        return refuse('EXTENSION_AFTER_EXPIRY', `办案期限已于 ${current.due} 届满，延长须在期限届满前批准`);
      }
      const extensions = [
        ...facts.extensionApprovals,
        { days: a.days, approvedOn: a.approvedOn, approvedBy: a.approvedBy ?? '' },
      ];
      return {
        next: state,
        opened: [decisionDeadline(cal, facts.filedOn, { extensions, pauses: facts.pauses })],
      };
    }
    case 'preserve_evidence':
      if (a.items.trim() === '' || a.reason.trim() === '')
        return refuse('REASON_REQUIRED', '先行登记保存须列明物品清单和理由');
      return { next: state, opened: [preservationDisposalDeadline(cal, a.on)] };
    case 'decide_preservation':
      if (a.decision.trim() === '')
        return refuse('REASON_REQUIRED', '须写明处理决定（如：解除保存、移送、依法予以没收）');
      if (facts.preservationOpenOn !== null && a.decidedOn < facts.preservationOpenOn)
        return refuse('DATE_INVALID', '处理决定日期早于先行登记保存日期');
      // A late decision is still recorded; the closed deadline shows it was late.
      return { next: state, closed: ['preservation_disposal'] };
    case 'record_pause': {
      if (a.reason.trim() === '')
        return refuse('REASON_REQUIRED', '须写明不计入办案期限的事由（检测、检验、检疫、鉴定等）');
      if (a.to < a.from) return refuse('DATE_INVALID', `结束日期 ${a.to} 早于开始日期 ${a.from}`);
      if (facts.filedOn === null || a.from <= facts.filedOn)
        return refuse('DATE_INVALID', '不计入期间须在立案之后');
      const pauses = [...facts.pauses, { from: a.from, to: a.to, reason: a.reason }];
      return {
        next: state,
        opened: [decisionDeadline(cal, facts.filedOn, { extensions: facts.extensionApprovals, pauses })],
      };
    }
    case 'return_for_investigation':
      return { next: 'investigating' };
    case 'hold_collective_discussion':
      return { next: 'collective_discussion' };
    case 'notify': {
      if (a.penalty.kinds.length === 0)
        return refuse('NOTICE_PENALTY_EMPTY', '事先告知须载明拟作出的行政处罚');
      const shape = checkPenaltyShape(a.penalty);
      if (shape) return shape;
      return { next: 'notified', opened: [hearingRequestDeadline(cal, a.servedOn)] };
    }
    case 'submit_statement':
      return { next: 'statement' };
    case 'waive_rights':
      return { next: 'waived', closed: ['hearing_request'] };
    case 'request_hearing':
      return (
        checkHearingRequest(facts, a.requestedOn) ?? {
          next: 'hearing_requested',
          closed: ['hearing_request'],
        }
      );
    case 'schedule_hearing': {
      parseDate(a.hearingOn, 'hearingOn');
      if (facts.officers.some((o) => o.id === a.hostId)) {
        return refuse('HEARING_HOST_IS_INVESTIGATOR', '听证主持人不得由本案调查人员担任');
      }
      const earliestDeadline = earliestHearingDate(cal, a.noticeServedOn);
      const earliest = earliestDeadline.due;
      // Provisional: the earliest day may lie later than the lower bound, so only an earlier day is sure.
      if (earliestDeadline.provisional && a.hearingOn >= earliest) return uncovered(earliestDeadline);
      if (a.hearingOn < earliest) {
        return refuse(
          'HEARING_NOTICE_TOO_LATE',
          `听证通知须在举行听证的七日前送达：${a.noticeServedOn} 送达通知的，听证最早于 ${earliest} 举行`,
        );
      }
      return { next: 'hearing_scheduled' };
    }
    case 'hold_hearing':
      if (facts.hearingOn !== null && a.heldOn < facts.hearingOn) {
        return refuse('HEARING_BEFORE_SCHEDULED_DATE', `听证定于 ${facts.hearingOn} 举行，不得提前`);
      }
      return { next: 'hearing_held' };
    case 'withdraw_hearing':
      return { next: 'waived' };
    case 'decide': {
      const r =
        checkPenaltyShape(a.penalty) ??
        checkRightsPhase(facts, a.decidedOn) ??
        checkReviewGate(facts) ??
        checkCollective(facts) ??
        checkNotHeavier(facts, a.penalty) ??
        checkDecisionPeriod(facts, a.decidedOn) ??
        checkOfficers(facts, a.decidedOn);
      if (r) return r;
      return {
        next: 'decided',
        opened: [serviceDeadline(cal, a.decidedOn)],
        closed: ['decision', 'hearing_request'],
      };
    }
    case 'decide_no_penalty':
      if (a.reason.trim() === '') return refuse('REASON_REQUIRED', '不予处罚须写明理由');
      return { next: 'no_penalty', closed: ['decision', 'hearing_request'] };
    case 'serve': {
      if (a.method === 'electronic' && !facts.electronicServiceConsent) {
        return refuse('ELECTRONIC_SERVICE_NO_CONSENT', '当事人未签署同意电子送达的确认书，不得采用电子送达');
      }
      const fine = fineOf(facts.decidedPenalty);
      return {
        next: 'served',
        closed: ['service'],
        opened: fine > 0 ? [paymentDeadline(cal, a.servedOn)] : [],
      };
    }
    case 'begin_execution':
      return { next: 'executing' };
    case 'record_payment': {
      const fine = fineOf(facts.decidedPenalty);
      if (facts.servedOn === null) return refuse('PAYMENT_INSUFFICIENT', '处罚决定书尚未送达');
      const payment = paymentDeadline(cal, facts.servedOn);
      if (isAfter(payment, a.paidOn) === 'unknown') return uncovered(payment);
      const due = payment.due;
      const owed = fine + lateSurchargeFen(fine, daysLate(due, a.paidOn));
      if (a.amountFen < owed) {
        return refuse(
          'PAYMENT_INSUFFICIENT',
          `应缴 ${yuan(owed)} 元（罚款 ${yuan(fine)} 元，缴纳期限至 ${due}，逾期每日加处罚款数额百分之三），实缴 ${yuan(a.amountFen)} 元`,
        );
      }
      return { next: 'paid', closed: ['payment'] };
    }
    case 'complete_execution':
      return { next: 'paid', closed: ['payment'] };
    case 'close':
      return { next: 'closed' };
    case 'revoke':
      if (a.reason.trim() === '') return refuse('REASON_REQUIRED', '撤销案件须写明理由');
      // Its open deadlines are cancelled, not met: the service cancels every open deadline of a case
      // that reaches a finished state.
      return { next: 'revoked' };
    case 'archive':
      return { next: 'archived' };
  }
}

function guarded(fn: () => Refusal | null): Refusal | null;
function guarded(fn: () => Outcome): Outcome;
function guarded(fn: () => Outcome | null): Outcome | null {
  try {
    return fn();
  } catch (error) {
    if (error instanceof CalendarNotCoveredError) return refuse('CALENDAR_NOT_COVERED', error.message);
    if (error instanceof RangeError) return refuse('DATE_INVALID', error.message);
    throw error;
  }
}

/** One step of the procedure. `today` bounds the action's dates (no future-dated records). */
export function transition(
  state: CaseState,
  facts: CaseFacts,
  action: CaseAction,
  today: string,
): TransitionResult {
  for (const d of actionDates(action)) {
    const bad = guarded(() => (parseDate(d), null));
    if (bad) return bad;
    if (d > today) return refuse('DATE_IN_FUTURE', `日期 ${d} 晚于今天 ${today}`);
  }
  const date = actionDates(action)[0] ?? today;
  const pre = guarded(() => precheck(state, facts, action.type, date));
  if (pre) return pre;
  const out = guarded(() => apply(state, facts, action));
  if ('ok' in out) return out;
  return { ok: true, next: out.next, deadlinesOpened: out.opened ?? [], deadlinesClosed: out.closed ?? [] };
}

/** The actions the UI may offer now: those of the state whose fact-level guards pass on `today`. */
export function allowedActions(state: CaseState, facts: CaseFacts, today: string): CaseActionType[] {
  return ACTIONS_FROM[state].filter((type) => guarded(() => precheck(state, facts, type, today)) === null);
}
