// C1–C2 the 行政处罚 procedure as a state machine: pure `transition` with guards and `allowedActions`
// for the UI. The state is never set directly; the caller stores the state returned here and folds the
// action's data into its facts. Guards each carry a stable code and the article they enforce.
// Money is integer fen; dates are `YYYY-MM-DD` legal dates.
import { CalendarNotCoveredError, CITATIONS as CALENDAR_CITATIONS, type WorkingCalendar } from '../../platform/calendar/rules.ts';
import { certificateValidity, type Category, type CertificateFacts } from '../bodies/rules.ts';
import type { PenaltyKind } from '../catalog/model.ts';
import {
  LIMITATION_CITATION,
  SURCHARGE_CITATION,
  daysLate,
  decisionDeadline,
  earliestHearingDate,
  hearingRequestDeadline,
  lateSurchargeFen,
  limitationLastDay,
  parseDate,
  paymentDeadline,
  serviceDeadline,
  type ComputedDeadline,
  type DeadlineKey,
  type ExtensionApproval,
  type PauseRange,
} from './deadlines.ts';

export const CASE_STATES = [
  'lead', // 线索/受理
  'filed', // 立案
  'investigating', // 调查取证
  'investigation_closed', // 调查终结
  'legal_review', // 法制审核
  'collective_discussion', // 集体讨论
  'notified', // 事先告知
  'statement', // 陈述申辩
  'hearing_requested', // 要求听证
  'hearing_scheduled', // 听证已通知
  'hearing_held', // 听证已举行
  'waived', // 放弃陈述申辩/听证 (or the period lapsed)
  'decided', // 决定
  'served', // 送达
  'executing', // 执行中
  'paid', // 执行完毕/已缴纳
  'closed', // 结案
  'archived', // 归档
  'not_filed', // 不予立案
  'no_penalty', // 不予处罚
  'revoked', // 撤销
] as const;
export type CaseState = (typeof CASE_STATES)[number];

export const CASE_STATE_LABELS: Record<CaseState, string> = {
  lead: '线索/受理',
  filed: '立案',
  investigating: '调查取证',
  investigation_closed: '调查终结',
  legal_review: '法制审核',
  collective_discussion: '集体讨论',
  notified: '事先告知',
  statement: '陈述申辩',
  hearing_requested: '申请听证',
  hearing_scheduled: '听证已通知',
  hearing_held: '听证已举行',
  waived: '放弃陈述申辩和听证',
  decided: '已作出处罚决定',
  served: '已送达',
  executing: '执行中',
  paid: '执行完毕',
  closed: '结案',
  archived: '归档',
  not_filed: '不予立案',
  no_penalty: '不予处罚',
  revoked: '撤销',
};

export interface Penalty {
  kinds: PenaltyKind[];
  /** Fine in fen; null or 0 when no fine. */
  fineFen: number | null;
}

export type ServiceMethod = 'in_person' | 'left_at_domicile' | 'mail' | 'electronic' | 'public_notice' | 'entrusted';

export type CaseAction =
  | { type: 'file'; filedOn: string; approvedBy: string }
  | { type: 'decline_filing'; on: string; reason: string }
  | { type: 'decide_simple'; decidedOn: string; penalty: Penalty }
  | { type: 'start_investigation'; on: string }
  | { type: 'close_investigation'; on: string }
  | { type: 'submit_review'; on: string }
  | { type: 'return_for_investigation'; on: string }
  | { type: 'hold_collective_discussion'; heldOn: string }
  | { type: 'notify'; servedOn: string; penalty: Penalty }
  | { type: 'submit_statement'; on: string }
  | { type: 'waive_rights'; on: string }
  | { type: 'request_hearing'; requestedOn: string }
  | { type: 'schedule_hearing'; noticeServedOn: string; hearingOn: string; hostId: string }
  | { type: 'hold_hearing'; heldOn: string }
  | { type: 'withdraw_hearing'; on: string }
  | { type: 'decide'; decidedOn: string; penalty: Penalty }
  | { type: 'decide_no_penalty'; decidedOn: string; reason: string }
  | { type: 'serve'; servedOn: string; method: ServiceMethod }
  | { type: 'begin_execution'; on: string }
  | { type: 'record_payment'; paidOn: string; amountFen: number }
  | { type: 'complete_execution'; on: string }
  | { type: 'close'; on: string }
  | { type: 'revoke'; on: string; reason: string }
  | { type: 'archive'; on: string };
export type CaseActionType = CaseAction['type'];

export const CASE_ACTION_LABELS: Record<CaseActionType, string> = {
  file: '立案',
  decline_filing: '不予立案',
  decide_simple: '简易程序当场处罚',
  start_investigation: '开始调查取证',
  close_investigation: '调查终结',
  submit_review: '提交法制审核',
  return_for_investigation: '退回补充调查',
  hold_collective_discussion: '集体讨论',
  notify: '事先告知',
  submit_statement: '记录陈述申辩',
  waive_rights: '放弃陈述申辩和听证',
  request_hearing: '申请听证',
  schedule_hearing: '通知听证',
  hold_hearing: '举行听证',
  withdraw_hearing: '放弃听证',
  decide: '作出处罚决定',
  decide_no_penalty: '不予处罚',
  serve: '送达',
  begin_execution: '执行（催告/申请强制执行）',
  record_payment: '登记缴纳罚款',
  complete_execution: '执行完毕',
  close: '结案',
  revoke: '撤销案件',
  archive: '归档',
};

export interface Officer {
  id: string;
  name?: string;
  certificate: (CertificateFacts & { categories: readonly Category[] }) | null;
}

/** What the guards need; the caller assembles it from the case record and the other modules. */
export interface CaseFacts {
  calendar: WorkingCalendar;
  category: Category;
  partyType: 'person' | 'organisation';
  /** Officers handling the case (承办人员). */
  officers: readonly Officer[];
  /** Ids of the officers who investigated; the hearing host must not be one of them. */
  investigatorIds: readonly string[];
  /** The day the violation ended (or happened); Art. 36 counts from here. */
  violationOn: string | null;
  /** Life/health safety endangered with harmful consequences: limitation 5 years instead of 2. */
  lifeHealthHarmed: boolean;
  discoveredOn: string | null;
  filedOn: string | null;
  /** 事先告知 served on the party. */
  noticeServedOn: string | null;
  proposedPenalty: Penalty | null;
  statementOn: string | null;
  waivedOn: string | null;
  hearingRequestedOn: string | null;
  hearingNoticeServedOn: string | null;
  hearingOn: string | null;
  hearingHostId: string | null;
  hearingHeldOn: string | null;
  hearingWithdrawnOn: string | null;
  /** Supplied by the review module (D1, D8). */
  reviewRequired: boolean;
  reviewPassed: boolean;
  /** Art. 57 第二款: complex or serious cases are decided by collective discussion. */
  collectiveDiscussionRequired: boolean;
  collectiveDiscussionHeldOn: string | null;
  extensionApprovals: readonly ExtensionApproval[];
  /** Periods excluded from the decision period (检测、检验、检疫、鉴定, 听证…). */
  pauses: readonly PauseRange[];
  decidedOn: string | null;
  decidedPenalty: Penalty | null;
  servedOn: string | null;
  /** Signed consent to electronic service (Art. 61 第二款). */
  electronicServiceConsent: boolean;
}

export type Refusal = { ok: false; code: string; message: string; citation: string };
export type TransitionResult =
  | { ok: true; next: CaseState; deadlinesOpened: ComputedDeadline[]; deadlinesClosed: DeadlineKey[] }
  | Refusal;

const LAW = '《中华人民共和国行政处罚法》';
export const GUARD_CITATIONS = {
  NOT_ALLOWED_IN_STATE: `${LAW}第五十四条至第六十七条（普通程序）`,
  DATE_IN_FUTURE: '本平台规则：记录的日期不得晚于当日（执法全过程记录 C8）',
  DATE_INVALID: '本平台规则：日期须为 YYYY-MM-DD 格式的真实日期',
  OFFICERS_INSUFFICIENT: `${LAW}第四十二条`,
  FILING_APPROVAL_MISSING: `${LAW}第五十四条第二款`,
  DISCOVERY_DATE_MISSING: LIMITATION_CITATION,
  LIMITATION_EXPIRED: LIMITATION_CITATION,
  SIMPLE_LIMIT_EXCEEDED: `${LAW}第五十一条`,
  REASON_REQUIRED: `${LAW}第五十七条`,
  REVIEW_NOT_REQUIRED: `${LAW}第五十八条`,
  REVIEW_NOT_PASSED: `${LAW}第五十八条；本平台 D8 法制审核闸门`,
  COLLECTIVE_DISCUSSION_REQUIRED: `${LAW}第五十七条第二款`,
  NOTICE_PENALTY_EMPTY: `${LAW}第四十四条`,
  NOTICE_NOT_SERVED: `${LAW}第四十四条、第六十二条`,
  HEARING_REQUEST_LATE: `${LAW}第六十四条第一项`,
  HEARING_NOTICE_TOO_LATE: `${LAW}第六十四条第二项`,
  HEARING_HOST_IS_INVESTIGATOR: `${LAW}第六十四条第四项`,
  HEARING_BEFORE_SCHEDULED_DATE: `${LAW}第六十四条第二项`,
  HEARING_PENDING: `${LAW}第六十二条、第六十五条`,
  RIGHTS_PERIOD_OPEN: `${LAW}第六十二条`,
  DECISION_PENALTY_EMPTY: `${LAW}第六十一条`,
  DECISION_HEAVIER_THAN_NOTIFIED: `${LAW}第四十五条第二款、第六十二条`,
  DECISION_OVERDUE: `${LAW}第六十条`,
  ELECTRONIC_SERVICE_NO_CONSENT: `${LAW}第六十一条第二款`,
  PAYMENT_INSUFFICIENT: SURCHARGE_CITATION,
  NO_FINE_TO_PAY: `${LAW}第六十七条`,
  EXECUTION_NOT_FINISHED: `${LAW}第七十二条`,
  CALENDAR_NOT_COVERED: CALENDAR_CITATIONS.workingDays,
} as const;
export type GuardCode = keyof typeof GUARD_CITATIONS;

/** Limits of 简易程序 in fen (Art. 51: 二百元 / 三千元). */
export const SIMPLE_PROCEDURE_LIMIT_FEN = { person: 20_000, organisation: 300_000 } as const;
export const SIMPLE_PROCEDURE_KINDS: readonly PenaltyKind[] = ['warning', 'fine'];
export const MIN_OFFICERS = 2;

function refuse(code: GuardCode, message: string): Refusal {
  return { ok: false, code, message, citation: GUARD_CITATIONS[code] };
}

const yuan = (fen: number): string => (fen / 100).toFixed(2);
const fineOf = (p: Penalty | null): number => p?.fineFen ?? 0;

/** Which actions each state offers before guards; the order is the order the UI shows them. */
export const ACTIONS_FROM: Readonly<Record<CaseState, readonly CaseActionType[]>> = {
  lead: ['file', 'decide_simple', 'decline_filing'],
  filed: ['start_investigation', 'revoke'],
  investigating: ['close_investigation', 'revoke'],
  investigation_closed: ['submit_review', 'hold_collective_discussion', 'notify', 'decide_no_penalty', 'revoke'],
  legal_review: ['hold_collective_discussion', 'notify', 'decide', 'decide_no_penalty', 'return_for_investigation', 'revoke'],
  collective_discussion: ['notify', 'decide', 'decide_no_penalty', 'submit_review', 'revoke'],
  notified: ['submit_statement', 'request_hearing', 'waive_rights', 'decide', 'revoke'],
  statement: ['request_hearing', 'submit_review', 'hold_collective_discussion', 'decide', 'decide_no_penalty', 'notify', 'revoke'],
  hearing_requested: ['schedule_hearing', 'withdraw_hearing', 'revoke'],
  hearing_scheduled: ['hold_hearing', 'withdraw_hearing', 'revoke'],
  hearing_held: ['submit_review', 'hold_collective_discussion', 'decide', 'decide_no_penalty', 'notify', 'revoke'],
  waived: ['submit_review', 'hold_collective_discussion', 'decide', 'decide_no_penalty', 'notify', 'revoke'],
  decided: ['serve'],
  served: ['record_payment', 'begin_execution', 'close'],
  executing: ['record_payment', 'complete_execution'],
  paid: ['close'],
  closed: ['archive'],
  archived: [],
  not_filed: ['archive'],
  no_penalty: ['archive'],
  revoked: ['archive'],
};

/** Deadlines a case may have open; `revoke` closes them all. */
const OPEN_KEYS: readonly DeadlineKey[] = ['decision', 'hearing_request', 'service', 'payment'];

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

function checkOfficers(facts: CaseFacts, date: string): Refusal | null {
  const qualified = facts.officers.filter(
    (o) => o.certificate !== null && o.certificate.categories.includes(facts.category) && certificateValidity(o.certificate, date).valid,
  );
  const ids = new Set(qualified.map((o) => o.id));
  if (ids.size >= MIN_OFFICERS) return null;
  return refuse(
    'OFFICERS_INSUFFICIENT',
    `执法人员不得少于两人且须持有效执法证件（含本案执法类别）；${date} 符合条件的仅 ${ids.size} 人`,
  );
}

function checkLimitation(facts: CaseFacts): Refusal | null {
  if (facts.violationOn === null) return null; // unknown date: the filing report must state it, not this guard
  if (facts.discoveredOn === null) return refuse('DISCOVERY_DATE_MISSING', '请填写违法行为的发现日期，以核对追责时效');
  const last = limitationLastDay(facts.violationOn, facts.lifeHealthHarmed);
  if (facts.discoveredOn <= last) return null;
  return refuse(
    'LIMITATION_EXPIRED',
    `违法行为于 ${facts.violationOn} 发生（终了），在${facts.lifeHealthHarmed ? '五' : '二'}年内（至 ${last}）未被发现，不再给予行政处罚`,
  );
}

/** Art. 64(1): the hearing is requested within 5 working days of the notice's service. */
function checkHearingRequest(facts: CaseFacts, date: string): Refusal | null {
  if (facts.noticeServedOn === null) return refuse('NOTICE_NOT_SERVED', '尚未送达行政处罚事先告知书');
  const last = hearingRequestDeadline(facts.calendar, facts.noticeServedOn).due;
  if (date <= last) return null;
  return refuse('HEARING_REQUEST_LATE', `当事人应当在告知后五个工作日内（至 ${last}）提出听证申请，${date} 已逾期`);
}

function checkReviewGate(facts: CaseFacts): Refusal | null {
  if (!facts.reviewRequired || facts.reviewPassed) return null;
  return refuse('REVIEW_NOT_PASSED', '本案须经法制审核，审核未通过前不得作出决定');
}

function checkCollective(facts: CaseFacts): Refusal | null {
  if (!facts.collectiveDiscussionRequired || facts.collectiveDiscussionHeldOn !== null) return null;
  return refuse('COLLECTIVE_DISCUSSION_REQUIRED', '本案情节复杂或者重大违法，须经行政机关负责人集体讨论决定');
}

/** Art. 62: notice served and the party heard (statement, waiver, hearing held, or the period lapsed). */
function checkRightsPhase(facts: CaseFacts, date: string): Refusal | null {
  if (facts.noticeServedOn === null) return refuse('NOTICE_NOT_SERVED', '未向当事人送达行政处罚事先告知书，不得作出行政处罚决定');
  if (facts.hearingRequestedOn !== null && facts.hearingHeldOn === null && facts.hearingWithdrawnOn === null) {
    return refuse('HEARING_PENDING', '当事人已申请听证，听证结束前不得作出行政处罚决定');
  }
  if (facts.statementOn !== null || facts.waivedOn !== null || facts.hearingHeldOn !== null || facts.hearingWithdrawnOn !== null) {
    return null;
  }
  const last = hearingRequestDeadline(facts.calendar, facts.noticeServedOn).due;
  if (date > last) return null;
  return refuse('RIGHTS_PERIOD_OPEN', `当事人陈述、申辩和申请听证的期限至 ${last} 届满，期满前不得作出决定`);
}

/** Art. 62 / 45: kinds ⊆ notified kinds and fine ≤ notified fine. */
function checkNotHeavier(facts: CaseFacts, penalty: Penalty): Refusal | null {
  const notified = facts.proposedPenalty;
  if (notified === null) return refuse('NOTICE_NOT_SERVED', '未告知拟作出的行政处罚，不得作出行政处罚决定');
  const extra = penalty.kinds.filter((k) => !notified.kinds.includes(k));
  if (extra.length > 0) {
    return refuse('DECISION_HEAVIER_THAN_NOTIFIED', `决定的处罚种类（${extra.join('、')}）未经事先告知，须重新告知`);
  }
  if (fineOf(penalty) > fineOf(notified)) {
    return refuse(
      'DECISION_HEAVIER_THAN_NOTIFIED',
      `决定的罚款 ${yuan(fineOf(penalty))} 元高于告知的 ${yuan(fineOf(notified))} 元，须重新告知`,
    );
  }
  return null;
}

function checkDecisionPeriod(facts: CaseFacts, date: string): Refusal | null {
  if (facts.filedOn === null) return null; // simple procedure or a case filed before the platform
  const d = decisionDeadline(facts.calendar, facts.filedOn, { extensions: facts.extensionApprovals, pauses: facts.pauses });
  if (date <= d.due) return null;
  return refuse('DECISION_OVERDUE', `作出决定的期限已于 ${d.due} 届满，须经行政机关负责人批准延长后方可决定`);
}

function checkPenaltyShape(p: Penalty): Refusal | null {
  const fine = fineOf(p);
  if (!Number.isSafeInteger(fine) || fine < 0) return refuse('DECISION_PENALTY_EMPTY', '罚款金额须为非负整数（分）');
  if (fine > 0 && !p.kinds.includes('fine')) return refuse('DECISION_PENALTY_EMPTY', '处罚种类未包含罚款，却填写了罚款金额');
  if (p.kinds.length === 0) return refuse('DECISION_PENALTY_EMPTY', '处罚决定须至少包含一种处罚；不予处罚请选择“不予处罚”');
  return null;
}

/**
 * Guards that depend only on the state, the facts and the day — what `allowedActions` evaluates.
 * Returns null when the action may be offered.
 */
function precheck(state: CaseState, facts: CaseFacts, type: CaseActionType, today: string): Refusal | null {
  if (!ACTIONS_FROM[state].includes(type)) {
    return refuse('NOT_ALLOWED_IN_STATE', `当前环节“${CASE_STATE_LABELS[state]}”不能执行“${CASE_ACTION_LABELS[type]}”`);
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
      return checkRightsPhase(facts, today) ?? checkReviewGate(facts) ?? checkCollective(facts) ?? checkDecisionPeriod(facts, today) ?? checkOfficers(facts, today);
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
    case 'decline_filing':
    case 'start_investigation':
    case 'close_investigation':
    case 'return_for_investigation':
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
      return {
        next: 'filed',
        opened: [decisionDeadline(cal, a.filedOn, { extensions: facts.extensionApprovals, pauses: facts.pauses })],
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
        return refuse('SIMPLE_LIMIT_EXCEEDED', `简易程序只能当场给予警告或者罚款，不能给予：${outside.join('、')}`);
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
    case 'close_investigation':
      return { next: 'investigation_closed' };
    case 'submit_review':
      return { next: 'legal_review' };
    case 'return_for_investigation':
      return { next: 'investigating' };
    case 'hold_collective_discussion':
      return { next: 'collective_discussion' };
    case 'notify': {
      if (a.penalty.kinds.length === 0) return refuse('NOTICE_PENALTY_EMPTY', '事先告知须载明拟作出的行政处罚');
      const shape = checkPenaltyShape(a.penalty);
      if (shape) return shape;
      return { next: 'notified', opened: [hearingRequestDeadline(cal, a.servedOn)] };
    }
    case 'submit_statement':
      return { next: 'statement' };
    case 'waive_rights':
      return { next: 'waived', closed: ['hearing_request'] };
    case 'request_hearing':
      return checkHearingRequest(facts, a.requestedOn) ?? { next: 'hearing_requested', closed: ['hearing_request'] };
    case 'schedule_hearing': {
      parseDate(a.hearingOn, 'hearingOn');
      if (facts.investigatorIds.includes(a.hostId)) {
        return refuse('HEARING_HOST_IS_INVESTIGATOR', '听证主持人不得由本案调查人员担任');
      }
      const earliest = earliestHearingDate(cal, a.noticeServedOn).due;
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
      return { next: 'decided', opened: [serviceDeadline(cal, a.decidedOn)], closed: ['decision', 'hearing_request'] };
    }
    case 'decide_no_penalty':
      if (a.reason.trim() === '') return refuse('REASON_REQUIRED', '不予处罚须写明理由');
      return { next: 'no_penalty', closed: ['decision', 'hearing_request'] };
    case 'serve': {
      if (a.method === 'electronic' && !facts.electronicServiceConsent) {
        return refuse('ELECTRONIC_SERVICE_NO_CONSENT', '当事人未签署同意电子送达的确认书，不得采用电子送达');
      }
      const fine = fineOf(facts.decidedPenalty);
      return { next: 'served', closed: ['service'], opened: fine > 0 ? [paymentDeadline(cal, a.servedOn)] : [] };
    }
    case 'begin_execution':
      return { next: 'executing' };
    case 'record_payment': {
      const fine = fineOf(facts.decidedPenalty);
      if (facts.servedOn === null) return refuse('PAYMENT_INSUFFICIENT', '处罚决定书尚未送达');
      const due = paymentDeadline(cal, facts.servedOn).due;
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
      return { next: 'revoked', closed: [...OPEN_KEYS] };
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
export function transition(state: CaseState, facts: CaseFacts, action: CaseAction, today: string): TransitionResult {
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
