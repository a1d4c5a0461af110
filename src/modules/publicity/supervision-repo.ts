// E11 supervision of publicity, counted per body in the caller's scope in one statement: drafts due soon
// and overdue, decisions past their deadline never published (选择性公示), decisions not published (E5),
// withdrawals late (still owed past their deadline, or made after it).
import { sql } from 'drizzle-orm';
import type { DataScope } from '../../platform/context.ts';
import type { DbOrTx } from '../../platform/db/client.ts';
import { bodyIdsUnder, bodyNameOf } from '../bodies/index.ts';
import { publications as p } from './schema.ts';

export interface SupervisionRow {
  bodyId: string;
  bodyName: string;
  decisions: number;
  published: number;
  dueSoon: number;
  overdue: number;
  neverPublished: number;
  notPublished: number;
  lateWithdrawals: number;
}

export async function supervisionCounts(db: DbOrTx, scope: DataScope, today: string, soonUntil: string) {
  const pending = sql`${p.status} in ('draft', 'in_approval', 'approved')`;
  const inScope = scope.subordinates
    ? sql`${p.bodyId} in ${bodyIdsUnder(`${scope.bodyPath}%`)}`
    : sql`${p.bodyId} = ${scope.bodyId}`;
  const n = (cond: ReturnType<typeof sql>) => sql<number>`(count(*) filter (where ${cond}))::int`;
  return db
    .select({
      bodyId: p.bodyId,
      bodyName: bodyNameOf(p.bodyId),
      decisions: sql<number>`count(*)::int`,
      published: n(sql`${p.publishedOn} is not null`),
      dueSoon: n(sql`${pending} and ${p.due} >= ${today} and ${p.due} <= ${soonUntil}`),
      overdue: n(sql`${pending} and ${p.due} < ${today}`),
      neverPublished: n(sql`${p.status} = 'draft' and ${p.due} < ${today}`),
      notPublished: n(sql`${p.status} = 'not_published'`),
      lateWithdrawals: n(
        sql`${p.withdrawalDue} is not null and ((${p.withdrawnOn} is null and ${p.status} = 'published' and ${p.withdrawalDue} < ${today}) or ${p.withdrawnOn} > ${p.withdrawalDue})`,
      ),
    })
    .from(p)
    .where(inScope)
    .groupBy(p.bodyId)
    .orderBy(p.bodyId) as Promise<SupervisionRow[]>;
}
