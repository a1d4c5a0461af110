// The composition root: the HTTP application, shared by `npm start` and the tests — plugins, error
// model, OpenAPI, the access hook, then each module's routes, the portal and the staff app. Everything
// stateful comes in through `services`; modules are registered by walking MODULES.
import fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from './platform/config.ts';
import type { JobDefinition } from './platform/jobs/jobs.ts';
import { installErrorHandler, respondToError } from './platform/http/errors-handler.ts';
import { refuseUnstorableInput } from './platform/http/storable-input.ts';
import { registerSecurityHeaders } from './platform/http/security-headers.ts';
import { responseSerializerCompiler } from './platform/http/serializer.ts';
import { collectRouteFacts, completeContract } from './platform/http/openapi-contract.ts';
import { adminRoutes } from './platform/http/admin-static.ts';
import { declareIdempotencyKey, registerIdempotency } from './platform/idempotency/hook.ts';
import type { ModuleDescriptor } from './platform/module.ts';
import { EventCatalogue } from './platform/ledger/catalogue.ts';
import type { Services } from './services.ts';
import type { RouteAccess } from './modules/access/index.ts';
import { auditModule } from './modules/audit/index.ts';
import { authModule, registerAccessControl } from './modules/auth/index.ts';
import { bodiesModule } from './modules/bodies/index.ts';
import { calendarModule } from './modules/calendar/index.ts';
import { casesModule } from './modules/cases/index.ts';
import { catalogModule } from './modules/catalog/index.ts';
import { publicityModule } from './modules/publicity/index.ts';
import { recordsModule } from './modules/records/index.ts';
import { reviewModule } from './modules/review/index.ts';
import { workQueueModule } from './modules/work-queue/index.ts';
import { portalErrorPage, portalRoutes } from './portal/routes.ts';
import { demoLedger } from './demo/events.ts';

z.config(z.locales.zhCN());

/** What a module may ask of the app: any service by its key, the configuration, the event catalogue. */
export type AppDeps = Services & { config: Config; events: EventCatalogue };

/** Every module with routes or jobs, in the order their routes appear in the OpenAPI document. */
export const MODULES: readonly ModuleDescriptor<AppDeps>[] = [
  authModule,
  bodiesModule,
  auditModule,
  calendarModule,
  catalogModule,
  casesModule,
  recordsModule,
  publicityModule,
  reviewModule,
  workQueueModule,
];

/**
 * Every ledger event any part of the application writes — each module's, and the demo tenant's — with
 * its Chinese label, payload schema and DOMAIN id; two definitions of one code stop the start.
 */
export const ledgerEvents = new EventCatalogue([
  ...MODULES.flatMap((m) => (m.events ? [m.events] : [])),
  demoLedger,
]);

/** The scheduled jobs of every module. */
export function moduleJobs(services: Services, config: Config): JobDefinition[] {
  return [
    ...MODULES.flatMap((m) => m.jobs?.({ ...services, config, events: ledgerEvents }) ?? []),
    // C8: a signed tree head every few minutes (if anything was written), copied to the heads file.
    {
      name: 'ledger-heads',
      cron: '*/5 * * * *',
      runOnStart: true,
      run: async () => ({ head: await services.ledger.signHeadNow() }),
    },
    // Idempotency-Key records hold responses with personal data: gone within the hour after 24 h.
    {
      name: 'idempotency-keys-expiry',
      cron: '17 * * * *',
      runOnStart: true,
      run: async () => ({ removed: await services.idempotency.removeExpired(services.clock.now()) }),
    },
  ];
}

export interface BuiltApp {
  app: FastifyInstance;
  /** "METHOD /url" → declared access, for the route × role test and the docs. */
  routeAccess: Map<string, RouteAccess>;
}

export async function buildApp(config: Config, services: Services): Promise<BuiltApp> {
  // Outside the API, errors and unknown addresses are the portal's pages.
  const errorPage = portalErrorPage(services);
  const app = fastify({
    logger: config.logLevel === 'silent' ? false : { level: config.logLevel },
    bodyLimit: config.maxBodyBytes,
    trustProxy: config.trustProxy,
    frameworkErrors: respondToError({ page: errorPage }),
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(responseSerializerCompiler);
  installErrorHandler(app, { page: errorPage });
  refuseUnstorableInput(app);

  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: config.maxUploadBytes, files: 1, fields: 20 } });
  await app.register(rateLimit, { global: false });
  await registerSecurityHeaders(app);
  const routeFacts = collectRouteFacts(app);
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
    transform: (route) => declareIdempotencyKey(jsonSchemaTransform(route), route.route),
    transformObject: (document) =>
      'openapiObject' in document
        ? completeContract(document.openapiObject, routeFacts)
        : document.swaggerObject,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  const routeAccess = new Map<string, RouteAccess>();
  registerAccessControl(app, services.auth, services.tokens, routeAccess, services.clock);
  registerIdempotency(app, services.idempotency);

  app.get('/healthz', { schema: { hide: true } }, async (_req, reply) => {
    await services.database.pool.query('select 1');
    return reply.send({ status: 'ok' });
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  const deps: AppDeps = { ...services, config, events: ledgerEvents };
  for (const module of MODULES) await module.routes?.(app, deps);
  portalRoutes(app, services);
  await adminRoutes(app);

  await app.ready();
  return { app, routeAccess };
}
