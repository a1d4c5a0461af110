// C1–C5, G2: all SQL of the cases module. Queries take a DataScope; the one unscoped lookup is named unsafe….
// Bodies and people are read through the bodies module's SQL fragments (its index.ts), never by table name.
import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.ts';
import { jsonRows } from '../../platform/db/json-rows.ts';
import { containing } from '../../platform/db/like.ts';
import { namedQuery } from '../../platform/db/named-query.ts';
import type { DataScope } from '../access/index.ts';
import { bodyIdsUnder, bodyNameOf, bodyPathOf, entrustingBodyOf, personNameOf } from '../bodies/index.ts';
import {
  caseDeadlines,
  caseDocuments,
  caseEvents,
  caseEvidence,
  caseParties,
  cases,
  documentCounters,
} from './schema.ts';

export type CaseRow = typeof cases.$inferSelect;
export type PartyRow = typeof caseParties.$inferSelect;
export type DeadlineRow = typeof caseDeadlines.$inferSelect;
export type EvidenceRow = typeof caseEvidence.$inferSelect;

function bodyScope(scope: DataScope, column: SQL = sql`c.body_id`): SQL {
  return scope.subordinates
    ? sql`${column} in ${bodyIdsUnder(`${scope.bodyPath}%`)}`
    : sql`${column} = ${scope.bodyId}`;
}

/** The next number of a series (case codes, document numbers) for a body and year; atomic. */
export async function nextInSeries(
  tx: DbOrTx,
  bodyId: string,
  series: string,
  year: number,
): Promise<number> {
  const [row] = await tx
    .insert(documentCounters)
    .values({ bodyId, series, year, last: 1 })
    .onConflictDoUpdate({
      target: [documentCounters.bodyId, documentCounters.series, documentCounters.year],
      set: { last: sql`${documentCounters.last} + 1` },
    })
    .returning({ last: documentCounters.last });
  return row!.last;
}

export async function insertCase(tx: DbOrTx, values: typeof cases.$inferInsert): Promise<CaseRow> {
  const [row] = await tx.insert(cases).values(values).returning();
  return row!;
}

export async function insertParties(tx: DbOrTx, rows: (typeof caseParties.$inferInsert)[]) {
  if (rows.length) await tx.insert(caseParties).values(rows);
}

export async function insertParty(tx: DbOrTx, values: typeof caseParties.$inferInsert): Promise<PartyRow> {
  const [row] = await tx.insert(caseParties).values(values).returning();
  return row!;
}

/** A correction of a party's details (C8: the service records the previous state as a version first). */
export async function updateParty(
  tx: DbOrTx,
  caseId: string,
  id: string,
  values: Partial<Omit<typeof caseParties.$inferInsert, 'id' | 'caseId' | 'role' | 'type'>>,
): Promise<PartyRow> {
  const [row] = await tx
    .update(caseParties)
    .set(values)
    .where(and(eq(caseParties.caseId, caseId), eq(caseParties.id, id)))
    .returning();
  return row!;
}

export type FoundCase = CaseRow & { bodyPath: string; delegatedById: string | null };

/** The case, whatever its body: callers check it against the user's scope. */
export async function unsafeFindCase(db: DbOrTx, id: string): Promise<FoundCase | undefined> {
  const [row] = await db
    .select({ c: cases, bodyPath: bodyPathOf(cases.bodyId), delegatedById: entrustingBodyOf(cases.bodyId) })
    .from(cases)
    .where(eq(cases.id, id));
  return row && { ...row.c, bodyPath: row.bodyPath, delegatedById: row.delegatedById };
}

/** Serialises writers of one case (evidence numbering) without a version check. */
export async function lockCase(tx: DbOrTx, id: string) {
  await tx.select({ id: cases.id }).from(cases).where(eq(cases.id, id)).for('update');
}

/**
 * Locks the case row if it is still at `version`: a concurrent writer waits here, then finds the version
 * moved on. Taken before any other write so the loser of a race fails before touching anything.
 */
export async function lockCaseAtVersion(tx: DbOrTx, id: string, version: number): Promise<boolean> {
  const rows = await tx
    .select({ id: cases.id })
    .from(cases)
    .where(and(eq(cases.id, id), eq(cases.version, version)))
    .for('update');
  return rows.length === 1;
}

/** Writes the new state only if nobody wrote since `version` was read (optimistic lock). */
export async function updateCaseIfVersion(
  tx: DbOrTx,
  id: string,
  version: number,
  values: Partial<typeof cases.$inferInsert>,
) {
  const [row] = await tx
    .update(cases)
    .set({ ...values, version: version + 1, updatedAt: sql`now()` })
    .where(and(eq(cases.id, id), eq(cases.version, version)))
    .returning();
  return row;
}

export async function insertEvent(tx: DbOrTx, values: Omit<typeof caseEvents.$inferInsert, 'seq'>) {
  const [row] = await tx
    .insert(caseEvents)
    .values({
      ...values,
      seq: sql`(select coalesce(max(seq), 0) + 1 from case_events where case_id = ${values.caseId})`,
    })
    .returning();
  return row!;
}

export const listParties = (db: DbOrTx, caseId: string) =>
  db
    .select()
    .from(caseParties)
    .where(eq(caseParties.caseId, caseId))
    .orderBy(asc(caseParties.createdAt), asc(caseParties.id));
export const listDocuments = (db: DbOrTx, caseId: string) =>
  db
    .select()
    .from(caseDocuments)
    .where(eq(caseDocuments.caseId, caseId))
    .orderBy(asc(caseDocuments.createdAt));

const PARTIES = jsonRows(caseParties, [caseParties.createdAt, caseParties.id]);
const EVENTS = jsonRows(caseEvents, [caseEvents.seq]);
const DEADLINES = jsonRows(caseDeadlines, [caseDeadlines.createdAt, caseDeadlines.key]);
const EVIDENCE = jsonRows(caseEvidence, [caseEvidence.seq]);
const DOCUMENTS = jsonRows(caseDocuments, [caseDocuments.createdAt]);

/**
 * The case page's read: the case with its body, and its parties, timeline, deadlines, evidence and documents,
 * in one statement. The page is the most read of all, so the statement is built once per database handle and
 * named, so each connection parses and plans it once (on the embedded database, planning is most of its cost).
 */
function casePageQuery(db: DbOrTx) {
  return db
    .select({
      c: cases,
      bodyPath: bodyPathOf(cases.bodyId),
      bodyName: bodyNameOf(cases.bodyId),
      delegatedById: entrustingBodyOf(cases.bodyId),
      parties: PARTIES.select(eq(caseParties.caseId, cases.id)),
      events: EVENTS.select(eq(caseEvents.caseId, cases.id)),
      deadlines: DEADLINES.select(eq(caseDeadlines.caseId, cases.id)),
      evidence: EVIDENCE.select(eq(caseEvidence.caseId, cases.id)),
      documents: DOCUMENTS.select(eq(caseDocuments.caseId, cases.id)),
    })
    .from(cases)
    .where(eq(cases.id, sql.placeholder('id')))
    .prepare('cases_page');
}
const casePageQueries = new WeakMap<DbOrTx, ReturnType<typeof casePageQuery>>();

/** The case and all the case page lists of it, whatever its body: callers check it against the user's scope. */
export async function unsafeFindCasePage(db: DbOrTx, id: string) {
  let query = casePageQueries.get(db);
  if (!query) casePageQueries.set(db, (query = casePageQuery(db)));
  const [row] = await query.execute({ id });
  if (!row) return undefined;
  const found: FoundCase & { bodyName: string } = {
    ...row.c,
    bodyPath: row.bodyPath,
    bodyName: row.bodyName,
    delegatedById: row.delegatedById,
  };
  return {
    case: found,
    parties: PARTIES.read(row.parties),
    events: EVENTS.read(row.events),
    deadlines: DEADLINES.read(row.deadlines),
    evidence: EVIDENCE.read(row.evidence),
    documents: DOCUMENTS.read(row.documents),
  };
}

export async function insertEvidence(tx: DbOrTx, values: Omit<typeof caseEvidence.$inferInsert, 'seq'>) {
  const [row] = await tx
    .insert(caseEvidence)
    .values({
      ...values,
      seq: sql`(select coalesce(max(seq), 0) + 1 from case_evidence where case_id = ${values.caseId})`,
    })
    .returning();
  return row!;
}

export async function findEvidence(
  db: DbOrTx,
  caseId: string,
  seq: number,
): Promise<EvidenceRow | undefined> {
  const [row] = await db
    .select()
    .from(caseEvidence)
    .where(and(eq(caseEvidence.caseId, caseId), eq(caseEvidence.seq, seq)));
  return row;
}

/**
 * Records the item's file and fills in capture details not yet recorded, only while it has no file:
 * a file is written once (C8), so a second writer finds nothing to update.
 */
export async function attachEvidenceFile(
  tx: DbOrTx,
  id: string,
  values: Required<
    Pick<
      typeof caseEvidence.$inferInsert,
      'objectKey' | 'fileName' | 'sha256' | 'mimeType' | 'size' | 'sm3' | 'fileAttachedBy'
    >
  > &
    Pick<typeof caseEvidence.$inferInsert, 'capturedAt' | 'device' | 'location'>,
): Promise<EvidenceRow | undefined> {
  const [row] = await tx
    .update(caseEvidence)
    .set({
      ...values,
      capturedAt: sql`coalesce(${caseEvidence.capturedAt}, ${values.capturedAt ?? null}::timestamptz)`,
      device: sql`coalesce(${caseEvidence.device}, ${values.device ?? null})`,
      location: sql`coalesce(${caseEvidence.location}, ${values.location ?? null})`,
      fileAttachedAt: sql`now()`,
    })
    .where(and(eq(caseEvidence.id, id), sql`${caseEvidence.objectKey} is null`))
    .returning();
  return row;
}

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

type LinkedCase = { id: string; code: string; kind: string; state: string; cause: string; openedOn: string };

/**
 * The linked-cases read in its four shapes — the caller's body or a subtree of bodies; all cases, or an
 * officer's (C10: theirs and their unit's) — each a named statement, since every case page sends one. A null
 * person or unit matches nothing (`@> array[null]` and `= null` are never true), as `false` does in visibility().
 */
function linkedQuery(subtree: boolean, officer: boolean) {
  const p = sql.placeholder;
  const scope = subtree
    ? sql`c.body_id in ${bodyIdsUnder(p('pathPattern'))}`
    : sql`c.body_id = ${p('bodyId')}`;
  const visible = officer
    ? sql`and (c.officer_ids @> array[${p('personId')}]::uuid[] or c.unit_id = ${p('unitId')})`
    : sql``;
  return namedQuery<LinkedCase>(
    `cases_linked_${subtree ? 'subtree' : 'body'}${officer ? '_officer' : ''}`,
    sql`select c.id, c.code, c.kind, c.state, c.cause, c.opened_on as "openedOn" from cases c
         where c.party_key = ${p('partyKey')} and c.id <> ${p('excludeId')} and ${scope} ${visible}
         order by c.opened_on desc, c.id limit 50`,
  );
}
const LINKED = [
  [linkedQuery(false, false), linkedQuery(false, true)],
  [linkedQuery(true, false), linkedQuery(true, true)],
] as const;

/** Other cases of the same party (same ID number or credit code) in the scope (C4, C9). */
export async function linkedCases(
  db: DbOrTx,
  scope: DataScope,
  partyKey: string,
  excludeId: string,
  visibleTo?: CaseListFilter['visibleTo'],
) {
  const query = LINKED[scope.subordinates ? 1 : 0][visibleTo ? 1 : 0];
  return query(db, {
    partyKey,
    excludeId,
    bodyId: scope.bodyId,
    pathPattern: `${scope.bodyPath}%`,
    personId: visibleTo?.personId ?? null,
    unitId: visibleTo?.unitId ?? null,
  });
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

// ---- names for the audit log ----------------------------------------------------------------------
// Unscoped: the audit log shows names only for entries already within the auditor's scope, and uses
// the ids found only to filter those entries.

export const unsafeCaseNames = (db: DbOrTx, ids: readonly string[]) =>
  db
    .select({ id: cases.id, code: cases.code, kind: cases.kind })
    .from(cases)
    .where(inArray(cases.id, [...ids]));

export async function unsafeFindCaseIds(db: DbOrTx, text: string, limit: number): Promise<string[]> {
  const rows = await db
    .select({ id: cases.id })
    .from(cases)
    .where(sql`${cases.code} like ${containing(text)}`)
    .limit(limit);
  return rows.map((r) => r.id);
}

export const unsafeDocumentNames = (db: DbOrTx, ids: readonly string[]) =>
  db
    .select({
      id: caseDocuments.id,
      title: caseDocuments.title,
      number: caseDocuments.number,
      code: cases.code,
    })
    .from(caseDocuments)
    .innerJoin(cases, eq(cases.id, caseDocuments.caseId))
    .where(inArray(caseDocuments.id, [...ids]));

/** Documents by their number or by their case's number. */
export async function unsafeFindDocumentIds(db: DbOrTx, text: string, limit: number): Promise<string[]> {
  const like = containing(text);
  const rows = await db
    .select({ id: caseDocuments.id })
    .from(caseDocuments)
    .innerJoin(cases, eq(cases.id, caseDocuments.caseId))
    .where(sql`(${caseDocuments.number} like ${like} or ${cases.code} like ${like})`)
    .limit(limit);
  return rows.map((r) => r.id);
}
