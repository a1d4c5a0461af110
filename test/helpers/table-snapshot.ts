// "Nothing was written" across the whole database, cheaply enough to check after every request: per table
// of the application's schema its row count and the sum of its rows' xmin (the transaction that wrote each
// row version — any insert, update or delete changes it, even one that writes the same values back), plus
// the ledger head. One statement over every table.
import type { TestApp } from './app.ts';

export type TableSnapshot = Map<string, string>;

/** The application's tables (its schema only: pg-boss keeps its own bookkeeping in its own schema). */
export async function applicationTables(t: TestApp): Promise<string[]> {
  const res = await t.services.database.pool.query<{ name: string }>(
    `select table_name as name from information_schema.tables
      where table_schema = current_schema() and table_type = 'BASE TABLE' order by 1`,
  );
  return res.rows.map((r) => r.name);
}

/** Every table's "count:xmin-sum", and "ledger head" → "seq:hash" of the last entry. */
export async function tableSnapshot(t: TestApp, tables: readonly string[]): Promise<TableSnapshot> {
  const perTable = tables.map(
    (name) =>
      `select '${name}' as name, count(*)::text || ':' || coalesce(sum(xmin::text::bigint), 0)::text as mark from "${name}"`,
  );
  const head = `select 'ledger head', coalesce((select seq::text || ':' || hash from ledger_entries order by seq desc limit 1), 'empty')`;
  const res = await t.services.database.pool.query<{ name: string; mark: string }>(
    [...perTable, head].join(' union all '),
  );
  return new Map(res.rows.map((r) => [r.name, r.mark]));
}

/** The tables (and "ledger head") whose mark differs, leaving out `ignored`. */
export function changedTables(
  before: TableSnapshot,
  after: TableSnapshot,
  ignored: ReadonlySet<string> = new Set(),
): string[] {
  return [...new Set([...before.keys(), ...after.keys()])].filter(
    (name) => !ignored.has(name) && before.get(name) !== after.get(name),
  );
}
