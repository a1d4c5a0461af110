// C8 / H3 pure rules of the hash chain: what an entry's hash covers and how a checkpoint is signed.
// Kept free of I/O so the same code verifies the database and, later, an exported case file offline.
import { sm2Sign, sm2Verify, sm3Hex } from '../crypto/sm.ts';
import { canonicalJson } from './canonical.ts';

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

export function entryHash(prevHash: string, e: EntryFields): string {
  const covered = canonicalJson({
    seq: e.seq,
    at: e.at,
    actorId: e.actorId,
    actorName: e.actorName,
    ip: e.ip,
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    bodyId: e.bodyId,
    payload: e.payload,
  });
  return sm3Hex(`${prevHash}\n${covered}`);
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
