// C8 / H4: without LEDGER_SIGNING_KEY the head-signing key is made once in DATA_DIR/keys/ledger-signing.key,
// sealed under the master key; the database holds only its public key. An install from before, whose key
// was sealed in the database, has it moved into the file at its first start (same key: its old
// checkpoints keep verifying). Another key on the same database, or another master key, stops the start.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/platform/config.ts';
import { generateSm2KeyPair, sm2PublicKeyOf } from '../../src/platform/crypto/sm.ts';
import { SealError, Sealer } from '../../src/platform/crypto/sealing.ts';
import { verifyLedger } from '../../src/platform/ledger/verify.ts';
import { signCheckpoint } from '../../src/platform/ledger/chain.ts';
import { ledgerKeyFile } from '../../src/platform/ledger/signing-key.ts';
import { createServices } from '../../src/services.ts';

const MASTER = '3d'.repeat(32);
const configIn = (dataDir: string, env: Record<string, string> = {}) =>
  loadConfig({
    LOG_LEVEL: 'silent',
    DATA_DIR: dataDir,
    KEY_ENCRYPTION_KEY: MASTER,
    LEDGER_CHECKPOINT_EVERY: '10',
    ...env,
  });
const write = { actor: { id: null, name: '测试' }, ip: null, now: new Date() };

describe('the ledger signing key outside the database', () => {
  it('is made sealed in the key file; the database holds only the public key; a second key is refused', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sx-ledger-key-'));
    try {
      const s = await createServices(configIn(dataDir));
      const file = ledgerKeyFile(dataDir);
      const sealed = fs.readFileSync(file, 'utf8').trim();
      expect(sealed).toMatch(/^sm4v1\./);
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
      const privateKey = new Sealer(Buffer.from(MASTER, 'hex')).open(sealed, 'ledger.sm2.private_key');
      expect(s.ledger.trustedPublicKey).toBe(sm2PublicKeyOf(privateKey));
      const settings = (
        await s.database.pool.query<{ key: string; value: string }>(
          "select key, value from platform_settings where key like 'ledger.%' order by key",
        )
      ).rows;
      expect(settings).toEqual([{ key: 'ledger.sm2.public_key', value: sm2PublicKeyOf(privateKey) }]);
      await s.ledger.record(write, { action: 'test.event', entityType: 'test' });
      await s.close();

      // The same data directory starts again with the same key; another key on this database does not.
      const again = await createServices(configIn(dataDir));
      expect(again.ledger.trustedPublicKey).toBe(sm2PublicKeyOf(privateKey));
      expect(await verifyLedger(again.database.db, again.ledger.verifyOptions)).toMatchObject({
        ok: true,
        count: 1,
        heads: 1,
      });
      await again.close();
      const other = await createServices(
        configIn(dataDir, { LEDGER_SIGNING_KEY: generateSm2KeyPair().privateKey }),
      ).catch((e: unknown) => e);
      expect(other).toBeInstanceOf(SealError);
      expect((other as Error).message).toMatch(/账本签名密钥与本数据库已登记的公钥不一致/);
      // Another master key cannot open the key file: the start stops, naming the key.
      const wrong = await createServices(configIn(dataDir, { KEY_ENCRYPTION_KEY: 'ab'.repeat(32) })).catch(
        (e: unknown) => e,
      );
      expect(wrong).toBeInstanceOf(SealError);
      expect((wrong as Error).message).toMatch(/^无法启动：账本签名密钥文件.*KEY_ENCRYPTION_KEY/);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);

  it('an upgraded install: the key sealed in the database moves into the file, old checkpoints still verify', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sx-ledger-up-'));
    try {
      const s = await createServices(configIn(dataDir));
      await s.ledger.record(write, { action: 'test.event', entityType: 'test' });
      // As a release before the tree left it: the key sealed in platform_settings, a checkpoint signed
      // with it, no key file and no public key registered.
      const legacy = generateSm2KeyPair();
      const sealer = new Sealer(Buffer.from(MASTER, 'hex'));
      const q = (text: string, params: unknown[] = []) => s.database.pool.query(text, params);
      await q("delete from platform_settings where key like 'ledger.%'");
      await q('delete from ledger_heads');
      await q("insert into platform_settings (key, value) values ('ledger.sm2.private_key', $1)", [
        sealer.seal(legacy.privateKey, 'ledger.sm2.private_key'),
      ]);
      const [last] = (await q('select seq, hash from ledger_entries order by seq desc limit 1')).rows as {
        seq: number;
        hash: string;
      }[];
      await q(
        'insert into ledger_checkpoints (upto_seq, hash, signature, public_key, at) values ($1, $2, $3, $4, now())',
        [
          last!.seq,
          last!.hash,
          signCheckpoint(Number(last!.seq), last!.hash, legacy.privateKey),
          legacy.publicKey,
        ],
      );
      await s.database.close();
      fs.rmSync(ledgerKeyFile(dataDir));
      fs.rmSync(path.join(dataDir, 'ledger'), { recursive: true, force: true });

      const upgraded = await createServices(configIn(dataDir));
      expect(upgraded.ledger.trustedPublicKey).toBe(legacy.publicKey);
      expect(
        sealer.open(fs.readFileSync(ledgerKeyFile(dataDir), 'utf8').trim(), 'ledger.sm2.private_key'),
      ).toBe(legacy.privateKey);
      expect(
        (
          await upgraded.database.pool.query(
            "select key from platform_settings where key like 'ledger.%' order by key",
          )
        ).rows,
      ).toEqual([{ key: 'ledger.sm2.public_key' }]);
      expect(await verifyLedger(upgraded.database.db, upgraded.ledger.verifyOptions)).toMatchObject({
        ok: true,
        count: 1,
        checkpoints: 1,
      });
      await upgraded.close();
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
