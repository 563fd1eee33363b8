/**
 * Extraction for many documents: a pool of worker threads, one per core, each with its own
 * compromise. `extractAll` reads items ahead only as far as the pool has room (back-pressure on
 * the input), and yields results in input order (so output order never depends on timing).
 * A single document, FACTX_JOBS=1 or a missing worker file: everything runs in this thread.
 */
import { fork, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { DocumentInput } from "../document.js";
import type { DocumentFacts } from "../facts.js";
import type { ExtractOptions } from "../index.js";

export type Outcome =
  | { readonly ok: true; readonly facts: DocumentFacts }
  | { readonly ok: false; readonly message: string; readonly code?: "timeout" };

/** what a worker says once, when it has loaded everything and can take documents */
export interface Ready {
  readonly ready: true;
}

/** what the worker receives and answers (see worker.ts) */
export interface WorkerRequest {
  readonly input: DocumentInput;
  readonly options: ExtractOptions;
}

interface Extractor {
  run(input: DocumentInput, options: ExtractOptions): Promise<Outcome>;
  close(): Promise<void>;
}

function failure(e: unknown): Outcome {
  return { ok: false, message: `internal error while extracting: ${(e as Error)?.message ?? String(e)}` };
}

const timeLimitMessage = (ms: number) => `stopped at the time limit of ${ms / 1000} s (--time-limit)`;

/**
 * In this thread; the library (and compromise) is loaded on first use only. Nothing can interrupt
 * this thread's work, so the time limit is checked between the pieces of a long document: a
 * document stops within one piece's time (about a second) of the limit.
 */
function inProcess(timeLimitMs = 0): Extractor {
  let lib: Promise<typeof import("../index.js")> | null = null;
  return {
    async run(input, options) {
      lib ??= import("../build/compact-gazetteer.js").then(({ installCompactGazetteer }) => {
        // as a worker does (worker.ts): the gazetteer the build wrote beside the bundle
        installCompactGazetteer(new URL("./gazetteer.bin", import.meta.url));
        return import("../index.js");
      });
      const { extractDocument, StoppedError } = await lib;
      const t0 = performance.now();
      const shouldStop = timeLimitMs > 0 ? () => performance.now() - t0 > timeLimitMs : undefined;
      try {
        return { ok: true, facts: extractDocument(input, { ...options, shouldStop }) };
      } catch (e) {
        if (e instanceof StoppedError) return { ok: false, code: "timeout", message: timeLimitMessage(timeLimitMs) };
        return failure(e);
      }
    },
    async close() {},
  };
}

interface Job extends WorkerRequest {
  resolve(outcome: Outcome): void;
}

interface Slot {
  worker: Worker | ChildProcess;
  job: Job | null;
  /** stops the worker when its document runs past the time limit */
  timer: NodeJS.Timeout | null;
  expired: boolean;
  ready: boolean;
}

declare global {
  /** set when this process started from factx's startup snapshot (src/build/snapshot-entry.ts) */
  var __factxSnapshot: boolean | undefined;
}

/**
 * Node 20 cannot start worker threads in a process deserialized from a user-land startup snapshot
 * (the worker's bootstrap fails in process.cwd()), so there the pool forks processes from the same
 * snapshot (fork passes on `--snapshot-blob`), which start with compromise and the gazetteer
 * ready and serve as worker.js does (FACTX_WORKER), with the same structured-clone messages.
 */
/**
 * A worker's heap is capped so that the pool's memory stays flat and small however long the stream
 * (V8 otherwise lets each isolate grow towards a limit set by the machine's memory): old space
 * 80 MB (compromise, the gazetteer's entries in use and the extractors' caches hold ~48 MB after
 * 150 documents), young space 8 MB (no throughput lost on polnear). With 96 MB the whole process
 * (2 workers) still grew past 285 MB after a minute of streaming; with 80 it levels off near 270.
 * A document that needs more kills its worker and is retried in this thread, without the cap.
 */
const LIMITS = { maxOldGenerationSizeMb: 80, maxYoungGenerationSizeMb: 8 };

function startWorker(url: URL): Worker | ChildProcess {
  if (!globalThis.__factxSnapshot) return new Worker(url, { resourceLimits: LIMITS });
  const env = { ...process.env, FACTX_WORKER: "1" };
  return fork(fileURLToPath(url), [], { env, serialization: "advanced", stdio: ["ignore", "ignore", "inherit", "ipc"] });
}

function send(worker: Worker | ChildProcess, message: WorkerRequest): void {
  if (worker instanceof Worker) worker.postMessage(message);
  else worker.send(message);
}

async function stop(worker: Worker | ChildProcess): Promise<void> {
  if (worker instanceof Worker) await worker.terminate();
  else worker.kill();
}

class WorkerPool implements Extractor {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private closing = false;
  private fallback: Extractor | null = null;

  constructor(private readonly url: URL, size: number, private readonly timeLimitMs: number) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const slot: Slot = { worker: startWorker(this.url), job: null, timer: null, expired: false, ready: false };
    slot.worker.on("message", (outcome: Outcome | Ready) => {
      if ("ready" in outcome) {
        slot.ready = true;
        this.pump();
        return;
      }
      const job = slot.job;
      slot.job = null;
      if (slot.timer) clearTimeout(slot.timer);
      job?.resolve(outcome);
      this.pump();
    });
    // a worker that dies (out of memory, say) is replaced so the others go on; its document is
    // retried in this thread, where a real error in the extractors is reported as usual; a worker
    // stopped at the time limit fails its document instead (retrying would hang this thread)
    const died = () => {
      if (this.closing) return;
      const job = slot.job;
      slot.job = null;
      if (slot.timer) clearTimeout(slot.timer);
      slot.worker.removeAllListeners();
      void stop(slot.worker);
      this.slots[this.slots.indexOf(slot)] = this.spawn();
      if (job && slot.expired) {
        job.resolve({ ok: false, code: "timeout", message: timeLimitMessage(this.timeLimitMs) });
      } else if (job) {
        this.fallback ??= inProcess();
        void this.fallback.run(job.input, job.options).then(job.resolve);
      }
      this.pump();
    };
    slot.worker.on("error", died);
    slot.worker.on("exit", died);
    return slot;
  }

  private pump(): void {
    // (after close, a worker that reports ready or finishes takes no queued document, and arms no timer)
    if (this.closing) return;
    for (const slot of this.slots) {
      if (!this.queue.length) return;
      if (slot.job || !slot.ready) continue;
      const job = this.queue.shift()!;
      slot.job = job;
      send(slot.worker, { input: job.input, options: job.options });
      if (this.timeLimitMs > 0) {
        slot.timer = setTimeout(() => {
          slot.expired = true;
          void stop(slot.worker);
        }, this.timeLimitMs);
      }
    }
  }

  run(input: DocumentInput, options: ExtractOptions): Promise<Outcome> {
    return new Promise((resolve) => {
      this.queue.push({ input, options, resolve });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    // (a document still in flight keeps its time-limit timer armed, which would hold the process open for up
    // to --time-limit after `factx … | head -1` stopped reading)
    for (const s of this.slots) if (s.timer) clearTimeout(s.timer);
    await Promise.all(this.slots.map((s) => stop(s.worker)));
  }
}

/** FACTX_JOBS (a count ≥ 1), else one thread per core */
export function jobCount(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env.FACTX_JOBS);
  return Number.isInteger(n) && n >= 1 ? n : availableParallelism();
}

/** A one-line count on a terminal's stderr, redrawn at most 5 times a second; never on a pipe. */
function progress(stream: NodeJS.WriteStream): { tick(chars: number): void; clear(): void } {
  if (!stream.isTTY) return { tick() {}, clear() {} };
  const t0 = Date.now();
  let docs = 0;
  let chars = 0;
  let last = 0;
  let shown = false;
  return {
    tick(n) {
      docs++;
      chars += n;
      const now = Date.now();
      if (now - last < 200) return;
      last = now;
      shown = true;
      const s = (now - t0) / 1000;
      stream.write(`\r\x1b[Kfactx: ${docs} documents, ${(chars / 1024 ** 2).toFixed(1)} MB, ${(docs / s).toFixed(1)} documents/s`);
    },
    clear() {
      if (shown) stream.write("\r\x1b[K");
    },
  };
}

type Item = { readonly ok: boolean; readonly input?: DocumentInput };

/**
 * Extracts every ok item of `items`, yielding { item, outcome } in input order (outcome null for
 * items that are not ok). At most 2 documents per thread are in flight; the next input is read only
 * when there is room, and a finished document is yielded without waiting for more input.
 */
export async function* extractAll<T extends Item>(items: AsyncIterable<T>, options: ExtractOptions, jobs = jobCount(), timeLimitMs = 0): AsyncGenerator<{ item: T; outcome: Outcome | null }> {
  const it = items[Symbol.asyncIterator]();
  const first = await it.next();
  if (first.done) return;
  const workerUrl = new URL("./worker.js", import.meta.url);
  let pending: Promise<IteratorResult<T>> | null = null;
  let extractor: Extractor;
  let capacity = 1;
  if (jobs > 1 && existsSync(fileURLToPath(workerUrl))) {
    // a pool only pays for more than one document: look at the next item before starting one
    pending = it.next();
    const second = await pending;
    pending = Promise.resolve(second);
    extractor = second.done ? inProcess(timeLimitMs) : new WorkerPool(workerUrl, jobs, timeLimitMs);
    capacity = second.done ? 1 : 2 * jobs;
  } else {
    extractor = inProcess(timeLimitMs);
  }
  const shown = extractor instanceof WorkerPool ? progress(process.stderr) : { tick() {}, clear() {} };
  const inFlight: { item: T; outcome: Promise<Outcome> | null; done: boolean }[] = [];
  const add = (item: T) => {
    const entry = { item, outcome: null as Promise<Outcome> | null, done: true };
    if (item.ok && item.input) {
      entry.done = false;
      entry.outcome = extractor.run(item.input, options).then((o) => {
        entry.done = true;
        shown.tick(item.input!.text.length);
        return o;
      });
    }
    inFlight.push(entry);
  };
  try {
    add(first.value);
    let ended = false;
    while (!ended || inFlight.length) {
      // yield what is finished at the head, in order; wait for the head when the pool is full or input ended
      const head = inFlight[0];
      if (head && (head.done || ended || inFlight.length >= capacity)) {
        inFlight.shift();
        yield { item: head.item, outcome: head.outcome ? await head.outcome : null };
        continue;
      }
      pending ??= it.next();
      // the head may finish before the next input arrives (a slow stdin): then it is written first
      const next = head?.outcome ? await Promise.race([pending, head.outcome.then(() => null)]) : await pending;
      if (next === null) continue;
      pending = null;
      if (next.done) ended = true;
      else add(next.value);
    }
  } finally {
    shown.clear();
    await extractor.close();
    if (!pending) await it.return?.();
  }
}
