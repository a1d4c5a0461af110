// C3, G2 the SQL of case deadlines: opened and closed with the steps that start and end them, settled
// once a provisional year's holidays are known, listed for the workbench, and turned into reminders.
import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.ts';
import type { DataScope } from '../access/index.ts';
import { personNameOf } from '../bodies/index.ts';
import { bodyScope } from './repo.ts';
import { caseDeadlines, cases } from './schema.ts';

/** Closes open deadlines by key (met, cancelled or replaced by a recomputed one). */
export async function closeDeadlines(
  tx: DbOrTx,
  caseId: string,
  keys: readonly string[],
  status: 'met' | 'replaced' | 'cancelled',
  on: string,
) {
  if (!keys.length) return;
  await tx
    .update(caseDeadlines)
    .set({ status, closedOn: on })
    .where(
      and(
        eq(caseDeadlines.caseId, caseId),
        eq(caseDeadlines.status, 'open'),
        inArray(caseDeadlines.key, [...keys]),
      ),
    );
}

export async function insertDeadlines(tx: DbOrTx, rows: (typeof caseDeadlines.$inferInsert)[]) {
  if (rows.length) await tx.insert(caseDeadlines).values(rows);
}

export async function openDeadlineKeys(tx: DbOrTx, caseId: string): Promise<string[]> {
  const rows = await tx
    .select({ key: caseDeadlines.key })
    .from(caseDeadlines)
    .where(and(eq(caseDeadlines.caseId, caseId), eq(caseDeadlines.status, 'open')));
  return rows.map((r) => r.key);
}

/** The earliest open deadline, stored on the case for the workbench sort. */
export async function earliestOpenDeadline(
  tx: DbOrTx,
  caseId: string,
): Promise<{ due: string; key: string } | null> {
  const [row] = await tx
    .select({ due: caseDeadlines.due, key: caseDeadlines.key })
    .from(caseDeadlines)
    .where(and(eq(caseDeadlines.caseId, caseId), eq(caseDeadlines.status, 'open')))
    .orderBy(asc(caseDeadlines.due), asc(caseDeadlines.key))
    .limit(1);
  return row ?? null;
}

/** Open deadlines computed before their year's calendar was entered (C3). */
export const provisionalDeadlines = (tx: DbOrTx) =>
  tx
    .select()
    .from(caseDeadlines)
    .where(and(eq(caseDeadlines.status, 'open'), sql`${caseDeadlines.provisionalYear} is not null`))
    .for('update');

export async function settleDeadline(tx: DbOrTx, id: string, due: string, pausedDays: number) {
  await tx
    .update(caseDeadlines)
    .set({ due, pausedDays, provisionalYear: null })
    .where(eq(caseDeadlines.id, id));
}

/** Keeps the workbench sort key in step after a deadline moved without a step of the case. */
export async function refreshNextDue(tx: DbOrTx, caseId: string) {
  const next = await earliestOpenDeadline(tx, caseId);
  await tx
    .update(cases)
    .set({ nextDue: next?.due ?? null, nextDueKey: next?.key ?? null })
    .where(eq(cases.id, caseId));
}

export type OpenDeadlineRow = {
  id: string;
  caseId: string;
  caseCode: string;
  cause: string;
  partyName: string;
  kind: string;
  key: string;
  fromDate: string;
  due: string;
  citation: string;
  leadOfficerName: string;
};

/** Every open deadline of the cases in scope (G2), earliest first. */
export async function listOpenDeadlines(
  db: DbOrTx,
  f: { scope: DataScope; officerId?: string; unitId?: string; dueOnOrBefore?: string; limit: number },
) {
  const conds: SQL[] = [bodyScope(f.scope, sql`d.body_id`), sql`d.status = 'open'`];
  if (f.officerId) conds.push(sql`c.officer_ids @> array[${f.officerId}]::uuid[]`);
  if (f.unitId) conds.push(sql`c.unit_id = ${f.unitId}`);
  if (f.dueOnOrBefore) conds.push(sql`d.due <= ${f.dueOnOrBefore}`);
  const result = await db.execute<OpenDeadlineRow>(sql`
    select d.id, d.case_id as "caseId", c.code as "caseCode", c.cause, c.party_name as "partyName", c.kind, d.key, d.from_date as "fromDate",
           d.due, d.citation, ${personNameOf(sql`c.lead_officer_id`)} as "leadOfficerName"
      from case_deadlines d join cases c on c.id = d.case_id
     where ${sql.join(conds, sql` and `)}
     order by d.due, d.id limit ${f.limit}`);
  return result.rows;
}

/**
 * G2 the daily reminder run: one reminder per open deadline and level, raised once. Overdue: due before
 * today; due soon: due on or before `soonUntil`. Returns how many were raised.
 */
export async function raiseReminders(
  tx: DbOrTx,
  today: string,
  soonUntil: string,
): Promise<{ dueSoon: number; overdue: number }> {
  const overdue = await tx.execute(sql`
    insert into case_reminders (deadline_id, case_id, body_id, level, raised_on)
    select d.id, d.case_id, d.body_id, 'overdue', ${today} from case_deadlines d
     where d.status = 'open' and d.due < ${today}
    on conflict (deadline_id, level) do nothing`);
  const soon = await tx.execute(sql`
    insert into case_reminders (deadline_id, case_id, body_id, level, raised_on)
    select d.id, d.case_id, d.body_id, 'due_soon', ${today} from case_deadlines d
     where d.status = 'open' and d.due >= ${today} and d.due <= ${soonUntil}
    on conflict (deadline_id, level) do nothing`);
  return { dueSoon: soon.rowCount ?? 0, overdue: overdue.rowCount ?? 0 };
}

export async function listReminders(
  db: DbOrTx,
  f: { scope: DataScope; officerId?: string; since: string; limit: number },
) {
  const conds: SQL[] = [
    bodyScope(f.scope, sql`r.body_id`),
    sql`r.raised_on >= ${f.since}`,
    sql`d.status = 'open'`,
  ];
  if (f.officerId) conds.push(sql`c.officer_ids @> array[${f.officerId}]::uuid[]`);
  const result = await db.execute<{
    id: string;
    caseId: string;
    caseCode: string;
    cause: string;
    key: string;
    due: string;
    level: 'due_soon' | 'overdue';
    raisedOn: string;
  }>(sql`
    select r.id, r.case_id as "caseId", c.code as "caseCode", c.cause, d.key, d.due, r.level, r.raised_on as "raisedOn"
      from case_reminders r join case_deadlines d on d.id = r.deadline_id join cases c on c.id = r.case_id
     where ${sql.join(conds, sql` and `)}
     order by r.raised_on desc, d.due, r.id limit ${f.limit}`);
  return result.rows;
}
