import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, eq, sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  date,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { openDatabase, type Database } from './client.ts';
import { jsonRows } from './json-rows.ts';

const probe = pgTable('json_rows_probe', {
  id: uuid('id').primaryKey(),
  groupId: integer('group_id').notNull(),
  seq: integer('seq').notNull(),
  at: timestamp('at', { withTimezone: true, mode: 'string' }),
  atDate: timestamp('at_date', { withTimezone: true }),
  local: timestamp('local', { mode: 'string' }),
  day: date('day', { mode: 'string' }),
  dayDate: date('day_date', { mode: 'date' }),
  amount: numeric('amount'),
  big: bigint('big', { mode: 'number' }),
  flag: boolean('flag'),
  doc: jsonb('doc'),
  note: text('note'),
});

let database: Database;

beforeAll(async () => {
  database = await openDatabase({ kind: 'pglite', dir: 'memory://' });
  await database.pool.query(`
    create table json_rows_probe (id uuid primary key, group_id integer not null, seq integer not null,
      at timestamptz, at_date timestamptz, local timestamp, day date, day_date date, amount numeric, big bigint,
      flag boolean, doc jsonb, note text)`);
  await database.pool.query(`
    insert into json_rows_probe values
      ('00000000-0000-4000-8000-000000000001', 1, 2, '2026-03-01 08:09:10.123456+08', '2026-03-01 08:09:10.5+08',
       '2026-03-01 23:59:59.999', '2026-02-28', '2026-02-28', 12.50, 9007199254740991, true,
       '{"a": [1, 2.50, null], "b": "x"}', E'引号 " 反斜杠 \\\\ 换行 \\n 😀'),
      ('00000000-0000-4000-8000-000000000002', 1, 1, now(), now(), now(), current_date, current_date, -0.001, -5,
       false, '"just a string"', ''),
      ('00000000-0000-4000-8000-000000000003', 1, 3, null, null, null, null, null, null, null, null, '123', null),
      ('00000000-0000-4000-8000-000000000004', 2, 1, null, null, null, null, null, null, null, null, 'null', 'other group')`);
});

afterAll(async () => {
  await database.close();
});

describe('jsonRows', () => {
  it('gives the very rows drizzle selects, in order, for every column type it carries', async () => {
    const rows = jsonRows(probe, [probe.seq]);
    const result = await database.db.execute<{ list: unknown; none: unknown }>(
      sql`select ${rows.select(eq(probe.groupId, 1))} as list, ${rows.select(eq(probe.groupId, 9))} as none`,
    );
    const selected = await database.db
      .select()
      .from(probe)
      .where(eq(probe.groupId, 1))
      .orderBy(asc(probe.seq));
    expect(selected).toHaveLength(3);
    expect(rows.read(result.rows[0]!.list)).toEqual(selected);
    expect(rows.read(result.rows[0]!.none)).toEqual([]);
  });
});
