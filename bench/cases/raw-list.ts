// The workbench list of bench/cases.ts written directly in SQL: the query the service's list is measured
// against (same scope, status, filter and keyset), and the cursor it follows.

const RAW_SELECT = `
  select c.id, c.body_id as "bodyId", c.code, c.kind, c.state, c.cause, c.field, c.party_name as "partyName",
         c.lead_officer_id as "leadOfficerId", p.name as "leadOfficerName", c.unit_id as "unitId",
         c.opened_on as "openedOn", c.next_due as "nextDue", c.next_due_key as "nextDueKey", c.finished,
         c.version, c.updated_at as "updatedAt"
    from cases c join people p on p.id = c.lead_officer_id`;

export type After = { due: string | null; id: string } | undefined;

export interface RawList {
  /** The cases filter besides scope and keyset, e.g. `c.officer_ids @> array[$me]::uuid[]`; params from $3. */
  filter: string;
  params: unknown[];
  /** One body (`c.body_id = $1`) or every body under a path (`bodies.path like $1`, one keyset range per body). */
  scope: { bodyId: string } | { pathPrefix: string };
}

/** The page size and the status filter as SQL (`c.finished = false`, …) of a run. */
export interface ListShape {
  limit: number;
  statusSql: string;
}

/** The list query written directly: cases of the status by (next_due, id) after the cursor, those without a deadline last. */
export function rawListQuery(
  r: RawList,
  after: After,
  { limit, statusSql }: ListShape,
): { text: string; values: unknown[] } {
  const p = (n: number) => `$${n + 3 + r.params.length}`;
  const withDue = ['c.next_due is not null'];
  const noDue = ['c.next_due is null'];
  const values: unknown[] = [
    'bodyId' in r.scope ? r.scope.bodyId : `${r.scope.pathPrefix}%`,
    limit,
    ...r.params,
  ];
  if (after?.due === null) {
    withDue.push('false');
    noDue.push(`c.id > ${p(0)}::uuid`);
    values.push(after.id);
  } else if (after) {
    withDue.push(`(c.next_due, c.id) > (${p(0)}::date, ${p(1)}::uuid)`);
    values.push(after.due, after.id);
  }
  const base = `${statusSql}${r.filter ? ` and ${r.filter}` : ''}`;
  if ('bodyId' in r.scope) {
    return {
      text: `(${RAW_SELECT} where c.body_id = $1 and ${base} and ${withDue.join(' and ')} order by c.next_due, c.id limit $2)
             union all
             (${RAW_SELECT} where c.body_id = $1 and ${base} and ${noDue.join(' and ')} order by c.next_due, c.id limit $2)
             limit $2`,
      values,
    };
  }
  // Several bodies: one index range per body (a lateral join, one page each), officer names looked up for the page only.
  const perBody = (conds: string[]) =>
    `select x.* from bodies s cross join lateral (
       select c.id, c.body_id, c.code, c.kind, c.state, c.cause, c.field, c.party_name, c.lead_officer_id, c.unit_id,
              c.opened_on, c.next_due, c.next_due_key, c.finished, c.version, c.updated_at
         from cases c where c.body_id = s.id and ${base} and ${conds.join(' and ')} order by c.next_due, c.id limit $2) x
      where s.path like $1 order by x.next_due, x.id limit $2`;
  return {
    text: `select c.id, c.body_id as "bodyId", c.code, c.kind, c.state, c.cause, c.field, c.party_name as "partyName",
                  c.lead_officer_id as "leadOfficerId", (select p.name from people p where p.id = c.lead_officer_id) as "leadOfficerName",
                  c.unit_id as "unitId", c.opened_on as "openedOn", c.next_due as "nextDue", c.next_due_key as "nextDueKey", c.finished,
                  c.version, c.updated_at as "updatedAt"
             from ((${perBody(withDue)}) union all (${perBody(noDue)}) limit $2) c
            order by c.next_due nulls last, c.id`,
    values,
  };
}

export const decodeCursor = (cursor: string): After => {
  const [due, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string | null, string];
  return { due, id };
};
