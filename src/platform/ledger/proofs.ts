// C8: RFC 6962 proofs against signed tree heads, for anyone who holds an entry or a head: an inclusion
// proof (the audit path from an entry's leaf to the root of a signed head) and a consistency proof (the
// tree of an older head is a prefix of a newer one's). Only heads signed by this process's key are
// offered. The tree is rebuilt from the log for each request (one read of the entries' hashes), so a
// proof costs O(n) reads; an entry whose stored hash does not match its content is refused, never proven.
import { and, asc, desc, eq, gt, gte, lte } from 'drizzle-orm';
import type { Db, DbOrTx } from '../db/client.ts';
import { ledgerEntries, ledgerHeads } from './schema.ts';
import { GENESIS_HASH, normaliseAt, storedEntryLeaf } from './chain.ts';
import { MerkleTree } from './merkle.ts';
import { headSignedBy, publishedHead, type PublishedHead, type TreeHead } from './heads.ts';
import { ledgerHasher } from './tree-heads.ts';

const BATCH = 5000;

export class LedgerProofError extends Error {}

/** The leaf hashes of entries 1..size, each checked against its content and its predecessor. */
export async function leafHashes(db: DbOrTx, size: number): Promise<Buffer[]> {
  const leaves: Buffer[] = [];
  let prevHash = GENESIS_HASH;
  while (leaves.length < size) {
    const rows = await db
      .select()
      .from(ledgerEntries)
      .where(and(gt(ledgerEntries.seq, leaves.length), lte(ledgerEntries.seq, size)))
      .orderBy(asc(ledgerEntries.seq))
      .limit(BATCH);
    if (rows.length === 0) break;
    for (const row of rows) {
      const leaf =
        row.seq === leaves.length + 1 && row.prevHash === prevHash
          ? storedEntryLeaf(prevHash, { ...row, at: normaliseAt(row.at) }, row.hash)
          : null;
      if (!leaf) throw new LedgerProofError(`账本第 ${leaves.length + 1} 条记录不完整或被改动，无法给出证明`);
      leaves.push(leaf);
      prevHash = row.hash;
    }
  }
  if (leaves.length < size) throw new LedgerProofError(`账本只有 ${leaves.length} 条记录，少于 ${size}`);
  return leaves;
}

export interface InclusionProof {
  seq: number;
  /** RFC 6962 leaf index: seq − 1. */
  leaf_index: number;
  tree_size: number;
  leaf_hash_sm3: string;
  audit_path: string[];
  head: PublishedHead;
}

export interface ConsistencyProof {
  first: PublishedHead;
  second: PublishedHead;
  proof: string[];
}

export class LedgerProofs {
  constructor(
    private readonly db: Db,
    private readonly trustedPublicKey: () => string,
  ) {}

  /** The signed head of exactly `size` entries, or the latest covering `atLeast`; null if none. */
  async head(opts: { size?: number; atLeast?: number }): Promise<TreeHead | null> {
    const rows = await this.db
      .select()
      .from(ledgerHeads)
      .where(
        opts.size !== undefined
          ? eq(ledgerHeads.treeSize, opts.size)
          : gte(ledgerHeads.treeSize, opts.atLeast ?? 0),
      )
      .orderBy(desc(ledgerHeads.treeSize))
      .limit(20);
    return rows.find((h) => headSignedBy(h, this.trustedPublicKey())) ?? null;
  }

  /** Proofs of several entries to one head, from one read of the log (an export's case entries). */
  async inclusionMany(seqs: readonly number[], head: TreeHead): Promise<InclusionProof[]> {
    const tree = new MerkleTree(ledgerHasher, await leafHashes(this.db, head.treeSize));
    if (tree.root().toString('hex') !== head.root)
      throw new LedgerProofError(`账本与签名树头（${head.treeSize}）不符，无法给出证明`);
    const published = publishedHead(head);
    return seqs.map((seq) => {
      if (!Number.isInteger(seq) || seq < 1 || seq > head.treeSize)
        throw new LedgerProofError(`第 ${seq} 条记录不在树头（${head.treeSize}）之内`);
      return {
        seq,
        leaf_index: seq - 1,
        tree_size: head.treeSize,
        leaf_hash_sm3: tree.leaf(seq - 1).toString('hex'),
        audit_path: tree.inclusionProof(seq - 1, head.treeSize).map((h) => h.toString('hex')),
        head: published,
      };
    });
  }

  async consistency(first: TreeHead, second: TreeHead): Promise<ConsistencyProof> {
    if (first.treeSize > second.treeSize) throw new LedgerProofError('第一个树头须不大于第二个树头');
    const tree = new MerkleTree(ledgerHasher, await leafHashes(this.db, second.treeSize));
    if (
      tree.root().toString('hex') !== second.root ||
      tree.root(first.treeSize).toString('hex') !== first.root
    )
      throw new LedgerProofError('账本与签名树头不符，无法给出证明');
    return {
      first: publishedHead(first),
      second: publishedHead(second),
      proof: tree.consistencyProof(first.treeSize, second.treeSize).map((h) => h.toString('hex')),
    };
  }
}
