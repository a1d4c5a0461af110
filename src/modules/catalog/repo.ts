// All SQL of the catalog module.
import { and, asc, desc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.ts';
import { containing } from '../../platform/db/like.ts';
import { catalogEntries, legalArticles, legalDocuments } from './schema.ts';

export type EntryRow = typeof catalogEntries.$inferSelect;

/** The versions in force on `date`: per code the latest version effective by then, unless it retires the entry. */
export async function entriesInForce(
  db: DbOrTx,
  bodyId: string,
  kind: string,
  date: string,
  q?: string,
): Promise<EntryRow[]> {
  const search: SQL = q ? sql`and (name like ${containing(q)} or code like ${containing(q)})` : sql``;
  const result = await db.execute<EntryRow>(sql`
    select * from (
      select distinct on (code) id, body_id as "bodyId", kind, code, version, name, effective_from as "effectiveFrom",
             retired, data, reason, author_id as "authorId", author_name as "authorName", created_at as "createdAt"
        from catalog_entries
       where body_id = ${bodyId} and kind = ${kind} and effective_from <= ${date}
       order by code, version desc
    ) current where not retired ${search} order by code`);
  return result.rows;
}

export function entryHistory(db: DbOrTx, bodyId: string, kind: string, code: string) {
  return db
    .select()
    .from(catalogEntries)
    .where(
      and(eq(catalogEntries.bodyId, bodyId), eq(catalogEntries.kind, kind), eq(catalogEntries.code, code)),
    )
    .orderBy(asc(catalogEntries.version));
}

export async function latestVersion(db: DbOrTx, bodyId: string, kind: string, code: string) {
  const [row] = await db
    .select()
    .from(catalogEntries)
    .where(
      and(eq(catalogEntries.bodyId, bodyId), eq(catalogEntries.kind, kind), eq(catalogEntries.code, code)),
    )
    .orderBy(desc(catalogEntries.version))
    .limit(1);
  return row;
}

export async function insertEntry(db: DbOrTx, values: typeof catalogEntries.$inferInsert) {
  const [row] = await db.insert(catalogEntries).values(values).returning();
  return row!;
}

export type LegalDocumentRow = typeof legalDocuments.$inferSelect;

/** Documents visible to a body: national ones and the body's own local ones; every version. */
export function legalDocumentVersions(db: DbOrTx, bodyIds: string[], codes?: string[]) {
  return db
    .select()
    .from(legalDocuments)
    .where(
      and(
        or(
          isNull(legalDocuments.bodyId),
          bodyIds.length ? inArray(legalDocuments.bodyId, bodyIds) : undefined,
        ),
        codes ? inArray(legalDocuments.code, codes) : undefined,
      ),
    )
    .orderBy(asc(legalDocuments.code), asc(legalDocuments.version));
}

export function articlesOf(db: DbOrTx, documentIds: string[]) {
  if (!documentIds.length) return Promise.resolve([]);
  return db
    .select()
    .from(legalArticles)
    .where(inArray(legalArticles.documentId, documentIds))
    .orderBy(asc(legalArticles.documentId), asc(legalArticles.ordinal));
}

export async function insertLegalDocument(
  db: DbOrTx,
  doc: typeof legalDocuments.$inferInsert,
  articles: Omit<typeof legalArticles.$inferInsert, 'documentId'>[],
) {
  const [row] = await db.insert(legalDocuments).values(doc).returning();
  if (articles.length)
    await db.insert(legalArticles).values(articles.map((a) => ({ ...a, documentId: row!.id })));
  return row!;
}

export async function latestLegalVersion(db: DbOrTx, code: string) {
  const [row] = await db
    .select()
    .from(legalDocuments)
    .where(eq(legalDocuments.code, code))
    .orderBy(desc(legalDocuments.version))
    .limit(1);
  return row;
}

/** How many entries and legal documents the catalogue holds, across every body (the demo seed's ledger entry). */
export async function countCatalogue(db: DbOrTx): Promise<{ entries: number; laws: number } | undefined> {
  const result = await db.execute<{ entries: number; laws: number }>(
    sql`select (select count(*) from catalog_entries)::int as entries, (select count(*) from legal_documents)::int as laws`,
  );
  return result.rows[0];
}

/** The bodies that publish a catalogue (at least one entry), for the portal's list of bodies (E1). */
export async function unsafeBodiesWithCatalogue(db: DbOrTx): Promise<Set<string>> {
  const rows = await db.selectDistinct({ bodyId: catalogEntries.bodyId }).from(catalogEntries);
  return new Set(rows.map((r) => r.bodyId));
}
