// Serves the built staff app under /admin/, with the SPA fallback so deep links survive a reload.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

export const ADMIN_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../dist/admin');

export async function adminRoutes(app: FastifyInstance) {
  if (!fs.existsSync(path.join(ADMIN_DIST, 'index.html'))) {
    app.get('/admin/*', { schema: { hide: true } }, async (_req, reply) =>
      reply
        .status(503)
        .type('text/html; charset=utf-8')
        .send('<h1>管理端尚未构建</h1><p>请运行 npm run build:admin 或 npm start。</p>'),
    );
    return;
  }
  await app.register(fastifyStatic, {
    root: ADMIN_DIST,
    prefix: '/admin/',
    wildcard: false,
    index: ['index.html'],
  });
  app.get('/admin/*', { schema: { hide: true } }, async (_req, reply) =>
    reply.sendFile('index.html', ADMIN_DIST),
  );
  app.get('/admin', { schema: { hide: true } }, async (_req, reply) => reply.redirect('/admin/'));
}
