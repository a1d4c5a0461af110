// A1, A3 for other modules' statements: SQL fragments over this module's tables, exported through index.ts.
// A session lookup, a case page or a workbench list reads a body's path and name, the bodies under a scope
// or an officer's name inside its own statement (no extra round trip on the hottest reads), while only
// this module knows the tables and their columns.
import { sql, type Placeholder, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { bodies, people } from './schema.ts';

/** A body's or person's id as the embedding statement has it: a column, a placeholder or raw SQL. */
type IdRef = PgColumn | SQL | SQL.Aliased;

/** The body's materialised path (its scope key). */
export const bodyPathOf = (bodyId: IdRef) =>
  sql<string>`(select ${bodies.path} from ${bodies} where ${bodies.id} = ${bodyId})`;

export const bodyNameOf = (bodyId: IdRef) =>
  sql<string>`(select ${bodies.name} from ${bodies} where ${bodies.id} = ${bodyId})`;

/** The body that entrusted this one (委托), if any. */
export const entrustingBodyOf = (bodyId: IdRef) =>
  sql<string | null>`(select ${bodies.delegatedById} from ${bodies} where ${bodies.id} = ${bodyId})`;

/** The ids of the bodies whose path matches `pathPattern` (a scope's path followed by %), as a subquery. */
export const bodyIdsUnder = (pathPattern: string | SQL | Placeholder) =>
  sql`(select ${bodies.id} from ${bodies} where ${bodies.path} like ${pathPattern})`;

export const personNameOf = (personId: IdRef) =>
  sql<string>`(select ${people.name} from ${people} where ${people.id} = ${personId})`;

/**
 * A reference nested in its own SQL, so drizzle writes a column with its table's name even in the select
 * list of a single-table query (where it leaves it bare, and a bare name inside the subquery would be the
 * subquery's own column of that name).
 */
const qualified = (ref: IdRef) => sql`${ref}`;

/** A person's unit if they belong to the body (a caller's unit, for C10 visibility), else null. */
export const unitOfPersonIn = (bodyId: IdRef | Placeholder, personId: IdRef | Placeholder) =>
  sql<
    string | null
  >`(select ${people.unitId} from ${people} where ${people.id} = ${personId} and ${people.bodyId} = ${bodyId})`;

/** A case's officer as `officersOf` gives it: the certificate is the current one (expiring last). */
export interface OfficerJson {
  id: string;
  name: string;
  unitId: string | null;
  cert: null | {
    number: string;
    categories: string[];
    issuedOn: string;
    expiresOn: string;
    status: string;
    reviews: Array<{ year: number; passed: boolean }>;
  };
}

/**
 * The people of a body among `ids` (a case's officers) as one JSON array of OfficerJson, in no particular
 * order; ids of other bodies are absent, so the caller can refuse them.
 */
export const officersOf = (bodyId: IdRef, ids: IdRef) => sql<OfficerJson[]>`coalesce((
  select json_agg(json_build_object(
           'id', p.id, 'name', p.name, 'unitId', p.unit_id,
           'cert', (select json_build_object(
                             'number', c.number, 'categories', c.categories, 'issuedOn', c.issued_on,
                             'expiresOn', c.expires_on, 'status', c.status,
                             'reviews', coalesce((select json_agg(json_build_object('year', r.year, 'passed', r.passed))
                                                    from certificate_reviews r where r.certificate_id = c.id), '[]'::json))
                      from certificates c where c.person_id = p.id order by c.expires_on desc limit 1)))
    from people p where p.body_id = ${qualified(bodyId)} and p.id = any(${qualified(ids)})), '[]'::json)`;
