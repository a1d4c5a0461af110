// D2–D7 the SQL of reviews: one row per case, read by id or case, the caller's queue, and the write under
// the version the caller read (optimistic: a concurrent write makes it return null → 409).
import { and, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.ts';
import type { Review } from './rules/lifecycle.ts';
import { reviews } from './schema.ts';

export type ReviewRow = Omit<typeof reviews.$inferSelect, 'state'> & { state: Review };

export async function findByCase(db: DbOrTx, caseId: string): Promise<ReviewRow | null> {
  const [row] = await db.select().from(reviews).where(eq(reviews.caseId, caseId));
  return (row as ReviewRow | undefined) ?? null;
}

export async function findById(db: DbOrTx, id: string): Promise<ReviewRow | null> {
  const [row] = await db.select().from(reviews).where(eq(reviews.id, id));
  return (row as ReviewRow | undefined) ?? null;
}

export async function insertReview(
  db: DbOrTx,
  row: Pick<
    ReviewRow,
    'bodyId' | 'caseId' | 'caseCode' | 'caseCause' | 'status' | 'submittedBy' | 'state' | 'materials'
  >,
): Promise<ReviewRow> {
  const [inserted] = await db.insert(reviews).values(row).returning();
  return inserted as ReviewRow;
}

/** Writes the review only if nobody wrote since `version`; null when someone did. */
export async function updateIfVersion(
  db: DbOrTx,
  id: string,
  version: number,
  change: Partial<Pick<ReviewRow, 'status' | 'reviewerId' | 'submittedBy' | 'due' | 'state' | 'materials'>>,
): Promise<ReviewRow | null> {
  const [row] = await db
    .update(reviews)
    .set({ ...change, version: version + 1, updatedAt: sql`now()` })
    .where(and(eq(reviews.id, id), eq(reviews.version, version)))
    .returning();
  return (row as ReviewRow | undefined) ?? null;
}

export interface QueueFilter {
  /** Reviews assigned to this person. */
  reviewerId?: string | null;
  /** Reviews of these bodies waiting for assignment (the legal head). */
  unassignedIn?: string | null;
  /** Reviews this account submitted. */
  submittedBy?: string | null;
}

/** The caller's queue: the union of the parts that apply, open reviews first, newest first. */
export async function queue(db: DbOrTx, f: QueueFilter, limit: number): Promise<ReviewRow[]> {
  const parts: SQL[] = [];
  if (f.reviewerId) parts.push(and(eq(reviews.reviewerId, f.reviewerId), eq(reviews.status, 'assigned'))!);
  if (f.unassignedIn) parts.push(and(eq(reviews.bodyId, f.unassignedIn), eq(reviews.status, 'submitted'))!);
  if (f.submittedBy) parts.push(eq(reviews.submittedBy, f.submittedBy));
  if (parts.length === 0) return [];
  const rows = await db
    .select()
    .from(reviews)
    .where(
      sql.join(
        parts.map((p) => sql`(${p})`),
        sql` or `,
      ),
    )
    .orderBy(sql`${reviews.due} asc nulls last`, desc(reviews.updatedAt))
    .limit(limit);
  return rows as ReviewRow[];
}

/** Open reviews per reviewer of a body (balancing, D3). */
export async function openCounts(db: DbOrTx, bodyId: string, reviewerIds: string[]) {
  if (reviewerIds.length === 0) return new Map<string, number>();
  const rows = await db
    .select({ reviewerId: reviews.reviewerId, n: sql<number>`count(*)::int` })
    .from(reviews)
    .where(
      and(
        eq(reviews.bodyId, bodyId),
        eq(reviews.status, 'assigned'),
        inArray(reviews.reviewerId, reviewerIds),
      ),
    )
    .groupBy(reviews.reviewerId);
  return new Map(rows.map((r) => [r.reviewerId!, r.n]));
}

/** How many rounds this person closed with an opinion (a first-time reviewer has none). */
export async function completedBy(db: DbOrTx, personId: string): Promise<number> {
  const [row] = await db
    .execute<{ n: number }>(
      sql`
    select count(*)::int as n
      from ${reviews} r, jsonb_array_elements(r.state->'rounds') round
     where round->'opinion'->>'by' = ${personId}`,
    )
    .then((r) => r.rows);
  return row?.n ?? 0;
}
