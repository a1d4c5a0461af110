// `sanxiang backup DIR` and `sanxiang restore DIR [MANIFEST_SM3]` (H6): the platform's backup and
// restore, and after a restore the proof that the restored system is the one backed up — it starts
// (its keys open), its ledger verifies, and it ends at the manifest's head.
import type { Config } from './platform/config.ts';
import { systemClock } from './platform/clock.ts';
import { backup, ledgerHead, restore, type Manifest } from './platform/backup/index.ts';
import { verifyLedger } from './platform/ledger/verify.ts';
import { createServices, type ServiceOptions, type Services } from './services.ts';

export async function backupCommand(config: Config, dir: string): Promise<number> {
  const { manifest, manifestSm3 } = await backup(config, dir, systemClock);
  console.log(
    [
      `备份完成：${dir}（${manifest.files.length} 个文件）`,
      `  数据库：${manifest.database.kind}，已执行迁移 ${manifest.schema.migrations} 个（${manifest.schema.latest ?? '无'}）`,
      `  账本：${manifest.ledger.count} 条，末条哈希 ${manifest.ledger.head ?? '（空）'}`,
      `  文件：${manifest.objects.included ? `${manifest.objects.count} 个对象` : manifest.objects.note}`,
      `  密钥：${manifest.keys.note}`,
      `清单 SM3：${manifestSm3}`,
      '请将此 SM3 与备份分开记录；恢复时可附上它：sanxiang restore DIR <SM3> (keep the manifest SM3 apart from the backup)',
    ].join('\n'),
  );
  return 0;
}

/** Whether the restored system verifies its ledger to the manifest's head; the message says which. */
export async function verifyRestored(
  services: Services,
  manifest: Manifest,
): Promise<{ ok: boolean; message: string }> {
  const verified = await verifyLedger(services.database.db, services.ledger.verifyOptions);
  if (!verified.ok)
    return {
      ok: false,
      message: `恢复后账本校验失败：第 ${verified.firstBad!.seq} 条 — ${verified.firstBad!.reason}`,
    };
  const head = await ledgerHead(services.database.pool);
  if (head.count !== manifest.ledger.count || head.head !== manifest.ledger.head)
    return {
      ok: false,
      message: `恢复后账本为 ${head.count} 条（末条 ${head.head}），与备份时的 ${manifest.ledger.count} 条（末条 ${manifest.ledger.head}）不符`,
    };
  return {
    ok: true,
    message: `账本完好，与备份时一致：${head.count} 条，末条哈希 ${head.head ?? '（空）'} (ledger verified to the backup's head)`,
  };
}

export async function restoreCommand(
  config: Config,
  dir: string,
  manifestSm3?: string,
  options: ServiceOptions = {},
): Promise<number> {
  const manifest = await restore(config, dir, { manifestSm3 });
  console.log(
    `已恢复：数据库（${manifest.database.kind}）、${manifest.objects.included ? `${manifest.objects.count} 个文件` : '无文件（S3 对象存储不在备份中）'}、${manifest.keys.files.length} 个密钥文件`,
  );
  const services = await createServices(config, config.database, options);
  try {
    const result = await verifyRestored(services, manifest);
    (result.ok ? console.log : console.error)(result.message);
    return result.ok ? 0 : 1;
  } finally {
    await services.close();
  }
}
