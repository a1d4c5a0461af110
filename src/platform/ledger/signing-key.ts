// C8 / H4: the key that signs tree heads lives OUTSIDE the database — LEDGER_SIGNING_KEY, or the key file
// DATA_DIR/keys/ledger-signing.key (sealed under the master key, like the values in the database, so
// rotate-keys reseals it) — and the database holds only its public key. Verification trusts the key this
// process holds, never the one stored beside the heads: someone who can rewrite the database can store
// a key of their own, but cannot sign with ours.
// Upgrade: an install from before kept the key sealed in platform_settings; at its first start the
// sealed value is moved into the key file as it is (same purpose, same master key) and removed.
import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { SealError, Sealer } from '../crypto/sealing.ts';
import type { Resealing } from '../crypto/reseal.ts';
import { generateSm2KeyPair, sm2PublicKeyOf } from '../crypto/sm.ts';
import { platformSettings } from './schema.ts';

/** The purpose the private key is sealed for, in the file as it was in the database. */
export const LEDGER_KEY_PURPOSE = 'ledger.sm2.private_key';
const PUBLIC_KEY_SETTING = 'ledger.sm2.public_key';

export const ledgerKeyFile = (dataDir: string) => path.join(dataDir, 'keys', 'ledger-signing.key');

export async function resolveLedgerSigningKey(opts: {
  configured?: string;
  dataDir: string;
  sealer: Sealer;
  db: Db;
}): Promise<string> {
  const { db, sealer } = opts;
  const file = ledgerKeyFile(opts.dataDir);
  const [legacy] = await db
    .select({ value: platformSettings.value })
    .from(platformSettings)
    .where(eq(platformSettings.key, LEDGER_KEY_PURPOSE));
  let privateKey = opts.configured?.toLowerCase();
  if (!privateKey) {
    if (!fs.existsSync(file)) {
      const sealed = legacy
        ? sealedForFile(legacy.value, sealer)
        : sealer.seal(generateSm2KeyPair().privateKey, LEDGER_KEY_PURPOSE);
      writeKeyFile(file, sealed);
    }
    privateKey = openKeyFile(file, sealer);
  }
  const publicKey = sm2PublicKeyOf(privateKey);
  await db.transaction(async (tx) => {
    // The private key has left the database (the file holds it now, or the configured one is used).
    await tx.delete(platformSettings).where(eq(platformSettings.key, LEDGER_KEY_PURPOSE));
    const [stored] = await tx
      .select({ value: platformSettings.value })
      .from(platformSettings)
      .where(eq(platformSettings.key, PUBLIC_KEY_SETTING))
      .for('update');
    if (!stored) await tx.insert(platformSettings).values({ key: PUBLIC_KEY_SETTING, value: publicKey });
    else if (stored.value !== publicKey)
      throw new SealError(
        `账本签名密钥与本数据库已登记的公钥不一致：多台服务器共用一个数据库时，须设置相同的 LEDGER_SIGNING_KEY，或复制最初服务器的 ${file} (the ledger signing key differs from the one this database registered)`,
      );
  });
  return privateKey;
}

function openKeyFile(file: string, sealer: Sealer): string {
  try {
    return sealer.open(fs.readFileSync(file, 'utf8').trim(), LEDGER_KEY_PURPOSE);
  } catch (e) {
    if (!(e instanceof SealError)) throw e;
    throw new SealError(
      `无法启动：账本签名密钥文件 ${file} 不能用本机的主密钥解密（${e.message}）。请使用最初的 KEY_ENCRYPTION_KEY 或 DATA_DIR/keys/master.key (the ledger key file does not open under this master key)`,
    );
  }
}

/** A key an earlier release kept in the database, sealed (one stored in the clear is sealed now). */
function sealedForFile(value: string, sealer: Sealer): string {
  if (!Sealer.isSealed(value)) return sealer.seal(value, LEDGER_KEY_PURPOSE);
  try {
    sealer.open(value, LEDGER_KEY_PURPOSE);
  } catch (e) {
    if (!(e instanceof SealError)) throw e;
    throw new SealError(
      `无法启动：数据库中的账本签名密钥不能用本机的主密钥解密（${e.message}）。请设置最初的 KEY_ENCRYPTION_KEY (the stored signing key does not open under this master key)`,
    );
  }
  return value;
}

function writeKeyFile(file: string, content: string) {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  try {
    fs.writeFileSync(file, `${content}\n`, { flag: 'wx', mode: 0o600 });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e; // another process made it first
  }
}

/**
 * For rotate-keys: writes the key file resealed under the new master key beside it (`.new`) and returns
 * the step that switches it in, to run once the database has committed. Null without a key file.
 */
export function resealLedgerKeyFile(dataDir: string, resealing: Resealing): (() => void) | null {
  const file = ledgerKeyFile(dataDir);
  if (!fs.existsSync(file)) return null;
  const next = `${file}.new`;
  const resealed = resealing.reseal(fs.readFileSync(file, 'utf8').trim(), LEDGER_KEY_PURPOSE);
  fs.writeFileSync(next, `${resealed}\n`, { mode: 0o600 });
  return () => fs.renameSync(next, file);
}
