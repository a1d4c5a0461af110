// C8: the tree heads file outside the database (DATA_DIR/ledger/heads.jsonl, one published head per line,
// only ever appended). Someone able to rewrite the database cannot reach it, so verify-ledger compares
// the log with it: a log shorter than, or different from, a head in this file was cut or rewritten.
import fs from 'node:fs';
import path from 'node:path';
import { headFromPublished, publishedHead, type PublishedHead, type TreeHead } from './heads.ts';

export const headsFileOf = (dataDir: string) => path.join(dataDir, 'ledger', 'heads.jsonl');

/** The heads in the file, in file order; a missing file has none. A line that does not parse is named. */
export function readHeadsFile(file: string): TreeHead[] {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
  return text
    .split('\n')
    .filter((line) => line.trim())
    .map((line, i) => {
      try {
        return headFromPublished(JSON.parse(line) as PublishedHead);
      } catch {
        throw new Error(`树头文件 ${file} 第 ${i + 1} 行无法解析 (unreadable line ${i + 1})`);
      }
    });
}

/** Appends heads (in order) and flushes them to disk before returning. */
export function appendHeadsFile(file: string, heads: readonly TreeHead[]): void {
  if (!heads.length) return;
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const fd = fs.openSync(file, 'a', 0o600);
  try {
    fs.writeSync(fd, heads.map((h) => `${JSON.stringify(publishedHead(h))}\n`).join(''));
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
