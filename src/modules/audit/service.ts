// H3: reading the audit trail. The ledger is the audit log; only the audit administrator reads it, and
// only for bodies in their scope. Reading the log is itself not logged per page (it would double the log).
import { and, desc, eq, gte, like, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { containing, startingWith } from '../../platform/db/like.ts';
import { ledgerEntries } from '../../platform/ledger/schema.ts';
import { bodies } from '../bodies/schema.ts';
import { scopeOf } from '../access/index.ts';
import type { ScopedUser } from '../bodies/service.ts';

export interface AuditQuery {
  action?: string;
  actor?: string;
  entityId?: string;
  from?: string;
  to?: string;
  beforeSeq?: number;
  limit: number;
}

export async function listAudit(db: Db, user: ScopedUser, q: AuditQuery) {
  const scope = scopeOf(user);
  const conds: (SQL | undefined)[] = [
    // Entries without a body (failed logins of unknown names, platform events) concern everyone:
    // every auditor sees them.
    or(
      sql`${ledgerEntries.bodyId} in (select ${bodies.id} from ${bodies} where ${scope.subordinates ? like(bodies.path, `${scope.bodyPath}%`) : eq(bodies.id, scope.bodyId)})`,
      sql`${ledgerEntries.bodyId} is null`,
    ),
    q.action ? like(ledgerEntries.action, startingWith(q.action)) : undefined,
    q.actor ? like(ledgerEntries.actorName, containing(q.actor)) : undefined,
    q.entityId ? eq(ledgerEntries.entityId, q.entityId) : undefined,
    q.from ? gte(ledgerEntries.at, `${q.from}T00:00:00+08:00`) : undefined,
    q.to ? lte(ledgerEntries.at, `${q.to}T23:59:59.999+08:00`) : undefined,
    q.beforeSeq ? lt(ledgerEntries.seq, q.beforeSeq) : undefined,
  ];
  const rows = await db
    .select()
    .from(ledgerEntries)
    .where(and(...conds))
    .orderBy(desc(ledgerEntries.seq))
    .limit(q.limit + 1);
  const page = rows.slice(0, q.limit);
  return {
    items: page.map((r) => ({
      ...r,
      at: new Date(r.at).toISOString(),
      payload: JSON.parse(r.payload) as Record<string, unknown>,
    })),
    nextBeforeSeq: rows.length > q.limit ? (page.at(-1)?.seq ?? null) : null,
  };
}
