/** Half-open [start, end) spans into a document's original text (UTF-16 indices). */
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export function makeSpan(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Overlap length divided by union length: 1 for the same span, 0 for disjoint ones. */
export function overlapRatio(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const inter = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  if (inter <= 0) return 0;
  return inter / (Math.max(a.end, b.end) - Math.min(a.start, b.start));
}

const EDGE_PUNCT = /[\s"'“”‘’«»()[\]{},.;:!?–—-]/u;
const POSSESSIVE = /['’]s?$/u;

/**
 * Shrinks a span past surrounding white space and punctuation, and a trailing
 * possessive ("Russia’s" → "Russia"), so that spans name words, not their decoration.
 */
export function trimSpan(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  for (;;) {
    const before = [s, e];
    while (s < e && EDGE_PUNCT.test(text[s])) s++;
    while (e > s && EDGE_PUNCT.test(text[e - 1])) e--;
    const m = POSSESSIVE.exec(text.slice(s, e));
    if (m && e - m[0].length > s && /\p{L}/u.test(text[e - m[0].length - 1])) e -= m[0].length;
    if (before[0] === s && before[1] === e) break;
  }
  return makeSpan(text, s, e);
}

/** Index of the range (sorted, not overlapping) that contains `pos`, or -1. */
export function indexContaining(ranges: readonly { start: number; end: number }[], pos: number): number {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (pos < ranges[mid].start) hi = mid - 1;
    else if (pos >= ranges[mid].end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Index of the first item (sorted by start) that starts at or after `pos`; `items.length` when none does. */
export function firstStartingFrom(items: readonly { start: number }[], pos: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
