// C10, G1 the SQL of the workbench lists: cases in the caller's scope (keyset-paged by next due date)
// (the other cases of the same party are read with the case page: repo.ts).
import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.ts';
import { containing } from '../../platform/db/like.ts';
import type { DataScope } from '../access/index.ts';
import { bodyIdsUnder, personNameOf } from '../bodies/index.ts';

export interface CaseListFilter {
  scope: DataScope;
  /** Narrow to cases this person handles. */
  officerId?: string;
  /** Narrow to a unit's cases. */
  unitId?: string;
  /** An officer without wider roles sees only their cases and their unit's (C10). */
  visibleTo?: { personId: string | null; unitId: string | null };
  kind?: string;
  state?: string;
  finished?: boolean;
  overdueBefore?: string;
  dueOnOrBefore?: string;
  q?: string;
  after?: { due: string | null; id: string };
  limit: number;
  /** Export only: also read the party's credit code or ID number and the filing date of each row. */
  details?: boolean;
}

export type CaseListRow = {
  id: string;
  bodyId: string;
  code: string;
  kind: string;
  state: string;
  cause: string;
  field: string;
  partyName: string;
  leadOfficerId: string;
  leadOfficerName: string;
  unitId: string | null;
  openedOn: string;
  nextDue: string | null;
  nextDueKey: string | null;
  /** The nearest deadline runs into a year without calendar data (C3). */
  nextDueProvisional: boolean;
  finished: boolean;
  version: number;
  updatedAt: string;
  /** With `details`: the main party's credit code or ID number (upper case). */
  partyKey?: string | null;
  /** With `details`: the filing date (立案), for procedures that have one. */
  filedOn?: string | null;
};

/** C10 for officers: the cases they handle and their unit's. */
function visibility(v: NonNullable<CaseListFilter['visibleTo']>): SQL {
  const mine = v.personId ? sql`c.officer_ids @> array[${v.personId}]::uuid[]` : sql`false`;
  const unit = v.unitId ? sql`c.unit_id = ${v.unitId}` : sql`false`;
  return sql`(${mine} or ${unit})`;
}

/** The columns of a list row, read from `cases` before the page is cut; the lead officer's name is joined after. */
const LIST_COLUMNS = sql`c.id, c.body_id, c.code, c.kind, c.state, c.cause, c.field, c.party_name, c.lead_officer_id, c.unit_id,
  c.opened_on, c.next_due, c.next_due_key, c.finished, c.version, c.updated_at`;

/**
 * The workbench list: most urgent first (earliest open deadline, cases without one last), keyset-paged
 * on (next_due, id). Two index-ordered halves (with a deadline, without) joined by `union all` keep a
 * deep page as cheap as the first. A scope with subordinate bodies reads each body's own index range
 * (`cases_body_due_idx`) through a lateral join, at most one page per body, instead of collecting and
 * sorting every open case of the scope. Officer names are looked up for the page's rows only, by a
 * scalar subquery (a join here is planned as a hash join over all people). Cases without a deadline are
 * ordered by (next_due, id), not by id alone: next_due is null for all of them, and only then does the
 * planner see that the index already yields their order and stop after one page.
 */
export async function listCases(db: DbOrTx, f: CaseListFilter): Promise<CaseListRow[]> {
  const conds: SQL[] = [];
  if (f.officerId) conds.push(sql`c.officer_ids @> array[${f.officerId}]::uuid[]`);
  if (f.unitId) conds.push(sql`c.unit_id = ${f.unitId}`);
  if (f.visibleTo) conds.push(visibility(f.visibleTo));
  if (f.kind) conds.push(sql`c.kind = ${f.kind}`);
  if (f.state) conds.push(sql`c.state = ${f.state}`);
  if (f.finished !== undefined) conds.push(sql`c.finished = ${f.finished}`);
  if (f.overdueBefore) conds.push(sql`c.next_due < ${f.overdueBefore}`);
  if (f.dueOnOrBefore) conds.push(sql`c.next_due <= ${f.dueOnOrBefore}`);
  if (f.q) {
    const like = containing(f.q);
    conds.push(sql`(c.party_name like ${like} or c.cause like ${like} or c.code like ${like})`);
  }
  const withDue: SQL[] = [...conds, sql`c.next_due is not null`];
  const noDue: SQL[] = [...conds, sql`c.next_due is null`];
  if (f.after) {
    if (f.after.due === null) {
      noDue.push(sql`c.id > ${f.after.id}::uuid`);
      withDue.push(sql`false`);
    } else {
      withDue.push(sql`(c.next_due, c.id) > (${f.after.due}::date, ${f.after.id}::uuid)`);
    }
  }
  // One half of the page: the first `limit` cases of the scope matching `where`, in `order`.
  const half = (where: SQL[], order: SQL, outerOrder: SQL) =>
    f.scope.subordinates
      ? sql`select x.* from ${bodyIdsUnder(`${f.scope.bodyPath}%`)} sb cross join lateral (
              select ${LIST_COLUMNS} from cases c where c.body_id = sb.id and ${sql.join(where, sql` and `)} order by ${order} limit ${f.limit}) x
             order by ${outerOrder} limit ${f.limit}`
      : sql`select ${LIST_COLUMNS} from cases c where c.body_id = ${f.scope.bodyId} and ${sql.join(where, sql` and `)} order by ${order} limit ${f.limit}`;
  // Looked up for the rows of the page only, by primary key, so the list's own plan is untouched.
  const details = f.details
    ? sql`, (select x.party_key from cases x where x.id = c.id) as "partyKey", (select x.record->>'filedOn' from cases x where x.id = c.id) as "filedOn"`
    : sql``;
  const result = await db.execute<CaseListRow>(sql`
    select c.id, c.body_id as "bodyId", c.code, c.kind, c.state, c.cause, c.field, c.party_name as "partyName",
           c.lead_officer_id as "leadOfficerId", ${personNameOf(sql`c.lead_officer_id`)} as "leadOfficerName",
           c.unit_id as "unitId", c.opened_on as "openedOn", c.next_due as "nextDue", c.next_due_key as "nextDueKey", c.finished,
           c.version, c.updated_at as "updatedAt",
           exists (select 1 from case_deadlines d where d.case_id = c.id and d.status = 'open' and d.key = c.next_due_key
                     and d.provisional_year is not null) as "nextDueProvisional"${details}
      from ((${half(withDue, sql`c.next_due, c.id`, sql`x.next_due, x.id`)})
            union all
            (${half(noDue, sql`c.next_due, c.id`, sql`x.next_due, x.id`)})
            limit ${f.limit}) c
     order by c.next_due nulls last, c.id`);
  return result.rows;
}
