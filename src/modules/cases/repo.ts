// C1–C5: the SQL of cases themselves (lists: list-repo.ts; deadlines: deadline-repo.ts; evidence, parties
// and documents: their folders' repo.ts). Queries take a DataScope; the one unscoped lookup is named unsafe….
// Bodies and people are read through the bodies module's SQL fragments (its index.ts), never by table name.
import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.ts';
import { jsonRows } from '../../platform/db/json-rows.ts';
import { containing } from '../../platform/db/like.ts';
import type { DataScope } from '../access/index.ts';
import { bodyIdsUnder, bodyNameOf, bodyPathOf, entrustingBodyOf } from '../bodies/index.ts';
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
export type DeadlineRow = typeof caseDeadlines.$inferSelect;

/** The data scope as a condition on a body id column (a case's, a deadline's, a reminder's). */
export function bodyScope(scope: DataScope, column: SQL = sql`c.body_id`): SQL {
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
