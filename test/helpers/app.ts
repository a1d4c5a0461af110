// Test harness: a complete app on a database of its own (test/helpers/database.ts) holding the demo
// tenant, so every role has an account, with the fixed test clock (test/helpers/clock.ts) and the pinned
// holiday notices (test/helpers/calendar.ts). Tests never share state.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../../src/platform/config.ts';
import type { DatabaseTarget } from '../../src/platform/db/client.ts';
import type { Clock } from '../../src/platform/clock.ts';
import { createServices, type Services } from '../../src/services.ts';
import { buildApp } from '../../src/app.ts';
import { DEMO_PASSWORD, seedDemoIfEmpty } from '../../src/demo/seed.ts';
import type { RouteAccess } from '../../src/modules/access/index.ts';
import { clientOf, sessionCookie, type Client } from './client.ts';
import { testDatabase } from './database.ts';
import { watchResponses } from './responses-seen.ts';
import { testConfig, testServiceOptions } from './services.ts';

export { DEMO_PASSWORD, type Client };

export interface TestApp {
  app: FastifyInstance;
  services: Services;
  config: Config;
  routeAccess: Map<string, RouteAccess>;
  login(username: string, password?: string): Promise<Client>;
  anonymous(): Client;
  /**
   * Stops the app and its services, runs `between` on the stopped system (e.g. a CLI command on its
   * database: `onDisk` apps), then starts them again with `config` changed as given.
   */
  restart(between: (config: Config) => Promise<void>, config?: Partial<Config>): Promise<void>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** false: a migrated database without the demo tenant. */
  seed?: boolean;
  /**
   * The services' clock; a fixed clock at TEST_NOW unless given. The demo tenant is seeded at TEST_NOW
   * whatever the clock (the copy comes from the run's template).
   */
  clock?: Clock;
  /**
   * The embedded database in a directory (DATA_DIR/db) instead of memory, and `config.database` naming the
   * database the app runs on (a PostgreSQL copy too), as a deployed server's does: for backup and restore.
   */
  onDisk?: boolean;
}

/** The test database as a deployed server has it: PGlite in DATA_DIR/db, and the config naming it. */
function deployed(target: DatabaseTarget, config: Config): DatabaseTarget {
  if (target.kind === 'postgres') {
    config.database = { kind: 'postgres', url: target.url, poolSize: target.poolSize ?? 5 };
    return target;
  }
  if (config.database.kind !== 'pglite') throw new Error('onDisk: DATABASE_URL is set by the test database');
  return { ...target, dir: config.database.dir };
}

/** `env` overrides settings (e.g. LEDGER_CHECKPOINT_EVERY), as the process environment would. */
export async function createTestApp(
  env: Record<string, string> = {},
  opts: TestAppOptions = {},
): Promise<TestApp> {
  const seed = opts.seed !== false;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sx-test-'));
  const database = await testDatabase({ seeded: seed });
  const config = testConfig(dataDir, env);
  const target = opts.onDisk ? deployed(database.target, config) : database.target;
  const services = await createServices(config, target, testServiceOptions(opts.clock));
  if (seed && !database.seeded) await seedDemoIfEmpty(services);
  const { app, routeAccess } = await buildApp(config, services);
  watchResponses(app);

  const t: TestApp = {
    app,
    services,
    config,
    routeAccess,
    anonymous: () => clientOf(t.app, null, null),
    async restart(between, changed = {}) {
      await t.app.close();
      await t.services.close();
      await between(t.config);
      t.config = { ...t.config, ...changed };
      // The database is there now: PGlite opens its directory rather than the template image again.
      const again = target.kind === 'pglite' ? { kind: 'pglite' as const, dir: target.dir } : target;
      t.services = await createServices(t.config, again, testServiceOptions(opts.clock));
      ({ app: t.app, routeAccess: t.routeAccess } = await buildApp(t.config, t.services));
      watchResponses(t.app);
    },
    async login(username, password = DEMO_PASSWORD) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username, password },
      });
      if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
      return clientOf(t.app, sessionCookie(res), (res.json() as { csrfToken: string }).csrfToken);
    },
    async close() {
      await t.app.close();
      await t.services.close();
      await database.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return t;
}
