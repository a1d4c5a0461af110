// C7, C8 the SQL of a case's evidence: items numbered within their case, and a file recorded on an item once.
import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../platform/db/client.ts';
import { caseEvidence } from '../schema.ts';

export type EvidenceRow = typeof caseEvidence.$inferSelect;

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

/** The case's items that have a file, in their numbering (the case-file export). */
export async function listEvidenceFiles(db: DbOrTx, caseId: string): Promise<EvidenceRow[]> {
  return db
    .select()
    .from(caseEvidence)
    .where(and(eq(caseEvidence.caseId, caseId), sql`${caseEvidence.objectKey} is not null`))
    .orderBy(caseEvidence.seq);
}
