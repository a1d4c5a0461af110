// C1–C5 API shapes of the cases module: validated input, whitelisted output.
import { z } from 'zod';
import { trimmedText } from '../../platform/text.ts';
import { documentListItem, issueInput } from './documents/index.ts';
import { evidenceOutput } from './evidence/index.ts';
import { CASE_FIELDS } from './fields.ts';
import { legalDate, required, text } from './input-text.ts';
import { CASE_KINDS } from './machine.ts';
import { partyInput, partyOutput } from './parties/index.ts';

export const createCaseInput = z
  .object({
    kind: z.enum(CASE_KINDS),
    field: z.enum(CASE_FIELDS),
    cause: required(200, '案由'),
    source: required(50, '案件来源'),
    place: text(200, '地点').default(''),
    summary: text(5000, '基本情况').default(''),
    enforcementItemCode: text(50, '执法事项编码').nullable().default(null),
    unitId: z.uuid().nullable().default(null),
    leadOfficerId: z.uuid('主办人无效'),
    officerIds: z.array(z.uuid('执法人员无效')).min(1, '请选择执法人员').max(10, '执法人员不得超过 10 人'),
    parties: z.array(partyInput).min(1, '请填写当事人').max(20, '当事人、证人和代理人不得超过 20 人'),
    openedOn: legalDate('受理日期').optional(),
    originCaseId: z.uuid().nullable().default(null),
    particulars: z
      .object({
        violationOn: legalDate('违法行为发生日期').nullable().default(null),
        discoveredOn: legalDate('发现日期').nullable().default(null),
        lifeHealthHarmed: z.boolean().default(false),
        electronicServiceConsent: z.boolean().default(false),
      })
      .default({
        violationOn: null,
        discoveredOn: null,
        lifeHealthHarmed: false,
        electronicServiceConsent: false,
      }),
    /** 简易程序: decide on the spot in the same request (Art. 51–52). */
    simple: z
      .object({
        decidedOn: legalDate('决定日期'),
        kinds: z.array(z.enum(['warning', 'fine'])).min(1, '请选择处罚种类'),
        fineFen: z.number().int().nonnegative().nullable(),
        /** The 当场行政处罚决定书, issued in the same transaction (行政处罚法第五十二条). */
        document: issueInput.omit({ template: true }).optional(),
      })
      .optional(),
  })
  .superRefine((c, ctx) => {
    if (!c.officerIds.includes(c.leadOfficerId))
      ctx.addIssue({ code: 'custom', path: ['leadOfficerId'], message: '主办人须是本案执法人员之一' });
    if (new Set(c.officerIds).size !== c.officerIds.length)
      ctx.addIssue({ code: 'custom', path: ['officerIds'], message: '执法人员重复' });
    if (!c.parties.some((p) => p.role === 'party'))
      ctx.addIssue({ code: 'custom', path: ['parties'], message: '至少须有一名当事人' });
    if (c.simple && c.kind !== 'penalty')
      ctx.addIssue({ code: 'custom', path: ['simple'], message: '简易程序仅适用于行政处罚' });
  });
export type CreateCaseInput = z.infer<typeof createCaseInput>;

export const actionInput = z.object({
  version: z.number().int().positive(),
  action: z.object({ type: z.string().min(1).max(50) }).loose(),
  /** The documents the step brings (step-requirements.ts), issued in the step's transaction, in order. */
  documents: z.array(issueInput).max(3, '一个环节至多同时制作 3 份文书').default([]),
});

export const idParam = z.object({ id: z.uuid('编号无效') });

export const listQuery = z.object({
  view: z.enum(['mine', 'unit', 'all']).default('mine'),
  kind: z.enum(CASE_KINDS).optional(),
  state: z.string().max(40).optional(),
  status: z.enum(['open', 'finished', 'overdue', 'due_soon', 'any']).default('open'),
  q: trimmedText().max(50).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

/** The workbench list's filters without paging (export). */
export const listExportQuery = listQuery.omit({ cursor: true, limit: true });

/** The open-deadline list's filters (GET /api/v1/deadlines without its limit; its export). */
export const deadlinesQuery = z.object({
  view: z.enum(['mine', 'unit', 'all']).default('mine'),
  status: z.enum(['overdue', 'due_soon', 'open']).default('open'),
});

const deadlineLevel = z.enum(['overdue', 'due_soon', 'open']);

export const caseListItem = z.object({
  id: z.string(),
  code: z.string(),
  kind: z.string(),
  kindLabel: z.string(),
  state: z.string(),
  stateLabel: z.string(),
  cause: z.string(),
  field: z.string(),
  partyName: z.string(),
  leadOfficerName: z.string(),
  openedOn: z.string(),
  nextDue: z.string().nullable(),
  nextDueLabel: z.string().nullable(),
  nextDueProvisional: z.boolean(),
  dueLevel: deadlineLevel.nullable(),
  finished: z.boolean(),
  version: z.number(),
});

export const caseListOutput = z.object({ items: z.array(caseListItem), nextCursor: z.string().nullable() });

export const deadlineOutput = z.object({
  id: z.string(),
  key: z.string(),
  label: z.string(),
  from: z.string(),
  due: z.string(),
  citation: z.string(),
  rule: z.object({ n: z.number(), unit: z.string() }),
  pausedDays: z.number(),
  status: z.string(),
  closedOn: z.string().nullable(),
  level: deadlineLevel.nullable(),
  /** The year whose holidays are missing when `due` is only the earliest possible end (C3). */
  provisionalYear: z.number().nullable(),
});

export const caseOutput = z.object({
  id: z.string(),
  bodyId: z.string(),
  bodyName: z.string(),
  code: z.string(),
  kind: z.string(),
  kindLabel: z.string(),
  state: z.string(),
  stateLabel: z.string(),
  cause: z.string(),
  field: z.string(),
  fieldLabel: z.string(),
  source: z.string(),
  place: z.string(),
  summary: z.string(),
  enforcementItemCode: z.string().nullable(),
  partyType: z.string(),
  partyName: z.string(),
  unitId: z.string().nullable(),
  openedOn: z.string(),
  finished: z.boolean(),
  version: z.number(),
  record: z.record(z.string(), z.unknown()),
  officers: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      certificateNo: z.string().nullable(),
      lead: z.boolean(),
      certificateValid: z.boolean(),
    }),
  ),
  parties: z.array(partyOutput),
  timeline: z.array(
    z.object({
      seq: z.number(),
      action: z.string(),
      label: z.string(),
      fromState: z.string().nullable(),
      toState: z.string(),
      toStateLabel: z.string(),
      legalDate: z.string(),
      actorName: z.string(),
      at: z.string(),
      data: z.unknown(),
    }),
  ),
  deadlines: z.array(deadlineOutput),
  evidence: z.array(evidenceOutput),
  documents: z.array(documentListItem),
  linkedCases: z.array(
    z.object({
      id: z.string(),
      code: z.string(),
      kind: z.string(),
      state: z.string(),
      cause: z.string(),
      openedOn: z.string(),
    }),
  ),
  /** The steps the caller may take now: the machine's allowed actions the caller holds the right for. */
  actions: z.array(z.object({ type: z.string(), label: z.string() })),
  /** Actions the procedure allows now but the caller may not take (for a hint such as 待负责人审批). */
  actionsForOthers: z.array(z.object({ type: z.string(), label: z.string(), permission: z.string() })),
  /** Whether the caller may register evidence and attach files now (an officer of the open case). */
  mayAddEvidence: z.boolean(),
  /**
   * C4/C8 for the caller: the roles they may add now (empty when they may not), whether they may correct
   * parties' details, and the parties whose name and ID an issued document has fixed.
   */
  partyActions: z.object({
    add: z.array(z.enum(['party', 'witness', 'agent'])),
    correct: z.boolean(),
    identityLocked: z.array(z.string()),
  }),
});

export const openDeadlinesOutput = z.array(
  z.object({
    id: z.string(),
    caseId: z.string(),
    caseCode: z.string(),
    cause: z.string(),
    partyName: z.string(),
    kind: z.string(),
    key: z.string(),
    label: z.string(),
    due: z.string(),
    citation: z.string(),
    leadOfficerName: z.string(),
    level: deadlineLevel,
  }),
);
