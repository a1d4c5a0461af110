// C1–C2 the 行政处罚 procedure's vocabulary: states, actions and the facts its guards read.
// Money is integer fen; dates are `YYYY-MM-DD` legal dates.
import type { PenaltyKind } from '../catalog/model.ts';
import type { ComputedDeadline, DeadlineKey, ExtensionApproval, PauseRange } from './deadlines.ts';
import type { BaseFacts, Officer, Refusal } from './machine.ts';

export type { Officer, Refusal };

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

export type ServiceMethod =
  'in_person' | 'left_at_domicile' | 'mail' | 'electronic' | 'public_notice' | 'entrusted';

export type CaseAction =
  | { type: 'file'; filedOn: string; approvedBy: string }
  | { type: 'decline_filing'; on: string; reason: string }
  | { type: 'decide_simple'; decidedOn: string; penalty: Penalty }
  | { type: 'start_investigation'; on: string }
  | {
      type: 'close_investigation';
      on: string;
      proposal: Penalty | null;
      collectiveDiscussionRequired: boolean;
      review?: ReviewDetermination;
    }
  | { type: 'submit_review'; on: string }
  | { type: 'record_review'; reviewedOn: string; passed: boolean; opinion: string }
  | { type: 'extend_decision_period'; approvedOn: string; days: number; reason: string; approvedBy?: string }
  | { type: 'record_pause'; from: string; to: string; reason: string }
  | { type: 'preserve_evidence'; on: string; items: string; reason: string }
  | { type: 'decide_preservation'; decidedOn: string; decision: string }
  | { type: 'return_for_investigation'; on: string }
  | { type: 'hold_collective_discussion'; heldOn: string }
  /** `hearingOffered` is set by the server from the body's 较大数额 figures in force, never by the client. */
  | { type: 'notify'; servedOn: string; penalty: Penalty; hearingOffered?: boolean }
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
  record_review: '登记法制审核意见',
  extend_decision_period: '延长办案期限',
  record_pause: '登记不计入办案期限的期间',
  preserve_evidence: '证据先行登记保存',
  decide_preservation: '先行登记保存物品处理决定',
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

/** The legal review determination made when the investigation closes (D1: the catalogue's review rules). */
export interface ReviewDetermination {
  required: boolean;
  reasons: string[];
}

/**
 * The stored record of a penalty case: what the guards read besides `BaseFacts`. Particulars
 * (violation and discovery dates, harm, service consent) are entered with the case; the rest is folded
 * in from accepted actions.
 */
export interface PenaltyRecord {
  /** The day the violation ended (or happened); Art. 36 counts from here. */
  violationOn: string | null;
  /** Life/health safety endangered with harmful consequences: limitation 5 years instead of 2. */
  lifeHealthHarmed: boolean;
  discoveredOn: string | null;
  filedOn: string | null;
  filingApprovedBy: string | null;
  investigationClosedOn: string | null;
  /** 案件调查终结报告的处理意见. */
  investigationProposal: Penalty | null;
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
  /**
   * Whether the notice offered a hearing (Art. 63), fixed when it is served: a later change of the
   * body's 较大数额 figures must not take back a right the party was told of. Null in records made
   * before this was stored, whose notices were written under the default figures of hearing.ts.
   */
  hearingOffered: boolean | null;
  /** D1/D8: set from the review catalogue when the investigation closes; the review module decides `reviewPassed`. */
  reviewRequired: boolean;
  reviewReasons: string[];
  reviewPassed: boolean;
  reviewOpinions: Array<{ reviewedOn: string; passed: boolean; opinion: string }>;
  /** Art. 57 第二款: complex or serious cases are decided by collective discussion. */
  collectiveDiscussionRequired: boolean;
  collectiveDiscussionHeldOn: string | null;
  extensionApprovals: ExtensionApproval[];
  /** Periods excluded from the decision period (检测、检验、检疫、鉴定, 听证…). */
  pauses: PauseRange[];
  /** 先行登记保存 (Art. 56): the preservation awaiting its disposal decision, and those decided. */
  preservationOpenOn: string | null;
  preservations: Array<{
    on: string;
    items: string;
    reason: string;
    decidedOn: string | null;
    decision: string | null;
  }>;
  simpleProcedure: boolean;
  decidedOn: string | null;
  decidedPenalty: Penalty | null;
  noPenaltyReason: string | null;
  servedOn: string | null;
  serviceMethod: ServiceMethod | null;
  /** Signed consent to electronic service (Art. 61 第二款). */
  electronicServiceConsent: boolean;
  payments: Array<{ paidOn: string; amountFen: number }>;
  executionStartedOn: string | null;
  closedOn: string | null;
  revokedReason: string | null;
  declinedReason: string | null;
  archivedOn: string | null;
}

/** What the guards read: the base facts the service assembles and the stored record. */
export type CaseFacts = BaseFacts & PenaltyRecord;

export type TransitionResult =
  | { ok: true; next: CaseState; deadlinesOpened: ComputedDeadline[]; deadlinesClosed: DeadlineKey[] }
  | Refusal;

/** Which actions each state offers before guards; the order is the order the UI shows them. */
export const ACTIONS_FROM: Readonly<Record<CaseState, readonly CaseActionType[]>> = {
  lead: ['file', 'decide_simple', 'decline_filing'],
  filed: [
    'start_investigation',
    'preserve_evidence',
    'decide_preservation',
    'extend_decision_period',
    'record_pause',
    'revoke',
  ],
  investigating: [
    'close_investigation',
    'preserve_evidence',
    'decide_preservation',
    'extend_decision_period',
    'record_pause',
    'revoke',
  ],
  investigation_closed: [
    'submit_review',
    'hold_collective_discussion',
    'notify',
    'decide_no_penalty',
    'extend_decision_period',
    'record_pause',
    'revoke',
  ],
  legal_review: [
    'record_review',
    'hold_collective_discussion',
    'notify',
    'decide',
    'decide_no_penalty',
    'return_for_investigation',
    'extend_decision_period',
    'record_pause',
    'revoke',
  ],
  collective_discussion: [
    'notify',
    'decide',
    'decide_no_penalty',
    'submit_review',
    'extend_decision_period',
    'record_pause',
    'revoke',
  ],
  notified: [
    'submit_statement',
    'request_hearing',
    'waive_rights',
    'decide',
    'extend_decision_period',
    'record_pause',
    'revoke',
  ],
  statement: [
    'request_hearing',
    'submit_review',
    'hold_collective_discussion',
    'decide',
    'decide_no_penalty',
    'notify',
    'extend_decision_period',
    'record_pause',
    'revoke',
  ],
  hearing_requested: [
    'schedule_hearing',
    'withdraw_hearing',
    'extend_decision_period',
    'record_pause',
    'revoke',
  ],
  hearing_scheduled: ['hold_hearing', 'withdraw_hearing', 'extend_decision_period', 'record_pause', 'revoke'],
  hearing_held: [
    'submit_review',
    'hold_collective_discussion',
    'decide',
    'decide_no_penalty',
    'notify',
    'extend_decision_period',
    'record_pause',
    'revoke',
  ],
  waived: [
    'submit_review',
    'hold_collective_discussion',
    'decide',
    'decide_no_penalty',
    'notify',
    'extend_decision_period',
    'record_pause',
    'revoke',
  ],
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
