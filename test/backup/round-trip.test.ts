// H6 over the whole system, on the suite's database (PGlite; PostgreSQL with TEST_DATABASE_URL): a
// seeded system with a new evidence file is backed up (PGlite: server stopped, refused while open;
// PostgreSQL: while it runs), restored into a fresh data directory and database, and the restored system
// starts on the restored master key file, verifies its ledger to the backed-up head and serves every
// evidence file and document byte for byte. A backup with one changed, missing or added file, or a
// manifest that no longer matches its recorded SM3, is refused naming it; so is a non-empty target —
// and nothing is written.
import { SIMPLE_SHEET } from '../api/cases/case-helpers.ts';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.ts';
import {
  backup,
  BackupError,
  ledgerHead,
  restore,
  type BackupResult,
} from '../../src/platform/backup/index.ts';
import { loadConfig, type Config } from '../../src/platform/config.ts';
import { verifyLedger } from '../../src/platform/ledger/verify.ts';
import { createServices } from '../../src/services.ts';
import { verifyRestored } from '../../src/backup-commands.ts';
import { clientOf, sessionCookie } from '../helpers/client.ts';
import { createTestApp, DEMO_PASSWORD, type TestApp } from '../helpers/app.ts';
import { testDatabase, type TestDatabase } from '../helpers/database.ts';
import { TEST_KEY_ENCRYPTION_KEY, TEST_LEDGER_SIGNING_KEY, testServiceOptions } from '../helpers/services.ts';
import { serverToday, testClock } from '../helpers/clock.ts';
import { demoIds, loginFrom, multipart } from '../api/support.ts';
import { caseInput, createCase } from '../api/cases/case-helpers.ts';

const onPostgres = Boolean(process.env.TEST_DATABASE_URL);
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const PHOTO = Buffer.concat([
  Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
  Buffer.from('备份前的现场照片'),
  Buffer.alloc(3000, 7),
]);

const temps: string[] = [];
const tempDir = (prefix: string) => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  temps.push(d);
  return d;
};

/** A configuration for a fresh place to restore into: an empty DATA_DIR and, on PostgreSQL, a new database. */
async function freshTarget(): Promise<{ config: Config; database: TestDatabase }> {
  const database = await testDatabase({ seeded: false });
  const dataDir = tempDir('sx-restore-');
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    DATA_DIR: dataDir,
    // The heads' signing key is configured, as on the backed-up install (its manifest names it).
    LEDGER_SIGNING_KEY: TEST_LEDGER_SIGNING_KEY,
    ...(database.target.kind === 'postgres' ? { DATABASE_URL: database.target.url } : {}),
  });
  return { config, database };
}

async function expectRefused(run: Promise<unknown>, message: string | RegExp) {
  const error = await run.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BackupError);
  expect((error as Error).message).toMatch(message);
}

/** Copies a backup so one test can damage its copy. */
function copyOf(dir: string): string {
  const copy = path.join(tempDir('sx-backup-copy-'), 'backup');
  fs.cpSync(dir, copy, { recursive: true });
  return copy;
}

describe(`backup and restore (${onPostgres ? 'PostgreSQL' : 'PGlite'})`, () => {
  let t: TestApp;
  let backupDir: string;
  let result: BackupResult;
  let headBefore: { count: number; head: string | null };
  let evidenceUrl: string;
  const targets: TestDatabase[] = [];

  beforeAll(async () => {
    t = await createTestApp({}, { onDisk: true });
    // The master key as a key file in DATA_DIR/keys (the quick start's way), which the backup must carry.
    fs.mkdirSync(path.join(t.config.dataDir, 'keys'), { recursive: true });
    fs.writeFileSync(path.join(t.config.dataDir, 'keys', 'master.key'), `${TEST_KEY_ENCRYPTION_KEY}\n`, {
      mode: 0o600,
    });

    const ids = await demoIds(t);
    const officer1 = await loginFrom(t, 'officer1');
    const c = await createCase(officer1, caseInput(ids));
    const item = await officer1.post(`/api/v1/cases/${c.id}/evidence`, {
      type: 'electronic',
      version: c.version,
      title: '备份前提取的照片',
      source: '现场提取',
      collectedOn: '2026-12-01',
      collectedBy: '执法人员',
    });
    expect(item.statusCode, item.body).toBe(200);
    evidenceUrl = `/api/v1/cases/${c.id}/evidence/1/file`;
    const upload = await officer1.request({
      method: 'POST',
      url: evidenceUrl,
      ...multipart([{ name: 'file', filename: '照片.jpg', contentType: 'image/jpeg', content: PHOTO }]),
    });
    expect(upload.statusCode, upload.body).toBe(200);
    // An issued document (DOCX + PDF in the object store): a 简易程序 decision with a noted refusal to sign.
    const simple = await createCase(
      officer1,
      caseInput(ids, {
        place: '示范区人民路 1 号',
        summary: '现场检查发现未取得医疗机构执业许可证擅自开展诊疗活动',
        simple: {
          decidedOn: serverToday(),
          kinds: ['warning', 'fine'],
          fineFen: 20_000,
          document: SIMPLE_SHEET,
        },
        particulars: { violationOn: serverToday(), discoveredOn: serverToday() },
      }),
    );
    const issued = await officer1.post(`/api/v1/cases/${simple.id}/documents`, {
      template: 'simple_penalty_decision',
      inputs: { at: `${serverToday()} 11:00` },
      party: { refusedNote: '当事人拒绝签名，执法人员在场见证' },
    });
    expect(issued.statusCode, issued.body).toBe(201);
    headBefore = await ledgerHead(t.services.database.pool);
    backupDir = path.join(tempDir('sx-backup-'), 'backup');

    if (t.config.database.kind === 'pglite') {
      // The embedded database belongs to the running server: refused, and no backup directory is left.
      await expectRefused(backup(t.config, backupDir, testClock()), /请先停止服务/);
      expect(fs.existsSync(backupDir)).toBe(false);
      await t.app.close();
      await t.services.close();
    }
    result = await backup(t.config, backupDir, testClock());
  });

  afterAll(async () => {
    if (t.config.database.kind === 'postgres') await t.close();
    for (const d of targets) await d.drop();
    for (const d of [...temps, t.config.dataDir]) fs.rmSync(d, { recursive: true, force: true });
  });

  it('writes a manifest of every file with its SM3, the ledger head and the schema version', () => {
    const m = result.manifest;
    expect(m.ledger).toEqual(headBefore);
    expect(m.ledger.count).toBeGreaterThan(0);
    expect(m.schema.migrations).toBeGreaterThanOrEqual(4);
    expect(m.schema.latest).toMatch(/^\d{4}_\w+$/);
    expect(m.database.kind).toBe(t.config.database.kind);
    expect(m.keys.files).toEqual(['keys/master.key']);
    expect(m.objects.included).toBe(true);
    const files = m.files.map((f) => f.path);
    expect(files).toContain(
      `objects/${sha256(PHOTO).slice(0, 2)}/${sha256(PHOTO).slice(2, 4)}/${sha256(PHOTO)}`,
    );
    expect(files.filter((f) => f.startsWith('objects/tmp/'))).toEqual([]);
    for (const f of m.files) {
      const bytes = fs.readFileSync(path.join(backupDir, f.path));
      expect({
        path: f.path,
        size: bytes.length,
        sm3: createHash('sm3').update(bytes).digest('hex'),
      }).toEqual(f);
    }
    const manifestBytes = fs.readFileSync(path.join(backupDir, 'manifest.json'));
    expect(createHash('sm3').update(manifestBytes).digest('hex')).toBe(result.manifestSm3);
  });

  it('restores into a fresh place: the ledger verifies to the same head, every file is served', async () => {
    const { config, database } = await freshTarget();
    targets.push(database);
    const manifest = await restore(config, backupDir, { manifestSm3: result.manifestSm3 });
    expect(fs.readFileSync(path.join(config.dataDir, 'keys', 'master.key'), 'utf8')).toBe(
      `${TEST_KEY_ENCRYPTION_KEY}\n`,
    );
    // No KEY_ENCRYPTION_KEY: the services start only because the restored key file opens the sealed keys.
    expect(config.keyEncryptionKey).toBeUndefined();
    const services = await createServices(config, config.database, testServiceOptions());
    try {
      expect(await verifyRestored(services, manifest)).toEqual({
        ok: true,
        message: `账本完好，与备份时一致：${headBefore.count} 条，末条哈希 ${headBefore.head} (ledger verified to the backup's head)`,
      });
      expect(await verifyLedger(services.database.db, services.ledger.verifyOptions)).toMatchObject({
        ok: true,
        count: headBefore.count,
      });

      const { app } = await buildApp(config, services);
      try {
        const login = await app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { username: 'head1', password: DEMO_PASSWORD },
        });
        expect(login.statusCode, login.body).toBe(200);
        const head1 = clientOf(app, sessionCookie(login), (login.json() as { csrfToken: string }).csrfToken);
        const photo = await head1.get(evidenceUrl);
        expect(photo.statusCode, photo.body).toBe(200);
        expect(photo.rawPayload.equals(PHOTO)).toBe(true);

        const q = (text: string) => services.database.pool.query(text).then((r) => r.rows);
        const evidence = (await q(
          `select case_id, seq, sha256 from case_evidence where object_key is not null order by case_id, seq`,
        )) as Array<{ case_id: string; seq: number; sha256: string }>;
        const documents = (await q(`select id from case_documents order by id`)) as Array<{ id: string }>;
        expect(evidence.map((e) => e.sha256)).toContain(sha256(PHOTO));
        expect(documents.length).toBeGreaterThanOrEqual(1);
        for (const e of evidence) {
          const res = await head1.get(`/api/v1/cases/${e.case_id}/evidence/${e.seq}/file`);
          expect([res.statusCode, sha256(res.rawPayload)]).toEqual([200, e.sha256]);
        }
        for (const d of documents) {
          for (const format of ['docx', 'pdf']) {
            const res = await head1.get(`/api/v1/documents/${d.id}/file/${format}`);
            expect([d.id, format, res.statusCode, res.rawPayload.length > 1000]).toEqual([
              d.id,
              format,
              200,
              true,
            ]);
          }
        }
      } finally {
        await app.close();
      }
    } finally {
      await services.close();
    }
  });

  it('refuses a backup with a changed, missing or unlisted file, naming it, and writes nothing', async () => {
    const object = result.manifest.files.find(
      (f) => f.path.startsWith('objects/') && !f.path.endsWith('.json'),
    )!;
    const { config, database } = await freshTarget();
    targets.push(database);

    const changed = copyOf(backupDir);
    const file = path.join(changed, object.path);
    const bytes = fs.readFileSync(file);
    bytes[0] = bytes[0]! ^ 1;
    fs.writeFileSync(file, bytes);
    await expectRefused(restore(config, changed), `备份文件 ${object.path} 与清单不符（SM3 哈希不同）`);

    const missing = copyOf(backupDir);
    fs.rmSync(path.join(missing, 'keys', 'master.key'));
    await expectRefused(restore(config, missing), '备份文件 keys/master.key 缺失');

    const added = copyOf(backupDir);
    fs.writeFileSync(path.join(added, 'objects', 'extra.bin'), 'x');
    await expectRefused(restore(config, added), '清单未列出的文件 objects/extra.bin');

    // The manifest rewritten to match a changed database file: its SM3 no longer is the one recorded.
    const rewritten = copyOf(backupDir);
    const manifestFile = path.join(rewritten, 'manifest.json');
    const m = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as typeof result.manifest;
    m.ledger.count += 1;
    fs.writeFileSync(manifestFile, JSON.stringify(m, null, 2));
    await expectRefused(
      restore(config, rewritten, { manifestSm3: result.manifestSm3 }),
      /备份清单 manifest\.json 的 SM3 为 [0-9a-f]{64}，与备份时记录的/,
    );

    // A manifest naming a file outside the backup is malformed, not followed.
    const escaping = copyOf(backupDir);
    m.ledger.count -= 1;
    m.files[1]!.path = '../../etc/passwd';
    fs.writeFileSync(path.join(escaping, 'manifest.json'), JSON.stringify(m));
    await expectRefused(restore(config, escaping), /格式不符（files\.1\.path）/);

    expect(fs.existsSync(config.dataDir) ? fs.readdirSync(config.dataDir) : []).toEqual([]);
    if (config.database.kind === 'postgres') {
      const probe = await tablesOf(config);
      expect(probe).toEqual([]);
    }
  });

  it('refuses a non-empty data directory or database and leaves it as it was', async () => {
    const { config, database } = await freshTarget();
    targets.push(database);
    fs.writeFileSync(path.join(config.dataDir, 'notes.txt'), 'operator notes');
    await expectRefused(restore(config, backupDir), `数据目录 ${config.dataDir} 非空`);
    expect(fs.readdirSync(config.dataDir)).toEqual(['notes.txt']);

    if (t.config.database.kind === 'postgres') {
      // The running system's own database: refused, its ledger untouched.
      const empty = { ...t.config, dataDir: tempDir('sx-restore-') };
      await expectRefused(restore(empty, backupDir), /目标数据库非空（已有 /);
      expect(await ledgerHead(t.services.database.pool)).toEqual(headBefore);
    }
  });

  it('on S3 leaves the objects in the bucket and says so in the manifest', async () => {
    const s3: Config = {
      ...t.config,
      storage: {
        driver: 's3',
        region: 'us-east-1',
        bucket: 'evidence',
        prefix: 'sx/',
        forcePathStyle: true,
      },
    };
    const dir = path.join(tempDir('sx-backup-s3-'), 'backup');
    const { manifest } = await backup(s3, dir, testClock());
    expect(manifest.objects).toEqual({
      included: false,
      count: 0,
      note:
        '对象存储为 S3（s3://evidence/sx/），文件不在本备份中：请用存储桶的版本控制或跨区域复制备份它们，' +
        '恢复时目标须能读到同一存储桶 (objects stay in s3://evidence/sx/)',
    });
    expect(manifest.files.map((f) => f.path)).toEqual([manifest.database.file, 'keys/master.key']);
    expect(manifest.ledger).toEqual(headBefore);
  });

  it('refuses a backup directory that is not empty', async () => {
    const dir = tempDir('sx-backup-busy-');
    fs.writeFileSync(path.join(dir, 'old.txt'), 'x');
    await expectRefused(backup(t.config, dir, testClock()), `备份目录 ${dir} 非空`);
    expect(fs.readdirSync(dir)).toEqual(['old.txt']);
  });
});

/** The tables of the database `config` names (none for an untouched target). */
async function tablesOf(config: Config): Promise<string[]> {
  if (config.database.kind !== 'postgres') return [];
  const pg = await import('pg');
  const client = new pg.default.Client({ connectionString: config.database.url });
  await client.connect();
  try {
    const { rows } = await client.query<{ t: string }>(
      `select tablename as t from pg_tables where schemaname not in ('pg_catalog', 'information_schema')`,
    );
    return rows.map((r) => r.t);
  } finally {
    await client.end();
  }
}
