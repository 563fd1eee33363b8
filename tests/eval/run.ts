/**
 * npm run eval [-- files…] [--only CATEGORY] [--errors CATEGORY] [--json FILE]
 *                          [--limit N] [--no-baseline] [--check-floors]
 *
 * Scores factx on gold corpora (../shared/corpora/*.jsonl by default) as
 * ../shared/corpora/README.md defines it, beside plain compromise in the same run.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { extractDocument } from "../../src/index.js";
import { CATEGORIES, type Category } from "../../src/facts.js";
import { evaluate, flatten, METRICS, type Evaluation } from "../../src/eval/evaluate.js";
import type { GoldDocument, SystemOutput } from "../../src/eval/score.js";
import { listErrors } from "./errors.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const CORPORA = resolve(root, process.env.FACTX_CORPORA ?? "../shared/corpora");
const FLOORS = join(root, "tests/eval/floors.json");

const { values: opts, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    only: { type: "string" },
    errors: { type: "string" },
    json: { type: "string" },
    limit: { type: "string" },
    "no-baseline": { type: "boolean", default: false },
    "check-floors": { type: "boolean", default: false },
  },
});

function fail(message: string): never {
  process.stderr.write(`eval: ${message}\n`);
  process.exit(2);
}

const only = opts.only as Category | undefined;
if (only && !CATEGORIES.includes(only)) fail(`--only takes one of ${CATEGORIES.join(", ")}`);
if (opts.errors && !CATEGORIES.includes(opts.errors as Category)) fail(`--errors takes one of ${CATEGORIES.join(", ")}`);
const limit = opts.limit ? Number(opts.limit) : Infinity;

let files = positionals.map((p) => resolve(p));
if (!files.length) {
  if (!existsSync(CORPORA)) {
    console.log(`eval: no corpora found at ${CORPORA}; nothing to score (put the gold corpora there, or name files).`);
    process.exit(0);
  }
  files = readdirSync(CORPORA).filter((f) => f.endsWith(".jsonl")).sort().map((f) => join(CORPORA, f));
}

function load(file: string): GoldDocument[] {
  const docs = readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as GoldDocument);
  return docs.filter((d) => !only || d.annotated.includes(only)).slice(0, limit);
}

function factx(doc: GoldDocument): SystemOutput {
  const cats = doc.annotated.filter((c): c is Category => (CATEGORIES as readonly string[]).includes(c));
  return extractDocument({ id: doc.id, text: doc.text, date: doc.date }, { only: cats }) as unknown as SystemOutput;
}

/**
 * Plain compromise on the same documents, computed in a child process (its date
 * plugin is global and would alter factx's parse here) and cached: it depends
 * only on the corpus file, compromise's version and the baseline code.
 */
function cachedBaseline(file: string, docs: GoldDocument[]): Evaluation {
  const version = (JSON.parse(readFileSync(join(root, "node_modules/compromise/package.json"), "utf8")) as { version: string }).version;
  const key = createHash("sha1")
    .update(version)
    .update(readFileSync(join(root, "tests/eval/baseline.ts")))
    .update(readFileSync(file))
    .digest("hex")
    .slice(0, 16);
  const dir = join(root, "node_modules/.cache/factx-eval");
  const path = join(dir, `${basename(file)}.${key}.json`);
  if (!existsSync(path)) {
    mkdirSync(dir, { recursive: true });
    process.stderr.write(`eval: ${basename(file)}: computing the compromise baseline (cached afterwards)…\n`);
    const r = spawnSync(process.execPath, ["--import", "tsx", join(root, "tests/eval/baseline-run.ts"), file, path], { stdio: "inherit" });
    if (r.status !== 0) fail(`baseline failed for ${file}`);
  }
  const outputs = JSON.parse(readFileSync(path, "utf8")) as Record<string, SystemOutput>;
  return evaluate(docs, (d) => outputs[d.id] ?? { id: d.id });
}

const pct = (x: number) => x.toFixed(3);
const report: Record<string, { factx: Record<string, unknown>; compromise?: Record<string, unknown>; docs: number; wordsPerSecond: number }> = {};
const rows: string[] = [];
const header = ["corpus", "metric", "P", "R", "F1", "correct/sys/gold", "compromise F1"];
let failedFloors = 0;
const floors = existsSync(FLOORS) ? (JSON.parse(readFileSync(FLOORS, "utf8")) as Record<string, Record<string, number>>) : {};

for (const file of files) {
  const docs = load(file);
  if (!docs.length) continue;
  const corpus = basename(file, ".jsonl");
  process.stderr.write(`eval: ${corpus}: ${docs.length} documents…\n`);
  const ours = evaluate(docs, factx);
  const base = opts["no-baseline"] ? null : cachedBaseline(file, docs);
  const a = flatten(ours.scores);
  const b = base ? flatten(base.scores) : {};
  report[corpus] = { factx: a, compromise: base ? b : undefined, docs: docs.length, wordsPerSecond: Math.round(ours.words / ours.seconds) };
  for (const cat of Object.keys(ours.scores) as Array<keyof typeof METRICS>) {
    if (only && cat !== only) continue;
    for (const m of METRICS[cat]) {
      const key = `${cat}.${m}`;
      const s = a[key];
      const floor = floors[corpus]?.[key];
      const below = floor !== undefined && s.f1 + 1e-9 < floor;
      if (below) failedFloors++;
      rows.push([corpus, key, pct(s.precision), pct(s.recall), pct(s.f1), `${s.correct}/${s.system}/${s.gold}`, b[key] ? pct(b[key].f1) : "-", below ? `BELOW FLOOR ${floor}` : ""].join("\t"));
    }
  }
  if (opts.errors) {
    const lines = docs.flatMap((d) => listErrors(opts.errors!, d, ours.outputs.get(d.id)));
    if (lines.length) console.log(`\n## errors: ${opts.errors} in ${corpus}\n` + lines.join("\n"));
  }
  process.stderr.write(`eval: ${corpus}: ${(ours.words / ours.seconds).toFixed(0)} words/s\n`);
}

function table(head: string[], body: string[]): string {
  const cells = [head, ...body.map((r) => r.split("\t"))];
  const widths = head.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? "").length)));
  return cells.map((r) => r.map((c, i) => (i >= 2 && i <= 6 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join("  ").trimEnd()).join("\n");
}

console.log("\n" + table([...header, ""], rows));
console.log("\nF1 of typeAccuracy is the accuracy; geocoding is accuracy@161km over found gold places with coordinates.");
if (opts.json) writeFileSync(opts.json, JSON.stringify(report, null, 2));
if (opts["check-floors"]) {
  if (!Object.keys(floors).length) fail(`no floors at ${FLOORS}`);
  if (failedFloors) {
    console.log(`\neval: ${failedFloors} metric(s) below their floor in ${FLOORS}`);
    process.exit(1);
  }
  console.log(`\neval: every tracked metric at or above its floor`);
}
