// C8 / H3 pure rules of the hash chain: what an entry's hash covers and how a checkpoint is signed.
// Kept free of I/O so the same code verifies the database and, later, an exported case file offline.
//
// An entry's bytes are `prevHash \n canonical fields`. They are also the entry's leaf in the Merkle
// tree (merkle.ts): leaf hash = SM3(0x00 || bytes). Since the tree, an entry's stored `hash` IS its leaf
// hash, so the chain and the tree cost one SM3 per entry; entries written before keep the chain hash
// SM3(bytes) they were written with, and their leaf is computed from the same bytes.
import { createHash } from 'node:crypto';
import { sm2Sign, sm2Verify, sm3Hex } from '../crypto/sm.ts';

export const GENESIS_HASH = '0'.repeat(64);

export interface EntryFields {
  seq: number;
  at: string; // ISO-8601 UTC with milliseconds
  actorId: string | null;
  actorName: string;
  ip: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  bodyId: string | null;
  payload: string; // canonical JSON
}

/** The bytes an entry is hashed as: its predecessor's hash and its fields as canonical JSON. */
export function entryBytes(prevHash: string, e: EntryFields): Buffer {
  // Keys in sorted order and no undefined values: exactly canonicalJson's output, without its sort.
  const covered = JSON.stringify({
    action: e.action,
    actorId: e.actorId,
    actorName: e.actorName,
    at: e.at,
    bodyId: e.bodyId,
    entityId: e.entityId,
    entityType: e.entityType,
    ip: e.ip,
    payload: e.payload,
    seq: e.seq,
  });
  return Buffer.from(`${prevHash}\n${covered}`, 'utf8');
}

/** The chain hash entries were given before the Merkle tree: SM3(bytes). */
export function entryHash(prevHash: string, e: EntryFields): string {
  return sm3Hex(entryBytes(prevHash, e));
}

const LEAF_PREFIX = Buffer.from([0]);

/** The entry's Merkle leaf hash, SM3(0x00 || bytes): the hash every entry is written with now. */
export function entryLeafHash(prevHash: string, e: EntryFields): Buffer {
  return createHash('sm3').update(LEAF_PREFIX).update(entryBytes(prevHash, e)).digest();
}

/**
 * The leaf of a stored entry, or null when its stored hash is neither its leaf hash nor (for entries
 * written before the tree) its chain hash — the entry was changed.
 */
export function storedEntryLeaf(prevHash: string, e: EntryFields, storedHash: string): Buffer | null {
  const bytes = entryBytes(prevHash, e);
  const leaf = createHash('sm3').update(LEAF_PREFIX).update(bytes).digest();
  if (leaf.toString('hex') === storedHash) return leaf;
  return sm3Hex(bytes) === storedHash ? leaf : null;
}

const checkpointMessage = (uptoSeq: number, hash: string) => `sanxiang-ledger-checkpoint:${uptoSeq}:${hash}`;

export function signCheckpoint(uptoSeq: number, hash: string, privateKey: string): string {
  return sm2Sign(checkpointMessage(uptoSeq, hash), privateKey);
}

export function verifyCheckpoint(uptoSeq: number, hash: string, signature: string, publicKey: string) {
  return sm2Verify(checkpointMessage(uptoSeq, hash), signature, publicKey);
}

/** Timestamps round-trip through timestamptz; normalise so the hash sees the same text both ways. */
export function normaliseAt(at: string | Date): string {
  return new Date(at).toISOString();
}
