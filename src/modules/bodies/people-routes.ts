// A3–A4 HTTP: people, certificates, annual reviews, roster import/export, and the public verification
// of a certificate number (E2).
import { MEDIA } from '../../platform/http/openapi-contract.ts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { trimmedText } from '../../platform/text.ts';
import type { Db } from '../../platform/db/client.ts';
import { sendJsonText } from '../../platform/http/json-text.ts';
import { readUpload } from '../../platform/http/upload.ts';
import { userCtx } from '../access/index.ts';
import type { PeopleService } from './people-service.ts';
import {
  certificateInput,
  certificateOutput,
  certificateReviewInput,
  idNumber,
  idParam,
  peopleQuery,
  personDetail,
  personFields,
  personListItem,
  updateCertificateInput,
  updatePersonInput,
  versionsOutput,
} from './types.ts';
import { verifyCertificate, verificationOutput } from './verification.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export function peopleRoutes(app: FastifyInstance, deps: { db: Db; people: PeopleService }) {
  const { people } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['执法人员与执法证'];

  r.get(
    '/api/v1/people',
    {
      config: { access: 'people.read' },
      schema: {
        tags,
        summary: '人员列表（键集分页）',
        querystring: peopleQuery,
        response: { 200: z.object({ items: z.array(personListItem), nextCursor: z.string().nullable() }) },
      },
    },
    async (req, reply) => {
      const { reviewer, ...rest } = req.query;
      const text = await people.listJson(userCtx(req), {
        ...rest,
        reviewer: reviewer === undefined ? undefined : reviewer === 'true',
      });
      return sendJsonText(reply, text);
    },
  );

  r.get(
    '/api/v1/people/:id',
    {
      config: { access: 'people.read' },
      schema: {
        tags,
        summary: '人员详情（身份证号、手机号仅对有权角色显示，并记入审计）',
        params: idParam,
        response: { 200: personDetail },
      },
    },
    async (req) => people.get(userCtx(req), req.params.id),
  );

  // POST, so the ID number stays out of URLs and access logs.
  r.post(
    '/api/v1/people/lookup',
    {
      config: { access: 'people.read_personal' },
      schema: {
        tags,
        summary: '按身份证号精确查找人员（盲索引，记入审计）',
        body: z.object({ idNumber }),
        response: { 200: z.object({ items: z.array(personListItem) }) },
      },
    },
    async (req) => people.findByIdNumber(userCtx(req), req.body.idNumber),
  );

  r.post(
    '/api/v1/people',
    {
      config: { access: 'people.write', idempotent: true },
      schema: {
        refusals: [404, 409],
        tags,
        summary: '新增人员',
        body: personFields,
        response: { 201: z.object({ id: z.uuid(), version: z.number() }) },
      },
    },
    async (req, reply) => reply.status(201).send(await people.create(userCtx(req), req.body)),
  );

  r.put(
    '/api/v1/people/:id',
    {
      config: { access: 'people.write' },
      schema: {
        tags,
        summary: '修改人员（需填写理由）',
        params: idParam,
        body: updatePersonInput,
        response: { 200: z.object({ id: z.uuid(), version: z.number() }) },
      },
    },
    async (req) => people.update(userCtx(req), req.params.id, req.body),
  );

  r.get(
    '/api/v1/people/:id/versions',
    {
      config: { access: 'people.read' },
      schema: { tags, summary: '人员历史版本', params: idParam, response: { 200: versionsOutput } },
    },
    async (req) => people.versions(userCtx(req), req.params.id),
  );

  r.get(
    '/api/v1/people/export',
    {
      config: { access: 'people.export' },
      schema: {
        download: [MEDIA.xlsx],
        tags,
        summary: '导出执法人员名册 (.xlsx)',
        querystring: z.object({ bodyId: z.uuid().optional() }),
      },
    },
    async (req, reply) => {
      const file = await people.export(userCtx(req), req.query.bodyId);
      reply
        .header('content-type', XLSX)
        .header(
          'content-disposition',
          `attachment; filename*=UTF-8''${encodeURIComponent('执法人员名册.xlsx')}`,
        );
      return reply.send(file);
    },
  );

  r.post(
    '/api/v1/people/import',
    {
      config: { access: 'people.write' },
      schema: {
        upload: { file: '执法人员名录', types: [MEDIA.xlsx] },
        // 409: a person the file updates was edited by someone else meanwhile.
        refusals: [404, 409, 422],
        tags,
        summary:
          '导入执法人员名册 (.xlsx，multipart 字段 file)；身份证号与本机构已有人员相同的行更新该人员，其余新增；有错误时逐行报告且不导入任何数据',
        querystring: z.object({ bodyId: z.uuid() }),
        consumes: ['multipart/form-data'],
        response: {
          200: z.object({
            imported: z.number(),
            created: z.number(),
            updated: z.number(),
            unchanged: z.number(),
          }),
        },
      },
    },
    async (req) => {
      const upload = await readUpload(req, {
        what: ' .xlsx 文件',
        field: 'file',
        maxBytes: MAX_IMPORT_BYTES,
      });
      return people.import(userCtx(req), req.query.bodyId, upload.content);
    },
  );

  r.get(
    '/api/v1/certificates/:id',
    {
      config: { access: 'people.read' },
      schema: { tags, summary: '执法证详情', params: idParam, response: { 200: certificateOutput } },
    },
    async (req) => people.getCertificate(userCtx(req), req.params.id),
  );

  r.post(
    '/api/v1/certificates',
    {
      config: { access: 'certificates.write', idempotent: true },
      schema: {
        refusals: [404, 409],
        tags,
        summary: '登记执法证',
        body: certificateInput,
        response: { 201: certificateOutput },
      },
    },
    async (req, reply) => reply.status(201).send(await people.createCertificate(userCtx(req), req.body)),
  );

  r.put(
    '/api/v1/certificates/:id',
    {
      config: { access: 'certificates.write' },
      schema: {
        tags,
        summary: '修改执法证（状态、类别、有效期；需填写理由）',
        params: idParam,
        body: updateCertificateInput,
        response: { 200: certificateOutput },
      },
    },
    async (req) => people.updateCertificate(userCtx(req), req.params.id, req.body),
  );

  r.post(
    '/api/v1/certificates/:id/reviews',
    {
      config: { access: 'certificates.write', idempotent: true },
      schema: {
        refusals: [409],
        tags,
        summary: '登记年度审验',
        params: idParam,
        body: certificateReviewInput,
        response: { 200: certificateOutput },
      },
    },
    async (req) => people.addReview(userCtx(req), req.params.id, req.body),
  );

  r.get(
    '/api/v1/public/officers/:number',
    {
      config: { access: 'public' },
      schema: {
        tags: ['公开查询'],
        summary: '按执法证号核验执法人员身份（公开）',
        params: z.object({ number: trimmedText().min(1).max(40) }),
        response: { 200: verificationOutput },
      },
    },
    async (req) => verifyCertificate(deps.db, req.ctx, req.params.number),
  );
}
