// `npm start` builds the staff app itself when the build is missing or older than its sources, so the
// quick start stays two commands and a fresh checkout never serves a stale UI.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SRC = path.join(ROOT, 'src/admin');
const BUILT = path.join(ROOT, 'dist/admin/index.html');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

export function adminBuildIsStale(): boolean {
  if (!fs.existsSync(BUILT)) return true;
  return newestMtime(SRC) > fs.statSync(BUILT).mtimeMs;
}

export async function ensureAdminBuilt(opts: { force?: boolean } = {}) {
  if (!fs.existsSync(path.join(SRC, 'index.html'))) return;
  if (!opts.force && !adminBuildIsStale()) return;
  console.log('正在构建管理端 (building the admin app)…');
  const { build } = await import('vite');
  await build({ configFile: path.join(SRC, 'vite.config.ts'), logLevel: 'warn' });
}
