// Rows of several tables in one statement. The database aggregates each table's rows into one JSON
// array (json_agg of json_build_object over every column), and `read` turns the array back into exactly
// the rows `db.select().from(table)` returns: a value whose JSON spelling differs from PostgreSQL's text
// output (timestamps, dates, numerics, bigints, …) travels as that text, and every value goes through
// its column's own decoder. On the embedded database each statement is a trip through the WASM engine,
// so a page that lists five child tables of a record reads them in one statement instead of five.
import { getTableColumns, getTableName, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';

/** Types whose JSON value is what node-postgres hands drizzle for them; all others are sent as text. */
const AS_JSON = new Set(['json', 'jsonb', 'boolean', 'smallint', 'integer', 'text', 'uuid']);

export interface JsonRows<T extends PgTable> {
  /** A scalar subquery: the rows of the table matching `where`, in the given order, as one JSON array. */
  select(where: SQL): SQL;
  /** The rows from that JSON array, as `db.select().from(table)` returns them. */
  read(value: unknown): T['$inferSelect'][];
}

export function jsonRows<T extends PgTable>(table: T, orderBy: PgColumn[]): JsonRows<T> {
  const columns = Object.entries(getTableColumns(table)) as Array<[string, PgColumn]>;
  // json_build_object takes at most 100 arguments, two per column.
  if (columns.length > 50) throw new Error(`jsonRows: ${getTableName(table)} has more than 50 columns`);
  const fields = columns.map(([key, column]) => {
    if (!/^\w+$/.test(key) || !/^\w+$/.test(column.name))
      throw new Error(`jsonRows: column ${column.name} needs quoting`);
    const type = column.getSQLType();
    if (type.endsWith(']')) throw new Error(`jsonRows: array column ${column.name} is not supported`);
    const value = `"${column.name}"${AS_JSON.has(type) ? '' : '::text'}`;
    return `'${key}', ${value}`;
  });
  const head = `coalesce((select json_agg(json_build_object(${fields.join(', ')}) order by ${orderBy
    .map((c) => `"${c.name}"`)
    .join(', ')}) from "${getTableName(table)}" where `;
  return {
    select: (where) => sql`${sql.raw(head)}${where}), '[]'::json)`,
    read: (value) =>
      (value as Array<Record<string, unknown>>).map((json) => {
        const row: Record<string, unknown> = {};
        for (const [key, column] of columns) {
          const v = json[key];
          row[key] = v === null || v === undefined ? null : column.mapFromDriverValue(v);
        }
        return row;
      }),
  };
}
