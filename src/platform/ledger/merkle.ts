// C8: a Merkle tree log as RFC 6962 §2.1 defines it (the scheme of certificate transparency and
// Trillian): leaf hash = H(0x00 || entry), node hash = H(0x01 || left || right), the tree split at the
// largest power of two below its size. Pure and hash-agnostic: the ledger uses SM3; the tests also run
// SHA-256 so the RFC's published test vectors check the shapes, prefixes and proof orders.
import { createHash } from 'node:crypto';

export type HashFn = (data: Buffer) => Buffer;

export const sm3: HashFn = (data) => createHash('sm3').update(data).digest();
export const sha256: HashFn = (data) => createHash('sha256').update(data).digest();

const LEAF = Buffer.from([0]);
const NODE = Buffer.from([1]);

export class MerkleHasher {
  constructor(readonly hash: HashFn) {}
  emptyRoot(): Buffer {
    return this.hash(Buffer.alloc(0));
  }
  leaf(entry: Buffer): Buffer {
    return this.hash(Buffer.concat([LEAF, entry]));
  }
  node(left: Buffer, right: Buffer): Buffer {
    return this.hash(Buffer.concat([NODE, left, right]));
  }
}

/** The largest power of two strictly below n (n ≥ 2): where RFC 6962 splits a tree of n leaves. */
export function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/**
 * All leaf hashes of a log and every complete subtree above them, so any tree size's root and any
 * proof costs O(log n) hashes. `levels[h][i]` is the root of leaves [i·2^h, (i+1)·2^h).
 */
export class MerkleTree {
  private readonly levels: Buffer[][];

  constructor(
    private readonly hasher: MerkleHasher,
    leafHashes: Buffer[],
  ) {
    this.levels = [leafHashes];
    for (let level = leafHashes; level.length > 1;) {
      const up: Buffer[] = [];
      for (let i = 0; i + 1 < level.length; i += 2) up.push(hasher.node(level[i]!, level[i + 1]!));
      this.levels.push(up);
      level = up;
    }
  }

  get size(): number {
    return this.levels[0]!.length;
  }

  /** The hash of leaf `index` as given. */
  leaf(index: number): Buffer {
    const leaf = this.levels[0]![index];
    if (!leaf) throw new RangeError(`leaf ${index} is not in a tree of ${this.size}`);
    return leaf;
  }

  /** MTH(D[start:end]) for the ranges RFC 6962's recursion visits (start aligned to the split). */
  private subtree(start: number, end: number): Buffer {
    const n = end - start;
    if ((n & (n - 1)) === 0 && start % n === 0) return this.levels[Math.log2(n)]![start / n]!;
    const k = splitPoint(n);
    return this.hasher.node(this.subtree(start, start + k), this.subtree(start + k, end));
  }

  /** The root of the first `size` leaves (the tree head a log of that size had). */
  root(size = this.size): Buffer {
    checkSize(size, this.size);
    return size === 0 ? this.hasher.emptyRoot() : this.subtree(0, size);
  }

  /** RFC 6962 §2.1.1 PATH(m, D[size]): the audit path of leaf `index` in the tree of `size` leaves. */
  inclusionProof(index: number, size = this.size): Buffer[] {
    checkSize(size, this.size);
    if (!Number.isInteger(index) || index < 0 || index >= size)
      throw new RangeError(`leaf ${index} is not in a tree of ${size}`);
    const path = (m: number, start: number, end: number): Buffer[] => {
      const n = end - start;
      if (n === 1) return [];
      const k = splitPoint(n);
      return m < k
        ? [...path(m, start, start + k), this.subtree(start + k, end)]
        : [...path(m - k, start + k, end), this.subtree(start, start + k)];
    };
    return path(index, 0, size);
  }

  /** RFC 6962 §2.1.2 PROOF(first, D[second]): that the tree of `first` leaves is a prefix of `second`'s. */
  consistencyProof(first: number, second = this.size): Buffer[] {
    checkSize(second, this.size);
    if (!Number.isInteger(first) || first < 0 || first > second)
      throw new RangeError(`no consistency from ${first} to ${second}`);
    if (first === 0 || first === second) return [];
    const sub = (m: number, start: number, end: number, whole: boolean): Buffer[] => {
      const n = end - start;
      if (m === n) return whole ? [] : [this.subtree(start, end)];
      const k = splitPoint(n);
      return m <= k
        ? [...sub(m, start, start + k, whole), this.subtree(start + k, end)]
        : [...sub(m - k, start + k, end, false), this.subtree(start, start + k)];
    };
    return sub(first, 0, second, true);
  }
}

function checkSize(size: number, have: number) {
  if (!Number.isInteger(size) || size < 0 || size > have)
    throw new RangeError(`tree size ${size} outside 0..${have}`);
}

const isHash = (b: unknown, len: number): b is Buffer => Buffer.isBuffer(b) && b.length === len;

/** RFC 9162 §2.1.3.2: does `proof` lead from `leafHash` at `index` to `root` in a tree of `size`? */
export function verifyInclusion(
  hasher: MerkleHasher,
  leafHash: Buffer,
  index: number,
  size: number,
  proof: Buffer[],
  root: Buffer,
): boolean {
  const len = root.length;
  if (!Number.isInteger(index) || !Number.isInteger(size) || index < 0 || index >= size) return false;
  if (!isHash(leafHash, len) || !Array.isArray(proof) || !proof.every((p) => isHash(p, len))) return false;
  let fn = index;
  let sn = size - 1;
  let r = leafHash;
  for (const p of proof) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = hasher.node(p, r);
      if (fn % 2 === 0) while (fn % 2 === 0 && fn !== 0) [fn, sn] = [fn / 2, Math.floor(sn / 2)];
    } else r = hasher.node(r, p);
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && r.equals(root);
}

/** RFC 9162 §2.1.4.2: does `proof` show the tree of `first` leaves (`firstRoot`) is a prefix of `second`'s? */
export function verifyConsistency(
  hasher: MerkleHasher,
  first: number,
  second: number,
  firstRoot: Buffer,
  secondRoot: Buffer,
  proof: Buffer[],
): boolean {
  const len = secondRoot.length;
  if (!Number.isInteger(first) || !Number.isInteger(second) || first < 0 || first > second) return false;
  if (!isHash(firstRoot, len) || !Array.isArray(proof) || !proof.every((p) => isHash(p, len))) return false;
  if (first === second) return proof.length === 0 && firstRoot.equals(secondRoot);
  if (first === 0) return proof.length === 0 && firstRoot.equals(hasher.emptyRoot());
  if (proof.length === 0) return false;
  const path = (first & (first - 1)) === 0 ? [firstRoot, ...proof] : proof;
  let fn = first - 1;
  let sn = second - 1;
  while (fn % 2 === 1) [fn, sn] = [(fn - 1) / 2, Math.floor(sn / 2)];
  let fr = path[0]!;
  let sr = path[0]!;
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      fr = hasher.node(c, fr);
      sr = hasher.node(c, sr);
      if (fn % 2 === 0) while (fn % 2 === 0 && fn !== 0) [fn, sn] = [fn / 2, Math.floor(sn / 2)];
    } else sr = hasher.node(sr, c);
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && fr.equals(firstRoot) && sr.equals(secondRoot);
}

/**
 * The right edge of a growing log: one root per complete subtree (the binary digits of its size), so
 * an append costs O(log n) and the current root O(log n), without the leaves. The ledger keeps it
 * beside its entries to sign tree heads without rereading the log.
 */
export class MerkleFrontier {
  constructor(
    private readonly hasher: MerkleHasher,
    public size = 0,
    private readonly peaks: Buffer[] = [],
  ) {
    const expected = [...size.toString(2)].filter((d) => d === '1').length;
    if (peaks.length !== expected) throw new RangeError(`a log of ${size} has ${expected} peaks`);
  }

  append(leafHash: Buffer): void {
    this.peaks.push(leafHash);
    // Merge equal-height peaks: as many as trailing ones in the old size.
    for (let s = this.size; s % 2 === 1; s = Math.floor(s / 2)) {
      const right = this.peaks.pop()!;
      const left = this.peaks.pop()!;
      this.peaks.push(this.hasher.node(left, right));
    }
    this.size++;
  }

  root(): Buffer {
    if (this.peaks.length === 0) return this.hasher.emptyRoot();
    let r = this.peaks.at(-1)!;
    for (let i = this.peaks.length - 2; i >= 0; i--) r = this.hasher.node(this.peaks[i]!, r);
    return r;
  }

  /** The peaks as hex, largest subtree first (what the database keeps). */
  toHex(): string[] {
    return this.peaks.map((p) => p.toString('hex'));
  }

  static fromHex(hasher: MerkleHasher, size: number, peaks: string[]): MerkleFrontier {
    return new MerkleFrontier(
      hasher,
      size,
      peaks.map((p) => Buffer.from(p, 'hex')),
    );
  }
}
