// pg_dump and pg_restore for a PostgreSQL deployment. The binaries come from PG_BIN, else the newest
// /usr/lib/postgresql/<n>/bin (Debian's layout), else PATH; they must be at least the server's major
// version. The password travels in PGPASSWORD, not on the command line where `ps` would show it.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { BackupError } from './errors.ts';

const DEBIAN_PG = '/usr/lib/postgresql';

export function pgTool(name: 'pg_dump' | 'pg_restore', pgBin?: string): string {
  if (pgBin) return path.join(pgBin, name);
  let versions: string[] = [];
  try {
    versions = fs.readdirSync(DEBIAN_PG).filter((v) => /^\d+$/.test(v));
  } catch {
    /* not Debian's layout */
  }
  const newest = versions
    .sort((a, b) => Number(b) - Number(a))
    .map((v) => path.join(DEBIAN_PG, v, 'bin', name))
    .find((file) => fs.existsSync(file));
  return newest ?? name;
}

/** The URL without its password, and the environment that carries the password instead. */
function connection(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const u = new URL(url);
  const password = decodeURIComponent(u.password);
  u.password = '';
  return { dbname: u.toString(), env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } };
}

function run(file: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      if (stderr.length < 8000) stderr += d.toString('utf8');
    });
    child.on('error', (e) =>
      reject(
        new BackupError(
          `无法运行 ${file}（${e.message}）：请安装 PostgreSQL 客户端程序或设置 PG_BIN (cannot run ${path.basename(file)})`,
        ),
      ),
    );
    child.on('close', (code) => {
      if (code === 0) resolve();
      else
        reject(
          new BackupError(`${path.basename(file)} 失败（退出码 ${code}）：${stderr.trim() || '无输出'}`),
        );
    });
  });
}

/** pg_dump in custom format, of the snapshot another connection exported (so it matches what we read). */
export function pgDump(url: string, file: string, snapshot: string, pgBin?: string): Promise<void> {
  const { dbname, env } = connection(url);
  return run(
    pgTool('pg_dump', pgBin),
    [
      '--format=custom',
      '--no-owner',
      '--no-acl',
      `--snapshot=${snapshot}`,
      `--file=${file}`,
      `--dbname=${dbname}`,
    ],
    env,
  );
}

/** pg_restore into an empty database, all or nothing. */
export function pgRestore(url: string, file: string, pgBin?: string): Promise<void> {
  const { dbname, env } = connection(url);
  return run(
    pgTool('pg_restore', pgBin),
    ['--no-owner', '--no-acl', '--exit-on-error', '--single-transaction', `--dbname=${dbname}`, file],
    env,
  );
}
