// C4, C8 the SQL of a case's parties, witnesses and agents.
import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../../platform/db/client.ts';
import { caseParties } from '../schema.ts';

export type PartyRow = typeof caseParties.$inferSelect;

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

export const listParties = (db: DbOrTx, caseId: string) =>
  db
    .select()
    .from(caseParties)
    .where(eq(caseParties.caseId, caseId))
    .orderBy(asc(caseParties.createdAt), asc(caseParties.id));
