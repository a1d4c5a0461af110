// A database of its own for one benchmark run: on a PostgreSQL server, a fresh database named sx_bench_…
// created at the start and dropped at the end (so repeated runs never pile rows into one database);
// without a server, in-memory PGlite.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DatabaseTarget } from '../src/platform/db/client.ts';

export interface BenchDatabase {
  target: DatabaseTarget;
  /** Drops the database (unless kept); a no-op on PGlite. */
  drop(): Promise<void>;
}

export async function benchDatabase(
  serverUrl: string | undefined,
  opts: { keep?: boolean; poolSize?: number } = {},
): Promise<BenchDatabase> {
  if (!serverUrl) return { target: { kind: 'pglite', dir: 'memory://' }, drop: async () => undefined };
  const name = `sx_bench_${randomBytes(5).toString('hex')}`;
  const onServer = async (statement: string) => {
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    try {
      await admin.query(statement);
    } finally {
      await admin.end();
    }
  };
  await onServer(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    target: { kind: 'postgres', url: url.toString(), poolSize: opts.poolSize ?? 10 },
    drop: async () => {
      if (opts.keep) return console.log(`kept database ${name}`);
      await onServer(`drop database if exists ${name} with (force)`);
    },
  };
}
