// Shared versioning: every state a record takes (creation included) is kept with reason and author, in
// the caller's transaction, so history and comparison read one table.
import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import type { Actor } from '../ledger/ledger.ts';
import { canonicalJson } from '../ledger/canonical.ts';
import { recordVersions } from './schema.ts';

export async function recordVersion(
  tx: DbOrTx,
  actor: Actor,
  entityType: string,
  record: { id: string; version: number },
  reason: string,
): Promise<void> {
  await tx.insert(recordVersions).values({
    entityType,
    entityId: record.id,
    version: record.version,
    data: canonicalJson(record),
    reason,
    authorId: actor.id,
    authorName: actor.name,
  });
}

export async function listVersions(db: DbOrTx, entityType: string, entityId: string) {
  const rows = await db
    .select()
    .from(recordVersions)
    .where(and(eq(recordVersions.entityType, entityType), eq(recordVersions.entityId, entityId)))
    .orderBy(asc(recordVersions.version));
  return rows.map((r) => ({
    version: r.version,
    reason: r.reason,
    authorName: r.authorName,
    at: r.at,
    data: JSON.parse(r.data) as Record<string, unknown>,
  }));
}
