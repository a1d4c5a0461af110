// C5: all SQL of case documents — the body's document settings, issued documents and officers' signing
// keys. (Case rows, numbering series and locks are the cases repo's.)
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { containing } from '../../../platform/db/like.ts';
import type { DbOrTx } from '../../../platform/db/client.ts';
import { caseDocuments, cases, documentSettings, signingKeys } from '../schema.ts';

export type DocumentSettingsRow = typeof documentSettings.$inferSelect;
export type SettingsValues = Omit<typeof documentSettings.$inferInsert, 'bodyId' | 'version' | 'updatedAt'>;
export type SigningKeyRow = typeof signingKeys.$inferSelect;

export async function findSettings(db: DbOrTx, bodyId: string): Promise<DocumentSettingsRow | undefined> {
  const [row] = await db.select().from(documentSettings).where(eq(documentSettings.bodyId, bodyId));
  return row;
}

/** Only the hearing figures, for the procedure's guards. */
export async function findHearingFigures(db: DbOrTx, bodyId: string) {
  const [row] = await db
    .select({
      hearingFinePersonFen: documentSettings.hearingFinePersonFen,
      hearingFineOrganisationFen: documentSettings.hearingFineOrganisationFen,
    })
    .from(documentSettings)
    .where(eq(documentSettings.bodyId, bodyId));
  return row;
}

/** The body's first save; undefined when another save got there first. */
export async function insertSettings(tx: DbOrTx, bodyId: string, values: SettingsValues) {
  const [row] = await tx
    .insert(documentSettings)
    .values({ bodyId, ...values })
    .onConflictDoNothing()
    .returning();
  return row;
}

/** A later save, only if nobody saved since `version` was read (optimistic lock); undefined otherwise. */
export async function updateSettingsIfVersion(
  tx: DbOrTx,
  bodyId: string,
  version: number,
  values: SettingsValues,
) {
  const [row] = await tx
    .update(documentSettings)
    .set({ ...values, version: sql`${documentSettings.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(documentSettings.bodyId, bodyId), eq(documentSettings.version, version)))
    .returning();
  return row;
}

export async function insertDocument(tx: DbOrTx, values: typeof caseDocuments.$inferInsert) {
  const [row] = await tx.insert(caseDocuments).values(values).returning();
  return row!;
}

export async function findDocument(db: DbOrTx, id: string) {
  const [row] = await db.select().from(caseDocuments).where(eq(caseDocuments.id, id));
  return row;
}

/** Every officer's signing key, held until the transaction ends (the start-up check seals clear keys). */
export function lockSigningKeys(tx: DbOrTx): Promise<SigningKeyRow[]> {
  return tx.select().from(signingKeys).for('update');
}

export async function setSigningPrivateKey(tx: DbOrTx, personId: string, privateKey: string) {
  await tx.update(signingKeys).set({ privateKey }).where(eq(signingKeys.personId, personId));
}

/** Stores the officer's first key; a key already there (a concurrent first use) wins. */
export async function insertSigningKeyIfAbsent(tx: DbOrTx, values: typeof signingKeys.$inferInsert) {
  await tx.insert(signingKeys).values(values).onConflictDoNothing();
}

export async function findSigningKey(db: DbOrTx, personId: string): Promise<SigningKeyRow | undefined> {
  const [row] = await db.select().from(signingKeys).where(eq(signingKeys.personId, personId));
  return row;
}

export const listDocuments = (db: DbOrTx, caseId: string) =>
  db
    .select()
    .from(caseDocuments)
    .where(eq(caseDocuments.caseId, caseId))
    .orderBy(asc(caseDocuments.createdAt));

// Unscoped names for the audit log (see the cases repo's note).
export const unsafeDocumentNames = (db: DbOrTx, ids: readonly string[]) =>
  db
    .select({
      id: caseDocuments.id,
      title: caseDocuments.title,
      number: caseDocuments.number,
      code: cases.code,
    })
    .from(caseDocuments)
    .innerJoin(cases, eq(cases.id, caseDocuments.caseId))
    .where(inArray(caseDocuments.id, [...ids]));

/** Documents by their number or by their case's number. */
export async function unsafeFindDocumentIds(db: DbOrTx, text: string, limit: number): Promise<string[]> {
  const like = containing(text);
  const rows = await db
    .select({ id: caseDocuments.id })
    .from(caseDocuments)
    .innerJoin(cases, eq(cases.id, caseDocuments.caseId))
    .where(sql`(${caseDocuments.number} like ${like} or ${cases.code} like ${like})`)
    .limit(limit);
  return rows.map((r) => r.id);
}

/** The latest issued document of a case among `templates` (E3: the decision a publication is made from). */
export async function latestDocumentOf(db: DbOrTx, caseId: string, templates: readonly string[]) {
  const [row] = await db
    .select()
    .from(caseDocuments)
    .where(and(eq(caseDocuments.caseId, caseId), inArray(caseDocuments.template, [...templates])))
    .orderBy(sql`${caseDocuments.issuedOn} desc, ${caseDocuments.createdAt} desc`)
    .limit(1);
  return row;
}
