// A5, C2 the SQL of the approval queue: the open cases a body's head decides — its own, and those of the
// bodies it entrusted (委托执法, whose head approves in its name) — with what the machine's guards read.
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.ts';
import { entrustingBodyOf, personNameOf } from '../bodies/index.ts';
import type { CaseListRow } from './list-repo.ts';

export type ApprovalCandidate = CaseListRow & {
  record: Record<string, unknown>;
  partyType: 'person' | 'organisation';
  officerIds: string[];
  delegatedById: string | null;
};

/** Open cases of `bodyId` or entrusted by it, most urgent first, at most `limit`. */
export async function openCasesApprovedBy(
  db: DbOrTx,
  bodyId: string,
  limit: number,
): Promise<ApprovalCandidate[]> {
  const result = await db.execute<ApprovalCandidate>(sql`
    select c.id, c.body_id as "bodyId", c.code, c.kind, c.state, c.cause, c.field, c.party_name as "partyName",
           c.lead_officer_id as "leadOfficerId", ${personNameOf(sql`c.lead_officer_id`)} as "leadOfficerName",
           c.unit_id as "unitId", c.opened_on as "openedOn", c.next_due as "nextDue", c.next_due_key as "nextDueKey",
           c.finished, c.version, c.updated_at as "updatedAt",
           exists (select 1 from case_deadlines d where d.case_id = c.id and d.status = 'open' and d.key = c.next_due_key
                     and d.provisional_year is not null) as "nextDueProvisional",
           c.record, c.party_type as "partyType", c.officer_ids as "officerIds",
           ${entrustingBodyOf(sql`c.body_id`)} as "delegatedById"
      from cases c
     where not c.finished
       and (c.body_id = ${bodyId} or ${entrustingBodyOf(sql`c.body_id`)} = ${bodyId})
     order by c.next_due nulls last, c.id
     limit ${limit}`);
  return result.rows;
}
