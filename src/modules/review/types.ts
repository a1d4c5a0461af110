// D2–D7 the review's HTTP shapes: inputs (each carrying the version the caller read) and the review as
// presented, with the labels, the due day and what the caller may do.
import { z } from 'zod';
import { trimmedText } from '../../platform/text.ts';
import { FINDINGS, OPINIONS, REVIEW_POINTS } from './model.ts';

const version = z.number().int().positive().describe('读取时的版本号（并发控制）');
/** The legal date of the act, when it is registered after the fact; today when omitted, never later. */
const on = z.iso.date('日期格式应为 YYYY-MM-DD').optional().describe('办理日期（缺省为当日）');
const text = (label: string, max: number) => trimmedText().max(max).describe(label);

export const submitInput = z.object({
  caseId: z.uuid(),
  basis: text('拟处理决定的法律依据', 2000),
  discretionReasoning: text('行政裁量的理由', 2000),
  draftDecision: text('拟作出的决定文书（草稿）要点', 5000),
  confirmed: z.boolean().describe('承办机构确认送审材料真实、准确、完整'),
  on,
});
export const assignInput = z.object({ reviewerId: z.uuid().describe('审核人员（人员编号）'), on, version });
export const recuseInput = z.object({ reason: trimmedText().max(500).describe('回避理由'), on, version });
export const findingInput = z.object({
  point: z.enum(REVIEW_POINTS),
  finding: z.enum(FINDINGS),
  note: text('说明', 2000).default(''),
  on,
  version,
});
export const opinionInput = z.object({
  opinion: z.enum(OPINIONS),
  changes: text('修改意见', 2000).default(''),
  text: text('审核意见', 5000),
  on,
  version,
});
export const extendInput = z.object({
  workingDays: z.number().int().min(1).max(60).describe('延长工作日'),
  reason: text('延长理由', 500),
  on,
  version,
});
export const contestInput = z.object({ reasons: text('异议理由', 5000), on, version });
export const coordinateInput = z.object({
  summary: text('协调情况', 5000),
  resolved: z.boolean().describe('是否达成一致'),
  on,
  version,
});
export const collectiveInput = z.object({
  participants: z.array(trimmedText().max(50)).max(30),
  views: z.array(z.object({ name: trimmedText().max(50), view: trimmedText().max(2000) })).max(30),
  conclusion: text('结论', 5000),
  outcome: z
    .enum(['proceed', 'follow_opinion'])
    .describe('proceed 作出决定（不采纳审核意见）; follow_opinion 维持审核意见'),
  on,
  version,
});
export const queueQuery = z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) });
export const caseQuery = z.object({ caseId: z.uuid() });

export const materialLine = z.object({
  item: z.string(),
  label: z.string(),
  needed: z.boolean(),
  present: z.boolean(),
});

export const reviewOutput = z.object({
  id: z.string(),
  bodyId: z.string(),
  caseId: z.string(),
  caseCode: z.string(),
  caseCause: z.string(),
  status: z.string(),
  statusLabel: z.string(),
  version: z.number(),
  reviewerId: z.string().nullable(),
  due: z.string().nullable(),
  dueFlag: z.enum(['on_time', 'due_soon', 'overdue']).nullable(),
  passed: z.boolean(),
  rounds: z.array(z.record(z.string(), z.unknown())),
  contests: z.array(z.record(z.string(), z.unknown())),
  materials: z.record(z.string(), z.unknown()),
  may: z.object({
    assign: z.boolean(),
    review: z.boolean(),
    extend: z.boolean(),
    contest: z.boolean(),
    coordinate: z.boolean(),
    decide: z.boolean(),
  }),
});
export type ReviewOutput = z.output<typeof reviewOutput>;
export const queueOutput = z.object({ items: z.array(reviewOutput) });
