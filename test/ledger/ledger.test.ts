// C8 / H3: the hash-chained ledger on a real database. Appends form a chain; every kind of tampering
// done directly in SQL is found at the exact first bad entry; a failed transaction leaves neither its
// change nor its entry; and the CLI verifies a data directory. (Signed tree heads: tree-heads.test.ts.)
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import type { Database } from '../../src/platform/db/client.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { createServices } from '../../src/services.ts';
import type { Ledger } from '../../src/platform/ledger/ledger.ts';
import { systemClock } from '../../src/platform/clock.ts';
import { systemCtx, withTx } from '../../src/platform/context.ts';
import { entryHash, entryLeafHash, GENESIS_HASH, normaliseAt } from '../../src/platform/ledger/chain.ts';
import { verifyLedger } from '../../src/platform/ledger/verify.ts';
import { loginFrom } from '../api/support.ts';

const EVERY = 10;

interface EntryRow {
  seq: number;
  at: Date | string;
  actor_id: string | null;
  actor_name: string;
  ip: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  body_id: string | null;
  payload: string;
  prev_hash: string;
  hash: string;
}

const fieldsOf = (r: EntryRow) => ({
  seq: Number(r.seq),
  at: normaliseAt(r.at),
  actorId: r.actor_id,
  actorName: r.actor_name,
  ip: r.ip,
  action: r.action,
  entityType: r.entity_type,
  entityId: r.entity_id,
  bodyId: r.body_id,
  payload: r.payload,
});

describe('ledger (hash chain, checkpoints, tamper evidence)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ LEDGER_CHECKPOINT_EVERY: String(EVERY) });
  });
  afterAll(async () => t.close());

  const system = () => systemCtx(t.services.clock);
  const q = async <T>(text: string, params: unknown[] = []) =>
    (await t.services.database.pool.query(text, params)).rows as T[];
  const count = async () =>
    Number((await q<{ n: number }>('select count(*)::int as n from ledger_entries'))[0]!.n);
  const rows = () => q<EntryRow>('select * from ledger_entries order by seq');
  const verify = () => verifyLedger(t.services.database.db, t.services.ledger.verifyOptions);
  /** Appends n entries one after the other; returns the last sequence number. */
  async function record(n: number) {
    let seq = 0;
    for (let i = 0; i < n; i++) {
      seq = await t.services.ledger.record(
        { actor: { id: null, name: '测试' }, ip: '10.9.8.7', now: new Date() },
        { action: 'test.event', entityType: 'test', entityId: String(i), payload: { i, note: '记录' } },
      );
    }
    return seq;
  }
  /**
   * Runs a tampering experiment and puts the ledger back exactly as it was, so tests stay independent.
   * The copies live in ordinary tables because a pool may hand each query another connection.
   */
  async function tampering(fn: () => Promise<void>) {
    const ok = await verify();
    expect(ok.ok).toBe(true);
    const tag = randomBytes(4).toString('hex');
    await q(`create table bk_e_${tag} as select * from ledger_entries`);
    await q(`create table bk_h_${tag} as select * from ledger_heads`);
    await q(`create table bk_t_${tag} as select * from ledger_tree`);
    try {
      await fn();
    } finally {
      await q('delete from ledger_entries');
      await q(`insert into ledger_entries select * from bk_e_${tag}`);
      for (const [table, copy] of [
        ['ledger_heads', 'h'],
        ['ledger_tree', 't'],
      ]) {
        await q(`delete from ${table}`);
        await q(`insert into ${table} select * from bk_${copy}_${tag}`);
        await q(`drop table bk_${copy}_${tag}`);
      }
      await q(`drop table bk_e_${tag}`);
    }
    expect(await verify()).toEqual(ok);
  }

  describe('appending', () => {
    it('links every entry to the one before it, with consecutive sequence numbers', async () => {
      const before = await count();
      const seq = await record(3);
      expect(seq).toBe(before + 3);
      const all = await rows();
      expect(all.map((r) => Number(r.seq))).toEqual(Array.from({ length: before + 3 }, (_, i) => i + 1));
      let prev = GENESIS_HASH;
      for (const r of all) {
        expect(r.prev_hash, `seq ${r.seq}`).toBe(prev);
        // Each entry's hash is its Merkle leaf hash, SM3(0x00 || previous hash \n canonical fields).
        expect(r.hash, `seq ${r.seq}`).toBe(entryLeafHash(prev, fieldsOf(r)).toString('hex'));
        prev = r.hash;
      }
      const last = all.at(-1)!;
      expect({ actor: last.actor_name, ip: last.ip, action: last.action, payload: last.payload }).toEqual({
        actor: '测试',
        ip: '10.9.8.7',
        action: 'test.event',
        payload: '{"i":2,"note":"记录"}',
      });
    });

    it('verifies with the exact count of entries', async () => {
      await record(2);
      const n = await count();
      expect(await verify()).toMatchObject({ ok: true, count: n, checkpoints: 0, problems: [] });
    });

    it('keeps the chain whole under concurrent appends', async () => {
      const before = await count();
      const seqs = await Promise.all(
        Array.from({ length: 25 }, (_, i) =>
          t.services.ledger.record(system(), {
            action: 'test.concurrent',
            entityType: 'test',
            payload: { i },
          }),
        ),
      );
      expect([...seqs].sort((a, b) => a - b)).toEqual(Array.from({ length: 25 }, (_, i) => before + i + 1));
      expect(await verify()).toMatchObject({ ok: true, count: before + 25 });
    });

    it('is verified by the auditor over HTTP', async () => {
      const auditor = await loginFrom(t, 'auditor');
      const n = await count();
      const res = await auditor.get('/api/v1/ledger/verify');
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ ok: true, count: n, problems: [] });
    });
  });

  describe('atomicity', () => {
    it('a transaction that fails leaves neither its change nor its ledger entry', async () => {
      const before = await count();
      const year = 2090 + Math.floor(Math.random() * 10);
      await expect(
        withTx(system(), t.services.database.db, async (tctx) => {
          const { tx } = tctx;
          await tx.execute(
            sql`insert into calendar_covered_years (year, source) values (${year}, '回滚测试')`,
          );
          await t.services.ledger.append(tctx, {
            action: 'test.rolled_back',
            entityType: 'test',
          });
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect(await count()).toBe(before);
      expect(await q('select year from calendar_covered_years where year = $1', [year])).toEqual([]);
      expect(await q(`select seq from ledger_entries where action = 'test.rolled_back'`)).toEqual([]);
      // The next entry takes the next number: no gap.
      expect(
        await t.services.ledger.record(system(), { action: 'test.after_rollback', entityType: 'test' }),
      ).toBe(before + 1);
      expect((await verify()).ok).toBe(true);
    });

    it('a refused HTTP write leaves no ledger entry', async () => {
      const sysadmin = await loginFrom(t, 'sysadmin');
      const before = await count();
      const res = await sysadmin.post('/api/v1/calendar/covered-years', { year: 1999, source: '无效' });
      expect(res.statusCode).toBe(400);
      expect(await count()).toBe(before);
    });
  });

  describe('tampering in SQL is found at the first bad entry', () => {
    it('a changed payload', async () => {
      await record(5);
      const seq = (await count()) - 3;
      await tampering(async () => {
        await q(`update ledger_entries set payload = '{"i":999}' where seq = $1`, [seq]);
        expect(await verify()).toMatchObject({
          ok: false,
          firstBad: { seq, reason: '内容哈希不符（记录内容被篡改）' },
        });
      });
    });

    it('a changed actor name', async () => {
      await record(5);
      const seq = (await count()) - 2;
      await tampering(async () => {
        await q(`update ledger_entries set actor_name = '他人' where seq = $1`, [seq]);
        expect(await verify()).toMatchObject({
          ok: false,
          count: seq - 1,
          firstBad: { seq, reason: '内容哈希不符（记录内容被篡改）' },
        });
      });
    });

    it('a changed timestamp or address', async () => {
      await record(5);
      const seq = (await count()) - 4;
      await tampering(async () => {
        await q(`update ledger_entries set at = at + interval '1 millisecond' where seq = $1`, [seq]);
        expect((await verify()).firstBad).toEqual({ seq, reason: '内容哈希不符（记录内容被篡改）' });
      });
      await tampering(async () => {
        await q(`update ledger_entries set ip = '1.2.3.4' where seq = $1`, [seq]);
        expect((await verify()).firstBad).toEqual({ seq, reason: '内容哈希不符（记录内容被篡改）' });
      });
    });

    it('a deleted row in the middle', async () => {
      await record(5);
      const seq = (await count()) - 3;
      await tampering(async () => {
        await q('delete from ledger_entries where seq = $1', [seq]);
        expect(await verify()).toMatchObject({
          ok: false,
          count: seq - 1,
          firstBad: { seq, reason: `缺少第 ${seq} 条记录（已被删除或序号被改动）` },
        });
      });
    });

    it('two rows whose sequence numbers were swapped', async () => {
      await record(6);
      const a = (await count()) - 4;
      const b = a + 2;
      await tampering(async () => {
        await q('update ledger_entries set seq = -1 where seq = $1', [a]);
        await q('update ledger_entries set seq = $1 where seq = $2', [a, b]);
        await q('update ledger_entries set seq = $1 where seq = -1', [b]);
        expect(await verify()).toMatchObject({
          ok: false,
          firstBad: { seq: a, reason: '前序哈希不符（记录被插入、删除或顺序被改动）' },
        });
      });
    });

    it('a row whose hash was recomputed after its content changed', async () => {
      await record(5);
      const seq = (await count()) - 3;
      await tampering(async () => {
        const [row] = await q<EntryRow>('select * from ledger_entries where seq = $1', [seq]);
        const forged = { ...fieldsOf(row!), payload: '{"forged":true}' };
        await q('update ledger_entries set payload = $1, hash = $2 where seq = $3', [
          forged.payload,
          entryHash(row!.prev_hash, forged),
          seq,
        ]);
        // The entry itself is consistent; its successor no longer links to it.
        expect(await verify()).toMatchObject({
          ok: false,
          firstBad: { seq: seq + 1, reason: '前序哈希不符（记录被插入、删除或顺序被改动）' },
        });
      });
    });
  });
});

describe('sanxiang verify-ledger (CLI)', () => {
  const run = promisify(execFile);
  const repo = path.resolve(import.meta.dirname, '../..');
  let dataDir: string;

  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sx-cli-'));
  });
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  async function cli(command: string): Promise<{ code: number; stdout: string; stderr: string }> {
    const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent' };
    delete env.DATABASE_URL; // the CLI must use the embedded database in dataDir
    try {
      // node --import tsx rather than npx tsx: the same loader without npx's start-up (a second a call).
      const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'src/cli.ts', command], {
        cwd: repo,
        env,
        timeout: 120_000,
      });
      return { code: 0, stdout, stderr };
    } catch (e) {
      const err = e as { code?: number; stdout?: string; stderr?: string };
      return {
        code: typeof err.code === 'number' ? err.code : -1,
        stdout: err.stdout ?? '',
        stderr: err.stderr ?? '',
      };
    }
  }

  /**
   * Opens the data directory in this process (the CLI must not be running), as the CLI does — its
   * ledger signing with the key file there — runs fn, and closes it (which signs a head, as a stop does).
   */
  async function withDatabase(fn: (db: Database, ledger: Ledger) => Promise<void>) {
    const services = await createServices(loadConfig({ LOG_LEVEL: 'silent', DATA_DIR: dataDir }));
    try {
      await fn(services.database, services.ledger);
    } finally {
      await services.close();
    }
  }

  it('creates demo data, verifies (exit 0 with the count), and names the tampered entry (exit 1)', async () => {
    const demo = await cli('demo');
    expect(demo, demo.stderr).toMatchObject({ code: 0 });
    expect(demo.stdout).toContain('已创建演示数据');

    // Four more entries at the end of the chain; the tampered one (seq 3) lies inside the demo's.
    let count = 0;
    await withDatabase(async (database, ledger) => {
      // The demo writes the organisation, the catalogue, then every step of its cases.
      const demoEntries = await verifyLedger(database.db, ledger.verifyOptions);
      // One signed head, over the demo, written when the CLI stopped.
      expect(demoEntries).toMatchObject({ ok: true, heads: 1, checkpoints: 0 });
      expect(demoEntries.count).toBeGreaterThan(50);
      for (let i = 0; i < 4; i++)
        await ledger.record(systemCtx(systemClock), {
          action: 'test.cli',
          entityType: 'test',
          payload: { i },
        });
      count = demoEntries.count + 4;
      expect(await verifyLedger(database.db, ledger.verifyOptions)).toMatchObject({ ok: true, count });
    });

    const intact = await cli('verify-ledger');
    expect(intact, intact.stderr).toMatchObject({ code: 0 });
    expect(intact.stdout).toMatch(
      new RegExp(
        `^账本完好：共 ${count} 条记录，2 个签名树头，0 个旧版检查点，根哈希 [0-9a-f]{64} \\(ledger intact: ${count} entries\\)`,
      ),
    );

    await withDatabase(async (database) => {
      await database.pool.query(`update ledger_entries set payload = '{"i":42}' where seq = 3`);
    });
    const tampered = await cli('verify-ledger');
    expect(tampered.code).toBe(1);
    expect(tampered.stderr).toContain(
      '账本校验失败：第 3 条记录 — 内容哈希不符（记录内容被篡改） (bad entry: seq 3)',
    );
    expect(tampered.stdout).not.toContain('账本完好');
  }, 240_000);

  it('refuses to open a data directory another process holds', async () => {
    if (!fs.existsSync(path.join(dataDir, 'db'))) expect((await cli('migrate')).code).toBe(0);
    await withDatabase(async () => {
      const res = await cli('verify-ledger');
      expect(res.code).toBe(1);
      expect(res.stderr).toContain(`data directory is locked by pid ${process.pid}`);
    });
  }, 240_000);
});
