// C8 third-party verification: runs the recipe of docs/VERIFY.md, exactly as written there, with the
// real openssl CLI against a live server's published head — it must verify, print the key's fingerprint,
// and fail on a changed signed text and on a head signed with another key.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { generateSm2KeyPair } from '../../src/platform/crypto/sm.ts';
import { signHead } from '../../src/platform/ledger/heads.ts';

const doc = fs.readFileSync(path.resolve(import.meta.dirname, '../../docs/VERIFY.md'), 'utf8');
const recipe = /<!-- recipe:heads -->\s*```sh\n([\s\S]*?)```\s*<!-- \/recipe -->/.exec(doc)![1]!;

describe('docs/VERIFY.md with OpenSSL 3', () => {
  let t: TestApp;
  let dir: string;
  beforeAll(async () => {
    t = await createTestApp();
    for (let i = 0; i < 3; i++)
      await t.services.ledger.record(
        { actor: { id: null, name: '测试' }, ip: null, now: new Date() },
        { action: 'test.event', entityType: 'test', payload: { i } },
      );
    await t.services.ledger.signHeadNow();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sx-verify-'));
  });
  afterAll(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    await t.close();
  });

  const verifyStep = (message: string, sig: string) =>
    spawnSync(
      'openssl',
      [
        'pkeyutl',
        '-verify',
        '-digest',
        'sm3',
        '-pkeyopt',
        'distid:1234567812345678',
        '-pubin',
        '-inkey',
        'public-key.pem',
        '-rawin',
        '-in',
        message,
        '-sigfile',
        sig,
      ],
      { cwd: dir, encoding: 'utf8' },
    );

  it('the recipe verifies the latest published head and prints the fingerprint and the signed text', async () => {
    expect(execFileSync('openssl', ['version'], { encoding: 'utf8' })).toMatch(/^OpenSSL 3\./);
    // The three files as the portal serves them (what the recipe's curl lines download).
    for (const [url, file] of [
      ['/ledger/public-key.pem', 'public-key.pem'],
      ['/ledger/heads/latest/message.txt', 'head.txt'],
      ['/ledger/heads/latest/signature.der', 'head.sig'],
    ] as const) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      fs.writeFileSync(path.join(dir, file), res.rawPayload);
    }
    const run = spawnSync('bash', ['-c', recipe], { cwd: dir, encoding: 'utf8' });
    expect(run.stderr + run.stdout).toContain('Signature Verified Successfully');
    expect(run.status).toBe(0);
    const published = (await t.app.inject({ method: 'GET', url: '/ledger/heads.json' })).json() as {
      public_key_sha256: string;
      latest: { tree_size: number; root_sm3: string; signed_message: string };
    };
    const der = Buffer.from(
      fs.readFileSync(path.join(dir, 'public-key.pem'), 'utf8').replace(/-----[^-]+-----|\s/g, ''),
      'base64',
    );
    expect(published.public_key_sha256).toBe(createHash('sha256').update(der).digest('hex'));
    expect(run.stdout).toContain(`${published.public_key_sha256}  -`);
    const count = Number(
      (await t.services.database.pool.query('select count(*)::int as n from ledger_entries')).rows[0].n,
    );
    expect(published.latest.tree_size).toBe(count);
    expect(run.stdout).toContain(published.latest.signed_message);
    expect(fs.readFileSync(path.join(dir, 'head.txt'), 'utf8')).toBe(published.latest.signed_message);
  });

  it('fails on a changed tree size, a changed root, and a head signed with another key', () => {
    const text = fs.readFileSync(path.join(dir, 'head.txt'), 'utf8');
    const size = Number(/tree_size=(\d+)/.exec(text)![1]);
    fs.writeFileSync(
      path.join(dir, 'smaller.txt'),
      text.replace(`tree_size=${size}`, `tree_size=${size - 1}`),
    );
    const smaller = verifyStep('smaller.txt', 'head.sig');
    expect(smaller.stdout + smaller.stderr).toContain('Signature Verification Failure');
    expect(smaller.status).toBe(1);
    fs.writeFileSync(path.join(dir, 'root.txt'), text.replace(/root_sm3=./, 'root_sm3=x'));
    expect(verifyStep('root.txt', 'head.sig').status).toBe(1);

    const root = /root_sm3=([0-9a-f]+)/.exec(text)![1]!;
    const at = /timestamp=(\S+)/.exec(text)![1]!;
    const foreign = signHead({ treeSize: size, root, at }, generateSm2KeyPair().privateKey);
    fs.writeFileSync(path.join(dir, 'foreign.sig'), Buffer.from(foreign, 'hex'));
    expect(verifyStep('head.txt', 'foreign.sig').status).toBe(1);
    expect(verifyStep('head.txt', 'head.sig').status).toBe(0);
  });

  it('the page and the JSON hold no personal data: sizes, roots, times, signatures and the key only', async () => {
    const page = await t.anonymous().get('/ledger/heads');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('执法记录账本签名树头');
    expect(page.body).toContain('-----BEGIN PUBLIC KEY-----');
    const json = (await t.anonymous().get('/ledger/heads.json')).json() as {
      latest: object;
      history: object[];
    };
    expect(Object.keys(json.latest).sort()).toEqual(
      [
        'public_key_hex',
        'root_sm3',
        'signature_der_base64',
        'signature_der_hex',
        'signed_message',
        'timestamp',
        'tree_size',
      ].sort(),
    );
    expect(json.history.length).toBeGreaterThan(0);
    expect((await t.anonymous().get('/ledger/heads/999999999/message.txt')).statusCode).toBe(404);
  });
});
