import { describe, expect, it } from 'vitest';
import { MerkleHasher, MerkleTree, sm3 } from '../../../platform/ledger/merkle.ts';
import { sidedPath, sumsFile, type Manifest } from './layout.ts';

const hasher = new MerkleHasher(sm3);

/** What the shell recipe of docs/VERIFY.md does with seal/path.txt. */
function walk(leaf: Buffer, sided: string): string {
  let h = leaf;
  for (const line of sided.split('\n').filter(Boolean)) {
    const [side, sibling] = line.split(' ') as ['L' | 'R', string];
    const s = Buffer.from(sibling, 'hex');
    h = side === 'L' ? hasher.node(s, h) : hasher.node(h, s);
  }
  return h.toString('hex');
}

describe('case-file layout', () => {
  it('a sided audit path leads every leaf of every tree up to 33 leaves to its root, and no other leaf', () => {
    const leaves = Array.from({ length: 33 }, (_, i) => hasher.leaf(Buffer.from(`entry ${i}`)));
    for (let size = 1; size <= leaves.length; size++) {
      const tree = new MerkleTree(hasher, leaves.slice(0, size));
      const root = tree.root().toString('hex');
      for (let i = 0; i < size; i++) {
        const path = tree.inclusionProof(i).map((h) => h.toString('hex'));
        const sided = sidedPath(i, size, path);
        expect(sided.split('\n').filter(Boolean)).toHaveLength(path.length);
        expect(walk(leaves[i]!, sided)).toBe(root);
        if (size > 1) expect(walk(leaves[(i + 1) % size]!, sided)).not.toBe(root);
      }
    }
  });

  it('writes sha256sum lines for the files the archive holds, not those listed by hash only', () => {
    const file = (path: string, omitted?: string) => ({
      path,
      kind: 'evidence' as const,
      size: 1,
      sha256: `${path}-sha256`,
      sm3: `${path}-sm3`,
      ...(omitted ? { omitted } : {}),
    });
    const manifest = { files: [file('a'), file('b', '过大'), file('c')] } as unknown as Manifest;
    expect(sumsFile(manifest, 'sha256')).toBe('a-sha256  a\nc-sha256  c\n');
    expect(sumsFile(manifest, 'sm3')).toBe('a-sm3  a\nc-sm3  c\n');
  });
});
