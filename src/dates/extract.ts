/**
 * Dates: tokenize once, find time expressions (find.ts), then give each a
 * TIMEX3 value (normalize.ts) from the reference date, the tense of the words
 * around it (from the shared compromise parse) and what the text said before.
 */
import type { Context } from "../context.js";
import type { DateFact } from "../facts.js";
import type { Parsed, Sentence, Term } from "../nlp.js";
import type { Found } from "./expression.js";
import { findExpressions, type TokenInfo } from "./find.js";
import { describe, normalize, type Tense } from "./normalize.js";
import { tokenize, type Token } from "./tokens.js";
import { FUTURE_CUES, LOOKING_AHEAD, WEAK_FUTURE } from "./words.js";

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

/** prepositions compromise sometimes tags as verbs ("Over the weekend, …") */
const NOT_VERBS = new Set(["over", "down", "up", "out", "off", "back", "round", "near", "like", "since", "until"]);
const isVerb = (t: Term) => t.tags.has("Verb") && !t.tags.has("Modal") && !t.tags.has("Particle") && !NOT_VERBS.has(t.normal);
const PRESENT_AUX = new Set(["is", "are", "am", "be", "being"]);
const PAST_AUX = new Set(["was", "were", "had", "did", "has", "have", "been"]);

/** quotation marks (wires write ``…'' or ''…'' for “…”) */
const QUOTE_MARK = /``|''|["“”«»]/g;
const CLOSING = new Set(["”", "»"]);
/** marks that open or close by position: '"', and "''", which some wires also open with */
const TOGGLING = new Set(['"', "''"]);
/**
 * Which offsets of a sentence [from, to) lie inside a quotation: straight quotes
 * toggle, curly and doubled ones open or close; a sentence whose first mark closes
 * began inside a quotation that an earlier sentence opened. `any` is false when the
 * sentence has no quotation mark at all.
 */
function quotationSides(text: string, from: number, to: number): ((offset: number) => boolean) & { any: boolean } {
  const marks: Array<[number, boolean]> = []; // offset, inside after it
  const slice = text.slice(from, to);
  let inside: boolean | null = null;
  let initial = false;
  QUOTE_MARK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = QUOTE_MARK.exec(slice))) {
    const closes: boolean = CLOSING.has(m[0]) || (TOGGLING.has(m[0]) && inside === true);
    if (inside === null && closes) initial = true;
    inside = !closes;
    marks.push([from + m.index, inside]);
  }
  const f = ((offset: number) => {
    let state = initial;
    for (const [at, after] of marks) {
      if (at >= offset) break;
      state = after;
    }
    return state;
  }) as ((offset: number) => boolean) & { any: boolean };
  f.any = marks.length > 0;
  return f;
}

/** "is scheduled to": ahead; "had been scheduled to", "had planned to": a plan now past */
function planned(terms: readonly Term[], k: number): Tense {
  return terms[k - 1]?.normal === "had" || (terms[k - 1]?.normal === "been" && terms[k - 2]?.normal === "had") ? "past" : "future";
}

/** the tense one verb of sentence s shows, read with the auxiliaries, adverbs and cues right before it ("will not leave", "is expected to leave"); null: none */
function tenseOf(terms: readonly Term[], s: Sentence, v: Term): Tense | null {
  if (WEAK_FUTURE.has(v.normal) && terms[v.i + 1]?.normal === "to") return planned(terms, v.i);
  let aux: Tense | null = null;
  for (let i = v.i - 1; i >= s.first && i >= v.i - 5; i--) {
    const t = terms[i];
    const n = t.normal;
    if (FUTURE_CUES.has(n) || t.tags.has("FutureTense")) return "future";
    if (n === "to") {
      if (i > s.first && WEAK_FUTURE.has(terms[i - 1].normal)) return planned(terms, i - 1);
      continue;
    }
    if (PRESENT_AUX.has(n)) aux ??= "present";
    else if (PAST_AUX.has(n)) aux ??= "past";
    else if (!(t.tags.has("Adverb") || t.tags.has("Negative") || t.tags.has("Auxiliary"))) break;
  }
  if (aux) return aux;
  // a gerund without "is"/"was" carries no tense of its own ("is to resume trading Tuesday")
  if (v.tags.has("Gerund")) return null;
  return v.tags.has("PastTense") || v.tags.has("Participle") || v.tags.has("PerfectTense") ? "past" : "present";
}

/** true when only nouns (and "and") stand between term i and the next finite verb of sentence s: "Tanzanian police and FBI agents said" */
function subjectNoun(terms: readonly Term[], s: Sentence, i: number): boolean {
  for (let k = i + 1; k < s.last && k <= i + 4; k++) {
    const n = terms[k];
    if (isVerb(n) && !n.tags.has("Gerund") && !n.tags.has("Infinitive")) return true;
    if (!(n.normal === "and" || (n.tags.has("Noun") && !n.tags.has("Pronoun")))) return false;
  }
  return false;
}

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
  const terms = parsed.terms;
  // the verbs of the sentence vote, the nearer the louder; one before the expression a little louder ("said Friday that…").
  // Inside a quotation only the quoted words speak of its time, outside only the reporter's:
  // '"He will leave Thursday," Castro said' is future; 'He said Friday: "We won."' is past
  // (when no verb is on the expression's side, all verbs vote)
  const votes: Record<Tense, number> = { past: 0, present: 0, future: 0 };
  const quoted = quotationSides(parsed.text, s.start, s.end);
  const side = quoted(start);
  for (const sameSide of quoted.any ? [true, false] : [false]) {
    for (let i = s.first; i < s.last; i++) {
      const t = terms[i];
      if (!isVerb(t) || (t.start >= start && t.end <= end)) continue;
      if (sameSide && quoted(t.start) !== side) continue;
      // "Tanzanian police", "the plans": a present-tense "verb" after a determiner or adjective is a noun compromise mis-tagged
      const p = terms[i - 1];
      if (p && i > s.first && !t.tags.has("PastTense") && (p.tags.has("Determiner") || p.tags.has("Adjective") || p.tags.has("Possessive"))) continue;
      // "Tanzanian police and FBI agents said", "U.S. forces struck": a present-tense "verb" that only
      // nouns separate from the next verb is the subject's noun, mis-tagged
      if (t.tags.has("PresentTense") && !t.tags.has("Gerund") && !t.tags.has("Infinitive") && !t.tags.has("Auxiliary") && subjectNoun(terms, s, i)) continue;
      // "the week's most active session": an "'s" after a noun is read as "is" but is mostly a possessive
      if (t.text === "" && p && p.tags.has("Noun") && !p.tags.has("Pronoun") && !t.tags.has("Auxiliary")) continue;
      const tense = tenseOf(terms, s, t);
      if (!tense) continue;
      const dist = t.end <= start ? start - t.end : t.start - end + 8;
      votes[tense] += 1 / (1 + dist / 2) ** 3;
    }
    if (votes.past + votes.present + votes.future > 0) break;
  }
  if (votes.future > votes.past && votes.future >= votes.present) return "future";
  if (votes.past > votes.present) return "past";
  return before === "by" ? "future" : "present";
}

/** What find.ts asks of compromise's tags, by the token's start offset. */
class TermTags implements TokenInfo {
  private readonly termAt = new Map<number, Term>();
  constructor(terms: readonly Term[]) {
    for (const t of terms) this.termAt.set(t.start, t);
  }
  isName(tok: Token): boolean {
    const t = this.termAt.get(tok.start);
    return !!t && (t.tags.has("Person") || t.tags.has("FirstName")) && !t.tags.has("Date") && !t.tags.has("Month");
  }
  isPlural(tok: Token): boolean {
    const t = this.termAt.get(tok.start);
    return !!t && t.tags.has("Plural") && !t.tags.has("Date") && !t.tags.has("Duration");
  }
}

interface Quarter { y: number; q: number }

const lowAt = (toks: readonly Token[], k: number) => (k >= 0 ? toks[k].low : "");

export function extractDates({ doc, parsed }: Context): DateFact[] {
  const { text } = doc;
  const toks = tokenize(text);
  const found = findExpressions(toks, new TermTags(parsed.terms));
  const facts: DateFact[] = [];
  let anchor: string | null = null;
  const ry = doc.referenceDate ? Number(doc.referenceDate.slice(0, 4)) : NaN;
  let quarter = firstReportQuarter(found, doc.referenceDate, ry);
  let lastDate: string | null = null;
  for (const f of found) {
    const start = toks[f.first].start;
    const end = toks[f.last - 1].end;
    // the word before, or "as soon as" / "as early as" read as one
    let before = lowAt(toks, f.first - 1);
    if (before === "as" && lowAt(toks, f.first - 3) === "as") before = `as ${lowAt(toks, f.first - 2)} as`;
    const tense = tenseAround(parsed, start, end, before);
    const value = normalize(f, { reference: doc.referenceDate, tense, anchor, quarter, lastDate });
    facts.push({ start, end, text: text.slice(start, end), ...value, rule: f.rule });
    if (value.type === "DATE" && /^\d{4}-\d{2}-\d{2}$/.test(value.value) && f.expr.kind !== "relative") anchor = value.value;
    if (value.type === "DATE" && /^\d{4}/.test(value.value) && (f.expr.kind === "calendar" || f.expr.kind === "month" || f.expr.kind === "weekday" || f.expr.kind === "holiday")) lastDate = value.value;
    quarter ??= reportQuarter(value.value, f, ry);
  }
  dateClockTimes(parsed, facts);
  return facts;
}

/**
 * The quarter a financial report is about: the numbered quarter the text names first ("a year earlier"
 * before it already means the same quarter a year before); else "the quarter", "the latest quarter"
 * (the last one completed). ry: the reference date's year.
 */
function firstReportQuarter(found: readonly Found[], reference: string | null, ry: number): Quarter | null {
  for (const numbered of [true, false]) {
    for (const f of found) {
      if (f.expr.kind !== "quarter" || (f.expr.q !== undefined) !== numbered) continue;
      const quarter = reportQuarter(normalize(f, { reference, tense: "present" }).value, f, ry);
      if (quarter) return quarter;
    }
  }
  return null;
}

/** the quarter of this year or the last that value v ("2024-Q3") of expression f names, as the report's own */
function reportQuarter(v: string, f: Found, ry: number): Quarter | null {
  const q = /^(\d{4})-Q(\d)$/.exec(v);
  return q && f.expr.kind === "quarter" && !f.expr.yearAgo && (+q[1] === ry || +q[1] === ry - 1) ? { y: +q[1], q: +q[2] } : null;
}

/** A bare clock time takes the day its sentence names ("at 10:35 a.m. (0735 GMT) Friday"). */
function dateClockTimes(parsed: Parsed, facts: DateFact[]): void {
  const dayOfSentence = new Map<number, string>();
  for (const f of facts) {
    const s = sentenceAt(parsed, f.start);
    if (f.type === "DATE" && /^\d{4}-\d{2}-\d{2}$/.test(f.value) && !dayOfSentence.has(s)) dayOfSentence.set(s, f.value);
  }
  for (let k = 0; k < facts.length; k++) {
    const day = facts[k].rule === "time" ? dayOfSentence.get(sentenceAt(parsed, facts[k].start)) : undefined;
    if (day) {
      const value = day + facts[k].value.slice(10);
      facts[k] = { ...facts[k], value, ...describe("TIME", value), inferred: true, unresolved: false };
    }
  }
}
