// The worker pool behind spreadsheet parsing (issue 14): at most `size` workers, a bounded queue, and a
// job that overruns its time or kills its worker fails alone — the worker is terminated and replaced.
import { afterEach, describe, expect, it } from 'vitest';
import { PoolBusy, PoolTimeout, WorkerDied, WorkerPool } from './pool.ts';

const script = new URL('../../../test/helpers/echo-worker.mjs', import.meta.url);
const pools: WorkerPool<unknown, unknown>[] = [];
function poolOf(size: number, timeoutMs = 10_000, maxQueue = 10) {
  const pool = new WorkerPool<unknown, unknown>({
    script,
    size,
    timeoutMs,
    maxQueue,
    resourceLimits: { maxOldGenerationSizeMb: 64 },
  });
  pools.push(pool);
  return pool;
}

describe('WorkerPool', () => {
  afterEach(async () => {
    await Promise.all(pools.splice(0).map((p) => p.close()));
  });

  it('runs every job, on at most `size` workers, answers in order of the jobs', async () => {
    const pool = poolOf(2);
    const jobs = [1, 2, 3, 4, 5].map((n) => pool.run(n));
    expect(pool.workers).toBe(2);
    expect(await Promise.all(jobs)).toEqual([1, 2, 3, 4, 5]);
    expect(pool.workers).toBe(2);
  });

  it('terminates a worker that overruns its time; the job fails, the next one runs on a new worker', async () => {
    // Generous: the next job's worker starts within the timeout even on a loaded machine.
    const pool = poolOf(1, 3000);
    const start = performance.now();
    const hung = pool.run('hang');
    const queued = pool.run('after');
    await expect(hung).rejects.toBeInstanceOf(PoolTimeout);
    expect(performance.now() - start).toBeLessThan(10_000);
    expect(await queued).toBe('after');
    expect(pool.workers).toBe(1);
  });

  it('fails the job of a worker that exits or runs out of memory, and carries on', async () => {
    const pool = poolOf(1);
    await expect(pool.run('exit')).rejects.toBeInstanceOf(WorkerDied);
    await expect(pool.run('oom')).rejects.toBeInstanceOf(WorkerDied);
    expect(await pool.run('fine')).toBe('fine');
  });

  it('refuses a job at once when the queue is full', async () => {
    const pool = poolOf(1, 3000, 1);
    const hung = pool.run('hang');
    const queued = pool.run('queued');
    await expect(pool.run('third')).rejects.toBeInstanceOf(PoolBusy);
    await expect(hung).rejects.toBeInstanceOf(PoolTimeout);
    expect(await queued).toBe('queued');
  });
});
