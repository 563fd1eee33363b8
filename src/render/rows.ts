/** Facts flattened to one row per fact, with stable columns: the shape of csv, tsv and markdown output. */
import type { DocumentFacts } from "../facts.js";

export const COLUMNS = [
  "document", "category", "start", "end", "text", "value", "type", "unit", "bound", "trend",
  "name", "lat", "lon", "speaker", "cue",
] as const;
export type Column = (typeof COLUMNS)[number];
export type FactRow = Record<Column, string>;

const str = (v: unknown) => (v === null || v === undefined ? "" : typeof v === "object" ? JSON.stringify(v) : String(v));

function row(partial: Partial<Record<Column, unknown>>): FactRow {
  return Object.fromEntries(COLUMNS.map((c) => [c, str(partial[c])])) as FactRow;
}

export function factRows(facts: DocumentFacts): FactRow[] {
  const document = facts.id;
  const rows: FactRow[] = [];
  for (const d of facts.dates) rows.push(row({ document, category: "date", start: d.start, end: d.end, text: d.text, value: d.value, type: d.type }));
  for (const q of facts.quantities) {
    rows.push(row({ document, category: "quantity", start: q.start, end: q.end, text: q.text, value: q.value, type: q.kind, unit: q.unit, bound: q.bound, trend: q.trend }));
  }
  for (const p of facts.places) {
    for (const m of p.mentions) {
      rows.push(row({ document, category: "place", start: m.start, end: m.end, text: m.text, value: p.geonameId, type: p.featureType, unit: p.countryCode, name: p.name, lat: p.lat, lon: p.lon }));
    }
  }
  for (const q of facts.quotes) {
    rows.push(row({ document, category: "quote", start: q.start, end: q.end, text: q.text, type: q.direct ? "direct" : "reported", speaker: q.speaker, cue: q.cue?.text, name: q.source?.text }));
  }
  return rows.sort((a, b) => Number(a.start) - Number(b.start) || a.category.localeCompare(b.category));
}

/** RFC 4180: quote a field holding the separator, a quote or a line break; double the quotes inside. */
export function delimited(cells: readonly string[], sep: "," | "\t"): string {
  return cells.map((c) => (c.includes(sep) || /["\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(sep) + "\r\n";
}
