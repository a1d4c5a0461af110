// A5 API shapes of the work queue.
import { z } from 'zod';
import { SECTION_KEYS } from './rules.ts';

export const workQueueQuery = z.object({
  limit: z.coerce.number().int().min(1).max(50).default(20).describe('每个分区最多列出的条目数'),
});

const workItem = z.object({
  caseId: z.uuid(),
  publicationId: z.uuid().optional().describe('待公示条目：公开信息的编号'),
  code: z.string(),
  kind: z.string(),
  kindLabel: z.string(),
  partyName: z.string(),
  cause: z.string(),
  state: z.string(),
  stateLabel: z.string(),
  nextDue: z.string().nullable().describe('最近的未届满期限'),
  nextDueLabel: z.string().nullable(),
  nextDueProvisional: z.boolean().describe('期限跨入尚未录入节假日安排的年份，届满日为最早可能日期'),
  dueLevel: z.enum(['overdue', 'due_soon', 'open']).nullable(),
  steps: z.array(z.object({ type: z.string(), label: z.string() })).describe('本条待办涉及的环节'),
  waitingFor: z.array(z.string()).describe('待审批事项（立案审批、延期审批、决定审批、集体讨论）'),
});

export const workQueueOutput = z.object({
  sections: z.array(
    z.object({
      key: z.enum(SECTION_KEYS),
      title: z.string(),
      empty: z.string().describe('分区为空时的说明'),
      notice: z.string().nullable().describe('功能尚未上线时的说明；此时分区没有条目'),
      count: z.number().int(),
      countIsLowerBound: z.boolean().describe('匹配的案件超过评估上限，count 为下限'),
      items: z.array(workItem),
    }),
  ),
  total: z.number().int().describe('各分区条目数之和（菜单角标）'),
});
export type WorkQueue = z.infer<typeof workQueueOutput>;
