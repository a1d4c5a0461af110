// B1–B8 HTTP: the versioned catalogues, the legal library and the discretion calculator.
import { MEDIA } from '../../platform/http/openapi-contract.ts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { trimmedText } from '../../platform/text.ts';
import { userCtx } from '../access/index.ts';
import { CATEGORIES, isoDate, reason } from '../bodies/index.ts';
import { LAW_LEVELS, PENALTY_KINDS, TIERS } from './model.ts';
import type { CatalogService } from './service.ts';
import { CATALOG_KIND_NAMES, CATALOG_KINDS, legalDocumentInput } from './types.ts';
import { readUpload } from '../../platform/http/upload.ts';

const kindParam = z.object({ kind: z.enum(CATALOG_KIND_NAMES, '未知的清单类型') });
const code = trimmedText().regex(
  /^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/,
  '编码须为字母、数字、点、下划线或连字符',
);
const entryParams = kindParam.extend({ code });
const entryOutput = z.object({
  id: z.uuid(),
  bodyId: z.uuid(),
  kind: z.string(),
  code: z.string(),
  version: z.number().int(),
  name: z.string(),
  effectiveFrom: z.string(),
  retired: z.boolean(),
  data: z.record(z.string(), z.unknown()),
  reason: z.string(),
  authorName: z.string(),
  createdAt: z.string(),
});
const fen = z.number().int().min(0).max(1e14);
const articleRefOut = z.object({
  law: z.string(),
  article: z.number(),
  paragraph: z.number().optional(),
  item: z.number().optional(),
});
const evaluationOutput = z.object({
  tier: z.enum(TIERS),
  tierLabel: z.string(),
  conditions: z.array(z.string()),
  penalties: z.array(z.enum(PENALTY_KINDS)),
  fine: z.object({ minFen: z.number(), maxFen: z.number() }).nullable(),
  fineSource: z.enum(['fixed', 'multiple', 'fallback']).nullable(),
  fineExplanation: z.string(),
  citations: z.array(articleRefOut),
  note: z.string().nullable(),
});
const citation = z.object({
  ref: articleRefOut,
  display: z.string(),
  text: z.string(),
  versionNote: z.string(),
  inForce: z.boolean(),
  needsReview: z.boolean(),
});

export function catalogRoutes(app: FastifyInstance, catalog: CatalogService) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['清单与裁量基准'];

  r.get(
    '/api/v1/catalog/:kind',
    {
      config: { access: 'catalog.read' },
      schema: {
        operationId: 'listCatalogItems',
        tags,
        summary:
          '清单（在指定日期有效的版本）：item 执法事项, benchmark 裁量基准, inspection_item 随机抽查事项, av_rule 音像记录事项, review_rule 法制审核目录, service_guide 服务指南, complaint_channel 监督举报',
        params: kindParam,
        querystring: z.object({
          bodyId: z.uuid().optional(),
          date: isoDate.optional(),
          q: trimmedText().max(50).optional(),
        }),
        response: { 200: z.array(entryOutput) },
      },
    },
    async (req) => catalog.list(userCtx(req), req.params.kind, req.query),
  );

  r.get(
    '/api/v1/enforcement-items',
    {
      config: { access: 'catalog.read' },
      schema: {
        operationId: 'searchEnforcementItems',
        tags,
        summary:
          '选择执法事项：按名称、编码或关键词查找本机关在指定日期（违法行为发生日）有效的执法事项，附所违反和所依据的条款',
        querystring: z.object({
          q: trimmedText().max(50).optional(),
          date: isoDate.optional(),
          category: z.enum(CATEGORIES).optional(),
          limit: z.coerce.number().int().min(1).max(50).default(20),
        }),
        response: {
          200: z.array(
            z.object({
              code: z.string(),
              name: z.string(),
              field: z.string(),
              category: z.string(),
              version: z.number(),
              benchmarkCode: z.string().nullable(),
              violated: z.string().describe('违反的条款（《…》第X条第X款）'),
              applied: z.string().describe('处罚依据的条款'),
            }),
          ),
        },
      },
    },
    async (req) => catalog.searchItems(userCtx(req), req.query),
  );

  r.get(
    '/api/v1/catalog/:kind/export',
    {
      config: { access: 'catalog.read' },
      schema: {
        download: [MEDIA.xlsx],
        tags,
        summary: '导出清单 (.xlsx，现行版本)',
        params: kindParam,
        querystring: z.object({ bodyId: z.uuid().optional() }),
      },
    },
    async (req, reply) => {
      const file = await catalog.export(userCtx(req), req.params.kind, req.query.bodyId);
      const name = `${CATALOG_KINDS[req.params.kind].label}.xlsx`;
      reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`);
      return reply.send(file);
    },
  );

  r.post(
    '/api/v1/catalog/:kind/import',
    {
      config: { access: 'catalog.write' },
      schema: {
        upload: { file: '目录', types: [MEDIA.xlsx] },
        refusals: [422],
        tags,
        summary:
          '导入清单 (.xlsx，multipart 字段 file)；逐行逐列校验，有任何错误则不导入；未变化的条目不产生新版本',
        params: kindParam,
        querystring: z.object({ bodyId: z.uuid().optional() }),
        consumes: ['multipart/form-data'],
        response: { 200: z.object({ rows: z.number(), changed: z.number(), unchanged: z.number() }) },
      },
    },
    async (req) => {
      const upload = await readUpload(req, {
        what: ' .xlsx 文件',
        field: 'file',
        maxBytes: 10 * 1024 * 1024,
      });
      return catalog.import(userCtx(req), req.params.kind, req.query.bodyId, upload.content);
    },
  );

  r.get(
    '/api/v1/catalog/:kind/:code/versions',
    {
      config: { access: 'catalog.read' },
      schema: {
        operationId: 'listCatalogItemVersions',
        tags,
        summary: '清单条目的全部历史版本',
        params: entryParams,
        querystring: z.object({ bodyId: z.uuid().optional() }),
        response: { 200: z.array(entryOutput) },
      },
    },
    async (req) => catalog.history(userCtx(req), req.params.kind, req.params.code, req.query.bodyId),
  );

  r.put(
    '/api/v1/catalog/:kind/:code',
    {
      config: { access: 'catalog.write', idempotent: true },
      schema: {
        operationId: 'saveCatalogItem',
        refusals: [409, 422],
        tags,
        summary: '新建或修改清单条目（生成新版本，须填写理由；baseVersion 为所见的最新版本号，新建为 0）',
        params: entryParams,
        body: z.object({
          bodyId: z.uuid().optional(),
          data: z.record(z.string(), z.unknown()),
          effectiveFrom: isoDate.optional(),
          reason,
          baseVersion: z.number().int().min(0),
        }),
        response: { 200: entryOutput },
      },
    },
    async (req) => catalog.save(userCtx(req), req.params.kind, { ...req.body, code: req.params.code }),
  );

  r.post(
    '/api/v1/catalog/:kind/:code/retire',
    {
      config: { access: 'catalog.write' },
      schema: {
        operationId: 'retireCatalogItem',
        refusals: [409, 422],
        tags,
        summary: '停用清单条目（生成停用版本）',
        params: entryParams,
        body: z.object({
          bodyId: z.uuid().optional(),
          effectiveFrom: isoDate.optional(),
          reason,
          baseVersion: z.number().int().min(1),
        }),
        response: { 200: entryOutput },
      },
    },
    async (req) =>
      catalog.save(userCtx(req), req.params.kind, {
        ...req.body,
        code: req.params.code,
        data: null,
        retire: true,
      }),
  );

  r.get(
    '/api/v1/legal-documents',
    {
      config: { access: 'catalog.read' },
      schema: {
        tags: ['法律依据库'],
        summary: '法律依据库：各法律文件的全部版本（含条文）',
        querystring: z.object({ code: z.string().max(80).optional() }),
        response: {
          200: z.array(
            z.object({
              id: z.uuid(),
              code: z.string(),
              version: z.number(),
              bodyId: z.uuid().nullable(),
              title: z.string(),
              level: z.enum(LAW_LEVELS),
              issuer: z.string(),
              docNumber: z.string(),
              promulgatedOn: z.string(),
              effectiveOn: z.string(),
              repealedOn: z.string().nullable(),
              versionNote: z.string(),
              articles: z.array(
                z.object({
                  ordinal: z.number(),
                  number: z.string(),
                  text: z.string(),
                  needsReview: z.boolean().optional(),
                }),
              ),
            }),
          ),
        },
      },
    },
    async (req) => {
      const ctx = userCtx(req);
      return catalog.legalVersions(ctx, ctx.actor.bodyId, req.query.code ? [req.query.code] : undefined);
    },
  );

  r.post(
    '/api/v1/legal-documents',
    {
      config: { access: 'catalog.write', idempotent: true },
      schema: {
        refusals: [409],
        tags: ['法律依据库'],
        summary: '录入法律文件或其新版本（修订）；national=true 为全国通用',
        body: legalDocumentInput.extend({ national: z.boolean().default(false) }),
        response: { 201: z.object({ id: z.uuid(), code: z.string(), version: z.number() }) },
      },
    },
    async (req, reply) => reply.status(201).send(await catalog.addLegalDocument(userCtx(req), req.body)),
  );

  r.post(
    '/api/v1/discretion/evaluate',
    {
      config: { access: 'catalog.read' },
      schema: {
        refusals: [404, 422],
        tags,
        summary: '裁量计算：违法行为 + 裁量阶次 → 处罚种类与罚款幅度；可校验拟处罚是否在幅度内',
        body: z.object({
          bodyId: z.uuid().optional(),
          benchmarkCode: code,
          tier: z.enum(TIERS),
          date: isoDate.optional(),
          facts: z
            .object({ illegalIncomeFen: fen.nullable().optional(), goodsValueFen: fen.nullable().optional() })
            .default({}),
          proposal: z
            .object({
              penalties: z.array(z.enum(PENALTY_KINDS)).max(PENALTY_KINDS.length),
              fineFen: fen.nullable(),
            })
            .optional(),
        }),
        response: {
          200: z.object({
            benchmark: z.object({
              code: z.string(),
              version: z.number(),
              effectiveFrom: z.string(),
              violation: z.string(),
            }),
            evaluation: evaluationOutput,
            check: z
              .object({
                within: z.boolean(),
                reasonRequired: z.boolean(),
                problems: z.array(z.object({ code: z.string(), message: z.string() })),
                range: evaluationOutput,
              })
              .nullable(),
            citations: z.array(citation),
          }),
        },
      },
    },
    async (req) => catalog.evaluate(userCtx(req), req.body),
  );
}
