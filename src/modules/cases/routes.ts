// C1–C4, G2 HTTP: the case workbench API. Thin: validate, call the service, present.
import { MEDIA } from '../../platform/http/openapi-contract.ts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { userCtx } from '../access/index.ts';
import { CASE_FIELD_LABELS, CASE_FIELDS } from './fields.ts';
import { EVIDENCE_TYPE_LABELS, EVIDENCE_TYPES } from './evidence/index.ts';
import { actionFormSchema } from './action-forms.ts';
import { CASE_KIND_LABELS } from './machine.ts';
import { availableKinds, machineOf } from './registry.ts';
import type { CaseDeadlinesService } from './deadline-service.ts';
import type { CaseListService } from './list-service.ts';
import type { CasesService } from './service.ts';
import type { CaseDocumentsService } from './documents/index.ts';
import { EXPORT_MAX_ROWS, exportCases, exportDeadlines, XLSX_TYPE, type ExportFile } from './export.ts';
import {
  actionInput,
  caseListItem,
  caseListOutput,
  caseOutput,
  createCaseInput,
  deadlinesQuery,
  idParam,
  listExportQuery,
  listQuery,
  openDeadlinesOutput,
} from './types.ts';
import { legalDate } from './input-text.ts';

const attachment = (file: ExportFile) => ({
  'content-type': XLSX_TYPE,
  'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
});

export function caseRoutes(
  app: FastifyInstance,
  {
    cases,
    lists,
    deadlines,
    documents,
  }: {
    cases: CasesService;
    lists: CaseListService;
    deadlines: CaseDeadlinesService;
    documents: CaseDocumentsService;
  },
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['案件办理'];

  r.get(
    '/api/v1/cases/meta',
    {
      config: { access: 'cases.read' },
      schema: {
        tags,
        summary: '案件类别、专业、证据种类与各程序的环节（供界面使用）',
        response: {
          200: z.object({
            kinds: z.array(
              z.object({
                value: z.string(),
                label: z.string(),
                states: z.array(z.object({ value: z.string(), label: z.string() })),
                actions: z.array(
                  z.object({
                    value: z.string(),
                    label: z.string(),
                    schema: z.record(z.string(), z.unknown()),
                  }),
                ),
              }),
            ),
            fields: z.array(z.object({ value: z.string(), label: z.string() })),
            evidenceTypes: z.array(z.object({ value: z.string(), label: z.string() })),
          }),
        },
      },
    },
    async () => ({
      kinds: availableKinds().map((k) => {
        const m = machineOf(k);
        return {
          value: k,
          label: CASE_KIND_LABELS[k],
          states: m.states.map((s) => ({ value: s, label: m.stateLabels[s] ?? s })),
          actions: Object.entries(m.actionLabels).map(([value, label]) => ({
            value,
            label: String(label),
            schema: actionFormSchema(m, value),
          })),
        };
      }),
      fields: CASE_FIELDS.map((f) => ({ value: f, label: CASE_FIELD_LABELS[f] })),
      evidenceTypes: EVIDENCE_TYPES.map((t) => ({ value: t, label: EVIDENCE_TYPE_LABELS[t] })),
    }),
  );

  r.get(
    '/api/v1/cases',
    {
      config: { access: 'cases.read' },
      schema: {
        tags,
        summary: '案件列表：我的案件/本科室/全部，按最近期限排序（键集分页）',
        querystring: listQuery,
        response: { 200: caseListOutput },
      },
    },
    async (req) => lists.list(userCtx(req), req.query),
  );

  // A static path: matched before /api/v1/cases/:id whatever the registration order.
  r.get(
    '/api/v1/cases/pending-approvals',
    {
      config: { access: 'cases.read' },
      schema: {
        tags,
        summary: '待我审批：本机关（及委托本机关执法的机关）现在可由我批准的立案、集体讨论、决定等环节',
        response: {
          200: z.object({
            items: z.array(
              caseListItem.extend({
                approvals: z.array(z.object({ type: z.string(), label: z.string() })),
              }),
            ),
          }),
        },
      },
    },
    async (req) => ({ items: await lists.listPendingApprovals(userCtx(req)) }),
  );

  // A static path: matched before /api/v1/cases/:id whatever the registration order.
  r.get(
    '/api/v1/cases/export.xlsx',
    {
      config: { access: 'cases.read' },
      schema: {
        download: [MEDIA.xlsx],
        tags,
        summary: `导出案件清单 (.xlsx)：与案件列表相同的筛选条件和数据范围，不分页；超过 ${EXPORT_MAX_ROWS} 件时须缩小筛选条件；每次导出记入审计`,
        querystring: listExportQuery,
      },
    },
    async (req, reply) => {
      const file = await exportCases(lists, userCtx(req), req.query);
      return reply.headers(attachment(file)).send(file.data);
    },
  );

  r.post(
    '/api/v1/cases',
    {
      config: { access: 'cases.handle', idempotent: true },
      schema: {
        refusals: [404, 422],
        tags,
        summary: '登记案件（可同时以简易程序当场作出处罚决定）',
        body: createCaseInput,
        response: { 201: caseOutput },
      },
    },
    async (req, reply) => {
      const ctx = userCtx(req);
      const sheet = req.body.simple?.document;
      const id = await cases.create(
        ctx,
        req.body,
        sheet &&
          ((tctx, caseId) =>
            documents.issue(
              tctx,
              caseId,
              { ...sheet, template: 'simple_penalty_decision' },
              { partOfStep: true },
            )),
      );
      return reply.status(201).send(await cases.get(ctx, id));
    },
  );

  r.get(
    '/api/v1/cases/:id',
    {
      config: { access: 'cases.read' },
      schema: {
        tags,
        summary: '案件详情：当事人、环节时间线、期限、证据、文书、可执行的操作',
        params: idParam,
        response: { 200: caseOutput },
      },
    },
    async (req) => cases.view(userCtx(req), req.params.id),
  );

  r.post(
    '/api/v1/cases/:id/actions',
    {
      config: { access: 'cases.read' },
      schema: {
        operationId: 'takeCaseAction',
        refusals: [422],
        tags,
        summary: '执行案件环节操作（须带上读取时的 version；他人已更新时返回 409）',
        description:
          '操作权限按环节另行校验：立案、决定、延期等须行政机关负责人，法制审核意见须法制审核人员，其余由本案执法人员办理。',
        params: idParam,
        body: actionInput,
        response: { 200: caseOutput },
      },
    },
    async (req) => {
      const ctx = userCtx(req);
      const { documents: sheets } = req.body;
      await cases.act(
        ctx,
        req.params.id,
        req.body.version,
        req.body.action,
        sheets.length === 0
          ? undefined
          : async (tctx, id) => {
              for (const sheet of sheets) await documents.issue(tctx, id, sheet, { partOfStep: true });
            },
      );
      return cases.get(ctx, req.params.id);
    },
  );

  r.get(
    '/api/v1/deadlines',
    {
      config: { access: 'cases.read' },
      schema: {
        tags,
        summary: '办案期限：我的/本科室/全部的未届满期限，含即将到期和已逾期',
        querystring: deadlinesQuery.extend({ limit: z.coerce.number().int().min(1).max(500).default(100) }),
        response: { 200: openDeadlinesOutput },
      },
    },
    async (req) => deadlines.openDeadlines(userCtx(req), req.query),
  );

  r.get(
    '/api/v1/deadlines/export.xlsx',
    {
      config: { access: 'cases.read' },
      schema: {
        download: [MEDIA.xlsx],
        tags,
        summary: `导出办案期限 (.xlsx)：与期限列表相同的筛选条件和数据范围，不分页；超过 ${EXPORT_MAX_ROWS} 条时须缩小筛选条件；每次导出记入审计`,
        querystring: deadlinesQuery,
      },
    },
    async (req, reply) => {
      const file = await exportDeadlines({ lists, deadlines }, userCtx(req), req.query);
      return reply.headers(attachment(file)).send(file.data);
    },
  );

  r.get(
    '/api/v1/reminders',
    {
      config: { access: 'cases.read' },
      schema: {
        tags,
        summary: '期限提醒（每日任务生成）',
        querystring: z.object({ since: legalDate('起始日期') }),
        response: {
          200: z.array(
            z.object({
              id: z.string(),
              caseId: z.string(),
              caseCode: z.string(),
              cause: z.string(),
              key: z.string(),
              due: z.string(),
              level: z.enum(['due_soon', 'overdue']),
              raisedOn: z.string(),
            }),
          ),
        },
      },
    },
    async (req) => deadlines.reminders(userCtx(req), req.query.since),
  );
}
