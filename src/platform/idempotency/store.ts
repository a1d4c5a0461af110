// Carries out the Idempotency-Key decisions (rules.ts) on the database, so that a create and its key's
// record commit together or not at all:
//
// 1. The key's record is claimed in a statement of its own (committed, visible to every process).
// 2. A transaction locks the record (NOWAIT: a request still running under the key holds it → 409) and
//    stays open while the route runs, the route's writes in a savepoint inside it (the services join the
//    transaction through `ctx.tx`). The response is recorded in the same transaction, so there is no
//    moment at which the record is created but not answered or answered but not created.
// 3. When the response is known (the hook's onSend), a remembered outcome (2xx, 400, 422) is stored —
//    the savepoint released for a 2xx, rolled back otherwise — and the transaction commits; any other
//    outcome rolls everything back and leaves the record pending, so a retry runs again.
//
// A process that dies between 1 and 3 leaves a pending record that no transaction holds: its writes never
// committed, so the next retry takes the record and runs. On PGlite (one connection) a second request
// under the key simply waits for the first to finish and then gets its answer.
import { hkdfSync } from 'node:crypto';
import type { Db, Tx } from '../db/client.ts';
import { SealError, type Sealer } from '../crypto/sealing.ts';
import { AppError } from '../http/errors.ts';
import * as repo from './repo.ts';
import type { KeyRef } from './repo.ts';
import { decide, isRememberedStatus, KEY_LIFETIME_MS, requestFingerprint } from './rules.ts';

export interface StoredResponse {
  status: number;
  contentType: string | null;
  body: string;
}

export interface RunningRequest {
  /** The transaction (a savepoint of it) the route's services must write in. */
  tx: Tx;
  /**
   * Ends the request's transaction with its response: kept (and committed with the route's writes)
   * when `isRememberedStatus`, else everything rolls back. Rejects if the commit fails.
   */
  finish(response: StoredResponse): Promise<void>;
}

export type Admission = { kind: 'replay'; response: StoredResponse } | ({ kind: 'run' } & RunningRequest);

export const keyReused = () =>
  new AppError(
    422,
    'IDEMPOTENCY_KEY_REUSED',
    '幂等键（Idempotency-Key）已用于另一个不同的请求：同一个键只能用于重试完全相同的请求（方法、地址、内容均相同），新的请求请使用新的键',
  );
export const keyInFlight = () =>
  new AppError(
    409,
    'IDEMPOTENCY_IN_FLIGHT',
    '使用同一幂等键（Idempotency-Key）的请求仍在处理中，请稍后用同一个键重试以获取其结果',
  );

/** Thrown inside the transaction to roll back what the route wrote; never leaves the store. */
class RollBack extends Error {}

const sealPurpose = (ref: KeyRef) => `idempotency_keys.response:${ref.userId}:${ref.key}`;

export class IdempotencyStore {
  private readonly fingerprintKey: Buffer;

  constructor(
    private readonly db: Db,
    private readonly sealer: Sealer,
    masterKey: Buffer,
  ) {
    this.fingerprintKey = Buffer.from(
      hkdfSync('sm3', masterKey, Buffer.alloc(0), 'sanxiang idempotency fingerprint', 32),
    );
  }

  fingerprint(method: string, url: string, body: unknown): string {
    return requestFingerprint(this.fingerprintKey, method, url, body);
  }

  /**
   * Admits a request under `ref`: its stored response (replay), or a running request holding the key
   * (the caller must call `finish`). Throws 409 while another request under the key runs and 422 when
   * the key belongs to a different request.
   */
  async admit(ref: KeyRef, fingerprint: string, now: Date): Promise<Admission> {
    const claim = {
      ...ref,
      fingerprint,
      createdAt: now,
      expiresAt: new Date(now.getTime() + KEY_LIFETIME_MS),
    };
    await repo.claimKey(this.db, claim);

    let admitted!: (a: Admission) => void;
    const admission = new Promise<Admission>((resolve) => (admitted = resolve));
    let respond!: (r: StoredResponse) => void;
    const response = new Promise<StoredResponse>((resolve) => (respond = resolve));

    const transaction = this.db.transaction(async (tx) => {
      const record = await repo.lockKey(tx, ref);
      if (record === 'busy') throw keyInFlight();
      const decision = decide(record, fingerprint, now);
      if (decision.kind === 'reused') throw keyReused();
      if (decision.kind === 'replay') {
        admitted({ kind: 'replay', response: this.open(ref, record!) });
        return;
      }
      if (!record) throw keyInFlight(); // removed between claim and lock: only an expiry sweep can
      if (record.expiresAt.getTime() <= now.getTime()) await repo.renewKey(tx, claim);
      let outcome: StoredResponse | undefined;
      try {
        await tx.transaction(async (savepoint) => {
          admitted({ kind: 'run', tx: savepoint, finish: (r) => (respond(r), finished) });
          outcome = await response;
          if (outcome.status >= 300) throw new RollBack();
        });
      } catch (e) {
        if (!(e instanceof RollBack)) throw e;
      }
      if (!outcome || !isRememberedStatus(outcome.status)) throw new RollBack();
      await repo.completeKey(tx, ref, {
        ...outcome,
        body: this.sealer.seal(outcome.body, sealPurpose(ref)),
      });
    });
    const finished = transaction.catch((e: unknown) => {
      if (!(e instanceof RollBack)) throw e;
    });
    // Whichever comes first: the admission, or the transaction failing before it (409, 422, a fault).
    return Promise.race([admission, finished.then(() => admission)]);
  }

  /** Removes expired records and the responses they hold (the hourly job); the count. */
  removeExpired(now: Date): Promise<number> {
    return repo.deleteExpiredKeys(this.db, now);
  }

  private open(
    ref: KeyRef,
    record: { status: number | null; contentType: string | null; response: string | null },
  ): StoredResponse {
    try {
      const body = this.sealer.open(record.response ?? '', sealPurpose(ref));
      return { status: record.status!, contentType: record.contentType, body };
    } catch (e) {
      // Sealed to its own account and key: a response copied to another key (or altered) does not open.
      if (!(e instanceof SealError)) throw e;
      throw new AppError(500, 'INTEGRITY_FAILED', '幂等键记录校验失败：保存的响应已被改动，拒绝使用');
    }
  }
}
