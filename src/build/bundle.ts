/**
 * Build step after tsc (`npm run build`, so also `npm ci`/`prepare` on the user's machine):
 *  1. bundles the CLI and its worker into dist/bundle/ with esbuild, so a cold `factx` loads a
 *     few files instead of compromise's ~450 modules, with the gazetteer in compact form
 *     (dist/bundle/gazetteer.bin), which workers read instead of building it;
 *  2. builds a Node startup snapshot, dist/snapshot/factx.blob, from a CommonJS bundle of
 *     snapshot-entry.ts: compromise, the gazetteer (in compact form) and the CLI already
 *     initialised, with dist/snapshot/node (node version and V8 flags) for bin/factx.js's /bin/sh part;
 *  3. writes dist/bundle/stamp.json, by which launch.ts (bin/factx.js) knows both belong to this
 *     build and this Node, and otherwise falls back to dist/cli/main.js (tsc's output, which
 *     library users import as dist/index.js either way).
 * Without esbuild (an install without devDependencies) the step is skipped; a snapshot that fails
 * to build is left out. factx runs either way, only its start is slower.
 * FACTX_KEEP_SNAPSHOT_ENTRY=1 keeps dist/snapshot/ (entry.cjs, geonames.txt) for debugging a failed snapshot.
 *
 * dist/bundle/ sits at the same depth as dist/cli/, so `new URL("../../package.json",
 * import.meta.url)` and `new URL("./worker.js", import.meta.url)` resolve the same in both.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Stamp } from "./launch.js";
import { INTERRUPT_BUDGET } from "./v8-flags.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const outdir = join(root, "dist/bundle");
const snapdir = join(root, "dist/snapshot");

let esbuild: typeof import("esbuild");
try {
  esbuild = await import("esbuild");
} catch {
  rmSync(outdir, { recursive: true, force: true });
  rmSync(snapdir, { recursive: true, force: true });
  process.stderr.write("build: esbuild not installed; factx will run from dist/cli (slower start)\n");
  process.exit(0);
}

rmSync(outdir, { recursive: true, force: true });
rmSync(snapdir, { recursive: true, force: true });
const tsc = statSync(join(root, "dist/index.js")).mtimeMs;

/**
 * Escapes every non-ASCII character of a bundle (\uXXXX, a surrogate pair as two escapes), which
 * esbuild leaves as is in regular expression literals: V8 keeps a script's source in memory and in
 * the snapshot, and one non-ASCII character makes it two bytes a character. Strings, regular
 * expressions (with or without the u flag) and identifiers mean the same with the escapes.
 */
function asciiOnly(file: string): void {
  const code = readFileSync(file, "utf8");
  const ascii = code.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  if (ascii !== code) writeFileSync(file, ascii);
}

/** A failed step leaves factx on tsc's output: slower to start, never broken. */
function giveUp(step: string, e: unknown): never {
  rmSync(outdir, { recursive: true, force: true });
  rmSync(snapdir, { recursive: true, force: true });
  process.stderr.write(`build: ${step} failed, factx will run from dist/cli (slower start): ${(e as Error)?.message ?? e}\n`);
  process.exit(0);
}

await esbuild.build({
  absWorkingDir: root,
  entryPoints: { main: "src/cli/main.ts", worker: "src/cli/worker.ts" },
  outdir,
  bundle: true,
  splitting: true, // main and worker share one chunk with compromise; lazy imports (html) stay lazy
  format: "esm",
  platform: "node",
  target: "node20",
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: "linked",
  // CommonJS dependencies bundled into ESM still call require() for Node built-ins
  banner: { js: 'import { createRequire as __factxRequire } from "node:module"; const require = __factxRequire(import.meta.url);' },
  logLevel: "warning",
}).catch((e: unknown) => giveUp("bundling", e));
for (const f of readdirSync(outdir)) if (f.endsWith(".js")) asciiOnly(join(outdir, f));
// the gazetteer in compact form, which the bundle's workers read instead of building it (compact-gazetteer.ts)
{
  const { gazetteer } = (await import(pathToFileURL(join(root, "dist/places/gazetteer.js")).href)) as typeof import("../places/gazetteer.js");
  const { compact, serializeCompact } = (await import(pathToFileURL(join(root, "dist/build/compact-gazetteer.js")).href)) as typeof import("./compact-gazetteer.js");
  writeFileSync(join(outdir, "gazetteer.bin"), serializeCompact(compact(gazetteer())));
}

// 2. the snapshot: `node --build-snapshot` takes one CommonJS script that may require only built-ins.
/** V8 flags the snapshot is built and started with (its flag hash must match): see v8-flags.ts */
const SNAPSHOT_FLAGS = [INTERRUPT_BUDGET];
let snapshot: Stamp["snapshot"] = null;
mkdirSync(snapdir, { recursive: true });
const entry = join(snapdir, "entry.cjs");
// The gazetteer's data (2.8 MB of text) is read from a file while the snapshot is built instead of
// being part of the script: the script's source stays in the snapshot, the index built from the data
// is what factx needs; snapshot-entry.ts drops the text once the index is built.
const geonames = join(snapdir, "geonames.txt");
const { GEONAMES } = (await import(pathToFileURL(join(root, "dist/places/data/geonames.js")).href)) as typeof import("../places/data/geonames.js");
writeFileSync(geonames, GEONAMES);
const geonamesFromFile: import("esbuild").Plugin = {
  name: "geonames-from-file",
  setup(build) {
    build.onLoad({ filter: /[\\/]places[\\/]data[\\/]geonames\.ts$/ }, () => ({
      loader: "ts",
      contents: `import { readFileSync } from "node:fs";
        export let GEONAMES: string = readFileSync(${JSON.stringify(geonames)}, "utf8");
        (globalThis as any).__factxReleaseGeonames = () => { GEONAMES = ""; };`,
    }));
  },
};
const blob = join(snapdir, "factx.blob");
await esbuild.build({
  absWorkingDir: root,
  entryPoints: ["src/build/snapshot-entry.ts"],
  outfile: entry,
  bundle: true,
  format: "cjs",
  platform: "node",
  target: "node20",
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: "none",
  // import.meta.url (package.json, worker.js) → dist/bundle/main.js's URL, reset at start from the blob's path
  define: { "import.meta.url": "globalThis.__factxModuleUrl" },
  plugins: [geonamesFromFile],
  banner: { js: `globalThis.__factxModuleUrl = ${JSON.stringify(pathToFileURL(join(outdir, "main.js")).href)};` },
  logLevel: "warning",
}).catch((e: unknown) => giveUp("bundling the snapshot entry", e));
asciiOnly(entry);
const made = spawnSync(process.execPath, [...SNAPSHOT_FLAGS, "--snapshot-blob", blob, "--build-snapshot", entry], { cwd: snapdir, encoding: "utf8" });
if (!process.env.FACTX_KEEP_SNAPSHOT_ENTRY) rmSync(geonames, { force: true });
if (made.status === 0) {
  snapshot = { node: process.version, arch: process.arch, platform: process.platform, flags: SNAPSHOT_FLAGS };
  // what bin/factx.js, run by /bin/sh, reads: the node version and the flags to start the snapshot with
  writeFileSync(join(snapdir, "node"), `${process.version} ${SNAPSHOT_FLAGS.join(" ")}\n`);
} else {
  if (!process.env.FACTX_KEEP_SNAPSHOT_ENTRY) rmSync(snapdir, { recursive: true, force: true });
  process.stderr.write(`build: no startup snapshot (node --build-snapshot exited ${made.status}): ${(made.stderr ?? "").trim().split("\n").slice(-3).join(" / ")}\n`);
}

// 3. the stamp
writeFileSync(join(outdir, "stamp.json"), JSON.stringify({ tsc, snapshot } satisfies Stamp) + "\n");
