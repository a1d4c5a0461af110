// H1 second factor for bodies that issue 国密 tokens: the SM3 dynamic password of GM/T 0021-2012
// (动态口令密码应用技术规范, §6). Pure functions over node:crypto's SM3:
//   ID = T ‖ C ‖ Q, zero-padded to at least 128 bits — T the time factor floor((t − T0)/Tc) as 8 bytes
//   big-endian, C the event factor as 4 bytes big-endian, Q the challenge in ASCII (each present or not);
//   S = SM3(K ‖ ID); OD = the eight 32-bit big-endian words of S summed mod 2^32; P = OD mod 10^N.
// The seed K is at least 128 bits. Hardware tokens here are time-based (T only, T0 the Unix epoch) with
// Tc = 60 s and N = 6, the usual 国密 token; the matching window and single use are TOTP's.
import { createHash, randomBytes } from 'node:crypto';
import { matchStepInWindow } from './totp.ts';

export const SM3_OTP = { digits: 6, periodSeconds: 60, minSeedBytes: 16, maxSeedBytes: 64 } as const;

export interface Sm3OtpFactors {
  /** T: the time factor (already divided by the period). */
  time?: number;
  /** C: the event factor, a 32-bit counter. */
  counter?: number;
  /** Q: the challenge, in ASCII. */
  challenge?: string;
}

/** ID = T ‖ C ‖ Q, padded with zero bytes to 16 (the standard's 128-bit minimum). */
export function sm3OtpId({ time, counter, challenge }: Sm3OtpFactors): Buffer {
  const parts: Buffer[] = [];
  if (time !== undefined) {
    const t = Buffer.alloc(8);
    t.writeBigUInt64BE(BigInt(time));
    parts.push(t);
  }
  if (counter !== undefined) {
    const c = Buffer.alloc(4);
    c.writeUInt32BE(counter);
    parts.push(c);
  }
  if (challenge !== undefined) parts.push(Buffer.from(challenge, 'ascii'));
  const id = Buffer.concat(parts);
  return id.length >= 16 ? id : Buffer.concat([id, Buffer.alloc(16 - id.length)]);
}

/** The truncation for SM3: the sum of S's eight 32-bit big-endian words, mod 2^32. */
export function sm3Truncate(s: Buffer): number {
  let od = 0;
  for (let i = 0; i + 4 <= s.length; i += 4) od = (od + s.readUInt32BE(i)) >>> 0;
  return od;
}

/** P: the dynamic password of the seed under the factors, N digits with leading zeros. */
export function sm3Otp(seed: Buffer, factors: Sm3OtpFactors, digits: number = SM3_OTP.digits): string {
  const s = createHash('sm3')
    .update(Buffer.concat([seed, sm3OtpId(factors)]))
    .digest();
  return String(sm3Truncate(s) % 10 ** digits).padStart(digits, '0');
}

/** T for an instant: whole periods since the Unix epoch (T0 = 0). */
export const sm3OtpStep = (at: Date) => Math.floor(at.getTime() / 1000 / SM3_OTP.periodSeconds);

/** The time step whose code `code` is, within ±1 step of now and after `lastUsedStep`; else null. */
export function matchSm3Otp(
  seed: Buffer,
  code: string,
  now: Date,
  lastUsedStep: number | null,
): number | null {
  if (!new RegExp(`^\\d{${SM3_OTP.digits}}$`).test(code)) return null;
  return matchStepInWindow((time) => sm3Otp(seed, { time }), code, sm3OtpStep(now), lastUsedStep);
}

/** A new seed for a software token: 32 random bytes (the standard asks for at least 16). */
export const newSm3Seed = () => randomBytes(32);

/** A seed as typed from a token vendor's seed file: hex, 16–64 bytes; null when it is not one. */
export function parseSm3Seed(text: string): Buffer | null {
  const hex = text.replace(/\s+/g, '');
  if (!/^([0-9a-fA-F]{2})+$/.test(hex)) return null;
  const seed = Buffer.from(hex, 'hex');
  return seed.length >= SM3_OTP.minSeedBytes && seed.length <= SM3_OTP.maxSeedBytes ? seed : null;
}
