// Issue 14, finding 5: a hostile spreadsheet must not stall the server. `/healthz` is measured over real
// HTTP while three hostile imports (3 million shared strings, to the people, bodies and catalogue imports)
// run at once, again and again, and its p99 is compared with its idle p99 measured in the same test.
// Before spreadsheets were parsed in a worker, each such import held the event loop for seconds.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../helpers/app.ts';
import { manySharedStrings } from '../helpers/hostile-xlsx.ts';
import { demoIds, loginFrom, multipart } from './support.ts';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** One probe every INTERVAL_MS: 300 probes in the idle phase, so its p99 ignores the worst three. */
const INTERVAL_MS = 10;
const IDLE_MS = 3000;
/** The hostile phase lasts at least this long (several rounds of imports) and until each has answered. */
const HOSTILE_MS = 3000;
const MAX_PHASE_MS = 30_000;
/**
 * The bound, on a 2-core machine shared with other work: hostile p99 ≤ max(RATIO × idle p99, FLOOR_MS).
 * With parsing in a worker the event loop is never held, but the worker competes for the cores, so the
 * ratio is generous; the floor keeps a fast idle p99 (1–2 ms) from turning scheduling noise into a
 * failure. Before the change a hostile import held the loop for seconds, far above either.
 */
const RATIO = 10;
const FLOOR_MS = 100;

const p99 = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.ceil(sorted.length * 0.99) - 1]!;
};

describe('/healthz during hostile imports', () => {
  let t: TestApp;
  let base: string;
  let sysadmin: Client;
  let legalHead: Client;
  let bodyId: string;

  beforeAll(async () => {
    t = await createTestApp();
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const address = t.app.server.address();
    if (!address || typeof address === 'string') throw new Error('no port');
    base = `http://127.0.0.1:${address.port}`;
    sysadmin = await loginFrom(t, 'sysadmin');
    legalHead = await loginFrom(t, 'legalhead1');
    bodyId = (await demoIds(t)).district;
  });
  afterAll(async () => t.close());

  /**
   * Probes at a fixed rate, each on its own (not waiting for the previous answer), each latency counted
   * from when the probe was due: a stalled event loop delays the sending too, and timing only the request
   * would hide the stall in the wait before it. Runs for at least `minMs` and until `until()`, at most
   * MAX_PHASE_MS (a stalled server is measured by what it did in that time).
   */
  async function sampleHealthz(minMs: number, until: () => boolean = () => true): Promise<number[]> {
    const probes: Promise<number>[] = [];
    const start = performance.now();
    for (let k = 0; ; k++) {
      const due = start + k * INTERVAL_MS;
      if ((due - start >= minMs && until()) || due - start >= MAX_PHASE_MS) break;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      probes.push(
        fetch(`${base}/healthz`).then(async (res) => {
          await res.text();
          expect(res.status).toBe(200);
          return performance.now() - due;
        }),
      );
    }
    return Promise.all(probes);
  }

  it('keeps its p99 within the bound of its idle p99 while three hostile imports run', async () => {
    // Warm up first (the client's first request loads its HTTP stack), then measure idle.
    for (let i = 0; i < 20; i++) await (await fetch(`${base}/healthz`)).text();
    const idle = p99(await sampleHealthz(IDLE_MS));

    const file = manySharedStrings(3_000_000);
    expect(file.length).toBeLessThan(256 * 1024);
    const send = (client: Client, url: string) =>
      client.request({
        method: 'POST',
        url,
        ...multipart([{ name: 'file', filename: 'bomb.xlsx', contentType: XLSX_TYPE, content: file }]),
      });
    const attackers = [
      () => send(sysadmin, `/api/v1/people/import?bodyId=${bodyId}`),
      () => send(sysadmin, '/api/v1/bodies/import'),
      () => send(legalHead, `/api/v1/catalog/item/import?bodyId=${bodyId}`),
    ];
    let stop = false;
    const statuses: number[] = [];
    const rounds = attackers.map((attack) => {
      const round = { n: 0, settled: false, done: Promise.resolve() };
      round.done = (async () => {
        while (!stop || round.n === 0) {
          statuses.push((await attack()).statusCode);
          round.n++;
        }
        round.settled = true;
      })();
      return round;
    });
    const hostileSamples = await sampleHealthz(HOSTILE_MS, () => rounds.every((r) => r.settled || r.n > 0));
    stop = true;
    const hostile = p99(hostileSamples);
    const bound = Math.max(RATIO * idle, FLOOR_MS);
    console.log(
      `/healthz p99 idle ${idle.toFixed(1)} ms, under 3 hostile imports ${hostile.toFixed(1)} ms ` +
        `(ratio ${(hostile / idle).toFixed(1)}, bound ${bound.toFixed(1)} ms, ${hostileSamples.length} samples)`,
    );
    await Promise.all(rounds.map((r) => r.done));
    console.log(`${statuses.length} hostile imports, answered ${[...new Set(statuses)].join(', ')}`);
    // Every hostile import is refused as bad input, none with a 5xx.
    expect(new Set(statuses)).toEqual(new Set([422]));
    expect(hostile).toBeLessThanOrEqual(bound);
  }, 240_000);
});
