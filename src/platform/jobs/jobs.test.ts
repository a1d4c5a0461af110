// pg-boss on the embedded database, through the same pool code path PostgreSQL uses: a scheduled job is
// registered with its cron and time zone, and runs once when sent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../db/client.ts';
import { startJobs, type JobRunner } from './jobs.ts';

describe('background jobs on PGlite', () => {
  let database: Database;
  let runner: JobRunner;
  let runs = 0;
  const logs: string[] = [];
  beforeAll(async () => {
    database = await openDatabase({ kind: 'pglite', dir: 'memory://' });
    runner = await startJobs(
      database,
      [{ name: 'test-job', cron: '0 6 * * *', runOnStart: false, run: async () => ({ n: ++runs }) }],
      (m) => logs.push(m),
    );
  }, 60_000);
  afterAll(async () => {
    await runner.stop();
    await database.close();
  });

  it('registers the daily schedule in Asia/Shanghai', async () => {
    const { rows } = await database.pool.query<{ name: string; cron: string; timezone: string }>(
      'select name, cron, timezone from pgboss.schedule',
    );
    expect(rows).toEqual([{ name: 'test-job', cron: '0 6 * * *', timezone: 'Asia/Shanghai' }]);
  });

  it('runs a job sent now, once', async () => {
    await runner.runNow('test-job');
    expect(runs).toBe(1);
    expect(logs).toContain('后台任务 test-job 完成: {"n":1}');
  }, 30_000);
});
