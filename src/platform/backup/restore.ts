// H6: `sanxiang restore DIR` — puts a backup back, into an empty data directory and (on PostgreSQL) an
// empty database only: every file is checked against the manifest first, then the targets, and nothing
// is written unless both hold. The caller then opens the restored system and checks its ledger against
// the manifest's head (src/backup-commands.ts).
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import type { Config } from '../config.ts';
import { openDatabase } from '../db/client.ts';
import { createObjectStore } from '../storage/index.ts';
import { BackupError } from './errors.ts';
import { copyFile, isEmptyOrAbsent } from './files.ts';
import { readManifest, verifyBackupFiles, type Manifest } from './manifest.ts';
import { pgRestore } from './pg-tools.ts';
import { knownMigrations, userRelations } from './state-repo.ts';

export interface RestoreOptions {
  /** The manifest's SM3 as printed at backup time: a manifest rewritten to match changed files is refused. */
  manifestSm3?: string;
}

async function assertEmptyDatabase(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const relations = await userRelations(client);
    if (relations.length)
      throw new BackupError(
        `目标数据库非空（已有 ${relations.join('、')} 等）：只能恢复到一个新建的空数据库 (target database is not empty)`,
      );
  } finally {
    await client.end();
  }
}

async function checkBackup(config: Config, dir: string, opts: RestoreOptions): Promise<Manifest> {
  const { manifest, sm3 } = readManifest(dir);
  if (opts.manifestSm3 && opts.manifestSm3.toLowerCase() !== sm3)
    throw new BackupError(
      `备份清单 manifest.json 的 SM3 为 ${sm3}，与备份时记录的 ${opts.manifestSm3} 不符，拒绝恢复 (manifest changed)`,
    );
  await verifyBackupFiles(dir, manifest);
  const known = knownMigrations().length;
  if (manifest.schema.migrations > known)
    throw new BackupError(
      `备份来自较新的版本（已执行 ${manifest.schema.migrations} 个数据库迁移，本版本只有 ${known} 个）：请用不低于备份时的版本恢复 (backup is from a newer version)`,
    );
  if (manifest.database.kind !== config.database.kind)
    throw new BackupError(
      `备份的数据库为 ${manifest.database.kind === 'pglite' ? '嵌入式 PGlite' : 'PostgreSQL'}，当前配置为 ${config.database.kind === 'pglite' ? '嵌入式 PGlite' : 'PostgreSQL（DATABASE_URL）'}：只能恢复到同类数据库 (database kind differs)`,
    );
  return manifest;
}

async function restoreObjects(config: Config, dir: string, manifest: Manifest): Promise<number> {
  const store = createObjectStore(config.storage);
  const listed = new Set(manifest.files.map((f) => f.path));
  let count = 0;
  for (const file of manifest.files) {
    if (!file.path.startsWith('objects/') || file.path.endsWith('.meta.json')) continue;
    const key = path.basename(file.path);
    const meta = `${file.path}.meta.json`;
    const contentType = listed.has(meta)
      ? (JSON.parse(await fsp.readFile(path.join(dir, meta), 'utf8')) as { contentType?: string }).contentType
      : undefined;
    const stored = await store.put(
      fs.createReadStream(path.join(dir, file.path)),
      contentType ? { contentType } : {},
    );
    if (stored.key !== key)
      throw new BackupError(
        `备份中的对象 ${file.path} 内容与其 SHA-256 名称不符 (object content does not match its name)`,
      );
    count++;
  }
  return count;
}

/** Restores the backup in `dir` into the configured data directory and database; returns its manifest. */
export async function restore(config: Config, dir: string, opts: RestoreOptions = {}): Promise<Manifest> {
  const source = path.resolve(dir);
  const manifest = await checkBackup(config, source, opts);
  if (!isEmptyOrAbsent(config.dataDir))
    throw new BackupError(
      `数据目录 ${config.dataDir} 非空：只能恢复到一个空的数据目录（DATA_DIR） (data directory is not empty)`,
    );
  const database = config.database;
  if (database.kind === 'postgres') await assertEmptyDatabase(database.url);

  const dump = path.join(source, manifest.database.file);
  if (database.kind === 'postgres') {
    await pgRestore(database.url, dump, config.pgBin);
  } else {
    const restored = await openDatabase({
      kind: 'pglite',
      dir: database.dir,
      image: new Blob([await fsp.readFile(dump)]),
    });
    await restored.close();
    // The image carries the lock file of the process that took it; the directory was empty, so no other
    // process can hold it now.
    await fsp.rm(path.join(database.dir, 'sanxiang.lock'), { force: true });
  }
  if (manifest.objects.included) await restoreObjects(config, source, manifest);
  for (const file of manifest.keys.files) {
    const rel = file.slice('keys/'.length);
    await copyFile(path.join(source, file), path.join(config.dataDir, 'keys', rel));
  }
  return manifest;
}
