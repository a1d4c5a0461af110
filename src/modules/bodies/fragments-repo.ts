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
