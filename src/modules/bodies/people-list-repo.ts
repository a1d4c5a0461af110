// The people list page (GET /api/v1/people) as JSON text written by the database. The list is the most
// requested staff page; building 50 objects from ~25 columns each, then serialising them again, cost more
// than the query. Here each person comes back as the JSON text of its list item (row_to_json: the
// schema's keys in its order, compact, escaped as JSON.stringify escapes), with the JSON text of the
// current certificate and the facts its validity needs (status, dates, the one annual review it can
// depend on): the validity itself is a domain rule (rules.ts) worked out by the caller, which closes both
// objects. Each combination of filters is one named statement, parsed once per connection; the pages of
// one body without a text search are also planned once per connection (see FETCH_SIZES).
import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.ts';
import { containing } from '../../platform/db/like.ts';
import { namedQuery } from '../../platform/db/named-query.ts';
import type { DataScope } from '../access/index.ts';
import { CURRENT_CERTIFICATE, type PeopleFilter } from './repo.ts';

export interface PersonListRow {
  name: string;
  id: string;
  /** The list item's JSON object up to its last key, `certificate`: its closing brace left off. */
  item: string;
  /** The current certificate's JSON object up to `status`, closing brace left off; null without one. */
  certificate: string | null;
  status: string | null;
  issuedOn: string | null;
  expiresOn: string | null;
  /** Whether the certificate passed the annual review of `reviewYear` (the filter's); null when not reviewed. */
  reviewPassed: boolean | null;
}

type Shape = {
  subordinates: boolean;
  bodyId: boolean;
  unitId: boolean;
  reviewer: boolean;
  q: boolean;
  after: boolean;
  /** The row count written into the statement (FETCH_SIZES), or null for a parameter. */
  fetch: number | null;
};

/**
 * The row counts a page of one body's people without a text search is fetched in: the count asked for,
 * rounded up to one of these. Such a page has one good plan whatever the values (people_body_name_idx
 * read in order from the body's first name, or from the cursor), and a statement whose LIMIT is a literal
 * gets one generic plan per connection; with a LIMIT parameter PostgreSQL prices the generic plan as if a
 * tenth of the body were read and plans the statement again on every request, a quarter of the page's
 * database time. A few sizes bound the statements each connection keeps. Searches and subordinate
 * bodies keep a parameter: their best plan depends on the pattern and the bodies.
 */
const FETCH_SIZES = [21, 51, 101, 201];

const p = (name: string) => sql.placeholder(name);

function pageQuery(shape: Shape): SQL {
  const conds: SQL[] = [
    shape.subordinates
      ? sql`p.body_id in (select id from bodies where path like ${p('scopePath')})`
      : sql`p.body_id = ${p('scopeBodyId')}`,
  ];
  if (shape.bodyId) conds.push(sql`p.body_id = ${p('bodyId')}`);
  if (shape.unitId) conds.push(sql`p.unit_id = ${p('unitId')}`);
  if (shape.reviewer) conds.push(sql`p.is_reviewer = ${p('reviewer')}`);
  if (shape.q)
    conds.push(
      sql`(p.name like ${p('like')} or p.post like ${p('like')} or p.id in (select c2.person_id from certificates c2 where c2.number like ${p('numberLike')}))`,
    );
  if (shape.after) conds.push(sql`(p.name, p.id) > (${p('afterName')}, ${p('afterId')}::uuid)`);
  return sql`
    select p.name, p.id, left(row_to_json(p)::text, -1) as item,
           case when c.id is not null then left(row_to_json(c)::text, -1) end as certificate,
           c.status, c."issuedOn", c."expiresOn",
           (select r.passed from certificate_reviews r
             where r.certificate_id = c.id and r.year = ${p('reviewYear')}) as "reviewPassed"
      from (select p.id, p.body_id as "bodyId", b.name as "bodyName", p.unit_id as "unitId", u.name as "unitName",
                   p.name, p.gender, p.post, p.is_reviewer as "isReviewer", p.is_legal_counsel as "isLegalCounsel",
                   p.active, p.version
              from people p
              join bodies b on b.id = p.body_id
              left join units u on u.id = p.unit_id
             where ${sql.join(conds, sql` and `)}
             order by p.name, p.id
             limit ${shape.fetch === null ? p('limit') : sql.raw(String(shape.fetch))}) p
      left join lateral (
        select c.id, c.number, c.categories, c.region, c.issued_on as "issuedOn", c.expires_on as "expiresOn", c.status
          ${CURRENT_CERTIFICATE}) c on true
     order by p.name, p.id`;
}

const statements = new Map<string, ReturnType<typeof namedQuery<PersonListRow & Record<string, unknown>>>>();

/** Keyset-paginated page ordered by (name, id), in the caller's scope: a deep page costs the same as the first. */
export async function listPeoplePage(
  db: DbOrTx,
  scope: DataScope,
  f: PeopleFilter & { reviewYear: number },
): Promise<PersonListRow[]> {
  const shape: Shape = {
    subordinates: scope.subordinates,
    bodyId: Boolean(f.bodyId),
    unitId: Boolean(f.unitId),
    reviewer: f.reviewer !== undefined,
    q: Boolean(f.q),
    after: Boolean(f.after),
    fetch: null,
  };
  if (!shape.subordinates && !shape.q) shape.fetch = FETCH_SIZES.find((n) => n >= f.limit) ?? null;
  const name = `people_page_${[
    shape.subordinates,
    shape.bodyId,
    shape.unitId,
    shape.reviewer,
    shape.q,
    shape.after,
  ]
    .map((on) => (on ? 1 : 0))
    .join('')}${shape.fetch === null ? '' : `_${shape.fetch}`}`;
  let statement = statements.get(name);
  if (!statement) statements.set(name, (statement = namedQuery(name, pageQuery(shape))));
  const rows = await statement(db, {
    scopePath: `${scope.bodyPath}%`,
    scopeBodyId: scope.bodyId,
    bodyId: f.bodyId,
    unitId: f.unitId,
    reviewer: f.reviewer,
    like: f.q && containing(f.q),
    numberLike: f.q && containing(f.q).toUpperCase(),
    afterName: f.after?.name,
    afterId: f.after?.id,
    limit: f.limit,
    reviewYear: f.reviewYear,
  });
  return rows.length > f.limit ? rows.slice(0, f.limit) : rows;
}
