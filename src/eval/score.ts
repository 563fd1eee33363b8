/**
 * Scores extractor output against the gold corpora, as ../shared/corpora/README.md
 * defines it. Importable and pure: gold documents and system output in, counts out.
 */
import { addCounts, matchOneToOne, spanScore, ZERO, type Counts, type Offsets } from "./match.js";
import { normalizeUnit } from "./units.js";

// ---------- the corpus format ----------
export interface GoldSpan extends Offsets { text: string; parts?: Array<Offsets & { text: string }> }
export interface GoldDate extends GoldSpan { type: string; value: string }
export interface GoldPlace extends GoldSpan { type: string; geonameId: number | null; lat: number | null; lon: number | null }
export interface GoldQuantity { value: number | [number, number]; unit: string; normalizedUnit: string; change: string; concept: string | null }
export interface GoldAttribution { source: GoldSpan | null; cue: GoldSpan | null; content: GoldSpan; direct: boolean }

export interface GoldDocument {
  id: string;
  corpus: string;
  text: string;
  date: string | null;
  annotated: string[];
  gold: {
    dates?: GoldDate[];
    places?: GoldPlace[];
    placeAdjectives?: GoldSpan[];
    quantities?: GoldQuantity[];
    speakers?: GoldAttribution[];
  };
}

// ---------- what the scorer reads from a system ----------
export interface SystemOutput {
  id: string;
  dates?: Array<Offsets & { type: string; value: string }>;
  quantities?: Array<{ value: number | readonly [number, number]; unit: string | null; bound?: string | null; trend?: string | null }>;
  places?: Array<{ geonameId?: number | null; lat?: number | null; lon?: number | null; mentions: Offsets[] }>;
  quotes?: Array<Offsets & { direct?: boolean; text?: string; source?: Offsets | null }>;
}

export type Metric = Counts;

export interface DateScores { strict: Counts; relaxed: Counts; value: Counts; type: Counts; typeAccuracy: Counts }
export interface PlaceScores { strict: Counts; overlap: Counts; geocoding: Counts }
export interface QuantityScores { value: Counts; valueUnit: Counts; valueChange: Counts }
export interface SpeakerScores { content: Counts; direct: Counts; source: Counts }

export interface Scores {
  dates?: DateScores;
  places?: PlaceScores;
  quantities?: QuantityScores;
  speakers?: SpeakerScores;
}

export function scoreDates(gold: readonly GoldDate[], system: NonNullable<SystemOutput["dates"]>): DateScores {
  const pairs = matchOneToOne(gold, system, spanScore);
  let strict = 0, value = 0, type = 0;
  for (const [gi, si] of pairs) {
    const g = gold[gi], s = system[si];
    if (g.start === s.start && g.end === s.end) strict++;
    if (g.value === s.value) value++;
    if (g.type === s.type) type++;
  }
  const base = { system: system.length, gold: gold.length };
  return {
    strict: { correct: strict, ...base },
    relaxed: { correct: pairs.length, ...base },
    value: { correct: value, ...base },
    type: { correct: type, ...base },
    // accuracy: of the overlapping pairs, the share with the right type (precision = recall = accuracy)
    typeAccuracy: { correct: type, system: pairs.length, gold: pairs.length },
  };
}

const EARTH_KM = 6371.0088;
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

export function scorePlaces(gold: readonly GoldPlace[], adjectives: readonly Offsets[], system: NonNullable<SystemOutput["places"]>): PlaceScores {
  const outside = (m: Offsets) => !adjectives.some((a) => a.start < m.end && m.start < a.end);
  const g = gold.filter(outside);
  const s = system.flatMap((p) => p.mentions.map((m) => ({ start: m.start, end: m.end, place: p }))).filter(outside);
  const pairs = matchOneToOne(g, s, spanScore);
  let strict = 0, geoCorrect = 0, geoTotal = 0;
  for (const [gi, si] of pairs) {
    const gm = g[gi], sm = s[si];
    if (gm.start === sm.start && gm.end === sm.end) strict++;
    if (gm.geonameId == null && (gm.lat == null || gm.lon == null)) continue;
    geoTotal++;
    const p = sm.place;
    const sameId = gm.geonameId != null && p.geonameId != null && gm.geonameId === p.geonameId;
    const near = gm.lat != null && gm.lon != null && p.lat != null && p.lon != null && distanceKm(gm.lat, gm.lon, p.lat, p.lon) <= 161;
    if (sameId || near) geoCorrect++;
  }
  const base = { system: s.length, gold: g.length };
  return {
    strict: { correct: strict, ...base },
    overlap: { correct: pairs.length, ...base },
    geocoding: { correct: geoCorrect, system: geoTotal, gold: geoTotal },
  };
}

const CHANGE: Record<string, string> = { exact: "=", approx: "~", min: ">", max: "<" };

/** Same value within relative 1e-6; a range only equals a range. */
export function sameValue(a: number | readonly [number, number], b: number | readonly [number, number]): boolean {
  const close = (x: number, y: number) => x === y || Math.abs(x - y) <= 1e-6 * Math.max(Math.abs(x), Math.abs(y));
  if (typeof a === "number" || typeof b === "number") return typeof a === "number" && typeof b === "number" && close(a, b);
  return close(a[0], b[0]) && close(a[1], b[1]);
}

export function systemChange(q: { bound?: string | null; trend?: string | null }): string {
  if (q.trend === "up" || q.trend === "down") return q.trend;
  return CHANGE[q.bound ?? "exact"] ?? "=";
}

/** The system unit, normalized, equals the gold unit or its normalized unit. */
export function sameUnit(g: GoldQuantity, unit: string | null): boolean {
  const u = normalizeUnit(unit);
  return u === normalizeUnit(g.unit) || u === normalizeUnit(g.normalizedUnit);
}

export function scoreQuantities(gold: readonly GoldQuantity[], system: NonNullable<SystemOutput["quantities"]>): QuantityScores {
  const count = (ok: (g: GoldQuantity, s: (typeof system)[number]) => boolean): Counts => ({
    correct: matchOneToOne(gold, system, (g, s) => (sameValue(g.value, s.value) && ok(g, s) ? 1 : 0)).length,
    system: system.length,
    gold: gold.length,
  });
  return {
    value: count(() => true),
    valueUnit: count((g, s) => sameUnit(g, s.unit)),
    valueChange: count((g, s) => systemChange(s) === g.change),
  };
}

/** Span score of a system quote against a gold content (its best part). */
export function contentScore(g: GoldAttribution, q: Offsets): number {
  const pieces = g.content.parts?.length ? g.content.parts : [g.content];
  return Math.max(0, ...pieces.map((p) => spanScore(p, q)));
}

function hasDoubleQuote(s: string): boolean {
  return /["“”«»]/.test(s);
}

/** Source right: both absent, or the spans overlap. */
export function sameSource(g: Offsets | null | undefined, s: Offsets | null | undefined): boolean {
  return (!g && !s) || (!!g && !!s && spanScore(g, s) > 0);
}

export function scoreSpeakers(gold: readonly GoldAttribution[], system: NonNullable<SystemOutput["quotes"]>, text: string): SpeakerScores {
  const pairs = matchOneToOne(gold, system, contentScore);
  let source = 0;
  for (const [gi, si] of pairs) if (sameSource(gold[gi].source, system[si].source)) source++;
  const isDirect = (q: (typeof system)[number]) => q.direct ?? hasDoubleQuote(text.slice(q.start, q.end));
  const gDirect = gold.filter((g) => g.direct);
  const sDirect = system.filter(isDirect);
  return {
    content: { correct: pairs.length, system: system.length, gold: gold.length },
    direct: { correct: matchOneToOne(gDirect, sDirect, contentScore).length, system: sDirect.length, gold: gDirect.length },
    source: { correct: source, system: system.length, gold: gold.length },
  };
}

/** Scores one document in the categories it annotates. */
export function scoreDocument(doc: GoldDocument, out: SystemOutput | undefined): Scores {
  const scores: Scores = {};
  const a = new Set(doc.annotated);
  if (a.has("dates")) scores.dates = scoreDates(doc.gold.dates ?? [], out?.dates ?? []);
  if (a.has("places")) scores.places = scorePlaces(doc.gold.places ?? [], doc.gold.placeAdjectives ?? [], out?.places ?? []);
  if (a.has("quantities")) scores.quantities = scoreQuantities(doc.gold.quantities ?? [], out?.quantities ?? []);
  if (a.has("speakers")) scores.speakers = scoreSpeakers(doc.gold.speakers ?? [], out?.quotes ?? [], doc.text);
  return scores;
}

/** Sums the counts of many documents' scores (micro-average). */
export function sumScores(all: readonly Scores[]): Scores {
  const total: Scores = {};
  for (const s of all) {
    for (const key of Object.keys(s) as Array<keyof Scores>) {
      const cur = (total[key] ?? {}) as Record<string, Counts>;
      for (const [metric, c] of Object.entries(s[key] as unknown as Record<string, Counts>)) cur[metric] = addCounts(cur[metric] ?? ZERO, c);
      (total as Record<string, unknown>)[key] = cur;
    }
  }
  return total;
}
