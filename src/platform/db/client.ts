// H5: one code path for both databases. PGlite is reached through its node-postgres adapter, so every
// module sees the same pg.Pool and drizzle instance whether it runs embedded or on PostgreSQL.
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { lockDataDir } from './lock.ts';
import { pglitePool } from './pglite-pool.ts';

export type Db = NodePgDatabase;
/** A transaction handle; services pass it down so a change and its ledger entry commit together. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

export type DatabaseTarget =
  // A directory, or 'memory://' for tests. `image`: a data directory saved by PGlite's dumpDataDir to start
  // from instead of an empty cluster (tests copy one migrated, seeded database rather than build their own).
  { kind: 'pglite'; dir: string; image?: Blob } | { kind: 'postgres'; url: string; poolSize?: number };

export interface Database {
  db: Db;
  pool: pg.Pool;
  kind: DatabaseTarget['kind'];
  /** PGlite only: the data directory as an image a target's `image` starts from (PGlite dumpDataDir). */
  image?(): Promise<Blob>;
  close(): Promise<void>;
}

// Dates of legal effect stay 'YYYY-MM-DD' strings instead of JS Dates shifted by the server's zone.
pg.types.setTypeParser(1082, (v: string) => v);
// bigint counts (ledger seq, count(*)) fit in a JS number for any realistic table.
pg.types.setTypeParser(20, (v: string) => Number(v));

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if (target.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: target.url, max: target.poolSize ?? 10 });
    // An idle connection dropped by the server (restart, failover, pg_terminate_backend) emits 'error' on
    // the pool; unhandled, that would crash the process. The pool replaces the connection by itself.
    pool.on('error', (err) => console.error(`数据库空闲连接中断: ${err.message}`));
    await pool.query('select 1');
    return { db: drizzle(pool), pool, kind: 'postgres', close: () => pool.end() };
  }
  const inMemory = target.dir.startsWith('memory://');
  const unlock = inMemory ? () => undefined : lockDataDir(target.dir);
  try {
    const pglite = await PGlite.create(inMemory ? undefined : target.dir, {
      extensions: { pg_trgm },
      ...(target.image ? { loadDataDir: target.image } : {}),
    });
    const pool = pglitePool(pglite);
    return {
      db: drizzle(pool),
      pool,
      kind: 'pglite',
      image: () => pglite.dumpDataDir('none'),
      close: async () => {
        await pool.end();
        await pglite.close();
        unlock();
      },
    };
  } catch (e) {
    unlock();
    throw e;
  }
}
