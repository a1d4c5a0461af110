// E10 skeleton placeholder; replaced by the portal implementation.
import type { FastifyInstance } from 'fastify';
import type { Services } from '../services.ts';

export function portalRoutes(app: FastifyInstance, _services: Services) {
  app.get('/', { schema: { hide: true } }, async (_req, reply) => reply.type('text/html; charset=utf-8').send('<h1>三项制度执法平台</h1>'));
}
