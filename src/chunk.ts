/**
 * Very long documents (a log pasted as an article, a book) are extracted in
 * pieces cut at paragraph boundaries, so memory stays bounded; the pieces' facts
 * are shifted back to offsets into the whole text and merged.
 */
import type { DocumentFacts, PlaceFact, QuoteFact, SpeakerFact } from "./facts.js";

/** Documents up to this many characters are parsed whole (news articles are far shorter). */
export const CHUNK_CHARS = 100_000;

export interface Piece { start: number; end: number }

/** Cuts text into pieces of at most `max` characters, preferring a blank line, then a line break, then a sentence end, then a space. */
export function splitText(text: string, max = CHUNK_CHARS): Piece[] {
  const pieces: Piece[] = [];
  let start = 0;
  while (text.length - start > max) {
    const window = text.slice(start, start + max);
    const floor = Math.floor(max / 2);
    let cut = -1;
    for (const re of [/\n\s*\n/g, /\n/g, /[.!?]["”’)]?\s/g, /\s/g]) {
      let m: RegExpExecArray | null;
      let last = -1;
      while ((m = re.exec(window))) last = m.index + m[0].length;
      if (last > floor) { cut = last; break; }
    }
    if (cut <= 0) cut = max;
    // never split a surrogate pair
    if (/[\uD800-\uDBFF]/.test(text[start + cut - 1] ?? "")) cut -= 1;
    pieces.push({ start, end: start + cut });
    start += cut;
  }
  pieces.push({ start, end: text.length });
  return pieces;
}

/** A deep copy with `delta` added to every span's start and end (any object with start, end and text). */
export function shiftSpans<T>(value: T, delta: number): T {
  if (Array.isArray(value)) return value.map((v) => shiftSpans(v, delta)) as T;
  if (!value || typeof value !== "object") return value;
  const o = value as Record<string, unknown>;
  const copy: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) copy[k] = shiftSpans(v, delta);
  if (typeof o.start === "number" && typeof o.end === "number" && typeof o.text === "string") {
    copy.start = o.start + delta;
    copy.end = o.end + delta;
  }
  return copy as T;
}

/** Merges the facts of consecutive pieces (already shifted): places and speakers of the same name become one. */
export function mergeFacts(parts: readonly DocumentFacts[]): DocumentFacts {
  const [first] = parts;
  const places = new Map<string, PlaceFact>();
  const speakers: SpeakerFact[] = [];
  const speakerIndex = new Map<string, number>();
  const quotes: QuoteFact[] = [];
  for (const part of parts) {
    for (const p of part.places) {
      const key = p.geonameId !== null ? `id:${p.geonameId}` : `name:${p.name}`;
      const seen = places.get(key);
      places.set(key, seen ? { ...seen, mentions: [...seen.mentions, ...p.mentions] } : p);
    }
    const remap = part.speakers.map((s) => {
      const key = `${s.kind}:${s.name}`;
      let i = speakerIndex.get(key);
      if (i === undefined) {
        i = speakers.length;
        speakerIndex.set(key, i);
        speakers.push({ ...s, mentions: [], quotes: [] });
      }
      speakers[i] = { ...speakers[i], mentions: [...speakers[i].mentions, ...s.mentions] };
      return i;
    });
    for (const q of part.quotes) {
      const si = q.speakerIndex === null ? null : remap[q.speakerIndex];
      if (si !== null) speakers[si] = { ...speakers[si], quotes: [...speakers[si].quotes, quotes.length] };
      quotes.push({ ...q, speakerIndex: si });
    }
  }
  return {
    ...first,
    dates: parts.flatMap((p) => p.dates),
    quantities: parts.flatMap((p) => p.quantities),
    places: [...places.values()],
    speakers,
    quotes,
    warnings: [...new Set(parts.flatMap((p) => p.warnings))],
  };
}
