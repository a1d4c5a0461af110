// E3–E8: all SQL of publications and the body's approval chain (staff side). The portal's reads, which
// select only the published, redacted columns, are public-repo.ts.
import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import type { DataScope } from '../../platform/context.ts';
import type { DbOrTx } from '../../platform/db/client.ts';
import { bodyIdsUnder, bodyNameOf, bodyPathOf } from '../bodies/index.ts';
import { publications, publicitySettings } from './schema.ts';

export type PublicationRow = typeof publications.$inferSelect;
export type PublicationValues = typeof publications.$inferInsert;
export type FoundPublication = PublicationRow & { bodyPath: string; bodyName: string };

const scoped = (scope: DataScope): SQL =>
  scope.subordinates
    ? sql`${publications.bodyId} in ${bodyIdsUnder(`${scope.bodyPath}%`)}`
    : eq(publications.bodyId, scope.bodyId);

/** A decided case's draft; a second decision step of the same case (none today) keeps the first. */
export async function insertPublicationIfAbsent(tx: DbOrTx, values: PublicationValues) {
  const [row] = await tx.insert(publications).values(values).onConflictDoNothing().returning();
  return row;
}

const withBody = {
  p: publications,
  bodyPath: bodyPathOf(publications.bodyId),
  bodyName: bodyNameOf(publications.bodyId),
};

/** The publication, whatever its body: callers check it against the caller's scope. */
export async function unsafeFindPublication(db: DbOrTx, id: string): Promise<FoundPublication | undefined> {
  const [row] = await db.select(withBody).from(publications).where(eq(publications.id, id));
  return row && { ...row.p, bodyPath: row.bodyPath, bodyName: row.bodyName };
}

export async function unsafeFindByCase(db: DbOrTx, caseId: string): Promise<PublicationRow | undefined> {
  const [row] = await db.select().from(publications).where(eq(publications.caseId, caseId));
  return row;
}

/** Locks the row if it is still at `version` (a concurrent change makes the caller's write a 409). */
export async function lockAtVersion(tx: DbOrTx, id: string, version: number): Promise<boolean> {
  const rows = await tx
    .select({ id: publications.id })
    .from(publications)
    .where(and(eq(publications.id, id), eq(publications.version, version)))
    .for('update');
  return rows.length === 1;
}

export async function updatePublication(
  tx: DbOrTx,
  id: string,
  values: Partial<PublicationValues>,
): Promise<PublicationRow> {
  const [row] = await tx
    .update(publications)
    .set({ ...values, version: sql`${publications.version} + 1`, updatedAt: sql`now()` })
    .where(eq(publications.id, id))
    .returning();
  return row!;
}

/** The publications of the caller's scope, most urgent first (the publisher's queue and lists). */
export async function listPublications(
  db: DbOrTx,
  scope: DataScope,
  filter: { statuses?: readonly string[]; limit: number },
) {
  const rows = await db
    .select(withBody)
    .from(publications)
    .where(
      and(
        scoped(scope),
        filter.statuses?.length
          ? sql`${publications.status} in (${sql.join(
              filter.statuses.map((s) => sql`${s}`),
              sql`, `,
            )})`
          : undefined,
      ),
    )
    .orderBy(asc(publications.due), asc(publications.id))
    .limit(filter.limit);
  return rows.map((r) => ({ ...r.p, bodyPath: r.bodyPath, bodyName: r.bodyName }));
}

/** E7 published items with a channel whose display period ended before `today` and is still shown. */
export async function unsafeExpiredOn(db: DbOrTx, today: string) {
  return db
    .select()
    .from(publications)
    .where(
      and(
        eq(publications.status, 'published'),
        sql`exists (select 1 from jsonb_array_elements(${publications.channels}) ch
          where ch->>'removedOn' is null and ch->>'until' is not null and ch->>'until' < ${today})`,
      ),
    )
    .orderBy(asc(publications.id))
    .for('update', { skipLocked: true });
}

export async function findChain(db: DbOrTx, bodyId: string) {
  const [row] = await db.select().from(publicitySettings).where(eq(publicitySettings.bodyId, bodyId));
  return row;
}

export async function saveChain(tx: DbOrTx, bodyId: string, chain: readonly string[]) {
  await tx
    .insert(publicitySettings)
    .values({ bodyId, approvalChain: [...chain] })
    .onConflictDoUpdate({
      target: publicitySettings.bodyId,
      set: {
        approvalChain: [...chain],
        version: sql`${publicitySettings.version} + 1`,
        updatedAt: sql`now()`,
      },
    });
}

export async function bodyName(db: DbOrTx, bodyId: string): Promise<string | null> {
  const [row] = await db.select({ name: bodyNameOf(sql`${bodyId}::uuid`) }).from(sql`(select 1) as one`);
  return row?.name ?? null;
}
