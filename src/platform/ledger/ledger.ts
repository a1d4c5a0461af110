// C8 / H3: the append-only ledger every module writes to inside its own transaction. Appends are
// serialised with a transaction-scoped advisory lock so the chain has exactly one successor per entry,
// whichever process writes.
import { desc, eq, sql } from 'drizzle-orm';
import { systemClock, type Clock } from '../clock.ts';
import { withTx, type Actor, type Ctx, type TxCtx } from '../context.ts';
import type { Db, DbOrTx } from '../db/client.ts';
import type { SealedTable } from '../crypto/reseal.ts';
import { SealError, Sealer } from '../crypto/sealing.ts';
import { generateSm2KeyPair, sm2PublicKeyOf } from '../crypto/sm.ts';
import { ledgerCheckpoints, ledgerEntries, platformSettings } from './schema.ts';
import { canonicalJson } from './canonical.ts';
import { GENESIS_HASH, entryHash, normaliseAt, signCheckpoint } from './chain.ts';
import type { EventCode, LedgerEvent } from './events.ts';

const APPEND_LOCK = 7_324_002;
const SIGNING_KEY_SETTING = 'ledger.sm2.private_key';

/** Where the ledger keeps its sealed signing key, for `rotate-keys` (H4). */
export const LEDGER_KEY_SEALED: SealedTable = {
  table: 'platform_settings',
  key: 'key',
  keyType: 'text',
  columns: ['value'],
  rows: sql`key = ${SIGNING_KEY_SETTING}`,
  purpose: () => SIGNING_KEY_SETTING,
};

export interface LedgerOptions {
  checkpointEvery: number;
  signingKey?: string;
  /** Seals the generated key in the database (H4); without one it is stored as is (tests). */
  sealer?: Sealer;
  /** The time each entry and checkpoint is stamped with. */
  clock?: Clock;
}

export class Ledger {
  private readonly clock: Clock;

  constructor(
    private readonly db: Db,
    private readonly options: LedgerOptions,
  ) {
    this.clock = options.clock ?? systemClock;
  }

  /** The public key checkpoints must carry, when the signing key is configured outside the database. */
  get trustedPublicKey(): string | undefined {
    return this.options.signingKey ? sm2PublicKeyOf(this.options.signingKey) : undefined;
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
    const hash = entryHash(prevHash, fields);
    await tx.insert(ledgerEntries).values({ ...fields, prevHash, hash });
    if (fields.seq % this.options.checkpointEvery === 0) await this.writeCheckpoint(tx, fields.seq, hash);
    return fields.seq;
  }

  /** Appends for events that change nothing else (reads, logins): in the caller's transaction if any. */
  async record<C extends EventCode>(ctx: Ctx<Actor>, event: LedgerEvent<C>): Promise<number> {
    return withTx(ctx, this.db, (tctx) => this.append(tctx, event));
  }

  /** A signed checkpoint over the current head, on demand (CLI, API). Null on an empty ledger. */
  async checkpointNow(): Promise<{ uptoSeq: number; hash: string } | null> {
    return this.db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(${APPEND_LOCK})`);
      const [last] = await tx
        .select({ seq: ledgerEntries.seq, hash: ledgerEntries.hash })
        .from(ledgerEntries)
        .orderBy(desc(ledgerEntries.seq))
        .limit(1);
      if (!last) return null;
      const [existing] = await tx
        .select({ id: ledgerCheckpoints.id })
        .from(ledgerCheckpoints)
        .where(eq(ledgerCheckpoints.uptoSeq, last.seq));
      if (!existing) await this.writeCheckpoint(tx, last.seq, last.hash);
      return { uptoSeq: last.seq, hash: last.hash };
    });
  }

  private async writeCheckpoint(tx: DbOrTx, uptoSeq: number, hash: string) {
    const privateKey = await this.signingKey(tx);
    await tx.insert(ledgerCheckpoints).values({
      uptoSeq,
      hash,
      signature: signCheckpoint(uptoSeq, hash, privateKey),
      publicKey: sm2PublicKeyOf(privateKey),
      at: normaliseAt(this.clock.now()),
    });
  }

  // A configured key wins; otherwise one key is generated once and shared through the database so
  // every process signs with the same key. Operators who need the key outside the database set
  // LEDGER_SIGNING_KEY.
  private async signingKey(tx: DbOrTx): Promise<string> {
    if (this.options.signingKey) return this.options.signingKey;
    const [row] = await tx
      .select({ value: platformSettings.value })
      .from(platformSettings)
      .where(eq(platformSettings.key, SIGNING_KEY_SETTING));
    if (row) return this.unseal(row.value);
    const { privateKey } = generateSm2KeyPair();
    await tx
      .insert(platformSettings)
      .values({
        key: SIGNING_KEY_SETTING,
        value: this.options.sealer?.seal(privateKey, SIGNING_KEY_SETTING) ?? privateKey,
      })
      .onConflictDoNothing();
    const [stored] = await tx
      .select({ value: platformSettings.value })
      .from(platformSettings)
      .where(eq(platformSettings.key, SIGNING_KEY_SETTING));
    return this.unseal(stored!.value);
  }

  /**
   * At start: the stored key must open under this process's master key (a mismatch would otherwise
   * surface as a refused write at the next checkpoint), and a key an earlier release stored in the clear
   * is sealed now, so that afterwards only sealed keys are accepted.
   */
  async prepareSigningKey(): Promise<void> {
    const sealer = this.options.sealer;
    if (this.options.signingKey || !sealer) return;
    await this.db.transaction(async (tx) => {
      const [row] = await tx
        .select({ value: platformSettings.value })
        .from(platformSettings)
        .where(eq(platformSettings.key, SIGNING_KEY_SETTING))
        .for('update');
      if (!row) return;
      if (Sealer.isSealed(row.value)) sealer.open(row.value, SIGNING_KEY_SETTING);
      else
        await tx
          .update(platformSettings)
          .set({ value: sealer.seal(row.value, SIGNING_KEY_SETTING) })
          .where(eq(platformSettings.key, SIGNING_KEY_SETTING));
    });
  }

  /** The key in the clear. A key found unsealed after start was planted: it is refused, not used. */
  private unseal(value: string): string {
    const sealer = this.options.sealer;
    if (!sealer) return value;
    if (!Sealer.isSealed(value)) throw new SealError('账本签名密钥未加密存储，拒绝使用');
    return sealer.open(value, SIGNING_KEY_SETTING);
  }
}
