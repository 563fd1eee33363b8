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
import { FUTURE_CUES } from "./words.js";

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
const isPast = (t: Term) => t.tags.has("PastTense") || t.tags.has("Participle") || t.tags.has("PerfectTense");

/**
 * The tense that decides the direction of "Friday" or "August": the verb nearest
 * to the expression in its sentence; a future cue ("will", "plans to",
 * "expected to") just before that verb makes it future.
 */
export function tenseAround(parsed: Parsed, start: number, end: number): Tense {
  if (parsed.sentences.length === 0) return "present";
  const s = parsed.sentences[sentenceAt(parsed, start)];
  let best: Term | null = null;
  let bestDist = Infinity;
  for (let i = s.first; i < s.last; i++) {
    const t = parsed.terms[i];
    if (!isVerb(t) || (t.start >= start && t.end <= end)) continue;
    const dist = t.end <= start ? start - t.end : t.start - end;
    // a verb before the expression is a little closer than one after it ("said Friday that…")
    const weighted = t.end <= start ? dist : dist + 8;
    if (weighted < bestDist) {
      bestDist = weighted;
      best = t;
    }
  }
  if (!best) return "present";
  for (let i = Math.max(s.first, best.i - 4); i <= best.i; i++) {
    const n = parsed.terms[i].normal;
    if (FUTURE_CUES.has(n) || (n === "to" && i === best.i - 1 && i > s.first && FUTURE_CUES.has(parsed.terms[i - 1].normal))) return "future";
    if (parsed.terms[i].tags.has("FutureTense")) return "future";
  }
  if (isPast(best)) return "past";
  // "had been", "has said": an auxiliary in the past
  for (let i = Math.max(s.first, best.i - 2); i < best.i; i++) {
    const t = parsed.terms[i];
    if (t.normal === "had" || t.normal === "was" || t.normal === "were" || t.normal === "did") return "past";
  }
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
    const tense = tenseAround(parsed, start, end);
    const value = normalize(f, { reference: doc.referenceDate, tense, anchor, quarter, lastDate });
    facts.push({ start, end, text: text.slice(start, end), ...value, rule: f.rule });
    if (value.type === "DATE" && /^\d{4}-\d{2}-\d{2}$/.test(value.value) && f.expr.kind !== "relative") anchor = value.value;
    if (value.type === "DATE" && /^\d{4}/.test(value.value) && (f.expr.kind === "calendar" || f.expr.kind === "month" || f.expr.kind === "weekday" || f.expr.kind === "holiday")) lastDate = value.value;
    const q = /^(\d{4})-Q(\d)$/.exec(value.value);
    if (q && f.expr.kind === "quarter" && !f.expr.yearAgo) quarter = { y: +q[1], q: +q[2] };
  }
  return facts;
}
