/**
 * Finds quantities: a run of number words, the unit or counted noun after it,
 * the bound before it ("nearly", "as many as") and a trend verb ("rose by").
 * First version, on compromise's Value tags.
 */
import type { Context } from "../context.js";
import type { Bound, QuantityFact, QuantityKind, Trend } from "../facts.js";
import type { Term } from "../nlp.js";
import { combine } from "./numbers.js";
import { CURRENCY_SYMBOLS, UNITS } from "./units.js";

const BOUNDS: ReadonlyArray<[string, Bound]> = [
  ["as many as", "max"], ["up to", "max"], ["fewer than", "max"], ["less than", "max"], ["under", "max"],
  ["more than", "min"], ["at least", "min"], ["over", "min"], ["over than", "min"],
  ["closer to", "approx"], ["about", "approx"], ["around", "approx"], ["nearly", "approx"], ["almost", "approx"],
  ["some", "approx"], ["roughly", "approx"], ["approximately", "approx"], ["an estimated", "approx"],
];
const UP = new Set(["rose", "rise", "rises", "risen", "increased", "increase", "grew", "gained", "climbed", "jumped", "up"]);
const DOWN = new Set(["fell", "fall", "falls", "fallen", "decreased", "declined", "dropped", "cut", "lost", "down", "slipped"]);

function isNumberTerm(t: Term): boolean {
  return t.tags.has("Value") && !t.tags.has("Ordinal") && !t.tags.has("Date") && !t.tags.has("Year");
}

function singular(word: string): string {
  if (/ies$/.test(word)) return word.slice(0, -3) + "y";
  if (/(ss|us|is)$/.test(word)) return word;
  if (/(ches|shes|xes|sses)$/.test(word)) return word.slice(0, -2);
  return word.replace(/s$/, "");
}

export function extractQuantities({ doc, parsed }: Context): QuantityFact[] {
  const { text } = doc;
  const { terms } = parsed;
  const facts: QuantityFact[] = [];
  for (let i = 0; i < terms.length; i++) {
    if (!isNumberTerm(terms[i])) continue;
    // a run of number words, broken at a hyphen ("122-mm") or punctuation between them
    let j = i;
    while (j + 1 < terms.length && isNumberTerm(terms[j + 1]) && terms[j].post.trim() === "" && terms[j + 1].sentence === terms[i].sentence) j++;
    const first = terms[i];
    const run = terms.slice(i, j + 1);
    const words = run.map((t) => t.text.replace(/[%]$/, ""));
    const value = combine(words);
    if (value === undefined) { i = j; continue; }
    // a bare four-digit year-like number is a date, not a quantity
    if (run.length === 1 && /^(1[89]|20)\d{2}$/.test(first.text)) { i = j; continue; }
    let start = first.start;
    let end = terms[j].end;
    let unit: string | null = null;
    let unitText: string | null = null;
    let kind: QuantityKind = "count";
    const symbol = first.pre.trim().slice(-1) || first.text[0];
    if (symbol in CURRENCY_SYMBOLS) {
      unit = CURRENCY_SYMBOLS[symbol];
      unitText = symbol;
      kind = "money";
      if (text[start - 1] === symbol) start -= 1;
    } else if (/%$/.test(terms[j].text) || terms[j].post.startsWith("%")) {
      unit = "%"; unitText = "%"; kind = "percent";
      if (text[end] === "%") end += 1;
    }
    const next = terms[j + 1];
    const glued = terms[j].post.trim();
    if (!unit && next && next.sentence === first.sentence && (glued === "" || glued === "-")) {
      const known = UNITS[next.normal];
      if (known) { unit = known.unit; kind = known.kind; unitText = next.text; end = next.end; }
      else if (glued === "" && next.tags.has("Noun") && !next.tags.has("Pronoun")) {
        // the counted noun, past its adjectives ("North Korean infantry troops")
        let k = j + 1;
        while (k + 1 < terms.length && terms[k].post.trim() === "" && terms[k + 1].tags.has("Noun") && !terms[k + 1].tags.has("Value")) k++;
        unit = singular(terms[k].normal);
        unitText = terms[k].text;
        end = terms[k].end;
      }
    }
    const before = text.slice(Math.max(0, start - 20), start).toLowerCase();
    const bound = BOUNDS.find(([w]) => before.endsWith(w + " "))?.[1] ?? "exact";
    const prev = terms[i - 1]?.normal === "by" ? terms[i - 2] : terms[i - 1];
    const trend: Trend = prev && UP.has(prev.normal) ? "up" : prev && DOWN.has(prev.normal) ? "down" : null;
    facts.push({ start, end, text: text.slice(start, end), value, unit, unitText, kind, bound, trend, concept: null });
    i = j;
  }
  return facts;
}
