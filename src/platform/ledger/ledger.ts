// C8 / H3: the append-only ledger every module writes to inside its own transaction. Appends are
// serialised with a transaction-scoped advisory lock so the chain has exactly one successor per entry,
// whichever process writes. Each entry is a leaf of an RFC 6962 Merkle tree (merkle.ts); a signed tree
// head over the root is written every `headEvery` entries (in the appending transaction), on demand by
// the ledger-heads job every few minutes and at shutdown, and each is copied into the heads file outside
// the database once committed (tree-heads.ts).
import { desc, sql } from 'drizzle-orm';
import { systemClock, type Clock } from '../clock.ts';
import { withTx, type Actor, type Ctx, type TxCtx } from '../context.ts';
import type { Db, DbOrTx } from '../db/client.ts';
import type { SealedTable } from '../crypto/reseal.ts';
import { sm2PublicKeyOf } from '../crypto/sm.ts';
import { ledgerEntries } from './schema.ts';
import { canonicalJson } from './canonical.ts';
import { GENESIS_HASH, entryLeafHash, normaliseAt } from './chain.ts';
import type { EventCode, LedgerEvent } from './events.ts';
import { LEDGER_KEY_PURPOSE } from './signing-key.ts';
import { TreeHeads } from './tree-heads.ts';
import { LedgerProofs } from './proofs.ts';

export const APPEND_LOCK = 7_324_002;

/**
 * Where releases before the key file kept the sealed signing key, for `rotate-keys` (H4) on an install
 * not started since the upgrade (at start the key moves to the key file; signing-key.ts).
 */
export const LEDGER_KEY_SEALED: SealedTable = {
  table: 'platform_settings',
  key: 'key',
  keyType: 'text',
  columns: ['value'],
  rows: sql`key = ${LEDGER_KEY_PURPOSE}`,
  purpose: () => LEDGER_KEY_PURPOSE,
};

export interface LedgerOptions {
  /** A signed tree head every this many entries (LEDGER_CHECKPOINT_EVERY). */
  headEvery: number;
  /** The SM2 private key heads are signed with, from outside the database (signing-key.ts). */
  signingKey: string;
  /** The heads file outside the database (heads-file.ts); none: heads stay in the database only. */
  headsFile?: string;
  /** The time each entry and head is stamped with. */
  clock?: Clock;
}

export class Ledger {
  private readonly clock: Clock;
  readonly heads: TreeHeads;
  /** Inclusion and consistency proofs against the heads this process signs (proofs.ts). */
  readonly proofs: LedgerProofs;

  constructor(
    private readonly db: Db,
    private readonly options: LedgerOptions,
  ) {
    this.clock = options.clock ?? systemClock;
    this.heads = new TreeHeads(db, options.signingKey, this.clock, options.headsFile);
    this.proofs = new LedgerProofs(db, () => this.trustedPublicKey);
  }

  /** The public key heads must be signed with: this process's key, never the one stored with them. */
  get trustedPublicKey(): string {
    return sm2PublicKeyOf(this.options.signingKey);
  }

  /** What verify-ledger trusts: this process's public key and the heads file outside the database. */
  get verifyOptions(): { trustedPublicKey: string; headsFile?: string } {
    return { trustedPublicKey: this.trustedPublicKey, headsFile: this.options.headsFile };
  }

  /**
   * Appends one entry in the caller's transaction, as the context's actor, and returns its sequence
   * number. The code must be a registered event (events.ts) and the payload the one it declares.
   */
  async append<C extends EventCode>(ctx: TxCtx<Actor>, event: LedgerEvent<C>): Promise<number> {
    const { tx, actor } = ctx;
    await tx.execute(sql`select pg_advisory_xact_lock(${APPEND_LOCK})`);
    const [last] = await tx
      .select({ seq: ledgerEntries.seq, hash: ledgerEntries.hash })
      .from(ledgerEntries)
      .orderBy(desc(ledgerEntries.seq))
      .limit(1);
    const fields = {
      seq: (last?.seq ?? 0) + 1,
      at: normaliseAt(this.clock.now()),
      actorId: actor.id,
      actorName: actor.name,
      ip: ctx.ip,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId ?? null,
      bodyId: event.bodyId ?? null,
      payload: canonicalJson(event.payload ?? {}),
    };
    const prevHash = last?.hash ?? GENESIS_HASH;
    const leaf = entryLeafHash(prevHash, fields);
    await tx.insert(ledgerEntries).values({ ...fields, prevHash, hash: leaf.toString('hex') });
    const tree = await this.heads.grow(tx, fields.seq, leaf);
    if (fields.seq % this.options.headEvery === 0) await this.heads.insert(tx, tree);
    return fields.seq;
  }

  /** Appends for events that change nothing else (reads, logins): in the caller's transaction if any. */
  async record<C extends EventCode>(ctx: Ctx<Actor>, event: LedgerEvent<C>): Promise<number> {
    return withTx(ctx, this.db, (tctx) => this.append(tctx, event));
  }

  /**
   * A signed head over the whole log now (job, shutdown, CLI) unless the latest head already covers it,
   * then every committed head not yet in the heads file is appended there. Null on an empty ledger.
   */
  async signHeadNow(): Promise<{ treeSize: number; root: string } | null> {
    const head = await this.db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(${APPEND_LOCK})`);
      return this.heads.signCurrent(tx);
    });
    await this.heads.publish();
    return head;
  }

  /** At start: the tree's right edge is built from the log if an upgrade or a repair left none. */
  async prepare(): Promise<void> {
    await this.db.transaction(async (tx: DbOrTx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(${APPEND_LOCK})`);
      await this.heads.frontier(tx);
    });
    await this.heads.publish();
  }
}
