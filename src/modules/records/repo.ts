// C6 the SQL of records: uploads in progress, the records (numbered within their case, written once),
// and the work records of activities that could not be recorded.
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.ts';
import { avExemptions, avRecords, avUploads } from './schema.ts';

export type UploadRow = typeof avUploads.$inferSelect;
export type RecordRow = typeof avRecords.$inferSelect;
export type ExemptionRow = typeof avExemptions.$inferSelect;

export async function insertUpload(tx: DbOrTx, values: typeof avUploads.$inferInsert): Promise<void> {
  await tx.insert(avUploads).values(values);
}

export async function findUpload(db: DbOrTx, id: string): Promise<UploadRow | undefined> {
  const [row] = await db.select().from(avUploads).where(eq(avUploads.id, id));
  return row;
}

/** The upload, locked, while it is not yet registered: a second finisher finds nothing. */
export async function lockOpenUpload(tx: DbOrTx, id: string): Promise<UploadRow | undefined> {
  const [row] = await tx
    .select()
    .from(avUploads)
    .where(and(eq(avUploads.id, id), isNull(avUploads.recordId)))
    .for('update');
  return row;
}

export async function markUploadRegistered(tx: DbOrTx, id: string, recordId: string): Promise<void> {
  await tx.update(avUploads).set({ recordId }).where(eq(avUploads.id, id));
}

export async function deleteUpload(tx: DbOrTx, id: string): Promise<void> {
  await tx.delete(avUploads).where(and(eq(avUploads.id, id), isNull(avUploads.recordId)));
}

/** Inserts a record numbered next in its case; the transaction lock on the case serialises numbering. */
export async function insertRecord(
  tx: DbOrTx,
  values: Omit<typeof avRecords.$inferInsert, 'seq'>,
): Promise<RecordRow> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${'av_records:' + values.caseId}))`);
  const [row] = await tx
    .insert(avRecords)
    .values({
      ...values,
      seq: sql`(select coalesce(max(seq), 0) + 1 from av_records where case_id = ${values.caseId})`,
    })
    .returning();
  return row!;
}

export function listRecords(db: DbOrTx, caseId: string): Promise<RecordRow[]> {
  return db.select().from(avRecords).where(eq(avRecords.caseId, caseId)).orderBy(asc(avRecords.seq));
}

export async function findRecord(db: DbOrTx, caseId: string, seq: number): Promise<RecordRow | undefined> {
  const [row] = await db
    .select()
    .from(avRecords)
    .where(and(eq(avRecords.caseId, caseId), eq(avRecords.seq, seq)));
  return row;
}

export async function insertExemption(
  tx: DbOrTx,
  values: typeof avExemptions.$inferInsert,
): Promise<ExemptionRow> {
  const [row] = await tx.insert(avExemptions).values(values).returning();
  return row!;
}

export async function approveExemption(
  tx: DbOrTx,
  caseId: string,
  id: string,
  by: string,
  at: string,
): Promise<ExemptionRow | undefined> {
  const [row] = await tx
    .update(avExemptions)
    .set({ approvedBy: by, approvedAt: at })
    .where(and(eq(avExemptions.id, id), eq(avExemptions.caseId, caseId), isNull(avExemptions.approvedBy)))
    .returning();
  return row;
}

export function listExemptions(db: DbOrTx, caseId: string): Promise<ExemptionRow[]> {
  return db
    .select()
    .from(avExemptions)
    .where(eq(avExemptions.caseId, caseId))
    .orderBy(asc(avExemptions.createdAt));
}
