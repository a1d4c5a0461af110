// E3–E8 the ledger events of publications: the draft a decision creates, the publisher's redaction
// edits, submission and each approval of the chain (E6), publishing with the channels' periods (E7), the
// choice not to publish (E5), the recorded 复议/诉讼 outcome and the withdrawal (E8), expiry.
import { z } from 'zod';
import { lines } from '../../platform/ledger/details.ts';
import { defineEvents, type ModuleEvents, type PayloadsOf } from '../../platform/ledger/events.ts';

const code = z.string();

export const publicityEvents = defineEvents({
  'publicity.draft_created': {
    label: '生成公开草稿',
    domain: 'E3',
    payload: z.object({ caseCode: code, subject: z.string(), decidedOn: z.string(), due: z.string() }),
    details: (p) => lines(['案件', p.caseCode], ['决定日期', p.decidedOn], ['公开期限', p.due]),
  },
  'publicity.draft_edited': {
    label: '编辑公开草稿',
    domain: 'E4',
    payload: z.object({
      mode: z.string(),
      edit: z.object({ op: z.string(), start: z.number(), end: z.number(), reason: z.string() }).nullable(),
      intent: z.string(),
    }),
    details: (p) =>
      lines(
        ['公开方式', p.mode === 'full' ? '全文' : '摘要'],
        [
          '隐去调整',
          p.edit
            ? `${p.edit.op === 'add' ? '增加' : '取消'}（${p.edit.start}–${p.edit.end}）${p.edit.reason}`
            : null,
        ],
        ['意见', p.intent === 'not_publish' ? '不予公开' : '公开'],
      ),
  },
  'publicity.source_viewed': {
    label: '查看待公开决定原文',
    domain: 'E4',
    payload: z.object({}),
  },
  'publicity.submitted': {
    label: '提交公开审批',
    domain: 'E6',
    payload: z.object({ intent: z.string(), chain: z.array(z.string()) }),
    details: (p) => lines(['意见', p.intent === 'not_publish' ? '不予公开' : '公开'], ['审批流程', p.chain]),
  },
  'publicity.approved': {
    label: '审批公开',
    domain: 'E6',
    payload: z.object({ step: z.string(), complete: z.boolean() }),
    details: (p) => lines(['审批环节', p.step], ['审批完成', p.complete]),
  },
  'publicity.returned': {
    label: '退回公开草稿',
    domain: 'E6',
    payload: z.object({ step: z.string(), reason: z.string() }),
    details: (p) => lines(['审批环节', p.step], ['理由', p.reason]),
  },
  'publicity.published': {
    label: '发布公开信息',
    domain: 'E7',
    payload: z.object({
      mode: z.string(),
      channels: z.array(z.object({ channel: z.string(), until: z.string().nullable() })),
    }),
    details: (p) =>
      lines(
        ['公开方式', p.mode === 'full' ? '全文' : '摘要'],
        ['渠道', p.channels.map((c) => `${c.channel}${c.until ? `（至 ${c.until}）` : ''}`)],
      ),
  },
  'publicity.not_published': {
    label: '决定不予公开',
    domain: 'E5',
    payload: z.object({ reason: z.string(), note: z.string() }),
    details: (p) => lines(['理由', p.reason], ['说明', p.note]),
  },
  'publicity.outcome_recorded': {
    label: '登记复议诉讼结果',
    domain: 'E8',
    payload: z.object({
      via: z.string(),
      result: z.string(),
      decidedOn: z.string(),
      withdrawalDue: z.string().nullable(),
    }),
    details: (p) =>
      lines(['途径', p.via], ['结果', p.result], ['日期', p.decidedOn], ['撤回期限', p.withdrawalDue]),
  },
  'publicity.withdrawn': {
    label: '撤回公开信息',
    domain: 'E8',
    payload: z.object({ reason: z.string(), late: z.boolean() }),
    details: (p) => lines(['理由', p.reason], ['超期', p.late]),
  },
  'publicity.cancelled': {
    label: '取消公开草稿',
    domain: 'E8',
    payload: z.object({ reason: z.string() }),
    details: (p) => lines(['理由', p.reason]),
  },
  'publicity.expired': {
    label: '公示期满撤下',
    domain: 'E7',
    payload: z.object({ channels: z.array(z.string()), on: z.string() }),
    details: (p) => lines(['渠道', p.channels], ['日期', p.on]),
  },
  'publicity.chain_changed': {
    label: '设置公开审批流程',
    domain: 'E6',
    payload: z.object({ chain: z.array(z.string()) }),
    details: (p) => lines(['审批流程', p.chain]),
  },
});

declare module '../../platform/ledger/events.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by its heritage
  interface LedgerEventMap extends PayloadsOf<typeof publicityEvents> {}
}

export const publicityLedger: ModuleEvents = {
  events: publicityEvents,
  entities: { publication: { label: '公开信息' } },
};
