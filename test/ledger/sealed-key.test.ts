// H4: without LEDGER_SIGNING_KEY the checkpoint key is generated once and kept in the database sealed
// (SM4 + HMAC-SM3 under the master key). At start a key an earlier release stored in the clear is sealed,
// and a key sealed under another master key stops the start with a message naming KEY_ENCRYPTION_KEY —
// instead of failing every write at the next checkpoint. A clear key planted later is refused.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { generateSm2KeyPair, sm2PublicKeyOf } from '../../src/platform/crypto/sm.ts';
import { SealError } from '../../src/platform/crypto/sealing.ts';
import { verifyLedger } from '../../src/platform/ledger/verify.ts';
import { createServices } from '../../src/services.ts';

const EVERY = 10;

describe('the generated ledger signing key', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ LEDGER_CHECKPOINT_EVERY: String(EVERY) });
  });
  afterAll(async () => t.close());

  const q = async <T>(text: string) => (await t.services.database.pool.query(text)).rows as T[];
  const stored = async () =>
    (
      await q<{ value: string }>("select value from platform_settings where key = 'ledger.sm2.private_key'")
    )[0]?.value;
  const count = async () => (await q<{ n: number }>('select count(*)::int as n from ledger_entries'))[0]!.n;
  async function fillToCheckpoint() {
    const n = await count();
    const goal = (Math.floor(n / EVERY) + 1) * EVERY;
    for (let i = n; i < goal; i++)
      await t.services.ledger.record(
        { actor: { id: null, name: '测试' }, ip: null, now: new Date() },
        { action: 'test.event', entityType: 'test', payload: { i } },
      );
  }
  const lastCheckpointKey = async () =>
    (
      await q<{ public_key: string }>(
        'select public_key from ledger_checkpoints order by upto_seq desc limit 1',
      )
    )[0]!.public_key;

  it('is stored sealed and signs checkpoints that verify', async () => {
    await fillToCheckpoint();
    expect(await stored()).toMatch(/^sm4v1\./);
    expect(await verifyLedger(t.services.database.db)).toMatchObject({ ok: true });
    expect((await q('select distinct public_key from ledger_checkpoints')).length).toBe(1);
  });

  it('refuses a key found in the clear after start, and seals one left by an earlier release at start', async () => {
    const legacy = generateSm2KeyPair();
    await q(
      `update platform_settings set value = '${legacy.privateKey}' where key = 'ledger.sm2.private_key'`,
    );
    const before = await count();
    // The entry that would make the checkpoint is refused with everything in its transaction.
    await expect(fillToCheckpoint()).rejects.toThrow(/未加密存储/);
    expect(await count()).toBe(Math.floor(before / EVERY) * EVERY + EVERY - 1);
    expect(await stored()).toBe(legacy.privateKey);

    await t.services.ledger.prepareSigningKey();
    expect(await stored()).toMatch(/^sm4v1\./);
    await fillToCheckpoint();
    expect(await lastCheckpointKey()).toBe(sm2PublicKeyOf(legacy.privateKey));
    await t.services.ledger.prepareSigningKey(); // sealed already: opens, changes nothing
    await fillToCheckpoint();
    expect(await lastCheckpointKey()).toBe(sm2PublicKeyOf(legacy.privateKey));
  });
});

describe('starting with another master key', () => {
  it('refuses to start, naming KEY_ENCRYPTION_KEY, and starts again with the right key', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sx-seal-start-'));
    try {
      const config = loadConfig({
        LOG_LEVEL: 'silent',
        DATA_DIR: dataDir,
        LEDGER_CHECKPOINT_EVERY: String(EVERY),
      });
      const first = await createServices(config);
      await first.ledger.record(
        { actor: { id: null, name: '测试' }, ip: null, now: new Date() },
        { action: 'test.event', entityType: 'test' },
      );
      expect(await first.ledger.checkpointNow()).not.toBeNull();
      await first.close();
      const original = fs.readFileSync(path.join(dataDir, 'keys', 'master.key'), 'utf8').trim();

      const wrong = loadConfig({
        LOG_LEVEL: 'silent',
        DATA_DIR: dataDir,
        KEY_ENCRYPTION_KEY: 'ab'.repeat(32),
      });
      const refused = await createServices(wrong).then(
        () => null,
        (e: unknown) => e,
      );
      expect(refused).toBeInstanceOf(SealError);
      expect((refused as Error).message).toMatch(/^无法启动：.*KEY_ENCRYPTION_KEY/);

      // The database was closed on the way out: the right key opens it again.
      const again = await createServices(
        loadConfig({ LOG_LEVEL: 'silent', DATA_DIR: dataDir, KEY_ENCRYPTION_KEY: original }),
      );
      expect(await again.ledger.checkpointNow()).not.toBeNull();
      await again.close();
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
