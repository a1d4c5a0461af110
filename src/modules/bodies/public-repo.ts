// A1, A3 for E1: the public register's reads. The portal has no user, so these read across every body
// (hence `unsafe…`) and are safe only because each one selects public columns explicitly (A1 body fields,
// A3 officer fields) — never ID numbers, phones of people, staffing, funding or stored-document keys.
// Adding a column here publishes it.
import { asc, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.ts';
import { containing } from '../../platform/db/like.ts';
import { bodies } from './schema.ts';

const PUBLIC_BODY_COLUMNS = {
  id: bodies.id,
  parentId: bodies.parentId,
  path: bodies.path,
  level: bodies.level,
  name: bodies.name,
  creditCode: bodies.creditCode,
  nature: bodies.nature,
  bodyType: bodies.bodyType,
  duties: bodies.duties,
  legalRepresentative: bodies.legalRepresentative,
  address: bodies.address,
  complaintPhone: bodies.complaintPhone,
  delegatedById: bodies.delegatedById,
  delegationScope: bodies.delegationScope,
  delegationAgreementName: bodies.delegationAgreementName,
  delegationValidFrom: bodies.delegationValidFrom,
  delegationValidTo: bodies.delegationValidTo,
};

export type PublicBody = Awaited<ReturnType<typeof unsafeListPublicBodies>>[number];

/** Every body in hierarchy order (the materialised path sorts a parent before its children). */
export function unsafeListPublicBodies(db: DbOrTx) {
  return db.select(PUBLIC_BODY_COLUMNS).from(bodies).orderBy(asc(bodies.path));
}

/** The top of the hierarchy hosts the portal (主办单位 in the footer). */
export async function unsafeSiteHost(db: DbOrTx): Promise<string | null> {
  const [row] = await db
    .select({ name: bodies.name })
    .from(bodies)
    .where(isNull(bodies.parentId))
    .orderBy(asc(bodies.path))
    .limit(1);
  return row?.name ?? null;
}

/** Active officers holding a certificate, per body — the number shown beside each body. */
export async function unsafeCountOfficersByBody(db: DbOrTx): Promise<Map<string, number>> {
  const result = await db.execute<{ bodyId: string; n: number }>(sql`
    select p.body_id as "bodyId", count(*)::int as n
      from people p
     where p.active and exists (select 1 from certificates c where c.person_id = p.id)
     group by p.body_id`);
  return new Map(result.rows.map((r) => [r.bodyId, Number(r.n)]));
}

export interface OfficerQuery {
  q?: string;
  bodyId?: string;
  page: number;
  pageSize: number;
}

export type PublicOfficerRow = {
  name: string;
  post: string;
  bodyId: string;
  bodyName: string;
  unitName: string | null;
  number: string;
  categories: string[];
  region: string;
  issuedOn: string;
  expiresOn: string;
  status: string;
  reviews: { year: number; passed: boolean }[];
};

/**
 * E1 officer list: active people with a certificate, shown with their current certificate (the one
 * expiring last, as in the staff view). People who left are not listed, but their numbers still verify
 * (as invalid) on /verify, so a former officer cannot pass as a current one. Ordered by body, then by
 * certificate number: the database's collation does not sort Chinese names by pinyin, numbers are
 * predictable. Offset pagination is fine
 * here: page numbers are what the public expects and a body has hundreds, not millions, of officers.
 */
export async function unsafeListPublicOfficers(
  db: DbOrTx,
  f: OfficerQuery,
): Promise<{ total: number; rows: PublicOfficerRow[] }> {
  const conds = [sql`p.active`];
  if (f.bodyId) conds.push(sql`p.body_id = ${f.bodyId}`);
  if (f.q) {
    const pattern = containing(f.q);
    const numberPattern = containing(f.q.toUpperCase());
    conds.push(sql`(p.name like ${pattern} or cur.number like ${numberPattern})`);
  }
  const where = sql.join(conds, sql` and `);
  // distinct on picks each person's current certificate in one pass.
  const current = sql`(select distinct on (c.person_id) c.id, c.person_id, c.number, c.categories, c.region,
                              c.issued_on, c.expires_on, c.status
                         from certificates c order by c.person_id, c.expires_on desc) cur`;
  const countResult = await db.execute<{ n: number }>(
    sql`select count(*)::int as n from people p join ${current} on cur.person_id = p.id where ${where}`,
  );
  const total = Number(countResult.rows[0]?.n ?? 0);
  const result = await db.execute<PublicOfficerRow>(sql`
    select p.name, p.post, b.id as "bodyId", b.name as "bodyName", u.name as "unitName",
           cur.number, cur.categories, cur.region, cur.issued_on::text as "issuedOn", cur.expires_on::text as "expiresOn",
           cur.status,
           coalesce((select json_agg(json_build_object('year', r.year, 'passed', r.passed))
                       from certificate_reviews r where r.certificate_id = cur.id), '[]'::json) as reviews
      from people p
      join ${current} on cur.person_id = p.id
      join bodies b on b.id = p.body_id
      left join units u on u.id = p.unit_id
     where ${where}
     order by b.path, cur.number, p.id
     limit ${f.pageSize} offset ${(f.page - 1) * f.pageSize}`);
  return { total, rows: result.rows };
}
