/**
 * Compares extracted facts with expected ones, order-insensitively: the heart of
 * `factx check`. Facts are keyed by category and span; a fact in both with other
 * field values is "changed". Pure: facts in, differences out.
 */
import type { Category, DocumentFacts } from "./facts.js";

export type Expected = Pick<DocumentFacts, "dates" | "quantities" | "places" | "quotes"> & { date?: string | null };

export interface FactDiff {
  kind: "missing" | "unexpected" | "changed";
  category: Category;
  start: number;
  end: number;
  text: string;
  expected?: Record<string, unknown>;
  actual?: Record<string, unknown>;
  /** the fields that differ, for "changed" */
  fields?: string[];
}

type Flat = Record<string, unknown> & { start: number; end: number; text: string };

/** One comparable record per fact; places contribute one per mention. */
function flatten(facts: Partial<Expected>, category: Category): Flat[] {
  switch (category) {
    case "dates":
      return (facts.dates ?? []).map((d) => ({ ...d }));
    case "quantities":
      return (facts.quantities ?? []).map((q) => ({ ...q }));
    case "places":
      return (facts.places ?? []).flatMap(({ mentions, ...place }) => mentions.map((m) => ({ ...place, start: m.start, end: m.end, text: m.text })));
    case "speakers":
      return (facts.quotes ?? []).map(({ speakerIndex: _index, ...q }) => ({ ...q }));
  }
}

const canon = (v: unknown): string => JSON.stringify(v, (_k, x) => (x && typeof x === "object" && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort()) : x));

export interface CompareOptions {
  only?: readonly Category[];
  /** fields not compared (e.g. lat, lon, rule) */
  ignore?: readonly string[];
}

export function compareFacts(expected: Partial<Expected>, actual: Partial<Expected>, options: CompareOptions = {}): FactDiff[] {
  const ignore = new Set(options.ignore ?? []);
  const diffs: FactDiff[] = [];
  const categories: Category[] = [...(options.only ?? ["dates", "quantities", "places", "speakers"])];
  for (const category of categories) {
    const key = (f: Flat) => `${f.start}:${f.end}`;
    const exp = new Map(flatten(expected, category).map((f) => [key(f), f]));
    const act = new Map(flatten(actual, category).map((f) => [key(f), f]));
    for (const [k, e] of exp) {
      const a = act.get(k);
      if (!a) {
        diffs.push({ kind: "missing", category, start: e.start, end: e.end, text: e.text, expected: e });
        continue;
      }
      const fields = [...new Set([...Object.keys(e), ...Object.keys(a)])].filter((f) => !ignore.has(f) && canon(e[f]) !== canon(a[f]));
      if (fields.length) diffs.push({ kind: "changed", category, start: e.start, end: e.end, text: e.text, expected: e, actual: a, fields });
    }
    for (const [k, a] of act) if (!exp.has(k)) diffs.push({ kind: "unexpected", category, start: a.start, end: a.end, text: a.text, actual: a });
  }
  return diffs.sort((x, y) => x.start - y.start || x.category.localeCompare(y.category));
}

/** What an expected-facts file holds: the facts factx compares, without run-specific fields. */
export function expectedOf(facts: DocumentFacts, only?: readonly Category[]): Expected {
  const want = new Set(only ?? ["dates", "quantities", "places", "speakers"]);
  return {
    date: facts.date,
    dates: want.has("dates") ? facts.dates : [],
    quantities: want.has("quantities") ? facts.quantities : [],
    places: want.has("places") ? facts.places : [],
    quotes: want.has("speakers") ? facts.quotes : [],
  };
}
