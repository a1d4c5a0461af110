// E10 the portal's reads of publications: only what was published, only its redacted columns. Search is
// a substring match over the redacted search text (pg_trgm index, on PGlite and PostgreSQL alike), ranked
// by word_similarity, then by date.
import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.ts';
import { containing } from '../../platform/db/like.ts';
import { bodyNameOf } from '../bodies/index.ts';
import { publications } from './schema.ts';

export interface PublicQuery {
  q?: string;
  bodyId?: string;
  category?: string;
  from?: string;
  to?: string;
  order: 'relevance' | 'date';
  limit: number;
  offset: number;
}

const publicColumns = {
  id: publications.id,
  bodyId: publications.bodyId,
  bodyName: bodyNameOf(publications.bodyId),
  caseKind: publications.caseKind,
  status: publications.status,
  mode: publications.mode,
  summary: publications.summary,
  fullText: publications.fullText,
  decidedOn: publications.decidedOn,
  publishedOn: publications.publishedOn,
  withdrawnOn: publications.withdrawnOn,
  outcome: publications.outcome,
  channels: publications.channels,
  updatedAt: publications.updatedAt,
};

/** On the portal now: published, and its portal channel not taken down. */
const onPortal = sql`${publications.status} = 'published' and exists (select 1 from jsonb_array_elements(${publications.channels}) ch
  where ch->>'channel' = 'portal' and ch->>'removedOn' is null)`;

const KIND_OF_CATEGORY: Record<string, string> = {
  行政处罚: 'penalty',
  行政许可: 'permit',
  行政强制: 'coercion',
};

function conditions(q: PublicQuery): SQL | undefined {
  return and(
    onPortal,
    q.q ? sql`${publications.searchText} ilike ${containing(q.q)}` : undefined,
    q.bodyId ? eq(publications.bodyId, q.bodyId) : undefined,
    q.category ? eq(publications.caseKind, KIND_OF_CATEGORY[q.category] ?? q.category) : undefined,
    q.from ? sql`${publications.decidedOn} >= ${q.from}` : undefined,
    q.to ? sql`${publications.decidedOn} <= ${q.to}` : undefined,
  );
}

export async function searchPublished(db: DbOrTx, q: PublicQuery) {
  const where = conditions(q);
  const order =
    q.order === 'relevance' && q.q
      ? [sql`word_similarity(${q.q}, ${publications.searchText}) desc`, desc(publications.decidedOn)]
      : [desc(publications.decidedOn), desc(publications.id)];
  const [rows, [count]] = await Promise.all([
    db
      .select(publicColumns)
      .from(publications)
      .where(where)
      .orderBy(...order)
      .limit(q.limit)
      .offset(q.offset),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(publications)
      .where(where),
  ]);
  return { rows, total: count?.n ?? 0 };
}

/** A publication the portal has shown (published, withdrawn or expired); drafts are never found. */
export async function findShown(db: DbOrTx, id: string) {
  const [row] = await db
    .select(publicColumns)
    .from(publications)
    .where(
      and(eq(publications.id, id), sql`${publications.status} in ('published', 'withdrawn', 'expired')`),
    );
  return row;
}

/** Every item on the portal, newest first, for open data and the feed (bounded). */
export async function allPublished(db: DbOrTx, limit: number) {
  return db
    .select(publicColumns)
    .from(publications)
    .where(onPortal)
    .orderBy(desc(publications.decidedOn), desc(publications.id))
    .limit(limit);
}

/** Bodies with something on the portal, for the search filter. */
export async function publishingBodies(db: DbOrTx) {
  return db
    .selectDistinct({ id: publications.bodyId, name: bodyNameOf(publications.bodyId) })
    .from(publications)
    .where(onPortal);
}
