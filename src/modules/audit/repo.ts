// H3 all SQL of the audit module: the ledger's entries within an auditor's scope, filtered and paged
// backwards by sequence number.
import { and, desc, eq, gte, inArray, like, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.ts';
import { containing, startingWith } from '../../platform/db/like.ts';
import { ledgerEntries } from '../../platform/ledger/schema.ts';
import type { DataScope } from '../access/index.ts';
import { bodyIdsUnder } from '../bodies/index.ts';

export interface EntryFilter {
  scope: DataScope;
  /** Codes starting with this text (e.g. `auth.`). */
  actionPrefix?: string;
  /** Exactly this code. */
  event?: string;
  /** Actors whose name contains this text. */
  actor?: string;
  entityType?: string;
  entityId?: string;
  /** Entries about any of these entities (by type); an empty list matches nothing. */
  entities?: { type: string; ids: string[] }[];
  /** Calendar dates in Beijing time, inclusive. */
  from?: string;
  to?: string;
  beforeSeq?: number;
  limit: number;
}

export type EntryRow = typeof ledgerEntries.$inferSelect;

export function listEntries(db: DbOrTx, f: EntryFilter): Promise<EntryRow[]> {
  return db
    .select()
    .from(ledgerEntries)
    .where(
      and(
        // Entries without a body (failed logins of unknown names, platform events) concern everyone:
        // every auditor sees them.
        or(inScope(f.scope), sql`${ledgerEntries.bodyId} is null`),
        f.actionPrefix ? like(ledgerEntries.action, startingWith(f.actionPrefix)) : undefined,
        f.event ? eq(ledgerEntries.action, f.event) : undefined,
        f.actor ? like(ledgerEntries.actorName, containing(f.actor)) : undefined,
        f.entityType ? eq(ledgerEntries.entityType, f.entityType) : undefined,
        f.entityId ? eq(ledgerEntries.entityId, f.entityId) : undefined,
        f.entities ? entitiesCondition(f.entities) : undefined,
        f.from ? gte(ledgerEntries.at, `${f.from}T00:00:00+08:00`) : undefined,
        f.to ? lte(ledgerEntries.at, `${f.to}T23:59:59.999+08:00`) : undefined,
        f.beforeSeq ? lt(ledgerEntries.seq, f.beforeSeq) : undefined,
      ),
    )
    .orderBy(desc(ledgerEntries.seq))
    .limit(f.limit);
}

// The bodies under a scope come from the bodies module's fragment: the audit log imports no module's tables.
function inScope(scope: DataScope): SQL {
  return scope.subordinates
    ? sql`${ledgerEntries.bodyId} in ${bodyIdsUnder(`${scope.bodyPath}%`)}`
    : eq(ledgerEntries.bodyId, scope.bodyId);
}

function entitiesCondition(entities: { type: string; ids: string[] }[]): SQL {
  const each = entities
    .filter((e) => e.ids.length > 0)
    .map((e) => and(eq(ledgerEntries.entityType, e.type), inArray(ledgerEntries.entityId, e.ids))!);
  return each.length ? or(...each)! : sql`false`;
}
