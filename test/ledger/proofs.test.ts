// C8 proofs against signed heads over the public portal: an entry's inclusion proof leads from the leaf
// its stored row hashes to to the root of a head this key signed; a consistency proof joins two heads;
// both are refused, never invented, when the log was changed in SQL; bad input is a 400 and a size no
// head has a 404.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { headSignedBy, headFromPublished, type PublishedHead } from '../../src/platform/ledger/heads.ts';
import { verifyConsistency, verifyInclusion } from '../../src/platform/ledger/merkle.ts';
import { ledgerHasher } from '../../src/platform/ledger/tree-heads.ts';

const hex = (h: string) => Buffer.from(h, 'hex');

describe('ledger inclusion and consistency proofs (C8)', () => {
  let t: TestApp;
  let firstSize: number;
  let secondSize: number;
  const record = (i: number) =>
    t.services.ledger.record(
      { actor: { id: null, name: '测试' }, ip: null, now: new Date() },
      { action: 'test.event', entityType: 'test', payload: { i } },
    );
  const get = (url: string) => t.app.inject({ method: 'GET', url });

  beforeAll(async () => {
    t = await createTestApp();
    for (let i = 0; i < 5; i++) await record(i);
    firstSize = (await t.services.ledger.signHeadNow())!.treeSize;
    for (let i = 5; i < 12; i++) await record(i);
    secondSize = (await t.services.ledger.signHeadNow())!.treeSize;
  });
  afterAll(() => t.close());

  it('proves every entry of the log into the latest head, with the leaf its row hashes to', async () => {
    const rows = (await t.services.database.pool.query('select seq, hash from ledger_entries order by seq'))
      .rows as { seq: number; hash: string }[];
    expect(rows).toHaveLength(secondSize);
    for (const { seq, hash } of [rows[0]!, rows[firstSize - 1]!, rows.at(-1)!]) {
      const res = await get(`/ledger/proofs/inclusion/${seq}`);
      expect(res.statusCode, res.body).toBe(200);
      const p = res.json() as {
        seq: number;
        leaf_index: number;
        tree_size: number;
        leaf_hash_sm3: string;
        audit_path: string[];
        head: PublishedHead;
      };
      expect([p.seq, p.leaf_index, p.tree_size, p.leaf_hash_sm3]).toEqual([seq, seq - 1, secondSize, hash]);
      const head = headFromPublished(p.head);
      expect(headSignedBy(head, t.services.ledger.trustedPublicKey)).toBe(true);
      const ok = (path: string[], index = p.leaf_index) =>
        verifyInclusion(ledgerHasher, hex(hash), index, p.tree_size, path.map(hex), hex(head.root));
      expect(ok(p.audit_path)).toBe(true);
      expect(ok(p.audit_path, (p.leaf_index + 1) % p.tree_size)).toBe(false);
      expect(ok([...p.audit_path.slice(1), p.audit_path[0]!])).toBe(p.audit_path.length < 2);
    }
    // To an older head by its size.
    const old = (await get(`/ledger/proofs/inclusion/2?tree_size=${firstSize}`)).json() as {
      tree_size: number;
      head: PublishedHead;
    };
    expect([old.tree_size, old.head.tree_size]).toEqual([firstSize, firstSize]);
  });

  it('proves the first head a prefix of the second', async () => {
    const res = await get(`/ledger/proofs/consistency/${firstSize}/${secondSize}`);
    expect(res.statusCode, res.body).toBe(200);
    const p = res.json() as { first: PublishedHead; second: PublishedHead; proof: string[] };
    const [a, b] = [headFromPublished(p.first), headFromPublished(p.second)];
    expect([a.treeSize, b.treeSize]).toEqual([firstSize, secondSize]);
    const check = (first: Buffer) =>
      verifyConsistency(ledgerHasher, a.treeSize, b.treeSize, first, hex(b.root), p.proof.map(hex));
    expect(check(hex(a.root))).toBe(true);
    expect(check(Buffer.alloc(32))).toBe(false);
  });

  it('refuses bad input (400), sizes without a head and entries no head covers yet (404)', async () => {
    for (const url of [
      '/ledger/proofs/inclusion/0',
      '/ledger/proofs/inclusion/-1',
      '/ledger/proofs/inclusion/abc',
      '/ledger/proofs/inclusion/1?tree_size=x',
      `/ledger/proofs/inclusion/${'9'.repeat(30)}`,
      `/ledger/proofs/consistency/${secondSize}/${firstSize}`,
      '/ledger/proofs/consistency/1/x',
    ])
      expect((await get(url)).statusCode, url).toBe(400);
    expect((await get(`/ledger/proofs/inclusion/1?tree_size=${firstSize + 1}`)).statusCode).toBe(404);
    expect((await get(`/ledger/proofs/consistency/${firstSize + 1}/${secondSize}`)).statusCode).toBe(404);
    await record(99);
    expect((await get(`/ledger/proofs/inclusion/${secondSize + 1}`)).statusCode).toBe(404);
  });

  it('refuses (409) to prove anything over an entry changed in SQL', async () => {
    await t.services.database.pool.query(`update ledger_entries set payload = '{"i":42}' where seq = 3`);
    const res = await get(`/ledger/proofs/inclusion/4`);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toEqual({ error: '账本第 3 条记录不完整或被改动，无法给出证明' });
    expect((await get(`/ledger/proofs/consistency/${firstSize}/${secondSize}`)).statusCode).toBe(409);
  });
});
