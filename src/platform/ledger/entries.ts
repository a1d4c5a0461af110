// C8, C10 the ledger entries about given entities (a case and its documents), in order, as they are
// hashed — what an export carries so that each can be proven into a signed head offline.
import { and, asc, eq, inArray, or } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { ledgerEntries } from './schema.ts';
import { normaliseAt } from './chain.ts';

export interface EntityRef {
  entityType: string;
  entityIds: readonly string[];
}

export async function entriesOf(db: DbOrTx, refs: readonly EntityRef[]) {
  const wanted = refs.filter((r) => r.entityIds.length > 0);
  if (wanted.length === 0) return [];
  const rows = await db
    .select()
    .from(ledgerEntries)
    .where(
      or(
        ...wanted.map((r) =>
          and(eq(ledgerEntries.entityType, r.entityType), inArray(ledgerEntries.entityId, [...r.entityIds])),
        ),
      ),
    )
    .orderBy(asc(ledgerEntries.seq));
  return rows.map((r) => ({ ...r, seq: Number(r.seq), at: normaliseAt(r.at) }));
}

/** One entry by its sequence number, as hashed. */
export async function entryAt(db: DbOrTx, seq: number) {
  const [row] = await db.select().from(ledgerEntries).where(eq(ledgerEntries.seq, seq));
  return row && { ...row, seq: Number(row.seq), at: normaliseAt(row.at) };
}
