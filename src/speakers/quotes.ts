/**
 * Quotation segments: stretches of text between double quotation marks, found on
 * the characters (the parse splits sentences inside quotes). News style lets a
 * quotation run over paragraphs: a paragraph that opens a quote and does not close
 * it continues into the next paragraph when that one opens with a quote mark.
 */
import { indexContaining } from "../span.js";

export interface QuoteSegment {
  /** offsets including the quotation marks */
  readonly start: number;
  readonly end: number;
  /** index of the paragraph the segment starts in */
  readonly paragraph: number;
  /** true when the segment continues the previous one (an unclosed quote carried into this paragraph) */
  readonly continuation: boolean;
}

export interface Paragraph { readonly start: number; readonly end: number }

const OPEN = new Set(["“", "«", "„"]);
const CLOSE = new Set(["”", "»"]);
const STRAIGHT = '"';
const TWO_APOSTROPHES = "''";

/** Paragraphs: runs of text separated by line breaks. */
export function paragraphsOf(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /[^\n]+/g;
  for (const m of text.matchAll(re)) {
    if (m[0].trim()) out.push({ start: m.index!, end: m.index! + m[0].length });
  }
  return out;
}

/** Finds the quotation segments of a text, paragraph by paragraph. */
export function findQuoteSegments(text: string, paragraphs: readonly Paragraph[]): QuoteSegment[] {
  const out: QuoteSegment[] = [];
  let carried = false; // the previous paragraph left a quote open
  paragraphs.forEach((p, pi) => {
    let open = -1;
    let continuation = false;
    const first = text.slice(p.start, p.end).search(/\S/) + p.start;
    if (carried && (OPEN.has(text[first]) || text[first] === STRAIGHT || text.startsWith(TWO_APOSTROPHES, first))) {
      // the opening mark of a continued quotation
      open = first;
      continuation = true;
    }
    let i = open >= 0 ? open + (text.startsWith(TWO_APOSTROPHES, open) ? 2 : 1) : p.start;
    for (; i < p.end; i++) {
      const c = text[i];
      // two apostrophes are a double quotation mark in some wire styles (''We will win,'' he said)
      const pair = c === "'" && text[i + 1] === "'";
      if (open < 0) {
        // markup left in the text (author="x" timestamp="1") is no quotation: skip the attribute's value
        if (c === STRAIGHT && text[i - 1] === "=") {
          const close = text.indexOf(STRAIGHT, i + 1);
          if (close > 0 && close < p.end) { i = close; continue; }
        }
        if (OPEN.has(c) || c === STRAIGHT || pair) open = i;
        else if (CLOSE.has(c) && i === first) open = i; // a closing mark used to open
        if (pair) i++;
        continue;
      }
      // a straight mark after a space and before a word opens a quotation: the one before was left unclosed
      if (c === STRAIGHT && /\s/.test(text[i - 1] ?? "") && /[\p{L}\d[(‘']/u.test(text[i + 1] ?? "")) {
        let end = i;
        while (end > open && /\s/.test(text[end - 1])) end--;
        if (end - open > 1) out.push({ start: open, end, paragraph: pi, continuation });
        open = i;
        continuation = false;
        continue;
      }
      const closes = CLOSE.has(c) || c === STRAIGHT || pair || (c === "“" && /[\s]/.test(text[i + 1] ?? " ") && /\S/.test(text[i - 1]));
      if (closes) {
        const end = pair ? i + 2 : i + 1;
        if (i - open > 1) out.push({ start: open, end, paragraph: pi, continuation });
        open = -1;
        continuation = false;
        if (pair) i++;
      }
    }
    carried = open >= 0;
    if (carried) {
      let end = p.end;
      while (end > open && /\s/.test(text[end - 1])) end--;
      if (end - open > 1) out.push({ start: open, end, paragraph: pi, continuation });
    }
  });
  return out;
}

/** Index of the segment containing offset `pos`, or -1 (segments sorted by start). */
export function segmentAt(segments: readonly QuoteSegment[], pos: number): number {
  return indexContaining(segments, pos);
}
