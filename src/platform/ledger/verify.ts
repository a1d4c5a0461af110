// C8: verify-ledger. Re-walks the whole log in sequence order (keyset batches) checking every entry's
// position, link and hash, rebuilds the Merkle tree over it, and holds it against every signed tree head
// — those in the database and those in the heads file outside it — with the key this process trusts:
// a head signed by any other key, a head whose root the log no longer gives, two consecutive heads that
// are not consistent (RFC 6962 consistency proof), a log shorter than a published head, and the
// checkpoints of releases before the tree are all reported, each naming the entry (or range) concerned.
import { asc, gt } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { ledgerCheckpoints, ledgerEntries, ledgerHeads } from './schema.ts';
import { GENESIS_HASH, normaliseAt, storedEntryLeaf, verifyCheckpoint } from './chain.ts';
import { MerkleTree, verifyConsistency } from './merkle.ts';
import { headSignedBy, type TreeHead } from './heads.ts';
import { readHeadsFile } from './heads-file.ts';
import { ledgerHasher } from './tree-heads.ts';

export interface LedgerProblem {
  /** The first entry concerned. */
  seq: number;
  /** The last entry concerned, when a head covers a range the check cannot narrow further. */
  toSeq?: number;
  reason: string;
}

export interface LedgerVerification {
  ok: boolean;
  /** Entries verified in order before the first broken one (all of them when ok). */
  count: number;
  /** Distinct signed tree heads checked (database and heads file). */
  heads: number;
  checkpoints: number;
  /** The root of the whole log as verified. */
  root?: string;
  firstBad?: LedgerProblem;
  problems: LedgerProblem[];
}

const BATCH = 5000;

export interface VerifyOptions {
  /** The SM2 public key heads must be signed with: the configured or key-file key, never a stored one. */
  trustedPublicKey: string;
  /** The heads file outside the database (heads-file.ts). */
  headsFile?: string;
}

export async function verifyLedger(db: Db, opts: VerifyOptions): Promise<LedgerVerification> {
  const problems: LedgerProblem[] = [];
  const { heads, checkpoints } = await loadHeads(db, opts, problems);
  const cpAt = new Map(checkpoints.map((c) => [c.uptoSeq, c]));
  const leaves: Buffer[] = [];
  let prevHash = GENESIS_HASH;
  let broken = false;
  for (let next = 1; !broken;) {
    const rows = await db
      .select()
      .from(ledgerEntries)
      .where(gt(ledgerEntries.seq, next - 1))
      .orderBy(asc(ledgerEntries.seq))
      .limit(BATCH);
    for (const row of rows) {
      const problem =
        row.seq !== next
          ? `缺少第 ${next} 条记录（已被删除或序号被改动）`
          : row.prevHash !== prevHash
            ? '前序哈希不符（记录被插入、删除或顺序被改动）'
            : null;
      const leaf = problem ? null : storedEntryLeaf(prevHash, { ...row, at: normaliseAt(row.at) }, row.hash);
      if (problem || !leaf) {
        problems.push({ seq: next, reason: problem ?? '内容哈希不符（记录内容被篡改）' });
        broken = true;
        break;
      }
      const cp = cpAt.get(row.seq);
      if (cp && cp.hash !== row.hash)
        problems.push({ seq: row.seq, reason: '旧版检查点与记录哈希不符（记录被改写）' });
      leaves.push(leaf);
      prevHash = row.hash;
      next++;
    }
    if (rows.length < BATCH) break;
  }
  const count = leaves.length;
  const tree = new MerkleTree(ledgerHasher, leaves);
  for (const cp of checkpoints)
    if (cp.uptoSeq > count && !broken)
      problems.push({
        seq: count + 1,
        reason: `旧版检查点覆盖到第 ${cp.uptoSeq} 条，账本只剩 ${count} 条（记录被删除）`,
      });

  let previous: TreeHead | undefined;
  for (const head of heads) {
    const from = (previous?.treeSize ?? 0) + 1;
    if (head.treeSize > count) {
      if (!broken)
        problems.push({
          seq: count + 1,
          toSeq: head.treeSize,
          reason: `已发布的树头覆盖到第 ${head.treeSize} 条，账本只剩 ${count} 条（记录被截断）`,
        });
    } else if (tree.root(head.treeSize).toString('hex') !== head.root) {
      problems.push({
        seq: from,
        toSeq: head.treeSize,
        reason: `第 ${from}–${head.treeSize} 条记录与签名树头（${head.treeSize}）不符（记录被改写）`,
      });
    } else if (
      previous &&
      !verifyConsistency(
        ledgerHasher,
        previous.treeSize,
        head.treeSize,
        Buffer.from(previous.root, 'hex'),
        Buffer.from(head.root, 'hex'),
        tree.consistencyProof(previous.treeSize, head.treeSize),
      )
    ) {
      problems.push({
        seq: 1,
        toSeq: previous.treeSize,
        reason: `树头 ${previous.treeSize} 与树头 ${head.treeSize} 不一致（一致性证明不成立）`,
      });
    }
    previous = head;
  }
  problems.sort((a, b) => a.seq - b.seq);
  return {
    ok: problems.length === 0,
    count,
    heads: heads.length,
    checkpoints: checkpoints.length,
    root: tree.root().toString('hex'),
    ...(problems[0] ? { firstBad: problems[0] } : {}),
    problems,
  };
}

/**
 * Every head from the database and the heads file, one per tree size, in size order. A head not signed
 * by the trusted key, and a size whose database head differs from the file's, are problems; the file's
 * head (out of the database's reach) is the one the log is then held against.
 */
async function loadHeads(db: Db, opts: VerifyOptions, problems: LedgerProblem[]) {
  const stored = await db.select().from(ledgerHeads).orderBy(asc(ledgerHeads.treeSize));
  const filed = opts.headsFile ? readHeadsFile(opts.headsFile) : [];
  const bySize = new Map<number, TreeHead>();
  const signed = (h: TreeHead, where: string) => {
    if (headSignedBy(h, opts.trustedPublicKey)) return true;
    problems.push({
      seq: Math.max(1, h.treeSize),
      reason: `${where}树头（${h.treeSize}）的签名不是本账本签名密钥所签（伪造或被替换）`,
    });
    return false;
  };
  for (const h of stored) if (signed(h, '数据库中')) bySize.set(h.treeSize, h);
  for (const h of filed) {
    if (!signed(h, '树头文件中')) continue;
    const inDb = bySize.get(h.treeSize);
    if (inDb && inDb.root !== h.root)
      problems.push({ seq: h.treeSize, reason: `数据库中的树头（${h.treeSize}）与树头文件不同（被替换）` });
    bySize.set(h.treeSize, h);
  }
  const checkpoints = await db.select().from(ledgerCheckpoints).orderBy(asc(ledgerCheckpoints.uptoSeq));
  for (const cp of checkpoints)
    if (!verifyCheckpoint(cp.uptoSeq, cp.hash, cp.signature, opts.trustedPublicKey))
      problems.push({ seq: cp.uptoSeq, reason: '旧版检查点的签名不是本账本签名密钥所签（伪造或被替换）' });
  return { heads: [...bySize.values()].sort((a, b) => a.treeSize - b.treeSize), checkpoints };
}
