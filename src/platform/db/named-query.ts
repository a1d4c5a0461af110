// Named statements for the reads every page sends. A named statement is parsed and planned once per
// connection and then only executed; an unnamed one is planned again on every call, which is most of the
// cost of a small read on the embedded database (planning runs in its WASM engine) and a measurable share
// on PostgreSQL. The statement's text is fixed once, from SQL whose varying values are placeholders.
import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { DbOrTx } from './client.ts';

const dialect = new PgDialect();
const names = new Set<string>();

type Prepared = ReturnType<DbOrTx['_']['session']['prepareQuery']>;

/**
 * A read by name: `query` with `sql.placeholder(…)` for every value that varies, run as `db.execute`
 * would run it (same row shape, same type parsing). Names are unique in the process.
 */
export function namedQuery<Row extends Record<string, unknown>>(name: string, query: SQL) {
  if (names.has(name)) throw new Error(`namedQuery: ${name} is defined twice`);
  names.add(name);
  const compiled = dialect.sqlToQuery(query);
  const prepared = new WeakMap<DbOrTx, Prepared>();
  return async (db: DbOrTx, values: Record<string, unknown>): Promise<Row[]> => {
    let statement = prepared.get(db);
    if (!statement)
      prepared.set(db, (statement = db._.session.prepareQuery(compiled, undefined, name, false)));
    const result = (await statement.execute(values)) as { rows: Row[] };
    return result.rows;
  };
}
