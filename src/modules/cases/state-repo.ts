// C8 --state for cases: a case's number, kind and cause are fixed when it is registered and recorded in
// its `case.created` entry; a case row that differs from that entry, or that has none, was written past
// the services (in SQL).
import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import type { StateDifference } from '../../platform/ledger/state.ts';

const FIXED = ['code', 'kind', 'cause'] as const;

export async function caseStateDifferences(db: Db): Promise<StateDifference[]> {
  const { rows } = await db.execute<{
    id: string;
    code: string;
    kind: string;
    cause: string;
    payload: string | null;
  }>(sql`
    select c.id, c.code, c.kind, c.cause, e.payload
      from cases c
      left join lateral (
        select payload from ledger_entries
         where entity_type = 'case' and entity_id = c.id::text and action = 'case.created'
         order by seq desc limit 1
      ) e on true
     order by c.id`);
  const out: StateDifference[] = [];
  for (const r of rows) {
    if (!r.payload) {
      out.push({ entityType: 'case', entityId: r.id, field: '', ledger: null, row: r.code });
      continue;
    }
    const recorded = JSON.parse(r.payload) as Partial<Record<(typeof FIXED)[number], string>>;
    for (const field of FIXED)
      if (recorded[field] !== r[field])
        out.push({
          entityType: 'case',
          entityId: r.id,
          field,
          ledger: recorded[field] ?? null,
          row: r[field],
        });
  }
  return out;
}
