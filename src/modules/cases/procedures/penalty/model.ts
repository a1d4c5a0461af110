// C1–C2 the 行政处罚 procedure's vocabulary: states, the penalty a case proposes or decides, and the
// stored record its guards read. Money is integer fen; dates are `YYYY-MM-DD` legal dates.
import { z } from 'zod';
import {
  PENALTY_KINDS,
  TIERS,
  type CaseLegalBasis,
  type PenaltyKind,
  type Tier,
} from '../../../catalog/index.ts';
import type { ExtensionApproval, PauseRange } from '../../deadlines.ts';
import type { BaseFacts } from '../../machine.ts';
import type { ServiceMethod } from '../fields.ts';

export const PENALTY_STATES = [
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
export type PenaltyState = (typeof PENALTY_STATES)[number];

export const PENALTY_STATE_LABELS: Record<PenaltyState, string> = {
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

/** A penalty as an action's input (proposed, notified or decided). */
export const penaltyInput = z
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

const basisCitation = z.object({
  law: z.string().max(100),
  article: z.number().int(),
  paragraph: z.number().int().optional(),
  item: z.number().int().optional(),
  display: z.string().max(300),
  lawVersionId: z.string().max(100),
  lawVersion: z.number().int(),
});

/**
 * The legal basis of a case as the server resolved it from the catalogue (catalog enforcement-items.ts);
 * never taken from a client — the service replaces it before the step runs.
 */
export const legalBasisInput: z.ZodType<CaseLegalBasis> = z.object({
  itemCode: z.string().max(80),
  itemName: z.string().max(300),
  itemVersion: z.number().int(),
  benchmarkCode: z.string().max(80).nullable(),
  benchmarkVersion: z.number().int().nullable(),
  violation: z.string().max(600).nullable(),
  violated: z.array(basisCitation).max(50),
  applied: z.array(basisCitation).max(50),
  lawDate: z.string().max(10),
});

/**
 * B3 the discretion recorded at 调查终结: the benchmark version, the tier the officer chose and the facts
 * that put the case there, the range the discretion engine gives for it, and whether the proposal lies
 * within it — outside, a written reason is required and legal review follows (D1 outside_benchmark).
 * Computed by the service from the catalogue (step-facts.ts), never taken from a client.
 */
export interface DiscretionRecord {
  benchmarkCode: string;
  benchmarkVersion: number;
  tier: Tier;
  tierLabel: string;
  circumstances: string;
  range: { minFen: number; maxFen: number } | null;
  penalties: PenaltyKind[];
  explanation: string;
  within: boolean;
  problems: string[];
  outsideReason: string;
}

export const discretionRecordInput: z.ZodType<DiscretionRecord> = z.object({
  benchmarkCode: z.string().max(80),
  benchmarkVersion: z.number().int(),
  tier: z.enum(TIERS),
  tierLabel: z.string().max(20),
  circumstances: z.string().max(2000),
  range: z.object({ minFen: z.number(), maxFen: z.number() }).nullable(),
  penalties: z.array(z.enum(PENALTY_KINDS)).max(PENALTY_KINDS.length),
  explanation: z.string().max(2000),
  within: z.boolean(),
  problems: z.array(z.string().max(500)).max(20),
  outsideReason: z.string().max(2000),
});

export const fineOf = (p: Penalty | null): number => p?.fineFen ?? 0;

/**
 * The stored record of a penalty case: what the guards read besides `BaseFacts`. Particulars
 * (violation and discovery dates, harm, service consent) are entered with the case; the rest is folded
 * in from accepted actions.
 */
export interface PenaltyRecord {
  /**
   * The enforcement item (B1) and the articles violated and applied, resolved from the legal library for
   * the violation date (B2) when the item is named — at registration or by 确定执法事项 before 立案.
   */
  legalBasis: CaseLegalBasis | null;
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
  /** B3 the benchmark, tier, facts and range behind the proposal (null when no tier was given). */
  discretion: DiscretionRecord | null;
  /** B3/D1: the proposal lies outside the benchmark's range (a reason was given; review follows). */
  outsideBenchmark: boolean;
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
export type PenaltyFacts = BaseFacts & PenaltyRecord;

export function emptyPenaltyRecord(): PenaltyRecord {
  return {
    legalBasis: null,
    violationOn: null,
    lifeHealthHarmed: false,
    discoveredOn: null,
    filedOn: null,
    filingApprovedBy: null,
    investigationClosedOn: null,
    investigationProposal: null,
    discretion: null,
    outsideBenchmark: false,
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
