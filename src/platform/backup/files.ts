// The file operations of backup and restore: SM3 + SHA-256 of a file in one streaming pass, copying with
// the hashes taken on the way, walking a tree, and the "empty directory" test a restore target must pass.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export interface FileDigest {
  size: number;
  sm3: string;
  sha256: string;
}

function digesting(): { stream: Transform; digest(): FileDigest } {
  const sm3 = createHash('sm3');
  const sha256 = createHash('sha256');
  let size = 0;
  const stream = new Transform({
    transform(chunk: Buffer, _enc, done) {
      sm3.update(chunk);
      sha256.update(chunk);
      size += chunk.length;
      done(null, chunk);
    },
  });
  return { stream, digest: () => ({ size, sm3: sm3.digest('hex'), sha256: sha256.digest('hex') }) };
}

export async function digestFile(file: string): Promise<FileDigest> {
  const sm3 = createHash('sm3');
  const sha256 = createHash('sha256');
  let size = 0;
  for await (const chunk of fs.createReadStream(file) as AsyncIterable<Buffer>) {
    sm3.update(chunk);
    sha256.update(chunk);
    size += chunk.length;
  }
  return { size, sm3: sm3.digest('hex'), sha256: sha256.digest('hex') };
}

/** Copies `from` to `to` (created exclusively, mode 0600), returning the digest of the bytes copied. */
export async function copyFile(from: string, to: string): Promise<FileDigest> {
  await fsp.mkdir(path.dirname(to), { recursive: true, mode: 0o700 });
  const d = digesting();
  await pipeline(fs.createReadStream(from), d.stream, fs.createWriteStream(to, { flags: 'wx', mode: 0o600 }));
  return d.digest();
}

/** Every regular file under `root`, as paths relative to it with '/' separators, sorted. */
export async function listFiles(root: string): Promise<string[]> {
  let entries: fs.Dirent[];
  try {
    entries = await fsp.readdir(root, { withFileTypes: true, recursive: true });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/** Whether `dir` is absent or holds nothing at all. */
export function isEmptyOrAbsent(dir: string): boolean {
  try {
    return fs.readdirSync(dir).length === 0;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return true;
    throw e;
  }
}
