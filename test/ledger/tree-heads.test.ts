// C8: signed tree heads against someone who can write to the database (PGlite and PostgreSQL). Each test
// plays one finding of issue 10 and asserts the exact report: an entry rewritten with every later hash
// recomputed and the heads re-signed with the attacker's key; entries cut off behind a published head,
// with or without the heads that covered them; an inserted or reordered entry; heads swapped in the
// database; and a head published to the file outside the database that the database no longer agrees with.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { TEST_LEDGER_SIGNING_KEY } from '../helpers/services.ts';
import { generateSm2KeyPair, sm2PublicKeyOf } from '../../src/platform/crypto/sm.ts';
import { entryLeafHash, GENESIS_HASH, normaliseAt } from '../../src/platform/ledger/chain.ts';
import { headMessage, headSignedBy, signHead, type TreeHead } from '../../src/platform/ledger/heads.ts';
import { readHeadsFile } from '../../src/platform/ledger/heads-file.ts';
import { MerkleTree } from '../../src/platform/ledger/merkle.ts';
import { ledgerHasher } from '../../src/platform/ledger/tree-heads.ts';
import { verifyLedger } from '../../src/platform/ledger/verify.ts';

const EVERY = 10;

interface EntryRow {
  seq: number;
  at: Date | string;
  actor_id: string | null;
  actor_name: string;
  ip: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  body_id: string | null;
  payload: string;
  prev_hash: string;
  hash: string;
}
const fieldsOf = (r: EntryRow) => ({
  seq: Number(r.seq),
  at: normaliseAt(r.at),
  actorId: r.actor_id,
  actorName: r.actor_name,
  ip: r.ip,
  action: r.action,
  entityType: r.entity_type,
  entityId: r.entity_id,
  bodyId: r.body_id,
  payload: r.payload,
});

describe('signed tree heads (C8)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ LEDGER_CHECKPOINT_EVERY: String(EVERY) });
  });
  afterAll(async () => t.close());

  const q = async <T>(text: string, params: unknown[] = []) =>
    (await t.services.database.pool.query(text, params)).rows as T[];
  const count = async () =>
    Number((await q<{ n: number }>('select count(*)::int as n from ledger_entries'))[0]!.n);
  const verify = () => verifyLedger(t.services.database.db, t.services.ledger.verifyOptions);
  const dbHeads = async () =>
    (
      await q<{ tree_size: string; root: string; at: string; signature: string; public_key: string }>(
        'select * from ledger_heads order by tree_size',
      )
    ).map((h): TreeHead => ({
      treeSize: Number(h.tree_size),
      root: h.root,
      at: h.at,
      signature: h.signature,
      publicKey: h.public_key,
    }));
  async function record(n: number) {
    for (let i = 0; i < n; i++)
      await t.services.ledger.record(
        { actor: { id: null, name: '测试' }, ip: null, now: new Date() },
        { action: 'test.event', entityType: 'test', entityId: String(i), payload: { i } },
      );
    return count();
  }
  /** Runs a tampering experiment and puts the tables back as they were, so tests stay independent. */
  async function tampering(fn: () => Promise<void>) {
    expect(await verify()).toMatchObject({ ok: true, problems: [] });
    const tag = randomBytes(4).toString('hex');
    const tables = ['ledger_entries', 'ledger_heads', 'ledger_tree'];
    for (const table of tables) await q(`create table bk_${tag}_${table} as select * from ${table}`);
    try {
      await fn();
    } finally {
      for (const table of tables) {
        await q(`delete from ${table}`);
        await q(`insert into ${table} select * from bk_${tag}_${table}`);
        await q(`drop table bk_${tag}_${table}`);
      }
    }
    expect(await verify()).toMatchObject({ ok: true, problems: [] });
  }
  /** Changes entry `from`'s payload and recomputes every later hash, as a forger with SQL would. */
  async function rewriteFrom(from: number) {
    const all = await q<EntryRow>('select * from ledger_entries where seq >= $1 order by seq', [from]);
    const [before] = await q<{ hash: string }>('select hash from ledger_entries where seq = $1', [from - 1]);
    let prev = before?.hash ?? GENESIS_HASH;
    for (const r of all) {
      const fields = Number(r.seq) === from ? { ...fieldsOf(r), payload: '{"rewritten":true}' } : fieldsOf(r);
      const hash = entryLeafHash(prev, fields).toString('hex');
      await q('update ledger_entries set payload = $1, prev_hash = $2, hash = $3 where seq = $4', [
        fields.payload,
        prev,
        hash,
        r.seq,
      ]);
      prev = hash;
    }
  }
  /** Re-signs every head of the database from `from` on with `key`, over the rewritten log's roots. */
  async function resignHeads(from: number, key: string) {
    const rows = await q<EntryRow>('select * from ledger_entries order by seq');
    const tree = new MerkleTree(
      ledgerHasher,
      rows.map((r) => Buffer.from(r.hash, 'hex')),
    );
    for (const h of await dbHeads()) {
      if (h.treeSize < from || h.treeSize > tree.size) continue;
      const forged = { treeSize: h.treeSize, root: tree.root(h.treeSize).toString('hex'), at: h.at };
      await q('update ledger_heads set root = $1, signature = $2, public_key = $3 where tree_size = $4', [
        forged.root,
        signHead(forged, key),
        sm2PublicKeyOf(key),
        h.treeSize,
      ]);
    }
  }

  it('signs a head every 10 entries in the appending transaction, over the Merkle root of the log', async () => {
    const n = await record(EVERY * 2 + 3);
    const heads = await dbHeads();
    const sizes = heads.map((h) => h.treeSize);
    for (let k = EVERY; k <= n; k += EVERY) expect(sizes).toContain(k);
    const rows = await q<EntryRow>('select * from ledger_entries order by seq');
    const tree = new MerkleTree(
      ledgerHasher,
      rows.map((r) => Buffer.from(r.hash, 'hex')),
    );
    const trusted = sm2PublicKeyOf(TEST_LEDGER_SIGNING_KEY);
    for (const h of heads) {
      expect(h.root, `head ${h.treeSize}`).toBe(tree.root(h.treeSize).toString('hex'));
      expect(headSignedBy(h, trusted)).toBe(true);
      expect(headSignedBy({ ...h, publicKey: generateSm2KeyPair().publicKey }, trusted)).toBe(false);
      expect(headMessage(h)).toBe(
        `sanxiang-ledger-tree-head/v1\ntree_size=${h.treeSize}\nroot_sm3=${h.root}\ntimestamp=${h.at}\n`,
      );
    }
  });

  it('signHeadNow covers the whole log and copies every committed head into the heads file', async () => {
    const n = await record(3);
    expect(await t.services.ledger.signHeadNow()).toMatchObject({ treeSize: n });
    expect(await t.services.ledger.signHeadNow()).toMatchObject({ treeSize: n }); // no second head
    const filed = readHeadsFile(t.services.ledger.verifyOptions.headsFile!);
    expect(filed.map((h) => h.treeSize)).toEqual((await dbHeads()).map((h) => h.treeSize));
    expect(filed.at(-1)).toEqual((await dbHeads()).at(-1));
    expect(await verify()).toMatchObject({ ok: true, count: n, heads: filed.length, problems: [] });
  });

  it('finding 1: entry rewritten, later hashes recomputed, heads re-signed with a foreign key → named', async () => {
    const n = await record(EVERY + 2);
    await t.services.ledger.signHeadNow();
    const target = n - EVERY;
    await tampering(async () => {
      await rewriteFrom(target);
      await resignHeads(target, generateSm2KeyPair().privateKey);
      const r = await verify();
      expect(r.ok).toBe(false);
      expect(r.count).toBe(n); // the chain itself is consistent: only the signatures can tell
      const forged = (await dbHeads()).filter((h) => h.treeSize >= target).map((h) => h.treeSize);
      expect(forged.length).toBeGreaterThan(0);
      for (const size of forged)
        expect(r.problems).toContainEqual({
          seq: size,
          reason: `数据库中树头（${size}）的签名不是本账本签名密钥所签（伪造或被替换）`,
        });
      // The heads file, out of the database's reach, still holds the true heads: their roots do not match.
      expect(
        r.problems.some(
          (p) => p.seq <= target && (p.toSeq ?? p.seq) >= target && /记录被改写/.test(p.reason),
        ),
      ).toBe(true);
    });
  });

  it('finding 1 without the file: the forged heads alone are refused (the stored key is never trusted)', async () => {
    await record(EVERY);
    const n = await count();
    await tampering(async () => {
      await rewriteFrom(n - 3);
      const foreign = generateSm2KeyPair().privateKey;
      await resignHeads(1, foreign);
      await q("update platform_settings set value = $1 where key = 'ledger.sm2.public_key'", [
        sm2PublicKeyOf(foreign),
      ]);
      const r = await verifyLedger(t.services.database.db, {
        trustedPublicKey: t.services.ledger.trustedPublicKey,
      });
      expect(r.ok).toBe(false);
      expect(r.firstBad!.reason).toMatch(/签名不是本账本签名密钥所签/);
      await q("update platform_settings set value = $1 where key = 'ledger.sm2.public_key'", [
        t.services.ledger.trustedPublicKey,
      ]);
    });
  });

  it('finding 2: the last entries deleted behind a published head, with the heads that covered them', async () => {
    await record(3);
    const head = (await t.services.ledger.signHeadNow())!;
    await tampering(async () => {
      await q('delete from ledger_entries where seq > $1', [head.treeSize - 3]);
      await q('delete from ledger_heads where tree_size > $1', [head.treeSize - 3]);
      await q('delete from ledger_tree');
      expect((await verify()).problems).toEqual([
        {
          seq: head.treeSize - 2,
          toSeq: head.treeSize,
          reason: `已发布的树头覆盖到第 ${head.treeSize} 条，账本只剩 ${head.treeSize - 3} 条（记录被截断）`,
        },
      ]);
    });
  });

  it('an entry inserted in the middle (renumbered, hashes recomputed) breaks the root of every later head', async () => {
    await record(EVERY);
    const head = (await t.services.ledger.signHeadNow())!;
    const at = head.treeSize - 4;
    await tampering(async () => {
      await q('update ledger_entries set seq = seq + 1000000 where seq >= $1', [at]);
      await q('update ledger_entries set seq = seq - 1000000 + 1 where seq >= 1000000');
      await q(
        `insert into ledger_entries (seq, at, actor_name, action, entity_type, payload, prev_hash, hash)
         values ($1, now(), '插入者', 'test.inserted', 'test', '{}', '', '')`,
        [at],
      );
      await rewriteFrom(at);
      const r = await verify();
      expect(r.ok).toBe(false);
      expect(r.count).toBe(head.treeSize + 1);
      expect(r.firstBad!.reason).toMatch(/与签名树头（\d+）不符（记录被改写）/);
      expect(r.firstBad!.seq).toBeLessThanOrEqual(at);
      expect(r.firstBad!.toSeq).toBeGreaterThanOrEqual(at);
    });
  });

  it('two entries swapped and the chain recomputed: the head that covers them no longer matches', async () => {
    await record(EVERY);
    const head = (await t.services.ledger.signHeadNow())!;
    const a = head.treeSize - 5;
    await tampering(async () => {
      await q('update ledger_entries set seq = -1 where seq = $1', [a]);
      await q('update ledger_entries set seq = $1 where seq = $2', [a, a + 1]);
      await q('update ledger_entries set seq = $1 where seq = -1', [a + 1]);
      await rewriteFrom(a);
      const r = await verify();
      expect(r.ok).toBe(false);
      const hit = r.problems.find((p) => p.seq <= a && (p.toSeq ?? 0) >= a + 1);
      expect(hit?.reason).toMatch(/记录被改写/);
    });
  });

  it('a database head replaced by a valid older one of another size is caught against the file', async () => {
    await record(EVERY);
    await t.services.ledger.signHeadNow();
    const heads = await dbHeads();
    const [older, newer] = [heads.at(-2)!, heads.at(-1)!];
    await tampering(async () => {
      await q('update ledger_heads set root = $1, signature = $2 where tree_size = $3', [
        older.root,
        newer.signature,
        newer.treeSize,
      ]);
      const r = await verify();
      expect(r.problems).toContainEqual({
        seq: newer.treeSize,
        reason: `数据库中树头（${newer.treeSize}）的签名不是本账本签名密钥所签（伪造或被替换）`,
      });
    });
  });
});
