// A running digest computed on a worker thread, so SM3 (the slower of the two fingerprints) runs beside
// SHA-256, the disk and the HTTP parsing of the main thread instead of after them (bench/ingest). Chunks
// are copied into transferable buffers; at most MAX_IN_FLIGHT bytes (16 MiB) wait for the thread, after which
// the upload stream waits too (backpressure), so memory stays flat however fast the client sends.
import { Worker } from 'node:worker_threads';

const MAX_IN_FLIGHT = 16 * 1024 * 1024;

// Plain CommonJS source: the thread runs outside any TypeScript loader (tsx, vitest).
const SOURCE = `
const { parentPort } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const hashes = new Map();
parentPort.on('message', (m) => {
  if (m.op === 'new') hashes.set(m.id, m.from ? hashes.get(m.from).copy() : createHash(m.alg));
  else if (m.op === 'update') {
    hashes.get(m.id).update(new Uint8Array(m.buf));
    parentPort.postMessage({ op: 'ack', n: m.buf.byteLength });
  } else if (m.op === 'digest') {
    parentPort.postMessage({ op: 'digest', reply: m.reply, hex: hashes.get(m.id).digest('hex') });
    hashes.delete(m.id);
  } else if (m.op === 'drop') hashes.delete(m.id);
});
`;

interface Reply {
  resolve(hex: string): void;
  reject(e: Error): void;
}

let worker: Worker | null = null;
let nextId = 1;
let inFlight = 0;
const replies = new Map<number, Reply>();
let waiters: (() => void)[] = [];

function thread(): Worker {
  if (worker) return worker;
  const w = new Worker(SOURCE, { eval: true });
  w.unref();
  w.on('message', (m: { op: 'ack'; n: number } | { op: 'digest'; reply: number; hex: string }) => {
    if (m.op === 'ack') {
      inFlight -= m.n;
      if (inFlight <= MAX_IN_FLIGHT) {
        const ready = waiters;
        waiters = [];
        for (const w of ready) w();
      }
      return;
    }
    replies.get(m.reply)?.resolve(m.hex);
    replies.delete(m.reply);
  });
  w.on('error', (e) => {
    for (const r of replies.values()) r.reject(e);
    replies.clear();
    inFlight = 0;
    for (const ready of waiters) ready();
    waiters = [];
    worker = null;
  });
  worker = w;
  return w;
}

export class ThreadHash {
  private readonly id = nextId++;

  constructor(
    private readonly algorithm: string,
    from?: ThreadHash,
  ) {
    thread().postMessage({ op: 'new', id: this.id, alg: algorithm, from: from?.id });
  }

  update(chunk: Buffer): void {
    const copy = new ArrayBuffer(chunk.length);
    new Uint8Array(copy).set(chunk);
    inFlight += chunk.length;
    thread().postMessage({ op: 'update', id: this.id, buf: copy }, [copy]);
  }

  /** A copy of the running state (for a chunk that may still be taken back). */
  copy(): ThreadHash {
    return new ThreadHash(this.algorithm, this);
  }

  /** The digest; the hash is used up. */
  digest(): Promise<string> {
    const reply = nextId++;
    return new Promise((resolve, reject) => {
      replies.set(reply, { resolve, reject });
      thread().ref();
      thread().postMessage({ op: 'digest', id: this.id, reply });
    }).finally(() => {
      if (replies.size === 0) worker?.unref();
    }) as Promise<string>;
  }

  dispose(): void {
    worker?.postMessage({ op: 'drop', id: this.id });
  }

  /** Whether the thread is behind by more than the allowed bytes: the caller should await `drained`. */
  static get busy(): boolean {
    return inFlight > MAX_IN_FLIGHT;
  }

  static drained(): Promise<void> {
    return inFlight <= MAX_IN_FLIGHT ? Promise.resolve() : new Promise((r) => waiters.push(r));
  }
}
