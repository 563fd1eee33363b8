/**
 * A worker of the pool (pool.ts): one document in, its facts (or an error message) out.
 * It runs as a worker thread, or as a process forked by the pool, which is also how the
 * startup snapshot serves (src/build/snapshot-entry.ts calls `serve`).
 */
import { parentPort } from "node:worker_threads";
import { extractDocument } from "../index.js";
import type { Outcome, WorkerRequest } from "./pool.js";

export function serve(): void {
  const reply = parentPort ? (o: Outcome) => parentPort!.postMessage(o) : (o: Outcome) => process.send!(o);
  (parentPort ?? process).on("message", ({ input, options }: WorkerRequest) => {
    let outcome: Outcome;
    try {
      outcome = { ok: true, facts: extractDocument(input, options) };
    } catch (e) {
      outcome = { ok: false, message: `internal error while extracting: ${(e as Error)?.message ?? String(e)}` };
    }
    reply(outcome);
  });
}

if (parentPort || process.send) serve();
