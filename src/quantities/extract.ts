/**
 * Finds quantities: numbers in digits and words with what they count or measure,
 * their bound ("nearly", "as many as") and trend ("rose 0.65 per cent").
 *
 * Reads the token stream of tokens.ts left to right. At each number: the currency
 * or sign before it, the number itself (numbers.ts), then its unit (units.ts) or
 * the noun it counts, a second number that makes a range, the bound and trend cues
 * around it, and last the rules that tell a year, a date, a time, an ordinal, a
 * score or a name ("S&P 500", "Covid-19") from a quantity.
 */
import type { Context } from "../context.js";
import type { Parsed } from "../nlp.js";
import type { Bound, QuantityFact, QuantityKind, Trend } from "../facts.js";
import {
  BOUND_CUES, HYPHEN_TIME_UNITS, LABEL_WORDS, MONTHS, NOT_NAME_WORDS, ONE_PRONOUN_AFTER, ONE_PRONOUN_BEFORE,
  ORDINAL_SUFFIXES, POST_BOUND_CUES, RANK_PREFIXES, STREET_WORDS, TIME_SUFFIXES, TREND_FILLERS, TREND_WORDS,
  UNITS_WORDS, TENS_WORDS, SCALE_WORDS, VAGUE_PLURALS,
} from "./lexicon.js";
import { readNumber, readProportion, type NumberRead } from "./numbers.js";
import { tokenize, type Token } from "./tokens.js";
import {
  AMBIGUOUS_POUNDS, CURRENCY_PREFIXES, GLUED_ONLY_PREFIXES, MAX_UNIT_WORDS, currencyUnit, lookupUnit, type UnitInfo,
} from "./units.js";
import { longName, singularPhrase } from "./words.js";
import { resolveDollar } from "./currency.js";

/** A quantity's unit as found: what factx reports and the tokens it covers. */
interface FoundUnit {
  info: UnitInfo;
  /** as written */
  text: string;
  first: number;
  last: number;
  /** a counted noun rather than a unit of measure */
  counted?: boolean;
  /** the noun was found past modifiers ("eight million 122-mm shells"): not part of the span */
  detached?: boolean;
}

/** the two ends of a range, the unit they share and where the range ends */
interface Range { value: [number, number]; unit: FoundUnit | null; last: number; numLast: number }

interface Core {
  num: NumberRead;
  /** first token of the quantity: currency sign or minus sign, else the number */
  first: number;
  /** the currency written before the number, ISO code */
  currency: string | null;
  negative: boolean;
  plus: boolean;
  unit: FoundUnit | null;
  /** last token of number + attached unit */
  last: number;
}

const isSpace = (g: string) => /^[ \t\u00a0]+$/.test(g);
const spaced = (t: Token | undefined) => !!t && isSpace(t.gap);
const glued = (t: Token | undefined) => !!t && t.gap === "";
const softGap = (t: Token | undefined) => !!t && (t.gap === "" || isSpace(t.gap));
const capitalised = (t: Token) => /^\p{Lu}/u.test(t.text) || /\p{Ll}\p{Lu}/u.test(t.text);
const isNumberWord = (t: Token) =>
  t.type === "word" && (UNITS_WORDS[t.lower] !== undefined || TENS_WORDS[t.lower] !== undefined ||
    t.lower === "a" || t.lower === "an" || t.lower === "half" || SCALE_WORDS[t.lower] !== undefined ||
    VAGUE_PLURALS[t.lower] !== undefined || t.lower === "tens");

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
const BOUND_RE = new RegExp(
  `(?:^|[^\\p{L}])(${[...BOUND_CUES].map(([w]) => w).sort((a, b) => b.length - a.length).map(escapeRe).join("|")})[\\s-]*$`,
  "iu",
);
const POST_BOUNDS = POST_BOUND_CUES.map(([cue, b]) => [new RegExp(`^[\\s-]?${escapeRe(cue)}(?![\\p{L}])`, "u"), b] as const);
const BOUND_OF = new Map(BOUND_CUES.map(([w, b]) => [w, b]));
const PREFIXES = Object.keys(CURRENCY_PREFIXES).sort((a, b) => b.length - a.length);
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"]+|\b[\w.-]+\.(?:com|org|net|co\.uk|gov|edu|io|az|info)\/[^\s<>"]*/gi;
const TIME_AFTER = /^\s?(?:[ap]\.\s?m\.?|[ap]m\b)/i;
const NOUNISH = ["Noun", "Adjective", "ProperNoun"];
const NOT_IN_NOUN_PHRASE = ["Pronoun", "Determiner", "Preposition", "Conjunction", "Value", "Date", "Month", "WeekDay", "Copula", "Modal", "Auxiliary", "QuestionWord"];
const NP_STOP = new Set(["of", "per", "a", "an", "the", "and", "or", "than", "to", "from", "in", "on", "at", "for", "with", "by", "as", "who", "which", "that", "is", "are", "was", "were", "had", "has", "have", "will", "would", "could", "should", "can", "may", "might", "each", "ago", "later", "earlier", "before", "after", "more", "less", "fewer", "apiece", "altogether", "respectively", "near", "like", "including", "others", "ones", "percent", "times", "worth", "year", "years", "old", "last", "next", "this", "such", "own", "so", "too", "very", "also", "just", "only", "then", "there", "here", "both", "all", "other", "another", "about", "around", "over", "under"]);
/** Verbs after which "up" and "down" still tell a change ("ended down 1%", "was trading up 2%"). */
const UP_DOWN_VERBS = new Set(["ended", "closed", "finished", "opened", "traded", "trading", "trended", "trending", "is", "was", "were", "are", "been", "be", "being", "went", "moved", "stood", "remained", "ends", "closes", "finishes", "opens", "trades", "trade", "end", "close", "finish", "open", "stayed", "sat", "came", "come", "comes", "edged", "ticked", "inched"]);
const POST_HYPHEN_ADJECTIVES = new Set(["strong", "odd", "plus", "long", "wide", "high", "tall", "deep", "old", "thick", "heavy", "year-old", "fold"]);
const RATE_A_NOUNS = new Set(["share", "head", "piece", "person", "ticket", "unit", "seat", "week", "day", "month", "year", "hour", "minute", "night", "game", "barrel", "gallon", "ounce", "tonne", "ton", "kilo", "pound", "litre", "liter", "kg"]);

/** The currency prefix ending right before token i ("US $", "HK$", "£", "PS" glued), as ISO code or "$". */
function currencyBefore(toks: readonly Token[], i: number): { code: string; first: number } | null {
  if (i === 0) return null;
  for (let k = Math.min(5, i); k >= 1; k--) {
    const first = i - k;
    let s = toks[first].text;
    for (let m = first + 1; m < i; m++) s += (toks[m].gap === "" ? "" : " ") + toks[m].text;
    const code = CURRENCY_PREFIXES[s];
    if (code === undefined) continue;
    const gap = toks[i].gap;
    if (GLUED_ONLY_PREFIXES.has(s) ? gap !== "" : !(gap === "" || gap === " ")) continue;
    // "CPS2" or "AUS$" are not these prefixes: the prefix starts a word
    if (/^\p{L}/u.test(s) && first > 0 && glued(toks[first]) && (toks[first - 1].type !== "sym" || toks[first - 1].text === "-")) continue;
    for (let m = first + 1; m < i; m++) if (!(toks[m].gap === "" || toks[m].gap === " ")) continue;
    return { code, first };
  }
  return null;
}

/** A unit written from token j on: the longest form in the unit table. */
function unitAt(toks: readonly Token[], j: number, core: { value: number; scaled: boolean; money: boolean }): FoundUnit | null {
  const t = toks[j];
  if (!t) return null;
  let k0 = j;
  // "122-mm", "6.1-inch", "121ft-long"
  if (t.text === "-" && glued(t) && toks[j + 1] && glued(toks[j + 1]) && toks[j + 1].type === "word") k0 = j + 1;
  else if (!(t.gap === "" || isSpace(t.gap))) return null;
  let best: FoundUnit | null = null;
  let s = "";
  for (let k = k0; k < toks.length && k < k0 + MAX_UNIT_WORDS * 2; k++) {
    const tk = toks[k];
    if (k > k0 && !softGap(tk)) break;
    s += (k === k0 ? "" : tk.gap === "" ? "" : " ") + tk.text;
    // a unit ends where its word ends; a longer form ("m2", "km/h") may still follow
    const next = toks[k + 1];
    if (next && glued(next) && (next.type === "word" || (next.type === "num" && tk.type === "word"))) continue;
    const info = lookupUnit(s);
    if (!info) continue;
    // spaced from the number, "a", "in" and "I" are words, not units
    if ((s === "a" || s === "i" || s === "in" || s === "I") && t.gap !== "") continue;
    best = { info, text: s, first: k0, last: k };
  }
  if (!best) {
    // "pounds": money when large, scaled or after a sterling context, else a weight
    const w = toks[k0];
    if (w && AMBIGUOUS_POUNDS.has(w.lower) && softGap(w)) {
      const money = core.scaled || core.value >= 1000 || core.money;
      best = { info: money ? currencyUnit("GBP") : { unit: "lb", kind: "measure" }, text: w.text, first: k0, last: k0 };
    }
  }
  return best;
}

/** A rate after a unit: "per barrel", "a month", "an ounce", "/kg". */
function rateAt(toks: readonly Token[], j: number): { name: string; last: number } | null {
  const t = toks[j];
  if (!t) return null;
  // "barrel-a-day", "miles-per-hour"
  if (t.text === "-" && glued(t) && toks[j + 1] && glued(toks[j + 1]) && /^(a|an|per)$/i.test(toks[j + 1].text) &&
      toks[j + 2]?.text === "-" && glued(toks[j + 2]) && toks[j + 3] && glued(toks[j + 3]) && toks[j + 3].type === "word") {
    const n = toks[j + 3];
    return { name: longName(lookupUnit(n.text)?.unit ?? singularPhrase(n.lower)), last: j + 3 };
  }
  if (!softGap(t)) return null;
  const w = t.lower;
  if (!(w === "per" || w === "a" || w === "an" || w === "/")) return null;
  const n = toks[j + 1];
  if (!n || (w === "/" ? !glued(n) : !spaced(n))) return null;
  const u = unitAt(toks, j + 1, { value: 0, scaled: false, money: false });
  // "a year earlier", "a month ago": a time, not a rate
  const after = toks[(u ? u.last : j + 1) + 1];
  if ((w === "a" || w === "an") && after && /^(earlier|ago|before|later|after|prior|previously|on|back|in)$/i.test(after.text)) return null;
  if (u && u.info.kind !== "money") {
    if ((w === "a" || w === "an") && !u.info.per && !RATE_A_NOUNS.has(singularPhrase(u.text.toLowerCase()))) return null;
    return { name: longName(u.info.unit), last: u.last };
  }
  if (n.type === "word" && (n.tags.has("Noun") || w === "per" || w === "/") && !n.tags.has("Pronoun") && !n.tags.has("Date") &&
      !n.tags.has("Determiner") && !n.tags.has("Preposition") && !n.tags.has("Conjunction")) {
    const noun = singularPhrase(n.lower);
    if ((w === "a" || w === "an") && !RATE_A_NOUNS.has(noun)) return null;
    return { name: noun, last: j + 1 };
  }
  return null;
}

/** The noun a number counts: "10,000 North Korean soldiers", "eight million 122-mm and 152-mm shells". */
function countedAt(toks: readonly Token[], j: number, sentence: number): FoundUnit | null {
  let k = j;
  let detached = false;
  // skip calibre-like modifiers "122-mm and 152-mm"
  for (let guard = 0; guard < 4; guard++) {
    const a = toks[k], b = toks[k + 1], c = toks[k + 2];
    if (a && a.type === "num" && spaced(a) && b?.text === "-" && glued(b) && c && glued(c) && lookupUnit(c.text)) {
      detached = true;
      k += 3;
      if (toks[k] && (toks[k].lower === "and" || toks[k].lower === "or") && spaced(toks[k])) k++;
      else if (toks[k]?.text === "," && glued(toks[k])) k++;
      continue;
    }
    break;
  }
  if (toks[k]?.text === "-" && glued(toks[k]) && toks[k + 1] && glued(toks[k + 1]) && toks[k + 1].type === "word" && !detached) {
    const w = toks[k + 1];
    // "a 1,000-strong force", "20-odd": an adjective, not what is counted
    if (!w.tags.has("Noun") || POST_HYPHEN_ADJECTIVES.has(w.lower)) return null;
    return { info: { unit: singularPhrase(w.lower), kind: "count" }, text: w.text, first: k + 1, last: k + 1, counted: true };
  }
  const first = k;
  let head = -1;
  let end = -1;
  for (let n = 0; k < toks.length && n < 6; k++, n++) {
    const t = toks[k];
    if (t.sentence !== sentence) break;
    const joined = t.text === "-" && glued(t) && toks[k + 1] && glued(toks[k + 1]) && toks[k + 1].type === "word";
    if (joined) { n--; continue; }
    const afterHyphen = k > first && toks[k - 1].text === "-" && glued(t);
    if (k > first && !spaced(t) && !afterHyphen) break;
    if (k === first && !(t.gap === "" ? false : isSpace(t.gap))) break;
    if (t.type !== "word") break;
    // a word glued to digits is a model ("PS5 consoles", "A320 jets"): a modifier, never the counted noun itself
    if (toks[k + 1] && glued(toks[k + 1]) && toks[k + 1].type === "num") {
      if (!(toks[k + 2] && spaced(toks[k + 2]) && toks[k + 2].type === "word")) break;
      k++;
      continue;
    }
    if (/^['’]$/.test(toks[k + 1]?.text ?? "") && glued(toks[k + 1]) && toks[k + 2]?.lower === "s" && glued(toks[k + 2]) && spaced(toks[k + 3])) {
      // a possessive names whose, not what: "the world's greatest mysteries"
      k += 2;
      head = -1;
      continue;
    }
    if (/^\p{Lu}$/u.test(t.text) && toks[k + 1]?.text === "." && glued(toks[k + 1])) {
      // an abbreviation with dots ("U.S.", "U.K."): a modifier, skipped whole
      let m = k + 1;
      while (toks[m] && glued(toks[m]) && (toks[m].text === "." || /^\p{Lu}$/u.test(toks[m].text))) m++;
      if (m - k >= 3) { k = m - 1; n++; continue; }
      break;
    }
    const hyphenNext = toks[k + 1]?.text === "-" && glued(toks[k + 1]) && toks[k + 2] && glued(toks[k + 2]) && toks[k + 2].type === "word";
    // right after a number, compromise often reads a noun as a verb ("19 fouls", "9.3 million shipping containers")
    const nextNoun = toks[k + 1] && spaced(toks[k + 1]) && toks[k + 1].type === "word" && toks[k + 1].tags.has("Noun") && !NP_STOP.has(toks[k + 1].lower);
    const nx = toks[k + 1];
    const phraseEnd = !nx || !spaced(nx) || !(nx.tags.has("Determiner") || nx.tags.has("Noun") || nx.tags.has("Pronoun") || nx.tags.has("Value"));
    const verbAsNoun = (k === first || phraseEnd) && t.tags.has("Verb") && !t.tags.has("Copula") && !t.tags.has("Auxiliary") &&
      ((t.tags.has("PresentTense") && /[^su]s$/.test(t.lower) && !t.tags.has("Gerund")) || (k === first && t.tags.has("Gerund") && nextNoun));
    // a participle after the noun starts a clause: "troops training in", "containers carrying shells"
    if (k > first && head >= 0 && /ing$/.test(t.lower) && pluralish(toks[head])) break;
    if (!afterHyphen && !(hyphenNext && k === first) && !verbAsNoun) {
      if (NP_STOP.has(t.lower) || MONTHS.has(t.lower) && capitalised(t)) break;
      if (NOT_IN_NOUN_PHRASE.some((g) => t.tags.has(g))) break;
      if (!NOUNISH.some((g) => t.tags.has(g))) break;
      if (t.tags.has("Verb") && !t.tags.has("Noun")) break;
      if (t.tags.has("Adverb")) break;
    }
    if (NP_STOP.has(t.lower) && !afterHyphen) break;
    if (t.tags.has("Noun") || afterHyphen || (verbAsNoun && !t.tags.has("Gerund"))) { head = k; end = k; }
    if (toks[k + 1] && toks[k + 1].text === "-" && glued(toks[k + 1])) continue;
    // a plural noun ends the phrase: "13 people while", "five profile slots available"
    if ((pluralish(t) || (verbAsNoun && !t.tags.has("Gerund"))) && !(nx && spaced(nx) && pluralish(nx) && nx.tags.has("Noun") && !nx.tags.has("Verb"))) break;
  }
  if (head < 0) return null;
  const words = toks.slice(first, end + 1);
  let text = "";
  for (let m = 0; m < words.length; m++) text += (m === 0 || words[m].gap === "" ? "" : " ") + words[m].text;
  return { info: { unit: singularPhrase(text), kind: "count" }, text, first, last: end, counted: true, detached };
}

/** A plural noun, by compromise's tag or by its ending ("troops" is tagged Uncountable). */
function pluralish(t: Token): boolean {
  return t.tags.has("Plural") || (t.tags.has("Noun") && /[^su'’]s$/.test(t.lower) && t.lower.length > 3 && !t.tags.has("ProperNoun"));
}

function numValue(n: NumberRead): number {
  return typeof n.value === "number" ? n.value : n.value[0];
}

/** What the passes over one document share. */
interface Scan {
  readonly text: string;
  readonly toks: readonly Token[];
  /** what "$" means in this text (US dollars unless it says otherwise) */
  readonly dollar: string;
  readonly facts: QuantityFact[];
  /** per sentence: the trend of its last quantity with one, for "by" quantities after it */
  readonly sentenceTrend: Map<number, Trend>;
  /** where each token's sentence starts, in characters */
  readonly sentenceStart: Int32Array;
  /** tokens inside web addresses ("/2018/mar/28/", "article/131191"): their numbers are not quantities */
  readonly inUrl: Uint8Array;
  /** the sentence of the last fact */
  lastFactSentence: number;
}

export function extractQuantities({ doc, parsed }: Context): QuantityFact[] {
  const s = scan(doc.text, parsed);
  let i = 0;
  while (i < s.toks.length) i = s.inUrl[i] ? i + 1 : quantityAt(s, i);
  return s.facts;
}

function scan(text: string, parsed: Parsed): Scan {
  const toks = tokenize(parsed);
  // where each token's sentence starts, in characters
  const sentenceStart = new Int32Array(toks.length);
  for (let k = 0; k < toks.length; k++) sentenceStart[k] = k > 0 && toks[k - 1].sentence === toks[k].sentence ? sentenceStart[k - 1] : toks[k].start;
  // numbers inside web addresses ("/2018/mar/28/", "article/131191") are not quantities
  const inUrl = new Uint8Array(toks.length);
  let k0 = 0;
  for (const m of text.matchAll(URL)) {
    const a = m.index ?? 0, b = a + m[0].length;
    while (k0 < toks.length && toks[k0].start < a) k0++;
    for (; k0 < toks.length && toks[k0].end <= b; k0++) inUrl[k0] = 1;
  }
  return { text, toks, dollar: resolveDollar(text), facts: [], sentenceTrend: new Map(), sentenceStart, inUrl, lastFactSentence: -1 };
}

/** The quantity whose number starts at token i, if any, added to the facts: returns the token to go on from. */
function quantityAt(s: Scan, i: number): number {
  const { text, toks, facts, sentenceTrend } = s;
  const c = readCore(s, i);
  if (!c) return i + 1;
  const n = c.num;
  let value: number | [number, number] = n.value;
  let unit = c.unit;
  let last = c.last;
  let numLast = n.last;
  // a range: "5 to 10", "5-10W", "between 5% and 6%", "from 4.8 to 4.7 percent", "$3 billion to $5 billion"
  const before = boundBefore(s, c.first);
  let leadTok = c.first;
  if (before) while (leadTok > 0 && toks[leadTok - 1].start >= before.start) leadTok--;
  const lead = toks[leadTok - 1];
  const between = lead?.lower === "between";
  const from = lead?.lower === "from";
  let connAt = last + 1;
  // "from $36,040 at 10.45pm last night to $34,935", "from 21 mpg combined to 23": a short aside before "to"
  if (from && toks[connAt]?.lower !== "to") {
    for (let k = connAt, m = 0; k < toks.length && m < 6; k++, m++) {
      if (!softGap(toks[k]) || toks[k].sentence !== toks[c.first].sentence || /^[,;:()]$/.test(toks[k].text)) break;
      if (toks[k].lower === "to" && spaced(toks[k]) && toks[k + 1] && (toks[k + 1].type === "num" || currencyBefore(toks, k + 2))) { connAt = k; break; }
      if (toks[k].lower === "from" || toks[k].lower === "and") break;
    }
  }
  const conn = toks[connAt];
  let ranged = false;
  let score = false;
  if (conn && typeof value === "number" && (
    (conn.lower === "to" && spaced(conn)) || (/^[-–—]$/.test(conn.text) && softGap(conn)) ||
    (conn.lower === "and" && between) || (conn.lower === "or" && spaced(conn) && !unit)
  )) {
    const r = rangeAfter(s, c, connAt, before, leadTok);
    if (r === "score") score = true;
    else if (r) {
      ({ value, unit, last, numLast } = r);
      ranged = true;
    }
  }
  if (score) {
    // a score or a date written with dashes ("2-0", "89-89", "2024-10-18"): skip the whole run
    let k = last + 1;
    while (toks[k] && (/^[-–—/]$/.test(toks[k].text) || toks[k].type === "num") && softGap(toks[k])) k++;
    return k;
  }
  // chains of numbers glued by dashes or slashes: dates, phone numbers, codes
  if (!ranged) {
    const d = toks[numLast + 1], e = toks[numLast + 2], f = toks[numLast + 3];
    if (d && glued(d) && /^[-/.]$/.test(d.text) && e && glued(e) && e.type === "num" && (!unit || unit.counted)) {
      let k = numLast + 1;
      while (toks[k] && glued(toks[k]) && (/^[-/.]$/.test(toks[k].text) || toks[k].type === "num")) k++;
      if ((f && glued(f) && /^[-/.]$/.test(f.text)) || d.text === "/") return k;
    }
  }
  const why = rejection(s, c) ?? (ranged && address(s, numLast + 1) ? "address" : null);
  if (why) {
    return Math.max(i + 1, c.num.last + 1);
  }
  const pv = toks[c.first - 1], nx = toks[last + 1];
  if (!unit && !ranged && typeof value === "number" && Number.isInteger(value) && value > 0 && value < 120 && pv?.text === "," && nx?.text === "," &&
      toks[c.first - 2] && capitalised(toks[c.first - 2]) && toks[c.first - 2].type === "word" && toks[c.first].type === "num" &&
      !MONTHS.has(toks[c.first - 2].lower)) {
    unit = { info: { unit: "year of age", kind: "measure" }, text: "", first: last, last, detached: true };
  }
  if (!ranged && c.negative && typeof value === "number") value = -value;
  else if (ranged && c.negative && Array.isArray(value) && value[0] > 0) value = [-value[0], value[1]];
  // bound after: "50 or more", "20-odd", "100-plus"
  let bound: Bound = before?.bound ?? "exact";
  if (ranged && from && before) bound = "exact";
  if (!before) {
    const rest = text.slice(toks[last].end, toks[last].end + 12).toLowerCase();
    for (const [re, b] of POST_BOUNDS) if (re.test(rest)) { bound = b; break; }
  }
  if (c.plus && bound === "min") bound = "exact";
  let trend: Trend = c.plus ? "up" : trendBefore(s, before ? before.start : toks[c.first].start, before ? leadTok : c.first);
  const sentence = toks[c.first].sentence;
  if (!trend && lead?.lower === "by" && sentenceTrend.get(sentence)) trend = sentenceTrend.get(sentence) ?? null;
  if (trend) sentenceTrend.set(sentence, trend);
  const kind: QuantityKind = unit ? unit.info.kind : "count";
  // a restatement shares the bound and trend of what it restates:
  // "more than 7.5m crowns (US $1.1m)", "296 hp (224 kW / 300 PS)", "rose 45 cents, or 0.6%"
  const prevFact = facts[facts.length - 1];
  const link = prevFact && prevFact.end <= toks[c.first].start ? text.slice(prevFact.end, toks[c.first].start) : "";
  if (prevFact && !before && !trend && /^(?:\s*[(/]\s*|\s*,?\s*or\s+|\s*\(\s*or\s+)$/.test(link) &&
      toks[c.first].sentence === s.lastFactSentence) {
    bound = prevFact.bound;
    trend = prevFact.trend;
  }
  const start = toks[c.first].start;
  const endTok = unit && !unit.detached ? Math.max(last, unit.last) : last;
  const end = toks[endTok].end;
  facts.push({
    start,
    end,
    text: text.slice(start, end),
    value: Array.isArray(value) ? [value[0], value[1]] as const : value,
    unit: unit ? unit.info.unit : null,
    unitText: unit ? unit.text : null,
    kind,
    bound,
    trend,
    concept: conceptFor(s, before ? leadTok : c.first, kind),
    ...(unit?.info.currency ? { currency: unit.info.currency } : {}),
  } as QuantityFact);
  s.lastFactSentence = toks[c.first].sentence;
  return Math.max(i + 1, (unit?.detached ? numLast : endTok) + 1);
}

/** A range: "5 to 10", "5-10W", "between 5% and 6%": the second number after the connector at connAt, or "score" when
 * the two numbers make a score, a date or a span of years or times instead ("2-0", "from 2010 to 2015"). */
function rangeAfter(s: Scan, c: Core, connAt: number, before: { start: number } | null, leadTok: number): Range | "score" | null {
  const { toks } = s;
  const n = c.num;
  const conn = toks[connAt];
  const lead = toks[leadTok - 1];
  const between = lead?.lower === "between";
  const from = lead?.lower === "from";
  let j = connAt + 1;
  if (conn.lower === "to" && toks[j]?.text === "-" && glued(toks[j])) j++;
  const second = toks[j] && (conn.text === "-" ? softGap(toks[j]) : true) ? secondCore(s, j) : null;
  if (second && typeof second.num.value === "number") {
    let u1 = c.unit && (!c.unit.detached ? c.unit : null);
    // "between 2.5m and 3m people": the glued "m" of the first end is a million too
    if (u1 && u1.text === "m" && u1.first === n.last + 1 && second.num.scale === 1e6 && n.scale === 1) {
      u1 = null;
      n.scale = 1e6;
      n.value = n.raw * 1e6;
    }
    const u2 = second.unit && !second.unit.detached ? second.unit : null;
    const sameCurrency = u1?.info.currency && u1.info.currency === u2?.info.currency && u1.info.unit.split(" ")[0] === u2?.info.unit.split(" ")[0];
    const trendVerb = trendBefore(s, before ? before.start : toks[c.first].start, before ? leadTok : c.first);
    const byTrend = trendVerb && lead?.lower === "by";
    let ok: boolean;
    if (u1 && u2) ok = u1.info.unit === u2.info.unit || !!sameCurrency || (u1.counted === true && u2.counted === true);
    else if (u1) ok = between || from;
    else if (u2) ok = !(trendVerb && !byTrend && conn.lower === "to");
    else ok = between || from || second.num.scale > 1 || (conn.lower === "or" && n.words && second.num.words);
    if (ok && byTrend && (second.num.value as number) > 3 * (n.value as number)) ok = false;
    if (ok && trendVerb && !byTrend && conn.lower === "to" && !from && !between) ok = false;
    if (ok && conn.lower === "or" && !(n.words && second.num.words)) ok = false;
    // "from 2010 to 2015", "between 9 and 10 a.m.", "March 3-5": years, times and dates, not amounts
    const why2 = ok ? rejection(s, second) : null;
    if ((why2 === "year" && /^\d{4}$/.test(toks[n.first].text)) || why2 === "time" || why2 === "date") return "score";
    if (!ok && !u1 && !u2 && /^[-–—]$/.test(conn.text) && !c.currency && !second.currency && n.scale === 1 && second.num.scale === 1) return "score";
    // "a 3-1 win", "a 5-4 ruling", "a 1-1 draw": a score before its noun, not a range (ranges go up)
    if (ok && /^[-–—]$/.test(conn.text) && !u1 && u2?.counted && Number.isInteger(n.value) && Number.isInteger(second.num.value) &&
        (second.num.value as number) <= (n.value as number) && n.scale === 1 && second.num.scale === 1) return "score";
    if (!ok) return null;
    let v1 = n.value as number;
    const v2 = second.num.value as number;
    if (second.num.scale > 1 && n.scale === 1 && n.raw <= second.num.raw) v1 *= second.num.scale;
    if (c.negative) v1 = -v1;
    let unit = u2 && (!u1 || u1.info.unit === u2.info.unit || u1.counted) ? u2 : u1;
    if (u1 && u2 && sameCurrency) unit = u1.info.unit.length > u2.info.unit.length ? u1 : u2;
    return { value: [v1, second.negative ? -v2 : v2], unit, last: second.last, numLast: second.num.last };
  }
  return null;
}

/** the number starting at token j, or within three tokens after it (its own currency sign first: "$3 billion to $5 billion") */
function secondCore(s: Scan, j: number): Core | null {
  const { toks } = s;
  let k = j;
  for (let m = 0; m < 4 && toks[k] && toks[k].type !== "num" && !isNumberWord(toks[k]); m++) k++;
  if (k >= toks.length || k - j > 3) return null;
  const c2 = readCore(s, k);
  if (!c2 || c2.first !== j) return null;
  return c2;
}

/** The number at token i with its currency, sign and unit; null when none starts there. */
function readCore(s: Scan, i: number): Core | null {
  const { text, toks, dollar } = s;
  const t = toks[i];
  if (!(t.type === "num" || isNumberWord(t))) return null;
  let first = i;
  let negative = false;
  let plus = false;
  const prev = toks[i - 1];
  if (prev && prev.text === "-" && glued(t) && glued(prev) && toks[i - 2]?.lower === "minus") {
    negative = true;
    first = i - 2;
  } else if (t.type === "num" && prev && glued(t) && /^[-−+]$/.test(prev.text)) {
    // a sign stands apart or after a currency sign ("-5", "$-50.8bn"), not between numbers or words ("5-10", "TA-35")
    const before = toks[i - 2];
    if (!before || !glued(prev) || (before.type === "sym" && /^[$£€¥(\[~≈“"'‘]$/.test(before.text))) {
      negative = prev.text !== "+";
      plus = prev.text === "+";
      first = i - 1;
    }
  } else if (prev && prev.lower === "minus" && spaced(t)) {
    negative = true;
    first = i - 1;
  }
  const cur = currencyBefore(toks, first);
  const prefixEnd = first - 1;
  if (cur) first = cur.first;
  const num = readNumber(toks, i, !!cur);
  if (!num) return null;
  const prop = readProportion(toks, num);
  const n = prop ?? num;
  const value = numValue(n);
  let unit: FoundUnit | null = null;
  let last = n.last;
  const code = cur ? (cur.code === "$" ? dollar : cur.code) : null;
  if (code) {
    unit = { info: currencyUnit(code), text: text.slice(toks[cur!.first].start, toks[prefixEnd].end), first: cur!.first, last: prefixEnd };
    // "$76 US", "US$ 5 billion"
    let j = n.last + 1;
    if (toks[j] && spaced(toks[j]) && /^(us|u\.s|usd)$/i.test(toks[j].text)) j++;
    else if (toks[j]?.lower === "u" && toks[j + 1]?.text === ".") j += 4;
    const cents = unitAt(toks, n.last + 1, { value, scaled: n.scale > 1, money: true });
    if (cents && cents.info.kind === "money" && cents.info.unit === "cent") last = cents.last;
    const rate = rateAt(toks, j);
    if (rate) {
      unit = { ...unit, info: { ...unit.info, unit: `${unit.info.unit} per ${rate.name}` } };
      last = rate.last;
    }
  } else if ((Array.isArray(n.value) || n.fraction) && toks[n.last + 1]?.lower === "of") {
    // "hundreds of miles", "dozens of people", "tens of millions of dollars", "1/16 of a pint"
    let j = n.last + 2;
    if (toks[j] && /^(a|an|the|these|those|its|their|his|her)$/i.test(toks[j].text)) j++;
    // "1/16 of a US pint", "a third of an imperial gallon"
    if (n.fraction && toks[j + 1] && /^(US|UK|imperial|metric|British|American)$/.test(toks[j].text) && lookupUnit(toks[j + 1].text)) j++;
    const u = unitAt(toks, j, { value, scaled: true, money: false }) ?? (n.fraction ? null : countedAt(toks, j, t.sentence));
    if (u) { unit = u; last = u.last; }
  } else {
    const u = unitAt(toks, n.last + 1, { value, scaled: n.scale > 1, money: false });
    if (u) {
      unit = u;
      last = u.last;
    } else if (toks[n.last + 1] && /^[€£$¥]$/.test(toks[n.last + 1].text) && softGap(toks[n.last + 1])) {
      const c = CURRENCY_PREFIXES[toks[n.last + 1].text];
      unit = { info: currencyUnit(c === "$" ? dollar : c), text: toks[n.last + 1].text, first: n.last + 1, last: n.last + 1 };
      last = n.last + 1;
    } else {
      let j = n.last + 1;
      // one of the best speakers
      if (t.lower === "one" && toks[j]?.lower === "of" && toks[j + 1] && /^(the|his|her|its|their|our|my|your|these|those)$/i.test(toks[j + 1].text)) j += 2;
      const np = countedAt(toks, j, t.sentence);
      if (np) {
        unit = np;
        if (!np.detached && j === n.last + 1) last = np.last;
      }
    }
    if (unit && !unit.counted) {
      const rate = rateAt(toks, unit.last + 1);
      if (rate) {
        unit = { ...unit, info: { ...unit.info, unit: `${longName(unit.info.unit)} per ${rate.name}` }, last: rate.last };
        last = rate.last;
      }
    } else if (unit?.counted && !unit.detached) {
      const rate = rateAt(toks, unit.last + 1);
      if (rate && (toks[unit.last + 1].lower === "per" || RATE_A_NOUNS.has(rate.name))) {
        unit = { ...unit, info: { ...unit.info, unit: `${unit.info.unit} per ${rate.name}` }, last: rate.last };
        last = rate.last;
      }
    }
  }
  return { num: n, first, currency: code, negative, plus, unit, last };
}

/** Why the number at this core is not a quantity, or null when it is one. */
function rejection(s: Scan, c: Core): string | null {
  const { text, toks } = s;
  const n = c.num;
  const t = toks[n.first];
  const prev = toks[c.first - 1];
  const after = toks[n.last + 1];
  // a glued capital letter is a unit only when nothing says label: "Section 6A" is not 6 amperes
  const hasUnit = !!c.unit && !c.unit.counted && !(/^\p{Lu}$/u.test(c.unit.text) && c.unit.first === n.last + 1 && glued(toks[n.last + 1]) &&
    !!prev && prev.type === "word" && (LABEL_WORDS.has(prev.lower) || capitalised(prev)) && !NOT_NAME_WORDS.has(prev.lower));
  // "PS5" is a games console; a transliterated pound amount has pence, a scale or a bigger figure ("PS2.7m", "PS21,700")
  if (c.currency && c.unit?.text === "PS" && n.scale === 1 && /^\d$/.test(t.text)) return "name";
  if (t.type === "num") {
    const digits = t.text;
    // glued to letters: codes and models ("X6", "CO2", "9AB8", "PLX-R18")
    if (prev && glued(t) && prev.type === "word" && c.first === n.first && !c.currency) return "code";
    if (after && glued(after) && after.type === "word" && !c.unit && n.last === n.first) {
      if (ORDINAL_SUFFIXES.has(after.lower)) return "ordinal";
      if (after.lower === "s") return "decade";
      if (TIME_SUFFIXES.has(after.lower)) return "time";
      return "code";
    }
    if (after && glued(after) && after.text === "'" && toks[n.last + 2]?.lower === "s") return "decade";
    // "the 23 rd renewal": an ordinal whose suffix came loose
    if (after && spaced(after) && /^(st|nd|rd|th)$/.test(after.text) && Number.isInteger(n.value) && !c.currency) return "ordinal";
    if (after && glued(after) && after.type === "word" && ORDINAL_SUFFIXES.has(after.lower) && !c.unit) return "ordinal";
    if (after && glued(after) && after.type === "num") return "code";
    if (after && glued(after) && after.text === ":" && toks[n.last + 2]?.type === "num") return "time";
    if (prev && glued(t) && prev.text === ":" && toks[c.first - 2]?.type === "num") return "time";
    if (TIME_AFTER.test(text.slice(toks[n.last].end, toks[n.last].end + 6)) && !c.currency) return "time";
    if (after && spaced(after) && TIME_SUFFIXES.has(after.lower) && !c.currency) return "time";
    if (/^0\d/.test(digits) && !c.currency) return "code";
    // identifiers: ten or more digits without separators ("672138506081275904")
    if (/^\d{10,}$/.test(digits)) return "code";
    // "#2"
    if (prev && prev.text === "#" && glued(t)) return "label";
    // hyphenated to a word before: "Covid-19", "TA-35", "F-16", "last-32"
    if (prev && prev.text === "-" && glued(t) && c.first === n.first) {
      const w = toks[c.first - 2];
      if (w && w.type === "word" && (glued(prev) || spaced(prev))) {
        if (glued(prev) && (capitalised(w) || RANK_PREFIXES.has(w.lower))) return "name";
        if (spaced(prev) && capitalised(w) && !hasUnit) return "name";
      }
      if (w && w.type === "num" && glued(prev)) return "chain";
    }
    // a date: "March 29", "Feb. 21", "8 July"
    const wordBefore = prev && prev.text === "." && glued(prev) ? toks[c.first - 2] : prev;
    if (wordBefore && MONTHS.has(wordBefore.lower) && capitalised(wordBefore) && !c.currency && !hasUnit) return "date";
    if (after && spaced(after) && MONTHS.has(after.lower) && capitalised(after) && !c.currency && !hasUnit && Number.isInteger(n.value) && (n.value as number) <= 31) return "date";
    // a year: four digits, no comma, no currency, no unit of measure
    const v = n.value as number;
    if (/^\d{4}$/.test(digits) && n.scale === 1 && !c.currency && !hasUnit && v >= 1000 && v <= 2199 && n.last === n.first) {
      if (prev && /^(in|since|by|until|till|from|of|during|before|after|circa|between)$/i.test(prev.text) && !c.unit) return "year";
      const cue = BOUND_RE.exec(text.slice(Math.max(0, toks[c.first].start - 25), toks[c.first].start));
      const cued = !!cue && !/^(circa|c\.|around|about|in|since)$/i.test(cue[1]);
      const plural = c.unit?.counted && /s$/i.test(c.unit.text);
      if (!((cued || plural) && !(v >= 1900 && v <= 2199))) return "year";
    }
  }
  // a label: "Section 427", "Game 7", "category 4", "No. 1"
  const labelWord = prev && prev.text === "." && glued(prev) ? toks[c.first - 2] : prev;
  if (labelWord && labelWord.type === "word" && LABEL_WORDS.has(labelWord.lower) && !hasUnit && !c.currency && c.first === n.first && softGap(t)) {
    if (!(labelWord.lower === "no" && !(prev.text === "." || capitalised(labelWord)))) return "label";
  }
  // part of a name: "S&P 500", "Big 12", "iPhone 11", "BBC One"
  if (prev && prev.type === "word" && spaced(toks[c.first]) && c.first === n.first && !hasUnit && !c.currency &&
      capitalised(prev) && !NOT_NAME_WORDS.has(prev.lower) && !MONTHS.has(prev.lower) && !lookupUnit(prev.text) &&
      (!prev.initial || prev.tags.has("ProperNoun") || prev.tags.has("Noun") || /\p{Lu}{2}/u.test(prev.text)) &&
      !(prev.initial && (prev.tags.has("Adverb") || prev.tags.has("Preposition") || prev.tags.has("Determiner") || prev.tags.has("Verb")))) {
    if (!(t.type === "word" && !capitalised(t) && c.unit?.counted)) return "name";
  }
  if (t.type === "num" && !/[,.]/.test(t.text) && n.last === n.first && !c.currency && !hasUnit && after && spaced(after) &&
      after.type === "word" && capitalised(after) && !after.initial && (after.tags.has("ProperNoun") || /^\p{Lu}{2,}$/u.test(after.text)) && !after.tags.has("Demonym") &&
      !after.tags.has("Adjective") && !/s$/.test(after.text) && !lookupUnit(after.text)) return "name";
  // a rank: "the bottom three", "the top 10"
  if (prev && /^(top|bottom)$/i.test(prev.text) && !c.unit) return "rank";
  // "COVID -19"
  if (c.negative && c.first !== n.first && prev && prev.type === "word" && capitalised(prev) && spaced(toks[c.first]) && !hasUnit) return "name";
  // "one 52,000-barrel refinery": "one" before another number is a determiner
  if (t.lower === "one" && after && spaced(after) && after.type === "num") return "determiner";
  if (t.type === "word" && capitalised(t) && !t.initial && prev && capitalised(prev) && prev.type === "word" && !NOT_NAME_WORDS.has(prev.lower)) return "name";
  // a number word capitalised mid-sentence is a name: "the Gang of Eight", "the Final Four"
  if (t.type === "word" && capitalised(t) && !t.initial && prev && !/^[:“"‘'(\-—–]$/.test(prev.text) && !/[.!?:]\s*$/.test(t.gap) &&
      !/\p{Lu}{2,}/u.test(t.text) && toks[c.first - 1]?.type === "word" &&
      !(after && spaced(after) && capitalised(after) && pluralish(after))) return "name";
  // a house number: "575 Wilbraham Road", "22 Ave Foch"
  if (address(s, n.last + 1)) return "address";
  // "one" as a pronoun: "the same one", "each one", "one another", "if one adds"
  if (t.lower === "one" && !c.currency && !hasUnit && !n.fraction) {
    if (prev && ONE_PRONOUN_BEFORE.has(prev.lower) && softGap(t)) return "pronoun";
    // "the only one who…"
    if (prev?.lower === "only" && toks[c.first - 2]?.tags.has("Determiner") && !c.unit) return "pronoun";
    if (after && ONE_PRONOUN_AFTER.has(after.lower)) return "pronoun";
    if (after && spaced(after) && (after.tags.has("Modal") || after.tags.has("Auxiliary") || after.tags.has("Copula") ||
        (after.tags.has("Verb") && !after.tags.has("Noun") && (after.tags.has("PresentTense") || after.tags.has("PastTense"))))) return "pronoun";
  }
  // "one-off", "one-time", "one-way": adjectives
  if (t.lower === "one" && after && after.text === "-" && glued(after) && !c.unit) return "adjective";
  // "zero tolerance", "net zero": a word, unless something is measured
  if (t.lower === "zero" && !hasUnit && !c.currency) return "word";
  // an enumeration: "One, defeat ISIS. Two, disrupt…"
  if (t.type === "word" && t.initial && n.last === n.first && after && glued(after) && /^[,:.]$/.test(after.text)) return "list";
  // "a five-year plan": a description, not an amount
  if (c.unit && !c.unit.counted && toks[n.last + 1]?.text === "-" && glued(toks[n.last + 1]) && HYPHEN_TIME_UNITS.has(c.unit.info.unit) &&
      c.unit.last === n.last + 2) return "adjective";
  return null;
}

/** a house number: "575 Wilbraham Road", "22 Ave Foch" */
function address(s: Scan, from: number): boolean {
  const { toks } = s;
  for (let k = from, m = 0; k < toks.length && m < 5; k++, m++) {
    const w = toks[k];
    if (!softGap(w) || !(w.type === "num" || w.text === "." || (w.type === "word" && (capitalised(w) || ORDINAL_SUFFIXES.has(w.lower))))) break;
    if (w.type === "word" && capitalised(w) && STREET_WORDS.has(w.lower)) return true;
  }
  return false;
}

/** a bound cue ("more than", "between", "up to") ending right before token startTok, and where it starts */
function boundBefore(s: Scan, startTok: number): { bound: Bound; start: number } | null {
  const { text, toks, sentenceStart } = s;
  const st = toks[startTok];
  const from = Math.max(sentenceStart[startTok], st.start - 30);
  const m = BOUND_RE.exec(text.slice(from, st.start));
  if (!m) return null;
  const cue = m[1].toLowerCase();
  const bound = BOUND_OF.get(cue) ?? BOUND_OF.get(cue.replace(/\s+/g, " "));
  if (!bound) return null;
  return { bound, start: from + m.index + m[0].indexOf(m[1]) };
}

/** a word of a noun phrase in the sentence */
function isNp(t: Token, sentence: number): boolean {
  return t.type === "word" && t.sentence === sentence &&
    (t.tags.has("Noun") || t.tags.has("ProperNoun") || t.tags.has("Adjective") || t.tags.has("Possessive") || t.tags.has("Acronym")) &&
    !t.tags.has("Pronoun") && !t.tags.has("Month") && !t.tags.has("WeekDay") && !NP_STOP.has(t.lower);
}

/** The noun phrase ending at token k (walking left), with a prepositional tail: "Revenue in the quarter". */
function phraseEndingAt(s: Scan, k: number, sentence: number): { first: number; last: number } | null {
  const { toks } = s;
  if (k < 0 || !isNp(toks[k], sentence) || !toks[k].tags.has("Noun") && !toks[k].tags.has("Acronym")) return null;
  const last = k;
  let first = k;
  for (let m = k - 1; m >= 0 && last - m < 7; m--) {
    const glue = toks[m + 1].gap;
    if (!(glue === "" || isSpace(glue)) || !(isNp(toks[m], sentence) || toks[m].text === "-" || toks[m].text === "&")) break;
    first = m;
  }
  while (first < last && !/[\p{L}\p{N}]/u.test(toks[first].text)) first++;
  // "Revenue in the quarter", "shares of Ross": the head before a preposition
  const det = toks[first - 1]?.tags.has("Determiner") ? 1 : 0;
  const p = toks[first - 1 - det];
  if (p && /^(in|of|at|for|on)$/.test(p.lower)) {
    const head = phraseEndingAt(s, first - 2 - det, sentence);
    if (head && last - head.first < 10) return { first: head.first, last };
  }
  return { first, last };
}

/** What the quantity is about: "a fine of $3 billion" → fine; "Tesla shares were up 57%" → Tesla shares. */
function conceptFor(s: Scan, firstTok: number, kind: QuantityKind): string | null {
  const { text, toks } = s;
  const sentence = toks[firstTok].sentence;
  let k = firstTok - 1;
  // "a fine of $3 billion", "turnover of 1.3 billion shekels"
  if (toks[k]?.lower === "of" && isSpace(toks[firstTok].gap)) {
    const np = phraseEndingAt(s, k - 1, sentence);
    if (np) return text.slice(toks[np.first].start, toks[np.last].end);
    return null;
  }
  if (kind === "count") return null;
  // else the subject of the verb the quantity follows
  for (let hops = 0; k >= 0 && hops < 8 && toks[k].sentence === sentence; k--, hops++) {
    const t = toks[k];
    if (/[,;:()]/.test(toks[k + 1].gap) || /^[,;:()]$/.test(t.text)) return null;
    if (verbLike(s, k)) break;
  }
  if (k < 0 || !verbLike(s, k)) return null;
  let m = k - 1;
  while (m >= 0 && toks[m].type === "word" && (toks[m].tags.has("Auxiliary") || toks[m].tags.has("Adverb") || toks[m].tags.has("Modal") || toks[m].tags.has("Negative") || toks[m].tags.has("Copula"))) m--;
  const np = phraseEndingAt(s, m, sentence);
  return np ? text.slice(toks[np.first].start, toks[np.last].end) : null;
}

/** compromise reads some trend verbs as nouns ("Qualcomm rose 4%") */
function verbLike(s: Scan, k: number): boolean {
  const { toks } = s;
  return toks[k].type === "word" && (toks[k].tags.has("Verb") || toks[k].tags.has("Copula") ||
  (!!TREND_WORDS[toks[k].lower] && !/^(up|down)$/.test(toks[k].lower) && !toks[k - 1]?.tags.has("Determiner")));
}

/** the trend a verb before the quantity gives it: "rose 4%", "cut spending by $2bn" */
function trendBefore(s: Scan, charStart: number, firstTok: number): Trend {
  const { toks } = s;
  let k = firstTok - 1;
  while (k >= 0 && toks[k].end > charStart) k--;
  // "cut spending by $2bn", "grow sales by 35 per cent": the verb before its object
  if (toks[k]?.lower === "by") {
    for (let m = k - 1; m >= 0 && m >= k - 4; m--) {
      if (!softGap(toks[m + 1]) || toks[m].type !== "word") break;
      const tr = TREND_WORDS[toks[m].lower];
      if (tr && toks[m].lower !== "up" && toks[m].lower !== "down" && (toks[m].tags.has("Verb") || !toks[m - 1]?.tags.has("Determiner"))) return tr;
      if (toks[m].tags.has("Verb") || toks[m].tags.has("Preposition")) break;
    }
  }
  for (let hops = 0; k >= 0 && hops < 4; k--, hops++) {
    const t = toks[k];
    if (!(isSpace(toks[k + 1]?.gap ?? " ") || toks[k + 1]?.gap === "")) return null;
    if (t.type !== "word") return null;
    const tr = TREND_WORDS[t.lower];
    if (tr && (t.lower === "up" || t.lower === "down")) {
      const v = toks[k - 1];
      if (v && v.type === "word" && v.tags.has("Verb") && !v.tags.has("Copula") && !UP_DOWN_VERBS.has(v.lower) && !TREND_WORDS[v.lower]) return null;
    }
    if (tr) return tr;
    if (!TREND_FILLERS.has(t.lower)) return null;
  }
  return null;
}

