// A3, H4 the people table's personal data: the ID number and phone are sealed here on the way in and
// opened by the readers that show them (never by the list page, which does not show them); a person is
// found by ID number only through its blind index.
import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.ts';
import {
  idNumberIndex,
  openRecord,
  personalPurpose,
  resealRecord,
} from '../../platform/crypto/personal-data.ts';
import type { Resealing, SealedJson, SealedTable } from '../../platform/crypto/reseal.ts';
import type { Sealer } from '../../platform/crypto/sealing.ts';
import { sealedVersions } from '../../platform/versioning/versions.ts';
import { people } from './schema.ts';

type PersonValues = typeof people.$inferInsert;
/** A person as stored, personal fields sealed, without the blind index (which versions do not keep). */
export type StoredPerson = Omit<typeof people.$inferSelect, 'idNumberIndex'>;

/** JSON key → column of the personal fields of a person record. */
const PERSONAL_FIELDS = { idNumber: 'id_number', phone: 'phone' } as const;

function sealedValues(sealer: Sealer, id: string, values: Partial<PersonValues>): Partial<PersonValues> {
  const out: Partial<PersonValues> = { ...values };
  if (values.idNumber !== undefined) {
    out.idNumber = sealer.sealOptional(values.idNumber, personalPurpose('people', 'id_number', id));
    out.idNumberIndex = values.idNumber ? idNumberIndex(sealer, values.idNumber) : null;
  }
  if (values.phone !== undefined)
    out.phone = sealer.sealOptional(values.phone, personalPurpose('people', 'phone', id));
  return out;
}

function stored(row: typeof people.$inferSelect): StoredPerson {
  const { idNumberIndex: _index, ...rest } = row;
  return rest;
}

/** The ID number and phone of a person row (or a version of one) in the clear. */
export function openPerson<T extends { id: string; idNumber?: unknown; phone?: unknown }>(
  sealer: Sealer,
  row: T,
): T {
  return openRecord(row, sealer, 'people', row.id, PERSONAL_FIELDS);
}

export async function insertPerson(db: DbOrTx, sealer: Sealer, values: PersonValues): Promise<StoredPerson> {
  const id = values.id ?? randomUUID();
  const [row] = await db
    .insert(people)
    .values({ ...values, ...sealedValues(sealer, id, values), id })
    .returning();
  return stored(row!);
}

export async function updatePerson(
  db: DbOrTx,
  sealer: Sealer,
  id: string,
  version: number,
  values: Partial<PersonValues>,
): Promise<StoredPerson | undefined> {
  const [row] = await db
    .update(people)
    .set({ ...sealedValues(sealer, id, values), version: version + 1, updatedAt: sql`now()` })
    .where(and(eq(people.id, id), eq(people.version, version)))
    .returning();
  return row && stored(row);
}

/**
 * The one way to find a person by ID number (the clear number, in any case): its blind index, under the
 * unique index that also keeps two people from sharing a number. No data scope: the caller scopes.
 */
export async function findPersonIdByIdNumber(
  db: DbOrTx,
  sealer: Sealer,
  idNumber: string,
): Promise<string | undefined> {
  const [row] = await db
    .select({ id: people.id })
    .from(people)
    .where(eq(people.idNumberIndex, idNumberIndex(sealer, idNumber)));
  return row?.id;
}

/** A person's stored record with the ID number and phone opened (no data scope: the caller scopes). */
export async function unsafeFindPersonRecord(db: DbOrTx, sealer: Sealer, id: string) {
  const [row] = await db.select().from(people).where(eq(people.id, id));
  return row && openPerson(sealer, stored(row));
}

export async function idNumberExists(db: DbOrTx, sealer: Sealer, idNumber: string): Promise<boolean> {
  return (await findPersonIdByIdNumber(db, sealer, idNumber)) !== undefined;
}

/** The people table's sealed columns and blind index, for sealing at start and for key rotation. */
export const PEOPLE_SEALED: SealedTable = {
  table: 'people',
  key: 'id',
  keyType: 'uuid',
  columns: Object.values(PERSONAL_FIELDS),
  purpose: (column, id) => personalPurpose('people', column, id),
  index: { column: 'id_number_index', of: 'id_number', compute: idNumberIndex },
};

/** The people's versions (record_versions), whose JSON carries the same personal fields. */
export const PERSON_VERSIONS_SEALED: SealedJson = sealedVersions(
  'person',
  (json: Record<string, unknown>, r: Resealing) =>
    resealRecord(json, r, 'people', String(json.id), PERSONAL_FIELDS),
);
