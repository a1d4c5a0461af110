// H4: without LEDGER_SIGNING_KEY the checkpoint key is generated once and kept in the database sealed
// (SM4 + HMAC-SM3 under the master key); a key an earlier release stored in the clear keeps signing and
// is sealed by its first use.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { generateSm2KeyPair, sm2PublicKeyOf } from '../../src/platform/crypto/sm.ts';
import { verifyLedger } from '../../src/platform/ledger/verify.ts';

const EVERY = 10;

describe('the generated ledger signing key', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ LEDGER_CHECKPOINT_EVERY: String(EVERY) });
  });
  afterAll(async () => t.close());

  const q = async <T,>(text: string) => (await t.services.database.pool.query(text)).rows as T[];
  const stored = async () => (await q<{ value: string }>("select value from platform_settings where key = 'ledger.sm2.private_key'"))[0]?.value;
  async function fillToCheckpoint() {
    const [{ n }] = (await q<{ n: number }>('select count(*)::int as n from ledger_entries')) as [{ n: number }];
    const goal = (Math.floor(n / EVERY) + 1) * EVERY;
    for (let i = n; i < goal; i++) await t.services.ledger.record({ id: null, name: '测试', ip: null }, { action: 'test.event', entityType: 'test', payload: { i } });
  }
  const lastCheckpointKey = async () => (await q<{ public_key: string }>('select public_key from ledger_checkpoints order by upto_seq desc limit 1'))[0]!.public_key;

  it('is stored sealed and signs checkpoints that verify', async () => {
    await fillToCheckpoint();
    const value = await stored();
    expect(value).toMatch(/^sm4v1\./);
    expect(await verifyLedger(t.services.database.db)).toMatchObject({ ok: true });
    const publicKeys = await q<{ public_key: string }>('select distinct public_key from ledger_checkpoints');
    expect(publicKeys.length).toBe(1);
  });

  it('seals a key stored in the clear the first time it signs', async () => {
    const legacy = generateSm2KeyPair();
    await q(`update platform_settings set value = '${legacy.privateKey}' where key = 'ledger.sm2.private_key'`);
    await fillToCheckpoint();
    expect(await lastCheckpointKey()).toBe(sm2PublicKeyOf(legacy.privateKey));
    const value = await stored();
    expect(value).toMatch(/^sm4v1\./);
    expect(value).not.toContain(legacy.privateKey);
    // The sealed legacy key goes on signing with the same key.
    await fillToCheckpoint();
    expect(await lastCheckpointKey()).toBe(sm2PublicKeyOf(legacy.privateKey));
  });
});
