/**
 * How bin/factx.js starts the CLI, fastest first:
 *  1. the startup snapshot (dist/snapshot/factx.blob): a child `node --snapshot-blob` whose heap
 *     already holds compromise and the gazetteer, when it was built by this Node from this build;
 *  2. the esbuild bundle (dist/bundle/main.js), when it was made from this tsc output;
 *  3. tsc's output (dist/cli/main.js).
 * "This build": the stamp written by bundle.ts records the mtime of dist/index.js, which every tsc
 * run rewrites, so a `tsc` without the rest of `npm run build` falls back to 3, never to stale code.
 * FACTX_NO_SNAPSHOT=1 skips 1.
 */
import { spawn } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export interface Stamp {
  /** mtime of dist/index.js when the bundle was made */
  tsc: number;
  /** process.version, arch and platform that built the snapshot; null when there is none */
  snapshot: { node: string; arch: string; platform: string } | null;
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

function runSnapshot(args: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--snapshot-blob", join(dist, "snapshot/factx.blob"), "--", ...args], { stdio: "inherit" });
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

export async function launch(argv: string[]): Promise<void> {
  const s = stamp();
  const snap = s?.snapshot;
  if (snap && snap.node === process.version && snap.arch === process.arch && snap.platform === process.platform && !process.env.FACTX_NO_SNAPSHOT) {
    const code = await runSnapshot(argv.slice(2));
    if (code !== SNAPSHOT_FAILURE) {
      process.exitCode = code;
      return;
    }
  }
  const entry = s ? pathToFileURL(join(dist, "bundle/main.js")).href : "../cli/main.js";
  const { main } = (await import(entry)) as typeof import("../cli/main.js");
  await main(argv);
}
