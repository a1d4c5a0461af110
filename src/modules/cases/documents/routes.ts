// C5 HTTP: document templates of a case, draft preview, issue (numbered, signed, frozen), verification,
// downloads, and the body's document settings.
import { MEDIA } from '../../../platform/http/openapi-contract.ts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { userCtx } from '../../access/index.ts';
import { idParam } from '../types.ts';
import { documentOutput, inputs, issueInput, settingsBody } from './types.ts';
import type { CaseDocumentsService } from './service.ts';

export function caseDocumentRoutes(app: FastifyInstance, documents: CaseDocumentsService) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['执法文书'];

  r.get(
    '/api/v1/cases/:id/document-templates',
    {
      config: { access: 'cases.read' },
      schema: {
        tags,
        summary: '本案可用的文书模板（现行版本）及预填内容：本阶段应制作的在前，注明依法现在不能制作的',
        params: idParam,
        response: {
          200: z.array(
            z.object({
              key: z.string(),
              due: z.boolean().describe('本阶段可办理的环节须先制作、本案尚无的文书（排在最前）'),
              refusals: z
                .array(z.string())
                .describe('依法现在不能制作的理由（如已缴清罚款的催告书）；为空表示可以制作'),
              title: z.string(),
              version: z.number(),
              numbered: z.boolean(),
              partySigns: z.boolean(),
              basis: z.string(),
              missingFacts: z.array(z.string()),
              inputs: z.array(
                z.object({
                  key: z.string(),
                  label: z.string(),
                  kind: z.string(),
                  required: z.boolean(),
                  maxLength: z.number().nullable(),
                  value: z.string(),
                }),
              ),
            }),
          ),
        },
      },
    },
    async (req) => documents.templates(userCtx(req), req.params.id),
  );

  r.post(
    '/api/v1/cases/:id/documents/preview',
    {
      config: { access: 'cases.read' },
      schema: {
        download: [MEDIA.pdf],
        tags,
        summary: '文书预览（PDF 草稿，不编号、不签名、不保存）',
        params: idParam,
        body: z.object({ template: issueInput.shape.template, inputs }),
      },
    },
    async (req, reply) => {
      const pdf = await documents.preview(userCtx(req), req.params.id, req.body);
      return reply.header('content-type', 'application/pdf').header('cache-control', 'no-store').send(pdf);
    },
  );

  r.post(
    '/api/v1/cases/:id/documents',
    {
      config: { access: 'cases.handle', idempotent: true },
      schema: {
        // 422: an archived case, a required legal review not passed (D8).
        refusals: [409, 422],
        tags,
        summary:
          '签发文书（有未填写的内容时 422 并列出缺项）：编号、执法人员 SM2 电子签名、当事人签名或拒签记录，生成 DOCX 与 PDF 并固化',
        params: idParam,
        body: issueInput,
        response: { 201: documentOutput },
      },
    },
    async (req, reply) => {
      const ctx = userCtx(req);
      const row = await documents.issue(ctx, req.params.id, req.body);
      return reply.status(201).send(await documents.get(ctx, row.id));
    },
  );

  r.get(
    '/api/v1/documents/:id',
    {
      config: { access: 'cases.read' },
      schema: { tags, summary: '文书详情与签名校验', params: idParam, response: { 200: documentOutput } },
    },
    async (req) => documents.view(userCtx(req), req.params.id),
  );

  r.get(
    '/api/v1/documents/:id/file/:format',
    {
      config: { access: 'cases.read' },
      schema: {
        download: [MEDIA.docx, MEDIA.pdf],
        tags,
        summary: '下载文书（DOCX 或 PDF；每次下载记入审计日志）',
        params: idParam.extend({ format: z.enum(['docx', 'pdf']) }),
      },
    },
    async (req, reply) => {
      const file = await documents.download(userCtx(req), req.params.id, req.params.format);
      reply
        .header('content-type', file.contentType)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`);
      return reply.send(file.stream);
    },
  );

  r.get(
    '/api/v1/document-settings',
    {
      config: { access: 'cases.read' },
      schema: { tags, summary: '本机关的文书编号规则与告知事项设置', response: { 200: settingsBody } },
    },
    async (req) => documents.settingsOf(userCtx(req)),
  );

  r.put(
    '/api/v1/document-settings',
    {
      config: { access: 'cases.settings' },
      schema: {
        tags,
        summary:
          '修改文书编号规则（地区简称+卫+类别+性质+〔年份〕+序号）、复议机关、法院、代收银行与听证的较大数额罚款标准',
        body: settingsBody,
        response: { 200: settingsBody },
      },
    },
    async (req) => documents.saveSettings(userCtx(req), req.body),
  );
}
