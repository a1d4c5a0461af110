// D2–D7 HTTP: the caller's review queue, a case's review and its materials checklist, and each act on a
// review (submit, assign, recuse, findings, opinion, extension, contest, coordination, collective
// decision). Each write carries the version the caller read: a concurrent act answers 409.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { userCtx } from '../access/index.ts';
import type { ReviewService } from './service.ts';
import {
  assignInput,
  caseQuery,
  collectiveInput,
  contestInput,
  coordinateInput,
  extendInput,
  findingInput,
  materialLine,
  opinionInput,
  queueQuery,
  queueOutput,
  recuseInput,
  reviewOutput,
  submitInput,
} from './types.ts';

const tags = ['法制审核'];
const params = z.object({ id: z.uuid() });

export function reviewRoutes(app: FastifyInstance, reviews: ReviewService) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/v1/reviews',
    {
      config: { access: 'reviews.read' },
      schema: {
        tags,
        summary: '我的法制审核待办：分配给我的；法制机构负责人：本机关待分配的；承办人员：我提交的',
        querystring: queueQuery,
        response: { 200: queueOutput },
      },
    },
    async (req) => reviews.queue(userCtx(req), req.query.limit),
  );

  r.get(
    '/api/v1/reviews/by-case',
    {
      config: { access: 'reviews.read' },
      schema: {
        tags,
        summary: '案件的法制审核（全部轮次）',
        querystring: caseQuery,
        refusals: [404],
        response: { 200: reviewOutput },
      },
    },
    async (req) => reviews.forCase(userCtx(req), req.query.caseId),
  );

  r.post(
    '/api/v1/reviews/materials',
    {
      config: { access: 'reviews.read' },
      schema: {
        tags,
        summary: '送审材料清单（从案卷中核对，提交前查看）',
        body: submitInput.omit({ confirmed: true }),
        refusals: [404],
        response: { 200: z.object({ items: z.array(materialLine) }) },
      },
    },
    async (req) => reviews.materials(userCtx(req), req.body.caseId, req.body),
  );

  r.get(
    '/api/v1/reviews/:id',
    {
      config: { access: 'reviews.read' },
      schema: { tags, summary: '法制审核详情', params, response: { 200: reviewOutput } },
    },
    async (req) => reviews.get(userCtx(req), req.params.id),
  );

  r.post(
    '/api/v1/reviews',
    {
      config: { access: 'reviews.submit' },
      schema: {
        tags,
        summary: '提交法制审核（送审材料不全的，逐项列明；承办机构确认材料真实、准确、完整）',
        body: submitInput,
        refusals: [404, 409, 422],
        response: { 200: reviewOutput },
      },
    },
    async (req) => reviews.submit(userCtx(req), req.body),
  );

  const act = <S extends z.ZodType>(
    path: string,
    access: 'reviews.manage' | 'reviews.review' | 'reviews.submit' | 'reviews.decide',
    summary: string,
    body: S,
    run: (ctx: ReturnType<typeof userCtx>, id: string, input: z.output<S>) => Promise<unknown>,
  ) =>
    r.post(
      `/api/v1/reviews/:id/${path}`,
      {
        config: { access },
        schema: { tags, summary, params, body, refusals: [409, 422], response: { 200: reviewOutput } },
      },
      async (req) => run(userCtx(req), req.params.id, req.body as z.output<S>) as never,
    );

  act('assign', 'reviews.manage', '分配或重新分配审核人员（回避、资格、名册校验）', assignInput, (c, id, b) =>
    reviews.assign(c, id, b),
  );
  act('recuse', 'reviews.review', '审核人员声明回避（须说明理由）', recuseInput, (c, id, b) =>
    reviews.recuse(c, id, b),
  );
  act('findings', 'reviews.review', '登记审核要素结论（符合/不符合/需补正）', findingInput, (c, id, b) =>
    reviews.recordFinding(c, id, b),
  );
  act('opinion', 'reviews.review', '出具法制审核意见', opinionInput, (c, id, b) =>
    reviews.giveOpinion(c, id, b),
  );
  act('extend', 'reviews.manage', '批准延长审核期限（每轮一次）', extendInput, (c, id, b) =>
    reviews.extend(c, id, b),
  );
  act('contest', 'reviews.submit', '承办机构对审核意见提出异议', contestInput, (c, id, b) =>
    reviews.contest(c, id, b),
  );
  act('coordinate', 'reviews.manage', '登记意见协调情况', coordinateInput, (c, id, b) =>
    reviews.coordinate(c, id, b),
  );
  act('collective', 'reviews.decide', '登记集体讨论决定', collectiveInput, (c, id, b) =>
    reviews.collectiveDecision(c, id, b),
  );
}
