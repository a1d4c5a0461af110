// SQL of the Idempotency-Key records (schema.ts). Every read and write names the account: a key is
// looked up only as (account, key), so one account's key can never reach another's response.
import { and, eq, lte } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../db/client.ts';
import { pgErrorOf } from '../http/errors.ts';
import { idempotencyKeys } from './schema.ts';

export interface KeyRef {
  userId: string;
  key: string;
}

type KeyRecordRow = KeyRef & { fingerprint: string; createdAt: Date; expiresAt: Date };

const byRef = (ref: KeyRef) => and(eq(idempotencyKeys.userId, ref.userId), eq(idempotencyKeys.key, ref.key));

/**
 * Makes sure the key has a record, in a statement of its own (committed at once, so other processes see
 * it). DO NOTHING on a record already there — whatever its fingerprint or age, the caller decides under
 * the lock — because DO UPDATE would wait for the row lock a running request holds instead of letting
 * the caller answer 409 at once.
 */
export async function claimKey(db: DbOrTx, row: KeyRecordRow): Promise<void> {
  await db.insert(idempotencyKeys).values(row).onConflictDoNothing();
}

/** Starts an expired record over for a new request (under the caller's lock). */
export async function renewKey(tx: Tx, row: KeyRecordRow): Promise<void> {
  await tx
    .update(idempotencyKeys)
    .set({ ...row, status: null, contentType: null, response: null })
    .where(byRef(row));
}

/** The key's record, or null. */
export async function findKey(db: DbOrTx, ref: KeyRef) {
  const [row] = await db.select().from(idempotencyKeys).where(byRef(ref));
  return row ?? null;
}

/**
 * The key's record locked for this transaction, or 'busy' when another transaction — the same key's
 * request still running, in this process or another — holds it (NOWAIT: answer 409 at once, not wait).
 * The lock goes with the transaction, so a process that died mid-request leaves the record free.
 */
export async function lockKey(tx: Tx, ref: KeyRef) {
  try {
    const [row] = await tx.select().from(idempotencyKeys).where(byRef(ref)).for('update', { noWait: true });
    return row ?? null;
  } catch (e) {
    if (pgErrorOf(e)?.code === '55P03') return 'busy' as const; // lock_not_available
    throw e;
  }
}

/** Records the response the key will answer with from now on. */
export async function completeKey(
  tx: Tx,
  ref: KeyRef,
  response: { status: number; contentType: string | null; body: string },
): Promise<void> {
  await tx
    .update(idempotencyKeys)
    .set({ status: response.status, contentType: response.contentType, response: response.body })
    .where(byRef(ref));
}

/** Removes every record expired at `now` (with the personal data of its response); the count. */
export async function deleteExpiredKeys(db: DbOrTx, now: Date): Promise<number> {
  const rows = await db
    .delete(idempotencyKeys)
    .where(lte(idempotencyKeys.expiresAt, now))
    .returning({ key: idempotencyKeys.key });
  return rows.length;
}

/**
 * Removes every record (H4 `rotate-keys`): their fingerprints are keyed by the master key and cannot be
 * recomputed without the requests, so under a new key they would refuse every retry; the count.
 */
export async function deleteAllKeys(db: DbOrTx): Promise<number> {
  const rows = await db.delete(idempotencyKeys).returning({ key: idempotencyKeys.key });
  return rows.length;
}
