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

/**
 * `json` with every non-empty string under one of `keys` — at any depth, in objects and lists — replaced
 * by `change(key, value)`; the same object (or list) where nothing changed, so unchanged rows are not
 * written.
 */
function mapKeyed(json: unknown, keys: ReadonlySet<string>, change: (key: string, value: string) => string) {
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) {
      const out = v.map(walk);
      return out.some((x, i) => x !== v[i]) ? out : v;
    }
    if (!v || typeof v !== 'object') return v;
    let out = v as Record<string, unknown>;
    for (const [k, x] of Object.entries(v)) {
      const next = keys.has(k) && typeof x === 'string' && x ? change(k, x) : walk(x);
      if (next !== x) out = { ...out, [k]: next };
    }
    return out;
  };
  return walk(json);
}

/**
 * Free text kept in a JSON column (a case step's facts, the case's folded record) under keys that name
 * personal data, wherever it sits (a list of measures, for one): each value resealed, bound to the table,
 * `column.key` and the row; plaintext only, unless rotating. The same object when nothing changed.
 */
export function resealKeyed<T>(
  json: T,
  r: Resealing,
  table: string,
  column: string,
  rowId: string,
  keys: ReadonlySet<string>,
): T {
  return mapKeyed(json, keys, (key, value) =>
    !r.rotating && Sealer.isSealed(value)
      ? value
      : r.reseal(value, personalPurpose(table, `${column}.${key}`, rowId)),
  ) as T;
}

/** `resealKeyed`'s opposite for a reader: the values opened. */
export function openKeyed<T>(
  json: T,
  sealer: Sealer,
  table: string,
  column: string,
  rowId: string,
  keys: ReadonlySet<string>,
): T {
  return mapKeyed(json, keys, (key, value) =>
    sealer.open(value, personalPurpose(table, `${column}.${key}`, rowId)),
  ) as T;
}

/** `json` without the values under `keys` (what a ledger entry keeps of a record holding personal text). */
export function withoutKeyed<T>(json: T, keys: ReadonlySet<string>): T {
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (!v || typeof v !== 'object') return v;
    return Object.fromEntries(
      Object.entries(v)
        .filter(([k]) => !keys.has(k))
        .map(([k, x]) => [k, walk(x)]),
    );
  };
  return walk(json) as T;
}
