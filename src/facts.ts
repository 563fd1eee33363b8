/**
 * The facts factx reports. Every fact carries `start`/`end` (UTF-16 indices into
 * the original text, end exclusive) and the `text` those indices cover.
 * Facts are plain read-only data: they serialize to JSON as they are.
 */
import type { Span } from "./span.js";

export const CATEGORIES = ["dates", "quantities", "places", "speakers"] as const;
export type Category = (typeof CATEGORIES)[number];

export const SCHEMA_VERSION = 1;

export type TimexType = "DATE" | "TIME" | "DURATION" | "SET";
export type Granularity =
  | "century" | "decade" | "year" | "half" | "quarter" | "season" | "month"
  | "week" | "day" | "part-of-day" | "hour" | "minute" | "second" | "reference" | "duration" | "set";

export interface DateFact extends Span {
  readonly type: TimexType;
  /** TIMEX3 value: 2024-10-18, 2024-W41, P3D, PAST_REF, XXXX-10-17 … */
  readonly value: string;
  readonly granularity: Granularity;
  /** ISO interval covered by a DATE value (inclusive calendar days), when it has one. */
  readonly from?: string;
  readonly to?: string;
  /** true when part of the value comes from the reference date or the sentence's tense rather than the words. */
  readonly inferred: boolean;
  /** true when the expression needs a reference date that the document lacked (value left underspecified). */
  readonly unresolved: boolean;
  /** which rule produced it, for debugging and error analysis. */
  readonly rule: string;
}

export type Bound = "exact" | "approx" | "min" | "max";
export type Trend = "up" | "down" | null;
export type QuantityKind = "count" | "money" | "percent" | "measure";

export interface QuantityFact extends Span {
  /** a number, or [low, high] for a range */
  readonly value: number | readonly [number, number];
  /** normalized unit ("mm", "USD", "%") or the singular counted noun ("soldier"); null for a bare number */
  readonly unit: string | null;
  /** the unit or noun as written in the text */
  readonly unitText: string | null;
  readonly kind: QuantityKind;
  readonly bound: Bound;
  readonly trend: Trend;
  /** words naming what the quantity is about, when the sentence says */
  readonly concept: string | null;
  /** for money: the ISO 4217 code of the currency ("USD", "GBP"); `unit` then names it ("dollar", "pound sterling") */
  readonly currency?: string;
}

export interface Mention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface PlaceFact {
  /** canonical name from the gazetteer, or the text as written when unresolved */
  readonly name: string;
  readonly geonameId: number | null;
  readonly countryCode: string | null;
  readonly featureType: string | null;
  readonly lat: number | null;
  readonly lon: number | null;
  readonly resolved: boolean;
  /** how the name was matched: exact, alias, fuzzy (spelling variant) or null when unresolved */
  readonly match: "exact" | "alias" | "fuzzy" | null;
  readonly mentions: readonly Mention[];
  /**
   * For an unresolved place (a street, a building, a village the gazetteer lacks): the resolved place
   * of the document that contains it ("Royal Street" … New Orleans); lat/lon are then that place's point,
   * an approximation. Absent otherwise.
   */
  readonly near?: string;
}

export type SpeakerKind = "person" | "organisation" | "group" | "anonymous" | "unknown";

export interface QuoteFact extends Span {
  readonly direct: boolean;
  readonly cue: Span | null;
  readonly source: Span | null;
  /** the resolved speaker's name, or null when nobody is named */
  readonly speaker: string | null;
  /** index into DocumentFacts.speakers, or null */
  readonly speakerIndex: number | null;
  /** the pieces of a quotation interrupted by its cue or continued over paragraphs ("“A,” he said. “B.”") */
  readonly parts?: readonly Span[];
}

export interface SpeakerFact {
  readonly name: string;
  readonly kind: SpeakerKind;
  readonly title: string | null;
  /** where the article gives that title, so it can be traced to its words */
  readonly titleSpan: Span | null;
  readonly mentions: readonly Mention[];
  /** indices into DocumentFacts.quotes */
  readonly quotes: readonly number[];
}

export interface DocumentFacts {
  readonly schemaVersion: number;
  readonly id: string;
  /** the reference date the relative dates were resolved against, or null */
  readonly date: string | null;
  /** where the reference date came from */
  readonly dateSource: "option" | "input" | "dateline" | null;
  readonly dates: readonly DateFact[];
  readonly quantities: readonly QuantityFact[];
  readonly places: readonly PlaceFact[];
  readonly speakers: readonly SpeakerFact[];
  readonly quotes: readonly QuoteFact[];
  readonly warnings: readonly string[];
}
