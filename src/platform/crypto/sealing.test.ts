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

  it('seals a file: a round trip of its exact bytes, a fresh IV each time, nothing of it in the clear', () => {
    const file = Buffer.concat([Buffer.from('%PDF-1.7 保密路8号 '), Buffer.alloc(100_000, 0x41)]);
    const a = sealer.sealBytes(file, 'case_documents.pdf:1');
    const b = sealer.sealBytes(file, 'case_documents.pdf:1');
    expect(a.equals(b)).toBe(false);
    expect(a.includes(Buffer.from('保密路'))).toBe(false);
    expect(Sealer.isSealedBytes(a)).toBe(true);
    expect(Sealer.isSealedBytes(file)).toBe(false);
    expect(sealer.openBytes(a, 'case_documents.pdf:1').equals(file)).toBe(true);
    expect(sealer.openBytes(sealer.sealBytes(Buffer.alloc(0), 'e'), 'e')).toEqual(Buffer.alloc(0));
  });

  it('refuses a file sealed for another row, under another key, changed, cut short or not sealed', () => {
    const sealed = sealer.sealBytes(Buffer.from('PK document'), 'case_documents.docx:1');
    expect(() => sealer.openBytes(sealed, 'case_documents.docx:2')).toThrow(/校验失败/);
    expect(() => new Sealer(Buffer.alloc(32, 8)).openBytes(sealed, 'case_documents.docx:1')).toThrow(
      /KEY_ENCRYPTION_KEY/,
    );
    for (const at of [6, 6 + 16, sealed.length - 1]) {
      const changed = Buffer.from(sealed);
      changed[at]! ^= 1;
      expect(() => sealer.openBytes(changed, 'case_documents.docx:1')).toThrow(/校验失败/);
    }
    expect(() => sealer.openBytes(sealed.subarray(0, 40), 'case_documents.docx:1')).toThrow(SealError);
    expect(() => sealer.openBytes(Buffer.from('PK document'), 'case_documents.docx:1')).toThrow(
      /不是加密存储的文件/,
    );
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
