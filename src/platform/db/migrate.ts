// Applies the generated SQL migrations. On PostgreSQL an advisory lock serialises processes starting
// together (several app instances, parallel test files); PGlite has one owning process and a
// one-connection pool, so holding a lock connection there would deadlock the migrator.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import type { Database } from './client.ts';

const MIGRATIONS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../migrations');
const LOCK_KEY = 7_324_001;

export async function runMigrations(database: Database): Promise<void> {
  if (database.kind === 'pglite') {
    await database.pool.query('create extension if not exists pg_trgm');
    await migrate(database.db, { migrationsFolder: MIGRATIONS });
    return;
  }
  const lock = await database.pool.connect();
  try {
    await lock.query('select pg_advisory_lock($1)', [LOCK_KEY]);
    await database.pool.query('create extension if not exists pg_trgm');
    await migrate(database.db, { migrationsFolder: MIGRATIONS });
  } finally {
    await lock.query('select pg_advisory_unlock($1)', [LOCK_KEY]).catch(() => undefined);
    lock.release();
  }
}
