// E3–E8 HTTP contract of publications: the staff app's drafts, redaction edits, approvals, publishing,
// outcomes and withdrawals. Only redacted content leaves, except `source` (the decision's text for the
// publisher preparing a draft).
import { z } from 'zod';
import { boundedText, requiredText } from '../../platform/text.ts';
import { isoDate } from '../bodies/index.ts';
import { REDACTION_CATEGORIES } from './redaction/types.ts';
import { CHAIN_STEPS } from './rules/approval.ts';
import { NOT_PUBLISHED_REASONS, OUTCOME_RESULTS, OUTCOME_VIA, PUBLICATION_STATUSES } from './rules/status.ts';

const version = z.number().int().min(1).describe('读取时的 version');
const keys = <T extends Record<string, string>>(o: T) =>
  Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];

export const publicationParams = z.object({ id: z.uuid() });
export const caseParams = z.object({ caseId: z.uuid() });

export const listQuery = z.object({
  status: z
    .string()
    .max(200)
    .optional()
    .describe(
      '逗号分隔的状态（draft,in_approval,approved,published,not_published,withdrawn,expired,cancelled）',
    ),
});

const spanEdit = z.discriminatedUnion('op', [
  z.object({
    op: z.literal('add'),
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    category: z.enum(REDACTION_CATEGORIES),
    reason: requiredText(300, '理由'),
  }),
  z.object({
    op: z.literal('remove'),
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    reason: requiredText(300, '理由'),
  }),
]);

export const editInput = z.object({
  version,
  mode: z.enum(['summary', 'full']).optional(),
  legalBasis: boundedText(2000, '法律依据').optional(),
  documentNumber: boundedText(100, '决定书文号').optional(),
  minorCase: z.boolean().optional().describe('轻微违法（危害后果轻微并及时改正），门户公示期较短'),
  creditSeverity: z
    .enum(['minor', 'general', 'serious'])
    .optional()
    .describe('信用渠道：轻微、一般、严重失信'),
  intent: z.enum(['publish', 'not_publish']).optional(),
  notPublishedReason: z.enum(keys(NOT_PUBLISHED_REASONS)).nullable().optional(),
  notPublishedNote: boundedText(1000, '不予公开说明').optional(),
  edit: spanEdit.optional(),
});

export const versionInput = z.object({ version });
export const approveInput = z.object({ version, step: z.enum(CHAIN_STEPS) });
export const reasonInput = z.object({ version, reason: requiredText(500, '理由') });
export const outcomeInput = z.object({
  via: z.enum(keys(OUTCOME_VIA)),
  result: z.enum(keys(OUTCOME_RESULTS)),
  decidedOn: isoDate,
  note: requiredText(1000, '结果说明'),
});
export const chainInput = z.object({ chain: z.array(z.enum(CHAIN_STEPS)).min(1).max(4) });
export const chainOutput = z.object({ chain: z.array(z.enum(CHAIN_STEPS)) });

const level = z.enum(['overdue', 'soon']).nullable();

export const publicationOutput = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  bodyId: z.uuid(),
  bodyName: z.string(),
  caseKind: z.string(),
  subject: z.string(),
  decidedOn: z.string(),
  due: z.string(),
  dueCitation: z.string(),
  status: z.enum(PUBLICATION_STATUSES),
  intent: z.enum(['publish', 'not_publish']),
  notPublishedReason: z.string().nullable(),
  notPublishedNote: z.string().nullable(),
  mode: z.enum(['summary', 'full']),
  summary: z.object({
    documentNumber: z.string().nullable(),
    bodyName: z.string(),
    partyName: z.string(),
    category: z.string(),
    cause: z.string(),
    legalBasis: z.string(),
    conclusion: z.string(),
    decidedOn: z.string(),
  }),
  legalBasis: z.string(),
  fullText: z.string().nullable(),
  spans: z.array(
    z.object({ start: z.number(), end: z.number(), category: z.string(), replacement: z.string() }),
  ),
  edits: z.array(
    z.object({
      op: z.enum(['add', 'remove']),
      start: z.number(),
      end: z.number(),
      category: z.string().optional(),
      reason: z.string(),
    }),
  ),
  minorCase: z.boolean(),
  creditSeverity: z.string(),
  chain: z.array(z.enum(CHAIN_STEPS)).nullable(),
  approvals: z.array(
    z.object({ step: z.enum(CHAIN_STEPS), actorId: z.string(), actorName: z.string(), at: z.string() }),
  ),
  channels: z.array(
    z.object({
      channel: z.enum(['portal', 'credit']),
      from: z.string(),
      until: z.string().nullable(),
      minUntil: z.string().nullable(),
      citation: z.string(),
      removedOn: z.string().nullable(),
      removedReason: z.string().nullable(),
    }),
  ),
  publishedOn: z.string().nullable(),
  outcome: z
    .object({
      via: z.string(),
      result: z.string(),
      decidedOn: z.string(),
      recordedOn: z.string(),
      note: z.string(),
    })
    .nullable(),
  withdrawalDue: z.string().nullable(),
  withdrawalReason: z.string().nullable(),
  withdrawnOn: z.string().nullable(),
  version: z.number().int(),
  timeliness: z.object({ publication: level, withdrawal: level }),
});

export const publicationDetail = publicationOutput.extend({
  source: z
    .object({ text: z.string() })
    .nullable()
    .describe('决定书原文（仅信息发布员编辑草稿时返回，查看记入审计）'),
});
export const publicationList = z.object({ items: z.array(publicationOutput) });

export const supervisionOutput = z.object({
  bodies: z.array(
    z.object({
      bodyId: z.uuid(),
      bodyName: z.string(),
      decisions: z.number().int().describe('应公开的执法决定'),
      published: z.number().int().describe('已公开'),
      dueSoon: z.number().int().describe('即将到期（2 个工作日内）'),
      overdue: z.number().int().describe('已超期未公开（含审批中）'),
      neverPublished: z.number().int().describe('超期仍未提交公开（选择性公示）'),
      notPublished: z.number().int().describe('经审批不予公开'),
      lateWithdrawals: z.number().int().describe('撤回超期（超期未撤回或超期后撤回）'),
    }),
  ),
});
