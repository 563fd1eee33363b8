/**
 * Finds time expressions in a token stream: one left-to-right scan; at each
 * token a handful of small grammar rules propose a match and the longest wins.
 * The finder only says where an expression is and what it says
 * (an Expression); the normalizer gives it a value.
 */
import type { Amount, ClockTime, DayPart, Expression, Found } from "./expression.js";
import { lastDayOfMonth } from "./calendar.js";
import type { Token } from "./tokens.js";
import {
  AGO_MODIFIERS, AMBIGUOUS_MONTHS, CLOCK_LEADS, COUNTED_AFTER_NUMBER, FALL_VERB_NEXT, TIME_ZONES, AMOUNT_MODIFIERS, SPOKEN_CENTURIES, UNIT_QUALIFIERS, DATE_PREPOSITIONS, DAY_PARTS, DEICTIC_DAYS, FREQUENCY_WORDS, HOLIDAYS,
  MONTH_ABBREVIATIONS, MONTHS, NUMBER_WORDS, OFFSET_WORDS, ORDINAL_SUFFIXES, ORDINALS, REFERENCE_PHRASES,
  REFERENCE_WORD_SENSES, REFERENCE_WORDS, COUNT_NOUNS, MODALS, DAY_EVENT_NOUNS, RELATIVE_WORDS, SEASONS, UNIT_DURATION, UNITS, VAGUE_AMOUNTS, WEEKDAY_ABBREVIATIONS, WEEKDAYS, type Unit,
} from "./words.js";

/** What the finder may ask of the shared parse about a token (compromise's tags). */
export interface TokenInfo {
  /** true when the token starts a person's name ("Jan Kavan", "August Wilson") */
  isName(token: Token): boolean;
  /** true when the token is a plural noun ("2000 people"): a count, not a year */
  isPlural(token: Token): boolean;
}

/** what a rule matched from a given token: where it ends (token index, exclusive) and what it says */
interface Match { end: number; expr: Expression; rule: string; time?: ClockTime; part?: DayPart; mod?: string }

const HOLIDAY_KEYS: ReadonlyArray<readonly [string[], (typeof HOLIDAYS)[string]]> = Object.entries(HOLIDAYS)
  .map(([k, h]) => [k.match(/[a-z]+|'/g) ?? [], h] as [string[], (typeof HOLIDAYS)[string]])
  .sort((a, b) => b[0].length - a[0].length);
const DURATION_LEADS = new Set(["past", "last", "next", "first", "coming", "previous", "following", "final", "initial", "latest", "recent", "preceding", "ensuing", "remaining", "additional", "further", "same"]);
const QUARTER_RELATIVE: Readonly<Record<string, { shift?: number; latest?: boolean; yearAgo?: boolean }>> = Object.assign(Object.create(null), {
  latest: { latest: true }, last: { shift: -1 }, past: { shift: -1 }, previous: { shift: -1 }, preceding: { shift: -1 },
  current: { shift: 0 }, this: { shift: 0 }, next: { shift: 1 }, coming: { shift: 1 }, same: { latest: true },
  recent: { latest: true }, "most recent": { latest: true },
});
const PERIOD_WORDS = new Set(["quarter", "period"]);
/** plural-looking words before "a year" that are not the counted thing ("was a year", "its", "as a week") */
const RATE_BLOCKERS = new Set(["was", "has", "this", "its", "his", "as", "does", "always", "perhaps", "less", "unless", "across", "thus", "yes", "towards", "afterwards", "hers", "ours", "theirs", "whereas", "is"]);
const YEAR_DETERMINERS = new Set(["the", "its", "their", "his", "her", "our", "this", "that", "a", "s"]);
const DECADE_WORDS: Readonly<Record<string, number>> = Object.assign(Object.create(null), { twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9 });
/** true for a day that exists: 29 February only in a leap year (or when the year is unknown) */
function realDay(y: number | undefined, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= (y === undefined ? [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] : lastDayOfMonth(y, m));
}
/** true when the words `seq` start at token i */
function wordsAt(toks: readonly Token[], i: number, seq: readonly string[]): boolean {
  for (let k = 0; k < seq.length; k++) if (toks[i + k]?.low !== seq[k]) return false;
  return true;
}
const byFirstWord = <T extends readonly [readonly string[], unknown]>(entries: readonly T[]): ReadonlyMap<string, T[]> => {
  const m = new Map<string, T[]>();
  for (const e of entries) m.set(e[0][0], [...(m.get(e[0][0]) ?? []), e]);
  return m;
};
const HOLIDAYS_BY_FIRST = byFirstWord(HOLIDAY_KEYS);
const REFERENCE_PHRASES_BY_FIRST = byFirstWord(REFERENCE_PHRASES);
/**
 * Words that can begin a time expression: every lexicon's words and the grammar
 * words the rules below start with. Tokens outside it (and not numbers) are
 * skipped without running the rules: the scan stays one cheap pass.
 */
const START_WORDS: ReadonlySet<string> = new Set([
  ...Object.keys(MONTHS), ...Object.keys(WEEKDAYS), ...Object.keys(UNITS), ...Object.keys(NUMBER_WORDS), ...Object.keys(ORDINALS),
  ...Object.keys(SEASONS), ...Object.keys(DAY_PARTS), ...Object.keys(DEICTIC_DAYS), ...Object.keys(REFERENCE_WORDS),
  ...Object.keys(RELATIVE_WORDS), ...Object.keys(FREQUENCY_WORDS), ...Object.keys(SPOKEN_CENTURIES), ...Object.keys(DECADE_WORDS),
  ...VAGUE_AMOUNTS, ...Object.keys(COUNT_NOUNS), ...REFERENCE_PHRASES.map(([w]) => w[0]), ...AMOUNT_MODIFIERS.map((w) => w[0]), ...AGO_MODIFIERS.map((w) => w[0]),
  ...HOLIDAY_KEYS.map(([w]) => w[0]), ...DURATION_LEADS, ...Object.keys(QUARTER_RELATIVE),
  "the", "this", "that", "its", "their", "his", "her", "every", "each", "per", "once", "twice", "early", "earlier", "late", "later",
  "mid", "pre", "post", "noon", "midday", "midnight", "tonight", "overnight", "most", "comparable", "corresponding", "fiscal",
  "calendar", "financial", "model", "q", "h", "fy", "'", "’", "soon",
]);
/** prefixes glued to a year by a hyphen: mid-1996, pre-1990, post-1959 */
const ANAPHORIC_STEPS: Readonly<Record<string, -1 | 1>> = Object.assign(Object.create(null), { previous: -1, preceding: -1, following: 1, next: 1 });
const HYPHEN_PREFIXES = new Set(["mid", "pre", "post"]);
/** a capitalized word inside a sentence names something ("This Week", "High Noon", "60 Minutes") */
const capitalizedInside = (toks: readonly Token[], i: number) => {
  const t = toks[i];
  if (!t || !/^[A-Z]/.test(t.text)) return false;
  const p = toks[i - 1];
  return !!p && !/^[.!?"“”'‘`:_]$/.test(p.text) && !(p.text === "\n");
};
const ANAPHORIC_UNITS = new Set(["day", "week", "month", "year", "quarter", "morning", "afternoon", "evening", "night"]);
const BARE_PLURAL_LEADS = new Set(["for", "in", "within", "over", "recent", "coming", "several", "many", "few"]);

/** What the rules read: the document's tokens and what the parse says of them. */
interface Scan {
  readonly toks: readonly Token[];
  readonly info: TokenInfo;
}

export function findExpressions(toks: readonly Token[], info: TokenInfo): Found[] {
  const s: Scan = { toks, info };
  const found: Found[] = [];
  let i = 0;
  while (i < toks.length) {
    const t = toks[i];
    if (t.kind !== "number" && !START_WORDS.has(t.low)) {
      i++;
      continue;
    }
    let best: Match | null = null;
    for (const rule of RULES) {
      const m = rule(s, i);
      if (m && m.end > i && (!best || m.end > best.end)) best = m;
    }
    if (best) {
      // hedged ends: "the next year or so", "a year or two", "1994 or later", "1990 and beyond"
      const a = low(s, best.end);
      const b = low(s, best.end + 1);
      if (a === "or" && (b === "so" || b === "later" || b === "earlier" || b === "more" || b === "longer" || ((b === "two" || b === "three") && best.expr.kind === "duration"))) best = { ...best, end: best.end + 2 };
      else if (a === "and" && b === "beyond") best = { ...best, end: best.end + 2 };
      // "at 6 a.m." closing a sentence: the period ends the sentence, not the abbreviation
      const last = toks[best.end - 1];
      const after = toks[best.end];
      if (last.text === "." && best.time && /^(m|am|pm)$/.test(low(s, best.end - 2)) && (!after || (after.space && /^[A-Z"“`']/.test(after.text)))) best = { ...best, end: best.end - 1 };
      found.push({ first: i, last: best.end, expr: best.expr, time: best.time, part: best.part, mod: best.mod, rule: best.rule });
      i = best.end;
      // "April 24 and 25", "Aug. 7 or 8": the second day shares the month
      const e = best.expr;
      if (e.kind === "calendar" && e.m !== undefined && e.d !== undefined && (low(s, i) === "and" || low(s, i) === "or" || low(s, i) === "to" || (isPunct(s, i, "-") && glued(s, i)))) {
        const d2 = toks[i + 1]?.kind === "number" ? dayNumberAt(s, i + 1) : null;
        if (d2 && d2.d > e.d && !MONTHS[low(s, d2.end)] && !UNITS[low(s, d2.end)]) {
          found.push({ first: i + 1, last: d2.end, expr: { kind: "calendar", y: e.y, m: e.m, d: d2.d }, rule: "month-day-second" });
          i = d2.end;
        }
      }
    } else i++;
  }
  return found;
}

// The rules and the readers they share, over the Scan of one document.

/** the lower-case text of token i, "" outside the stream */
function low({ toks }: Scan, i: number): string {
  return i < toks.length && i >= 0 ? toks[i].low : "";
}

/** token i follows the one before it with no space */
function glued({ toks }: Scan, i: number): boolean {
  return i < toks.length && i > 0 && !toks[i].space;
}

/** token i is the punctuation p */
function isPunct({ toks }: Scan, i: number, p: string): boolean {
  return i < toks.length && toks[i].text === p;
}

/** a run of digits that stands alone: not part of 2,600 / 3.5 / $45 / 122-mm / A320 */
function digitsAt(s: Scan, i: number): number | null {
  const { toks } = s;
  const t = toks[i];
  if (!t || t.kind !== "number") return null;
  if (glued(s, i)) {
    const p = toks[i - 1];
    if (p.kind !== "punct" || /[,.$£€¥#/:]/.test(p.text)) return null;
    if (p.text === "-" && i >= 2 && glued(s, i - 1) && toks[i - 2].kind !== "punct" && !HYPHEN_PREFIXES.has(toks[i - 2].low)) return null;
  }
  const n = toks[i + 1];
  if (n && !n.space) {
    if ((n.text === "," || n.text === "." || n.text === ":" || n.text === "/") && toks[i + 2]?.kind === "number" && !toks[i + 2].space) return null;
    if (n.text === "%" || n.kind === "number") return null;
  }
  return Number(t.text);
}

/** "three", "twenty-five", "12", "a", "several", "a few" → number (null: vague) */
function numberAt(s: Scan, i: number, allowArticle: boolean): { n: number | null; end: number } | null {
  const { toks } = s;
  const w = low(s, i);
  if (toks[i]?.kind === "number") {
    // 1.5 hours, 2.5 years
    if (isPunct(s, i + 1, ".") && glued(s, i + 1) && toks[i + 2]?.kind === "number" && glued(s, i + 2) && UNITS[low(s, i + 3)] && !(glued(s, i) && toks[i - 1].kind !== "punct")) {
      return { n: Number(`${toks[i].text}.${toks[i + 2].text}`), end: i + 3 };
    }
    const n = digitsAt(s, i);
    return n === null ? null : { n, end: i + 1 };
  }
  // "a couple of years", "couple of days"
  const counted = COUNT_NOUNS[w === "a" ? low(s, i + 1) : w];
  if (counted !== undefined && low(s, w === "a" ? i + 2 : i + 1) === "of") return { n: counted, end: w === "a" ? i + 3 : i + 2 };
  if (w === "a" || w === "an") {
    if (VAGUE_AMOUNTS.has(low(s, i + 1))) return { n: null, end: low(s, i + 2) === "of" ? i + 3 : i + 2 };
    if (low(s, i + 1) === "half") return { n: 0.5, end: i + 2 };
    if (low(s, i + 1) === "dozen") return { n: 12, end: i + 2 };
    return allowArticle ? { n: 1, end: i + 1 } : null;
  }
  if (VAGUE_AMOUNTS.has(w)) return { n: null, end: low(s, i + 1) === "of" ? i + 2 : i + 1 };
  const v = NUMBER_WORDS[w];
  if (v === undefined || w === "half" || w === "dozen") return null;
  if (v >= 20 && v < 100) {
    // twenty-five, twenty five
    const j = isPunct(s, i + 1, "-") && glued(s, i + 1) ? i + 2 : i + 1;
    const unit = NUMBER_WORDS[low(s, j)];
    if (unit !== undefined && unit < 10 && low(s, j) !== "a" && low(s, j) !== "an") return { n: v + unit, end: j + 1 };
  }
  if (low(s, i + 1) === "hundred" && v < 10) return { n: v * 100, end: i + 2 };
  if (low(s, i + 1) === "thousand" && v < 100) return { n: v * 1000, end: i + 2 };
  return { n: v, end: i + 1 };
}

/** an ordinal day: "7", "7th", "seventh" */
function dayNumberAt(s: Scan, i: number): { d: number; end: number } | null {
  const { toks } = s;
  const t = toks[i];
  if (t?.kind === "number" && t.text.length <= 2) {
    const d = Number(t.text);
    if (d < 1 || d > 31) return null;
    let end = i + 1;
    if (ORDINAL_SUFFIXES.has(low(s, end)) && glued(s, end)) end++;
    const n = toks[end];
    if (n && !n.space && (n.kind === "number" || ((n.text === ":" || n.text === "," || n.text === ".") && toks[end + 1]?.kind === "number" && !toks[end + 1].space))) return null;
    if (n && !n.space && n.text === "-" && toks[end + 1]?.kind === "word") return null;
    return { d, end };
  }
  const o = ORDINALS[low(s, i)];
  return o && o <= 31 ? { d: o, end: i + 1 } : null;
}

/** the year that may follow a day of a month ("Aug. 7, 1998", "7 August 1998"), and where the date ends */
function yearAfterDay(s: Scan, k: number): { y: number | undefined; end: number } {
  const { toks } = s;
  const yk = isPunct(s, k, ",") ? k + 1 : k;
  const yr = yearAt(s, yk);
  return yr && toks[yk].kind !== "punct" ? { y: yr.y, end: yr.end } : { y: undefined, end: k };
}

/** a four-digit year (or '98) that stands alone */
function yearAt(s: Scan, i: number): { y: number; end: number } | null {
  const { toks } = s;
  const t = toks[i];
  if (t?.kind === "number" && t.text.length === 4) {
    const y = digitsAt(s, i);
    if (y === null || y < 1000 || y > 2099) return null;
    return { y, end: i + 1 };
  }
  const century = SPOKEN_CENTURIES[low(s, i)];
  if (century && !glued(s, i)) {
    const tens = NUMBER_WORDS[low(s, i + 1)];
    if (tens !== undefined && tens >= 10 && tens < 100 && low(s, i + 1) !== "a" && low(s, i + 1) !== "an") {
      let y = century + tens;
      let end = i + 2;
      const k = isPunct(s, end, "-") ? end + 1 : end;
      const unit = NUMBER_WORDS[low(s, k)];
      if (tens >= 20 && unit !== undefined && unit < 10 && low(s, k) !== "a" && low(s, k) !== "an") {
        y += unit;
        end = k + 1;
      }
      return { y, end };
    }
  }
  if (low(s, i) === "two" && low(s, i + 1) === "thousand" && low(s, i - 1) === "year") return { y: 2000, end: i + 2 };
  if ((t?.text === "'" || t?.text === "’") && toks[i + 1]?.kind === "number" && toks[i + 1].text.length === 2 && glued(s, i + 1) && (!glued(s, i + 2) || (low(s, i + 2) === "s" && !(toks[i + 3] && glued(s, i + 3) && toks[i + 3].kind === "word")))) {
    const yy = Number(toks[i + 1].text);
    return { y: (yy < 30 ? 2000 : 1900) + yy, end: i + 2 }; // '98 → 1998, '05 → 2005
  }
  return null;
}

/** a month name; abbreviations need a period or a number after them */
function monthAt(s: Scan, i: number): { m: number; end: number; abbrev: boolean } | null {
  const { toks } = s;
  const w = low(s, i);
  const m = MONTHS[w];
  if (m === undefined || toks[i].kind !== "word") return null;
  if (toks[i].text[0] !== toks[i].text[0].toUpperCase()) return null; // "may", "march" lower-case are words
  if (MONTH_ABBREVIATIONS.has(w)) {
    if (isPunct(s, i + 1, ".") && glued(s, i + 1)) return { m, end: i + 2, abbrev: true };
    if (toks[i + 1]?.kind === "number") return { m, end: i + 1, abbrev: true };
    return null;
  }
  return { m, end: i + 1, abbrev: false };
}

function weekdayAt(s: Scan, i: number): { wd: number; end: number } | null {
  const { toks } = s;
  const w = low(s, i);
  const wd = WEEKDAYS[w];
  if (wd === undefined || toks[i].text[0] === w[0]) return null;
  if (WEEKDAY_ABBREVIATIONS.has(w)) return isPunct(s, i + 1, ".") && glued(s, i + 1) ? { wd, end: i + 2 } : null;
  return { wd, end: i + 1 };
}

/** "morning", "afternoon", "evening", "night" after a day */
function dayPartAt(s: Scan, i: number): { part: DayPart; end: number } | null {
  const p = DAY_PARTS[low(s, i)];
  return p ? { part: p as DayPart, end: i + 1 } : null;
}

/** 10:35 a.m. EDT, 6 p.m., noon, midnight, 4 o'clock */
function clockAt(s: Scan, i: number): { time: ClockTime; end: number } | null {
  const { toks } = s;
  const w = low(s, i);
  if ((w === "noon" || w === "midday") && !capitalizedInside(toks, i) && low(s, i - 1) !== "high") return { time: { h: 12, min: 0 }, end: i + 1 };
  if (w === "midnight") return { time: { h: 24, min: 0 }, end: i + 1 };
  const t = toks[i];
  if (t?.kind !== "number" || t.text.length > 2 || (glued(s, i) && toks[i - 1].kind !== "punct")) return null;
  let h = Number(t.text);
  let min = 0;
  let end = i + 1;
  let hasClock = false;
  let colon = false;
  // 10:35, and 10.30 when am/pm follows (British style)
  if ((isPunct(s, end, ":") || (isPunct(s, end, ".") && /^(am|pm|a|p)$/.test(low(s, end + 2)))) && glued(s, end) && toks[end + 1]?.kind === "number" && toks[end + 1].text.length === 2 && glued(s, end + 1)) {
    min = Number(toks[end + 1].text);
    colon = isPunct(s, end, ":");
    end += 2;
  }
  // a.m. / p.m. / am / pm
  let meridiem: string | null = null;
  const a = low(s, end);
  if ((a === "a" || a === "p") && low(s, end + 2) === "m" && isPunct(s, end + 1, ".")) {
    meridiem = a;
    end += 3;
    if (isPunct(s, end, ".") && glued(s, end)) end++;
  } else if ((a === "am" || a === "pm") ) {
    meridiem = a[0];
    end += 1;
    if (isPunct(s, end, ".") && glued(s, end)) end++;
  } else if (a === "o" && (isPunct(s, end + 1, "'") || isPunct(s, end + 1, "’")) && low(s, end + 2) === "clock") {
    end += 3;
    hasClock = true;
  } else if (colon && (h >= 13 || TIME_ZONES.has(a) || a === "local" || a === "hours" || a === "hrs" || CLOCK_LEADS.has(low(s, i - 1)))) {
    // a 24-hour clock: "at 15:00", "10:35 GMT", "22:30 local time"
    hasClock = true;
    if (a === "local" && low(s, end + 1) === "time") end += 2;
    else if (a === "hours" || a === "hrs") end += 1;
  } else if (a === "in" && low(s, end + 1) === "the" && (low(s, end + 2) === "morning" || low(s, end + 2) === "afternoon" || low(s, end + 2) === "evening")) {
    // 4 in the morning
    meridiem = low(s, end + 2) === "morning" ? "a" : "p";
    end += 3;
  }
  if (!meridiem && !hasClock) return null;
  if (h > 24 || min > 59) return null;
  if (meridiem === "p" && h < 12) h += 12;
  if (meridiem === "a" && h === 12) h = 0;
  if (TIME_ZONES.has(low(s, end))) end++;
  return { time: { h, min }, end };
}

/** "early", "late", "mid-", "the end of", "the beginning of" before a point in time */
function pointModifierAt(s: Scan, i: number): { mod: string; end: number } | null {
  let j = i;
  const w = low(s, j);
  if (w === "early" || w === "earlier") return { mod: "START", end: isPunct(s, j + 1, "-") && glued(s, j + 1) ? j + 2 : j + 1 };
  if (w === "late" || w === "later") return { mod: "END", end: isPunct(s, j + 1, "-") && glued(s, j + 1) ? j + 2 : j + 1 };
  if (w === "mid") return { mod: "MID", end: isPunct(s, j + 1, "-") ? j + 2 : j + 1 };
  if ((w === "pre" || w === "post") && isPunct(s, j + 1, "-") && glued(s, j + 1)) return { mod: w === "pre" ? "BEFORE" : "AFTER", end: j + 2 };
  if (w === "the") j++;
  const v = low(s, j);
  if ((v === "end" || v === "beginning" || v === "start" || v === "middle" || v === "close" || v === "turn") && low(s, j + 1) === "of") {
    const end = low(s, j + 2) === "the" ? j + 3 : j + 2;
    return { mod: v === "end" || v === "close" ? "END" : v === "middle" ? "MID" : "START", end };
  }
  return null;
}

/** "last", "next", "this", "coming", "this past" before a weekday, month or season */
function shiftAt(s: Scan, i: number): { shift: -1 | 0 | 1; end: number } | null {
  const w = low(s, i);
  if (w === "this" && (low(s, i + 1) === "past" || low(s, i + 1) === "coming")) return { shift: low(s, i + 1) === "past" ? -1 : 1, end: i + 2 };
  if (w === "last" || w === "next" || w === "this" || w === "coming" || w === "past" || w === "previous") return { shift: RELATIVE_WORDS[w], end: i + 1 };
  return null;
}

// ---- rules for points in time; each returns the longest match it can make at i ----

function calendar(s: Scan, i: number): Match | null {
  const { toks } = s;
  // ISO 1998-08-07
  if (toks[i]?.kind === "number" && toks[i].text.length === 4 && isPunct(s, i + 1, "-") && glued(s, i + 1) && toks[i + 2]?.text.length === 2 && glued(s, i + 2) && isPunct(s, i + 3, "-") && glued(s, i + 3) && toks[i + 4]?.text.length === 2 && glued(s, i + 4) && !(glued(s, i + 5) && toks[i + 5].kind !== "punct")) {
    const [y, m, d] = [Number(toks[i].text), Number(toks[i + 2].text), Number(toks[i + 4].text)];
    if (realDay(y, m, d) && !(glued(s, i) && toks[i - 1]?.kind !== "punct")) return { end: i + 5, expr: { kind: "calendar", y, m, d }, rule: "iso" };
  }
  // 8/7/1998, 8/7/98 (US order)
  if (toks[i]?.kind === "number" && isPunct(s, i + 1, "/") && glued(s, i + 1) && toks[i + 2]?.kind === "number" && glued(s, i + 2) && isPunct(s, i + 3, "/") && glued(s, i + 3) && toks[i + 4]?.kind === "number" && glued(s, i + 4) && !(glued(s, i + 5) && toks[i + 5].kind !== "punct") && !glued(s, i)) {
    let [m, d, yy] = [Number(toks[i].text), Number(toks[i + 2].text), toks[i + 4].text];
    if (m > 12 && d <= 12) [m, d] = [d, m]; // 18/10/2024: day first
    const y = yy.length === 4 ? Number(yy) : yy.length === 2 ? 1900 + Number(yy) : NaN;
    if (Number.isFinite(y) && realDay(y, m, d)) return { end: i + 5, expr: { kind: "calendar", y, m, d }, rule: "numeric" };
  }
  let j = i;
  let wd: number | undefined;
  const w = weekdayAt(s, j);
  if (w) {
    wd = w.wd;
    j = w.end;
    if (isPunct(s, j, ",")) j++;
  }
  // Aug. 7, 1998 / August 7 / August 1998 / August of 1998
  const mo = monthAt(s, j);
  if (mo) {
    let k = mo.end;
    const day = dayNumberAt(s, k);
    if (day && toks[k].kind === "number") {
      const { y, end } = yearAfterDay(s, day.end);
      if (!realDay(y, mo.m, day.d)) return null; // "Feb. 30"
      return { end, expr: { kind: "calendar", y, m: mo.m, d: day.d, wd }, rule: "month-day" };
    }
    const yk = isPunct(s, k, ",") ? k + 1 : low(s, k) === "of" ? k + 1 : k;
    const yr = yearAt(s, yk);
    if (yr && toks[yk].kind !== "punct") return { end: yr.end, expr: { kind: "calendar", y: yr.y, m: mo.m }, rule: "month-year" };
    return null;
  }
  // 7 August 1998 / 7th of August / the 7th of August
  let k = j;
  const the = low(s, k) === "the";
  if (the) k++;
  const day = dayNumberAt(s, k);
  if (day) {
    let m2 = day.end;
    if (low(s, m2) === "of") m2++;
    const mo2 = monthAt(s, m2);
    if (mo2 && (toks[k].kind === "number" || low(s, day.end) === "of")) {
      const { y, end } = yearAfterDay(s, mo2.end);
      if (!realDay(y, mo2.m, day.d)) return null;
      return { end, expr: { kind: "calendar", y, m: mo2.m, d: day.d, wd }, rule: "day-month" };
    }
  }
  return null;
}

function weekday(s: Scan, i: number): Match | null {
  const { toks, info } = s;
  // "the previous Friday", "the following Monday": a step from the day the text talks about
  if (low(s, i) === "the" && ANAPHORIC_STEPS[low(s, i + 1)] !== undefined) {
    const w = weekdayAt(s, i + 2);
    if (w) return { end: w.end, expr: { kind: "weekday", wd: w.wd, shift: ANAPHORIC_STEPS[low(s, i + 1)], anchored: true }, rule: "weekday-anaphoric" };
  }
  let j = i;
  const sh = shiftAt(s, j);
  if (sh) j = sh.end;
  const w = weekdayAt(s, j);
  if (!w) return null;
  if (!sh && info.isName(toks[j]) && toks[j + 1]?.kind === "word" && /^[A-Z]/.test(toks[j + 1].text)) return null;
  return { end: w.end, expr: { kind: "weekday", wd: w.wd, shift: sh?.shift }, rule: "weekday" };
}

function month(s: Scan, i: number): Match | null {
  const { toks, info } = s;
  let j = i;
  const sh = shiftAt(s, j);
  if (sh) j = sh.end;
  const mo = monthAt(s, j);
  if (!mo) return null;
  if (!sh) {
    const w = low(s, j);
    const prev = low(s, j - 1);
    const contextual = DATE_PREPOSITIONS.has(prev) || (prev === "the" && toks[mo.end]?.kind === "word" && /^[a-z]/.test(toks[mo.end].text));
    if (AMBIGUOUS_MONTHS.has(w) && !contextual) return null;
    if (info.isName(toks[j]) && !contextual) return null;
    if (toks[mo.end]?.kind === "word" && /^[A-Z]/.test(toks[mo.end].text) && !contextual) return null; // "August Wilson"
  }
  // "last Oct. 23", "next June 30": the day before or after the reference
  if (sh && sh.shift !== 0) {
    const c = calendar(s, j);
    if (c && c.expr.kind === "calendar" && c.expr.d !== undefined && c.expr.y === undefined && c.end > mo.end) {
      return { ...c, expr: { ...c.expr, shift: sh.shift === -1 ? -1 : 1 }, rule: "month-day" };
    }
  }
  // "last October" but not "last March's vote" handled by the same span
  const end = mo.end;
  // June of last year, January this year
  const k = low(s, end) === "of" ? end + 1 : end;
  if ((low(s, k) === "this" || low(s, k) === "last" || low(s, k) === "next") && low(s, k + 1) === "year") {
    return { end: k + 2, expr: { kind: "month", m: mo.m, yearShift: RELATIVE_WORDS[low(s, k)] }, rule: "month-of-year" };
  }
  return { end, expr: { kind: "month", m: mo.m, shift: sh?.shift }, rule: "month" };
}

function year(s: Scan, i: number): Match | null {
  const { toks, info } = s;
  let j = i;
  let rule = "year";
  if (toks[j]?.text === "FY" && toks[j + 1]?.kind === "number") {
    // FY2024, FY 2024, FY24
    const t2 = toks[j + 1];
    const y = t2.text.length === 4 ? Number(t2.text) : t2.text.length === 2 ? (Number(t2.text) < 50 ? 2000 : 1900) + Number(t2.text) : NaN;
    if (Number.isFinite(y) && !(toks[j + 2] && glued(s, j + 2) && toks[j + 2].kind !== "punct")) return { end: j + 2, expr: { kind: "calendar", y }, rule: "fiscal-year" };
  }
  if (low(s, j) === "fiscal" || low(s, j) === "calendar" || low(s, j) === "financial" || low(s, j) === "model") {
    rule = low(s, j) === "fiscal" || low(s, j) === "financial" ? "fiscal-year" : "year";
    j++;
    if (low(s, j) === "year" || low(s, j) === "years") j++;
  } else if (low(s, j) === "the" && low(s, j + 1) === "year" && yearAt(s, j + 2)) j += 2;
  else if (low(s, j) === "year" && yearAt(s, j + 1) && toks[j + 1].kind === "number") j++;
  const yr = yearAt(s, j);
  if (!yr) return null;
  const t = toks[j];
  // decades: 1990s, '80s
  const after = yr.end;
  if (low(s, after) === "s" && glued(s, after)) {
    return { end: after + 1, expr: { kind: "decade", decade: Math.floor(yr.y / 10) }, rule: "decade" };
  }
  if (t.kind === "punct") return null; // '98 alone is too ambiguous
  if (j === i) {
    // a bare number: only a year where nothing says it is a count, a model or an amount
    const prev = low(s, i - 1);
    // Kopp's 1987 Chevrolet: a model year after a possessive
    if (prev === "s" && glued(s, i - 1) && (isPunct(s, i - 2, "'") || isPunct(s, i - 2, "’")) && /^[A-Z]/.test(toks[after]?.text ?? "")) return null;
    if (prev === "no" || prev === "number" || prev === "no." || prev === "boeing" || prev === "airbus" || prev === "route" || prev === "flight") return null;
    // "a venture called Orion 1980", "Vision 2030": a number after a capitalized name is part of the name
    if (toks[i - 1]?.kind === "word" && capitalizedInside(toks, i - 1) && !DATE_PREPOSITIONS.has(prev) && MONTHS[prev] === undefined && SEASONS[prev] === undefined) return null;
    const next = toks[after];
    if (next && !next.space && (next.text === "-" || next.text === "%") && toks[after + 1]?.kind === "word") return null;
    if (next && next.kind === "word" && !next.space) return null;
    if (next && next.kind === "word" && COUNTED_AFTER_NUMBER.has(next.low)) return null;
    if (yr.y < 1800 && !DATE_PREPOSITIONS.has(prev)) return null;
    // "2000 people", "1500 troops": a count; but "the 1988 results", "in 1990 prices rose"
    if (next && next.kind === "word" && info.isPlural(next) && !DATE_PREPOSITIONS.has(prev) && !YEAR_DETERMINERS.has(prev)) return null;
  }
  return { end: after, expr: { kind: "calendar", y: yr.y }, rule };
}

function decade(s: Scan, i: number): Match | null {
  const { toks } = s;
  let j = i;
  if (low(s, j) === "the") j++;
  const pm = pointModifierAt(s, j);
  let mod: string | undefined;
  if (pm) {
    mod = pm.mod;
    j = pm.end;
  }
  // the nineties
  const dw = DECADE_WORDS;
  if (low(s, j) in dw && low(s, i) === "the") return { end: j + 1, expr: { kind: "decade", decade: 190 + dw[low(s, j)] }, rule: "decade", mod };
  // the 20th century, the 11th century
  const ord = toks[j]?.kind === "number" && ORDINAL_SUFFIXES.has(low(s, j + 1)) && glued(s, j + 1) ? Number(toks[j].text) : ORDINALS[low(s, j)];
  const ordEnd = toks[j]?.kind === "number" ? j + 2 : j + 1;
  if (ord && ord <= 21 && (low(s, ordEnd) === "century" || (isPunct(s, ordEnd, "-") && low(s, ordEnd + 1) === "century"))) {
    return { end: low(s, ordEnd) === "century" ? ordEnd + 1 : ordEnd + 2, expr: { kind: "decade", century: ord - 1 }, rule: "century", mod };
  }
  const yr = yearAt(s, j);
  if (yr && low(s, yr.end) === "s" && glued(s, yr.end)) {
    if (j === i) return null; // handled by year(s, )
    return { end: yr.end + 1, expr: { kind: "decade", decade: Math.floor(yr.y / 10) }, rule: "decade", mod };
  }
  return null;
}

function season(s: Scan, i: number): Match | null {
  const { toks } = s;
  let j = i;
  let the = false;
  if (low(s, j) === "the") {
    the = true;
    j++;
  }
  const sh = the ? null : shiftAt(s, j);
  if (sh) j = sh.end;
  const se = SEASONS[low(s, j)];
  if (!se) return null;
  if (low(s, j) === "fall" && (low(s, i - 1) === "to" || FALL_VERB_NEXT.has(low(s, j + 1)))) return null; // "to fall apart", "fall below"
  if (low(s, j) === "fall" && !sh && !the && !DATE_PREPOSITIONS.has(low(s, i - 1))) return null; // "prices fall"
  let end = j + 1;
  const yk = low(s, end) === "of" ? end + 1 : end;
  const yr = yearAt(s, yk);
  if (yr && toks[yk].kind !== "punct") return { end: yr.end, expr: { kind: "season", season: se, y: yr.y }, rule: "season" };
  if (!sh && !the && !DATE_PREPOSITIONS.has(low(s, i - 1))) return null;
  return { end, expr: { kind: "season", season: se, shift: sh?.shift }, rule: "season" };
}

/** last week, this month, next year, this weekend, this century */
function relative(s: Scan, i: number): Match | null {
  const { toks } = s;
  const sh = shiftAt(s, i);
  if (!sh) return null;
  const uw = low(s, sh.end);
  const u = UNITS[uw];
  if (!u || uw !== u || capitalizedInside(toks, sh.end)) return null;
  if (u === "hour" || u === "minute" || u === "second") return null;
  if (low(s, i) === "past" && low(s, i - 1) === "the") return null; // "the past week": a duration
  if (u === "decade" || u === "century") return { end: sh.end + 1, expr: { kind: "decade", shift: sh.shift, unit: u }, rule: "relative-" + u };
  if (u === "quarter") return { end: sh.end + 1, expr: { kind: "quarter", shift: sh.shift }, rule: "relative-quarter" };
  return { end: sh.end + 1, expr: { kind: "relative", unit: u, shift: sh.shift }, rule: "relative" };
}

function deictic(s: Scan, i: number): Match | null {
  const { toks } = s;
  const w = low(s, i);
  if (w in DEICTIC_DAYS) {
    // "today's youth", "today's world": the present age, not the day (TimeBank leaves it out);
    // "today's editions", "today's vote": the day
    if (w === "today" && (isPunct(s, i + 1, "'") || isPunct(s, i + 1, "’")) && low(s, i + 2) === "s" && !DAY_EVENT_NOUNS.has(low(s, i + 3)) && !DAY_EVENT_NOUNS.has(low(s, i + 4))) return null;
    // "USA Today", "VOA Today": a capitalized day word after a name is part of the name
    if (/^[A-Z]/.test(toks[i].text) && capitalizedInside(toks, i) && /^[A-Z]/.test(toks[i - 1].text) && toks[i - 1].kind === "word") return null;
    return { end: i + 1, expr: { kind: "deictic", offset: DEICTIC_DAYS[w] }, rule: "deictic" };
  }
  if (w === "tonight") return { end: i + 1, expr: { kind: "deictic", offset: 0 }, part: "NI", rule: "deictic" };
  if ((w === "this" || w === "last") && dayPartAt(s, i + 1)) {
    const p = dayPartAt(s, i + 1)!;
    if (w === "last" && p.part !== "NI") return null;
    return { end: p.end, expr: { kind: "deictic", offset: w === "last" ? -1 : 0 }, part: p.part, rule: "deictic-part" };
  }
  if (w === "overnight" && !(low(s, i + 1) in UNITS)) return { end: i + 1, expr: { kind: "deictic", offset: 0 }, part: "NI", rule: "deictic-part" };
  return null;
}

function holiday(s: Scan, i: number): Match | null {
  const { toks } = s;
  const sh = shiftAt(s, i);
  const at = sh ? sh.end : i;
  for (const [words, h] of HOLIDAYS_BY_FIRST.get(low(s, at)) ?? []) {
    let j = at;
    let ok = true;
    for (const w of words) {
      if (w === "'" ? !(isPunct(s, j, "'") || isPunct(s, j, "’")) : low(s, j) !== w) { ok = false; break; }
      j++;
    }
    if (!ok || !/^[A-Z]/.test(toks[at].text)) continue;
    // "Easter week", "Christmas week": the week the holiday falls in
    const week = low(s, j) === "week" && !isPunct(s, j + 1, "-") ? true : undefined;
    if (week) j++;
    const yk = isPunct(s, j, ",") ? j + 1 : j;
    const yr = yearAt(s, yk);
    if (yr && toks[yk].kind !== "punct") return { end: yr.end, expr: { kind: "holiday", holiday: h, y: yr.y, week }, rule: "holiday" };
    return { end: j, expr: { kind: "holiday", holiday: h, shift: sh?.shift, week }, rule: "holiday" };
  }
  return null;
}

/** the third quarter (of 1989), third-quarter, the latest quarter, the first half, the year-earlier period */
function quarter(s: Scan, i: number): Match | null {
  const { toks } = s;
  // Q3, Q3 2024, H1 2023 (business shorthand; capital letter, digits glued)
  if ((toks[i].text === "Q" || toks[i].text === "H") && toks[i + 1]?.kind === "number" && glued(s, i + 1) && toks[i + 1].text.length === 1 && !glued(s, i)) {
    const n = Number(toks[i + 1].text);
    const isQ = toks[i].text === "Q";
    if (n < 1 || n > (isQ ? 4 : 2) || (toks[i + 2] && glued(s, i + 2) && toks[i + 2].kind !== "punct")) return null;
    const yr = yearAt(s, i + 2);
    const withYear = yr && toks[i + 2].kind === "number";
    return { end: withYear ? yr.end : i + 2, expr: { kind: "quarter", q: isQ ? n : undefined, half: isQ ? undefined : n, y: withYear ? yr.y : undefined }, rule: "quarter" };
  }
  // a possessive belongs to the noun phrase, not to the time: "its fourth quarter"
  if (low(s, i) === "its" || low(s, i) === "their" || low(s, i) === "his" || low(s, i) === "her") return null;
  let j = i;
  const yearPossessive = (low(s, j) === "last" || low(s, j) === "next" || low(s, j) === "this") && low(s, j + 1) === "year" && (isPunct(s, j + 2, "'") || isPunct(s, j + 2, "’")) && low(s, j + 3) === "s";
  if (!yearPossessive && (low(s, j) === "the" || low(s, j) === "this" || low(s, j) === "that")) j++;
  const comparable = low(s, j) === "comparable" || low(s, j) === "corresponding";
  if (comparable) j++;
  // whose year: "the 1988 third quarter", "this year's third quarter", "the year-ago third quarter"
  let y: number | undefined;
  let yshift: number | undefined;
  let yearAgo = false;
  const yr0 = low(s, j - 1) === "the" ? yearAt(s, j) : null;
  if (yr0 && toks[j].kind === "number" && !(low(s, yr0.end) === "s" && glued(s, yr0.end))) {
    y = yr0.y;
    j = yr0.end;
  } else if (yearPossessive) {
    yshift = RELATIVE_WORDS[low(s, j)];
    j += 4;
  } else if (low(s, j) === "year" && isPunct(s, j + 1, "-") && (low(s, j + 2) === "ago" || low(s, j + 2) === "earlier" || low(s, j + 2) === "before")) {
    yearAgo = true;
    j += 3;
  }
  if (low(s, j) === "fiscal") j += isPunct(s, j + 1, "-") ? 2 : 1;
  if (yearAgo && ORDINALS[low(s, j)] === undefined) {
    // the year-earlier period, year-ago results
    if (PERIOD_WORDS.has(low(s, j))) return { end: j + 1, expr: { kind: "quarter", yearAgo: true }, rule: "quarter-year-ago" };
    if (low(s, i) === "the" && (toks[j]?.kind === "number" || NUMBER_WORDS[low(s, j)] !== undefined)) return null; // "the year-earlier nine months"
    return { end: j, expr: { kind: "quarter", yearAgo: true }, rule: "quarter-year-ago" };
  }
  // "the 1988 period", "the 1988 quarter": that year's quarter of the report
  if (y !== undefined && PERIOD_WORDS.has(low(s, j))) return { end: j + 1, expr: { kind: "quarter", y, latest: true }, rule: "year-period" };
  if (y !== undefined && ORDINALS[low(s, j)] === undefined) return null;
  let q: number | undefined;
  let half: number | undefined;
  let rel: (typeof QUARTER_RELATIVE)[string] | undefined;
  const o = low(s, j) === "last" && low(s, j + 1) === "half" ? 2 : ORDINALS[low(s, j)] ?? (toks[j]?.kind === "number" && ORDINAL_SUFFIXES.has(low(s, j + 1)) && glued(s, j + 1) ? Number(toks[j].text) : undefined);
  let k = j;
  // "the first two quarters of 1990": the first half of that year
  const twoQuarters = (low(s, j) === "first" || low(s, j) === "last") && low(s, j + 1) === "two" && low(s, j + 2) === "quarters" && low(s, j + 3) === "of" && !!yearAt(s, low(s, j + 4) === "fiscal" ? j + 5 : j + 4);
  if (twoQuarters) {
    half = low(s, j) === "first" ? 1 : 2;
    k = j + 2;
  } else if (o !== undefined) {
    k = toks[j].kind === "number" ? j + 2 : j + 1;
    if (isPunct(s, k, "-") && glued(s, k)) k++;
    if (low(s, k) === "fiscal") k++;
    if (isPunct(s, k - 1, "-") && j > i) return null; // "its third-quarter profit": the adjective alone
    if (low(s, k) === "quarter" && o <= 4) q = o;
    else if (low(s, k) === "half" && o <= 2) half = o;
    else return null;
  } else {
    if (low(s, j) === "most" && low(s, j + 1) === "recent") { rel = QUARTER_RELATIVE["most recent"]; k = j + 2; }
    else if (QUARTER_RELATIVE[low(s, j)]) { rel = QUARTER_RELATIVE[low(s, j)]; k = j + 1; }
    else if (comparable) rel = QUARTER_RELATIVE["same"];
    if (low(s, k) === "fiscal") k++;
    if (low(s, k) !== "quarter" && !(low(s, k) === "period" && rel?.latest)) {
      if (!(low(s, k) === "quarter" && low(s, i) === "the")) return null;
    }
    // "last year's quarter", "last year's period": the report's quarter a year before
    if (!rel && yshift !== undefined && (low(s, k) === "quarter" || low(s, k) === "period") && !(isPunct(s, k + 1, "-") && glued(s, k + 1))) {
      return { end: k + 1, expr: yshift === -1 ? { kind: "quarter", yearAgo: true } : { kind: "quarter", latest: true, yearShift: yshift }, rule: "quarter-year-ago" };
    }
    if (!rel && low(s, i) !== "the") return null;
    if (low(s, i) === "this" && !rel) return null;
    // "the quarter-to-quarter comparison": a compound, not a quarter
    if (isPunct(s, k + 1, "-") && glued(s, k + 1)) return null;
  }
  let end = k + 1;
  // "the last half of the '80s", "the first half of the 20th century": the decade's or century's start or end
  if (half !== undefined && low(s, end) === "of") {
    const dm = decade(s, end + 1);
    if (dm && dm.expr.kind === "decade" && !dm.mod) return { end: dm.end, expr: dm.expr, mod: half === 1 ? "START" : "END", rule: dm.rule };
  }
  // of 1989 / of fiscal 1990 / of the year / of next year
  if (low(s, end) === "of" && y === undefined && yshift === undefined) {
    let m = end + 1;
    if (low(s, m) === "fiscal") m++;
    const yr = yearAt(s, m);
    if (yr && toks[m].kind !== "punct") {
      y = yr.y;
      end = yr.end;
    } else if ((low(s, m) === "this" || low(s, m) === "last" || low(s, m) === "next") && low(s, m + 1) === "year") {
      yshift = RELATIVE_WORDS[low(s, m)];
      end = m + 2;
    }
  } else if (y === undefined && yshift === undefined) {
    const yr = yearAt(s, end);
    if (yr && toks[end].kind === "number" && low(s, end - 1) !== "period") {
      y = yr.y;
      end = yr.end;
    }
  }
  if (low(s, i) === "this" && q !== undefined && yshift === undefined) return null;
  // "the same period last year", "the comparable quarter a year ago": the report's quarter a year before
  // ("the quarter a year ago" too)
  if (y === undefined && yshift === undefined && (rel?.latest || q !== undefined || (!rel && half === undefined && low(s, k) === "quarter"))) {
    if (low(s, end) === "last" && low(s, end + 1) === "year") return { end: end + 2, expr: { kind: "quarter", q, half, yearAgo: true }, rule: "quarter-year-ago" };
    if (low(s, end) === "a" && low(s, end + 1) === "year" && (low(s, end + 2) === "ago" || low(s, end + 2) === "earlier")) return { end: end + 3, expr: { kind: "quarter", q, half, yearAgo: true }, rule: "quarter-year-ago" };
  }
  if (yearAgo) return { end, expr: { kind: "quarter", q, half, yearAgo: true }, rule: "quarter-year-ago" };
  const expr: Expression = { kind: "quarter", q, half, y, shift: rel?.shift, latest: rel?.latest, yearShift: yshift };
  return { end, expr, rule: "quarter" };
}

/** now, currently, recently, the past, the future, soon */
function reference(s: Scan, i: number): Match | null {
  const { toks } = s;
  for (const [words, value] of REFERENCE_PHRASES_BY_FIRST.get(low(s, i)) ?? []) {
    if (wordsAt(toks, i, words)) {
      if (value === "PRESENT_REF" && words[0] === "present" && low(s, i - 1) !== "at") return null;
      return { end: i + words.length, expr: { kind: "reference", value }, rule: "reference" };
    }
  }
  // "may soon seek", "to soon grow", "soon will begin": a future time; not "as soon as", "soon after", "soon became"
  if (low(s, i) === "soon") {
    const ahead = MODALS.has(low(s, i - 1)) || low(s, i - 1) === "to" || MODALS.has(low(s, i + 1));
    return ahead && low(s, i - 1) !== "as" && low(s, i + 1) !== "as" && low(s, i + 1) !== "after" ? { end: i + 1, expr: { kind: "reference", value: "FUTURE_REF" }, rule: "reference" } : null;
  }
  const v = REFERENCE_WORDS[low(s, i)];
  if (!v) return null;
  // "current account", "electric current": the word in another sense
  const not = REFERENCE_WORD_SENSES[low(s, i)];
  if (not && (not.before.includes(low(s, i - 1)) || not.after.includes(low(s, i + 1)))) return null;
  return { end: i + 1, expr: { kind: "reference", value: v }, rule: "reference" };
}

/** that day, the same week, the year (ended …), the fiscal year, the weekend, year-end, the next morning */
function anaphoric(s: Scan, i: number): Match | null {
  const { toks } = s;
  // "Earlier that day", "later that year"
  const lead = low(s, i) === "earlier" || low(s, i) === "later" || low(s, i) === "early" || low(s, i) === "late" ? 1 : 0;
  const w = low(s, i + lead);
  if (lead && w !== "that") return null;
  if (w === "that" || (w === "the" && low(s, i + 1) === "same")) {
    let j = i + lead + 1;
    if (low(s, j) === "same") j++;
    const u = low(s, j);
    if (!ANAPHORIC_UNITS.has(u)) return null;
    if (isPunct(s, j + 1, "-") || (toks[j + 1]?.kind === "word" && !toks[j + 1].space)) return null;
    const part = DAY_PARTS[u] as DayPart | undefined;
    return { end: j + 1, expr: { kind: "same", unit: part ? "day" : (u as Unit), shift: 0 }, part, rule: "anaphoric" };
  }
  if (w === "the" && (low(s, i + 1) === "next" || low(s, i + 1) === "following") && DAY_PARTS[low(s, i + 2)]) {
    return { end: i + 3, expr: { kind: "same", unit: "day", shift: 1 }, part: DAY_PARTS[low(s, i + 2)] as DayPart, rule: "anaphoric" };
  }
  // year-end, year end, year's end
  if (w === "year" && ((isPunct(s, i + 1, "-") && low(s, i + 2) === "end") || low(s, i + 1) === "end")) {
    const end = low(s, i + 1) === "end" ? i + 2 : i + 3;
    return { end, expr: { kind: "relative", unit: "year", shift: 0 }, mod: "END", rule: "year-end" };
  }
  if (w === "year" && (isPunct(s, i + 1, "'") || isPunct(s, i + 1, "’")) && low(s, i + 2) === "s" && low(s, i + 3) === "end") {
    return { end: i + 4, expr: { kind: "relative", unit: "year", shift: 0 }, mod: "END", rule: "year-end" };
  }
  if (w !== "the") return null;
  let j = i + 1;
  let fiscal = false;
  if (low(s, j) === "latest" || low(s, j) === "current" || low(s, j) === "full" || low(s, j) === "whole" || low(s, j) === "entire") j++;
  if (low(s, j) === "fiscal" || low(s, j) === "financial" || low(s, j) === "calendar") {
    fiscal = true;
    j++;
  }
  const u = low(s, j);
  const next = low(s, j + 1);
  if (isPunct(s, j + 1, "-") || (isPunct(s, j + 1, "'") && low(s, j + 2) === "s" && u !== "week")) return null;
  if (u === "year") {
    if (next === "ago" || next === "earlier" || next === "before" || next === "after" || next === "later") return null;
    if (next === "ended" || next === "ending" || next === "ends" || next === "to" || next === "through") {
      return { end: j + 1, expr: { kind: "duration", amounts: [{ n: 1, unit: "year" }] }, rule: "the-year" };
    }
    return { end: j + 1, expr: { kind: "relative", unit: "year", shift: 0 }, rule: fiscal ? "the-fiscal-year" : "the-year" };
  }
  if (fiscal) return null;
  // "the week of March 6": the week that day falls in
  if (u === "week" && j === i + 1 && next === "of") {
    const c = calendar(s, j + 2);
    if (c && c.expr.kind === "calendar" && c.expr.d !== undefined) return { ...c, expr: { ...c.expr, week: true }, rule: "week-of" };
  }
  if (u === "week" && j === i + 1) return { end: j + 1, expr: { kind: "relative", unit: "week", shift: 0 }, rule: "the-week" };
  if (u === "weekend" && j === i + 1) return { end: j + 1, expr: { kind: "relative", unit: "weekend", shift: 0, byTense: true }, rule: "the-weekend" };
  // in the morning, during the afternoon
  if (DAY_PARTS[u] && j === i + 1 && (low(s, i - 1) === "in" || low(s, i - 1) === "during")) {
    return { end: j + 1, expr: { kind: "deictic", offset: 0 }, part: DAY_PARTS[u] as DayPart, rule: "the-day-part" };
  }
  return null;
}

/** every week, each Thursday, daily, twice a year */
function set(s: Scan, i: number): Match | null {
  const w = low(s, i);
  const f = FREQUENCY_WORDS[w];
  if (f) {
    if (low(s, i - 1) === "average") return null; // "the average daily volume"
    return { end: i + 1, expr: { kind: "set", value: f }, rule: "set" };
  }
  if (w === "every" || w === "each" || w === "per") {
    let j = i + 1;
    if (low(s, j) === "other") j++;
    const n = numberAt(s, j, false);
    let count = 1;
    if (n && n.n !== null && UNITS[low(s, n.end)]) {
      count = n.n;
      j = n.end;
    }
    const u = UNITS[low(s, j)];
    if (u && u !== "weekend") {
      const d = { second: "PT1S", minute: "PT1M", hour: "PT1H", day: "P1D", week: "P1W", fortnight: "P2W", month: "P1M", quarter: "P1Q", year: "P1Y", decade: "P10Y", century: "P100Y" }[u];
      const value = count !== 1 ? d.replace("1", String(count)) : low(s, i + 1) === "other" ? d.replace("1", "2") : d;
      if (w === "per") return null;
      return { end: j + 1, expr: { kind: "set", value }, rule: "set" };
    }
    const wd = weekdayAt(s, j);
    if (wd) return { end: wd.end, expr: { kind: "set", value: `XXXX-WXX-${wd.wd}` }, rule: "set" };
    const mo = monthAt(s, j);
    if (mo) return { end: mo.end, expr: { kind: "set", value: `XXXX-${String(mo.m).padStart(2, "0")}` }, rule: "set" };
    const se = SEASONS[low(s, j)];
    if (se) return { end: j + 1, expr: { kind: "set", value: `XXXX-${se}` }, rule: "set" };
    const p = DAY_PARTS[low(s, j)];
    if (p) return { end: j + 1, expr: { kind: "set", value: `XXXX-XX-XXT${p}` }, rule: "set" };
  }
  if ((w === "once" || w === "twice") && (low(s, i + 1) === "a" || low(s, i + 1) === "per")) {
    const u = UNITS[low(s, i + 2)];
    if (u) return { end: i + 3, expr: { kind: "set", value: `P1${u === "hour" ? "H" : u[0].toUpperCase()}`.replace("P1H", "PT1H") }, rule: "set" };
  }
  return null;
}

/** durations and offsets: three days, the past three years, a two-day visit, two weeks ago, a year earlier */
function duration(s: Scan, i: number): Match | null {
  const { toks } = s;
  let j = i;
  let agoOnly = false;
  for (const mod of AMOUNT_MODIFIERS) {
    if (wordsAt(toks, j, mod)) {
      j += mod.length;
      break;
    }
  }
  if (j === i) {
    for (const mod of AGO_MODIFIERS) {
      if (wordsAt(toks, j, mod)) {
        j += mod.length;
        agoOnly = true;
        break;
      }
    }
  }
  const the = low(s, j) === "the";
  if (the) j++;
  let lead = "";
  if (DURATION_LEADS.has(low(s, j))) {
    lead = low(s, j);
    j++;
    // "will last a year": the verb, not a lead ("the last two years")
    if (!the && (low(s, j) === "a" || low(s, j) === "an")) return null;
  }
  if (low(s, j) === "few" && !the && !lead) {
    /* "few years" without an article: keep as vague amount below */
  }
  let n = numberAt(s, j, true);
  if (n && low(s, n.end) === "and" && low(s, n.end + 1) === "a" && low(s, n.end + 2) === "half" && n.n !== null) n = { n: n.n + 0.5, end: n.end + 3 };
  // 2 1/2 years
  if (n && n.n !== null && toks[n.end]?.kind === "number" && isPunct(s, n.end + 1, "/") && glued(s, n.end + 1) && toks[n.end + 2]?.kind === "number" && glued(s, n.end + 2)) {
    n = { n: n.n + Number(toks[n.end].text) / Number(toks[n.end + 2].text), end: n.end + 3 };
  }
  // ranges: "two to three weeks", "12 to 18 months" (TimeBank keeps the first amount)
  if (n && n.n !== null && (low(s, n.end) === "to" || low(s, n.end) === "or" || (isPunct(s, n.end, "-") && toks[n.end + 1]?.kind === "number"))) {
    const m = numberAt(s, n.end + 1, false);
    if (m && m.n !== null && m.n > n.n && UNITS[low(s, m.end)]) n = { n: n.n, end: m.end };
  }
  let k = n ? n.end : j;
  if (n && UNIT_QUALIFIERS.has(low(s, k)) && UNITS[low(s, k + 1)]) k++;
  // two-day, 16-hour, 52-week
  let adjective = false;
  if (n && isPunct(s, k, "-") && glued(s, k) && !toks[k + 1]?.space) {
    adjective = true;
    k++;
  }
  const uw = low(s, k);
  const u = UNITS[uw];
  if (!u) return null;
  if (u === "weekend" || capitalizedInside(toks, k)) return null;
  // "a quarter of the market": a fraction, not three months ("a quarter of a century" stays time)
  if (uw === "quarter" && low(s, k + 1) === "of" && toks[k + 2]?.kind !== "number" && !UNITS[low(s, k + 2)] && !UNITS[low(s, k + 3)] && low(s, k + 2) !== "fiscal") return null;
  if (n && (low(s, j) === "a" || low(s, j) === "an") && n.end === j + 1) {
    if (uw === "second") return null; // "a second attempt": the ordinal
    // "a day-long meeting", "a year-earlier loss": the compound adjective alone, without the article
    if (isPunct(s, k + 1, "-") && glued(s, k + 1) && toks[k + 2]?.kind === "word" && glued(s, k + 2)) return null;
    // a rate is a set: "$2 million a year", "four flights a week", "24 hours a day"
    const p = toks[j - 1];
    const offsetNext = OFFSET_WORDS[low(s, k + 1)] !== undefined || low(s, k + 1) === "or" || isPunct(s, k + 1, "-");
    if (j === i && p && !offsetNext && (p.kind === "number" || /^(million|billion|thousand|hundred|dozen|times|once|twice)$/.test(p.low) || (p.kind === "word" && /[^su]s$/.test(p.low) && !RATE_BLOCKERS.has(p.low)))) {
      const d = UNIT_DURATION[u];
      // quarters keep their unit, as in durations ("the past two quarters" P2Q)
      const value = u === "quarter" ? "P1Q" : `P${d.time ? "T" : ""}${d.n}${d.code}`;
      return { end: k + 1, expr: { kind: "set", value }, rule: "set-rate" };
    }
  }
  if (adjective && (isPunct(s, k + 1, "-") && low(s, k + 2) === "old" || low(s, k + 1) === "old")) return null; // 44-year-old: an age
  if (!adjective && n && (low(s, k + 1) === "old" || (isPunct(s, k + 1, "-") && low(s, k + 2) === "old"))) return null;
  // "day-long", "decades-long": a duration adjective without a number
  if (!n && !the && !lead && isPunct(s, k + 1, "-") && glued(s, k + 1) && low(s, k + 2) === "long" && glued(s, k + 2)) {
    return { end: k + 3, expr: { kind: "duration", amounts: [{ n: uw === u ? 1 : null, unit: u }] }, rule: "duration-adjective" };
  }
  if (!n) {
    // "the past week", "recent weeks", "the coming years", "for years"
    const plural = uw.endsWith("s") && uw !== "days" ? true : uw === "days";
    if (lead === "recent" || ((lead === "coming" || lead === "next" || lead === "past" || lead === "last") && plural)) {
      // "in coming weeks" keeps its lead like "in recent weeks"; "past years" alone is no span of time
      if (!the && lead !== "recent" && !(lead === "coming" && /^(in|for|over|during|within)$/.test(low(s, i - 1)))) return null;
      return { end: k + 1, expr: { kind: "duration", amounts: [{ n: null, unit: u }] }, rule: "duration-vague" };
    }
    if (the && lead && lead !== "same" && lead !== "first" && !plural) {
      // the following year, the previous day, the next day: a step from the date the text talks about
      if (lead === "following" || lead === "previous" || lead === "preceding" || (lead === "next" && u === "day")) {
        if (u !== "second" && u !== "minute" && u !== "hour") return { end: k + 1, expr: { kind: "same", unit: u, shift: lead === "following" || lead === "next" ? 1 : -1 }, rule: "anaphoric" };
      }
      // "the past year", "the last decade": TimeBank reads them as the previous year or decade
      const step = lead === "past" || lead === "last" ? -1 : lead === "coming" || lead === "next" ? 1 : 0;
      if (step && (u === "decade" || u === "century")) return { end: k + 1, expr: { kind: "decade", shift: step, unit: u }, rule: "the-last-unit" };
      if (step && (u === "year" || u === "month" || u === "week" || u === "quarter")) return { end: k + 1, expr: { kind: "relative", unit: u, shift: step }, rule: "the-last-unit" };
      return { end: k + 1, expr: { kind: "duration", amounts: [{ n: 1, unit: u }] }, rule: "duration-the" };
    }
    // "the weeks ahead", "over the years", "in the days that followed"
    if (the && !lead && plural && u !== "second" && u !== "minute" && (low(s, k + 1) === "ahead" || BARE_PLURAL_LEADS.has(low(s, i - 1)) || low(s, i - 1) === "during")) {
      return { end: low(s, k + 1) === "ahead" ? k + 2 : k + 1, expr: { kind: "duration", amounts: [{ n: null, unit: u }] }, rule: "duration-vague" };
    }
    if (!the && !lead && plural && BARE_PLURAL_LEADS.has(low(s, i - 1)) && u !== "second" && u !== "minute" && !isPunct(s, k + 1, "-") && low(s, k + 1) !== "of") {
      if (OFFSET_WORDS[low(s, k + 1)] === -1 && low(s, k + 1) === "ago") return { end: k + 2, expr: { kind: "reference", value: "PAST_REF" }, rule: "ago-vague" };
      return { end: k + 1, expr: { kind: "duration", amounts: [{ n: null, unit: u }] }, rule: "duration-vague" };
    }
    if (!the && !lead && plural && OFFSET_WORDS[low(s, k + 1)] === -1 && low(s, k + 1) === "ago") return { end: k + 2, expr: { kind: "reference", value: "PAST_REF" }, rule: "ago-vague" };
    return null;
  }
  // "the first two quarters of 1990" is that year's first half (quarter(s, ) reads it)
  if ((lead === "first" || lead === "last") && n && n.n === 2 && uw === "quarters" && low(s, k + 1) === "of" && yearAt(s, low(s, k + 2) === "fiscal" ? k + 3 : k + 2)) return null;
  // "will one day be": some future day, not a day's length
  if (low(s, j) === "one" && uw === "day" && j === i && MODALS.has(low(s, i - 1))) return { end: k + 1, expr: { kind: "reference", value: "FUTURE_REF" }, rule: "reference" };
  // a number with a unit
  const singular = !uw.endsWith("s") || uw === "hrs" || uw === "yrs";
  if (n.n === 1 && !singular && !adjective) return null;
  if (n.n !== null && n.n !== 1 && singular && !adjective && n.n !== 0.5) {
    // "a five year low", "a two day rally": an adjective written without its hyphen
    const next = toks[k + 1];
    if (next?.kind === "word" && next.space && /^[a-z]/.test(next.text) && !["of", "and", "or", "old", "to", "in", "ago", "later", "earlier"].includes(next.low)) adjective = true;
    else return null;
  }
  if (adjective && !singular) return null;
  // "a day" alone is often not a time span ("twice a day", "a day of mourning") but TimeBank tags it: keep
  let end = k + 1;
  if (adjective && (low(s, end) === "long" || (isPunct(s, end, "-") && low(s, end + 1) === "long"))) end = low(s, end) === "long" ? end + 1 : end + 2;
  // compound "a minute and a half", "5 1/2 hours", "two years and three months"
  const amounts: Amount[] = [{ n: n.n, unit: u }];
  // offsets: two weeks ago, a year earlier, three days later
  // "a week or so ago": the hedge sits between the amount and its direction
  const hedged = low(s, end) === "or" && low(s, end + 1) === "so" && (low(s, end + 2) === "ago" || low(s, end + 2) === "earlier" || low(s, end + 2) === "later");
  if (hedged) end += 2;
  const off = low(s, end);
  if (agoOnly && off !== "ago") return null;
  if (!adjective && !the && (off === "ago" || off === "earlier" || off === "later" || off === "hence" || (off === "from" && low(s, end + 1) === "now"))) {
    if (n.n === null) return { end: end + 1, expr: { kind: "reference", value: off === "ago" || off === "earlier" ? "PAST_REF" : "FUTURE_REF" }, rule: "offset-vague" };
    const dir = off === "from" ? 1 : OFFSET_WORDS[off];
    const anchored = off === "earlier" || off === "later";
    return { end: off === "from" ? end + 2 : end + 1, expr: { kind: "relative", unit: u, shift: dir * n.n, anchored }, rule: "offset" };
  }
  if (hedged) end -= 2;
  if (agoOnly) return null;
  // "the 14-day", "its two-week": the article belongs to the noun, not to the duration
  if (adjective && (the || low(s, i) === "its" || low(s, i) === "a")) return null;
  return { end, expr: { kind: "duration", amounts }, rule: adjective ? "duration-adjective" : "duration" };
}

/** a point in time with its modifiers, times and parts of day around it */
function point(s: Scan, i: number): Match | null {
  const { toks } = s;
  // 10:35 a.m. (Friday)
  const clock = clockAt(s, i);
  if (clock) {
    let j = clock.end;
    if (isPunct(s, j, ",")) j++;
    if (low(s, j) === "on") j++;
    const day = calendar(s, j) ?? weekday(s, j) ?? deictic(s, j);
    if (day && day.expr.kind !== "deictic" || (day && !day.part)) return { ...day!, time: clock.time, rule: "time+" + day!.rule };
    return { end: clock.end, expr: { kind: "deictic", offset: 0 }, time: clock.time, rule: "time" };
  }
  const pm = pointModifierAt(s, i);
  const at = pm ? pm.end : i;
  if (pm) {
    // the end of the year, mid-afternoon (yesterday)
    const u = low(s, at);
    if ((u === "year" || u === "month" || u === "week") && !isPunct(s, at + 1, "-") && !(toks[at + 1]?.kind === "word" && glued(s, at + 1))) {
      return { end: at + 1, expr: { kind: "relative", unit: u, shift: 0 }, mod: pm.mod, rule: "modified-unit" };
    }
    const p = dayPartAt(s, at);
    if (p) {
      const d = deictic(s, p.end) ?? weekday(s, p.end);
      if (d && !d.part) return { ...d, part: p.part, mod: pm.mod, rule: "part-of-day" };
      return { end: p.end, expr: { kind: "deictic", offset: 0 }, part: p.part, mod: pm.mod, rule: "part-of-day" };
    }
  }
  const cands = [calendar(s, at), weekday(s, at), month(s, at), year(s, at), relative(s, at), deictic(s, at), season(s, at), holiday(s, at)];
  let best: Match | null = null;
  for (const c of cands) if (c && (!best || c.end > best.end)) best = c;
  if (!best) return null;
  if (pm) {
    // TimeBank keeps "early"/"late" ("early Tuesday", "late yesterday") but leaves "earlier"/"later" out
    // before a day, a week or a month ("Earlier Friday", "later today", "earlier this week")
    const e = best.expr;
    const dayish = e.kind === "weekday" || e.kind === "deictic" || (e.kind === "relative" && e.unit !== "year");
    if (dayish && pm.end === i + 1 && (low(s, i) === "earlier" || low(s, i) === "later")) return null;
    best = { ...best, mod: pm.mod };
  }
  // Friday morning, yesterday afternoon, Wednesday night
  if (best.expr.kind === "weekday" || best.expr.kind === "deictic" || (best.expr.kind === "calendar" && best.expr.d !== undefined)) {
    const p = dayPartAt(s, best.end);
    if (p && !best.part) best = { ...best, end: p.end, part: p.part };
  }
  // Friday at 10 a.m.
  if (best.expr.kind === "weekday" || best.expr.kind === "deictic" || (best.expr.kind === "calendar" && best.expr.d !== undefined)) {
    const k = low(s, best.end) === "at" ? best.end + 1 : -1;
    const c = k > 0 ? clockAt(s, k) : null;
    if (c) best = { ...best, end: c.end, time: c.time };
  }
  return best;
}

/** the rules tried at each token: the longest match wins */
const RULES: ReadonlyArray<(s: Scan, i: number) => Match | null> = [point, decade, quarter, duration, set, reference, anaphoric];
