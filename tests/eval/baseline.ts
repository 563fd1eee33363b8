/**
 * Plain compromise used out of the box, scored in the same run as factx so that
 * every report shows what factx adds: compromise-dates for dates, .numbers(),
 * .places() and .quotations().
 */
import nlp from "compromise";
import datesPlugin from "compromise-dates";
import type { GoldDocument, SystemOutput } from "../../src/eval/score.js";

const nlpd = nlp.extend(datesPlugin as never) as typeof nlp;

interface Offset { start: number; length: number }
const span = (o: Offset) => ({ start: o.start, end: o.start + o.length });

function isoWeek(iso: string): string {
  const d = new Date(iso.slice(0, 10) + "T00:00:00Z");
  const wd = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - wd);
  const y = d.getUTCFullYear();
  const week = Math.floor((d.getTime() - Date.UTC(y, 0, 1)) / 864e5 / 7) + 1;
  return `${y}-W${String(week).padStart(2, "0")}`;
}

function timexOf(unit: string | undefined, start: string): string {
  switch (unit) {
    case "year": return start.slice(0, 4);
    case "month": return start.slice(0, 7);
    case "week": return isoWeek(start);
    case "quarter": return `${start.slice(0, 4)}-Q${Math.floor(Number(start.slice(5, 7)) / 3) + 1}`;
    default: return start.slice(0, 10);
  }
}

const DURATION_UNITS: Record<string, string> = { year: "Y", month: "M", week: "W", day: "D", hour: "H", minute: "M", second: "S" };

/** compromise-dates throws on some documents; such a document counts as empty output. */
export function baseline(doc: GoldDocument): SystemOutput {
  try {
    return baselineOf(doc);
  } catch {
    return { id: doc.id, dates: [], quantities: [], places: [], quotes: [] };
  }
}

function baselineOf(doc: GoldDocument): SystemOutput {
  const out: SystemOutput = { id: doc.id };
  const want = new Set(doc.annotated);
  if (want.has("dates")) {
    const view = nlpd(doc.text);
    type DateJson = { offset: Offset; dates?: { start?: string; unit?: string } };
    type DurJson = { offset: Offset; duration?: Record<string, number> };
    const found = (view as unknown as { dates(o: object): { json(o: object): DateJson[] } }).dates(doc.date ? { today: doc.date } : {}).json({ offset: true });
    const durs = (view as unknown as { durations(): { json(o: object): DurJson[] } }).durations().json({ offset: true });
    out.dates = [
      ...found.filter((d) => d.dates?.start).map((d) => ({ ...span(d.offset), type: "DATE", value: timexOf(d.dates!.unit, d.dates!.start!) })),
      ...durs.map((d) => {
        const parts = Object.entries(d.duration ?? {}).filter(([, n]) => n);
        const value = "P" + parts.map(([u, n]) => `${n}${DURATION_UNITS[u] ?? "X"}`).join("");
        return { ...span(d.offset), type: "DURATION", value: parts.length ? value : "PX" };
      }),
    ];
  }
  const view = want.has("quantities") || want.has("places") || want.has("speakers") ? nlp(doc.text) : null;
  if (view && want.has("quantities")) {
    type NumJson = { number?: { num: number; prefix: string; suffix: string; unit: string } };
    out.quantities = (view.numbers().json({ offset: true }) as NumJson[]).filter((n) => n.number).map((n) => {
      const { num, prefix, suffix, unit } = n.number!;
      return { value: num, unit: suffix === "%" ? "%" : prefix || unit || null, bound: "exact", trend: null };
    });
  }
  if (view && want.has("places")) {
    out.places = (view.places().json({ offset: true }) as Array<{ offset: Offset }>).map((p) => ({ mentions: [span(p.offset)] }));
  }
  if (view && want.has("speakers")) {
    out.quotes = (view.quotations().json({ offset: true }) as Array<{ offset: Offset }>).map((q) => ({ ...span(q.offset), direct: true, source: null }));
  }
  return out;
}
