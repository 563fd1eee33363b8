/**
 * The factx library: extract(text, options) → DocumentFacts.
 * Pure: same text, same reference date, same data → same facts. No clock, disk or process.
 */
import type { Context } from "./context.js";
import { extractDates } from "./dates/extract.js";
import { CHUNK_CHARS, mergeFacts, shiftSpans, splitText } from "./chunk.js";
import { createDocument, type Document, type DocumentInput, type DocumentOptions } from "./document.js";
import { CATEGORIES, SCHEMA_VERSION, type Category, type DocumentFacts } from "./facts.js";
import { parse } from "./nlp.js";
import { extractPlaces } from "./places/extract.js";
import { extractQuantities } from "./quantities/extract.js";
import { extractSpeakers } from "./speakers/extract.js";

export interface ExtractOptions extends DocumentOptions {
  id?: string;
  /** categories to extract; all by default */
  only?: readonly Category[];
  /**
   * Asked between the pieces of a long document: true stops extraction with a StoppedError. The
   * caller owns the clock (the library reads none); the CLI uses it for --time-limit in its own thread.
   */
  shouldStop?: () => boolean;
}

/** Thrown when ExtractOptions.shouldStop said stop. */
export class StoppedError extends Error {}

/** Extracts the facts of one document; a very long one in paragraph-aligned pieces (see chunk.ts). */
export function extractDocument(input: DocumentInput, options: ExtractOptions = {}): DocumentFacts {
  const doc = createDocument(input, options);
  if (doc.text.length <= CHUNK_CHARS) return extractWhole(doc, options);
  const parts = splitText(doc.text).map((p) => {
    if (options.shouldStop?.()) throw new StoppedError(`stopped after ${p.start} of ${doc.text.length} characters`);
    return shiftSpans(extractWhole({ ...doc, text: doc.text.slice(p.start, p.end), bodyStart: p.start === 0 ? doc.bodyStart : 0 }, options), p.start);
  });
  return mergeFacts(parts);
}

function extractWhole(doc: Document, options: ExtractOptions): DocumentFacts {
  const only = new Set(options.only ?? CATEGORIES);
  const ctx: Context = { doc, parsed: parse(doc.text, doc.bodyStart) };
  const warnings: string[] = [];
  const hasRelative = only.has("dates") && !doc.referenceDate;
  const dates = only.has("dates") ? extractDates(ctx) : [];
  if (hasRelative && dates.some((d) => d.unresolved)) {
    warnings.push("no reference date (use --date or a dateline): relative dates left unresolved");
  }
  const said = only.has("speakers") ? extractSpeakers(ctx) : { quotes: [], speakers: [] };
  return {
    schemaVersion: SCHEMA_VERSION,
    id: doc.id,
    date: doc.referenceDate,
    dateSource: doc.dateSource,
    dates,
    quantities: only.has("quantities") ? extractQuantities(ctx) : [],
    places: only.has("places") ? extractPlaces(ctx) : [],
    speakers: said.speakers,
    quotes: said.quotes,
    warnings,
  };
}

/** Extracts facts from one text. `options.date` (YYYY-MM-DD) anchors relative dates; else a dateline is looked for. */
export function extract(text: string, options: ExtractOptions = {}): DocumentFacts {
  return extractDocument({ id: options.id, text }, options);
}

export * from "./facts.js";
export type { Span } from "./span.js";
export { createDocument, detectDateline, isIsoDay, type Document, type DocumentInput } from "./document.js";
export { compareFacts, expectedOf, type CompareOptions, type Expected, type FactDiff } from "./check.js";
