// C4, C8, H4 the SQL of a case's parties, witnesses and agents. Their ID numbers, phones and addresses
// are sealed here on the way in (with the ID number's blind index) and opened by `openParty` for the
// readers that show them; rows come back as stored.
import { randomUUID } from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../platform/db/client.ts';
import {
  idNumberIndex,
  isBlindIndex,
  openRecord,
  personalPurpose,
  resealRecord,
} from '../../../platform/crypto/personal-data.ts';
import type { Resealing, SealedJson, SealedTable } from '../../../platform/crypto/reseal.ts';
import type { Sealer } from '../../../platform/crypto/sealing.ts';
import { sealedVersions } from '../../../platform/versioning/versions.ts';
import { caseEvents, caseParties } from '../schema.ts';

/** A party as stored (personal fields sealed), without the blind index, which versions do not keep. */
export type PartyRow = Omit<typeof caseParties.$inferSelect, 'idNumberIndex'>;
type PartyValues = typeof caseParties.$inferInsert;

/** JSON key → column of a party's sealed fields. */
const PERSONAL_FIELDS = { idNumber: 'id_number', phone: 'phone', address: 'address' } as const;

/** The sealed form of whichever personal fields `values` holds (a row, or a correction's before/after). */
export function sealPartyFields<T extends Record<string, unknown>>(
  sealer: Sealer,
  partyId: string,
  values: T,
): T {
  const out: Record<string, unknown> = { ...values };
  for (const [field, column] of Object.entries(PERSONAL_FIELDS)) {
    const value = values[field];
    if (typeof value === 'string')
      out[field] = sealer.sealOptional(value, personalPurpose('case_parties', column, partyId));
  }
  return out as T;
}

/** The personal fields of a party row, a version of one or a correction's before/after, in the clear. */
export function openParty<T extends Record<string, unknown>>(sealer: Sealer, partyId: string, values: T): T {
  return openRecord(values, sealer, 'case_parties', partyId, PERSONAL_FIELDS);
}

function sealedRow(sealer: Sealer, values: PartyValues): PartyValues {
  const id = values.id ?? randomUUID();
  const index = values.idNumber ? idNumberIndex(sealer, values.idNumber) : null;
  return { ...sealPartyFields(sealer, id, values), id, idNumberIndex: index };
}

function stored(row: typeof caseParties.$inferSelect): PartyRow {
  const { idNumberIndex: _index, ...rest } = row;
  return rest;
}

export async function insertParties(tx: DbOrTx, sealer: Sealer, rows: PartyValues[]) {
  if (rows.length) await tx.insert(caseParties).values(rows.map((r) => sealedRow(sealer, r)));
}

export async function insertParty(tx: DbOrTx, sealer: Sealer, values: PartyValues): Promise<PartyRow> {
  const [row] = await tx.insert(caseParties).values(sealedRow(sealer, values)).returning();
  return stored(row!);
}

/** A correction of a party's details (C8: the service records the previous state as a version first). */
export async function updateParty(
  tx: DbOrTx,
  sealer: Sealer,
  caseId: string,
  id: string,
  values: Partial<Omit<PartyValues, 'id' | 'caseId' | 'role' | 'type' | 'idNumberIndex'>>,
): Promise<PartyRow> {
  const index =
    values.idNumber === undefined
      ? {}
      : { idNumberIndex: values.idNumber ? idNumberIndex(sealer, values.idNumber) : null };
  const [row] = await tx
    .update(caseParties)
    .set({ ...sealPartyFields(sealer, id, values), ...index })
    .where(and(eq(caseParties.caseId, caseId), eq(caseParties.id, id)))
    .returning();
  return stored(row!);
}

/** The parties of a case as stored (sealed). */
export async function listParties(db: DbOrTx, caseId: string): Promise<PartyRow[]> {
  const rows = await db
    .select()
    .from(caseParties)
    .where(eq(caseParties.caseId, caseId))
    .orderBy(asc(caseParties.createdAt), asc(caseParties.id));
  return rows.map(stored);
}

/** The clear ID numbers of the natural-person 当事人 of some cases (the case export's 证件号 column). */
export async function personPartyIdNumbers(db: DbOrTx, sealer: Sealer, caseIds: readonly string[]) {
  if (!caseIds.length) return [];
  const rows = await db
    .select({ caseId: caseParties.caseId, id: caseParties.id, idNumber: caseParties.idNumber })
    .from(caseParties)
    .where(
      and(
        sql`${caseParties.caseId} = any(${sql.param([...caseIds])}::uuid[])`,
        eq(caseParties.role, 'party'),
        eq(caseParties.type, 'person'),
      ),
    );
  return rows.map((r) => openParty(sealer, r.id, r));
}

/** The parties' sealed columns and blind index, for sealing at start and for key rotation. */
export const PARTIES_SEALED: SealedTable = {
  table: 'case_parties',
  key: 'id',
  keyType: 'uuid',
  columns: Object.values(PERSONAL_FIELDS),
  purpose: (column, id) => personalPurpose('case_parties', column, id),
  index: { column: 'id_number_index', of: 'id_number', compute: idNumberIndex },
};

/** The parties' versions (record_versions), whose JSON carries the same personal fields. */
export const PARTY_VERSIONS_SEALED = (entityType: string): SealedJson =>
  sealedVersions(entityType, (json, r) =>
    resealRecord(json, r, 'case_parties', String(json.id), PERSONAL_FIELDS),
  );

/** The corrections on the timeline (`correct_party`), whose before/after may carry personal fields. */
export const CORRECTIONS_SEALED: SealedJson = {
  table: 'case_events',
  key: 'id',
  keyType: 'uuid',
  column: 'data',
  columnType: 'jsonb',
  rows: sql`${caseEvents.action} = 'correct_party'`,
  reseal: (json: Record<string, unknown>, r: Resealing) => {
    const partyId = String(json.partyId);
    const side = (v: unknown) =>
      v && typeof v === 'object'
        ? resealRecord(v as Record<string, unknown>, r, 'case_parties', partyId, PERSONAL_FIELDS)
        : v;
    const before = side(json.before);
    const after = side(json.after);
    return before === json.before && after === json.after ? json : { ...json, before, after };
  },
};

/**
 * The case rows' party keys of natural persons (H4): an ID number an earlier release stored in the clear
 * becomes its blind index; when rotating, an index under the old key becomes the main party's index
 * under the new one. Returns how many case rows it rewrote.
 */
export async function resealPartyKeys(db: DbOrTx, r: Resealing): Promise<number> {
  let after = '00000000-0000-0000-0000-000000000000';
  let rewritten = 0;
  for (;;) {
    const rows = (
      await db.execute<{ id: string; partyKey: string }>(sql`
        select id, party_key as "partyKey" from cases
         where party_type = 'person' and party_key is not null and id > ${after}::uuid
           and (${r.rotating} or party_key !~ '^[0-9a-f]{64}$')
         order by id limit 500`)
    ).rows;
    if (!rows.length) return rewritten;
    const parties = await db
      .select({ caseId: caseParties.caseId, id: caseParties.id, idNumber: caseParties.idNumber })
      .from(caseParties)
      .where(
        and(
          sql`${caseParties.caseId} = any(${sql.param(rows.map((c) => c.id))}::uuid[])`,
          eq(caseParties.role, 'party'),
          eq(caseParties.type, 'person'),
        ),
      );
    const changed: [string, string][] = [];
    for (const c of rows) {
      const clear = isBlindIndex(c.partyKey)
        ? parties
            .filter((p) => p.caseId === c.id && p.idNumber)
            .map((p) => r.clear(p.idNumber!, personalPurpose('case_parties', 'id_number', p.id)))
            .find((id) => r.indexesOf(idNumberIndex, id).includes(c.partyKey))
        : c.partyKey;
      const key = clear === undefined ? undefined : idNumberIndex(r.to, clear);
      if (key !== undefined && key !== c.partyKey) changed.push([c.id, key]);
    }
    if (changed.length)
      await db.execute(sql`
        update cases c set party_key = v.key
          from unnest(${sql.param(changed.map((c) => c[0]))}::uuid[], ${sql.param(changed.map((c) => c[1]))}::text[]) as v(id, key)
         where c.id = v.id`);
    rewritten += changed.length;
    after = rows.at(-1)!.id;
  }
}
