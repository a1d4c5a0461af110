// `sanxiang import-av DIR`: registers a recorder's files in bulk (C6) — what a body-cam dock exports —
// from DIR/manifest.json, as the officer whose API token is in SANXIANG_TOKEN (the same checks as an
// upload: an officer of the open case, the device's own hash, the media probe). Each file is streamed,
// never read whole; one line per file says what happened; exit code 1 when any file was refused.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { Config } from './platform/config.ts';
import type { Ctx } from './platform/context.ts';
import { AppError } from './platform/http/errors.ts';
import { userActorOf } from './modules/access/index.ts';
import type { Services } from './services.ts';

const MEDIA_TYPES: Record<string, string> = {
  '.mp4': 'video/mp4',
  '.mov': 'video/quicktime',
  '.webm': 'video/webm',
  '.mkv': 'video/x-matroska',
  '.avi': 'video/x-msvideo',
  '.mp3': 'audio/mpeg',
  '.m4a': 'audio/mp4',
  '.wav': 'audio/wav',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
};

const manifestSchema = z.object({
  caseId: z.string(),
  files: z
    .array(
      z
        .object({ file: z.string().min(1), filetype: z.string().optional() })
        .catchall(z.union([z.string(), z.boolean()])),
    )
    .min(1)
    .max(10_000),
});

export type ImportLine =
  { file: string; ok: true; seq: number; sha256: string } | { file: string; ok: false; reason: string };

/** Imports DIR as `ctx`; one line per file of the manifest, in its order. */
export async function importAv(services: Services, ctx: Ctx, dir: string): Promise<ImportLine[]> {
  const root = path.resolve(dir);
  const manifest = manifestSchema.parse(JSON.parse(await readFile(path.join(root, 'manifest.json'), 'utf8')));
  const lines: ImportLine[] = [];
  for (const entry of manifest.files) {
    const file = path.resolve(root, entry.file);
    if (path.dirname(file) !== root && !file.startsWith(root + path.sep)) {
      lines.push({ file: entry.file, ok: false, reason: '文件不在导入目录内' });
      continue;
    }
    const { file: _file, ...rest } = entry;
    const raw: Record<string, string> = {
      caseId: manifest.caseId,
      filename: path.basename(file),
      filetype: MEDIA_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      ...Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, String(v)])),
    };
    try {
      const record = await services.records.importFile(ctx, file, raw);
      lines.push({ file: entry.file, ok: true, seq: record.seq, sha256: record.sha256 });
    } catch (e) {
      const reason =
        e instanceof AppError
          ? `${e.message}${(e.details as { field?: string } | null)?.field ? `（${(e.details as { field: string }).field}）` : ''}`
          : e instanceof z.ZodError
            ? `${e.issues[0]!.path.join('.')}：${e.issues[0]!.message}`
            : (e as NodeJS.ErrnoException).code === 'ENOENT'
              ? '文件不存在'
              : String(e);
      lines.push({ file: entry.file, ok: false, reason });
    }
  }
  return lines;
}

/** The command: the token's account, the import, a line per file; 0 when every file was registered. */
export async function importAvCommand(services: Services, _config: Config, dir: string): Promise<number> {
  const token = process.env.SANXIANG_TOKEN ?? '';
  const now = services.clock.now();
  const user = await services.tokens.resolve(token, now);
  if (!user) {
    console.error(
      '请在环境变量 SANXIANG_TOKEN 中提供执法人员有效的 API 令牌 (an officer’s API token is required)',
    );
    return 2;
  }
  const lines = await importAv(services, { actor: userActorOf(user), ip: null, now }, dir);
  for (const l of lines)
    if (l.ok) console.log(`已登记：${l.file} → 第 ${l.seq} 段，SHA-256 ${l.sha256}`);
    else console.error(`拒收：${l.file} — ${l.reason}`);
  const refused = lines.filter((l) => !l.ok).length;
  console.log(`共 ${lines.length} 个文件，登记 ${lines.length - refused} 个，拒收 ${refused} 个`);
  return refused ? 1 : 0;
}
