/**
 * Computes the compromise baseline for a corpus file in its own process and
 * writes {id: output} JSON: compromise plugins are global, so loading
 * compromise-dates in the evaluating process would change factx's own parse.
 * Usage: tsx tests/eval/baseline-run.ts CORPUS.jsonl OUT.json
 */
import { readFileSync, writeFileSync } from "node:fs";
import type { GoldDocument } from "../../src/eval/score.js";
import { baseline } from "./baseline.js";

const [file, out] = process.argv.slice(2);
const docs = readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as GoldDocument);
writeFileSync(out, JSON.stringify(Object.fromEntries(docs.map((d) => [d.id, baseline(d)]))));
