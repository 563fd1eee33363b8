/** Terminal tables, one section per category. */
import { palette, type Palette as ChalkInstance } from "./style.js";
import type { Category, DocumentFacts } from "../facts.js";
import { formatValue, oneLine } from "./text.js";

export interface TableOptions {
  color: boolean;
  /** terminal width; tables are fitted to it */
  width: number;
  /** the categories extracted (--only): the others get no section, rather than a "none found" that is not true */
  only?: readonly Category[];
}

type Row = string[];

/** Lays out rows in columns; the widest column gives way first so the table fits the width. */
function layout(header: Row, rows: Row[], width: number, c: ChalkInstance): string {
  const n = header.length;
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const budget = Math.max(n * 4, width - 2 * (n - 1) - 2);
  while (widths.reduce((a, b) => a + b, 0) > budget) {
    const widest = widths.indexOf(Math.max(...widths));
    widths[widest] -= 1;
  }
  const fit = (s: string, w: number) => oneLine(s, w).padEnd(w);
  const line = (r: Row) => "  " + r.map((cell, i) => fit(cell, widths[i])).join("  ").trimEnd();
  return [c.dim(line(header)), ...rows.map(line)].join("\n");
}

function section(title: string, count: number, body: string | null, c: ChalkInstance): string {
  const head = c.bold(`${title} (${count})`);
  return body ? `${head}\n${body}` : `${head}\n  ${c.dim("none found")}`;
}

export function renderTable(facts: DocumentFacts, options: TableOptions): string {
  const c = palette(options.color);
  const w = options.width;
  const out: string[] = [];
  const date = facts.date ? `${facts.date} (${facts.dateSource})` : "none";
  const dateNote = `  reference date: ${date}`;
  out.push(c.bold.underline(oneLine(facts.id, Math.max(10, w - dateNote.length))) + c.dim(dateNote));
  for (const warning of facts.warnings) out.push(c.yellow(`  ! ${warning}`));

  const shown = (category: Category) => !options.only || options.only.includes(category);
  const dates = facts.dates.map((d) => [d.text, d.value, d.type, `${d.start}-${d.end}`]);
  if (shown("dates")) out.push(section("Dates", dates.length, dates.length ? layout(["text", "value", "type", "at"], dates, w, c) : null, c));

  const qs = facts.quantities.map((q) => [q.text, formatValue(q.value), q.unit ?? "", q.trend ?? q.bound, `${q.start}-${q.end}`]);
  if (shown("quantities")) out.push(section("Quantities", qs.length, qs.length ? layout(["text", "value", "unit", "bound", "at"], qs, w, c) : null, c));

  const ps = facts.places.map((p) => [
    p.name,
    p.geonameId !== null ? String(p.geonameId) : p.resolved ? "" : "unresolved",
    p.countryCode ?? "",
    p.lat === null || p.lon === null ? "" : `${p.lat.toFixed(2)},${p.lon.toFixed(2)}`,
    String(p.mentions.length),
  ]);
  if (shown("places")) out.push(section("Places", ps.length, ps.length ? layout(["name", "geonames", "cc", "lat,lon", "n"], ps, w, c) : null, c));

  // grouped by speaker, in order of first appearance; the quote as written (direct ones carry their marks)
  const order = (q: DocumentFacts["quotes"][number]) => (q.speakerIndex === null ? Infinity : q.speakerIndex);
  const sorted = [...facts.quotes].sort((a, b) => order(a) - order(b) || a.start - b.start);
  const quotes = sorted.map((q, i) => [
    i > 0 && sorted[i - 1].speakerIndex === q.speakerIndex && q.speakerIndex !== null ? "" : q.speaker ?? "?",
    q.cue?.text ?? "",
    q.text,
  ]);
  if (shown("speakers")) out.push(section("Who said what", quotes.length, quotes.length ? layout(["speaker", "cue", "quote"], quotes, w, c) : null, c));
  return out.join("\n\n") + "\n";
}
