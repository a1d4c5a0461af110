// All SQL of the bodies module. Every read that takes a DataScope filters by it; reads without one are
// named unsafe… and used only where the caller has already been scoped (or for public data).
import { and, asc, eq, ilike, inArray, like, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.ts';
import { containing } from '../../platform/db/like.ts';
import { namedQuery } from '../../platform/db/named-query.ts';
import type { DataScope } from '../access/index.ts';
import { bodies, certificateReviews, certificates, people, units } from './schema.ts';

export function bodyScopeCondition(scope: DataScope): SQL {
  return scope.subordinates ? like(bodies.path, `${scope.bodyPath}%`) : eq(bodies.id, scope.bodyId);
}

export function listBodies(db: DbOrTx, scope: DataScope, q?: string) {
  const search = q
    ? or(like(bodies.name, containing(q)), like(bodies.creditCode, containing(q.toUpperCase())))
    : undefined;
  return db
    .select()
    .from(bodies)
    .where(and(bodyScopeCondition(scope), search))
    .orderBy(asc(bodies.path));
}

export async function findBodyInScope(db: DbOrTx, scope: DataScope, id: string) {
  const [row] = await db
    .select()
    .from(bodies)
    .where(and(eq(bodies.id, id), bodyScopeCondition(scope)));
  return row;
}

export async function unsafeFindBody(db: DbOrTx, id: string) {
  const [row] = await db.select().from(bodies).where(eq(bodies.id, id));
  return row;
}

/** Credit codes are unique platform-wide, so a duplicate must be found outside the caller's scope too. */
export async function creditCodeExists(db: DbOrTx, code: string) {
  const [row] = await db.select({ id: bodies.id }).from(bodies).where(eq(bodies.creditCode, code));
  return Boolean(row);
}

export function unsafeListAllBodies(db: DbOrTx) {
  return db.select().from(bodies).orderBy(asc(bodies.path));
}

export async function insertBody(db: DbOrTx, values: typeof bodies.$inferInsert & { id: string }) {
  const [row] = await db.insert(bodies).values(values).returning();
  return row!;
}

/** Optimistic update: only succeeds when the stored version is the one the editor saw. */
export async function updateBody(
  db: DbOrTx,
  id: string,
  version: number,
  values: Partial<typeof bodies.$inferInsert>,
) {
  const [row] = await db
    .update(bodies)
    .set({ ...values, version: version + 1, updatedAt: sql`now()` })
    .where(and(eq(bodies.id, id), eq(bodies.version, version)))
    .returning();
  return row;
}

export function listUnits(db: DbOrTx, bodyIds: string[]) {
  return db.select().from(units).where(inArray(units.bodyId, bodyIds)).orderBy(asc(units.name));
}

export async function findUnit(db: DbOrTx, id: string) {
  const [row] = await db.select().from(units).where(eq(units.id, id));
  return row;
}

export async function insertUnit(db: DbOrTx, values: typeof units.$inferInsert) {
  const [row] = await db.insert(units).values(values).returning();
  return row!;
}

export async function updateUnit(
  db: DbOrTx,
  id: string,
  version: number,
  values: Partial<typeof units.$inferInsert>,
) {
  const [row] = await db
    .update(units)
    .set({ ...values, version: version + 1, updatedAt: sql`now()` })
    .where(and(eq(units.id, id), eq(units.version, version)))
    .returning();
  return row;
}

export type PersonRow = {
  id: string;
  bodyId: string;
  bodyName: string;
  bodyPath: string;
  unitId: string | null;
  unitName: string | null;
  name: string;
  gender: 'male' | 'female';
  idNumber: string | null;
  phone: string | null;
  post: string;
  isReviewer: boolean;
  isLegalCounsel: boolean;
  legalQualificationNo: string | null;
  active: boolean;
  version: number;
  cert: null | {
    id: string;
    number: string;
    categories: string[];
    region: string;
    issuedOn: string;
    expiresOn: string;
    status: string;
    reviews: { year: number; passed: boolean }[];
  };
};

const PERSON_SELECT = sql`
  select p.id, p.body_id as "bodyId", b.name as "bodyName", b.path as "bodyPath", p.unit_id as "unitId",
         u.name as "unitName", p.name, p.gender, p.id_number as "idNumber", p.phone, p.post,
         p.is_reviewer as "isReviewer", p.is_legal_counsel as "isLegalCounsel",
         p.legal_qualification_no as "legalQualificationNo", p.active, p.version
    from people p
    join bodies b on b.id = p.body_id
    left join units u on u.id = p.unit_id`;

function scopeSql(scope: DataScope): SQL {
  return scope.subordinates
    ? sql`p.body_id in (select id from bodies where path like ${`${scope.bodyPath}%`})`
    : sql`p.body_id = ${scope.bodyId}`;
}

/** A person's current certificate: of the person `p`, the one expiring last (the rows after a select list). */
export const CURRENT_CERTIFICATE = sql`from certificates c where c.person_id = p.id order by c.expires_on desc limit 1`;

/**
 * The people `selected` picks (a PERSON_SELECT with its conditions, order and limit), each with their
 * current certificate (the one expiring last) and its annual reviews, in one statement: the certificate is
 * looked up by index for the selected rows only, after any limit, and comes back as one JSON column
 * (its dates are plain 'YYYY-MM-DD' strings there too). Reviews are looked up by year, so they come in no
 * particular order (an ordered aggregate would sort once per person).
 */
function withCertificate(selected: SQL, order = sql``): SQL {
  return sql`
    select p.*, latest.cert from (${selected}) p
      left join lateral (
        select json_build_object(
                 'id', c.id, 'number', c.number, 'categories', c.categories, 'region', c.region,
                 'issuedOn', c.issued_on, 'expiresOn', c.expires_on, 'status', c.status,
                 'reviews', coalesce((select json_agg(json_build_object('year', r.year, 'passed', r.passed))
                                        from certificate_reviews r where r.certificate_id = c.id), '[]'::json)) as cert
          ${CURRENT_CERTIFICATE}) latest on true ${order}`;
}

async function peopleWithCertificate(db: DbOrTx, selected: SQL, order?: SQL): Promise<PersonRow[]> {
  return (await db.execute<PersonRow>(withCertificate(selected, order))).rows;
}

export interface PeopleFilter {
  bodyId?: string;
  unitId?: string;
  q?: string;
  reviewer?: boolean;
  after?: { name: string; id: string };
  limit: number;
}

/** Keyset-paginated list ordered by (name, id): a deep page costs the same as the first. */
export async function listPeople(db: DbOrTx, scope: DataScope, f: PeopleFilter): Promise<PersonRow[]> {
  const conds: SQL[] = [scopeSql(scope)];
  if (f.bodyId) conds.push(sql`p.body_id = ${f.bodyId}`);
  if (f.unitId) conds.push(sql`p.unit_id = ${f.unitId}`);
  if (f.reviewer !== undefined) conds.push(sql`p.is_reviewer = ${f.reviewer}`);
  if (f.q) {
    const like = containing(f.q);
    conds.push(
      sql`(p.name like ${like} or p.post like ${like} or p.id in (select c2.person_id from certificates c2 where c2.number like ${like.toUpperCase()}))`,
    );
  }
  if (f.after) conds.push(sql`(p.name, p.id) > (${f.after.name}, ${f.after.id}::uuid)`);
  return peopleWithCertificate(
    db,
    sql`${PERSON_SELECT} where ${sql.join(conds, sql` and `)} order by p.name, p.id limit ${f.limit}`,
    sql`order by p.name, p.id`,
  );
}

export async function findPerson(db: DbOrTx, scope: DataScope, id: string): Promise<PersonRow | undefined> {
  return (
    await peopleWithCertificate(db, sql`${PERSON_SELECT} where p.id = ${id} and ${scopeSql(scope)}`)
  )[0];
}

const peopleOfBody = namedQuery<PersonRow>(
  'people_of_body',
  withCertificate(
    sql`${PERSON_SELECT} where p.body_id = ${sql.placeholder('bodyId')} and p.id = any(${sql.placeholder('ids')}::uuid[])`,
  ),
);

/** People of one body by id, with certificates; ids of other bodies are simply absent (every case page asks). */
export async function findPeopleOfBody(
  db: DbOrTx,
  bodyId: string,
  ids: readonly string[],
): Promise<PersonRow[]> {
  if (!ids.length) return [];
  return peopleOfBody(db, { bodyId, ids: [...ids] });
}

const unitOf = namedQuery<{ unitId: string | null }>(
  'people_unit_of',
  sql`select unit_id as "unitId" from people where id = ${sql.placeholder('personId')} and body_id = ${sql.placeholder('bodyId')}`,
);

/** The unit of a person of a body (one indexed lookup, for per-request access checks). */
export async function unitOfPerson(db: DbOrTx, bodyId: string, personId: string): Promise<string | null> {
  const [row] = await unitOf(db, { bodyId, personId });
  return row?.unitId ?? null;
}

/** Counts for the A4 indicator: active reviewers, and active people holding a certificate. */
export async function reviewerCounts(db: DbOrTx, bodyId: string) {
  const result = await db.execute<{ reviewers: number; officers: number }>(sql`
    select count(*) filter (where p.is_reviewer) as reviewers,
           count(*) filter (where exists (select 1 from certificates c where c.person_id = p.id
                                           and c.status = 'valid' and c.expires_on >= current_date)) as officers
      from people p where p.body_id = ${bodyId} and p.active`);
  return result.rows[0]!;
}

export async function findCertificate(db: DbOrTx, id: string) {
  const [row] = await db.select().from(certificates).where(eq(certificates.id, id));
  return row;
}

/** Public verification (A3/E2): certificate number → holder and body. Public data only. */
export async function findCertificateByNumber(db: DbOrTx, number: string) {
  const [row] = await db
    .select({
      cert: certificates,
      personName: people.name,
      gender: people.gender,
      post: people.post,
      personActive: people.active,
      bodyName: bodies.name,
      bodyId: bodies.id,
      complaintPhone: bodies.complaintPhone,
    })
    .from(certificates)
    .innerJoin(people, eq(people.id, certificates.personId))
    .innerJoin(bodies, eq(bodies.id, certificates.bodyId))
    .where(eq(certificates.number, number));
  return row;
}

export function listCertificatesOf(db: DbOrTx, personIds: string[]) {
  return db
    .select()
    .from(certificates)
    .where(inArray(certificates.personId, personIds))
    .orderBy(asc(certificates.expiresOn));
}

export function listReviews(db: DbOrTx, certificateIds: string[]) {
  return db
    .select()
    .from(certificateReviews)
    .where(inArray(certificateReviews.certificateId, certificateIds))
    .orderBy(asc(certificateReviews.year));
}

export async function insertCertificate(db: DbOrTx, values: typeof certificates.$inferInsert) {
  const [row] = await db.insert(certificates).values(values).returning();
  return row!;
}

export async function updateCertificate(
  db: DbOrTx,
  id: string,
  version: number,
  values: Partial<typeof certificates.$inferInsert>,
) {
  const [row] = await db
    .update(certificates)
    .set({ ...values, version: version + 1, updatedAt: sql`now()` })
    .where(and(eq(certificates.id, id), eq(certificates.version, version)))
    .returning();
  return row;
}

export async function insertReview(db: DbOrTx, values: typeof certificateReviews.$inferInsert) {
  const [row] = await db.insert(certificateReviews).values(values).returning();
  return row!;
}

// ---- names for the audit log ----------------------------------------------------------------------
// Unscoped: the audit log shows names only for entries already within the auditor's scope, and uses
// the ids found only to filter those entries.

type Named = typeof bodies | typeof units | typeof people;
const namesIn = (db: DbOrTx, t: Named, ids: readonly string[]) =>
  db
    .select({ id: t.id, name: t.name })
    .from(t)
    .where(inArray(t.id, [...ids]));
const idsMatching = async (db: DbOrTx, t: Named, text: string, limit: number) =>
  (
    await db
      .select({ id: t.id })
      .from(t)
      .where(like(t.name, containing(text)))
      .limit(limit)
  ).map((r) => r.id);

export const unsafeBodyNames = (db: DbOrTx, ids: readonly string[]) => namesIn(db, bodies, ids);
export const unsafeUnitNames = (db: DbOrTx, ids: readonly string[]) => namesIn(db, units, ids);
export const unsafePersonNames = (db: DbOrTx, ids: readonly string[]) => namesIn(db, people, ids);
export const unsafeFindBodyIds = (db: DbOrTx, text: string, limit: number) =>
  idsMatching(db, bodies, text, limit);
export const unsafeFindPersonIds = (db: DbOrTx, text: string, limit: number) =>
  idsMatching(db, people, text, limit);

/** A certificate by its number and holder. */
export const unsafeCertificateNames = (db: DbOrTx, ids: readonly string[]) =>
  db
    .select({
      id: certificates.id,
      name: sql<string>`${certificates.number} || '（' || ${people.name} || '）'`,
    })
    .from(certificates)
    .innerJoin(people, eq(people.id, certificates.personId))
    .where(inArray(certificates.id, [...ids]));

export const unsafeFindCertificateIds = async (db: DbOrTx, text: string, limit: number) =>
  (
    await db
      .select({ id: certificates.id })
      .from(certificates)
      .where(ilike(certificates.number, containing(text)))
      .limit(limit)
  ).map((r) => r.id);
