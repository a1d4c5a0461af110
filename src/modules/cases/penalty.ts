// C1–C2 the 行政处罚 procedure as a `ProcedureMachine`: its stored record, how accepted actions fold
// into it, and the validation of action input. The guards and the transition table are in rules.ts.
import { z } from 'zod';
import { PENALTY_KINDS } from '../catalog/model.ts';
import type { ProcedureMachine } from './machine.ts';
import {
  CASE_ACTION_LABELS,
  CASE_STATES,
  CASE_STATE_LABELS,
  allowedActions,
  transition,
  type CaseAction,
  type CaseState,
  type PenaltyRecord,
} from './rules.ts';

// `describe` gives each field its label in the JSON Schema the workbench draws its forms from.
const date = (what: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${what}须为 YYYY-MM-DD 格式的日期`)
    .describe(what);
const reason = (what: string) => z.string().trim().max(2000, `${what}不得超过 2000 字`).describe(what);
const penalty = z
  .object({
    kinds: z
      .array(z.enum(PENALTY_KINDS).describe('处罚种类'))
      .max(PENALTY_KINDS.length)
      .refine((k) => new Set(k).size === k.length, '处罚种类重复'),
    fineFen: z
      .number()
      .int('罚款金额须为整数（分）')
      .nonnegative('罚款金额不得为负')
      .max(1e14, '罚款金额过大')
      .nullable()
      .describe('罚款金额（分）'),
  })
  .describe('处罚');
const SERVICE_METHODS = [
  'in_person',
  'left_at_domicile',
  'mail',
  'electronic',
  'public_notice',
  'entrusted',
] as const;

export const penaltyActionSchema: z.ZodType<CaseAction> = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('file'),
    filedOn: date('立案日期'),
    approvedBy: z.string().trim().max(50).describe('批准人'),
  }),
  z.object({ type: z.literal('decline_filing'), on: date('日期'), reason: reason('理由') }),
  z.object({ type: z.literal('decide_simple'), decidedOn: date('决定日期'), penalty }),
  z.object({ type: z.literal('start_investigation'), on: date('日期') }),
  z.object({
    type: z.literal('close_investigation'),
    on: date('调查终结日期'),
    proposal: penalty.nullable().describe('处理意见（拟处罚）'),
    collectiveDiscussionRequired: z.boolean().describe('情节复杂或重大违法，须集体讨论'),
    // Always replaced by the service from the review catalogue; a client cannot set it.
    review: z.object({ required: z.boolean(), reasons: z.array(z.string().max(500)).max(50) }).optional(),
  }),
  z.object({ type: z.literal('submit_review'), on: date('日期') }),
  z.object({
    type: z.literal('record_review'),
    reviewedOn: date('审核日期'),
    passed: z.boolean().describe('审核通过'),
    opinion: reason('审核意见'),
  }),
  z.object({
    type: z.literal('extend_decision_period'),
    approvedOn: date('批准日期'),
    days: z.number().int().min(1, '延长天数至少 1 日').max(365, '延长天数过大').describe('延长天数'),
    reason: reason('理由'),
    // Always the approving head's name, set by the service; a client cannot set it.
    approvedBy: z.string().max(50).optional(),
  }),
  z.object({
    type: z.literal('record_pause'),
    from: date('开始日期'),
    to: date('结束日期'),
    reason: reason('事由'),
  }),
  z.object({
    type: z.literal('preserve_evidence'),
    on: date('先行登记保存日期'),
    items: reason('保存物品清单'),
    reason: reason('理由（证据可能灭失或以后难以取得）'),
  }),
  z.object({
    type: z.literal('decide_preservation'),
    decidedOn: date('处理决定日期'),
    decision: reason('处理决定'),
  }),
  z.object({ type: z.literal('return_for_investigation'), on: date('日期') }),
  z.object({ type: z.literal('hold_collective_discussion'), heldOn: date('讨论日期') }),
  z.object({ type: z.literal('notify'), servedOn: date('告知书送达日期'), penalty }),
  z.object({ type: z.literal('submit_statement'), on: date('日期') }),
  z.object({ type: z.literal('waive_rights'), on: date('日期') }),
  z.object({ type: z.literal('request_hearing'), requestedOn: date('申请日期') }),
  z.object({
    type: z.literal('schedule_hearing'),
    noticeServedOn: date('听证通知送达日期'),
    hearingOn: date('听证日期'),
    hostId: z.uuid('听证主持人无效').describe('听证主持人'),
  }),
  z.object({ type: z.literal('hold_hearing'), heldOn: date('听证日期') }),
  z.object({ type: z.literal('withdraw_hearing'), on: date('日期') }),
  z.object({ type: z.literal('decide'), decidedOn: date('决定日期'), penalty }),
  z.object({ type: z.literal('decide_no_penalty'), decidedOn: date('决定日期'), reason: reason('理由') }),
  z.object({
    type: z.literal('serve'),
    servedOn: date('送达日期'),
    method: z.enum(SERVICE_METHODS).describe('送达方式'),
  }),
  z.object({ type: z.literal('begin_execution'), on: date('日期') }),
  z.object({
    type: z.literal('record_payment'),
    paidOn: date('缴款日期'),
    amountFen: z.number().int().nonnegative().max(1e14).describe('缴纳金额（分）'),
  }),
  z.object({ type: z.literal('complete_execution'), on: date('日期') }),
  z.object({ type: z.literal('close'), on: date('结案日期') }),
  z.object({ type: z.literal('revoke'), on: date('日期'), reason: reason('理由') }),
  z.object({ type: z.literal('archive'), on: date('归档日期') }),
]);

export function emptyPenaltyRecord(): PenaltyRecord {
  return {
    violationOn: null,
    lifeHealthHarmed: false,
    discoveredOn: null,
    filedOn: null,
    filingApprovedBy: null,
    investigationClosedOn: null,
    investigationProposal: null,
    noticeServedOn: null,
    proposedPenalty: null,
    statementOn: null,
    waivedOn: null,
    hearingRequestedOn: null,
    hearingNoticeServedOn: null,
    hearingOn: null,
    hearingHostId: null,
    hearingHeldOn: null,
    hearingWithdrawnOn: null,
    hearingOffered: null,
    reviewRequired: false,
    reviewReasons: [],
    reviewPassed: false,
    reviewOpinions: [],
    collectiveDiscussionRequired: false,
    collectiveDiscussionHeldOn: null,
    extensionApprovals: [],
    pauses: [],
    preservationOpenOn: null,
    preservations: [],
    simpleProcedure: false,
    decidedOn: null,
    decidedPenalty: null,
    noPenaltyReason: null,
    servedOn: null,
    serviceMethod: null,
    electronicServiceConsent: false,
    payments: [],
    executionStartedOn: null,
    closedOn: null,
    revokedReason: null,
    declinedReason: null,
    archivedOn: null,
  };
}

/** The record after an accepted action. Only called with actions `transition` accepted. */
export function foldPenalty(r: PenaltyRecord, a: CaseAction): PenaltyRecord {
  switch (a.type) {
    case 'file':
      return { ...r, filedOn: a.filedOn, filingApprovedBy: a.approvedBy };
    case 'decline_filing':
      return { ...r, declinedReason: a.reason };
    case 'decide_simple':
      return { ...r, simpleProcedure: true, decidedOn: a.decidedOn, decidedPenalty: a.penalty };
    case 'start_investigation':
    case 'submit_review':
    case 'submit_statement':
      return a.type === 'submit_statement' ? { ...r, statementOn: a.on } : r;
    case 'close_investigation':
      return {
        ...r,
        investigationClosedOn: a.on,
        investigationProposal: a.proposal,
        collectiveDiscussionRequired: a.collectiveDiscussionRequired,
        reviewRequired: a.review?.required ?? false,
        reviewReasons: a.review?.reasons ?? [],
      };
    case 'record_review':
      return {
        ...r,
        reviewPassed: a.passed,
        reviewOpinions: [
          ...r.reviewOpinions,
          { reviewedOn: a.reviewedOn, passed: a.passed, opinion: a.opinion },
        ],
      };
    case 'extend_decision_period':
      return {
        ...r,
        extensionApprovals: [
          ...r.extensionApprovals,
          { days: a.days, approvedOn: a.approvedOn, approvedBy: a.approvedBy ?? '', reason: a.reason },
        ],
      };
    case 'record_pause':
      return { ...r, pauses: [...r.pauses, { from: a.from, to: a.to, reason: a.reason }] };
    case 'preserve_evidence':
      return {
        ...r,
        preservationOpenOn: a.on,
        preservations: [
          ...r.preservations,
          { on: a.on, items: a.items, reason: a.reason, decidedOn: null, decision: null },
        ],
      };
    case 'decide_preservation':
      return {
        ...r,
        preservationOpenOn: null,
        preservations: r.preservations.map((p) =>
          p.decidedOn === null ? { ...p, decidedOn: a.decidedOn, decision: a.decision } : p,
        ),
      };
    case 'return_for_investigation':
      // A new investigation makes a new report, and the review starts again on it.
      return { ...r, investigationClosedOn: null, reviewPassed: false };
    case 'hold_collective_discussion':
      return { ...r, collectiveDiscussionHeldOn: a.heldOn };
    case 'notify':
      // A renewed notice (heavier penalty) reopens the party's rights.
      return {
        ...r,
        noticeServedOn: a.servedOn,
        proposedPenalty: a.penalty,
        statementOn: null,
        waivedOn: null,
        hearingRequestedOn: null,
        hearingNoticeServedOn: null,
        hearingOn: null,
        hearingHostId: null,
        hearingHeldOn: null,
        hearingWithdrawnOn: null,
        hearingOffered: a.hearingOffered ?? null,
      };
    case 'waive_rights':
      return { ...r, waivedOn: a.on };
    case 'request_hearing':
      return { ...r, hearingRequestedOn: a.requestedOn };
    case 'schedule_hearing':
      return {
        ...r,
        hearingNoticeServedOn: a.noticeServedOn,
        hearingOn: a.hearingOn,
        hearingHostId: a.hostId,
      };
    case 'hold_hearing':
      return { ...r, hearingHeldOn: a.heldOn };
    case 'withdraw_hearing':
      return { ...r, hearingWithdrawnOn: a.on };
    case 'decide':
      return { ...r, decidedOn: a.decidedOn, decidedPenalty: a.penalty };
    case 'decide_no_penalty':
      return { ...r, decidedOn: a.decidedOn, noPenaltyReason: a.reason };
    case 'serve':
      return { ...r, servedOn: a.servedOn, serviceMethod: a.method };
    case 'begin_execution':
      return { ...r, executionStartedOn: a.on };
    case 'record_payment':
      return { ...r, payments: [...r.payments, { paidOn: a.paidOn, amountFen: a.amountFen }] };
    case 'complete_execution':
      return r;
    case 'close':
      return { ...r, closedOn: a.on };
    case 'revoke':
      return { ...r, revokedReason: a.reason };
    case 'archive':
      return { ...r, archivedOn: a.on };
  }
}

export const penaltyMachine: ProcedureMachine<CaseState, CaseAction, PenaltyRecord> = {
  kind: 'penalty',
  states: CASE_STATES,
  stateLabels: CASE_STATE_LABELS,
  actionLabels: CASE_ACTION_LABELS,
  initial: 'lead',
  finished: ['closed', 'archived', 'not_filed', 'no_penalty', 'revoked'],
  actionSchema: penaltyActionSchema,
  emptyRecord: emptyPenaltyRecord,
  transition,
  allowedActions,
  fold: foldPenalty,
};
