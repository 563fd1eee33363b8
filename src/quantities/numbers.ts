/**
 * Reads one number at a token: digits ("10,000", "1.5bn", "2½", "1/16", "1.99×10−30"),
 * words ("eight million", "twenty-five", "a dozen"), mixed ("4 hundred million"),
 * fractions ("two-thirds", "a third of", "one out of three") and vague plurals
 * ("hundreds of", "tens of thousands of" → [100, 1000], [10000, 100000]).
 */
import type { Token } from "./tokens.js";
import {
  CURRENCY_ONLY_SUFFIXES, FRACTION_WORDS, SCALE_SUFFIXES, SCALE_WORDS, TENS_WORDS, UNITS_WORDS, VAGUE_PLURALS,
  VAGUE_TENS, VULGAR_FRACTIONS,
} from "./lexicon.js";

export interface NumberRead {
  /** the value, or [low, high] for a vague plural */
  value: number | [number, number];
  /** the digits or words before any scale ("1.5" in "1.5 billion") */
  raw: number;
  /** the scale applied (1 when none) */
  scale: number;
  /** token indices, inclusive */
  first: number;
  last: number;
  words: boolean;
  fraction: boolean;
}

const spaced = (t: Token | undefined) => !!t && /^[ \t\u00a0]+$/.test(t.gap);
const glued = (t: Token | undefined) => !!t && t.gap === "";

/** The value of a digit token: "10,000" → 10000, ".001" → 0.001. */
export function digitValue(text: string): number {
  return Number(text.replace(/,/g, ""));
}

function wordNumber(w: string): number | undefined {
  return UNITS_WORDS[w] ?? TENS_WORDS[w];
}

/**
 * Reads a number starting at token i. `money` tells that a currency sign stands
 * before it, which makes a glued "m" a million ("£3.2m") rather than metres.
 */
export function readNumber(toks: readonly Token[], i: number, money: boolean): NumberRead | null {
  const t = toks[i];
  if (t.type === "num") return readDigits(toks, i, money);
  if (t.type !== "word") return null;
  return readVague(toks, i) ?? readFraction(toks, i) ?? readWords(toks, i);
}

function applyScales(toks: readonly Token[], n: NumberRead, money: boolean): NumberRead {
  let j = n.last + 1;
  const suffix = toks[j];
  if (glued(suffix) && suffix.type === "word") {
    const after = toks[j + 1];
    const beforeCount = !!after && /^[ \t\u00a0]+$/.test(after.gap) && after.type === "word" &&
      (after.tags.has("Plural") || (after.tags.has("Noun") && /[^s]s$/.test(after.lower))) && !after.tags.has("Unit");
    const s = SCALE_SUFFIXES[suffix.text] ?? (money || (suffix.text === "m" && beforeCount) ? CURRENCY_ONLY_SUFFIXES[suffix.text] : undefined);
    if (s !== undefined && (!toks[j + 1] || !glued(toks[j + 1]) || toks[j + 1].type !== "word")) {
      n.scale *= s;
      n.last = j;
      j++;
    }
  }
  // spaced scale words: "1.5 billion", "4 hundred million"
  while (spaced(toks[j]) && toks[j].type === "word" && SCALE_WORDS[toks[j].lower] !== undefined) {
    n.scale *= SCALE_WORDS[toks[j].lower];
    n.last = j;
    j++;
  }
  n.value = n.raw * n.scale;
  return n;
}

function readDigits(toks: readonly Token[], i: number, money: boolean): NumberRead {
  let raw = digitValue(toks[i].text);
  let last = i;
  let fraction = false;
  const a = toks[i + 1], b = toks[i + 2], c = toks[i + 3];
  if (glued(a) && (a.text === "/" || a.text === "⁄") && glued(b) && b.type === "num" && !/,/.test(toks[i].text) &&
      !(c && glued(c) && (c.text === "/" || c.text === "⁄"))) {
    const den = digitValue(b.text);
    // "1/16 of a pint", "1⁄32": a fraction; "24/7" or "10/18/2024" are not
    if (den >= 2 && Number.isInteger(den) && Number.isInteger(raw) && raw < den && (a.text === "⁄" || /^of$/i.test(c?.text ?? ""))) {
      raw = raw / den; last = i + 2; fraction = true;
    }
  } else if (glued(a) && a.text in VULGAR_FRACTIONS) {
    raw += VULGAR_FRACTIONS[a.text]; last = i + 1;
  } else if (glued(a) && (a.text === "×" || a.text === "x") && glued(b) && b.text === "10") {
    // scientific notation: 1.99×10−30, 3x10^8
    let k = i + 3;
    let sign = 1;
    if (toks[k] && glued(toks[k]) && toks[k].text === "^") k++;
    if (toks[k] && glued(toks[k]) && /^[-−]$/.test(toks[k].text)) { sign = -1; k++; }
    const scaled = toks[k] && glued(toks[k]) && toks[k].type === "num" ? Number(`${raw}e${sign * digitValue(toks[k].text)}`) : NaN;
    if (Number.isFinite(scaled) && scaled !== 0) { raw = scaled; last = k; }
  }
  return applyScales(toks, { value: raw, raw, scale: 1, first: i, last, words: false, fraction }, money);
}

/** "eight million", "twenty-five", "two hundred and fifty", "a dozen", "a million" */
function readWords(toks: readonly Token[], i: number): NumberRead | null {
  let j = i;
  let total = 0;
  let current = 0;
  let seen = false;
  let lastKind = "";
  let last = -1;
  if ((toks[i].lower === "a" || toks[i].lower === "an") && spaced(toks[i + 1])) {
    const w = toks[i + 1].lower;
    if (w === "dozen" || w === "hundred" || (SCALE_WORDS[w] ?? 0) >= 1000) { current = 1; j = i + 1; seen = false; lastKind = "a"; }
    else return null;
  }
  for (; j < toks.length; j++) {
    const t = toks[j];
    if (j > i && !(spaced(t) || (t.type === "word" && toks[j - 1].text === "-" && glued(t) && glued(toks[j - 1])))) {
      // "twenty-five", "six-million"
      const nextWord = toks[j + 1] && glued(toks[j + 1]) && toks[j + 1].type === "word" ? toks[j + 1].lower : "";
      if (t.text === "-" && glued(t) && ((UNITS_WORDS[nextWord] && lastKind === "tens") || ((SCALE_WORDS[nextWord] ?? 0) >= 100 && seen))) continue;
      break;
    }
    if (t.type !== "word") break;
    const w = t.lower;
    const small = wordNumber(w);
    if (small !== undefined) {
      const kind = TENS_WORDS[w] !== undefined ? "tens" : small >= 10 ? "teen" : "unit";
      // "two three" or "twenty thirty" are lists, not one number
      if (lastKind === "unit" || lastKind === "teen" || (lastKind === "tens" && kind !== "unit")) break;
      current += small;
      lastKind = kind;
      seen = true;
      last = j;
      continue;
    }
    if (w === "hundred" && seen && (lastKind !== "hundred")) { current = (current || 1) * 100; lastKind = "hundred"; last = j; continue; }
    if (w === "hundred" && lastKind === "a") { current = 100; lastKind = "hundred"; seen = true; last = j; continue; }
    if (w === "dozen" && (seen || lastKind === "a")) { current = (current || 1) * 12; lastKind = "dozen"; seen = true; last = j; continue; }
    const scale = SCALE_WORDS[w];
    if (scale !== undefined && scale >= 1000 && (seen || lastKind === "a")) {
      total += (current || 1) * scale;
      current = 0;
      lastKind = "scale";
      seen = true;
      last = j;
      continue;
    }
    if (w === "and" && seen && (lastKind === "hundred" || lastKind === "scale") && toks[j + 1] && wordNumber(toks[j + 1].lower) !== undefined) continue;
    break;
  }
  if (!seen || last < 0) return null;
  const value = total + current;
  return { value, raw: value, scale: 1, first: i, last, words: true, fraction: false };
}

/** "dozens of", "hundreds of", "tens of thousands of", "hundreds of millions of" */
function readVague(toks: readonly Token[], i: number): NumberRead | null {
  const w = toks[i].lower;
  const of = (k: number) => toks[k] && spaced(toks[k]) && toks[k].lower === "of";
  if (VAGUE_TENS[w] !== undefined && of(i + 1) && toks[i + 2] && VAGUE_PLURALS[toks[i + 2].lower] >= 1000 && of(i + 3)) {
    const low = VAGUE_TENS[w] * VAGUE_PLURALS[toks[i + 2].lower];
    return { value: [low, low * 10], raw: low, scale: 1, first: i, last: i + 2, words: true, fraction: false };
  }
  if (VAGUE_PLURALS[w] !== undefined && of(i + 1)) {
    const low = VAGUE_PLURALS[w];
    return { value: [low, low * 10], raw: low, scale: 1, first: i, last: i, words: true, fraction: false };
  }
  return null;
}

/** "two-thirds", "a third of", "one quarter of", "half of", "one out of three", "1 in 5" (read by the caller for digits) */
const HALF_BEFORE = new Set([
  "almost", "nearly", "about", "around", "over", "than", "roughly", "some", "just", "only", "least", "exactly", "barely",
  "approximately", "fully", "more", "less", "under",
]);

function readFraction(toks: readonly Token[], i: number): NumberRead | null {
  const w = toks[i].lower;
  if (w === "half" && toks[i + 1]?.lower === "a" && spaced(toks[i + 1]) && toks[i + 2] && spaced(toks[i + 2])) {
    const scale = toks[i + 2].lower === "dozen" ? 12 : SCALE_WORDS[toks[i + 2].lower];
    if (scale !== undefined && scale >= 12) return { value: scale / 2, raw: 0.5, scale, first: i, last: i + 2, words: true, fraction: false };
  }
  if (w === "half" && toks[i + 1] && spaced(toks[i + 1]) && toks[i + 1].lower === "of" && i > 0 && HALF_BEFORE.has(toks[i - 1].lower)) {
    return { value: 0.5, raw: 0.5, scale: 1, first: i, last: i, words: true, fraction: true };
  }
  const num = w === "a" || w === "an" ? 1 : UNITS_WORDS[w];
  if (num === undefined) return null;
  let j = i + 1;
  const hyphen = toks[j] && glued(toks[j]) && toks[j].text === "-";
  if (hyphen) j++;
  const f = toks[j];
  if (!f || f.type !== "word" || !(hyphen ? glued(f) : spaced(f))) return readOutOf(toks, i, num);
  const den = FRACTION_WORDS[f.lower];
  if (den === undefined) return readOutOf(toks, i, num);
  const plural = /s$/.test(f.lower);
  // "a third of", "two-thirds", "one quarter of"; not "the third", "a quarter" of a year
  const followedByOf = toks[j + 1] && spaced(toks[j + 1]) && toks[j + 1].lower === "of";
  // "cut by a third", "grew by a quarter"
  const byFraction = i > 0 && toks[i - 1].lower === "by" && (w === "a" || w === "one");
  if (!(hyphen || followedByOf || byFraction)) return null;
  if (num > 1 && !plural && den !== 2) return null;
  if (num >= den) return null;
  return { value: num / den, raw: num / den, scale: 1, first: i, last: j, words: true, fraction: true };
}

function readOutOf(toks: readonly Token[], i: number, num: number): NumberRead | null {
  if (toks[i].lower === "a" || toks[i].lower === "an") return null;
  const t1 = toks[i + 1], t2 = toks[i + 2], t3 = toks[i + 3];
  if (t1?.lower === "out" && t2?.lower === "of" && t3 && spaced(t3)) {
    const den = t3.type === "num" ? digitValue(t3.text) : wordNumber(t3.lower);
    if (den !== undefined && den > num) return { value: num / den, raw: num / den, scale: 1, first: i, last: i + 3, words: true, fraction: true };
  }
  return null;
}

/** "1 in 5 adults", "one in four": a proportion, when a plural noun follows. */
export function readProportion(toks: readonly Token[], n: NumberRead): NumberRead | null {
  const t1 = toks[n.last + 1], t2 = toks[n.last + 2], t3 = toks[n.last + 3];
  if (!t1 || !t2 || !t3 || typeof n.value !== "number" || n.fraction) return null;
  if (!((t1.lower === "in" && spaced(t1) && spaced(t2)) || (t1.lower === "out" && t2.lower === "of"))) return null;
  let k = n.last + 2;
  if (t1.lower === "out") k = n.last + 3;
  const d = toks[k];
  if (!d) return null;
  const den = d.type === "num" ? digitValue(d.text) : wordNumber(d.lower);
  if (den === undefined || den <= n.value || den > 1000 || !Number.isInteger(den)) return null;
  const after = toks[k + 1];
  if (t1.lower === "in" && !(after && spaced(after) && after.tags.has("Plural"))) return null;
  return { ...n, value: n.value / den, raw: n.value / den, last: k, fraction: true };
}
