// H4 `sanxiang rotate-keys`: every value sealed under the master key — the personal data, its blind
// indexes, the steps' personal text, the issued documents' content and files, and the sealed signing and
// TOTP keys — is opened under the current key and sealed under a new
// one, in ONE transaction; only after it has committed does the install switch to the new key.
//
// Where the new key comes from follows where the current one does:
// - KEY_ENCRYPTION_KEY set: the new key is NEW_KEY_ENCRYPTION_KEY (64 hex). After the rotation, every
//   server must be started with KEY_ENCRYPTION_KEY set to that value (the command says so).
// - the key file DATA_DIR/keys/master.key: a new key is made in master.key.new (kept if it exists, so a
//   rerun uses the same one) and renamed over master.key once the transaction has committed.
// Stop every server first: a server still holding the old key cannot open what was resealed.
// A rerun after a crash is safe: before the commit nothing changed; after it, the values open under
// the new key too (see Resealing.clear) and are simply sealed again, and the key file is then switched.
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from './platform/config.ts';
import { openDatabase } from './platform/db/client.ts';
import { runMigrations } from './platform/db/migrate.ts';
import { Resealing } from './platform/crypto/reseal.ts';
import {
  masterKey,
  masterKeyFile,
  nextMasterKeyFile,
  readOrCreateKeyFile,
  SealError,
  Sealer,
} from './platform/crypto/sealing.ts';
import { createObjectStore } from './platform/storage/index.ts';
import { removeReplacedObjects, resealAll, type ResealCounts } from './sealed-data.ts';
import { resealLedgerKeyFile } from './platform/ledger/signing-key.ts';

export interface RotationResult {
  counts: ResealCounts;
  /** Where the new key now is: the key file (switched), or the value to set as KEY_ENCRYPTION_KEY. */
  newKey: { file: string } | { env: 'KEY_ENCRYPTION_KEY' };
}

/** The new master key as the install supplies it (see the header). */
function newMasterKey(config: Config, env: NodeJS.ProcessEnv): Buffer {
  if (!config.keyEncryptionKey) return readOrCreateKeyFile(nextMasterKeyFile(config.dataDir));
  const hex = env.NEW_KEY_ENCRYPTION_KEY?.trim() ?? '';
  if (!/^[0-9a-f]{64}$/i.test(hex))
    throw new SealError(
      '已设置 KEY_ENCRYPTION_KEY：请在 NEW_KEY_ENCRYPTION_KEY 中提供新的主密钥（64 位十六进制，例如 openssl rand -hex 32 的输出）(set NEW_KEY_ENCRYPTION_KEY)',
    );
  return Buffer.from(hex, 'hex');
}

export async function rotateKeys(
  config: Config,
  env: NodeJS.ProcessEnv = process.env,
  /** Runs after the commit, before the key file is switched (tests stop there to play a crash). */
  beforeSwitch: () => void = () => undefined,
): Promise<RotationResult> {
  const current = masterKey(config.keyEncryptionKey, config.dataDir);
  const next = newMasterKey(config, env);
  if (next.equals(current))
    throw new SealError('新主密钥与当前主密钥相同 (the new master key equals the current one)');
  const database = await openDatabase(config.database);
  const store = createObjectStore(config.storage);
  const resealing = new Resealing(new Sealer(next), [new Sealer(current)]);
  // The ledger's signing key file (C8) is resealed beside itself first and switched after the commit.
  const switchLedgerKey = resealLedgerKeyFile(config.dataDir, resealing);
  let counts: ResealCounts;
  try {
    await runMigrations(database);
    counts = await database.db.transaction((tx) => resealAll(tx, store, resealing, true));
    beforeSwitch();
    // The documents' files under the old key (listed by the transaction) go once it has committed.
    counts['replaced files removed'] = await removeReplacedObjects(database, store);
  } finally {
    await database.close();
  }
  if (switchLedgerKey) {
    switchLedgerKey();
    counts['ledger signing key file'] = 1;
  }
  if (config.keyEncryptionKey) return { counts, newKey: { env: 'KEY_ENCRYPTION_KEY' } };
  const file = masterKeyFile(config.dataDir);
  fs.renameSync(nextMasterKeyFile(config.dataDir), file);
  const dir = fs.openSync(path.dirname(file), 'r');
  try {
    fs.fsyncSync(dir); // the rename itself survives a power cut
  } finally {
    fs.closeSync(dir);
  }
  return { counts, newKey: { file } };
}
