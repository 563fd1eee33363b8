/** Unit normalization for scoring quantities, as the corpora README lists it. */

const SYNONYMS: Record<string, string[]> = {
  percent: ["%", "percentage", "pct", "per cent"],
  dollar: ["$", "usd", "us$", "us dollar", "u.s. dollar", "united states dollar"],
  pound: ["£", "gbp", "pound sterling", "british pound", "pound-mass", "lb", "lbs"],
  euro: ["€", "eur"],
  yen: ["¥", "jpy", "japanese yen"],
  yuan: ["cny", "rmb", "renminbi", "chinese yuan"],
  "year of age": ["year-old", "year old", "years old"],
  metre: ["m", "meter"],
  kilometre: ["km", "kilometer"],
  centimetre: ["cm", "centimeter"],
  millimetre: ["mm", "millimeter"],
  mile: ["mi"],
  foot: ["ft", "feet"],
  inch: ["in", "inches"],
  kilogram: ["kg", "kilo"],
  gram: ["g"],
  litre: ["l", "liter"],
  millilitre: ["ml", "milliliter"],
  "mile per hour": ["mph", "miles per hour"],
  "kilometre per hour": ["km/h", "kph", "kilometer per hour"],
  celsius: ["°c", "c", "degree celsius", "degrees celsius"],
  fahrenheit: ["°f", "f", "degree fahrenheit", "degrees fahrenheit"],
  horsepower: ["hp"],
  gigabyte: ["gb"],
  megabyte: ["mb"],
  terabyte: ["tb"],
  kilowatt: ["kw"],
  megawatt: ["mw"],
  hertz: ["hz"],
  "square metre": ["sq m", "square meter", "m2"],
  "square foot": ["sq ft", "square feet"],
  "square kilometre": ["sq km", "km2", "square kilometer"],
};

const LOOKUP = new Map<string, string>();
for (const [canonical, forms] of Object.entries(SYNONYMS)) {
  LOOKUP.set(canonical, canonical);
  for (const f of forms) LOOKUP.set(f, canonical);
}

/** English singular of one word, for unit comparison ("troops" → "troop", "batteries" → "battery"). */
export function singularWord(w: string): string {
  if (w.length <= 3) return w;
  if (/ies$/.test(w)) return w.slice(0, -3) + "y";
  if (/(ches|shes|sses|xes|zes)$/.test(w)) return w.slice(0, -2);
  if (/(ss|us|is)$/.test(w)) return w;
  if (/s$/.test(w)) return w.slice(0, -1);
  return w;
}

function singularLast(unit: string): string {
  const words = unit.split(" ");
  words[words.length - 1] = singularWord(words[words.length - 1]);
  return words.join(" ");
}

/** Lower-cased, synonyms mapped, last word singular; null/empty → "-". */
export function normalizeUnit(unit: string | null | undefined): string {
  if (unit === null || unit === undefined) return "-";
  const u = unit.trim().toLowerCase().replace(/\s+/g, " ");
  if (u === "" || u === "-") return "-";
  const direct = LOOKUP.get(u);
  if (direct) return direct;
  const single = singularLast(u);
  return LOOKUP.get(single) ?? single;
}
