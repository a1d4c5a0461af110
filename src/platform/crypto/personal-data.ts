// H4 the personal data of natural persons at rest: ID numbers, phones and home addresses (of people and
// case parties) are sealed by the one `Sealer` under the master key, each bound to its table, column and
// row so a sealed value copied onto another person or field no longer opens. An ID number is found (and
// kept unique) by its blind index alone.
import type { Resealing } from './reseal.ts';
import { Sealer } from './sealing.ts';

/** Separates the ID numbers' blind index from any other index the sealer computes. */
const ID_NUMBER_INDEX = 'id-number';

/** The form an ID number is compared in: trimmed, upper case (the check character X). */
export const normaliseIdNumber = (idNumber: string) => idNumber.trim().toUpperCase();

/** The blind index of an ID number, equal for the same number however it was typed. */
export const idNumberIndex = (sealer: Sealer, idNumber: string) =>
  sealer.blindIndex(normaliseIdNumber(idNumber), ID_NUMBER_INDEX);

/** Whether a stored key is a blind index (64 hex digits) rather than a code in the clear. */
export const isBlindIndex = (value: string) => /^[0-9a-f]{64}$/.test(value);

/** What a sealed personal value is bound to: its table, column and row. */
export const personalPurpose = (table: string, column: string, rowId: string) =>
  `${table}.${column}:${rowId}`;

/**
 * A record kept as JSON (a version, a timeline event) with its personal fields (`fields`: JSON key →
 * column) resealed; the same object when there was nothing to do, so unchanged rows are not written.
 */
export function resealRecord(
  json: Record<string, unknown>,
  r: Resealing,
  table: string,
  rowId: string,
  fields: Readonly<Record<string, string>>,
): Record<string, unknown> {
  let out = json;
  for (const [field, column] of Object.entries(fields)) {
    const value = json[field];
    if (typeof value !== 'string' || !value || (!r.rotating && Sealer.isSealed(value))) continue;
    out = { ...out, [field]: r.reseal(value, personalPurpose(table, column, rowId)) };
  }
  return out;
}

/** `resealRecord`'s opposite for a reader: the fields opened (null and '' as they are). */
export function openRecord<T extends Record<string, unknown>>(
  json: T,
  sealer: Sealer,
  table: string,
  rowId: string,
  fields: Readonly<Record<string, string>>,
): T {
  const out: Record<string, unknown> = { ...json };
  for (const [field, column] of Object.entries(fields)) {
    const value = json[field];
    if (typeof value === 'string')
      out[field] = sealer.openOptional(value, personalPurpose(table, column, rowId));
  }
  return out as T;
}
