// H4 sealing stored values again, in the caller's transaction: at start, the personal data an earlier
// release stored in the clear is sealed (and its blind index written); by `rotate-keys`, every sealed
// value is opened under the old master key and sealed under the new one, and every blind index is
// recomputed. A value already sealed under the new key opens too, so a rotation that stopped halfway
// (its transaction rolled back, or committed before the key file was switched) can simply run again.
import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { SEALED_PREFIX, SealError, Sealer } from './sealing.ts';

const BATCH = 500;

export class Resealing {
  /** `from`: the keys values may still be sealed under (none when only plaintext is to be sealed). */
  constructor(
    readonly to: Sealer,
    private readonly from: readonly Sealer[] = [],
  ) {}

  /** Whether values sealed under another key may exist: then every row is visited, not only plaintext. */
  get rotating(): boolean {
    return this.from.length > 0;
  }

  /** The clear value of a stored one: plaintext as it is, sealed opened under an old key or the new one. */
  clear(stored: string, purpose: string): string {
    if (!Sealer.isSealed(stored)) return stored;
    return this.openUnderAny((sealer) => sealer.open(stored, purpose));
  }

  /** `clear` for a file's bytes: a file not sealed (`Sealer.sealBytes`) is returned as it is. */
  clearBytes(stored: Buffer, purpose: string): Buffer {
    if (!Sealer.isSealedBytes(stored)) return stored;
    return this.openUnderAny((sealer) => sealer.openBytes(stored, purpose));
  }

  /** The first old key the value opens under, else the new one (whose error, if any, is the answer). */
  private openUnderAny<T>(open: (sealer: Sealer) => T): T {
    for (const sealer of this.from) {
      try {
        return open(sealer);
      } catch (e) {
        if (!(e instanceof SealError)) throw e;
      }
    }
    return open(this.to);
  }

  /** The indexes a clear value may have now: under each old key and the new one. */
  indexesOf(compute: (sealer: Sealer, clear: string) => string, clear: string): string[] {
    return [...this.from, this.to].map((sealer) => compute(sealer, clear));
  }

  /** The stored value sealed under the new key; null and '' stay as they are. */
  reseal<T extends string | null>(stored: T, purpose: string): T {
    return (stored ? this.to.seal(this.clear(stored, purpose), purpose) : stored) as T;
  }
}

/** A table with sealed columns, and the blind index kept beside one of them. */
export interface SealedTable {
  table: string;
  /** Its primary key column and that column's type. */
  key: string;
  keyType: 'uuid' | 'text';
  columns: readonly string[];
  /** Which rows hold sealed values, when not all do. */
  rows?: SQL;
  /** What a value of `column` in the row `key` is sealed for (see `Sealer.seal`). */
  purpose: (column: string, key: string) => string;
  index?: { column: string; of: string; compute: (sealer: Sealer, clear: string) => string };
}

const id = (name: string) => sql.identifier(name);
const isPlaintext = (column: string) =>
  sql`(${id(column)} <> '' and ${id(column)} not like ${`${SEALED_PREFIX}%`})`;

/** Reseals the rows of `t` that need it (all of them when rotating); returns how many it rewrote. */
export async function resealTable(db: DbOrTx, t: SealedTable, r: Resealing): Promise<number> {
  const columns = [...t.columns, ...(t.index ? [t.index.column] : [])];
  const pending: SQL[] = t.columns.map(isPlaintext);
  if (t.index) pending.push(sql`(${id(t.index.of)} <> '' and ${id(t.index.column)} is null)`);
  const needed = sql`(${t.rows ?? sql`true`}) and (${r.rotating ? sql`true` : sql.join(pending, sql` or `)})`;
  let after: string | null = null;
  let rewritten = 0;
  for (;;) {
    const from: SQL = after === null ? sql`true` : sql`${id(t.key)} > ${after}::${sql.raw(t.keyType)}`;
    const rows = (
      await db.execute<Record<string, string | null>>(sql`
        select ${id(t.key)}::text as "key", ${sql.join(
          t.columns.map((c) => sql`${id(c)}`),
          sql`, `,
        )}
          from ${id(t.table)} where (${needed}) and ${from}
         order by ${id(t.key)} limit ${BATCH}`)
    ).rows;
    if (!rows.length) return rewritten;
    const values = rows.map((row) => {
      const key = row.key!;
      const sealed = t.columns.map((c) => r.reseal(row[c] ?? null, t.purpose(c, key)));
      if (!t.index) return [key, ...sealed];
      const of = row[t.index.of];
      return [key, ...sealed, of ? t.index.compute(r.to, r.clear(of, t.purpose(t.index.of, key))) : null];
    });
    const arrays = columns.map((_, i) => sql`${sql.param(values.map((v) => v[i + 1] ?? null))}::text[]`);
    await db.execute(sql`
      update ${id(t.table)} t set ${sql.join(
        columns.map((c) => sql`${id(c)} = v.${id(c)}`),
        sql`, `,
      )}
        from unnest(${sql.param(values.map((v) => v[0]))}::text[], ${sql.join(arrays, sql`, `)})
             as v("key", ${sql.join(columns.map(id), sql`, `)})
       where t.${id(t.key)} = v."key"::${sql.raw(t.keyType)}`);
    rewritten += rows.length;
    after = rows.at(-1)!.key!;
  }
}

/** A text or jsonb column holding JSON whose some values are sealed (versions, timeline events). */
export interface SealedJson {
  table: string;
  key: string;
  keyType: 'uuid' | 'text';
  column: string;
  columnType: 'text' | 'jsonb';
  /** Which rows hold sealed values at all. */
  rows: SQL;
  /**
   * The JSON (of the row `key`) with its sealed values resealed; unchanged (the same object) when nothing
   * is sealed in it.
   */
  reseal: (json: Record<string, unknown>, r: Resealing, key: string) => Record<string, unknown>;
}

/** Reseals the JSON of the rows `j.rows` selects; a row whose JSON comes back unchanged is not written. */
export async function resealJson(db: DbOrTx, j: SealedJson, r: Resealing): Promise<number> {
  let after: string | null = null;
  let rewritten = 0;
  for (;;) {
    const from: SQL = after === null ? sql`true` : sql`${id(j.key)} > ${after}::${sql.raw(j.keyType)}`;
    const rows = (
      await db.execute<{ key: string; json: string }>(sql`
        select ${id(j.key)}::text as "key", ${id(j.column)}::text as "json" from ${id(j.table)}
         where (${j.rows}) and ${from} order by ${id(j.key)} limit ${BATCH}`)
    ).rows;
    if (!rows.length) return rewritten;
    const changed: [string, string][] = [];
    for (const row of rows) {
      const json = JSON.parse(row.json) as Record<string, unknown>;
      const next = j.reseal(json, r, row.key);
      if (next !== json) changed.push([row.key, JSON.stringify(next)]);
    }
    if (changed.length)
      await db.execute(sql`
        update ${id(j.table)} t set ${id(j.column)} = v.json::${sql.raw(j.columnType)}
          from unnest(${sql.param(changed.map((c) => c[0]))}::text[], ${sql.param(changed.map((c) => c[1]))}::text[]) as v("key", json)
         where t.${id(j.key)} = v."key"::${sql.raw(j.keyType)}`);
    rewritten += changed.length;
    after = rows.at(-1)!.key!;
  }
}
