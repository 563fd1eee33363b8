/**
 * How `node bin/factx.js` starts the CLI, fastest first (bin/factx.js run as a program checks the
 * same in /bin/sh and, for one document, starts node on the snapshot itself):
 *  1. the startup snapshot (dist/snapshot/factx.blob): a child `node --snapshot-blob` whose heap
 *     already holds compromise and the gazetteer, when it was built by this Node from this build;
 *  2. the esbuild bundle (dist/bundle/main.js), when it was made from this tsc output;
 *  3. tsc's output (dist/cli/main.js).
 * "This build": the stamp written by bundle.ts records the mtime of dist/index.js, which every tsc
 * run rewrites, so a `tsc` without the rest of `npm run build` falls back to 3, never to stale code.
 * The snapshot is for one document: a batch (--ndjson, several inputs, a directory) starts from
 * the bundle, whose worker threads cost far less memory than processes forked from the snapshot
 * (Node 20 starts no worker thread in a snapshot-deserialized process). FACTX_NO_SNAPSHOT=1 skips 1.
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { setFlagsFromString } from "node:v8";
import { INTERRUPT_BUDGET } from "./v8-flags.js";

export interface Stamp {
  /** mtime of dist/index.js when the bundle was made */
  tsc: number;
  /** process.version, arch and platform that built the snapshot, and the V8 flags it was built with (which it must be started with); null when there is none */
  snapshot: { node: string; arch: string; platform: string; flags: string[] } | null;
}

/** exit code of a Node that could not load its startup snapshot */
const SNAPSHOT_FAILURE = 14;

const dist = join(dirname(fileURLToPath(import.meta.url)), "..");

function stamp(): Stamp | null {
  try {
    const s = JSON.parse(readFileSync(join(dist, "bundle/stamp.json"), "utf8")) as Stamp;
    return s.tsc === statSync(join(dist, "index.js")).mtimeMs ? s : null;
  } catch {
    return null;
  }
}

function runSnapshot(flags: string[], args: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...flags, "--snapshot-blob", join(dist, "snapshot/factx.blob"), "--", ...args], { stdio: "inherit" });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    const signals: NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];
    for (const s of signals) process.on(s, forward);
    child.on("error", () => resolve(SNAPSHOT_FAILURE));
    child.on("exit", (code, signal) => {
      for (const s of signals) process.off(s, forward);
      if (signal) process.kill(process.pid, signal);
      else resolve(code ?? 1);
    });
  });
}

/** options of the CLI (src/cli/main.ts) that take a value: what follows them is not an input */
const VALUE_OPTIONS = new Set(["-d", "--date", "-f", "--format", "--only", "--max-bytes", "--timeout", "--time-limit", "-j", "--jobs", "--ignore", "--junit"]);

/** Whether the command line names more than one document. A wrong guess only costs speed, never correctness. */
function isBatch(args: string[]): boolean {
  const inputs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--ndjson") return true;
    if (a === "--") { inputs.push(...args.slice(i + 1)); break; }
    if (VALUE_OPTIONS.has(a)) i++;
    else if (a === "-" || !a.startsWith("-")) inputs.push(a);
  }
  if (inputs[0] === "check") return false;
  if (inputs.length > 1) return true;
  try {
    return inputs.length === 1 && inputs[0] !== "-" && statSync(inputs[0]).isDirectory();
  } catch {
    return false;
  }
}

export async function launch(argv: string[]): Promise<void> {
  const s = stamp();
  const snap = s?.snapshot;
  const fits = snap && Array.isArray(snap.flags) && snap.node === process.version && snap.arch === process.arch && snap.platform === process.platform && existsSync(join(dist, "snapshot/factx.blob"));
  if (fits && !process.env.FACTX_NO_SNAPSHOT && !isBatch(argv.slice(2))) {
    const code = await runSnapshot(snap.flags, argv.slice(2));
    if (code !== SNAPSHOT_FAILURE) {
      process.exitCode = code;
      return;
    }
  }
  if (!process.execArgv.some((a) => a.startsWith("--interrupt-budget"))) setFlagsFromString(INTERRUPT_BUDGET);
  const entry = s ? pathToFileURL(join(dist, "bundle/main.js")).href : "../cli/main.js";
  const { main } = (await import(entry)) as typeof import("../cli/main.js");
  await main(argv);
}
