// A5 HTTP: the caller's work queue (待办), the landing page of the staff app.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { userCtx } from '../access/index.ts';
import type { WorkQueueService } from './service.ts';
import { workQueueOutput, workQueueQuery } from './types.ts';

export function workQueueRoutes(app: FastifyInstance, queue: WorkQueueService) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/work-queue',
    {
      config: { access: 'cases.read' },
      schema: {
        tags: ['待办'],
        summary:
          '我的待办：执法人员的下一步（按期限）、负责人待审批（立案、延期、决定、集体讨论）与逾期案件、档案管理员待归档；按角色与数据范围',
        querystring: workQueueQuery,
        response: { 200: workQueueOutput },
      },
    },
    async (req) => queue.forCaller(userCtx(req), req.query.limit),
  );
}
