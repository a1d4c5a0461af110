// C8 the Merkle log, exhaustively: with SHA-256 it must give the RFC 6962 / certificate-transparency
// reference roots and proofs byte for byte; for every tree size up to 40 every inclusion and consistency
// proof verifies, and every altered proof, index, size or root is refused; the frontier kept for
// appends gives the same roots as the whole tree.
import { describe, expect, it } from 'vitest';
import {
  MerkleFrontier,
  MerkleHasher,
  MerkleTree,
  sha256,
  sm3,
  splitPoint,
  verifyConsistency,
  verifyInclusion,
} from './merkle.ts';

const hex = (b: Buffer) => b.toString('hex');
const unhex = (s: string) => Buffer.from(s, 'hex');

// The certificate-transparency reference log (RFC 6962 test data): its 8 entries, the root of every
// size 1..8, and published audit and consistency paths.
const CT_ENTRIES = [
  '',
  '00',
  '10',
  '2021',
  '3031',
  '40414243',
  '5051525354555657',
  '606162636465666768696a6b6c6d6e6f',
];
const CT_EMPTY = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
const CT_ROOTS = [
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
];
const CT_INCLUSION = [
  {
    index: 0,
    size: 8,
    proof: [
      '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
    ],
  },
  {
    index: 5,
    size: 8,
    proof: [
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
      'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ],
  },
];
const CT_CONSISTENCY = [
  {
    first: 2,
    second: 8,
    proof: [
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
    ],
  },
  {
    first: 6,
    second: 8,
    proof: [
      '0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a',
      'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ],
  },
  {
    first: 2,
    second: 5,
    proof: [
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
    ],
  },
];

describe('RFC 6962 reference vectors (SHA-256)', () => {
  const h = new MerkleHasher(sha256);
  const tree = new MerkleTree(
    h,
    CT_ENTRIES.map((e) => h.leaf(unhex(e))),
  );

  it('gives the published root of every size 0..8', () => {
    expect(hex(tree.root(0))).toBe(CT_EMPTY);
    expect(CT_ROOTS.map((_, i) => hex(tree.root(i + 1)))).toEqual(CT_ROOTS);
  });

  it.each(CT_INCLUSION)('gives and accepts the published audit path of leaf $index in $size', (v) => {
    expect(tree.inclusionProof(v.index, v.size).map(hex)).toEqual(v.proof);
    const leaf = h.leaf(unhex(CT_ENTRIES[v.index]!));
    expect(verifyInclusion(h, leaf, v.index, v.size, v.proof.map(unhex), unhex(CT_ROOTS[v.size - 1]!))).toBe(
      true,
    );
  });

  it.each(CT_CONSISTENCY)('gives and accepts the published consistency proof $first → $second', (v) => {
    expect(tree.consistencyProof(v.first, v.second).map(hex)).toEqual(v.proof);
    expect(
      verifyConsistency(
        h,
        v.first,
        v.second,
        unhex(CT_ROOTS[v.first - 1]!),
        unhex(CT_ROOTS[v.second - 1]!),
        v.proof.map(unhex),
      ),
    ).toBe(true);
  });

  it('splits at the largest power of two below the size, not the midpoint', () => {
    expect([2, 3, 4, 5, 6, 7, 8, 9, 1000].map(splitPoint)).toEqual([1, 2, 2, 4, 4, 4, 4, 8, 512]);
  });
});

describe.each([
  ['SM3', sm3],
  ['SHA-256', sha256],
])('every proof of every tree size up to 40 (%s)', (_name, fn) => {
  const h = new MerkleHasher(fn);
  const N = 40;
  const leaves = Array.from({ length: N }, (_, i) => h.leaf(Buffer.from(`entry ${i}`)));
  const tree = new MerkleTree(h, leaves);
  const roots = Array.from({ length: N + 1 }, (_, n) => tree.root(n));
  const flip = (b: Buffer) => Buffer.from(b.map((x, i) => (i === 3 ? x ^ 1 : x)));

  it('a tree built from a prefix has the root the full tree reports for that size', () => {
    for (let n = 0; n <= N; n++)
      expect(hex(new MerkleTree(h, leaves.slice(0, n)).root())).toBe(hex(roots[n]!));
  });

  it('the frontier gives the same root after every append, and survives a round trip as hex', () => {
    let f = new MerkleFrontier(h);
    expect(hex(f.root())).toBe(hex(roots[0]!));
    for (let n = 1; n <= N; n++) {
      f.append(leaves[n - 1]!);
      expect(hex(f.root()), `size ${n}`).toBe(hex(roots[n]!));
      f = MerkleFrontier.fromHex(h, f.size, f.toHex());
    }
    expect(() => MerkleFrontier.fromHex(h, 7, ['00'.repeat(32)])).toThrow(RangeError);
  });

  // (A proof alone does not fix the tree size: sizes 3 and 4 share leaf 0's path shape. The size is
  // bound by the signed head that carries the root, as in RFC 9162.)
  it('inclusion: every leaf in every size verifies; a wrong leaf, index, root or path does not', () => {
    for (let n = 1; n <= N; n++) {
      for (let i = 0; i < n; i++) {
        const proof = tree.inclusionProof(i, n);
        const ok = (leaf: Buffer, idx: number, size: number, p: Buffer[], root: Buffer) =>
          verifyInclusion(h, leaf, idx, size, p, root);
        expect(ok(leaves[i]!, i, n, proof, roots[n]!), `${i}/${n}`).toBe(true);
        expect(ok(flip(leaves[i]!), i, n, proof, roots[n]!)).toBe(false);
        expect(ok(leaves[i]!, i, n, proof, flip(roots[n]!))).toBe(false);
        if (n > 1) {
          expect(ok(leaves[i]!, (i + 1) % n, n, proof, roots[n]!)).toBe(false);
          expect(ok(leaves[i]!, i, n, proof.slice(1), roots[n]!)).toBe(false);
          expect(ok(leaves[i]!, i, n, [...proof, leaves[0]!], roots[n]!)).toBe(false);
          expect(ok(leaves[i]!, i, n, [flip(proof[0]!), ...proof.slice(1)], roots[n]!)).toBe(false);
        }
        expect(ok(leaves[i]!, n, n, proof, roots[n]!)).toBe(false);
        expect(ok(leaves[i]!, -1, n, proof, roots[n]!)).toBe(false);
      }
    }
  });

  it('consistency: every pair of sizes verifies; a wrong root or path does not', () => {
    for (let second = 0; second <= N; second++) {
      for (let first = 0; first <= second; first++) {
        const proof = tree.consistencyProof(first, second);
        const ok = (r1: Buffer, r2: Buffer, p: Buffer[], a = first, b = second) =>
          verifyConsistency(h, a, b, r1, r2, p);
        expect(ok(roots[first]!, roots[second]!, proof), `${first}→${second}`).toBe(true);
        if (first > 0 && first < second) {
          expect(ok(flip(roots[first]!), roots[second]!, proof)).toBe(false);
          expect(ok(roots[first]!, flip(roots[second]!), proof)).toBe(false);
          expect(ok(roots[first]!, roots[second]!, proof.slice(0, -1))).toBe(false);
          expect(ok(roots[first]!, roots[second]!, [...proof, leaves[0]!])).toBe(false);
          expect(ok(roots[first]!, roots[second]!, [flip(proof[0]!), ...proof.slice(1)])).toBe(false);
          // A log that rewrote an entry before `first`: the old head is no prefix of the new one.
          const forged = new MerkleTree(h, [flip(leaves[0]!), ...leaves.slice(1, second)]);
          expect(ok(roots[first]!, forged.root(), forged.consistencyProof(first))).toBe(false);
        }
        if (first === second) expect(ok(roots[first]!, roots[second]!, [leaves[0]!])).toBe(false);
      }
    }
  });

  it('refuses to prove what is outside the tree', () => {
    expect(() => tree.inclusionProof(N)).toThrow(RangeError);
    expect(() => tree.inclusionProof(-1)).toThrow(RangeError);
    expect(() => tree.inclusionProof(0, N + 1)).toThrow(RangeError);
    expect(() => tree.consistencyProof(5, 3)).toThrow(RangeError);
    expect(() => tree.root(N + 1)).toThrow(RangeError);
    expect(verifyInclusion(h, leaves[0]!, 0, 2, [Buffer.alloc(31)], roots[2]!)).toBe(false);
    expect(verifyConsistency(h, 0, 8, h.emptyRoot(), roots[8]!, [])).toBe(true);
    expect(verifyConsistency(h, 0, 8, roots[1]!, roots[8]!, [])).toBe(false);
  });
});
