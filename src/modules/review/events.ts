// D2–D7 the ledger events of the legal review, each on its case (entity `case`, named by the case module),
// so a case's entries in the audit log show who submitted, reviewed and decided, and when (D9).
import { z } from 'zod';
import { lines } from '../../platform/ledger/details.ts';
import { defineEvents, type ModuleEvents, type PayloadsOf } from '../../platform/ledger/events.ts';
import {
  FINDING_LABELS,
  OPINION_LABELS,
  REVIEW_POINT_LABELS,
  type Finding,
  type Opinion,
  type ReviewPoint,
} from './model.ts';

const round = z.object({ reviewId: z.string(), round: z.number() });

export const reviewEvents = defineEvents({
  'review.submitted': {
    label: '提交法制审核',
    domain: 'D2',
    payload: round.extend({ materials: z.array(z.string()) }),
    details: (p) => lines(['轮次', p.round], ['送审材料', p.materials.join('、')]),
  },
  'review.assigned': {
    label: '分配法制审核人员',
    domain: 'D3',
    payload: round.extend({ reviewer: z.string(), reassigned: z.boolean() }),
    details: (p) =>
      lines(['轮次', p.round], ['审核人员', p.reviewer], ['重新分配', p.reassigned ? '是' : '否']),
  },
  'review.recused': {
    label: '法制审核人员回避',
    domain: 'D3',
    payload: round.extend({ reason: z.string() }),
    details: (p) => lines(['轮次', p.round], ['理由', p.reason]),
  },
  'review.finding_recorded': {
    label: '登记审核要素结论',
    domain: 'D4',
    payload: round.extend({ point: z.string(), finding: z.string() }),
    details: (p) =>
      lines(
        ['轮次', p.round],
        ['审核要素', REVIEW_POINT_LABELS[p.point as ReviewPoint] ?? p.point],
        ['结论', FINDING_LABELS[p.finding as Finding] ?? p.finding],
      ),
  },
  'review.extended': {
    label: '延长法制审核期限',
    domain: 'D6',
    payload: round.extend({ workingDays: z.number(), due: z.string(), reason: z.string() }),
    details: (p) =>
      lines(['轮次', p.round], ['延长工作日', p.workingDays], ['审核期限至', p.due], ['理由', p.reason]),
  },
  'review.opinion_given': {
    label: '出具法制审核意见',
    domain: 'D5',
    payload: round.extend({ opinion: z.string() }),
    details: (p) => lines(['轮次', p.round], ['审核意见', OPINION_LABELS[p.opinion as Opinion] ?? p.opinion]),
  },
  'review.contested': {
    label: '对法制审核意见提出异议',
    domain: 'D7',
    payload: round,
    details: (p) => lines(['轮次', p.round]),
  },
  'review.coordinated': {
    label: '法制审核意见协调',
    domain: 'D7',
    payload: round.extend({ resolved: z.boolean() }),
    details: (p) =>
      lines(['轮次', p.round], ['协调结果', p.resolved ? '达成一致' : '未达成一致，提交集体讨论']),
  },
  'review.collective_decided': {
    label: '集体讨论决定法制审核分歧',
    domain: 'D7',
    payload: round.extend({ outcome: z.string(), participants: z.number() }),
    details: (p) =>
      lines(
        ['轮次', p.round],
        ['结论', p.outcome === 'proceed' ? '作出决定' : '维持审核意见'],
        ['参加人数', p.participants],
      ),
  },
});

declare module '../../platform/ledger/events.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by its heritage
  interface LedgerEventMap extends PayloadsOf<typeof reviewEvents> {}
}

export const reviewLedger: ModuleEvents = { events: reviewEvents, entities: {} };
