// The HTTP application factory, shared by `npm start` and the tests: plugins, error model, OpenAPI,
// then each module's routes. Everything stateful comes in through `services`.
import fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../config.ts';
import { installErrorHandler } from './errors-handler.ts';
import type { Services } from '../../services.ts';
import { registerAccessControl } from '../../modules/auth/plugin.ts';
import type { RouteAccess } from '../../modules/auth/policy.ts';
import { authRoutes } from '../../modules/auth/routes.ts';
import { bodyRoutes } from '../../modules/bodies/routes.ts';
import { peopleRoutes } from '../../modules/bodies/people-routes.ts';
import { auditRoutes } from '../../modules/audit/routes.ts';
import { calendarRoutes } from '../calendar/routes.ts';
import { catalogRoutes } from '../../modules/catalog/routes.ts';
import { caseRoutes } from '../../modules/cases/routes.ts';
import { evidenceRoutes } from '../../modules/cases/evidence-routes.ts';
import { casePartyRoutes } from '../../modules/cases/party-routes.ts';
import { caseDocumentRoutes } from '../../modules/cases/documents/routes.ts';
import { portalRoutes } from '../../portal/routes.ts';
import { adminRoutes } from './admin-static.ts';

z.config(z.locales.zhCN());

export interface BuiltApp {
  app: FastifyInstance;
  /** "METHOD /url" → declared access, for the route × role test and the docs. */
  routeAccess: Map<string, RouteAccess>;
}

export async function buildApp(config: Config, services: Services): Promise<BuiltApp> {
  const app = fastify({
    logger: config.logLevel === 'silent' ? false : { level: config.logLevel },
    bodyLimit: config.maxBodyBytes,
    trustProxy: config.trustProxy,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);

  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: config.maxUploadBytes, files: 1, fields: 20 } });
  await app.register(rateLimit, { global: false });
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        upgradeInsecureRequests: null,
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'", "'unsafe-inline'"],
        frameSrc: ["'self'", 'blob:'],
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  await app.register(swagger, {
    openapi: {
      info: {
        title: '三项制度执法平台 API',
        version: '1.0.0',
        description: '行政执法公示、执法全过程记录、重大执法决定法制审核',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'sx_session' },
          token: { type: 'http', scheme: 'bearer', description: 'API 令牌 (sxt_…)' },
        },
      },
      security: [{ session: [] }, { token: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  const routeAccess = new Map<string, RouteAccess>();
  registerAccessControl(app, services.auth, services.tokens, routeAccess);

  app.get('/healthz', { schema: { hide: true } }, async (_req, reply) => {
    await services.database.pool.query('select 1');
    return reply.send({ status: 'ok' });
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  authRoutes(app, services.auth, services.tokens, { cookieSecure: config.cookieSecure });
  bodyRoutes(app, services.bodies, { db: services.database.db, ledger: services.ledger });
  peopleRoutes(app, {
    db: services.database.db,
    ledger: services.ledger,
    bodies: services.bodies,
    people: services.people,
  });
  auditRoutes(app, services.database.db, services.ledger);
  calendarRoutes(app, services.calendar);
  catalogRoutes(app, services.catalog, services.ledger);
  caseRoutes(app, services.cases);
  evidenceRoutes(app, services.evidence, services.cases, { maxFileBytes: config.maxUploadBytes });
  casePartyRoutes(app, services.caseParties, services.cases);
  caseDocumentRoutes(app, services.caseDocuments);
  portalRoutes(app, services);
  await adminRoutes(app);

  await app.ready();
  return { app, routeAccess };
}
