// H4 secrets at rest: values such as officers' SM2 private keys are stored sealed with SM4-CBC and
// authenticated with HMAC-SM3 (encrypt-then-MAC), so a database dump alone cannot forge signatures.
// The master key comes from KEY_ENCRYPTION_KEY, or — for the embedded quick start — from a key file
// made once in the data directory with owner-only permissions.
import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  hkdfSync,
  randomBytes,
  timingSafeEqual,
} from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const PREFIX = 'sm4v1';

export class SealError extends Error {}

export class Sealer {
  private readonly encKey: Buffer;
  private readonly macKey: Buffer;

  constructor(masterKey: Buffer) {
    if (masterKey.length !== 32) throw new SealError('主密钥须为 32 字节');
    // Separate keys for encryption and authentication, derived so one master key serves both.
    this.encKey = Buffer.from(hkdfSync('sm3', masterKey, Buffer.alloc(0), 'sanxiang seal enc', 16));
    this.macKey = Buffer.from(hkdfSync('sm3', masterKey, Buffer.alloc(0), 'sanxiang seal mac', 32));
  }

  /** `purpose` is bound into the MAC so a sealed value cannot be moved to another field unnoticed. */
  seal(plaintext: string, purpose: string): string {
    const iv = randomBytes(16);
    const cipher = createCipheriv('sm4-cbc', this.encKey, iv);
    const ct = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [
      PREFIX,
      iv.toString('base64url'),
      ct.toString('base64url'),
      this.mac(purpose, iv, ct).toString('base64url'),
    ].join('.');
  }

  open(sealed: string, purpose: string): string {
    const parts = sealed.split('.');
    if (parts.length !== 4 || parts[0] !== PREFIX) throw new SealError('不是加密存储的值');
    const [iv, ct, tag] = parts.slice(1).map((p) => Buffer.from(p, 'base64url')) as [Buffer, Buffer, Buffer];
    const expected = this.mac(purpose, iv, ct);
    if (tag.length !== expected.length || !timingSafeEqual(tag, expected)) {
      throw new SealError('加密值校验失败：主密钥（KEY_ENCRYPTION_KEY）与加密时不一致，或数据已被改动');
    }
    const decipher = createDecipheriv('sm4-cbc', this.encKey, iv);
    return Buffer.concat([decipher.update(ct), decipher.final()]).toString('utf8');
  }

  static isSealed(value: string): boolean {
    return value.startsWith(`${PREFIX}.`);
  }

  private mac(purpose: string, iv: Buffer, ct: Buffer): Buffer {
    return createHmac('sm3', this.macKey).update(`${purpose}\0`).update(iv).update(ct).digest();
  }
}

/** The configured master key, or the data directory's key file (created on first use, mode 0600). */
export function masterKey(configured: string | undefined, dataDir: string): Buffer {
  if (configured) return Buffer.from(configured, 'hex');
  const file = path.join(dataDir, 'keys', 'master.key');
  try {
    return decodeKeyFile(file, fs.readFileSync(file, 'utf8'));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  try {
    // 'wx' so two processes starting together cannot both create (and one overwrite) the key.
    fs.writeFileSync(file, `${randomBytes(32).toString('hex')}\n`, { flag: 'wx', mode: 0o600 });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
  return decodeKeyFile(file, fs.readFileSync(file, 'utf8'));
}

function decodeKeyFile(file: string, text: string): Buffer {
  const hex = text.trim();
  if (!/^[0-9a-f]{64}$/i.test(hex)) throw new SealError(`主密钥文件 ${file} 格式错误（应为 64 位十六进制）`);
  return Buffer.from(hex, 'hex');
}
