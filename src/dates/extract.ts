/**
 * Dates: tokenize once, find time expressions (find.ts), then give each a
 * TIMEX3 value (normalize.ts) from the reference date, the tense of the words
 * around it (from the shared compromise parse) and what the text said before.
 */
import type { Context } from "../context.js";
import type { DateFact } from "../facts.js";
import type { Parsed, Term } from "../nlp.js";
import { findExpressions } from "./find.js";
import { normalize, type Tense } from "./normalize.js";
import { tokenize } from "./tokens.js";
import { FUTURE_CUES, LOOKING_AHEAD } from "./words.js";

function sentenceAt(parsed: Parsed, offset: number): number {
  const { sentences } = parsed;
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const isVerb = (t: Term) => t.tags.has("Verb") && !t.tags.has("Modal");
const PRESENT_AUX = new Set(["is", "are", "am", "be", "being"]);
const PAST_AUX = new Set(["was", "were", "had", "did", "has", "have", "been"]);

/**
 * The tense that decides the direction of "Friday" or "August": the verb nearest
 * to the expression in its sentence (one before it is preferred: "said Friday
 * that…"), read with its auxiliaries: "will", "plans to", "is expected to" make it
 * future; "was", "had", "has" past; "is" present. A word right before the
 * expression that points ahead ("by", "effective", "payable", "as soon as")
 * makes it future whatever the verb.
 */
export function tenseAround(parsed: Parsed, start: number, end: number, before: string): Tense {
  if (LOOKING_AHEAD.has(before)) return "future";
  if (parsed.sentences.length === 0) return "present";
  const s = parsed.sentences[sentenceAt(parsed, start)];
  let best: Term | null = null;
  let bestDist = Infinity;
  for (let i = s.first; i < s.last; i++) {
    const t = parsed.terms[i];
    if (!isVerb(t) || (t.start >= start && t.end <= end)) continue;
    const dist = t.end <= start ? start - t.end : t.start - end;
    const weighted = t.end <= start ? dist : dist + 8;
    if (weighted < bestDist) {
      bestDist = weighted;
      best = t;
    }
  }
  if (!best) return "present";
  if (FUTURE_CUES.has(best.normal)) return "future";
  const from = Math.max(s.first, best.i - 4);
  for (let i = best.i - 1; i >= from; i--) {
    const t = parsed.terms[i];
    if (FUTURE_CUES.has(t.normal) || t.tags.has("FutureTense")) return "future";
  }
  for (let i = best.i - 1; i >= from; i--) {
    const t = parsed.terms[i];
    const n = t.normal;
    if (n === "to") continue;
    if (PRESENT_AUX.has(n)) return "present";
    if (PAST_AUX.has(n)) return "past";
    if (isVerb(t) && !t.tags.has("Auxiliary")) break;
  }
  if (best.tags.has("PastTense") || best.tags.has("Participle") || best.tags.has("PerfectTense")) return "past";
  return "present";
}

export function extractDates({ doc, parsed }: Context): DateFact[] {
  const { text } = doc;
  const toks = tokenize(text);
  // compromise's terms by start offset, to ask about names
  const termAt = new Map<number, Term>();
  for (const t of parsed.terms) termAt.set(t.start, t);
  const found = findExpressions(toks, {
    isName: (tok) => {
      const t = termAt.get(tok.start);
      return !!t && (t.tags.has("Person") || t.tags.has("FirstName")) && !t.tags.has("Date") && !t.tags.has("Month");
    },
  });
  const facts: DateFact[] = [];
  let anchor: string | null = null;
  let quarter: { y: number; q: number } | null = null;
  let lastDate: string | null = null;
  for (const f of found) {
    const start = toks[f.first].start;
    const end = toks[f.last - 1].end;
    // the word before, or "as soon as" / "as early as" read as one
    const low = (k: number) => (k >= 0 ? toks[k].low : "");
    let before = low(f.first - 1);
    if (before === "as" && low(f.first - 3) === "as") before = `as ${low(f.first - 2)} as`;
    const tense = tenseAround(parsed, start, end, before);
    const value = normalize(f, { reference: doc.referenceDate, tense, anchor, quarter, lastDate });
    facts.push({ start, end, text: text.slice(start, end), ...value, rule: f.rule });
    if (value.type === "DATE" && /^\d{4}-\d{2}-\d{2}$/.test(value.value) && f.expr.kind !== "relative") anchor = value.value;
    if (value.type === "DATE" && /^\d{4}/.test(value.value) && (f.expr.kind === "calendar" || f.expr.kind === "month" || f.expr.kind === "weekday" || f.expr.kind === "holiday")) lastDate = value.value;
    const q = /^(\d{4})-Q(\d)$/.exec(value.value);
    if (q && f.expr.kind === "quarter" && !f.expr.yearAgo) quarter = { y: +q[1], q: +q[2] };
  }
  return facts;
}
