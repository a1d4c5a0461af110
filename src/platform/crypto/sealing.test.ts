import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { masterKey, SealError, Sealer } from './sealing.ts';

const key = Buffer.alloc(32, 7);

describe('Sealer (SM4-CBC + HMAC-SM3)', () => {
  const sealer = new Sealer(key);

  it('round-trips, with a fresh IV each time', () => {
    const a = sealer.seal('3945208f7b2144b1', 'signing-key');
    const b = sealer.seal('3945208f7b2144b1', 'signing-key');
    expect(a).not.toBe(b);
    expect(a).not.toContain('3945208f7b2144b1');
    expect(Sealer.isSealed(a)).toBe(true);
    expect(sealer.open(a, 'signing-key')).toBe('3945208f7b2144b1');
    expect(sealer.open(b, 'signing-key')).toBe('3945208f7b2144b1');
  });

  it('refuses a value sealed for another purpose', () => {
    expect(() => sealer.open(sealer.seal('x', 'signing-key'), 'other')).toThrow(SealError);
  });

  it('refuses a tampered ciphertext or tag', () => {
    const [p, iv, ct, tag] = sealer.seal('secret value', 'k').split('.') as [string, string, string, string];
    const flip = (s: string) => (s[0] === 'A' ? 'B' : 'A') + s.slice(1);
    expect(() => sealer.open([p, iv, flip(ct), tag].join('.'), 'k')).toThrow(/校验失败/);
    expect(() => sealer.open([p, iv, ct, flip(tag)].join('.'), 'k')).toThrow(/校验失败/);
    expect(() => sealer.open([p, flip(iv), ct, tag].join('.'), 'k')).toThrow(/校验失败/);
  });

  it('refuses another master key, plaintext and malformed values', () => {
    const sealed = sealer.seal('secret', 'k');
    expect(() => new Sealer(Buffer.alloc(32, 8)).open(sealed, 'k')).toThrow(/KEY_ENCRYPTION_KEY/);
    expect(() => sealer.open('a'.repeat(64), 'k')).toThrow(/不是加密存储的值/);
    expect(() => sealer.open('sm4v1.a.b', 'k')).toThrow(SealError);
    expect(Sealer.isSealed('a'.repeat(64))).toBe(false);
  });

  it('needs a 32-byte master key', () => {
    expect(() => new Sealer(Buffer.alloc(16))).toThrow(/32 字节/);
  });
});

describe('masterKey', () => {
  it('uses the configured key', () => {
    expect(masterKey('ab'.repeat(32), '/nonexistent').toString('hex')).toBe('ab'.repeat(32));
  });

  it('creates the key file once, owner-only, and reads the same key after', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sx-seal-'));
    try {
      const first = masterKey(undefined, dir);
      const file = path.join(dir, 'keys', 'master.key');
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
      expect(masterKey(undefined, dir).equals(first)).toBe(true);
      expect(first.length).toBe(32);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a corrupt key file instead of replacing it', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sx-seal-'));
    try {
      fs.mkdirSync(path.join(dir, 'keys'));
      fs.writeFileSync(path.join(dir, 'keys', 'master.key'), 'not a key');
      expect(() => masterKey(undefined, dir)).toThrow(/格式错误/);
      expect(fs.readFileSync(path.join(dir, 'keys', 'master.key'), 'utf8')).toBe('not a key');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
