// The load generator of bench/http-baseline.ts, forked into a process of its own so that the server under
// test has its event loop to itself. Each IPC message is one autocannon run; the figures go back the same way.
import autocannon from 'autocannon';

export interface LoadRun {
  url: string;
  headers: Record<string, string>;
  connections: number;
  seconds: number;
}

export interface LoadResult {
  rps: number;
  requests: number;
  /** Seconds the run took. */
  duration: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

process.on('message', (run: LoadRun) => {
  void autocannon({
    url: run.url,
    headers: run.headers,
    connections: run.connections,
    duration: run.seconds,
  }).then((result) => {
    const summary: LoadResult = {
      rps: result.requests.average,
      requests: result.requests.total,
      duration: result.duration,
      p50: result.latency.p50,
      p99: result.latency.p99,
      non2xx: result.non2xx,
      errors: result.errors + result.timeouts,
    };
    process.send!(summary);
  });
});
process.on('disconnect', () => process.exit(0));
