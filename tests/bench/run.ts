/**
 * npm run bench [-- CORPUS.jsonl] [--only throughput,latency,batch,memory] [--docs N] [--rounds N]
 *               [--runs N] [--batch-docs N] [--mem-mb N] [--mem-seconds N] [--json FILE]
 *
 * Measures factx's speed as RATIOS taken side by side in one run, so the figures hold on a
 * noisy, shared machine (issue 8 has the targets). Absolute numbers are printed too, labelled
 * with the machine. Runs the BUILT code (dist/, bin/factx.js): `npm run bench` builds first.
 *
 *  throughput  words/s of extractDocument (dist/index.js) vs a bare compromise `nlp(text)`, in
 *              CPU time (the machine may be shared), same documents, same process, interleaved
 *              document by document; median of the per-round ratios (wall ratio shown too)
 *  latency     wall time of a cold `factx <sample>` vs `node -e 0`, medians of --runs (and their CPU
 *              time, from bash's `times`, which a busy machine does not inflate). `factx` is
 *              bin/factx.js run as a program, as npm's bin link runs it (its #!/bin/sh part starts
 *              node on the startup snapshot); `node bin/factx.js` (a launcher process, then the
 *              snapshot's) is shown beside it
 *  batch       `factx --ndjson FILE` (bin/factx.js as a program, as above) on all cores vs FACTX_JOBS=1 (same output bytes checked),
 *              wall time (a busy machine leaves it nothing to measure), with both runs' CPU times
 *  memory      peak RSS (summed over factx's process tree) of `factx --ndjson BIG > /dev/null`,
 *              BIG = the corpora repeated to --mem-mb (a temp file, deleted after), sampled from
 *              /proc every 250 ms for --mem-seconds (or until it ends)
 *
 * Corpus: the file given, else ../shared/corpora/speakers-polnear.jsonl, else the sample
 * article repeated. Nothing here is part of `npm test`.
 */
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync, writeSync } from "node:fs";
import os from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { setFlagsFromString } from "node:v8";
import { INTERRUPT_BUDGET } from "../../src/build/v8-flags.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const CORPORA = resolve(root, process.env.FACTX_CORPORA ?? "../shared/corpora");
const SAMPLE = join(root, "fixtures/bbc-2024-10-18-north-korean-troops.txt");
const BIN = join(root, "bin/factx.js");
const FIGURES = ["throughput", "latency", "batch", "memory"] as const;
type Figure = (typeof FIGURES)[number];

const { values: opts, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    only: { type: "string" },
    docs: { type: "string", default: "40" },
    rounds: { type: "string", default: "3" },
    runs: { type: "string", default: "7" },
    "batch-docs": { type: "string", default: "400" },
    "mem-mb": { type: "string", default: "200" },
    "mem-seconds": { type: "string", default: "30" },
    json: { type: "string" },
  },
});

const only = new Set((opts.only ?? FIGURES.join(",")).split(",").map((s) => s.trim()) as Figure[]);
for (const f of only) if (!FIGURES.includes(f)) fail(`--only takes ${FIGURES.join(",")}`);

function fail(message: string): never {
  process.stderr.write(`bench: ${message}\n`);
  process.exit(2);
}

function log(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}

interface Doc {
  id: string;
  text: string;
  date?: string | null;
}

function words(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function readJsonl(file: string): Doc[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l, i) => {
      const o = JSON.parse(l) as { id?: string; text: string; date?: string | null };
      return { id: String(o.id ?? `${file}:${i + 1}`), text: o.text, date: o.date ?? null };
    });
}

// ---- the corpus ----
const sampleText = readFileSync(SAMPLE, "utf8");
let corpusName: string;
let corpus: Doc[];
const defaultCorpus = join(CORPORA, "speakers-polnear.jsonl");
if (positionals[0]) {
  const file = resolve(positionals[0]);
  corpusName = file;
  corpus = file.endsWith(".jsonl") ? readJsonl(file) : [{ id: file, text: readFileSync(file, "utf8") }];
} else if (existsSync(defaultCorpus)) {
  corpusName = defaultCorpus;
  corpus = readJsonl(defaultCorpus);
} else {
  corpusName = `${SAMPLE} repeated (no corpus at ${defaultCorpus})`;
  corpus = Array.from({ length: 64 }, (_, i) => ({ id: `sample-${i}`, text: sampleText, date: "2024-10-18" }));
}
if (!corpus.length) fail(`no documents in ${corpusName}`);

/** the first n documents, cycling if the corpus is smaller */
function take(n: number): Doc[] {
  return Array.from({ length: n }, (_, i) => corpus[i % corpus.length]);
}

const machine = {
  cpu: os.cpus()[0]?.model.trim() ?? "unknown cpu",
  cores: os.availableParallelism(),
  node: process.version,
  memGB: Math.round(os.totalmem() / 1024 ** 3),
  load: os.loadavg().map((l) => l.toFixed(2)).join(" "),
};

interface Row {
  figure: string;
  factx: string;
  against: string;
  ratio: number;
  target: string;
  holds: boolean | null;
}
const rows: Row[] = [];
const details: Record<string, unknown> = {};

// ---- throughput: extraction vs a bare compromise parse, same process ----
/** CPU seconds of this process (user + system): unlike wall time, not inflated when other processes take the cores */
function cpu(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

async function throughput(): Promise<void> {
  const docs = take(Number(opts.docs));
  const totalWords = docs.reduce((n, d) => n + words(d.text), 0);
  // both sides run with the V8 flags factx runs with (the CLI's launcher and snapshot set them), set before either has run
  setFlagsFromString(INTERRUPT_BUDGET);
  const lib = (await import(pathToFileURL(join(root, "dist/index.js")).href)) as typeof import("../../src/index.js");
  const nlp = (await import("compromise")).default;
  log(`throughput: ${docs.length} documents, ${totalWords} words, ${opts.rounds} rounds, each document parsed bare then extracted`);
  for (const d of docs.slice(0, 4)) { nlp(d.text); lib.extractDocument(d); } // warm the JIT for both
  const rounds: { bareCpu: number; factxCpu: number; bareWall: number; factxWall: number }[] = [];
  for (let r = 0; r < Number(opts.rounds); r++) {
    const round = { bareCpu: 0, factxCpu: 0, bareWall: 0, factxWall: 0 };
    for (const d of docs) {
      // interleaved document by document, so a busy spell of the machine hits both sides alike
      let c = cpu();
      let t = performance.now();
      nlp(d.text);
      round.bareWall += performance.now() - t;
      round.bareCpu += cpu() - c;
      c = cpu();
      t = performance.now();
      lib.extractDocument(d);
      round.factxWall += performance.now() - t;
      round.factxCpu += cpu() - c;
    }
    rounds.push(round);
    log(`  round ${r + 1}: bare ${Math.round(totalWords / round.bareCpu)} w/s, factx ${Math.round(totalWords / round.factxCpu)} w/s (CPU time)`);
  }
  const ratio = median(rounds.map((r) => r.bareCpu / r.factxCpu));
  const wallRatio = median(rounds.map((r) => r.bareWall / r.factxWall));
  const wps = (sec: number) => Math.round(totalWords / sec).toLocaleString("en");
  rows.push({
    figure: "single-thread extraction throughput (CPU time)",
    factx: `${wps(median(rounds.map((r) => r.factxCpu)))} words/s (wall ratio ${wallRatio.toFixed(2)}×)`,
    against: `bare nlp(text): ${wps(median(rounds.map((r) => r.bareCpu)))} words/s`,
    ratio,
    target: "≥ 1.0×",
    holds: ratio >= 1.0,
  });
  details.throughput = { docs: docs.length, words: totalWords, rounds };
}

// ---- latency: cold process on the sample vs node -e 0 ----
/** how factx is run: bin/factx.js as a program (its shebang), as npm's bin link runs it; `node bin/factx.js` where there is no /bin/sh */
const FACTX = process.platform === "win32" ? [process.execPath, BIN] : [BIN];
const NODE = [process.execPath];

function wall(cmd: string[], args: string[], env?: NodeJS.ProcessEnv): number {
  const t = performance.now();
  const r = spawnSync(cmd[0], [...cmd.slice(1), ...args], { stdio: ["ignore", "ignore", "pipe"], env: env ?? process.env });
  const ms = performance.now() - t;
  if (r.status !== 0) fail(`${[...cmd, ...args].join(" ")} exited ${r.status}: ${r.stderr?.toString().slice(0, 400)}`);
  return ms;
}

/** CPU seconds (user + system) of `cmd args…` and every process it waited for, from bash's `times`; null without bash */
function childCpu(cmd: string[], args: string[], env?: NodeJS.ProcessEnv): number | null {
  const r = spawnSync("bash", ["-c", '"$@" > /dev/null 2>&1; times', "bash", ...cmd, ...args], { encoding: "utf8", env: env ?? process.env });
  const m = /(\d+)m([\d.]+)s\s+(\d+)m([\d.]+)s\s*$/.exec(r.stdout ?? "");
  return m ? Number(m[1]) * 60 + Number(m[2]) + Number(m[3]) * 60 + Number(m[4]) : null;
}

function latency(): void {
  const runs = Math.max(5, Number(opts.runs));
  log(`latency: ${runs} cold runs each, interleaved`);
  wall(NODE, ["-e", "0"]);
  wall(FACTX, [SAMPLE]); // discarded: fills the file cache
  const base: number[] = [];
  const cold: number[] = [];
  const viaNode: number[] = [];
  const baseCpu: number[] = [];
  const coldCpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    base.push(wall(NODE, ["-e", "0"]));
    cold.push(wall(FACTX, [SAMPLE]));
    viaNode.push(wall(NODE, [BIN, SAMPLE]));
    const b = childCpu(NODE, ["-e", "0"]);
    const c = childCpu(FACTX, [SAMPLE]);
    if (b !== null && c !== null) { baseCpu.push(b); coldCpu.push(c); }
  }
  const ratio = median(cold) / median(base);
  rows.push({
    figure: "cold `factx` on the sample article, wall",
    factx: `${median(cold).toFixed(0)} ms (\`node bin/factx.js\`: ${median(viaNode).toFixed(0)} ms, ${(median(viaNode) / median(base)).toFixed(2)}×)`,
    against: `node -e 0: ${median(base).toFixed(0)} ms`,
    ratio,
    target: "≤ 2.5×",
    holds: ratio <= 2.5,
  });
  if (coldCpu.length) {
    const cpuRatio = median(coldCpu) / median(baseCpu);
    rows.push({
      figure: "cold `factx` on the sample article, CPU time",
      factx: `${(median(coldCpu) * 1000).toFixed(0)} ms`,
      against: `node -e 0: ${(median(baseCpu) * 1000).toFixed(0)} ms`,
      ratio: cpuRatio,
      target: "(load-proof companion)",
      holds: null,
    });
  }
  details.latency = { runs, factxMs: cold, viaNodeMs: viaNode, nodeMs: base, factxCpu: coldCpu, nodeCpu: baseCpu };
}

// ---- batch: --ndjson on all cores vs one thread ----
const HAS_BASH = spawnSync("bash", ["-c", "times"]).status === 0;

/** `factx args…` (bin/factx.js as a program): wall time, a hash of stdout, its lines, and (through bash's `times` on fd 3) its CPU time */
function runCli(args: string[], env: NodeJS.ProcessEnv): Promise<{ ms: number; hash: string; lines: number; cpu: number | null }> {
  return new Promise((resolvePromise, reject) => {
    const t = performance.now();
    const child = HAS_BASH
      ? spawn("bash", ["-c", '"$@"; s=$?; times >&3; exit $s', "bash", ...FACTX, ...args], { stdio: ["ignore", "pipe", "pipe", "pipe"], env })
      : spawn(FACTX[0], [...FACTX.slice(1), ...args], { stdio: ["ignore", "pipe", "pipe"], env });
    let times = "";
    child.stdio[3]?.on("data", (b: Buffer) => (times += b.toString()));
    const hash = createHash("sha256");
    let lines = 0;
    let err = "";
    child.stdout.on("data", (b: Buffer) => {
      hash.update(b);
      for (const c of b) if (c === 10) lines++;
    });
    child.stderr.on("data", (b: Buffer) => (err += b.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) reject(new Error(`factx ${args.join(" ")} exited ${code}: ${err.slice(0, 400)}`));
      else {
        const m = /(\d+)m([\d.]+)s\s+(\d+)m([\d.]+)s\s*$/.exec(times);
        const cpu = m ? Number(m[1]) * 60 + Number(m[2]) + Number(m[3]) * 60 + Number(m[4]) : null;
        resolvePromise({ ms: performance.now() - t, hash: hash.digest("hex"), lines, cpu });
      }
    });
  });
}

async function batch(tmp: string): Promise<void> {
  const docs = take(Number(opts["batch-docs"]));
  const totalWords = docs.reduce((n, d) => n + words(d.text), 0);
  const file = join(tmp, "batch.jsonl");
  writeFileSync(file, docs.map((d, i) => JSON.stringify({ id: `${i}:${d.id}`, text: d.text, date: d.date ?? undefined })).join("\n") + "\n");
  const cores = os.availableParallelism();
  log(`batch: ${docs.length} documents, ${totalWords} words, FACTX_JOBS=1 then all ${cores} cores`);
  const one = await runCli(["--ndjson", file], { ...process.env, FACTX_JOBS: "1" });
  const all = await runCli(["--ndjson", file], { ...process.env, FACTX_JOBS: String(cores) });
  if (one.hash !== all.hash) fail(`batch: output on ${cores} cores differs from single-threaded output (order or content)`);
  if (one.lines !== docs.length) fail(`batch: expected ${docs.length} output lines, got ${one.lines}`);
  const ratio = one.ms / all.ms;
  // CPU time of both runs: what the pool costs beyond one thread (worker start-up, a compromise per
  // worker, messages), plus what cores slowed by other processes add; the wall ratio is the figure
  const cpuOne = one.cpu;
  const cpuAll = all.cpu;
  const bound = cpuOne && cpuAll ? ` (CPU ${cpuAll.toFixed(1)} s vs ${cpuOne.toFixed(1)} s)` : "";
  rows.push({
    figure: `batch throughput, --ndjson on ${cores} cores`,
    factx: `${Math.round(totalWords / (all.ms / 1000)).toLocaleString("en")} words/s${bound}`,
    against: `1 thread: ${Math.round(totalWords / (one.ms / 1000)).toLocaleString("en")} words/s`,
    ratio,
    target: cores >= 2 ? "≥ 1.8× (2 cores)" : "n/a (1 core)",
    holds: cores >= 2 ? ratio >= 1.8 : null,
  });
  details.batch = { docs: docs.length, words: totalWords, cores, singleMs: one.ms, allMs: all.ms, cpuOne, cpuAll, sameOutput: true };
}

// ---- memory: peak RSS streaming a big NDJSON file ----
function procStatus(pid: number): { rss: number; hwm: number } | null {
  try {
    const s = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (k: string) => Number(new RegExp(`^${k}:\\s+(\\d+)`, "m").exec(s)?.[1] ?? 0);
    return { rss: kb("VmRSS") * 1024, hwm: kb("VmHWM") * 1024 };
  } catch {
    return null;
  }
}

/** the process and all its descendants (factx may run in a child: the startup snapshot, forked workers) */
function tree(pid: number): number[] {
  const all = [pid];
  for (let i = 0; i < all.length; i++) {
    try {
      for (const tid of readdirSync(`/proc/${all[i]}/task`)) {
        const kids = readFileSync(`/proc/${all[i]}/task/${tid}/children`, "utf8").trim();
        if (kids) all.push(...kids.split(/\s+/).map(Number));
      }
    } catch {
      // gone meanwhile
    }
  }
  return all;
}

function procRead(pid: number): number {
  try {
    return Number(/^rchar:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/io`, "utf8"))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

async function memory(tmp: string): Promise<void> {
  const target = Number(opts["mem-mb"]) * 1024 ** 2;
  const file = join(tmp, "big.jsonl");
  // every corpus there is, else the working corpus: many document shapes, repeated with fresh ids
  const pool: Doc[] = existsSync(CORPORA) ? readdirSync(CORPORA).filter((f) => f.endsWith(".jsonl")).flatMap((f) => readJsonl(join(CORPORA, f))) : corpus;
  const fd = openSync(file, "w");
  let size = 0;
  for (let rep = 0; size < target; rep++) {
    for (const d of pool) {
      const line = JSON.stringify({ id: `${rep}:${d.id}`, text: d.text, date: d.date ?? undefined }) + "\n";
      size += Buffer.byteLength(line);
      writeSync(fd, line);
      if (size >= target) break;
    }
  }
  closeSync(fd);
  const seconds = Number(opts["mem-seconds"]);
  log(`memory: streaming ${(size / 1024 ** 2).toFixed(0)} MB of NDJSON for up to ${seconds} s`);
  const out = openSync("/dev/null", "w");
  const child = spawn(FACTX[0], [...FACTX.slice(1), "--ndjson", file], { stdio: ["ignore", out, "ignore"] });
  const samples: { t: number; rss: number; read: number }[] = [];
  await new Promise((r) => setTimeout(r, 100));
  let peak = 0;
  const t0 = performance.now();
  let exited = false;
  const done = new Promise<void>((r) => child.on("close", () => { exited = true; r(); }));
  while (!exited && performance.now() - t0 < seconds * 1000) {
    // the sum of the tree's RSS at one moment (per-process peaks, VmHWM, need not coincide)
    const pids = tree(child.pid!);
    const rss = pids.map((p) => procStatus(p)?.rss ?? 0).reduce((a, b) => a + b, 0);
    if (rss) {
      peak = Math.max(peak, rss);
      samples.push({ t: (performance.now() - t0) / 1000, rss, read: Math.max(...pids.map(procRead)) });
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  const finished = exited;
  if (!exited) child.kill("SIGTERM");
  await done;
  closeSync(out);
  const read = samples.at(-1)?.read ?? 0;
  // flatness: RSS at the end of the window against RSS a third of the way in
  const third = samples[Math.floor(samples.length / 3)]?.rss ?? 0;
  const last = samples.at(-1)?.rss ?? 0;
  const mb = (b: number) => `${(b / 1024 ** 2).toFixed(0)} MB`;
  rows.push({
    figure: `peak RSS streaming ${mb(size)} NDJSON`,
    factx: `${mb(peak)} (RSS ${mb(third)} → ${mb(last)}; ${mb(read)} read in ${(samples.at(-1)?.t ?? 0).toFixed(0)} s${finished ? ", all" : ""})`,
    against: `input ${mb(size)}`,
    ratio: peak / size,
    target: "≤ 300 MB, flat",
    holds: peak <= 300 * 1024 ** 2 && last <= third * 1.25 + 16 * 1024 ** 2,
  });
  details.memory = { inputBytes: size, peakRss: peak, finished, seconds, samples };
}

// ---- run ----
const tmp = mkdtempSync(join(os.tmpdir(), "factx-bench-"));
try {
  if (!existsSync(join(root, "dist/index.js"))) fail("dist/ is missing: run `npm run build` (npm run bench does)");
  log(`corpus ${corpusName}; machine ${machine.cpu}, ${machine.cores} cores, node ${machine.node}, load ${machine.load}`);
  if (only.has("throughput")) await throughput();
  if (only.has("latency")) latency();
  if (only.has("batch")) await batch(tmp);
  if (only.has("memory")) await memory(tmp);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

const loadAfter = os.loadavg().map((l) => l.toFixed(2)).join(" ");
console.log(`\nfactx bench — ${machine.cpu}, ${machine.cores} cores, ${machine.memGB} GB, node ${machine.node}; load ${machine.load} → ${loadAfter}`);
console.log(`corpus: ${corpusName}\n`);
console.log("| figure | factx | against | ratio | target | holds |");
console.log("| --- | --- | --- | --- | --- | --- |");
for (const r of rows) {
  const ratio = r.figure.startsWith("peak RSS") ? `${r.ratio.toFixed(2)}× input` : `${r.ratio.toFixed(2)}×`;
  console.log(`| ${r.figure} | ${r.factx} | ${r.against} | ${ratio} | ${r.target} | ${r.holds === null ? "–" : r.holds ? "yes" : "no"} |`);
}
if (opts.json) writeFileSync(opts.json, JSON.stringify({ machine, loadAfter, corpus: corpusName, rows, details }, null, 2) + "\n");
