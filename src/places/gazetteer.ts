/**
 * The gazetteer: GeoNames countries, first-level divisions and towns (generated
 * data/geonames.ts) plus curated regions and aliases (data/regions.ts). Parsed
 * and indexed on first use, so importing factx costs nothing until a document
 * asks for places.
 */
import { GEONAMES } from "./data/geonames.js";
import { COUNTRIES } from "./data/countries.js";
import { REGIONS, ALIASES } from "./data/regions.js";

export type Kind = "country" | "admin1" | "admin2" | "capital" | "seat" | "town" | "region";

export interface Entry {
  readonly geonameId: number | null;
  readonly name: string;
  readonly kind: Kind;
  /** GeoNames-style feature type reported to users: country, region, city, capital, continent, sea… */
  readonly featureType: string;
  readonly countryCode: string | null;
  readonly admin1: string | null;
  readonly lat: number;
  readonly lon: number;
  readonly population: number;
}

export interface Gazetteer {
  /** entries by normalized name (see `nameKey`) */
  readonly byName: ReadonlyMap<string, readonly Entry[]>;
  /** towns of each country, for fuzzy matching within a document's countries */
  readonly townsByCountry: ReadonlyMap<string, readonly Entry[]>;
  readonly countries: ReadonlyMap<string, Entry>;
  /** first-level divisions by "CC.code" */
  readonly admin1: ReadonlyMap<string, Entry>;
  /** names and aliases written in capitals in the data ("UK", "UAE"): not shouting, so not datelines */
  readonly upper: ReadonlySet<string>;
  /** entries reachable under such a key only by the capitals alias (Los Angeles under "la") */
  readonly upperOnly: ReadonlySet<Entry>;
  /** the entry a curated alias says news means by a name ("Washington" → the capital) */
  readonly preferred: ReadonlyMap<string, Entry>;
}

const DIACRITICS = /\p{M}+/gu;
/** Case-, accent- and apostrophe-insensitive key: "Côte d’Ivoire" → "cote d'ivoire". */
const PLAIN = /^[A-Za-z0-9 .,'&()-]*$/;
export function nameKey(s: string): string {
  // most names are plain ASCII: skip the costly Unicode normalization for them (index build time)
  // (hyphens count as spaces: "Dar-es-Salaam" is "Dar es Salaam", "Guinea Bissau" is "Guinea-Bissau")
  if (PLAIN.test(s) && !s.includes("  ")) return (s.includes("-") ? s.replace(/-/g, " ") : s).toLowerCase().trim();
  return s.normalize("NFD").replace(DIACRITICS, "").replace(/[’‘`]/g, "'").replace(/[\s-]+/g, " ").toLowerCase().trim();
}

/** Suffixes that first-level division names carry and news often drops or lowercases ("Kursk region"). */
const ADMIN_SUFFIX = /\s+(oblast|province|region|state|governorate|prefecture|krai|kray|district|county|department|territory|republic|autonomous okrug)$/i;

const COMMON_BARE = /^(free|central|capital|federal|national|northern|southern|eastern|western|north|south|east|west|new|upper|lower|greater|coast|coastal|lakes|mountain|islands?|special|autonomous|metropolitan|western cape)$/i;
const KIND: Record<string, Kind> = { C: "country", A: "admin1", B: "admin2", c: "capital", a: "seat", "2": "seat", p: "town" };
const FEATURE: Record<Kind, string> = {
  country: "country", admin1: "region", admin2: "county", capital: "capital", seat: "city", town: "city", region: "region",
};
/** How British and Irish counties are also called: "County Cavan" → "Cavan", "Royal Borough of Greenwich" → "Greenwich". */
const COUNTY_AFFIX = /^(County|City of|Royal Borough of|Borough of|District of|County of|Sir) |\s+County$/;

let cached: Gazetteer | null = null;

/** Makes `gazetteer()` answer with `g`, one built from the same data (the startup snapshot's compact copy, src/build/). */
export function useGazetteer(g: Gazetteer): void {
  cached = g;
}

export function gazetteer(): Gazetteer {
  if (cached) return cached;
  const byName = new Map<string, Entry[]>();
  const townsByCountry = new Map<string, Entry[]>();
  const countries = new Map<string, Entry>();
  const admin1 = new Map<string, Entry>();
  const upper = new Set<string>();
  const preferred = new Map<string, Entry>();
  const upperOnly = new Set<Entry>();
  const add = (key: string, e: Entry) => {
    // (a lower-case ASCII letter or a space second rules capitals out without the Unicode regex)
    const c1 = key.charCodeAt(1);
    if (!(c1 === 32 || (c1 >= 97 && c1 <= 122)) && /^[\p{Lu}]{2,}$/u.test(key)) {
      upper.add(key);
      upper.add(nameKey(key));
      upperOnly.add(e);
    }
    const k = nameKey(key);
    const list = byName.get(k);
    if (!list) byName.set(k, [e]);
    else if (!list.includes(e)) list.push(e);
  };
  for (const line of GEONAMES.split("\n")) {
    const f = line.split("|");
    const kind = KIND[f[2]];
    const e: Entry = {
      geonameId: f[0] ? Number(f[0]) : null, name: f[1], kind, featureType: FEATURE[kind],
      countryCode: f[3], admin1: f[4] || null, lat: Number(f[5]), lon: Number(f[6]), population: Number(f[7]),
    };
    add(e.name, e);
    if (kind === "country") countries.set(e.countryCode!, e);
    else if (kind === "admin1") {
      admin1.set(`${e.countryCode}.${e.admin1}`, e);
      const bare = e.name.replace(ADMIN_SUFFIX, "");
      // not when the rest is a common word: "Free State" is not "Free", "Central Region" not "Central"
      if (bare !== e.name && !COMMON_BARE.test(bare)) add(bare, e);
    } else if (kind === "admin2") {
      if (e.countryCode !== "US") {
        const bare = e.name.replace(COUNTY_AFFIX, "");
        if (bare !== e.name) add(bare, e);
      }
    } else {
      const list = townsByCountry.get(e.countryCode!);
      if (list) list.push(e); else townsByCountry.set(e.countryCode!, [e]);
    }
  }
  for (const [code, , , aliases] of COUNTRIES) {
    const e = countries.get(code);
    if (e) for (const a of aliases) add(a, e);
  }
  for (const [name, aliases, featureType, cc, lat, lon, id] of REGIONS) {
    const e: Entry = { geonameId: id, name, kind: "region", featureType, countryCode: cc, admin1: null, lat, lon, population: 0 };
    if (name === "Antarctica" && countries.has("AQ")) continue; // the country row covers it
    add(name, e);
    for (const a of aliases) add(a, e);
  }
  for (const [alias, name, cc] of ALIASES) {
    // the entry called exactly so wins over a division found by its bare name ("Kyiv", not Kyiv Oblast)
    const exact = (e: Entry) => (nameKey(e.name) === nameKey(name) ? 100 : 0);
    const target = byName.get(nameKey(name))?.filter((e) => e.countryCode === cc)
      .sort((a, b) => exact(b) + rank(b) - exact(a) - rank(a))[0];
    if (target) {
      add(alias, target);
      preferred.set(nameKey(alias), target);
    }
  }
  cached = { byName, townsByCountry, countries, admin1, upper, upperOnly, preferred };
  return cached;
}

/** A prior for choosing among same-named entries before context is considered. */
export function rank(e: Entry): number {
  // curated regions are the sense news means ("the West Coast"), so they rank above divisions of other countries
  const base = { country: 9, region: 10, admin1: 6.5, admin2: 4.5, capital: 6, seat: 0.4, town: 0 }[e.kind];
  return base + Math.log10(e.population + 10);
}
