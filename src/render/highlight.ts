/**
 * The article itself with every fact marked in place, and a legend: the fastest
 * way to see what factx found and missed. With colour, facts are coloured by kind
 * (quotes underlined so the facts inside them still show); without, they are
 * bracketed: [[Friday]]{date}.
 */
import type { DocumentFacts } from "../facts.js";
import { KIND_COLORS, palette, type FactKind } from "./style.js";

interface Mark { start: number; end: number; kind: FactKind }

function marksOf(facts: DocumentFacts): Mark[] {
  return [
    ...facts.dates.map((d) => ({ start: d.start, end: d.end, kind: "date" as const })),
    ...facts.quantities.map((q) => ({ start: q.start, end: q.end, kind: "quantity" as const })),
    ...facts.places.flatMap((p) => p.mentions.map((m) => ({ start: m.start, end: m.end, kind: "place" as const }))),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
}

export function renderHighlight(facts: DocumentFacts, text: string, color: boolean): string {
  const c = palette(color);
  const paint = (kind: FactKind, s: string) => (color ? c[KIND_COLORS[kind]].bold(s) : `[[${s}]]{${kind}}`);
  const quoteAt = (i: number) => facts.quotes.some((q) => q.start <= i && i < q.end);
  // facts may overlap ("1,500 troops" inside a quote); the first-starting, longest one wins a stretch of text
  const marks = marksOf(facts);
  let out = "";
  let pos = 0;
  const plain = (from: number, to: number) => {
    if (!color) return text.slice(from, to);
    let s = "";
    for (let i = from; i < to; ) {
      const inQuote = quoteAt(i);
      let j = i + 1;
      while (j < to && quoteAt(j) === inQuote) j++;
      s += inQuote ? c.underline(text.slice(i, j)) : text.slice(i, j);
      i = j;
    }
    return s;
  };
  for (const m of marks) {
    if (m.start < pos) continue;
    out += plain(pos, m.start) + paint(m.kind, text.slice(m.start, m.end));
    pos = m.end;
  }
  out += plain(pos, text.length);
  const quotes = color ? c.underline("quote") : "quotes: see the table or json output";
  const legend = ["date", "quantity", "place"].map((k) => paint(k as FactKind, k)).join("  ") + "  " + quotes;
  return `${c.bold(facts.id)}\n${out.trimEnd()}\n\n${c.dim("legend:")} ${legend}\n`;
}
