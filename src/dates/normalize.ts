/**
 * TIMEX3 values for time expressions: a pure function of the expression, the
 * reference date, the sentence's tense and what the text said before (the date
 * and the fiscal quarter it is talking about). Never reads the clock.
 */
import type { DateFact, Granularity, TimexType } from "../facts.js";
import type { Expression, Found } from "./expression.js";
import { addDays, easter, formatDay, isoWeek, lastDayOfMonth, nthWeekday, parseDay, weekday, type Day } from "./calendar.js";
import { UNIT_DURATION, type Unit } from "./words.js";

export type Tense = "past" | "present" | "future";

export interface Anchors {
  /** the document's reference date (YYYY-MM-DD), or null */
  readonly reference: string | null;
  readonly tense: Tense;
  /** the last full date the text stated, for "two days later" */
  readonly anchor?: string | null;
  /** the last DATE value the text gave (any granularity), for "that year", "the following year" */
  readonly lastDate?: string | null;
  /** the fiscal quarter the text is talking about ({y, q}), for "the quarter", "a year earlier" */
  readonly quarter?: { y: number; q: number } | null;
}

export type DateValue = Pick<DateFact, "type" | "value" | "granularity" | "from" | "to" | "inferred" | "unresolved">;

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

interface Raw { type: TimexType; value: string; inferred: boolean; unresolved: boolean }

/**
 * Which year a month and day without a year fall in. News reports mostly what
 * happened, so the latest such day not far after the reference is taken: a
 * past tense allows two months' margin (deadlines: "extended to Nov. 20"), the
 * present three; a future tense takes the next one (a month's margin back). A
 * weekday given with the date ("Monday, Oct. 26") picks the year where the two agree.
 */
const DAY_SLACK: Readonly<Record<Tense, number>> = { past: 62, present: 92, future: -31 };
function yearForDay(ref: Day, m: number, d: number, tense: Tense, wd?: number): number {
  const years = [ref.y - 1, ref.y, ref.y + 1];
  if (wd !== undefined) {
    const agree = years.filter((y) => weekday({ y, m, d }) === wd);
    if (agree.length === 1) return agree[0];
  }
  const day = (y: number) => Date.UTC(y, m - 1, d) / 864e5;
  const now = Date.UTC(ref.y, ref.m - 1, ref.d) / 864e5;
  if (tense === "future") return years.find((y) => day(y) >= now + DAY_SLACK.future) ?? ref.y;
  return [...years].reverse().find((y) => day(y) <= now + DAY_SLACK[tense]) ?? ref.y;
}

/** The same for a month alone ("in August"), margins in months: past 1, present 3, future none. */
const MONTH_SLACK: Readonly<Record<Tense, number>> = { past: 1, present: 3, future: 0 };
function yearForMonth(ref: Day, m: number, tense: Tense): number {
  const years = [ref.y - 1, ref.y, ref.y + 1];
  const now = ref.y * 12 + ref.m;
  if (tense === "future") return years.find((y) => y * 12 + m >= now) ?? ref.y;
  return [...years].reverse().find((y) => y * 12 + m <= now + MONTH_SLACK[tense]) ?? ref.y;
}

function shiftWeekday(ref: Day, target: number, tense: Tense): Day {
  const diff = target - weekday(ref);
  if (diff === 0) return ref;
  if (tense === "past") return addDays(ref, diff < 0 ? diff : diff - 7);
  if (tense === "future") return addDays(ref, diff > 0 ? diff : diff + 7);
  return addDays(ref, Math.abs(diff) <= 3 ? diff : diff > 0 ? diff - 7 : diff + 7);
}

function addMonths(y: number, m: number, n: number): [number, number] {
  const total = y * 12 + m - 1 + n;
  return [Math.floor(total / 12), (total % 12) + 1];
}

/** first and last month of a season (winter runs into the next year: month 14 is February) */
const SEASON_MONTHS: Readonly<Record<string, readonly [number, number]>> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 14] };

function quarterOf(day: Day): number {
  return Math.floor((day.m - 1) / 3) + 1;
}

function durationValue(amounts: readonly { n: number | null; unit: Unit }[]): string {
  let date = "";
  let time = "";
  for (const { n, unit } of amounts) {
    if (unit === "quarter") {
      date += `${n === null ? "X" : n}Q`;
      continue;
    }
    const { n: k, code, time: isTime } = UNIT_DURATION[unit];
    if (n === null) {
      if (isTime) time += `X${code}`;
      else date += `X${unit === "decade" ? "DE" : unit === "century" ? "CE" : code}`;
      continue;
    }
    const total = n * k;
    const whole = Math.floor(total);
    const frac = total - whole;
    if (isTime) {
      time += `${whole}${code}`;
      if (frac) time += code === "H" ? `${Math.round(frac * 60)}M` : code === "M" ? `${Math.round(frac * 60)}S` : "";
    } else {
      if (whole) date += `${whole}${code}`;
      if (frac) {
        if (code === "Y") date += `${Math.round(frac * 12)}M`;
        else if (code === "M") date += `${Math.round(frac * 30)}D`;
        else if (code === "W") date += `${Math.round(frac * 7)}D`;
        else if (code === "D") time += `${Math.round(frac * 24)}H`;
      }
    }
  }
  return `P${date}${time ? "T" + time : ""}`;
}

function resolve(found: Found, a: Anchors): Raw {
  const e: Expression = found.expr;
  const ref = a.reference ? parseDay(a.reference) : null;
  const R = (value: string, inferred = true): Raw => ({ type: "DATE", value, inferred, unresolved: false });
  const U = (value: string): Raw => ({ type: "DATE", value, inferred: false, unresolved: true });
  const refWord = (shift: number): Raw => U(shift < 0 ? "PAST_REF" : shift > 0 ? "FUTURE_REF" : "PRESENT_REF");
  switch (e.kind) {
    case "calendar": {
      if (e.y !== undefined && e.m !== undefined && e.d !== undefined) return R(`${pad(e.y, 4)}-${pad(e.m)}-${pad(e.d)}`, false);
      if (e.y !== undefined && e.m !== undefined) return R(`${pad(e.y, 4)}-${pad(e.m)}`, false);
      if (e.y !== undefined) return R(pad(e.y, 4), false);
      if (e.m !== undefined && e.d !== undefined) {
        if (!ref) return U(`XXXX-${pad(e.m)}-${pad(e.d)}`);
        if (e.shift) {
          // "last Oct. 23": the latest one before the reference; "next June 30": the first one after it
          const key = `${pad(e.m)}-${pad(e.d)}`;
          const refKey = formatDay(ref).slice(5);
          const y = e.shift < 0 ? (key < refKey ? ref.y : ref.y - 1) : key > refKey ? ref.y : ref.y + 1;
          return R(`${pad(y, 4)}-${key}`);
        }
        return R(`${pad(yearForDay(ref, e.m, e.d, a.tense, e.wd), 4)}-${pad(e.m)}-${pad(e.d)}`);
      }
      return U("XXXX");
    }
    case "weekday": {
      const base = e.anchored && a.anchor ? parseDay(a.anchor) : ref;
      if (!base) return U(`XXXX-WXX-${e.wd}`);
      let day: Day;
      if (e.shift === -1) day = shiftWeekday(addDays(base, -1), e.wd, "past");
      else if (e.shift === 1) day = shiftWeekday(addDays(base, 1), e.wd, "future");
      else if (e.shift === 0) day = addDays(base, e.wd - weekday(base));
      else day = shiftWeekday(base, e.wd, a.tense);
      return R(formatDay(day));
    }
    case "month": {
      if (!ref) return U(`XXXX-${pad(e.m)}`);
      let y: number;
      if (e.yearShift !== undefined) y = ref.y + e.yearShift;
      else if (e.shift === -1) y = e.m < ref.m ? ref.y : ref.y - 1;
      else if (e.shift === 1) y = e.m > ref.m ? ref.y : ref.y + 1;
      else if (e.shift === 0) y = ref.y;
      else y = yearForMonth(ref, e.m, a.tense);
      return R(`${pad(y, 4)}-${pad(e.m)}`);
    }
    case "relative": {
      const base = e.anchored && a.anchor ? parseDay(a.anchor) : ref;
      if (!base) return refWord(e.shift);
      if (e.unit === "year" && e.anchored !== undefined && Math.abs(e.shift) === 1 && a.quarter && !e.vague) {
        // "a year earlier" in a report on a quarter: the same quarter a year before
        return R(`${pad(a.quarter.y + e.shift, 4)}-Q${a.quarter.q}`);
      }
      switch (e.unit) {
        case "second": case "minute": case "hour": case "day":
          return R(formatDay(addDays(base, e.unit === "day" ? e.shift : 0)));
        case "week": case "fortnight":
          return R(isoWeek(addDays(base, 7 * e.shift * (e.unit === "fortnight" ? 2 : 1))));
        case "weekend": {
          // last weekend: the one before the reference day; next weekend: the one after;
          // this weekend / the weekend: the reference's own, else the tense's direction
          const wd = weekday(base);
          const previous = addDays(base, -(wd >= 6 ? wd + 1 : wd)); // a Sunday before
          const coming = addDays(base, 6 - wd + (wd >= 6 ? 7 : 0)); // a Saturday after
          const d = e.shift < 0 ? previous : e.shift > 0 ? coming : wd >= 6 ? base : a.tense === "past" ? previous : coming;
          return R(`${isoWeek(d)}-WE`);
        }
        case "month": {
          // "two months later" after "in March 1996": from the month the text gave last
          const lm = e.anchored && a.lastDate ? /^(\d{4})-(\d{2})(?:-|$)/.exec(a.lastDate) : null;
          const [y, m] = lm ? addMonths(Number(lm[1]), Number(lm[2]), e.shift) : addMonths(base.y, base.m, e.shift);
          return R(`${pad(y, 4)}-${pad(m)}`);
        }
        case "quarter": {
          const [y, m] = addMonths(base.y, base.m, 3 * e.shift);
          return R(`${pad(y, 4)}-Q${quarterOf({ y, m, d: 1 })}`);
        }
        // "a year earlier" after "in 1995": from the year the text gave last
        case "year": return R(pad((e.anchored && a.lastDate && /^\d{4}/.test(a.lastDate) ? Number(a.lastDate.slice(0, 4)) : base.y) + e.shift, 4));
        case "decade": return R(String(Math.floor((base.y + 10 * e.shift) / 10)));
        case "century": return R(String(Math.floor((base.y + 100 * e.shift) / 100)));
      }
    }
    case "deictic": {
      // a bare clock time told in the past ("was shot at 10 p.m.") is on the day the story is about
      if ((found.rule === "time" || found.rule === "the-day-part") && a.tense === "past" && a.anchor) return R(a.anchor);
      if (!ref) return refWord(e.offset);
      return R(formatDay(addDays(ref, e.offset)));
    }
    case "season": {
      if (e.y !== undefined) return R(`${pad(e.y, 4)}-${e.season}`, false);
      if (!ref) return U(`XXXX-${e.season}`);
      // last summer: the latest one that has ended; next summer: the first one not yet begun
      const [startM, endM] = SEASON_MONTHS[e.season];
      const now = ref.y * 12 + ref.m;
      const begins = (y: number) => y * 12 + startM;
      const ends = (y: number) => y * 12 + endM;
      if (e.shift === -1) return R(`${pad(ends(ref.y) < now ? ref.y : ref.y - 1, 4)}-${e.season}`);
      if (e.shift === 1) return R(`${pad(begins(ref.y) > now ? ref.y : ref.y + 1, 4)}-${e.season}`);
      return R(`${pad(ref.y, 4)}-${e.season}`);
    }
    case "quarter": {
      const part = (y: number, q: number) => (e.half !== undefined ? `${pad(y, 4)}-H${e.half}` : `${pad(y, 4)}-Q${q}`);
      const yearShift = e.yearShift;
      if (e.y !== undefined && (e.q !== undefined || e.half !== undefined)) return R(part(e.y, e.q ?? 0), false);
      if (e.y !== undefined) {
        // "the 1988 period": the quarter the report is about, in that year
        const q = a.quarter?.q ?? (ref ? (quarterOf(ref) === 1 ? 4 : quarterOf(ref) - 1) : "X");
        return R(`${pad(e.y, 4)}-Q${q}`);
      }
      if (!ref) return e.q !== undefined ? U(`XXXX-Q${e.q}`) : e.half !== undefined ? U(`XXXX-H${e.half}`) : U("XXXX-QX");
      const current = quarterOf(ref);
      const lastDone = current === 1 ? { y: ref.y - 1, q: 4 } : { y: ref.y, q: current - 1 };
      if (e.yearAgo) {
        const base = a.quarter ?? lastDone;
        return R(`${pad(base.y - 1, 4)}-Q${e.q ?? base.q}`);
      }
      if (e.q !== undefined || e.half !== undefined) {
        if (yearShift !== undefined) return R(part(ref.y + yearShift, e.q ?? 0));
        // a quarter later in the year than the reference is last year's, unless the text looks ahead
        const pos = e.q ?? (e.half === 1 ? 1 : 3);
        const y = pos > current && a.tense !== "future" ? ref.y - 1 : ref.y;
        return R(part(y, e.q ?? 0));
      }
      if (e.shift !== undefined) {
        const [y, m] = addMonths(ref.y, ref.m, 3 * e.shift);
        return R(`${pad(y, 4)}-Q${quarterOf({ y, m, d: 1 })}`);
      }
      // "the latest quarter" is the last one reported (completed); "the quarter", the one the text is about
      const q = e.latest ? lastDone : a.quarter ?? lastDone;
      return R(`${pad(q.y, 4)}-Q${q.q}`);
    }
    case "decade": {
      if (e.century !== undefined) return R(pad(e.century, 2), false);
      if (e.decade !== undefined) return R(String(e.decade), false);
      if (!ref) return refWord(e.shift ?? 0);
      return e.unit === "century" ? R(String(Math.floor(ref.y / 100) + (e.shift ?? 0))) : R(String(Math.floor(ref.y / 10) + (e.shift ?? 0)));
    }
    case "holiday": {
      const h = e.holiday;
      const dayIn = (y: number): Day => ("easter" in h ? addDays(easter(y), h.easter) : "day" in h ? { y, m: h.month, d: h.day } : nthWeekday(y, h.month, h.weekday, h.nth));
      if (e.y !== undefined) return R(e.week ? isoWeek(dayIn(e.y)) : formatDay(dayIn(e.y)), false);
      if (!ref) return "day" in h ? U(`XXXX-${pad(h.month)}-${pad(h.day)}`) : "month" in h ? U(`XXXX-${pad(h.month)}`) : U("XXXX-XX-XX");
      // last Thanksgiving / next Christmas: the one before or after the reference; else as for a month and day
      const cands = [ref.y - 1, ref.y, ref.y + 1].map(dayIn);
      const refKey = formatDay(ref);
      let pick: Day;
      if (e.shift === -1) pick = [...cands].reverse().find((d) => formatDay(d) < refKey) ?? cands[0];
      else if (e.shift === 1) pick = cands.find((d) => formatDay(d) > refKey) ?? cands[2];
      else {
        const around = dayIn(ref.y);
        pick = dayIn(yearForDay(ref, around.m, around.d, a.tense));
      }
      return R(e.week ? isoWeek(pick) : formatDay(pick));
    }
    case "duration":
      return { type: "DURATION", value: durationValue(e.amounts), inferred: false, unresolved: false };
    case "set":
      return { type: "SET", value: e.value, inferred: false, unresolved: false };
    case "reference":
      return { type: "DATE", value: e.value, inferred: false, unresolved: false };
    case "same": {
      // that day, the same week, the following year: the date the text talks about
      const last = a.lastDate ?? a.reference;
      if (!last) return U(e.unit === "year" ? "XXXX" : e.unit === "month" ? "XXXX-XX" : e.unit === "quarter" ? "XXXX-QX" : "XXXX-XX-XX");
      const y = Number(last.slice(0, 4));
      switch (e.unit) {
        case "year": return R(pad(y + e.shift, 4));
        case "quarter": {
          if (a.quarter) return R(`${pad(a.quarter.y, 4)}-Q${a.quarter.q}`);
          return R(`${pad(y, 4)}-QX`);
        }
        case "month": {
          if (last.length < 7) return R(`${pad(y, 4)}-XX`);
          const [yy, mm] = addMonths(y, Number(last.slice(5, 7)), e.shift);
          return R(`${pad(yy, 4)}-${pad(mm)}`);
        }
        case "week": case "day": {
          const day = a.anchor ?? (last.length >= 10 ? last.slice(0, 10) : null);
          if (!day) return R(`${last.slice(0, 7)}${last.length >= 7 ? "-XX" : "-XX-XX"}`);
          const d = addDays(parseDay(day), e.unit === "day" ? e.shift : 7 * e.shift);
          return R(e.unit === "day" ? formatDay(d) : isoWeek(d));
        }
        default: return R(pad(y, 4));
      }
    }
  }
}

/** What a TIMEX3 DATE value covers: its granularity and its first and last days. */
export function describe(type: TimexType, value: string): Pick<DateFact, "granularity" | "from" | "to"> {
  if (type === "DURATION") return { granularity: "duration" };
  if (type === "SET") return { granularity: "set" };
  if (/_REF$/.test(value)) return { granularity: "reference" };
  let m: RegExpExecArray | null;
  const g = (granularity: Granularity, from?: string, to?: string) => (value.includes("X") ? { granularity } : { granularity, from, to });
  if ((m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value))) return g("minute", value.slice(0, 10), value.slice(0, 10));
  if ((m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2})$/.exec(value))) return g("hour", value.slice(0, 10), value.slice(0, 10));
  if ((m = /^(.{10})T[A-Z]{2}$/.exec(value))) return g("part-of-day", m[1], m[1]);
  if (/^.{4}-.{2}-.{2}$/.test(value)) return g("day", value, value);
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) return g("month", `${value}-01`, `${value}-${pad(lastDayOfMonth(+m[1], +m[2]))}`);
  if (/^X{4}-\d{2}$/.test(value)) return { granularity: "month" };
  if ((m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value))) {
    const monday = mondayOfWeek(+m[1], +m[2]);
    if (m[3]) return g("day", formatDay(addDays(monday, 5)), formatDay(addDays(monday, 6)));
    return g("week", formatDay(monday), formatDay(addDays(monday, 6)));
  }
  if ((m = /^(\d{4})-Q(\d)$/.exec(value))) {
    const q = +m[2];
    return g("quarter", `${m[1]}-${pad(3 * q - 2)}-01`, `${m[1]}-${pad(3 * q)}-${pad(lastDayOfMonth(+m[1], 3 * q))}`);
  }
  if ((m = /^(\d{4})-H(\d)$/.exec(value))) return g("half", `${m[1]}-${m[2] === "1" ? "01-01" : "07-01"}`, `${m[1]}-${m[2] === "1" ? "06-30" : "12-31"}`);
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) {
    const y = +m[1];
    const [from, to] = { SP: [`${y}-03-01`, `${y}-05-31`], SU: [`${y}-06-01`, `${y}-08-31`], FA: [`${y}-09-01`, `${y}-11-30`], WI: [`${y}-12-01`, `${y + 1}-02-${pad(lastDayOfMonth(y + 1, 2))}`] }[m[2] as "SP"];
    return g("season", from, to);
  }
  if (/^\d{4}$/.test(value)) return g("year", `${value}-01-01`, `${value}-12-31`);
  if (/^\d{3}$/.test(value)) return g("decade", `${value}0-01-01`, `${value}9-12-31`);
  if (/^\d{2}$/.test(value)) return g("century", `${value}00-01-01`, `${value}99-12-31`);
  if (/-Q|-H/.test(value)) return { granularity: "quarter" };
  if (/-(SP|SU|FA|WI)$/.test(value)) return { granularity: "season" };
  if (/-W/.test(value)) return { granularity: "day" };
  return { granularity: "year" };
}

function mondayOfWeek(y: number, w: number): Day {
  const jan4 = { y, m: 1, d: 4 };
  return addDays(jan4, 1 - weekday(jan4) + 7 * (w - 1));
}

export function normalize(found: Found, anchors: Anchors): DateValue {
  const raw = resolve(found, anchors);
  let { type, value } = raw;
  // "the week of March 6": the ISO week of the day
  if (found.expr.kind === "calendar" && found.expr.week && /^\d{4}-\d{2}-\d{2}$/.test(value)) value = isoWeek(parseDay(value));
  // a time of day or a part of day turns a day into a TIME
  if (type === "DATE" && /^(\d{4}|XXXX)-\d{2}-\d{2}$/.test(value)) {
    if (found.time) {
      type = "TIME";
      value = `${value}T${pad(found.time.h)}:${pad(found.time.min)}`;
    } else if (found.part) {
      // TimeBank takes a named day with a part of it as a DATE: "Wednesday night" (…TNI),
      // "Friday morning" (the day); "tonight" and "this morning" are TIMEs
      const e = found.expr;
      const dayNamed = e.kind === "weekday" || e.kind === "calendar";
      if (!dayNamed) type = "TIME";
      if (!dayNamed || found.part === "NI" || found.part === "EV") value = `${value}T${found.part}`;
    }
  }
  return { type, value, ...describe(type, value), inferred: raw.inferred, unresolved: raw.unresolved };
}
