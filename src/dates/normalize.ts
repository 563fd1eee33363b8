/**
 * TIMEX3 values for time expressions: a pure function of the expression, the
 * reference date and the sentence's tense. Never reads the clock.
 */
import type { DateFact, Granularity, TimexType } from "../facts.js";
import { addDays, formatDay, formatMonth, isoWeek, lastDayOfMonth, parseDay, weekday, type Day } from "./calendar.js";
import { MONTHS, UNITS, WEEKDAYS } from "./words.js";

export type Tense = "past" | "present" | "future";

export interface Expression {
  family:
    | "iso" | "month-day-year" | "day-month-year" | "month-year" | "weekday" | "month"
    | "relative-unit" | "deictic-day" | "ago" | "duration" | "year" | "present" | "recent";
  text: string;
}

export type DateValue = Pick<DateFact, "type" | "value" | "granularity" | "from" | "to" | "inferred" | "unresolved">;

const NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12,
};

function monthOf(word: string): number | undefined {
  return MONTHS[word.toLowerCase().replace(/\.$/, "")];
}

function day(value: string, inferred: boolean, unresolved = false): DateValue {
  return { type: "DATE", value, granularity: "day", from: unresolved ? undefined : value, to: unresolved ? undefined : value, inferred, unresolved };
}

function month(y: number | null, m: number, inferred: boolean): DateValue {
  if (y === null) return { type: "DATE", value: `XXXX-${formatMonth(0, m).slice(5)}`, granularity: "month", inferred, unresolved: true };
  const value = formatMonth(y, m);
  return { type: "DATE", value, granularity: "month", from: `${value}-01`, to: `${value}-${lastDayOfMonth(y, m)}`, inferred, unresolved: false };
}

function week(d: Day, inferred: boolean): DateValue {
  const monday = addDays(d, 1 - weekday(d));
  return { type: "DATE", value: isoWeek(d), granularity: "week", from: formatDay(monday), to: formatDay(addDays(monday, 6)), inferred, unresolved: false };
}

/** The year a bare month refers to: the nearest one in the direction the tense points. */
function yearForMonth(ref: Day, m: number, tense: Tense): number {
  if (tense === "past") return m <= ref.m ? ref.y : ref.y - 1;
  if (tense === "future") return m >= ref.m ? ref.y : ref.y + 1;
  return ref.y;
}

function shiftWeekday(ref: Day, target: number, tense: Tense): Day {
  const diff = target - weekday(ref);
  if (diff === 0) return ref;
  if (tense === "past") return addDays(ref, diff < 0 ? diff : diff - 7);
  if (tense === "future") return addDays(ref, diff > 0 ? diff : diff + 7);
  return addDays(ref, Math.abs(diff) <= 3 ? diff : diff > 0 ? diff - 7 : diff + 7);
}

export function normalize(expr: Expression, referenceDate: string | null, tense: Tense): DateValue | null {
  const ref = referenceDate ? parseDay(referenceDate) : null;
  const words = expr.text.replace(/,/g, "").split(/\s+/);
  const lower = words.map((w) => w.toLowerCase());
  switch (expr.family) {
    case "iso":
      return day(expr.text, false);
    case "month-day-year":
    case "day-month-year": {
      const mi = lower.findIndex((w) => monthOf(w) !== undefined);
      const m = monthOf(lower[mi])!;
      const d = parseInt(expr.family === "month-day-year" ? lower[mi + 1] : lower[0], 10);
      const yWord = words.find((w) => /^\d{4}$/.test(w));
      if (d < 1 || d > 31) return null;
      if (yWord) return day(`${yWord}-${formatMonth(0, m).slice(5)}-${String(d).padStart(2, "0")}`, false);
      if (!ref) return day(`XXXX-${formatMonth(0, m).slice(5)}-${String(d).padStart(2, "0")}`, false, true);
      const y = yearForMonth(ref, m, tense === "present" ? "present" : tense);
      return day(formatDay({ y, m, d }), true);
    }
    case "month-year":
      return month(parseInt(words[words.length - 1], 10), monthOf(lower[0])!, false);
    case "month": {
      const m = monthOf(lower[0])!;
      if (expr.text === "May" && tense === "present") return null; // the modal verb at a sentence start
      return ref ? month(yearForMonth(ref, m, tense), m, true) : month(null, m, false);
    }
    case "weekday": {
      const target = WEEKDAYS[lower[0]];
      if (!ref) return { type: "DATE", value: "XXXX-WXX-" + target, granularity: "day", inferred: false, unresolved: true };
      return day(formatDay(shiftWeekday(ref, target, tense)), true);
    }
    case "relative-unit": {
      const [rel, unit] = [lower[0], lower[lower.length - 1]];
      const step = rel === "last" || rel === "past" ? -1 : rel === "next" || rel === "coming" ? 1 : 0;
      if (!ref) return { type: "DATE", value: step < 0 ? "PAST_REF" : step > 0 ? "FUTURE_REF" : "PRESENT_REF", granularity: "reference", inferred: false, unresolved: true };
      if (unit === "week" || unit === "weekend") {
        const v = week(addDays(ref, 7 * step), true);
        return unit === "weekend" ? { ...v, value: `${v.value}-WE` } : v;
      }
      if (unit === "month") {
        const total = ref.y * 12 + ref.m - 1 + step;
        return month(Math.floor(total / 12), (total % 12) + 1, true);
      }
      const y = ref.y + step;
      return { type: "DATE", value: String(y), granularity: "year", from: `${y}-01-01`, to: `${y}-12-31`, inferred: true, unresolved: false };
    }
    case "deictic-day": {
      const offset = { yesterday: -1, today: 0, tomorrow: 1, tonight: 0 }[lower[0]] ?? 0;
      if (!ref) return { type: "DATE", value: offset < 0 ? "PAST_REF" : offset > 0 ? "FUTURE_REF" : "PRESENT_REF", granularity: "reference", inferred: false, unresolved: true };
      const v = day(formatDay(addDays(ref, offset)), true);
      return lower[0] === "tonight" ? { ...v, type: "TIME", value: `${v.value}TNI`, granularity: "part-of-day" } : v;
    }
    case "ago": {
      const n = NUMBERS[lower[0]] ?? (parseInt(lower[0], 10) || null);
      const unit = UNITS[lower[1]];
      if (!ref || n === null) return { type: "DATE", value: "PAST_REF", granularity: "reference", inferred: false, unresolved: !ref };
      if (unit === "day") return day(formatDay(addDays(ref, -n)), true);
      if (unit === "week") return week(addDays(ref, -7 * n), true);
      if (unit === "month") {
        const total = ref.y * 12 + ref.m - 1 - n;
        return month(Math.floor(total / 12), (total % 12) + 1, true);
      }
      return { type: "DATE", value: String(ref.y - n), granularity: "year", inferred: true, unresolved: false };
    }
    case "duration": {
      const n = NUMBERS[lower[0]] ?? parseInt(lower[0], 10);
      const unit = UNITS[lower[1]];
      const amount = Number.isFinite(n) ? String(n) : "X";
      return { type: "DURATION", value: `P${amount}${unit[0].toUpperCase()}`, granularity: "duration", inferred: false, unresolved: false };
    }
    case "year":
      return { type: "DATE", value: expr.text, granularity: "year", from: `${expr.text}-01-01`, to: `${expr.text}-12-31`, inferred: false, unresolved: false };
    case "present":
      return { type: "DATE", value: "PRESENT_REF", granularity: "reference", inferred: false, unresolved: false };
    case "recent":
      return { type: "DATE", value: "PAST_REF", granularity: "reference", inferred: false, unresolved: false };
  }
}
