/** The dates of a document in time order, each with its sentence. */
import type { DocumentFacts } from "../facts.js";
import { sentenceAround } from "./sentences.js";
import { palette } from "./style.js";

type DateFact = DocumentFacts["dates"][number];

/** Sort key: calendar dates by their first day; durations, sets and references after them. */
const key = (d: DateFact) => ((d.type === "DATE" || d.type === "TIME") && /^\d{4}/.test(d.from ?? d.value) ? d.from ?? d.value : "~" + d.value);
const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const fold = (s: string) => s.replace(/\s+/g, " ");

/** The sentence with the date in «», cut around the date when it is longer than `room`. */
function excerpt(text: string, d: DateFact, room: number): string {
  const s = sentenceAround(text, d.start, d.end);
  let before = fold(text.slice(s.start, d.start)).trimStart();
  let after = fold(text.slice(d.end, s.end)).trimEnd();
  const space = Math.max(0, room - d.text.length - 2);
  const keepBefore = Math.min(before.length, Math.max(Math.floor(space / 2), space - after.length));
  if (keepBefore < before.length) before = "…" + before.slice(before.length - keepBefore + 1);
  const keepAfter = space - before.length;
  if (keepAfter < after.length) after = after.slice(0, Math.max(0, keepAfter - 1)) + "…";
  return `${before}«${d.text}»${after}`;
}

export function renderTimeline(facts: DocumentFacts, text: string, options: { color: boolean; width: number }): string {
  const c = palette(options.color);
  const dates = [...facts.dates].sort((a, b) => byKey(key(a), key(b)) || a.start - b.start);
  const width = Math.max(12, ...dates.map((d) => d.value.length)) + 1;
  const lines = dates.map((d) => c.bold(d.value.padEnd(width)) + " " + excerpt(text, d, Math.max(30, options.width - width - 3)));
  return `${c.bold.underline(facts.id)}${c.dim(`  reference date: ${facts.date ?? "none"}`)}\n${lines.join("\n") || c.dim("no dates found")}\n`;
}
