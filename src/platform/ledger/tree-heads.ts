// C8: the Merkle tree's right edge kept beside the log (so an append costs O(log n) hashes), the signed
// tree heads over it, and their publication in the heads file outside the database. Callers hold the
// ledger's append lock for everything that reads or writes the tree.
import { asc, desc, gt, sql } from 'drizzle-orm';
import type { Clock } from '../clock.ts';
import type { Db, DbOrTx } from '../db/client.ts';
import { sm2PublicKeyOf } from '../crypto/sm.ts';
import { ledgerEntries, ledgerHeads, ledgerTree } from './schema.ts';
import { entryLeafHash, normaliseAt } from './chain.ts';
import { MerkleFrontier, MerkleHasher, sm3 } from './merkle.ts';
import { headSignedBy, signHead, type TreeHead } from './heads.ts';
import { appendHeadsFile, readHeadsFile } from './heads-file.ts';

export const ledgerHasher = new MerkleHasher(sm3);
const BATCH = 5000;

export class TreeHeads {
  private publishing: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly db: Db,
    private readonly signingKey: string,
    private readonly clock: Clock,
    private readonly file?: string,
  ) {}

  /** The tree over the whole log as it stands in `tx`, rebuilt from the entries if the kept one is stale. */
  async frontier(tx: DbOrTx): Promise<MerkleFrontier> {
    const [last] = await tx
      .select({ seq: ledgerEntries.seq })
      .from(ledgerEntries)
      .orderBy(desc(ledgerEntries.seq))
      .limit(1);
    const size = last?.seq ?? 0;
    const kept = await this.kept(tx);
    if (kept?.size === size) return kept;
    return this.rebuild(tx, size);
  }

  /** Adds the leaf of entry `seq` (just inserted in `tx`) and keeps the new right edge. */
  async grow(tx: DbOrTx, seq: number, leaf: Buffer): Promise<MerkleFrontier> {
    const kept = await this.kept(tx);
    if (kept?.size !== seq - 1) return this.rebuild(tx, seq);
    kept.append(leaf);
    await this.keep(tx, kept);
    return kept;
  }

  /** Signs and stores the head of `tree` (in the caller's transaction: it commits with the entries). */
  async insert(tx: DbOrTx, tree: MerkleFrontier): Promise<TreeHead> {
    const unsigned = {
      treeSize: tree.size,
      root: tree.root().toString('hex'),
      at: normaliseAt(this.clock.now()),
    };
    const head: TreeHead = {
      ...unsigned,
      signature: signHead(unsigned, this.signingKey),
      publicKey: sm2PublicKeyOf(this.signingKey),
    };
    await tx.insert(ledgerHeads).values(head).onConflictDoNothing();
    return head;
  }

  /** A head over the whole log unless the latest one covers it already; null on an empty log. */
  async signCurrent(tx: DbOrTx): Promise<{ treeSize: number; root: string } | null> {
    const tree = await this.frontier(tx);
    if (tree.size === 0) return null;
    const [latest] = await tx.select().from(ledgerHeads).orderBy(desc(ledgerHeads.treeSize)).limit(1);
    if (latest?.treeSize === tree.size) return { treeSize: latest.treeSize, root: latest.root };
    const head = await this.insert(tx, tree);
    return { treeSize: head.treeSize, root: head.root };
  }

  /** Appends to the heads file every committed head signed by this key that the file does not have yet. */
  publish(): Promise<void> {
    const file = this.file;
    if (!file) return Promise.resolve();
    const run = this.publishing.then(async () => {
      const published = readHeadsFile(file);
      const after = Math.max(0, ...published.map((h) => h.treeSize));
      const ours = sm2PublicKeyOf(this.signingKey);
      const fresh = (
        await this.db
          .select()
          .from(ledgerHeads)
          .where(gt(ledgerHeads.treeSize, after))
          .orderBy(asc(ledgerHeads.treeSize))
      ).filter((h) => headSignedBy(h, ours));
      appendHeadsFile(file, fresh);
    });
    this.publishing = run.catch(() => undefined);
    return run;
  }

  /** The heads in the database, newest first (the portal's history). */
  async list(limit = 100): Promise<TreeHead[]> {
    return this.db.select().from(ledgerHeads).orderBy(desc(ledgerHeads.treeSize)).limit(limit);
  }

  private async kept(tx: DbOrTx): Promise<MerkleFrontier | null> {
    const [row] = await tx
      .select()
      .from(ledgerTree)
      .where(sql`${ledgerTree.id} = 1`);
    if (!row) return null;
    try {
      return MerkleFrontier.fromHex(ledgerHasher, row.size, row.peaks ? row.peaks.split(',') : []);
    } catch {
      return null; // a damaged row is rebuilt from the log
    }
  }

  private async keep(tx: DbOrTx, tree: MerkleFrontier) {
    const value = { id: 1, size: tree.size, peaks: tree.toHex().join(',') };
    await tx.insert(ledgerTree).values(value).onConflictDoUpdate({ target: ledgerTree.id, set: value });
  }

  /** The right edge over entries 1..size, from the log itself (an upgrade's first start; a repair). */
  private async rebuild(tx: DbOrTx, size: number): Promise<MerkleFrontier> {
    const tree = new MerkleFrontier(ledgerHasher);
    while (tree.size < size) {
      const rows = await tx
        .select()
        .from(ledgerEntries)
        .where(gt(ledgerEntries.seq, tree.size))
        .orderBy(asc(ledgerEntries.seq))
        .limit(BATCH);
      const inRange = rows.filter((r) => r.seq <= size);
      for (const r of inRange) tree.append(entryLeafHash(r.prevHash, { ...r, at: normaliseAt(r.at) }));
      if (inRange.length < BATCH) break;
    }
    await this.keep(tx, tree);
    return tree;
  }
}
