// The database state a backup records and a restore checks: the ledger head, the migrations applied,
// and whether a database is empty. Plain SQL over any node-postgres query runner, so it runs inside the
// snapshot transaction pg_dump shares.
import path from 'node:path';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

interface Queryable {
  query(text: string): Promise<{ rows: unknown[] }>;
}

export interface LedgerHead {
  count: number;
  head: string | null;
}

export async function ledgerHead(db: Queryable): Promise<LedgerHead> {
  const { rows } = await db.query(
    `select (select count(*) from ledger_entries)::int as count,
            (select hash from ledger_entries order by seq desc limit 1) as head`,
  );
  const row = rows[0] as { count: number; head: string | null };
  return { count: Number(row.count), head: row.head };
}

const JOURNAL = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../migrations/meta/_journal.json',
);

/** The migrations this version of the software has, in order: tag and drizzle's `created_at` stamp. */
export function knownMigrations(): Array<{ tag: string; when: number }> {
  const journal = JSON.parse(fs.readFileSync(JOURNAL, 'utf8')) as {
    entries: Array<{ tag: string; when: number }>;
  };
  return journal.entries.map(({ tag, when }) => ({ tag, when }));
}

export async function migrationState(db: Queryable): Promise<{ migrations: number; latest: string | null }> {
  const { rows } = await db.query(
    `select count(*)::int as count, max(created_at)::text as latest from drizzle.__drizzle_migrations`,
  );
  const row = rows[0] as { count: number; latest: string | null };
  const latest = row.latest === null ? null : Number(row.latest);
  const tag =
    knownMigrations().find((m) => m.when === latest)?.tag ?? (latest === null ? null : String(latest));
  return { migrations: Number(row.count), latest: tag };
}

/** Tables, views and sequences outside the system schemas: a restore target must have none. */
export async function userRelations(db: Queryable): Promise<string[]> {
  const { rows } = await db.query(
    `select n.nspname || '.' || c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.relkind in ('r', 'p', 'v', 'm', 'S', 'f')
        and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_%'
      order by 1 limit 5`,
  );
  return (rows as Array<{ name: string }>).map((r) => r.name);
}
