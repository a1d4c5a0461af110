// Test harness: a complete app on a fresh database per call — in-memory PGlite by default, or a new
// throwaway database on the server named by TEST_DATABASE_URL — with the demo tenant seeded, so every
// role has an account. Tests never share state.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { loadConfig, type Config } from '../../src/platform/config.ts';
import type { DatabaseTarget } from '../../src/platform/db/client.ts';
import { createServices, type Services } from '../../src/services.ts';
import { buildApp } from '../../src/app.ts';
import { DEMO_PASSWORD, seedDemoIfEmpty } from '../../src/demo/seed.ts';
import type { RouteAccess } from '../../src/modules/access/index.ts';

export { DEMO_PASSWORD };

export interface TestApp {
  app: FastifyInstance;
  services: Services;
  config: Config;
  routeAccess: Map<string, RouteAccess>;
  login(username: string, password?: string): Promise<Client>;
  anonymous(): Client;
  close(): Promise<void>;
}

export interface Client {
  cookie: string | null;
  csrf: string | null;
  request(opts: InjectOptions): Promise<LightMyRequestResponse>;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  put(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  delete(url: string): Promise<LightMyRequestResponse>;
}

async function freshDatabase(): Promise<{ target: DatabaseTarget; drop: () => Promise<void> }> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) return { target: { kind: 'pglite', dir: 'memory://' }, drop: async () => undefined };
  const name = `sx_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const u = new URL(url);
  u.pathname = `/${name}`;
  return {
    target: { kind: 'postgres', url: u.toString(), poolSize: 5 },
    drop: async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

export async function createTestApp(
  env: Record<string, string> = {},
  opts: { seed?: boolean } = {},
): Promise<TestApp> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sx-test-'));
  const config = loadConfig({ LOG_LEVEL: 'silent', DATA_DIR: dataDir, ...env });
  const { target, drop } = await freshDatabase();
  const services = await createServices(config, target);
  if (opts.seed !== false) await seedDemoIfEmpty(services);
  const { app, routeAccess } = await buildApp(config, services);

  const makeClient = (cookie: string | null, csrf: string | null): Client => {
    const request = (o: InjectOptions) =>
      app.inject({
        ...o,
        headers: {
          ...(cookie ? { cookie } : {}),
          ...(csrf ? { 'x-csrf-token': csrf } : {}),
          ...(o.headers ?? {}),
        },
      });
    return {
      cookie,
      csrf,
      request,
      get: (url) => request({ method: 'GET', url }),
      post: (url, body) =>
        request({ method: 'POST', url, ...(body === undefined ? {} : { payload: body as object }) }),
      put: (url, body) =>
        request({ method: 'PUT', url, ...(body === undefined ? {} : { payload: body as object }) }),
      delete: (url) => request({ method: 'DELETE', url }),
    };
  };

  return {
    app,
    services,
    config,
    routeAccess,
    anonymous: () => makeClient(null, null),
    async login(username, password = DEMO_PASSWORD) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username, password },
      });
      if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
      const cookie = res.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
      return makeClient(cookie, (res.json() as { csrfToken: string }).csrfToken);
    },
    async close() {
      await app.close();
      await services.close();
      await drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Every demo account, by role, as listed in the README. */
export const DEMO_ACCOUNTS = {
  officer: 'officer1',
  unit_head: 'unithead1',
  reviewer: 'reviewer1',
  legal_head: 'legalhead1',
  deputy: 'deputy1',
  head: 'head1',
  publisher: 'publisher1',
  archivist: 'archivist1',
  sysadmin: 'sysadmin',
  secadmin: 'secadmin',
  auditor: 'auditor',
} as const;
