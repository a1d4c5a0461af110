// H6: `sanxiang backup DIR` — one consistent snapshot of everything the system's state lives in:
//  - the database: on PostgreSQL pg_dump of a snapshot exported by a repeatable-read transaction, in which
//    the ledger head and migration state are read too, so all three describe one instant while the server
//    keeps running; on PGlite the data directory's image, with the directory locked (server stopped);
//  - the object store's files (evidence, documents, agreements), copied after the database snapshot: the
//    store is content-addressed and written before the rows that name an object, so every object the
//    snapshot references is there (objects added later are harmless extras). On S3 they stay in the bucket;
//  - the key files under DATA_DIR/keys (the master key that seals the signing keys kept in the database);
//  - manifest.json: every file with its size and SM3, the ledger head and the schema's migration state.
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import type { Config } from '../config.ts';
import type { Clock } from '../clock.ts';
import { openDatabase } from '../db/client.ts';
import { DataDirLockedError } from '../db/lock.ts';
import { BackupError } from './errors.ts';
import { copyFile, digestFile, isEmptyOrAbsent, listFiles } from './files.ts';
import { writeManifest, type Manifest, type ManifestFile } from './manifest.ts';
import { pgDump } from './pg-tools.ts';
import { ledgerHead, migrationState, type LedgerHead } from './state-repo.ts';

type DatabaseState = { schema: Manifest['schema']; ledger: LedgerHead };

export interface BackupResult {
  manifest: Manifest;
  /** SM3 of manifest.json: kept apart from the backup, it lets a restore prove the manifest unchanged. */
  manifestSm3: string;
}

const OBJECT_DIR = 'objects';
const KEY_DIR = 'keys';

async function readState(db: { query(text: string): Promise<{ rows: unknown[] }> }): Promise<DatabaseState> {
  try {
    return { schema: await migrationState(db), ledger: await ledgerHead(db) };
  } catch (e) {
    throw new BackupError(`数据库尚未初始化（无迁移记录或账本），无可备份的内容 (${(e as Error).message})`);
  }
}

async function dumpPostgres(url: string, file: string, pgBin?: string): Promise<DatabaseState> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('begin isolation level repeatable read read only');
    const { rows } = await client.query<{ id: string }>('select pg_export_snapshot() as id');
    const state = await readState(client);
    await pgDump(url, file, rows[0]!.id, pgBin);
    await client.query('commit');
    return state;
  } finally {
    await client.end();
  }
}

/** Opens the embedded database (refusing while a server has it), runs `fn` while it stays locked. */
async function withPglite<T>(dir: string, fn: (db: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>) {
  if (isEmptyOrAbsent(dir))
    throw new BackupError(`嵌入式数据库目录 ${dir} 不存在或为空，无可备份的内容 (no database)`);
  let database;
  try {
    database = await openDatabase({ kind: 'pglite', dir });
  } catch (e) {
    if (!(e instanceof DataDirLockedError)) throw e;
    throw new BackupError(
      `${e.message}\n嵌入式数据库 (PGlite) 只能在服务停止时备份：请先停止服务，再运行 sanxiang backup (stop the server, then back up)`,
    );
  }
  try {
    return await fn(database);
  } finally {
    await database.close();
  }
}

async function copyTree(from: string, backupDir: string, into: string, skip: (rel: string) => boolean) {
  const copied: Array<ManifestFile & { sha256: string }> = [];
  for (const rel of await listFiles(from)) {
    if (skip(rel)) continue;
    const target = `${into}/${rel}`;
    try {
      const d = await copyFile(path.join(from, rel), path.join(backupDir, target));
      copied.push({ path: target, size: d.size, sm3: d.sm3, sha256: d.sha256 });
    } catch (e) {
      // Removed between listing and copying (a refused upload's object): not part of any snapshot.
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
  }
  return copied;
}

async function copyObjects(
  config: Config,
  dir: string,
): Promise<{ files: ManifestFile[]; objects: Manifest['objects'] }> {
  if (config.storage.driver === 's3') {
    const where = `s3://${config.storage.bucket}/${config.storage.prefix}`;
    return {
      files: [],
      objects: {
        included: false,
        count: 0,
        note: `对象存储为 S3（${where}），文件不在本备份中：请用存储桶的版本控制或跨区域复制备份它们，恢复时目标须能读到同一存储桶 (objects stay in ${where})`,
      },
    };
  }
  // tmp/ holds uploads in progress, never an object a row names.
  const copied = await copyTree(config.storage.root, dir, OBJECT_DIR, (rel) => rel.startsWith('tmp/'));
  const objects = copied.filter((f) => !f.path.endsWith('.meta.json'));
  const corrupt = objects.find((f) => path.basename(f.path) !== f.sha256);
  if (corrupt)
    throw new BackupError(
      `对象存储中的文件 ${corrupt.path.slice(OBJECT_DIR.length + 1)} 内容与其 SHA-256 名称不符（已损坏或被改动），备份中止；请先核查该文件 (corrupt object)`,
    );
  return {
    files: copied.map(({ path: p, size, sm3 }) => ({ path: p, size, sm3 })),
    objects: {
      included: true,
      count: objects.length,
      note: `本地对象存储 ${config.storage.root} 的全部文件`,
    },
  };
}

async function copyKeys(
  config: Config,
  dir: string,
): Promise<{ files: ManifestFile[]; keys: Manifest['keys'] }> {
  const copied = await copyTree(path.join(config.dataDir, KEY_DIR), dir, KEY_DIR, () => false);
  const outside = [
    ...(config.keyEncryptionKey ? ['KEY_ENCRYPTION_KEY'] : []),
    ...(config.ledgerSigningKey ? ['LEDGER_SIGNING_KEY'] : []),
  ];
  return {
    files: copied.map(({ path: p, size, sm3 }) => ({ path: p, size, sm3 })),
    keys: {
      files: copied.map((f) => f.path),
      note: outside.length
        ? `${outside.join('、')} 来自环境变量，不在备份中：请另行妥善保管，恢复时须设置相同的值 (not in the backup: ${outside.join(', ')})`
        : '主密钥文件在备份中：备份须与数据库同等保密 (the master key file is in the backup: keep it as secret as the database)',
    },
  };
}

export async function backup(config: Config, dir: string, clock: Clock): Promise<BackupResult> {
  const target = path.resolve(dir);
  if (!isEmptyOrAbsent(target))
    throw new BackupError(`备份目录 ${target} 非空：请指定一个新的或空的目录 (backup directory not empty)`);
  await fsp.mkdir(path.join(target, 'database'), { recursive: true, mode: 0o700 });
  try {
    const database = config.database;
    const file = `database/${database.kind === 'postgres' ? 'postgres.dump' : 'pglite-datadir.tar'}`;
    const run = async (state: DatabaseState) => {
      const objects = await copyObjects(config, target);
      const keys = await copyKeys(config, target);
      const dump = await digestFile(path.join(target, file));
      const manifest: Manifest = {
        format: 'sanxiang-backup',
        version: 1,
        createdAt: clock.now().toISOString(),
        database: { kind: database.kind, file },
        schema: state.schema,
        ledger: state.ledger,
        objects: objects.objects,
        keys: keys.keys,
        files: [{ path: file, size: dump.size, sm3: dump.sm3 }, ...objects.files, ...keys.files],
      };
      return { manifest, manifestSm3: await writeManifest(target, manifest) };
    };
    if (database.kind === 'postgres')
      return await run(await dumpPostgres(database.url, path.join(target, file), config.pgBin));
    return await withPglite(database.dir, async (db) => {
      const state = await readState(db.pool);
      const image = await db.image!();
      await fsp.writeFile(path.join(target, file), Buffer.from(await image.arrayBuffer()), {
        flag: 'wx',
        mode: 0o600,
      });
      return run(state);
    });
  } catch (e) {
    // A half-written backup must not be mistaken for one: the directory was empty, so it goes.
    fs.rmSync(target, { recursive: true, force: true });
    throw e;
  }
}
