// PGlite is single-process: two processes on one data directory would corrupt it. A lock file holding
// the owner's pid makes the second process fail with a clear message; a lock left by a dead process is
// taken over.
import fs from 'node:fs';
import path from 'node:path';

export class DataDirLockedError extends Error {}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

// Lock files this process holds: our own pid in a lock file means "held here" only if it is in this set;
// otherwise it is a leftover of an earlier process that had the same pid (e.g. after a container restart).
const held = new Set<string>();

export function lockDataDir(dir: string): () => void {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'sanxiang.lock');
  if (held.has(file))
    throw new DataDirLockedError(`数据目录 ${dir} 已被本进程打开；嵌入式数据库只能打开一次`);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: 'wx' });
      held.add(file);
      return () => {
        held.delete(file);
        try {
          if (fs.readFileSync(file, 'utf8') === String(process.pid)) fs.unlinkSync(file);
        } catch {
          /* already gone */
        }
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const owner = Number(fs.readFileSync(file, 'utf8'));
      if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && isAlive(owner)) {
        throw new DataDirLockedError(
          `数据目录 ${dir} 正被进程 ${owner} 使用；嵌入式数据库只能由一个进程打开 (data directory is locked by pid ${owner})`,
        );
      }
      fs.unlinkSync(file); // stale lock of a dead process
    }
  }
  throw new DataDirLockedError(`无法锁定数据目录 ${dir}`);
}
