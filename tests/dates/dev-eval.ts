/**
 * Development helper (not a test): scores only the dates extractor on the
 * TimeBank corpus, without loading the other extractors, and writes the error
 * list to /tmp/dates-errors.txt. `npm run eval -- --only dates` stays the measure.
 *   npx tsx tests/dates/dev-eval.ts [--limit N]
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createDocument } from "../../src/document.js";
import { extractDates } from "../../src/dates/extract.js";
import { evaluate, flatten } from "../../src/eval/evaluate.js";
import type { GoldDocument, SystemOutput } from "../../src/eval/score.js";
import { parse } from "../../src/nlp.js";
import { listErrors } from "../eval/errors.js";

const file = new URL("../../../shared/corpora/dates-timebank.jsonl", import.meta.url);
const limit = process.argv.includes("--limit") ? Number(process.argv[process.argv.indexOf("--limit") + 1]) : Infinity;
const docs = readFileSync(file, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as GoldDocument).slice(0, limit);
const ev = evaluate(docs, (d) => {
  const doc = createDocument({ id: d.id, text: d.text, date: d.date });
  return { id: d.id, dates: extractDates({ doc, parsed: parse(doc.text) }) } as unknown as SystemOutput;
});
for (const [k, v] of Object.entries(flatten(ev.scores))) {
  if (k.startsWith("dates")) console.log(k.padEnd(20), v.precision.toFixed(3), v.recall.toFixed(3), v.f1.toFixed(3), `${v.correct}/${v.system}/${v.gold}`);
}
const lines: string[] = [];
for (const d of docs) lines.push(...listErrors("dates", d, ev.outputs.get(d.id)).map((l) => (l.startsWith("ERR") ? l + `  (ref ${d.date})` : l)));
writeFileSync("/tmp/dates-errors.txt", lines.join("\n") + "\n");
// value mismatches by rule, for error analysis
const byRule: string[] = [];
for (const d of docs) {
  const sys = (ev.outputs.get(d.id)?.dates ?? []) as unknown as Array<{ start: number; end: number; value: string; type: string; rule: string; text: string }>;
  for (const g of d.gold.dates ?? []) {
    const s = sys.find((x) => x.start < g.end && g.start < x.end);
    if (s && s.value !== g.value) byRule.push(`${s.rule.padEnd(18)} ${s.value.padEnd(12)} gold ${g.value.padEnd(12)} ${d.date} ${JSON.stringify(s.text)} ${d.text.slice(Math.max(0, g.start - 70), g.end + 40).replace(/\s+/g, " ")}`);
  }
}
writeFileSync("/tmp/dates-values.txt", byRule.sort().join("\n") + "\n");
console.log(`${ev.seconds.toFixed(1)}s, errors in /tmp/dates-errors.txt`);
