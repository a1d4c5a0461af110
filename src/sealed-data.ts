// H4 every value sealed under the master key, in one place: the personal data of people and case parties
// (with the ID numbers' blind indexes, their versions, the timeline's corrections and the case rows'
// party keys) and the secrets (officers' and the ledger's signing keys, TOTP secrets, the responses kept
// for Idempotency-Key retries — forgotten rather than resealed, see resealAll). At start, personal
// data an earlier release stored in the clear is sealed once; `rotate-keys` reseals everything under a new
// master key in one transaction.
import { sql } from 'drizzle-orm';
import type { Database, DbOrTx } from './platform/db/client.ts';
import { resealJson, resealTable, Resealing } from './platform/crypto/reseal.ts';
import type { Sealer } from './platform/crypto/sealing.ts';
import { deleteAllKeys } from './platform/idempotency/repo.ts';
import { LEDGER_KEY_SEALED } from './platform/ledger/ledger.ts';
import { TOTP_SECRETS_SEALED } from './modules/auth/index.ts';
import { PEOPLE_SEALED, PERSON_VERSIONS_SEALED } from './modules/bodies/index.ts';
import {
  CORRECTIONS_SEALED,
  PARTIES_SEALED,
  PARTY_ENTITY,
  PARTY_VERSIONS_SEALED,
  resealPartyKeys,
  SIGNING_KEYS_SEALED,
} from './modules/cases/index.ts';

/** Set once the personal data of an install is sealed; later writes seal as they go. */
const SEALED_MARKER = 'h4.personal_data_sealed';
const SEALING_LOCK = 7_324_003;

/** How many rows of each store were rewritten. */
export type ResealCounts = Record<string, number>;

/** Reseals the personal data (and, when `secrets`, the sealed keys) as `r` says, in the caller's transaction. */
export async function resealAll(db: DbOrTx, r: Resealing, secrets: boolean): Promise<ResealCounts> {
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
  ] as const)
    counts[name] = await resealJson(db, j, r);
  counts['case party keys'] = await resealPartyKeys(db, r);
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
): Promise<ResealCounts | null> {
  return database.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEALING_LOCK})`);
    const done = await tx.execute(sql`select 1 from platform_settings where key = ${SEALED_MARKER}`);
    if (done.rows.length) return null;
    const counts = await resealAll(tx, new Resealing(sealer), false);
    await tx.execute(sql`insert into platform_settings (key, value) values (${SEALED_MARKER}, 'v1')`);
    return counts;
  });
}
