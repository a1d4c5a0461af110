// A1–A2 HTTP: bodies (with delegation agreement, versions, reviewer indicator) and units.
import { MEDIA } from '../../platform/http/openapi-contract.ts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { trimmedText } from '../../platform/text.ts';
import { readUpload } from '../../platform/http/upload.ts';
import { userCtx } from '../access/index.ts';
import type { BodiesService } from './service.ts';
import {
  bodyOutput,
  createBodyInput,
  idParam,
  unitInput,
  unitOutput,
  updateBodyInput,
  updateUnitInput,
  versionsOutput,
} from './types.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
/** A signed agreement, scanned or printed to PDF; read whole to check what it is. */
const MAX_AGREEMENT_BYTES = 20 * 1024 * 1024;

export function bodyRoutes(app: FastifyInstance, bodies: BodiesService) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['执法主体与科室'];

  r.get(
    '/api/v1/bodies',
    {
      config: { access: 'bodies.read' },
      schema: {
        tags,
        summary: '执法主体列表（数据范围内）',
        querystring: z.object({ q: trimmedText().max(50).optional() }),
        response: { 200: z.array(bodyOutput) },
      },
    },
    async (req) => bodies.listBodies(userCtx(req), req.query.q),
  );

  r.get(
    '/api/v1/bodies/export',
    {
      config: { access: 'bodies.read' },
      schema: { download: [MEDIA.xlsx], tags, summary: '导出执法主体名录 (.xlsx)' },
    },
    async (req, reply) => {
      const file = await bodies.export(userCtx(req));
      reply
        .header('content-type', XLSX)
        .header(
          'content-disposition',
          `attachment; filename*=UTF-8''${encodeURIComponent('执法主体名录.xlsx')}`,
        );
      return reply.send(file);
    },
  );

  r.post(
    '/api/v1/bodies/import',
    {
      config: { access: 'bodies.write' },
      schema: {
        upload: { file: '执法主体名录', types: [MEDIA.xlsx] },
        refusals: [422],
        tags,
        summary: '导入执法主体名录 (.xlsx，multipart 字段 file)；有错误时逐行报告且不导入任何数据',
        consumes: ['multipart/form-data'],
        response: { 200: z.object({ imported: z.number() }) },
      },
    },
    async (req) => {
      const upload = await readUpload(req, {
        what: ' .xlsx 文件',
        field: 'file',
        maxBytes: MAX_IMPORT_BYTES,
      });
      return bodies.import(userCtx(req), upload.content);
    },
  );

  r.get(
    '/api/v1/bodies/:id',
    {
      config: { access: 'bodies.read' },
      schema: { tags, summary: '执法主体详情', params: idParam, response: { 200: bodyOutput } },
    },
    async (req) => bodies.getBodyInScope(userCtx(req), req.params.id),
  );

  r.post(
    '/api/v1/bodies',
    {
      config: { access: 'bodies.write', idempotent: true },
      schema: {
        refusals: [404, 409],
        tags,
        summary: '新建下级执法主体',
        body: createBodyInput,
        response: { 201: bodyOutput },
      },
    },
    async (req, reply) => reply.status(201).send(await bodies.createBody(userCtx(req), req.body)),
  );

  r.put(
    '/api/v1/bodies/:id',
    {
      config: { access: 'bodies.write' },
      schema: {
        tags,
        summary: '修改执法主体（需填写理由，保留历史版本）',
        params: idParam,
        body: updateBodyInput,
        response: { 200: bodyOutput },
      },
    },
    async (req) => bodies.updateBody(userCtx(req), req.params.id, req.body),
  );

  r.get(
    '/api/v1/bodies/:id/versions',
    {
      config: { access: 'bodies.read' },
      schema: { tags, summary: '执法主体历史版本', params: idParam, response: { 200: versionsOutput } },
    },
    async (req) => bodies.bodyVersions(userCtx(req), req.params.id),
  );

  r.get(
    '/api/v1/bodies/:id/reviewer-indicator',
    {
      config: { access: 'bodies.read' },
      schema: {
        tags,
        summary: '法制审核人员配备比例（不少于执法人员 5%）',
        params: idParam,
        response: {
          200: z.object({
            reviewers: z.number(),
            officers: z.number(),
            required: z.number(),
            ratio: z.number().nullable(),
            meets: z.boolean(),
          }),
        },
      },
    },
    async (req) => bodies.reviewerIndicator(userCtx(req), req.params.id),
  );

  r.post(
    '/api/v1/bodies/:id/delegation-agreement',
    {
      config: { access: 'bodies.write' },
      schema: {
        upload: { file: '委托执法协议', types: [MEDIA.pdf, MEDIA.png, MEDIA.jpeg, MEDIA.gif, MEDIA.webp] },
        tags,
        summary: `上传委托执法协议（multipart，字段 file；PDF 或图片，不超过 ${MAX_AGREEMENT_BYTES / 1024 / 1024} MB）`,
        params: idParam,
        consumes: ['multipart/form-data'],
        response: { 200: bodyOutput },
      },
    },
    async (req) => {
      const upload = await readUpload(req, { what: '文件', field: 'file', maxBytes: MAX_AGREEMENT_BYTES });
      return bodies.attachDelegationAgreement(userCtx(req), req.params.id, {
        content: upload.content,
        filename: upload.fileName,
      });
    },
  );

  r.get(
    '/api/v1/bodies/:id/delegation-agreement',
    {
      config: { access: 'bodies.read' },
      schema: {
        download: [MEDIA.pdf, MEDIA.png, MEDIA.jpeg, MEDIA.gif, MEDIA.webp],
        tags,
        summary: '下载委托执法协议',
        params: idParam,
      },
    },
    async (req, reply) => {
      const { stream, filename, contentType } = await bodies.delegationAgreement(userCtx(req), req.params.id);
      reply
        .header('content-type', contentType)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`);
      return reply.send(stream);
    },
  );

  r.get(
    '/api/v1/units',
    {
      config: { access: 'bodies.read' },
      schema: {
        refusals: [404],
        tags,
        summary: '科室列表',
        querystring: z.object({ bodyId: z.uuid().optional() }),
        response: { 200: z.array(unitOutput) },
      },
    },
    async (req) => bodies.listUnits(userCtx(req), req.query.bodyId),
  );

  r.post(
    '/api/v1/units',
    {
      config: { access: 'bodies.write', idempotent: true },
      schema: {
        refusals: [404, 409],
        tags,
        summary: '新建科室',
        body: unitInput,
        response: { 201: unitOutput },
      },
    },
    async (req, reply) => reply.status(201).send(await bodies.createUnit(userCtx(req), req.body)),
  );

  r.put(
    '/api/v1/units/:id',
    {
      config: { access: 'bodies.write' },
      schema: {
        tags,
        summary: '修改科室',
        params: idParam,
        body: updateUnitInput,
        response: { 200: unitOutput },
      },
    },
    async (req) => bodies.updateUnit(userCtx(req), req.params.id, req.body),
  );
}
