// H4 secrets at rest: values such as officers' SM2 private keys and people's ID numbers, phones and
// addresses are stored sealed with SM4-CBC and authenticated with HMAC-SM3 (encrypt-then-MAC), so a
// database dump alone neither reads them nor forges signatures. An ID number is found again through its
// blind index: a keyed HMAC-SM3 of the normalised value, equal for equal numbers and meaningless without
// the key. The three keys (encryption, authentication, index) are derived from the one master key with
// HKDF-SM3 under distinct labels, so the master key itself is never used for two purposes.
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
/** How every sealed file starts (`sealBytes`): a magic that no DOCX ('PK') or PDF ('%PDF') starts with. */
const FILE_MAGIC = Buffer.from('SM4F1\n', 'latin1');
const TAG_BYTES = 32;
/** How every sealed value starts, for SQL that tells sealed values from plaintext (`like 'sm4v1.%'`). */
export const SEALED_PREFIX = `${PREFIX}.`;

export class SealError extends Error {}

export class Sealer {
  private readonly encKey: Buffer;
  private readonly macKey: Buffer;
  private readonly indexKey: Buffer;

  constructor(masterKey: Buffer) {
    if (masterKey.length !== 32) throw new SealError('主密钥须为 32 字节');
    // Separate keys for encryption and authentication, derived so one master key serves both.
    this.encKey = Buffer.from(hkdfSync('sm3', masterKey, Buffer.alloc(0), 'sanxiang seal enc', 16));
    this.macKey = Buffer.from(hkdfSync('sm3', masterKey, Buffer.alloc(0), 'sanxiang seal mac', 32));
    this.indexKey = Buffer.from(hkdfSync('sm3', masterKey, Buffer.alloc(0), 'sanxiang blind index', 32));
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

  /**
   * `seal` for a file's bytes (a rendered document): magic ‖ IV ‖ SM4-CBC ciphertext ‖ HMAC-SM3 tag, the
   * purpose bound into the tag. Files are sealed whole in memory: a document is at most a few megabytes,
   * and `openBytes` must check the tag before it lets a single byte out.
   */
  sealBytes(clear: Buffer, purpose: string): Buffer {
    const iv = randomBytes(16);
    const cipher = createCipheriv('sm4-cbc', this.encKey, iv);
    const ct = Buffer.concat([cipher.update(clear), cipher.final()]);
    return Buffer.concat([FILE_MAGIC, iv, ct, this.mac(purpose, iv, ct)]);
  }

  openBytes(sealed: Buffer, purpose: string): Buffer {
    if (!Sealer.isSealedBytes(sealed) || sealed.length < FILE_MAGIC.length + 16 + 16 + TAG_BYTES)
      throw new SealError('不是加密存储的文件');
    const iv = sealed.subarray(FILE_MAGIC.length, FILE_MAGIC.length + 16);
    const ct = sealed.subarray(FILE_MAGIC.length + 16, sealed.length - TAG_BYTES);
    const tag = sealed.subarray(sealed.length - TAG_BYTES);
    if (!timingSafeEqual(tag, this.mac(purpose, iv, ct)))
      throw new SealError('加密文件校验失败：主密钥（KEY_ENCRYPTION_KEY）与加密时不一致，或文件已被改动');
    const decipher = createDecipheriv('sm4-cbc', this.encKey, iv);
    return Buffer.concat([decipher.update(ct), decipher.final()]);
  }

  static isSealedBytes(data: Buffer): boolean {
    return data.subarray(0, FILE_MAGIC.length).equals(FILE_MAGIC);
  }

  /**
   * The blind index of a value (hex HMAC-SM3): deterministic, so equal values can be found and kept
   * unique by an ordinary index, and keyed, so the index of a guessed ID number cannot be computed from
   * a dump. `purpose` separates the indexes of different kinds of value.
   */
  blindIndex(value: string, purpose: string): string {
    return createHmac('sm3', this.indexKey).update(`${purpose}\0`).update(value, 'utf8').digest('hex');
  }

  /** `seal` for an optional column: null and the empty string are stored as they are. */
  sealOptional<T extends string | null>(value: T, purpose: string): T {
    return (value ? this.seal(value, purpose) : value) as T;
  }

  /** `open` for an optional column; a non-empty value must be sealed (plaintext there is refused). */
  openOptional<T extends string | null>(value: T, purpose: string): T {
    return (value ? this.open(value, purpose) : value) as T;
  }

  static isSealed(value: string): boolean {
    return value.startsWith(SEALED_PREFIX);
  }

  private mac(purpose: string, iv: Buffer, ct: Buffer): Buffer {
    return createHmac('sm3', this.macKey).update(`${purpose}\0`).update(iv).update(ct).digest();
  }
}

/** The configured master key, or the data directory's key file (created on first use, mode 0600). */
export function masterKey(configured: string | undefined, dataDir: string): Buffer {
  if (configured) return Buffer.from(configured, 'hex');
  return readOrCreateKeyFile(masterKeyFile(dataDir));
}

export const masterKeyFile = (dataDir: string) => path.join(dataDir, 'keys', 'master.key');

/**
 * The next master key of a key-file install, for `rotate-keys`: kept in `master.key.new` beside the
 * current one until the rotation has committed, so a rotation interrupted before that finds the same new
 * key when it runs again.
 */
export const nextMasterKeyFile = (dataDir: string) => `${masterKeyFile(dataDir)}.new`;

/** The key in `file`, made (32 random bytes, hex, mode 0600) if the file does not exist yet. */
export function readOrCreateKeyFile(file: string): Buffer {
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
