// C1–C5: the SQL of cases themselves (lists: list-repo.ts; deadlines: deadline-repo.ts; evidence, parties
// and documents: their folders' repo.ts). Queries take a DataScope; the one unscoped lookup is named unsafe….
// Bodies and people are read through the bodies module's SQL fragments (its index.ts), never by table name.
import { and, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.ts';
import { jsonRows } from '../../platform/db/json-rows.ts';
import { containing } from '../../platform/db/like.ts';
import type { DataScope } from '../access/index.ts';
import {
  bodyIdsUnder,
  bodyNameOf,
  bodyPathOf,
  entrustingBodyOf,
  officersOf,
  unitOfPersonIn,
} from '../bodies/index.ts';
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

/** Who reads a case page: their body, person and scope, and whether their role sees every case (C10). */
export interface PageReader {
  bodyId: string;
  personId: string | null;
  scope: DataScope;
  seesAll: boolean;
}

export interface LinkedCase {
  id: string;
  code: string;
  kind: string;
  state: string;
  cause: string;
  openedOn: string;
}

/**
 * The case page's read: the case with its body, its parties, timeline, deadlines, evidence and documents,
 * its officers with their current certificates, the reader's unit (C10 visibility) and the party's other
 * cases the reader may see (C4, C9), in one statement, so the page costs one round trip. The linked cases
 * are limited as the workbench limits a list: the reader's body or subtree, and for a reader who does not
 * see every case, theirs and their unit's (a null person or unit matches nothing). The page is the most read
 * of all, so each of the four shapes is built once per database handle and named, so each connection
 * parses and plans it once (on the embedded database, planning is most of its cost).
 */
function casePageQuery(db: DbOrTx, subtree: boolean, officer: boolean) {
  const p = sql.placeholder;
  const readerUnit = unitOfPersonIn(p('readerBodyId'), p('readerPersonId'));
  const scope = subtree
    ? sql`l.body_id in ${bodyIdsUnder(p('scopePath'))}`
    : sql`l.body_id = ${p('scopeBodyId')}`;
  const visible = officer
    ? sql`and (l.officer_ids @> array[${p('readerPersonId')}]::uuid[] or l.unit_id = ${readerUnit})`
    : sql``;
  const linked = sql<LinkedCase[]>`coalesce((
    select json_agg(json_build_object('id', x.id, 'code', x.code, 'kind', x.kind, 'state', x.state, 'cause', x.cause,
                                      'openedOn', x.opened_on) order by x.opened_on desc, x.id)
      from (select l.id, l.code, l.kind, l.state, l.cause, l.opened_on from cases l
             where ${eq(sql`l.party_key`, cases.partyKey)} and ${ne(sql`l.id`, cases.id)} and ${scope} ${visible}
             order by l.opened_on desc, l.id limit 50) x), '[]'::json)`;
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
      officers: officersOf(cases.bodyId, cases.officerIds),
      readerUnitId: readerUnit,
      linked,
    })
    .from(cases)
    .where(eq(cases.id, p('id')))
    .prepare(`cases_page_${subtree ? 'subtree' : 'body'}${officer ? '_officer' : ''}`);
}
const casePageQueries = new WeakMap<DbOrTx, Map<string, ReturnType<typeof casePageQuery>>>();

/**
 * The case and everything its page shows, whatever its body: callers check it against the reader's scope
 * and visibility (with `readerUnitId`) before anything of it leaves.
 */
export async function unsafeFindCasePage(db: DbOrTx, id: string, reader: PageReader) {
  let queries = casePageQueries.get(db);
  if (!queries) casePageQueries.set(db, (queries = new Map()));
  const key = `${reader.scope.subordinates}/${!reader.seesAll}`;
  let query = queries.get(key);
  if (!query) queries.set(key, (query = casePageQuery(db, reader.scope.subordinates, !reader.seesAll)));
  const [row] = await query.execute({
    id,
    readerBodyId: reader.bodyId,
    readerPersonId: reader.personId,
    scopeBodyId: reader.scope.bodyId,
    scopePath: `${reader.scope.bodyPath}%`,
  });
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
    officers: row.officers,
    readerUnitId: row.readerUnitId,
    linked: row.linked,
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

/**
 * C2, C5 what the step → document table reads of a case (step-requirements.ts): its documents in the
 * order they were issued, each with whether the party confirmed it, and how many evidence items it has.
 */
export async function caseHoldings(
  db: DbOrTx,
  caseId: string,
): Promise<{
  documents: { template: string; issuedOn: string; partyConfirmed: boolean }[];
  evidence: number;
}> {
  const [documents, [count]] = await Promise.all([
    db
      .select({
        template: caseDocuments.template,
        issuedOn: caseDocuments.issuedOn,
        partyConfirmed: sql<boolean>`${caseDocuments.partyConfirmation} is not null`,
      })
      .from(caseDocuments)
      .where(eq(caseDocuments.caseId, caseId))
      .orderBy(caseDocuments.issuedOn, caseDocuments.createdAt),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(caseEvidence)
      .where(eq(caseEvidence.caseId, caseId)),
  ]);
  return { documents, evidence: Number(count?.n ?? 0) };
}
