// The run's database template: migrated and seeded with the demo tenant once (vitest globalSetup), then
// copied for every test app instead of each test file migrating and seeding its own (3–5 s each).
// On PGlite the template is a data-directory image in a file (PGlite dumpDataDir; a copy starts from it
// with loadDataDir); on PostgreSQL (TEST_DATABASE_URL) it is a database that copies are created from
// (CREATE DATABASE … TEMPLATE).
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Database, DatabaseTarget } from '../../src/platform/db/client.ts';
import { createServices } from '../../src/services.ts';
import { seedDemoIfEmpty } from '../../src/demo/seed.ts';
import { testConfig, testServiceOptions } from './services.ts';

export type DatabaseTemplate =
  | { kind: 'pglite'; /** the image file */ image: string }
  | { kind: 'postgres'; /** the template database on TEST_DATABASE_URL's server */ database: string };

declare module 'vitest' {
  export interface ProvidedContext {
    /** Absent when the run has no globalSetup building it: each test app then builds its own. */
    databaseTemplate?: DatabaseTemplate;
  }
}

/** `url` with its database replaced by `database`. */
export function databaseUrl(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Runs one statement as the server's administrator (CREATE/DROP DATABASE cannot run in a pool). */
export async function adminQuery(url: string, text: string): Promise<void> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(text);
  } finally {
    await admin.end();
  }
}

export const uniqueDatabaseName = (prefix: string) => `${prefix}_${randomBytes(6).toString('hex')}`;

/** A database on `target`, migrated and seeded like every test app's; `keep` runs before it is closed. */
async function migrateAndSeed(
  workDir: string,
  target: DatabaseTarget,
  keep: (database: Database) => Promise<void> = async () => undefined,
): Promise<void> {
  const services = await createServices(testConfig(workDir), target, testServiceOptions());
  try {
    await seedDemoIfEmpty(services);
    await keep(services.database);
  } finally {
    await services.close();
  }
}

/**
 * Builds the template in `workDir` (a fresh temporary directory the caller removes afterwards) and
 * returns it with the function that drops it.
 */
export async function buildTemplate(
  workDir: string,
): Promise<{ template: DatabaseTemplate; drop: () => Promise<void> }> {
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const database = uniqueDatabaseName('sx_template');
    await adminQuery(url, `create database ${database}`);
    const drop = () => adminQuery(url, `drop database if exists ${database} with (force)`);
    try {
      await migrateAndSeed(workDir, { kind: 'postgres', url: databaseUrl(url, database), poolSize: 2 });
    } catch (e) {
      await drop();
      throw e;
    }
    return { template: { kind: 'postgres', database }, drop };
  }
  const image = path.join(workDir, 'template.tar');
  await migrateAndSeed(workDir, { kind: 'pglite', dir: 'memory://' }, async (database) => {
    const dump = await database.image!();
    fs.writeFileSync(image, Buffer.from(await dump.arrayBuffer()));
  });
  return { template: { kind: 'pglite', image }, drop: async () => undefined };
}
