// H7 response headers (issue 14). The Content-Security-Policy allows scripts only from this origin: the
// staff app is a Vite build of module files with no inline script, the portal has no script at all and
// the API documentation loads its scripts as files, so 'unsafe-inline' is not needed for scripts (inline
// styles stay allowed: antd writes its CSS-in-JS into <style> elements). API answers carry personal data
// (parties' ID numbers, phones, addresses) and must not be kept by browsers or proxies: every /api/
// response is `Cache-Control: no-store` unless its route chose otherwise.
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

// On top of helmet's defaults (object-src 'none', script-src-attr 'none', frame-ancestors 'self', …).
export const CONTENT_SECURITY_POLICY = {
  upgradeInsecureRequests: null,
  defaultSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  styleSrc: ["'self'", "'unsafe-inline'"],
  scriptSrc: ["'self'"],
  frameSrc: ["'self'", 'blob:'],
};

export async function registerSecurityHeaders(app: FastifyInstance) {
  await app.register(helmet, {
    contentSecurityPolicy: { directives: CONTENT_SECURITY_POLICY },
    crossOriginEmbedderPolicy: false,
  });
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control'))
      reply.header('cache-control', 'no-store');
    return payload;
  });
}
