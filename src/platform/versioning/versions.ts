// Shared versioning: every state a record takes (creation included) is kept with reason and author, in
// the caller's transaction, so history and comparison read one table.
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Actor, TxCtx } from '../context.ts';
import type { SealedJson } from '../crypto/reseal.ts';
import type { DbOrTx } from '../db/client.ts';
import { canonicalJson } from '../ledger/canonical.ts';
import type { EventCode, LedgerEvent } from '../ledger/events.ts';
import type { Ledger } from '../ledger/ledger.ts';
import { recordVersions } from './schema.ts';

export interface VersionOf {
  entityType: string;
  record: { id: string; version: number };
  reason: string;
}

/** Keeps one state of a record, authored by the context's actor at the context's instant. */
export async function recordVersion(ctx: TxCtx<Actor>, v: VersionOf): Promise<void> {
  await ctx.tx.insert(recordVersions).values({
    entityType: v.entityType,
    entityId: v.record.id,
    version: v.record.version,
    data: canonicalJson(v.record),
    reason: v.reason,
    authorId: ctx.actor.id,
    authorName: ctx.actor.name,
    at: ctx.now.toISOString(),
  });
}

/** A change as it is kept (C8) and audited (H3): the new version and its ledger entry, in one transaction. */
export async function recordChange<C extends EventCode>(
  ctx: TxCtx<Actor>,
  ledger: Ledger,
  version: VersionOf,
  event: LedgerEvent<C>,
): Promise<void> {
  await recordVersion(ctx, version);
  await ledger.append(ctx, event);
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

/** The versions of one entity type whose JSON holds sealed values, for `resealJson` (H4). */
export function sealedVersions(entityType: string, reseal: SealedJson['reseal']): SealedJson {
  return {
    table: 'record_versions',
    key: 'id',
    keyType: 'uuid',
    column: 'data',
    columnType: 'text',
    rows: sql`entity_type = ${entityType}`,
    reseal,
  };
}
