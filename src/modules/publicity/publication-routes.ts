// E3–E8 HTTP: the publisher's drafts (edit the redaction, propose not to publish, submit), the chain's
// approvals, publishing, the recorded 复议/诉讼 outcome, withdrawal, and the body's approval chain. Thin.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { userCtx } from '../access/index.ts';
import type { PublicationLifecycle } from './lifecycle.ts';
import {
  approveInput,
  caseParams,
  chainInput,
  chainOutput,
  editInput,
  listQuery,
  outcomeInput,
  publicationDetail,
  publicationList,
  publicationParams,
  reasonInput,
  supervisionOutput,
  versionInput,
} from './publication-types.ts';
import type { PublicationsService } from './service.ts';

export function publicationRoutes(
  app: FastifyInstance,
  publications: PublicationsService,
  lifecycle: PublicationLifecycle,
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['执法公示'];
  const base = '/api/v1/publicity/publications';
  const detail = (req: Parameters<typeof userCtx>[0], id: string) => publications.get(userCtx(req), id);

  r.get(
    base,
    {
      config: { access: 'publicity.read' },
      schema: {
        tags,
        summary: '公开信息列表（按公开期限排序，含即将到期、已超期标记）',
        querystring: listQuery,
        response: { 200: publicationList },
      },
    },
    async (req) => ({
      items: await publications.list(
        userCtx(req),
        req.query.status
          ?.split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      ),
    }),
  );

  r.get(
    `${base}/:id`,
    {
      config: { access: 'publicity.read' },
      schema: {
        tags,
        summary: '公开信息详情',
        params: publicationParams,
        response: { 200: publicationDetail },
      },
    },
    async (req) => detail(req, req.params.id),
  );

  r.put(
    `${base}/:id`,
    {
      config: { access: 'publicity.redact' },
      schema: {
        refusals: [409, 422],
        tags,
        summary: '编辑公开草稿：公开方式、法律依据、增加或取消一处隐去（须说明理由）、不予公开的理由',
        params: publicationParams,
        body: editInput,
        response: { 200: publicationDetail },
      },
    },
    async (req) => {
      await publications.edit(userCtx(req), req.params.id, req.body);
      return detail(req, req.params.id);
    },
  );

  r.post(
    `${base}/:id/submit`,
    {
      config: { access: 'publicity.redact' },
      schema: {
        refusals: [409, 422],
        tags,
        summary: '承办人提交审批（摘要须完整；不予公开须写明理由）',
        params: publicationParams,
        body: versionInput,
        response: { 200: publicationDetail },
      },
    },
    async (req) => {
      await publications.submit(userCtx(req), req.params.id, req.body.version);
      return detail(req, req.params.id);
    },
  );

  r.post(
    `${base}/:id/approve`,
    {
      config: { access: 'publicity.approve' },
      schema: {
        refusals: [409, 422],
        tags,
        summary: '审批当前环节（不得越级，同一人不得审批两次）',
        params: publicationParams,
        body: approveInput,
        response: { 200: publicationDetail },
      },
    },
    async (req) => {
      await publications.approve(userCtx(req), req.params.id, req.body.version, req.body.step);
      return detail(req, req.params.id);
    },
  );

  r.post(
    `${base}/:id/return`,
    {
      config: { access: 'publicity.approve' },
      schema: {
        refusals: [409, 422],
        tags,
        summary: '退回草稿（写明理由，审批重新开始）',
        params: publicationParams,
        body: reasonInput,
        response: { 200: publicationDetail },
      },
    },
    async (req) => {
      await publications.sendBack(userCtx(req), req.params.id, req.body.version, req.body.reason);
      return detail(req, req.params.id);
    },
  );

  r.post(
    `${base}/:id/publish`,
    {
      config: { access: 'publicity.redact' },
      schema: {
        refusals: [409, 422],
        tags,
        summary: '发布已审批的公开信息（门户网站与信用渠道，按各自公示期限）',
        params: publicationParams,
        body: versionInput,
        response: { 200: publicationDetail },
      },
    },
    async (req) => {
      await lifecycle.publish(userCtx(req), req.params.id, req.body.version);
      return detail(req, req.params.id);
    },
  );

  r.post(
    `${base}/:id/withdraw`,
    {
      config: { access: 'publicity.redact' },
      schema: {
        refusals: [409, 422],
        tags,
        summary: '从全部渠道撤回（写明理由；门户显示撤回说明）',
        params: publicationParams,
        body: reasonInput,
        response: { 200: publicationDetail },
      },
    },
    async (req) => {
      await lifecycle.withdraw(userCtx(req), req.params.id, req.body.version, req.body.reason);
      return detail(req, req.params.id);
    },
  );

  r.post(
    '/api/v1/publicity/cases/:caseId/outcome',
    {
      config: { access: 'publicity.outcome' },
      schema: {
        refusals: [422],
        tags,
        summary: '登记复议、诉讼结果（变更、撤销、确认违法的，已公开的信息须在 3 个工作日内撤回）',
        params: caseParams,
        body: outcomeInput,
        response: { 200: publicationDetail },
      },
    },
    async (req) => {
      const ctx = userCtx(req);
      const id = await lifecycle.recordOutcome(ctx, req.params.caseId, req.body);
      return detail(req, id!);
    },
  );

  r.get(
    '/api/v1/publicity/supervision',
    {
      config: { access: 'publicity.read' },
      schema: {
        tags,
        summary: '公示监督：各执法主体即将到期、已超期、选择性公示、不予公开和撤回超期的数量',
        response: { 200: supervisionOutput },
      },
    },
    async (req) => ({ bodies: await publications.supervision(userCtx(req)) }),
  );

  r.get(
    '/api/v1/publicity/settings/chain',
    {
      config: { access: 'publicity.read' },
      schema: { tags, summary: '本机关的公开审批流程', response: { 200: chainOutput } },
    },
    async (req) => {
      const ctx = userCtx(req);
      return { chain: await publications.chainOf(ctx, ctx.actor.bodyId) };
    },
  );

  r.put(
    '/api/v1/publicity/settings/chain',
    {
      config: { access: 'publicity.settings' },
      schema: {
        tags,
        summary: '设置公开审批流程（从承办人开始，按承办机构负责人、分管领导、主要负责人的顺序）',
        body: chainInput,
        response: { 200: chainOutput },
      },
    },
    async (req) => ({ chain: await publications.setChain(userCtx(req), req.body.chain) }),
  );
}
