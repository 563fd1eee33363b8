/** Markdown: a section per document, a table per category, for reports and pull requests. */
import type { Category, DocumentFacts } from "../facts.js";
import { formatValue } from "./text.js";

const cell = (s: unknown) => String(s ?? "").replace(/\|/g, "\\|").replace(/\s+/g, " ").trim();

function table(head: string[], rows: unknown[][]): string {
  if (!rows.length) return "_none found_\n";
  return [`| ${head.join(" | ")} |`, `| ${head.map(() => "---").join(" | ")} |`, ...rows.map((r) => `| ${r.map(cell).join(" | ")} |`)].join("\n") + "\n";
}

/** `only`: the categories extracted (--only); the others get no section */
export function renderMarkdown(facts: DocumentFacts, only?: readonly Category[]): string {
  const shown = (category: Category, section: () => string[]) => (!only || only.includes(category) ? section() : []);
  return [
    `## ${cell(facts.id)}\n`,
    `Reference date: ${facts.date ?? "none"}${facts.dateSource ? ` (${facts.dateSource})` : ""}\n`,
    ...facts.warnings.map((w) => `> ${cell(w)}\n`),
    ...shown("dates", () => [`### Dates\n`, table(["text", "value", "type", "offsets"], facts.dates.map((d) => [d.text, `\`${d.value}\``, d.type, `${d.start}–${d.end}`]))]),
    ...shown("quantities", () => [`### Quantities\n`, table(["text", "value", "unit", "bound", "trend"], facts.quantities.map((q) => [q.text, formatValue(q.value), q.unit, q.bound, q.trend]))]),
    ...shown("places", () => [`### Places\n`, table(["name", "GeoNames", "country", "lat, lon", "mentions"], facts.places.map((p) => [
      p.name, p.geonameId ?? "unresolved", p.countryCode, p.lat === null ? "" : `${p.lat}, ${p.lon}`, p.mentions.map((m) => m.text).join("; "),
    ]))]),
    ...shown("speakers", () => [`### Who said what\n`, table(["speaker", "cue", "quote"], facts.quotes.map((q) => [q.speaker ?? "?", q.cue?.text, q.text]))]),
  ].join("\n");
}
