/**
 * A character-level token stream for quantities: digits, letter runs and single
 * symbols, each with its offsets, the text between it and the previous token
 * (`gap`: "" when glued, as in "1.5bn" or "122-mm") and compromise's tags for the
 * term it falls in. compromise merges or splits numbers in ways that lose
 * offsets ("1.5bn", "8,000,122"), so numbers are read from these tokens instead,
 * with the shared parse still giving parts of speech.
 */
import type { Parsed } from "../nlp.js";

export type TokenType = "num" | "word" | "sym";

export interface Token {
  readonly text: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  readonly type: TokenType;
  /** the text between the previous token and this one */
  readonly gap: string;
  readonly tags: ReadonlySet<string>;
  /** compromise's sentence index */
  readonly sentence: number;
  /** true for the first token of its sentence */
  readonly initial: boolean;
}

const TOKEN = /(\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,]*\d)|\d+(?:\.\d+)?|(?<![\d.])\.\d+)|([\p{L}\p{M}]+)|(\S)/gu;
const NO_TAGS: ReadonlySet<string> = new Set();

export function tokenize(parsed: Parsed): Token[] {
  const { text, terms } = parsed;
  // which term covers each character: one pass over the terms, no per-token search
  const termAt = new Int32Array(text.length).fill(-1);
  for (const t of terms) termAt.fill(t.i, t.start, t.end);
  const tokens: Token[] = [];
  let prevEnd = 0;
  let sentence = 0;
  let lastSentence = -1;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const ti = termAt[start];
    const term = ti >= 0 ? terms[ti] : undefined;
    if (term) sentence = term.sentence;
    const gap = text.slice(prevEnd, start);
    // a blank line is a hard break even where compromise did not see one
    if (/\n\s*\n/.test(gap) && sentence === lastSentence) sentence += 0.5;
    const type: TokenType = m[1] !== undefined ? "num" : m[2] !== undefined ? "word" : "sym";
    tokens.push({
      text: m[0], lower: m[0].toLowerCase(), start, end, type, gap,
      tags: term?.tags ?? NO_TAGS, sentence, initial: sentence !== lastSentence,
    });
    lastSentence = sentence;
    prevEnd = end;
  }
  return tokens;
}
