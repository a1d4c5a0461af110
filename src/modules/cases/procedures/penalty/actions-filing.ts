// C2 opening a 行政处罚 case (行政处罚法第五十一条、第五十四条、第五十五条): 立案 approved by the head within
// the limitation period, or not; a 简易程序 penalty decided on the spot within its limits; the
// investigation and its report.
import { z } from 'zod';
import { TIERS } from '../../../catalog/index.ts';
import { trimmedText } from '../../../../platform/text.ts';
import { decisionDeadline, serviceDeadline } from '../../deadlines.ts';
import type { Refusal } from '../../machine.ts';
import { actionsOf } from '../builder.ts';
import { approverInput, dateField, fenField, textField } from '../fields.ts';
import { blank, checkOfficers, yuan } from '../guards.ts';
import {
  SIMPLE_PROCEDURE_KINDS,
  SIMPLE_PROCEDURE_LIMIT_FEN,
  checkDiscretion,
  checkLegalBasis,
  checkLimitation,
  checkPenaltyShape,
  refuse,
} from './guards.ts';
import {
  discretionRecordInput,
  fineOf,
  legalBasisInput,
  penaltyInput,
  type PenaltyFacts,
  type PenaltyRecord,
  type PenaltyState,
} from './model.ts';
import { citedServiceDeadline } from './health-procedure.ts';

const action = actionsOf<PenaltyState, PenaltyRecord>();

/** Art. 42 and 36: two certified officers, and the violation still within the limitation period. */
const openable = (_state: PenaltyState, facts: PenaltyFacts, date: string): Refusal | null =>
  checkOfficers(refuse, 'OFFICERS_INSUFFICIENT', facts, date) ?? checkLimitation(facts);

export const PENALTY_FILING_ACTIONS = {
  set_item: action({
    label: '确定执法事项',
    permission: 'cases.handle',
    input: { itemCode: trimmedText().min(1, '请选择执法事项').max(80).describe('执法事项') },
    // The articles resolved from the catalogue for the violation date (step-facts.ts), never the client's.
    serverInput: { basis: legalBasisInput },
    dates: () => [],
    // Offered while the case names no item (a lead, or a case registered before items were required).
    precheck: (_state, facts) =>
      facts.legalBasis === null
        ? null
        : refuse('ITEM_ALREADY_NAMED', `本案已确定执法事项“${facts.legalBasis.itemName}”`),
    apply(state, _facts, a) {
      if (!a.basis) return refuse('ITEM_MISSING', `执法事项“${a.itemCode}”不在本机关的执法事项清单中`);
      return { next: state };
    },
    fold: (r, a) => ({ ...r, legalBasis: a.basis ?? r.legalBasis }),
  }),

  file: action({
    label: '立案',
    permission: 'cases.approve',
    input: { filedOn: dateField('立案日期') },
    serverInput: approverInput,
    dates: (a) => [a.filedOn],
    precheck: (state, facts, date) => openable(state, facts, date) ?? checkLegalBasis(facts, false),
    apply(_state, facts, a) {
      if (blank(a.approvedBy)) return refuse('FILING_APPROVAL_MISSING', '立案须经行政机关负责人批准');
      if (facts.discoveredOn !== null && a.filedOn < facts.discoveredOn) {
        return refuse('DATE_INVALID', `立案日期 ${a.filedOn} 早于发现违法行为的日期 ${facts.discoveredOn}`);
      }
      return {
        next: 'filed',
        opened: [
          decisionDeadline(facts.calendar, a.filedOn, {
            extensions: facts.extensionApprovals,
            pauses: facts.pauses,
          }),
        ],
      };
    },
    fold: (r, a) => ({ ...r, filedOn: a.filedOn, filingApprovedBy: a.approvedBy ?? null }),
  }),

  decline_filing: action({
    label: '不予立案',
    permission: 'cases.approve',
    input: { on: dateField('日期'), reason: textField('理由') },
    dates: (a) => [a.on],
    apply(_state, _facts, a) {
      if (a.reason.trim() === '') return refuse('REASON_REQUIRED', '不予立案须写明理由');
      return { next: 'not_filed' };
    },
    fold: (r, a) => ({ ...r, declinedReason: a.reason }),
  }),

  decide_simple: action({
    label: '简易程序当场处罚',
    permission: 'cases.handle',
    input: { decidedOn: dateField('决定日期'), penalty: penaltyInput },
    dates: (a) => [a.decidedOn],
    precheck: (state, facts, date) => openable(state, facts, date) ?? checkLegalBasis(facts, true),
    apply(_state, facts, a) {
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
      return {
        next: 'decided',
        opened: [citedServiceDeadline(serviceDeadline(facts.calendar, a.decidedOn), a.decidedOn)],
      };
    },
    fold: (r, a) => ({ ...r, simpleProcedure: true, decidedOn: a.decidedOn, decidedPenalty: a.penalty }),
  }),

  start_investigation: action({
    label: '开始调查取证',
    permission: 'cases.handle',
    input: { on: dateField('日期') },
    dates: (a) => [a.on],
    apply: () => ({ next: 'investigating' }),
    fold: (r) => r,
  }),

  close_investigation: action({
    label: '调查终结',
    permission: 'cases.handle',
    input: {
      on: dateField('调查终结日期'),
      proposal: penaltyInput.nullable().describe('处理意见（拟处罚）'),
      collectiveDiscussionRequired: z.boolean().describe('情节复杂或重大违法，须集体讨论'),
      tier: z.enum(TIERS).nullable().optional().describe('裁量阶次'),
      circumstances: textField('认定该裁量阶次的事实和情节').optional(),
      illegalIncomeFen: fenField('违法所得').nullable().optional().describe('违法所得（分）'),
      outsideReason: textField('拟处罚超出裁量基准的理由').optional(),
      // Always replaced by the service from the review catalogue (D1); a client cannot set it.
      review: z.object({ required: z.boolean(), reasons: z.array(z.string().max(500)).max(50) }).optional(),
    },
    // The benchmark's range for the chosen tier and the check of the proposal (step-facts.ts).
    serverInput: { discretion: discretionRecordInput },
    dates: (a) => [a.on],
    apply: (_state, facts, a) =>
      (a.proposal === null ? null : checkPenaltyShape(a.proposal)) ??
      checkDiscretion(facts, a) ?? { next: 'investigation_closed' },
    fold: (r, a) => ({
      ...r,
      investigationClosedOn: a.on,
      investigationProposal: a.proposal,
      discretion: a.discretion ?? null,
      outsideBenchmark: a.discretion ? !a.discretion.within : false,
      collectiveDiscussionRequired: a.collectiveDiscussionRequired,
      reviewRequired: a.review?.required ?? false,
      reviewReasons: a.review?.reasons ?? [],
    }),
  }),
};
