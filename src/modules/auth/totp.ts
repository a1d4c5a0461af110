// H1 second factor: one-time codes by TOTP (RFC 6238 over HOTP, RFC 4226; HMAC-SHA1, 6 digits, 30 s —
// what every authenticator app reads from an otpauth:// URI). Pure functions over node:crypto: the
// secret's encoding, the code of a step, the match within one step either side of now that refuses
// steps already used (each code once), the enrolment URI, and recovery codes kept only as hashes.
import { createHash, createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

export const TOTP = { digits: 6, periodSeconds: 30, window: 1 } as const;

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** RFC 4648 base32 without padding (the form otpauth URIs carry). */
export function base32Encode(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31];
  return out;
}

export function base32Decode(text: string): Buffer {
  const clean = text.replace(/=+$/, '').toUpperCase();
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const ch of clean) {
    const v = BASE32.indexOf(ch);
    if (v < 0) throw new Error(`不是 base32 字符：${ch}`);
    value = (value << 5) | v;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/** RFC 4226 HOTP: the code of `counter` under `secret`. */
export function hotp(secret: Buffer, counter: number, digits: number = TOTP.digits): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac('sha1', secret).update(message).digest();
  const offset = mac[mac.length - 1]! & 0x0f;
  const binary = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 10 ** digits).padStart(digits, '0');
}

/** The RFC 6238 time step of an instant. */
export const totpStep = (at: Date) => Math.floor(at.getTime() / 1000 / TOTP.periodSeconds);

/**
 * The step whose code `code` is, among `current` and `window` steps either side, and later than
 * `lastUsedStep` — null when none is (wrong, too old or too new, or already used: a code works once).
 * Shared by every one-time-code algorithm (TOTP here, the SM3 code of GM/T 0021 in sm3-otp.ts).
 */
export function matchStepInWindow(
  codeOf: (step: number) => string,
  code: string,
  current: number,
  lastUsedStep: number | null,
  window: number = TOTP.window,
): number | null {
  let matched: number | null = null;
  // Every candidate is compared (no early exit), so the time taken does not say which step matched.
  for (let step = current - window; step <= current + window; step++) {
    const expected = codeOf(step);
    const same = expected.length === code.length && timingSafeEqual(Buffer.from(expected), Buffer.from(code));
    if (same && (lastUsedStep === null || step > lastUsedStep) && matched === null) matched = step;
  }
  return matched;
}

/** The TOTP step whose code `code` is, within ±1 step of now and after `lastUsedStep` (see above). */
export function matchTotp(
  secret: Buffer,
  code: string,
  now: Date,
  lastUsedStep: number | null,
): number | null {
  if (!new RegExp(`^\\d{${TOTP.digits}}$`).test(code)) return null;
  return matchStepInWindow((step) => hotp(secret, step), code, totpStep(now), lastUsedStep);
}

/** A new secret: 20 random bytes (160 bits, RFC 4226's recommendation). */
export const newTotpSecret = () => randomBytes(20);

/** The enrolment URI an authenticator app reads from the QR code. */
export function otpauthUri(issuer: string, account: string, secret: Buffer): string {
  const label = `${encodeURIComponent(issuer)}:${encodeURIComponent(account)}`;
  const params = new URLSearchParams({
    secret: base32Encode(secret),
    issuer,
    algorithm: 'SHA1',
    digits: String(TOTP.digits),
    period: String(TOTP.periodSeconds),
  });
  return `otpauth://totp/${label}?${params.toString()}`;
}

// Recovery codes: read out or typed from paper, so no look-alike characters.
const RECOVERY_CHARACTERS = 'abcdefghjkmnpqrstuvwxyz23456789';

/** Ten recovery codes (xxxxx-xxxxx, about 49 bits each), shown once; only their hashes are kept. */
export function newRecoveryCodes(count = 10): string[] {
  const part = () =>
    Array.from({ length: 5 }, () => RECOVERY_CHARACTERS[randomInt(RECOVERY_CHARACTERS.length)]).join('');
  return Array.from({ length: count }, () => `${part()}-${part()}`);
}

/** The stored form of a recovery code; what is typed is normalised first (case, spaces, dashes). */
export function recoveryCodeHash(code: string): string {
  const normalised = code.toLowerCase().replace(/[\s-]/g, '');
  return createHash('sha256').update(`sanxiang recovery\0${normalised}`).digest('hex');
}
