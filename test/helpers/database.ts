// A database of its own for each test app, so tests never share state: in-memory PGlite by default, or a
// new throwaway database on the server named by TEST_DATABASE_URL. A seeded one is a copy of the run's
// template (test/helpers/template.ts); without a template, or when a test asks for an unseeded database,
// it starts empty and createServices migrates it.
import fs from 'node:fs';
import { inject } from 'vitest';
import type { DatabaseTarget } from '../../src/platform/db/client.ts';
import { adminQuery, databaseUrl, uniqueDatabaseName, type DatabaseTemplate } from './template.ts';

export interface TestDatabase {
  target: DatabaseTarget;
  /** Whether it already holds the demo tenant (a copy of the template). */
  seeded: boolean;
  drop(): Promise<void>;
}

// The image is read once per worker process; PGlite copies it into each new database.
let image: { file: string; blob: Blob } | undefined;
function templateImage(file: string): Blob {
  if (image?.file !== file) image = { file, blob: new Blob([fs.readFileSync(file)]) };
  return image.blob;
}

export async function testDatabase(opts: { seeded: boolean }): Promise<TestDatabase> {
  const template: DatabaseTemplate | undefined = opts.seeded ? inject('databaseTemplate') : undefined;
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    const copy = template?.kind === 'pglite';
    return {
      target: { kind: 'pglite', dir: 'memory://', ...(copy ? { image: templateImage(template.image) } : {}) },
      seeded: copy,
      drop: async () => undefined,
    };
  }
  const copy = template?.kind === 'postgres';
  const name = uniqueDatabaseName('sx_test');
  await adminQuery(url, `create database ${name}${copy ? ` template ${template.database}` : ''}`);
  return {
    target: { kind: 'postgres', url: databaseUrl(url, name), poolSize: 5 },
    seeded: copy,
    drop: () => adminQuery(url, `drop database if exists ${name} with (force)`),
  };
}
