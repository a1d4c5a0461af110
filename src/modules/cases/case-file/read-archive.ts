// C8 reading a case-file archive for `verify-export`: every entry by name, through the ZIP's central
// directory (as any unzip tool sees it). A name that occurs twice is reported, never silently collapsed
// into one. The archive is read whole into memory (an export holds media above the chosen size by hash
// only, so it stays of a size a workstation reads).
import { unzipSync } from 'fflate';

export interface Archive {
  files: Map<string, Buffer>;
  /** Problems of the container itself: a name twice, a compression method unzip would not read. */
  problems: { where: string; reason: string }[];
}

export function readArchive(bytes: Buffer): Archive {
  const seen = new Map<string, number>();
  const problems: Archive['problems'] = [];
  let entries: ReturnType<typeof unzipSync>;
  try {
    entries = unzipSync(bytes, {
      filter: (f) => {
        seen.set(f.name, (seen.get(f.name) ?? 0) + 1);
        if (f.compression !== 0 && f.compression !== 8) {
          problems.push({ where: f.name, reason: `不支持的压缩方式 ${f.compression}` });
          return false;
        }
        return true;
      },
    });
  } catch (e) {
    return {
      files: new Map(),
      problems: [{ where: '(zip)', reason: `不是完整的 ZIP 文件：${(e as Error).message}` }],
    };
  }
  for (const [name, n] of seen)
    if (n > 1) problems.push({ where: name, reason: `压缩包中有 ${n} 个同名文件` });
  const files = new Map<string, Buffer>();
  for (const [name, data] of Object.entries(entries))
    if (!name.endsWith('/')) files.set(name, Buffer.from(data.buffer, data.byteOffset, data.byteLength));
  return { files, problems };
}
