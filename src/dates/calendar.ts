/** Pure calendar arithmetic on ISO days (UTC, no clock, no time zone). */
export interface Day { y: number; m: number; d: number }

export function parseDay(iso: string): Day {
  const [y, m, d] = iso.split("-").map(Number);
  return { y, m, d };
}

function toDate(day: Day): Date {
  return new Date(Date.UTC(day.y, day.m - 1, day.d));
}

function fromDate(date: Date): Day {
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

export function addDays(day: Day, n: number): Day {
  const date = toDate(day);
  date.setUTCDate(date.getUTCDate() + n);
  return fromDate(date);
}

/** ISO weekday, Monday 1 … Sunday 7 */
export function weekday(day: Day): number {
  return toDate(day).getUTCDay() || 7;
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

export function formatDay(day: Day): string {
  return `${pad(day.y, 4)}-${pad(day.m)}-${pad(day.d)}`;
}

export function formatMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

/** ISO 8601 week: "2024-W42" */
export function isoWeek(day: Day): string {
  const date = toDate(day);
  const wd = weekday(day);
  date.setUTCDate(date.getUTCDate() + 4 - wd); // the Thursday of this week decides the year
  const year = date.getUTCFullYear();
  const jan1 = Date.UTC(year, 0, 1);
  const week = Math.floor((date.getTime() - jan1) / 86400000 / 7) + 1;
  return `${pad(year, 4)}-W${pad(week)}`;
}

export function lastDayOfMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** The nth given weekday (ISO number) of a month; nth -1 is the last one. */
export function nthWeekday(y: number, m: number, wd: number, nth: number): Day {
  if (nth > 0) {
    const first = { y, m, d: 1 };
    return addDays(first, ((wd - weekday(first) + 7) % 7) + 7 * (nth - 1));
  }
  const last = { y, m, d: lastDayOfMonth(y, m) };
  return addDays(last, -((weekday(last) - wd + 7) % 7));
}

/** Western Easter Sunday of a year (the anonymous Gregorian computus). */
export function easter(y: number): Day {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { y, m: month, d: day };
}
