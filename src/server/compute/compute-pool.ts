/**
 * The compute pool: heavy work (Monte Carlo analyses, LP solves, Erlang A) runs in worker threads, never on
 * the thread that answers requests, so a reader asking for 200 000 draws cannot freeze sign-ins and reads for
 * everyone else. The pool is sized to the machine, its queue is bounded (a full queue is 503 with
 * Retry-After, not a growing backlog), and each job has a time budget: a worker that overruns it is stopped
 * and replaced, and the request gets 503.
 * @module
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { NotFoundError, ServiceBusyError, ValidationError, type ErrorCode } from '../../common/errors.ts';
import { runJob, type Job, type JobResult } from './jobs.ts';
import type { WorkerReply } from './worker-protocol.ts';

export interface ComputeOptions {
  /** Worker threads. @default one less than the cores, at least 1 (the request thread needs a core). */
  workers?: number;
  /** Jobs waiting beyond those running; one more is refused with 503. @default 8 per worker */
  maxQueued?: number;
  /** Longest a job may run before its worker is stopped. @default 30 s */
  timeoutMs?: number;
  /** Worker script. @default `compute-worker.mjs` beside this module (or beside the built bundle) */
  workerUrl?: URL;
}

/** Something that runs jobs: the pool, or `inlineCompute` in tests that need no threads. */
export interface Compute {
  run(job: Job): Promise<JobResult>;
  /** Jobs running and waiting, for health checks and tests. */
  load(): { running: number; queued: number };
  close(): Promise<void>;
}

interface Pending {
  id: number;
  job: Job;
  resolve: (result: JobResult) => void;
  reject: (error: unknown) => void;
}

interface Slot {
  worker: Worker;
  current: Pending | null;
  timer: NodeJS.Timeout | null;
}

/** Runs jobs on the calling thread. For in-process API tests only: it blocks like the old server did. */
export const inlineCompute: Compute = {
  run: (job) => runJob(job),
  load: () => ({ running: 0, queued: 0 }),
  close: async () => {},
};

/**
 * The worker script: the built `compute-worker.mjs` beside the CLI bundle (scripts/build-cli.mjs points this
 * URL there), or, running from the TypeScript sources, an entry that registers tsx in the worker first.
 */
function defaultWorkerUrl(): URL {
  const built = new URL('./compute-worker.ts', import.meta.url);
  return built.pathname.endsWith('.ts') ? new URL('./compute-worker.mjs', import.meta.url) : built;
}

/** Rebuilds the error a worker reported as plain data. */
function rebuildError(error: Extract<WorkerReply, { ok: false }>['error']): Error {
  const code = error.code as ErrorCode | 'internal';
  if (code === 'validation') return new ValidationError(error.issues ?? [], error.message);
  if (code === 'not_found') return new NotFoundError(error.message);
  const rebuilt = new Error(`Compute job failed: ${error.message}`);
  if (error.stack) rebuilt.stack = error.stack;
  return rebuilt;
}

export class ComputePool implements Compute {
  readonly #slots: Slot[] = [];
  readonly #queue: Pending[] = [];
  readonly #maxQueued: number;
  readonly #timeoutMs: number;
  readonly #workerUrl: URL;
  #nextId = 1;
  #closed = false;

  constructor(options: ComputeOptions = {}) {
    const workers = options.workers ?? Math.max(1, availableParallelism() - 1);
    this.#maxQueued = options.maxQueued ?? 8 * workers;
    this.#timeoutMs = options.timeoutMs ?? 30_000;
    this.#workerUrl = options.workerUrl ?? defaultWorkerUrl();
    for (let i = 0; i < workers; i++) this.#slots.push(this.#spawn());
  }

  run(job: Job): Promise<JobResult> {
    if (this.#closed) return Promise.reject(new Error('The compute pool is closed'));
    const free = this.#slots.find((slot) => slot.current === null);
    if (!free && this.#queue.length >= this.#maxQueued) {
      return Promise.reject(new ServiceBusyError(this.#retryAfterSeconds()));
    }
    return new Promise<JobResult>((resolve, reject) => {
      const pending: Pending = { id: this.#nextId++, job, resolve, reject };
      if (free) this.#start(free, pending);
      else this.#queue.push(pending);
    });
  }

  load() {
    return { running: this.#slots.filter((s) => s.current !== null).length, queued: this.#queue.length };
  }

  async close(): Promise<void> {
    this.#closed = true;
    for (const pending of this.#queue.splice(0)) pending.reject(new Error('The compute pool is closed'));
    await Promise.all(
      this.#slots.map(async (slot) => {
        if (slot.timer) clearTimeout(slot.timer);
        slot.current?.reject(new Error('The compute pool is closed'));
        slot.current = null;
        await slot.worker.terminate();
      }),
    );
  }

  /** A rough wait: one time budget's share per queued job per worker, at least a second. */
  #retryAfterSeconds(): number {
    const perWorker = Math.ceil(this.#queue.length / this.#slots.length);
    return Math.max(1, Math.min(60, perWorker * 2));
  }

  #spawn(): Slot {
    const worker = new Worker(this.#workerUrl);
    // An idle pool must not keep the process alive (the CLI's `serve` closes it explicitly).
    worker.unref();
    const slot: Slot = { worker, current: null, timer: null };
    worker.on('message', (reply: WorkerReply) => this.#finish(slot, reply));
    worker.on('error', (error) => this.#replace(slot, error));
    worker.on('exit', (code) => {
      if (!this.#closed && this.#slots.includes(slot)) {
        this.#replace(slot, new Error(`Compute worker exited with code ${code}`));
      }
    });
    return slot;
  }

  #start(slot: Slot, pending: Pending): void {
    slot.current = pending;
    slot.worker.ref();
    slot.timer = setTimeout(() => {
      // A job past its budget cannot be interrupted inside the worker; the worker itself is stopped.
      this.#replace(slot, new ServiceBusyError(this.#retryAfterSeconds(), 'timeout'));
    }, this.#timeoutMs);
    slot.worker.postMessage({ id: pending.id, job: pending.job });
  }

  #finish(slot: Slot, reply: WorkerReply): void {
    const pending = slot.current;
    if (!pending || pending.id !== reply.id) return;
    if (slot.timer) clearTimeout(slot.timer);
    slot.current = null;
    slot.timer = null;
    slot.worker.unref();
    if (reply.ok) pending.resolve(reply.result);
    else pending.reject(rebuildError(reply.error));
    this.#next(slot);
  }

  #next(slot: Slot): void {
    const pending = this.#queue.shift();
    if (pending) this.#start(slot, pending);
  }

  /** Stops a worker (crashed or over time), fails its job, and starts a fresh one in its place. */
  #replace(slot: Slot, error: unknown): void {
    const index = this.#slots.indexOf(slot);
    if (index === -1 || this.#closed) return;
    if (slot.timer) clearTimeout(slot.timer);
    const pending = slot.current;
    slot.current = null;
    this.#slots.splice(index, 1);
    void slot.worker.terminate();
    pending?.reject(error);
    const fresh = this.#spawn();
    this.#slots.splice(index, 0, fresh);
    this.#next(fresh);
  }
}
