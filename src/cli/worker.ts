/** A worker thread of the pool (pool.ts): one document in, its facts (or an error message) out. */
import { parentPort } from "node:worker_threads";
import { extractDocument } from "../index.js";
import type { Outcome, WorkerRequest } from "./pool.js";

parentPort!.on("message", ({ input, options }: WorkerRequest) => {
  let outcome: Outcome;
  try {
    outcome = { ok: true, facts: extractDocument(input, options) };
  } catch (e) {
    outcome = { ok: false, message: `internal error while extracting: ${(e as Error)?.message ?? String(e)}` };
  }
  parentPort!.postMessage(outcome);
});
