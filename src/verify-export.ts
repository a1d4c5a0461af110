// `sanxiang verify-export FILE.zip [--key-sha256 HEX]`: checks a case-file export offline (no server, no
// database, no configuration) and exits 0 when it is intact, 1 naming every file or ledger entry that is
// not, 2 on a usage error.
import fs from 'node:fs';
import { readArchive, verifyExport } from './modules/cases/index.ts';

export function verifyExportCommand(args: string[]): number {
  const keyAt = args.indexOf('--key-sha256');
  const trustedKeySha256 = keyAt >= 0 ? args[keyAt + 1] : undefined;
  const file = args.find((a, i) => !a.startsWith('--') && (keyAt < 0 || i !== keyAt + 1));
  if (!file || (keyAt >= 0 && !/^[0-9a-fA-F]{64}$/.test(trustedKeySha256 ?? ''))) {
    console.error('用法: sanxiang verify-export 案卷.zip [--key-sha256 账本公钥指纹]');
    return 2;
  }
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    console.error(`无法读取 ${file}：${(e as Error).message}`);
    return 1;
  }
  const archive = readArchive(bytes);
  const r = verifyExport(archive.files, trustedKeySha256 ? { trustedKeySha256 } : {});
  const problems = [...archive.problems, ...r.problems];
  for (const p of problems) console.error(`校验失败：${p.where} — ${p.reason}`);
  if (problems.length) {
    console.error(`案卷导出校验未通过：${problems.length} 处问题 (export NOT intact)`);
    return 1;
  }
  console.log(
    `案卷导出完好：${r.caseCode}，${r.files} 个文件，${r.entries} 条账本记录，签名树头 ${r.head!.treeSize} 条（根 ${r.head!.root}，${r.head!.at}） (export intact)`,
  );
  console.log(
    r.keyPinned
      ? `账本公钥指纹与指定的一致：${r.keySha256}`
      : `账本公钥指纹（SHA-256）：${r.keySha256} — 请与执法机关在 /ledger/heads 公布的指纹核对，或用 --key-sha256 指定`,
  );
  return 0;
}
