// H4 every value sealed under the master key, in one place: the personal data of people and case parties
// (with the ID numbers' blind indexes, their versions, the timeline's corrections and the case rows'
// party keys), the personal text of case steps (their timeline events and the cases' records), issued
// documents (their content and their DOCX and PDF files in the object store) and the secrets (officers' and the ledger's signing keys, TOTP secrets, the responses kept
// for Idempotency-Key retries — forgotten rather than resealed, see resealAll). At start, personal
// data an earlier release stored in the clear is sealed once; `rotate-keys` reseals everything under a new
// master key in one transaction. Files are written anew when sealed (the store addresses content), so
// the objects they replace are listed in the same transaction and removed once it has committed
// (`removeReplacedObjects`, which a later start or rotation also runs should a process stop in between).
import { sql } from 'drizzle-orm';
import type { Database, DbOrTx } from './platform/db/client.ts';
import { resealJson, resealTable, Resealing } from './platform/crypto/reseal.ts';
import type { Sealer } from './platform/crypto/sealing.ts';
import type { ObjectStore } from './platform/storage/index.ts';
import { deleteAllKeys } from './platform/idempotency/repo.ts';
import { LEDGER_KEY_SEALED } from './platform/ledger/ledger.ts';
import { TOTP_SECRETS_SEALED } from './modules/auth/index.ts';
import { PEOPLE_SEALED, PERSON_VERSIONS_SEALED } from './modules/bodies/index.ts';
import {
  CASE_RECORDS_SEALED,
  CORRECTIONS_SEALED,
  PARTIES_SEALED,
  PARTY_ENTITY,
  PARTY_VERSIONS_SEALED,
  resealDocuments,
  resealPartyKeys,
  SIGNING_KEYS_SEALED,
  STEP_EVENTS_SEALED,
} from './modules/cases/index.ts';

/** Set once the personal data of an install is sealed; later writes seal as they go. */
const SEALED_MARKER = 'h4.personal_data_sealed';
/** The value of the marker once step text and documents are sealed too (an install marked 'v1' is not). */
const SEALED_VERSION = 'v2';
/** One platform_settings row per object to remove after the commit: `<prefix><key>`. */
const REPLACED_OBJECT = 'h4.replaced_object:';
const SEALING_LOCK = 7_324_003;

/** How many rows of each store were rewritten. */
export type ResealCounts = Record<string, number>;

/** Reseals the personal data (and, when `secrets`, the sealed keys) as `r` says, in the caller's transaction. */
export async function resealAll(
  db: DbOrTx,
  store: ObjectStore,
  r: Resealing,
  secrets: boolean,
): Promise<ResealCounts> {
  const counts: ResealCounts = {};
  for (const t of [
    PEOPLE_SEALED,
    PARTIES_SEALED,
    ...(secrets ? [SIGNING_KEYS_SEALED, LEDGER_KEY_SEALED, TOTP_SECRETS_SEALED] : []),
  ])
    counts[t.table] = await resealTable(db, t, r);
  for (const [name, j] of [
    ['person versions', PERSON_VERSIONS_SEALED],
    ['party versions', PARTY_VERSIONS_SEALED(PARTY_ENTITY)],
    ['party corrections', CORRECTIONS_SEALED],
    ['step events', STEP_EVENTS_SEALED],
    ['case records', CASE_RECORDS_SEALED],
  ] as const)
    counts[name] = await resealJson(db, j, r);
  counts['case party keys'] = await resealPartyKeys(db, r);
  const documents = await resealDocuments(db, store, r);
  counts['case documents'] = documents.rewritten;
  if (documents.missing) counts['document files missing from the store'] = documents.missing;
  for (const key of documents.replaced)
    await db.execute(
      sql`insert into platform_settings (key, value) values (${REPLACED_OBJECT + key}, '') on conflict do nothing`,
    );
  // Idempotency records hold sealed responses under fingerprints keyed by the master key, which cannot
  // be recomputed: a rotation forgets them (a create retried across it runs again).
  if (secrets) counts['idempotency keys (forgotten)'] = await deleteAllKeys(db);
  return counts;
}

/**
 * At start, after the migrations: seals the personal data an install upgraded from before H4 holds in
 * the clear, in one transaction, once (a marker says it is done; several processes starting together
 * wait on a lock and the later ones find the marker). Only plaintext is touched, so running it again
 * changes nothing.
 */
export async function sealPlaintextPersonalData(
  database: Database,
  sealer: Sealer,
  store: ObjectStore,
): Promise<ResealCounts | null> {
  const counts = await database.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEALING_LOCK})`);
    const done = await tx.execute(
      sql`select 1 from platform_settings where key = ${SEALED_MARKER} and value = ${SEALED_VERSION}`,
    );
    if (done.rows.length) return null;
    const counts = await resealAll(tx, store, new Resealing(sealer), false);
    await tx.execute(
      sql`insert into platform_settings (key, value) values (${SEALED_MARKER}, ${SEALED_VERSION})
          on conflict (key) do update set value = excluded.value, updated_at = now()`,
    );
    return counts;
  });
  await removeReplacedObjects(database, store);
  return counts;
}

/**
 * Removes the objects a committed sealing or rotation replaced (clear files, or files under the old key),
 * each forgotten once removed; how many. Removing an object already gone is no error, so a rerun is safe.
 */
export async function removeReplacedObjects(database: Database, store: ObjectStore): Promise<number> {
  const rows = await database.db.execute<{ key: string }>(
    sql`select key from platform_settings where key like ${`${REPLACED_OBJECT}%`} order by key`,
  );
  for (const { key } of rows.rows) {
    await store.remove(key.slice(REPLACED_OBJECT.length));
    await database.db.execute(sql`delete from platform_settings where key = ${key}`);
  }
  return rows.rows.length;
}
