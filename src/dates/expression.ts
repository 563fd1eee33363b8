/**
 * What the finder understood of a time expression, before any reference date
 * is applied. The normalizer turns it into a TIMEX3 value.
 */
import type { Holiday, Unit } from "./words.js";

export type RefValue = "PRESENT_REF" | "PAST_REF" | "FUTURE_REF";
/** TIMEX3 part-of-day codes, or a clock time */
export type DayPart = "MO" | "AF" | "EV" | "NI" | "DT";
export interface ClockTime { h: number; min: number }
/** A quantity of units: n null for a vague amount ("several years") */
export interface Amount { n: number | null; unit: Unit }

export type Expression =
  /** a calendar date with the parts the text gives: 1998-08-07, August 1998, Aug. 7, 1998 (week: "the week of March 6", its ISO week; shift: "last Oct. 23" -1, "next June 30" 1) */
  | { kind: "calendar"; y?: number; m?: number; d?: number; wd?: number; week?: boolean; shift?: -1 | 1 }
  /** "Friday", "last Friday", "next Tuesday" (shift: -1 last, 1 next, undefined as the tense says) */
  | { kind: "weekday"; wd: number; shift?: -1 | 0 | 1; anchored?: boolean }
  /** "August", "last October", "next March" */
  | { kind: "month"; m: number; shift?: -1 | 0 | 1; yearShift?: number }
  /** "this week", "last year", "next month" and "two days ago", "a year earlier" (anchored: relative to a date in the text) */
  | { kind: "relative"; unit: Unit; shift: number; anchored?: boolean; vague?: boolean; byTense?: boolean }
  /** "today", "yesterday", "tomorrow", "tonight" */
  | { kind: "deictic"; offset: number }
  /** "summer", "last fall", "the winter of 1994" */
  | { kind: "season"; season: string; y?: number; shift?: number }
  /** "the third quarter", "third-quarter", "the latest quarter", "the first half of 1990" */
  | { kind: "quarter"; q?: number; half?: number; y?: number; shift?: number; latest?: boolean; yearAgo?: boolean; yearShift?: number }
  /** "the 1990s" (decade 199), "the 20th century" (century 19), "this century" */
  | { kind: "decade"; decade?: number; century?: number; shift?: number; unit?: "decade" | "century" }
  /** "Christmas", "last Thanksgiving", "Easter week" (week: the ISO week it falls in) */
  | { kind: "holiday"; holiday: Holiday; y?: number; shift?: -1 | 0 | 1; week?: boolean }
  | { kind: "duration"; amounts: Amount[] }
  | { kind: "set"; value: string }
  | { kind: "reference"; value: RefValue }
  /** "the same day", "that year", "the following year": the date the text is talking about, shifted */
  | { kind: "same"; unit: Unit; shift: number };

/** An expression may carry a time of day, a part of day or a modifier ("early", "late"). */
export interface Found {
  /** token range [first, last) */
  first: number;
  last: number;
  expr: Expression;
  time?: ClockTime;
  part?: DayPart;
  mod?: string;
  /** the family of the rule that found it, for debugging */
  rule: string;
}
