/**
 * Gives each recognized place mention one gazetteer entry, using the document
 * as context: the countries and regions its other places belong to, "City,
 * State" qualifiers, the feature type a suffix asks for ("Kursk region") and
 * population. Names the gazetteer lacks get a fuzzy, transliteration-aware
 * match among the towns of the document's countries, or stay unresolved.
 */
import { gazetteer, nameKey, rank, type Entry } from "./gazetteer.js";

export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** gazetteer entries named like the mention (empty when the gazetteer lacks the name) */
  entries: readonly Entry[];
  /** the mention carried a division word ("region", "province"): prefer first-level divisions */
  readonly admin: boolean;
  /** try a fuzzy match when the name is unknown */
  readonly fuzzy: boolean;
  /** index of a following candidate that qualifies this one ("Paris, Texas") */
  qualifier: number | null;
  chosen?: Entry | null;
  match?: "exact" | "alias" | "fuzzy" | null;
  /** for an unresolved mention, the resolved place that contains it (approximate position) */
  near?: Entry | null;
}

const LOCAL_KINDS = new Set(["town", "seat", "capital", "admin2"]);
const CONTAINER_GAP = /^\s*(,|,?\s*(?:(?:a|an|the)\s+[\w\s-]{0,30}?\s+)?(?:in|at|near|outside|of))\s*$/;

/**
 * Places the gazetteer lacks are mostly local: streets, buildings, villages of the town the story is
 * about. Each gets the point of the resolved place that follows it ("Barclays Center in Brooklyn",
 * "New Quay, Ceredigion") or, failing that, of the document's most mentioned town, as an approximation.
 */
export function locate(cands: Candidate[], text: string): void {
  const sorted = [...cands].sort((a, b) => a.start - b.start);
  // the focus: the most mentioned town of the most mentioned division, the larger on a tie
  const counts = new Map<Entry, number>();
  const divisions = new Map<string, number>();
  for (const c of cands) {
    const e = c.chosen;
    if (!e || !e.countryCode) continue;
    if (LOCAL_KINDS.has(e.kind)) counts.set(e, (counts.get(e) ?? 0) + 1);
    if (e.kind !== "country" && e.admin1) divisions.set(`${e.countryCode}.${e.admin1}`, (divisions.get(`${e.countryCode}.${e.admin1}`) ?? 0) + 1);
  }
  let focus: Entry | null = null;
  const score = (e: Entry) => (counts.get(e) ?? 0) + (divisions.get(`${e.countryCode}.${e.admin1}`) ?? 0) + Math.log10(e.population + 10) / 10;
  for (const e of counts.keys()) if (!focus || score(e) > score(focus)) focus = e;
  sorted.forEach((c, k) => {
    if (c.chosen) return;
    const next = sorted[k + 1];
    // "Barclays Center in Brooklyn", "Kasba Bonli, a market town in Rajasthan state"
    if (next?.chosen && next.chosen.kind !== "country" && CONTAINER_GAP.test(text.slice(c.end, next.start))) {
      c.near = next.chosen;
      return;
    }
    c.near = focus;
  });
}

const inside = (e: Entry, q: Entry) =>
  q.kind === "country" ? e.countryCode === q.countryCode
  : q.kind === "admin1" ? e.countryCode === q.countryCode && e.admin1 === q.admin1 && e !== q
  : false;

export function resolve(cands: Candidate[]): void {
  // 1. qualifiers first: "Paris, Texas" keeps only the Parises inside a Texas, and the Texas that holds one
  for (const c of cands) {
    if (c.qualifier === null) continue;
    const q = cands[c.qualifier];
    const pairs: [Entry, Entry][] = [];
    for (const e of c.entries) for (const qe of q.entries) if (inside(e, qe)) pairs.push([e, qe]);
    if (pairs.length === 0) { c.qualifier = null; continue; }
    pairs.sort((a, b) => prior(c, b[0]) + rank(b[1]) - prior(c, a[0]) - rank(a[1]));
    c.chosen = pairs[0][0];
    q.chosen = pairs[0][1];
  }
  // 2. a first choice by type and population, to learn the document's countries and regions
  const countryWeight = new Map<string, number>();
  const admin1Weight = new Map<string, number>();
  for (const c of cands) {
    const e = c.chosen ?? pick(c, null, null);
    if (!e?.countryCode) continue;
    const unambiguous = c.chosen !== undefined || new Set(c.entries.map((x) => x.countryCode)).size === 1;
    const w = unambiguous ? 1 : 0.3;
    countryWeight.set(e.countryCode, (countryWeight.get(e.countryCode) ?? 0) + w);
    if (e.admin1) admin1Weight.set(`${e.countryCode}.${e.admin1}`, (admin1Weight.get(`${e.countryCode}.${e.admin1}`) ?? 0) + w);
  }
  // anchors: places the document names without ambiguity, near which its other places tend to be
  const anchors: Entry[] = [];
  for (const c of cands) {
    const local = c.entries.filter((e) => LOCAL_KINDS.has(e.kind));
    if (c.chosen && LOCAL_KINDS.has(c.chosen.kind)) anchors.push(c.chosen);
    else if (local.length === 1 && c.entries.length === 1) anchors.push(local[0]);
  }
  // 3. the choice in context; one sense per name per document, qualified mentions first
  const byName = new Map<string, Entry | null>();
  for (const c of cands) if (c.qualifier !== null && c.chosen) byName.set(nameKey(c.text), c.chosen);
  for (const c of cands) {
    if (c.chosen !== undefined) continue;
    const key = nameKey(c.text) + (c.admin ? "#admin" : "");
    if (byName.has(key)) { c.chosen = byName.get(key)!; continue; }
    c.chosen = pick(c, countryWeight, admin1Weight, anchors);
    byName.set(key, c.chosen);
  }
  // 4. unknown names: fuzzy match among the towns and divisions of the document's countries
  const ctxCountries = [...countryWeight].filter(([, w]) => w >= 1).sort((a, b) => b[1] - a[1]).slice(0, 3).map(([cc]) => cc);
  for (const c of cands) {
    if (c.chosen || !c.fuzzy) continue;
    c.chosen = fuzzyFind(c.text, ctxCountries, cands);
    if (c.chosen) c.match = "fuzzy";
  }
  for (const c of cands) {
    if (c.match === undefined) c.match = c.chosen ? (nameKey(c.chosen.name) === nameKey(c.text) ? "exact" : "alias") : null;
  }
}

/** How likely an entry is meant by a mention before the rest of the document is considered. */
function prior(c: Candidate, e: Entry): number {
  const exactKey = nameKey(c.text);
  let s = rank(e);
  if (gazetteer().preferred.get(exactKey) === e) s += 4;
  if (c.admin) s += e.kind === "admin1" || e.kind === "admin2" ? 10 : -5;
  // a division found only by its bare name ("Kursk" for Kursk Oblast) yields to the town of that name
  else if (e.kind === "admin1" && nameKey(e.name) !== exactKey) s -= 4;
  // a division named like its own big town (Moscow, Seoul, New York, Kursk): news means the town
  // (only a town inside the division and large beside it: Wyoming the state is not Wyoming, Michigan;
  // inside: the same admin1 code, or near its centre when GeoNames' codes changed, as Kenya's did)
  if (!c.admin && e.kind === "admin1" && c.entries.some((t) => LOCAL_KINDS.has(t.kind) && t.kind !== "admin2"
    && t.countryCode === e.countryCode && (t.admin1 === e.admin1 || distanceKm(t.lat, t.lon, e.lat, e.lon) < 100)
    && t.population >= Math.max(50_000, e.population / 4))) s -= 8;
  return s;
}

function pick(c: Candidate, countries: Map<string, number> | null, admin1s: Map<string, number> | null, anchors: readonly Entry[] = []): Entry | null {
  let best: Entry | null = null;
  let bestScore = -Infinity;
  for (const e of c.entries) {
    let s = prior(c, e);
    // a namesake near the document's other places wins over a distant one (Charleston in a Virginia story)
    if (LOCAL_KINDS.has(e.kind) && anchors.length) {
      let d = Infinity;
      for (const a of anchors) if (a !== e) d = Math.min(d, distanceKm(a.lat, a.lon, e.lat, e.lon));
      s += 2.5 * Math.max(0, 1 - d / 1000);
    }
    if (countries && e.countryCode) {
      const w = countries.get(e.countryCode) ?? 0;
      s += Math.min(3, w * 1.5);
      if (e.admin1 && admin1s) s += Math.min(2, (admin1s.get(`${e.countryCode}.${e.admin1}`) ?? 0) * 1.5);
      // a division named like a foreign country ("Georgia", "Jordan" county towns aside): a story whose
      // places lie in the division's country means the division, unless the country has places of its own there
      if (e.kind === "admin1") {
        for (const x of c.entries) {
          if (x.kind !== "country" || x.countryCode === e.countryCode || !x.countryCode) continue;
          s += Math.max(0, Math.min(6, 1.5 * (w - (countries.get(x.countryCode) ?? 0) - 1)));
        }
      }
    }
    if (s > bestScore) { bestScore = s; best = e; }
  }
  return best;
}

/** Folds spelling variants of transliterated names together ("Vlagoveshensk" ~ "Blagoveshchensk"). */
export function translitKey(s: string): string {
  return nameKey(s).replace(/[^a-z]/g, "")
    .replace(/shch|sch/g, "sh").replace(/tch/g, "ch").replace(/kh/g, "h").replace(/ts|tz/g, "c").replace(/ph/g, "f")
    .replace(/w/g, "v").replace(/y/g, "i").replace(/j/g, "i").replace(/(.)\1+/g, "$1");
}

/** Edit distance with transpositions, giving up once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length];
}

function fuzzyFind(text: string, countries: string[], cands: Candidate[]): Entry | null {
  const key = translitKey(text);
  if (key.length < 6 || countries.length === 0) return null;
  const max = key.length >= 12 ? 2 : 1;
  // the document's resolved towns, to prefer a namesake near them
  const near = cands.map((c) => c.chosen).filter((e): e is Entry => !!e && (e.kind === "town" || e.kind === "seat" || e.kind === "capital"));
  let best: Entry | null = null;
  let bestScore = Infinity;
  for (const cc of countries) {
    // the pool's entries within `max` letters of the key's length, in the pool's order
    const { pool, byLength } = fuzzyPool(cc);
    const within: number[] = [];
    for (let n = key.length - max; n <= key.length + max; n++) for (const x of byLength.get(n) ?? []) within.push(x);
    within.sort((a, b) => a - b);
    for (const x of within) {
      const { e, k } = pool[x];
      if (k[1] !== key[1] && k[0] !== key[0]) continue; // cheap filter: a spelling variant keeps one of its first letters
      const d = editDistance(key, k, max);
      if (d > max) continue;
      const km = near.length ? Math.min(...near.map((n) => distanceKm(n.lat, n.lon, e.lat, e.lon))) : 0;
      const score = d * 10 + km / 500 - Math.log10(e.population + 10);
      if (score < bestScore) { bestScore = score; best = e; }
    }
  }
  return best;
}

interface Pool {
  readonly pool: { e: Entry; k: string }[];
  /** indices into pool by the key's length */
  readonly byLength: Map<number, number[]>;
}
const pools = new Map<string, Pool>();
/** Towns and divisions of a country with their transliteration keys, computed once per country.
 * A guess is only worth making for a town people write about (≥ 10,000 inhabitants) or a division,
 * so the pool holds only those (in the gazetteer's order). */
function fuzzyPool(cc: string): Pool {
  let pool = pools.get(cc);
  if (!pool) {
    const g = gazetteer();
    const entries: Entry[] = [...(g.townsByCountry.get(cc) ?? [])];
    for (const [code, e] of g.admin1) if (code.startsWith(`${cc}.`)) entries.push(e);
    const list = entries.filter((e) => e.population >= 10_000 || e.kind === "admin1").map((e) => ({ e, k: translitKey(e.name) }));
    const byLength = new Map<number, number[]>();
    list.forEach(({ k }, x) => {
      const b = byLength.get(k.length);
      if (b) b.push(x); else byLength.set(k.length, [x]);
    });
    pool = { pool: list, byLength };
    pools.set(cc, pool);
  }
  return pool;
}

export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(a));
}
