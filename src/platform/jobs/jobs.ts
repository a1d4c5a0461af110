// Background jobs (DESIGN §1): pg-boss on the same database, so schedules and locks live in PostgreSQL
// (or PGlite) and any number of processes can run; a job runs once per schedule whichever process
// picks it up. pg-boss reaches the database through our pool, so PGlite's single owner is respected.
import PgBoss from 'pg-boss';
import type { Database } from '../db/client.ts';

export interface JobDefinition {
  name: string;
  /** Cron in Asia/Shanghai. */
  cron: string;
  /** Also run once when the process starts, to catch up after downtime. */
  runOnStart: boolean;
  run(): Promise<unknown>;
}

export interface JobRunner {
  stop(): Promise<void>;
  /** Runs a job now through the queue and resolves when a worker has finished it (tests, CLI). */
  runNow(name: string): Promise<void>;
}

export async function startJobs(
  database: Database,
  jobs: readonly JobDefinition[],
  log: (message: string) => void,
): Promise<JobRunner> {
  const boss = new PgBoss({
    db: { executeSql: async (text: string, values: unknown[]) => database.pool.query(text, values) },
    schema: 'pgboss',
    // Maintenance every few minutes is plenty for a daily schedule, and keeps PGlite quiet.
    maintenanceIntervalSeconds: 300,
  });
  boss.on('error', (e: Error) => log(`后台任务出错: ${e.message}`));
  await boss.start();
  const waiting = new Map<string, Array<() => void>>();
  for (const job of jobs) {
    await boss.createQueue(job.name);
    await boss.schedule(job.name, job.cron, {}, { tz: 'Asia/Shanghai' });
    await boss.work(job.name, { pollingIntervalSeconds: 2 }, async () => {
      const result = await job.run();
      log(`后台任务 ${job.name} 完成: ${JSON.stringify(result)}`);
      for (const done of waiting.get(job.name)?.splice(0) ?? []) done();
    });
    if (job.runOnStart) await boss.send(job.name, {});
  }
  return {
    stop: () => boss.stop({ graceful: true, wait: true }),
    runNow: async (name) => {
      const finished = new Promise<void>((resolve) =>
        waiting.set(name, [...(waiting.get(name) ?? []), resolve]),
      );
      await boss.send(name, {});
      await finished;
    },
  };
}
