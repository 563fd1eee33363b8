/**
 * A worker of the pool (pool.ts): one document in, its facts (or an error message) out.
 * It runs as a worker thread, or as a process forked by the pool, which is also how the
 * startup snapshot serves (src/build/snapshot-entry.ts calls `serve`).
 */
import { parentPort } from "node:worker_threads";
import { installCompactGazetteer } from "../build/compact-gazetteer.js";
import { extractDocument } from "../index.js";
import type { Outcome, Ready, WorkerRequest } from "./pool.js";

export function serve(): void {
  // the gazetteer the build wrote beside the bundle, read instead of built (~10 ms instead of ~200)
  installCompactGazetteer(new URL("./gazetteer.bin", import.meta.url));
  const reply = parentPort ? (o: Outcome | Ready) => parentPort!.postMessage(o) : (o: Outcome | Ready) => process.send!(o);
  // load what extraction loads lazily (the gazetteer index) before saying it is ready: the pool's
  // time limit then measures a document's own work, not this thread's start-up
  extractDocument({ id: "warm-up", text: "Officials in Paris said on Monday that prices rose 5%." });
  reply({ ready: true });
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
