// C8: re-walks the whole ledger in sequence order and reports the first entry whose hash, link,
// position or checkpoint signature does not hold. Reads in keyset batches so memory stays flat.
import { asc, gt } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { ledgerCheckpoints, ledgerEntries } from './schema.ts';
import { GENESIS_HASH, entryHash, normaliseAt, verifyCheckpoint } from './chain.ts';

export interface LedgerVerification {
  ok: boolean;
  count: number;
  checkpoints: number;
  firstBad?: { seq: number; reason: string };
}

const BATCH = 5000;

/**
 * `trustedPublicKey`: the SM2 public key checkpoints must be signed with. Without it a checkpoint is only
 * checked against the key stored beside it, which shows corruption but not a forger who re-signs with
 * their own key — so operators who need that set LEDGER_SIGNING_KEY outside the database.
 */
export async function verifyLedger(
  db: Db,
  opts: { trustedPublicKey?: string } = {},
): Promise<LedgerVerification> {
  const checkpoints = await db.select().from(ledgerCheckpoints).orderBy(asc(ledgerCheckpoints.uptoSeq));
  const checkpointAt = new Map(checkpoints.map((c) => [c.uptoSeq, c]));
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let count = 0;
  const fail = (seq: number, reason: string): LedgerVerification => ({
    ok: false,
    count,
    checkpoints: checkpoints.length,
    firstBad: { seq, reason },
  });

  for (;;) {
    const rows = await db
      .select()
      .from(ledgerEntries)
      .where(gt(ledgerEntries.seq, expectedSeq - 1))
      .orderBy(asc(ledgerEntries.seq))
      .limit(BATCH);
    for (const row of rows) {
      if (row.seq !== expectedSeq)
        return fail(expectedSeq, `缺少第 ${expectedSeq} 条记录（已被删除或序号被改动）`);
      if (row.prevHash !== prevHash) return fail(row.seq, '前序哈希不符（记录顺序被改动）');
      const recomputed = entryHash(prevHash, { ...row, at: normaliseAt(row.at) });
      if (recomputed !== row.hash) return fail(row.seq, '内容哈希不符（记录内容被篡改）');
      const cp = checkpointAt.get(row.seq);
      const key = opts.trustedPublicKey ?? cp?.publicKey;
      if (
        cp &&
        (cp.hash !== row.hash ||
          cp.publicKey !== key ||
          !verifyCheckpoint(cp.uptoSeq, cp.hash, cp.signature, key))
      ) {
        return fail(row.seq, '检查点签名或哈希无效');
      }
      prevHash = row.hash;
      expectedSeq++;
      count++;
    }
    if (rows.length < BATCH) break;
  }
  const dangling = checkpoints.find((c) => c.uptoSeq >= expectedSeq);
  if (dangling) return fail(dangling.uptoSeq, '检查点指向不存在的记录（记录被删除）');
  return { ok: true, count, checkpoints: checkpoints.length };
}
