// C8 pure chain rules: what the entry hash covers, and SM2-signed checkpoints.
import { describe, expect, it } from 'vitest';
import { generateSm2KeyPair, sm3Hex } from '../crypto/sm.ts';
import { canonicalJson } from './canonical.ts';
import {
  entryHash,
  GENESIS_HASH,
  normaliseAt,
  signCheckpoint,
  verifyCheckpoint,
  type EntryFields,
} from './chain.ts';

const entry: EntryFields = {
  seq: 7,
  at: '2026-05-01T08:00:00.123Z',
  actorId: '5b1c3a8e-0000-4000-8000-000000000001',
  actorName: '王建国',
  ip: '10.0.0.1',
  action: 'person.updated',
  entityType: 'person',
  entityId: '5b1c3a8e-0000-4000-8000-000000000002',
  bodyId: '5b1c3a8e-0000-4000-8000-000000000003',
  payload: canonicalJson({ reason: '更正', version: 2 }),
};
const prev = sm3Hex('previous');

describe('entryHash', () => {
  it('is a 64-hex SM3 digest and deterministic', () => {
    const h = entryHash(prev, entry);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(entryHash(prev, { ...entry })).toBe(h);
  });

  it('is SM3 over the previous hash and the canonical fields', () => {
    const covered = canonicalJson({ ...entry });
    expect(entryHash(prev, entry)).toBe(sm3Hex(`${prev}\n${covered}`));
  });

  it('does not depend on the order the fields were built in', () => {
    const reordered = Object.fromEntries(Object.entries(entry).reverse()) as unknown as EntryFields;
    expect(entryHash(prev, reordered)).toBe(entryHash(prev, entry));
  });

  const changes: [keyof EntryFields, unknown][] = [
    ['seq', 8],
    ['at', '2026-05-01T08:00:00.124Z'],
    ['actorId', null],
    ['actorName', '王建图'],
    ['ip', '10.0.0.2'],
    ['ip', null],
    ['action', 'person.created'],
    ['entityType', 'body'],
    ['entityId', null],
    ['bodyId', null],
    ['payload', canonicalJson({ reason: '更正', version: 3 })],
  ];
  it.each(changes)('changes when %s changes (to %j)', (field, value) => {
    expect(entryHash(prev, { ...entry, [field]: value })).not.toBe(entryHash(prev, entry));
  });

  it('changes when the previous hash changes', () => {
    expect(entryHash(GENESIS_HASH, entry)).not.toBe(entryHash(prev, entry));
  });

  it('starts from a genesis hash of 64 zeros', () => {
    expect(GENESIS_HASH).toBe('0'.repeat(64));
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [{ y: 1, x: 2 }], c: undefined } })).toBe(
      '{"a":{"d":[{"x":2,"y":1}]},"b":1}',
    );
  });
});

describe('normaliseAt', () => {
  it('gives the same text for a Date and for PostgreSQL timestamptz output', () => {
    expect(normaliseAt('2026-05-01 16:00:00.123+08')).toBe('2026-05-01T08:00:00.123Z');
    expect(normaliseAt(new Date('2026-05-01T08:00:00.123Z'))).toBe('2026-05-01T08:00:00.123Z');
  });
});

describe('checkpoint signatures (SM2)', () => {
  const keys = generateSm2KeyPair();
  const hash = entryHash(prev, entry);

  it('verifies with the signer’s public key', () => {
    const sig = signCheckpoint(10, hash, keys.privateKey);
    expect(sig).toMatch(/^[0-9a-f]+$/);
    expect(verifyCheckpoint(10, hash, sig, keys.publicKey)).toBe(true);
  });

  it('fails with another key', () => {
    const other = generateSm2KeyPair();
    const sig = signCheckpoint(10, hash, keys.privateKey);
    expect(verifyCheckpoint(10, hash, sig, other.publicKey)).toBe(false);
    expect(verifyCheckpoint(10, hash, signCheckpoint(10, hash, other.privateKey), keys.publicKey)).toBe(
      false,
    );
  });

  it('fails when the sequence number or hash differ from what was signed', () => {
    const sig = signCheckpoint(10, hash, keys.privateKey);
    expect(verifyCheckpoint(11, hash, sig, keys.publicKey)).toBe(false);
    expect(verifyCheckpoint(10, entryHash(GENESIS_HASH, entry), sig, keys.publicKey)).toBe(false);
  });

  it('fails, without throwing, for a damaged or garbage signature', () => {
    const sig = signCheckpoint(10, hash, keys.privateKey);
    const flipped = sig.slice(0, -2) + (sig.endsWith('00') ? '01' : '00');
    expect(verifyCheckpoint(10, hash, flipped, keys.publicKey)).toBe(false);
    expect(verifyCheckpoint(10, hash, 'not-hex', keys.publicKey)).toBe(false);
    expect(verifyCheckpoint(10, hash, '', keys.publicKey)).toBe(false);
    expect(verifyCheckpoint(10, hash, sig, 'not-a-key')).toBe(false);
  });
});
