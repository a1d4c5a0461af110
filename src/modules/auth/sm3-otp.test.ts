// H1 second factor for 国密 tokens: the SM3 dynamic password of GM/T 0021-2012 against published sample
// data and against an independent implementation written here from the standard's formulas.
import { describe, expect, it } from 'vitest';
import { sm3 as independentSm3 } from 'sm-crypto-v2';
import {
  matchSm3Otp,
  newSm3Seed,
  parseSm3Seed,
  SM3_OTP,
  sm3Otp,
  sm3OtpId,
  sm3OtpStep,
  sm3Truncate,
} from './sm3-otp.ts';

// Sample data (Tc = 1 s, so T = T0; C a 32-bit integer; Q four ASCII digits; N = 6) listed in GmSSL's
// test/otptest.c (github.com/guanzhi/GmSSL, the GM/T 0021-2012 OTP test, kept there commented out). Six
// of its seeds read 'c' for an 'e' (…abcdcf…, …abfcdc…, adcfc8…, 58adc3…, …caef… vs …cacf…); as listed,
// 4 of the 10 codes come out, with those letters read as 'e' all 10 do — so the list is the standard's
// sample data transcribed with that confusion, and the seeds below are the corrected ones.
const SAMPLES: [seed: string, t: number, c: number, q: string, p: string][] = [
  ['1234567890abcdef1234567890abcdef', 1313998979, 1234, '5678', '814095'],
  ['1234567890abcdefabcdef1234567890', 1313998995, 5621, '3698', '959691'],
  ['1234567890abcdef0987654321abcdef', 1313999014, 5621, '3698', '063014'],
  ['1234567890abcdefabcdef0987654321', 1313999047, 2053, '6984', '302593'],
  ['87524138025adcfe2584376195abfedc', 1313999067, 2058, '3024', '657337'],
  ['87524138025adcfeabfedc2584376195', 1313999098, 2056, '2018', '345821'],
  ['adcfe87524138025abfedc2584376195', 1313999131, 2358, '1036', '629660'],
  ['58ade3698fe280cb6925010dd236caef', 1313999155, 2547, '2058', '479821'],
  ['58ade365201d80cbdd236caef6925010', 1313999174, 6031, '2058', '893826'],
  ['65201d80cb58ade3dd236caef6925010', 1313999189, 6580, '1047', '607614'],
];

/**
 * The standard's formulas written out again without the module's code: SM3 from sm-crypto-v2 (not
 * Node's OpenSSL), the factors packed by hand, the truncation as a BigInt sum.
 */
function reference(seedHex: string, t: number, c?: number, q?: string): string {
  const bytes: number[] = [...Buffer.from(seedHex, 'hex')];
  const id: number[] = [];
  for (let i = 7; i >= 0; i--) id.push(Number((BigInt(t) >> BigInt(8 * i)) & 0xffn));
  if (c !== undefined) for (let i = 3; i >= 0; i--) id.push((c >>> (8 * i)) & 0xff);
  if (q !== undefined) for (const ch of q) id.push(ch.charCodeAt(0));
  while (id.length < 16) id.push(0);
  const s = independentSm3(new Uint8Array([...bytes, ...id]));
  let sum = 0n;
  for (let i = 0; i < 64; i += 8) sum += BigInt(`0x${s.slice(i, i + 8)}`);
  return String((sum % 2n ** 32n) % 10n ** 6n).padStart(6, '0');
}

describe('sm3Otp (GM/T 0021-2012 §6, SM3)', () => {
  it.each(SAMPLES)('seed %s at T=%i, C=%i, Q=%s gives %s', (seed, t, c, q, p) => {
    expect(sm3Otp(Buffer.from(seed, 'hex'), { time: t, counter: c, challenge: q })).toBe(p);
    expect(reference(seed, t, c, q)).toBe(p);
  });

  it('agrees with the independent implementation for time-only tokens over 200 steps and random seeds', () => {
    for (let i = 0; i < 200; i++) {
      const seed = newSm3Seed();
      const time = 29_000_000 + i * 7919;
      expect(sm3Otp(seed, { time })).toBe(reference(seed.toString('hex'), time));
    }
  });

  it('packs ID as T (8 bytes, big-endian) ‖ C (4 bytes, big-endian) ‖ Q (ASCII), zero-padded to 16', () => {
    expect(sm3OtpId({ time: 0x0102030405 }).toString('hex')).toBe(`0000000102030405${'00'.repeat(8)}`);
    expect(sm3OtpId({ time: 1, counter: 0xa0b0c0d0, challenge: '12' }).toString('hex')).toBe(
      `0000000000000001a0b0c0d03132${'00'.repeat(2)}`,
    );
    expect(sm3OtpId({ time: 1, counter: 2, challenge: 'abcdefgh' })).toHaveLength(20); // longer: not cut
  });

  it('truncates by summing the eight words mod 2^32 (the carry beyond 32 bits is dropped)', () => {
    expect(sm3Truncate(Buffer.alloc(32, 0xff))).toBe(0xfffffff8); // 8 × (2^32 − 1) mod 2^32
    const words = Buffer.alloc(32);
    words.writeUInt32BE(0x80000000, 0);
    words.writeUInt32BE(0x80000001, 28);
    expect(sm3Truncate(words)).toBe(1);
  });

  it('keeps leading zeros', () => expect(SAMPLES[2]![4]).toBe('063014'));
});

describe('matchSm3Otp', () => {
  const seed = Buffer.from(SAMPLES[0]![0], 'hex');
  const now = new Date('2026-12-07T02:00:30Z');
  const step = sm3OtpStep(now);
  const code = (time: number) => sm3Otp(seed, { time });

  it('uses 60-second steps from the Unix epoch', () => {
    expect(SM3_OTP.periodSeconds).toBe(60);
    expect(step).toBe(Math.floor(Date.parse('2026-12-07T02:00:00Z') / 60_000));
  });

  it('accepts the current code and one step either side, returning its step', () => {
    expect(matchSm3Otp(seed, code(step), now, null)).toBe(step);
    expect(matchSm3Otp(seed, code(step - 1), now, null)).toBe(step - 1);
    expect(matchSm3Otp(seed, code(step + 1), now, null)).toBe(step + 1);
  });

  it('refuses codes two steps away, of another seed, malformed, or of a step already used', () => {
    const distinct = (s: number) => code(s) !== code(step) && code(s) !== code(step - 1);
    if (distinct(step - 2)) expect(matchSm3Otp(seed, code(step - 2), now, null)).toBeNull();
    if (distinct(step + 2)) expect(matchSm3Otp(seed, code(step + 2), now, null)).toBeNull();
    expect(matchSm3Otp(newSm3Seed(), code(step), now, null) === step).toBe(false);
    for (const bad of ['', '12345', '1234567', 'abcdef', ' 12345', `${code(step)}0`])
      expect(matchSm3Otp(seed, bad, now, null)).toBeNull();
    expect(matchSm3Otp(seed, code(step), now, step)).toBeNull();
    expect(matchSm3Otp(seed, code(step - 1), now, step - 1)).toBeNull();
    expect(matchSm3Otp(seed, code(step + 1), now, step)).toBe(step + 1);
  });
});

describe('parseSm3Seed', () => {
  it('reads hex of 16–64 bytes, ignoring spaces and case', () => {
    expect(parseSm3Seed('1234567890ABCDEF 1234567890abcdef')?.toString('hex')).toBe(SAMPLES[0]![0]);
    expect(parseSm3Seed('ab'.repeat(64))).toHaveLength(64);
  });
  it('refuses short, long, odd-length and non-hex seeds', () => {
    for (const bad of ['', 'ab'.repeat(15), 'ab'.repeat(65), 'abc', 'zz'.repeat(16), '0x' + 'ab'.repeat(16)])
      expect(parseSm3Seed(bad)).toBeNull();
  });
});
