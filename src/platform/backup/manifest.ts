// H6: the backup's manifest — what a backup holds and the state it was taken at. Every file of the backup
// is listed with its size and SM3 hash, so a restore refuses a backup in which any file was changed,
// removed or added before anything is written; the ledger head (entry count + hash of the last entry)
// lets the restored system prove it holds the same history; the schema's migration state tells whether
// this version of the software can restore it.
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { sm3Hex } from '../crypto/sm.ts';
import { BackupError } from './errors.ts';
import { digestFile, listFiles } from './files.ts';

export const MANIFEST_FILE = 'manifest.json';

// Relative, '/'-separated, no '.' or '..' segment: a crafted manifest cannot name a file outside the backup.
const SAFE_PATH = /^(?!.*(?:^|\/)\.{1,2}(?:\/|$))[A-Za-z0-9._-]+(?:\/[A-Za-z0-9._-]+)*$/;
const HEX64 = /^[0-9a-f]{64}$/;

const fileEntry = z.object({
  path: z.string().regex(SAFE_PATH),
  size: z.number().int().min(0),
  sm3: z.string().regex(HEX64),
});
export type ManifestFile = z.infer<typeof fileEntry>;

export const manifestSchema = z.object({
  format: z.literal('sanxiang-backup'),
  version: z.literal(1),
  createdAt: z.string(),
  database: z.object({ kind: z.enum(['pglite', 'postgres']), file: z.string().regex(SAFE_PATH) }),
  /** Migrations applied to the database (drizzle's journal), and the last one's tag. */
  schema: z.object({ migrations: z.number().int().min(0), latest: z.string().nullable() }),
  /** The ledger at the database snapshot: entries and the hash of the last one (null when empty). */
  ledger: z.object({ count: z.number().int().min(0), head: z.string().regex(HEX64).nullable() }),
  objects: z.object({ included: z.boolean(), count: z.number().int().min(0), note: z.string() }),
  keys: z.object({ files: z.array(z.string()), note: z.string() }),
  files: z.array(fileEntry),
});
export type Manifest = z.infer<typeof manifestSchema>;

/** Writes the manifest (mode 0600) and returns its SM3, which the operator keeps apart from the backup. */
export async function writeManifest(dir: string, manifest: Manifest): Promise<string> {
  const text = `${JSON.stringify(manifestSchema.parse(manifest), null, 2)}\n`;
  await fsp.writeFile(path.join(dir, MANIFEST_FILE), text, { flag: 'wx', mode: 0o600 });
  return sm3Hex(text);
}

/** The manifest of the backup in `dir` and its SM3; refuses a missing or malformed one. */
export function readManifest(dir: string): { manifest: Manifest; sm3: string } {
  const file = path.join(dir, MANIFEST_FILE);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT')
      throw new BackupError(
        `${dir} 中没有备份清单 ${MANIFEST_FILE}，不是本系统的备份 (no manifest: not a backup)`,
      );
    throw e;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new BackupError(`备份清单 ${file} 不是有效的 JSON，备份已损坏 (the manifest is not valid JSON)`);
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    const where = parsed.error.issues.map((i) => i.path.join('.') || '(根)').join(', ');
    throw new BackupError(`备份清单 ${file} 格式不符（${where}），备份已损坏或被改动 (malformed manifest)`);
  }
  return { manifest: parsed.data, sm3: sm3Hex(text) };
}

/**
 * Checks every file of the backup against the manifest before anything is restored: each listed file
 * exists with its size and SM3, and the backup holds no file the manifest does not list. Throws a
 * BackupError naming the first file that does not match.
 */
export async function verifyBackupFiles(dir: string, manifest: Manifest): Promise<void> {
  const listed = new Set(manifest.files.map((f) => f.path));
  if (listed.size !== manifest.files.length)
    throw new BackupError('备份清单重复列出了同一文件，备份已被改动 (a file is listed twice)');
  if (!listed.has(manifest.database.file))
    throw new BackupError(
      `备份清单未列出数据库文件 ${manifest.database.file} (the database file is not listed)`,
    );
  for (const entry of manifest.files) {
    const file = path.join(dir, entry.path);
    let digest;
    try {
      digest = await digestFile(file);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT')
        throw new BackupError(`备份文件 ${entry.path} 缺失，拒绝恢复 (missing file: ${entry.path})`);
      throw e;
    }
    if (digest.size !== entry.size || digest.sm3 !== entry.sm3)
      throw new BackupError(
        `备份文件 ${entry.path} 与清单不符（${digest.size !== entry.size ? '大小' : 'SM3 哈希'}不同），备份已被改动或损坏，拒绝恢复 ` +
          `(file does not match the manifest: ${entry.path})`,
      );
  }
  const extra = (await listFiles(dir)).find((f) => f !== MANIFEST_FILE && !listed.has(f));
  if (extra)
    throw new BackupError(
      `备份目录中有清单未列出的文件 ${extra}，备份已被改动，拒绝恢复 (file not in the manifest: ${extra})`,
    );
}
