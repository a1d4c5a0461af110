// A5 the SQL of the work queue (待办): the cases of one queue section, most urgent first, with their open
// deadlines, and how many there are. Scoped like the workbench lists (list-repo.ts).
import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.ts';
import type { DataScope } from '../access/index.ts';
import { entrustingBodyOf } from '../bodies/index.ts';
import { bodyScope } from './repo.ts';

export interface QueueFilter {
  scope: DataScope;
  /** Cases this person handles. */
  officerId?: string;
  /** Cases of this unit. */
  unitId?: string;
  /** Cases this body decides: its own, and those of the bodies it entrusted (委托执法). */
  decidingBodyId?: string;
  finished: boolean;
  /** Only cases in one of these (kind, state) pairs, or with one of these open deadlines due in a window. */
  candidates?: {
    states: { kind: string; state: string }[];
    deadlines: string[];
    dueFrom: string;
    dueOnOrBefore: string;
  };
  overdueBefore?: string;
  /** Finished cases not yet archived. */
  unarchived?: boolean;
}

export type QueueCaseRow = {
  id: string;
  bodyId: string;
  delegatedById: string | null;
  code: string;
  kind: string;
  state: string;
  cause: string;
  partyName: string;
  partyType: 'person' | 'organisation';
  officerIds: string[];
  unitId: string | null;
  record: Record<string, unknown>;
  nextDue: string | null;
  nextDueKey: string | null;
  nextDueProvisional: boolean;
  updatedAt: string;
  /** Open deadlines, key → due date. */
  deadlines: Record<string, string> | null;
};

function conditions(f: QueueFilter): SQL[] {
  const conds: SQL[] = [bodyScope(f.scope), sql`c.finished = ${f.finished}`];
  if (f.officerId) conds.push(sql`c.officer_ids @> array[${f.officerId}]::uuid[]`);
  if (f.unitId) conds.push(sql`c.unit_id = ${f.unitId}`);
  if (f.decidingBodyId)
    conds.push(
      sql`(c.body_id = ${f.decidingBodyId} or ${entrustingBodyOf(sql`c.body_id`)} = ${f.decidingBodyId})`,
    );
  if (f.overdueBefore) conds.push(sql`c.next_due < ${f.overdueBefore}`);
  if (f.unarchived) conds.push(sql`c.state <> 'archived'`);
  if (f.candidates) {
    const { states, deadlines, dueFrom, dueOnOrBefore } = f.candidates;
    const inState = states.length
      ? sql`(c.kind, c.state) in (${sql.join(
          states.map((s) => sql`(${s.kind}, ${s.state})`),
          sql`, `,
        )})`
      : sql`false`;
    const near = deadlines.length
      ? sql`exists (select 1 from case_deadlines d where d.case_id = c.id and d.status = 'open'
                     and d.key in (${sql.join(
                       deadlines.map((k) => sql`${k}`),
                       sql`, `,
                     )}) and d.due >= ${dueFrom} and d.due <= ${dueOnOrBefore})`
      : sql`false`;
    conds.push(sql`(${inState} or ${near})`);
  }
  return conds;
}

/** The first `limit` cases of a section, earliest deadline first (cases without one last). */
export async function queueCases(db: DbOrTx, f: QueueFilter, limit: number): Promise<QueueCaseRow[]> {
  const result = await db.execute<QueueCaseRow>(sql`
    select c.id, c.body_id as "bodyId", ${entrustingBodyOf(sql`c.body_id`)} as "delegatedById", c.code, c.kind,
           c.state, c.cause, c.party_name as "partyName", c.party_type as "partyType", to_jsonb(c.officer_ids) as "officerIds",
           c.unit_id as "unitId", c.record, c.next_due as "nextDue", c.next_due_key as "nextDueKey",
           c.updated_at as "updatedAt",
           exists (select 1 from case_deadlines d where d.case_id = c.id and d.status = 'open' and d.key = c.next_due_key
                     and d.provisional_year is not null) as "nextDueProvisional",
           (select jsonb_object_agg(d.key, d.due) from case_deadlines d
             where d.case_id = c.id and d.status = 'open') as deadlines
      from cases c
     where ${sql.join(conditions(f), sql` and `)}
     order by c.next_due nulls last, c.id
     limit ${limit}`);
  return result.rows;
}

/** How many cases a section holds in all. */
export async function countQueueCases(db: DbOrTx, f: QueueFilter): Promise<number> {
  const result = await db.execute<{ n: number }>(
    sql`select count(*)::int as n from cases c where ${sql.join(conditions(f), sql` and `)}`,
  );
  return Number(result.rows[0]?.n ?? 0);
}
