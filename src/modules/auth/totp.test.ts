// H1 second factor: the TOTP primitives against the RFC test vectors, the ±1 step window, single use,
// the enrolment URI and the recovery codes.
import { describe, expect, it } from 'vitest';
import {
  base32Decode,
  base32Encode,
  hotp,
  matchTotp,
  newRecoveryCodes,
  newTotpSecret,
  otpauthUri,
  recoveryCodeHash,
  totpStep,
} from './totp.ts';

// RFC 4226 Appendix D and RFC 6238 Appendix B use this ASCII secret for SHA-1.
const RFC_SECRET = Buffer.from('12345678901234567890', 'ascii');

describe('hotp (RFC 4226 Appendix D)', () => {
  it('gives the published codes for counters 0–9', () => {
    expect(Array.from({ length: 10 }, (_, c) => hotp(RFC_SECRET, c))).toEqual([
      '755224',
      '287082',
      '359152',
      '969429',
      '338314',
      '254676',
      '287922',
      '162583',
      '399871',
      '520489',
    ]);
  });
});

describe('TOTP (RFC 6238 Appendix B, SHA-1)', () => {
  const vectors: [number, string][] = [
    [59, '94287082'],
    [1111111109, '07081804'],
    [1111111111, '14050471'],
    [1234567890, '89005924'],
    [2000000000, '69279037'],
    [20000000000, '65353130'],
  ];
  it.each(vectors)('at %i s gives %s (8 digits), and its last 6 with 6 digits', (seconds, code) => {
    const step = totpStep(new Date(seconds * 1000));
    expect(hotp(RFC_SECRET, step, 8)).toBe(code);
    expect(hotp(RFC_SECRET, step)).toBe(code.slice(2));
  });
});

describe('matchTotp', () => {
  const now = new Date('2026-12-07T02:00:15Z');
  const step = totpStep(now);
  const code = (s: number) => hotp(RFC_SECRET, s);

  it('accepts the current code and one step either side, returning its step', () => {
    expect(matchTotp(RFC_SECRET, code(step), now, null)).toBe(step);
    expect(matchTotp(RFC_SECRET, code(step - 1), now, null)).toBe(step - 1);
    expect(matchTotp(RFC_SECRET, code(step + 1), now, null)).toBe(step + 1);
  });

  it('refuses codes two steps away', () => {
    expect(matchTotp(RFC_SECRET, code(step - 2), now, null)).toBeNull();
    expect(matchTotp(RFC_SECRET, code(step + 2), now, null)).toBeNull();
  });

  it('accepts each code once: a step at or before the last used one is refused', () => {
    expect(matchTotp(RFC_SECRET, code(step), now, step)).toBeNull();
    expect(matchTotp(RFC_SECRET, code(step - 1), now, step)).toBeNull();
    expect(matchTotp(RFC_SECRET, code(step + 1), now, step)).toBe(step + 1);
    expect(matchTotp(RFC_SECRET, code(step), now, step - 1)).toBe(step);
  });

  it('refuses malformed codes and another secret’s code', () => {
    for (const bad of ['', '12345', '1234567', 'abcdef', ` ${code(step)}`, `${code(step)}\0`])
      expect(matchTotp(RFC_SECRET, bad, now, null), JSON.stringify(bad)).toBeNull();
    expect(matchTotp(newTotpSecret(), code(step), now, null)).toBeNull();
  });
});

describe('base32', () => {
  it('encodes RFC 4648 vectors without padding, and decodes them back', () => {
    const vectors: [string, string][] = [
      ['', ''],
      ['f', 'MY'],
      ['fo', 'MZXQ'],
      ['foo', 'MZXW6'],
      ['foob', 'MZXW6YQ'],
      ['fooba', 'MZXW6YTB'],
      ['foobar', 'MZXW6YTBOI'],
    ];
    for (const [plain, encoded] of vectors) {
      expect(base32Encode(Buffer.from(plain))).toBe(encoded);
      expect(base32Decode(encoded).toString()).toBe(plain);
    }
    expect(base32Decode('mzxw6ytboi======').toString()).toBe('foobar');
    expect(() => base32Decode('MZ1')).toThrow('不是 base32 字符：1');
  });

  it('round-trips a random secret of 20 bytes to 32 characters', () => {
    const secret = newTotpSecret();
    expect(secret).toHaveLength(20);
    expect(base32Encode(secret)).toMatch(/^[A-Z2-7]{32}$/);
    expect(base32Decode(base32Encode(secret))).toEqual(secret);
  });
});

describe('otpauthUri', () => {
  it('names the issuer and account and carries the secret and parameters', () => {
    expect(otpauthUri('三项制度执法平台', 'secadmin', RFC_SECRET)).toBe(
      'otpauth://totp/%E4%B8%89%E9%A1%B9%E5%88%B6%E5%BA%A6%E6%89%A7%E6%B3%95%E5%B9%B3%E5%8F%B0:secadmin' +
        '?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=%E4%B8%89%E9%A1%B9%E5%88%B6%E5%BA%A6%E6%89%A7%E6%B3%95%E5%B9%B3%E5%8F%B0' +
        '&algorithm=SHA1&digits=6&period=30',
    );
  });
});

describe('recovery codes', () => {
  it('draws ten distinct codes without look-alike characters', () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const c of codes) expect(c).toMatch(/^[a-hjkmnp-z2-9]{5}-[a-hjkmnp-z2-9]{5}$/);
  });

  it('hashes a code the same however it is typed, and different codes differently', () => {
    const h = recoveryCodeHash('abcde-fghjk');
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(recoveryCodeHash('ABCDE FGHJK')).toBe(h);
    expect(recoveryCodeHash('abcdefghjk')).toBe(h);
    expect(recoveryCodeHash('abcde-fghjm')).not.toBe(h);
  });
});
