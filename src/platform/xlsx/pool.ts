// A small pool of worker threads for CPU-heavy work that must not hold the event loop (issue 14: a
// spreadsheet import parsed on the main thread stalled every other request for seconds). At most `size`
// workers run; further jobs wait in a bounded queue; a job that runs longer than `timeoutMs` is abandoned
// and its worker terminated (a new one starts for the next job), as is a worker that dies (e.g. out of
// memory under `resourceLimits`). Idle workers do not keep the process alive.
import { Worker, type ResourceLimits } from 'node:worker_threads';

export interface PoolOptions {
  /** The worker's entry module; it answers each message with exactly one message. */
  script: URL;
  size: number;
  timeoutMs: number;
  /** Jobs waiting beyond the running ones; more are refused at once. */
  maxQueue: number;
  resourceLimits?: ResourceLimits;
}

export class PoolTimeout extends Error {}
export class PoolBusy extends Error {}
export class WorkerDied extends Error {}

interface Job<In, Out> {
  input: In;
  transfer: ArrayBuffer[];
  resolve: (out: Out) => void;
  reject: (e: Error) => void;
}

interface Slot<In, Out> {
  worker: Worker;
  job: Job<In, Out> | null;
  timer: NodeJS.Timeout | null;
}

export class WorkerPool<In, Out> {
  private readonly slots = new Set<Slot<In, Out>>();
  private readonly queue: Job<In, Out>[] = [];

  constructor(private readonly opts: PoolOptions) {}

  /** Runs one job; rejects with PoolBusy, PoolTimeout or WorkerDied. */
  run(input: In, transfer: ArrayBuffer[] = []): Promise<Out> {
    return new Promise<Out>((resolve, reject) => {
      const job = { input, transfer, resolve, reject };
      const idle = [...this.slots].find((s) => !s.job);
      if (idle) return this.start(idle, job);
      if (this.slots.size < this.opts.size) return this.start(this.spawn(), job);
      if (this.queue.length >= this.opts.maxQueue) return reject(new PoolBusy());
      this.queue.push(job);
    });
  }

  /** Workers alive now (running or idle). */
  get workers(): number {
    return this.slots.size;
  }

  /** Terminates every worker; queued jobs are refused. */
  async close(): Promise<void> {
    for (const job of this.queue.splice(0)) job.reject(new PoolBusy());
    await Promise.all([...this.slots].map((s) => this.discard(s, new WorkerDied())));
  }

  private spawn(): Slot<In, Out> {
    const worker = new Worker(this.opts.script, {
      resourceLimits: this.opts.resourceLimits,
      // The entry registers its own TypeScript loader; inheriting the parent's flags would register twice.
      execArgv: [],
    });
    const slot: Slot<In, Out> = { worker, job: null, timer: null };
    worker.on('message', (out: Out) => this.finish(slot, (job) => job.resolve(out)));
    worker.on('error', () => void this.discard(slot, new WorkerDied()));
    worker.on('exit', () => void this.discard(slot, new WorkerDied()));
    this.slots.add(slot);
    return slot;
  }

  private start(slot: Slot<In, Out>, job: Job<In, Out>) {
    slot.job = job;
    slot.worker.ref();
    slot.timer = setTimeout(() => void this.discard(slot, new PoolTimeout()), this.opts.timeoutMs);
    slot.worker.postMessage(job.input, job.transfer);
  }

  private finish(slot: Slot<In, Out>, settle: (job: Job<In, Out>) => void) {
    if (!this.slots.has(slot)) return; // an answer after its timeout: the job already failed
    const job = slot.job;
    if (slot.timer) clearTimeout(slot.timer);
    slot.job = null;
    slot.timer = null;
    if (job) settle(job);
    this.next(slot);
  }

  /** Ends a worker that timed out, died or is closed; its job fails with `error`. */
  private async discard(slot: Slot<In, Out>, error: Error) {
    if (!this.slots.delete(slot)) return;
    const job = slot.job;
    if (slot.timer) clearTimeout(slot.timer);
    slot.job = null;
    job?.reject(error);
    const waiting = this.queue.shift();
    if (waiting) this.start(this.spawn(), waiting);
    await slot.worker.terminate();
  }

  private next(slot: Slot<In, Out>) {
    const waiting = this.queue.shift();
    if (waiting) this.start(slot, waiting);
    else slot.worker.unref();
  }
}
