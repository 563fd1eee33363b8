/**
 * Finds time expressions and gives them TIMEX3 values. First version: a small
 * regular grammar over the text, anchored with the reference date and the tense
 * of the sentence (from the shared compromise parse).
 */
import type { Context } from "../context.js";
import type { DateFact } from "../facts.js";
import type { Parsed } from "../nlp.js";
import { normalize, type Expression, type Tense } from "./normalize.js";

const MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
const WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
const NUMWORD = "(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few)";

/** Each pattern names the expression family it finds; the first that matches at a position wins. */
const PATTERNS: ReadonlyArray<[Expression["family"], RegExp]> = [
  ["iso", /\b\d{4}-\d{2}-\d{2}\b/y],
  ["month-day-year", new RegExp(`\\b${MONTH} \\d{1,2}(?:st|nd|rd|th)?(?:, \\d{4}\\b)?(?![\\d,])`, "y")],
  ["day-month-year", new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)? ${MONTH}(?: \\d{4}\\b)?`, "y")],
  ["month-year", new RegExp(`\\b${MONTH},? \\d{4}\\b`, "y")],
  ["weekday", new RegExp(`\\b${WEEKDAY}\\b`, "y")],
  ["month", new RegExp(`\\b${MONTH}(?![\\w.])`, "y")],
  ["relative-unit", /\b(?:[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast|[Cc]oming)\s+(?:week|month|year|weekend)\b/y],
  ["deictic-day", /\b(?:[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight)\b/y],
  ["ago", new RegExp(`\\b${NUMWORD} (?:days?|weeks?|months?|years?) ago\\b`, "iy")],
  ["duration", new RegExp(`\\b${NUMWORD} (?:days?|weeks?|months?|years?)\\b`, "iy")],
  ["year", /\b(?:1[89]|20)\d{2}\b(?![-,.]?\d)/y],
  ["present", /\b(?:now|currently)\b/y],
  ["recent", /\b[Rr]ecent (?:months|weeks|years|days)\b/y],
];

/** Past tense when the sentence's first verb is past, future when it has "will"/"would"… present otherwise. */
function sentenceTense(parsed: Parsed, sentence: number): Tense {
  const s = parsed.sentences[sentence];
  for (let i = s.first; i < s.last; i++) {
    const t = parsed.terms[i];
    if (t.normal === "will" || t.normal === "going") return "future";
    if (t.tags.has("PastTense")) return "past";
  }
  return "present";
}

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

export function extractDates({ doc, parsed }: Context): DateFact[] {
  const { text } = doc;
  const facts: DateFact[] = [];
  const wordStart = /\b\w/g;
  let m: RegExpExecArray | null;
  while ((m = wordStart.exec(text))) {
    const at = m.index;
    for (const [family, re] of PATTERNS) {
      re.lastIndex = at;
      const hit = re.exec(text);
      if (!hit) continue;
      // a number glued to other digits or a hyphen ("2,600", "122-mm") is not a date
      const before = text.slice(Math.max(0, at - 2), at);
      if (/\d[,.]?$|[$£€]$/.test(before)) break;
      const end = at + hit[0].length;
      const tense = sentenceTense(parsed, sentenceAt(parsed, at));
      const value = normalize({ family, text: hit[0] }, doc.referenceDate, tense);
      if (value) {
        facts.push({ start: at, end, text: hit[0], ...value, rule: family });
        wordStart.lastIndex = end;
      }
      break;
    }
  }
  return facts;
}
