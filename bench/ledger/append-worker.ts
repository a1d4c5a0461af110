// The load generator of bench/ledger.ts, in its own process: W writers, each on its own connection and
// each for its own body (as W enforcement bodies of a province writing at once), append ledger entries
// through Ledger.record for a fixed time, and the process prints one JSON line with the count.
//   tsx bench/ledger/append-worker.ts URL WRITERS SECONDS
import { randomUUID } from 'node:crypto';
import { openDatabase } from '../../src/platform/db/client.ts';
import { Ledger } from '../../src/platform/ledger/ledger.ts';
import { generateSm2KeyPair } from '../../src/platform/crypto/sm.ts';
import { systemClock } from '../../src/platform/clock.ts';

// The code the bench writes, declared to the type checker only (as the ledger tests declare theirs).
declare module '../../src/platform/ledger/events.ts' {
  interface LedgerEventMap {
    'bench.append': { w: number; n: number };
  }
}

const [url, writersArg, secondsArg] = process.argv.slice(2);
const writers = Number(writersArg);
const seconds = Number(secondsArg);
const database = await openDatabase({ kind: 'postgres', url: url!, poolSize: writers });
const ledger = new Ledger(database.db, { headEvery: 1000, signingKey: generateSm2KeyPair().privateKey });
const until = Date.now() + seconds * 1000;
const counts = await Promise.all(
  Array.from({ length: writers }, async (_, w) => {
    const bodyId = randomUUID();
    let n = 0;
    while (Date.now() < until) {
      await ledger.record(
        { actor: { id: null, name: `写入者${w}` }, ip: '127.0.0.1', now: systemClock.now() },
        { action: 'bench.append', entityType: 'bench', entityId: String(n), bodyId, payload: { w, n } },
      );
      n++;
    }
    return n;
  }),
);
await database.close();
console.log(
  JSON.stringify({ writers, seconds, appends: counts.reduce((a, b) => a + b, 0), perWriter: counts }),
);
