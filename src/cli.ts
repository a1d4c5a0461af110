// `sanxiang serve | migrate | demo | verify-ledger | checkpoint | verify-export | backup | restore | rotate-keys | import-av | build-admin`
import { ConfigError, loadConfig, type Config } from './platform/config.ts';
import { DataDirLockedError } from './platform/db/lock.ts';
import { SealError } from './platform/crypto/sealing.ts';
import { BackupError } from './platform/backup/index.ts';
import { backupCommand, restoreCommand } from './backup-commands.ts';
import { createServices } from './services.ts';
import { rotateKeys } from './rotate-keys.ts';
import { startJobs } from './platform/jobs/jobs.ts';
import { buildApp, moduleJobs } from './app.ts';
import { seedDemo, DEMO_PASSWORD } from './demo/seed.ts';
import { verifyLedger } from './platform/ledger/verify.ts';
import { describeDifference, verifyState } from './platform/ledger/state.ts';
import {
  caseStateDifferences,
  documentStateDifferences,
  evidenceStateDifferences,
} from './modules/cases/index.ts';
import { ensureAdminBuilt } from './admin-build.ts';
import { listenNotice } from './listen-notice.ts';
import { importAvCommand } from './import-av-command.ts';
import { verifyExportCommand } from './verify-export.ts';

const USAGE = `用法: sanxiang <command>
  serve          启动服务 (默认)
  migrate        仅执行数据库迁移
  demo           在空数据库中创建演示数据
  verify-ledger  校验账本：哈希链、默克尔树、签名树头与树头文件 (完好退出码 0)
                 --state 另核对案件等当前数据与账本所记状态
  checkpoint     立即生成并发布一个签名树头
  verify-export FILE.zip [--key-sha256 指纹]
                 离线校验导出的案卷（无需服务与数据库；完好退出码 0）
  backup DIR     备份数据库、文件与密钥到空目录 DIR（PGlite 须先停止服务）
  restore DIR [清单SM3]  校验备份后恢复到空的数据目录/空数据库，并校验账本
  rotate-keys    更换主密钥：全部加密数据与密钥在一个事务中改用新主密钥（须先停止服务；
                 设置了 KEY_ENCRYPTION_KEY 时新密钥由 NEW_KEY_ENCRYPTION_KEY 提供）
  import-av DIR  按 DIR/manifest.json 批量登记执法记录仪导出的音像文件（以 SANXIANG_TOKEN 的执法人员身份）
  build-admin    构建管理端`;

async function withServices<T>(
  config: Config,
  fn: (s: Awaited<ReturnType<typeof createServices>>) => Promise<T>,
) {
  const services = await createServices(config);
  try {
    return await fn(services);
  } finally {
    await services.close();
  }
}

async function serve(config: Config) {
  await ensureAdminBuilt();
  const services = await createServices(config);
  if (config.demoData && (await seedDemo(services))) {
    console.log(`已创建演示数据，演示账号密码：${DEMO_PASSWORD}`);
  }
  const { app } = await buildApp(config, services);
  const jobs = await startJobs(services.database, moduleJobs(services, config), (m) => app.log.info(m));
  const shutdown = async () => {
    await app.close();
    await jobs.stop();
    await services.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
  await app.listen({ port: config.port, host: config.host });
  for (const line of listenNotice(config)) console.log(line);
}

async function main(command = 'serve', argument?: string): Promise<number> {
  // Offline: no configuration, no database.
  if (command === 'verify-export') return verifyExportCommand(process.argv.slice(3));
  const config = loadConfig();
  switch (command) {
    case 'serve':
      await serve(config);
      return -1; // keep running
    case 'migrate':
      await withServices(config, async () => console.log('数据库迁移完成'));
      return 0;
    case 'demo':
      await withServices(config, async (s) =>
        console.log((await seedDemo(s)) ? '已创建演示数据' : '数据库非空，未创建演示数据'),
      );
      return 0;
    case 'verify-ledger':
      return withServices(config, async (s) => {
        const r = await verifyLedger(s.database.db, s.ledger.verifyOptions);
        const differences =
          argument === '--state'
            ? await verifyState(s.database.db, [
                caseStateDifferences,
                documentStateDifferences,
                evidenceStateDifferences,
              ])
            : [];
        for (const d of differences) console.error(`当前数据与账本不符：${describeDifference(d)}`);
        if (r.ok && differences.length) return 1;
        if (r.ok) {
          console.log(
            `账本完好：共 ${r.count} 条记录，${r.heads} 个签名树头，${r.checkpoints} 个旧版检查点，根哈希 ${r.root} (ledger intact: ${r.count} entries)`,
          );
          return 0;
        }
        for (const p of r.problems)
          console.error(
            `账本校验失败：第 ${p.seq}${p.toSeq ? `–${p.toSeq}` : ''} 条记录 — ${p.reason} (bad entry: seq ${p.seq})`,
          );
        return 1;
      });
    case 'checkpoint':
      return withServices(config, async (s) => {
        const head = await s.ledger.signHeadNow();
        console.log(head ? `已签名并发布树头：${head.treeSize} 条，根哈希 ${head.root}` : '账本为空');
        return 0;
      });
    case 'backup':
    case 'restore':
      if (!argument) {
        console.error(USAGE);
        return 2;
      }
      return command === 'backup'
        ? backupCommand(config, argument)
        : restoreCommand(config, argument, process.argv[4]);
    case 'rotate-keys': {
      const { counts, newKey } = await rotateKeys(config);
      const rows = Object.entries(counts).map(([store, n]) => `${store} ${n}`);
      console.log(`已用新主密钥重新加密 (resealed)：${rows.join('，')}`);
      console.log(
        'file' in newKey
          ? `新主密钥已写入 ${newKey.file}；请重新备份该文件 (the key file now holds the new key)`
          : '请将 KEY_ENCRYPTION_KEY 改为 NEW_KEY_ENCRYPTION_KEY 的值后再启动服务 (set KEY_ENCRYPTION_KEY to the new key before starting)',
      );
      return 0;
    }
    case 'import-av':
      if (!argument) {
        console.error(USAGE);
        return 2;
      }
      return withServices(config, (s) => importAvCommand(s, config, argument));
    case 'build-admin':
      await ensureAdminBuilt({ force: true });
      return 0;
    default:
      console.error(USAGE);
      return 2;
  }
}

main(process.argv[2], process.argv[3]).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (e: unknown) => {
    if (
      e instanceof ConfigError ||
      e instanceof DataDirLockedError ||
      e instanceof SealError ||
      e instanceof BackupError
    )
      console.error(e.message);
    else console.error(e);
    process.exit(1);
  },
);
