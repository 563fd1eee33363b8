/** English singulars and long unit names, for the units factx reports. */
import { table } from "../table.js";

const IRREGULAR: Readonly<Record<string, string>> = table({
  people: "people", men: "man", women: "woman", children: "child", feet: "foot", teeth: "tooth", mice: "mouse",
  geese: "goose", data: "data", media: "media", criteria: "criterion", phenomena: "phenomenon", lives: "life",
  wives: "wife", knives: "knife", halves: "half", leaves: "leaf", shelves: "shelf", thieves: "thief", wolves: "wolf",
  calves: "calf", series: "series", species: "species", news: "news", police: "police", staff: "staff", sheep: "sheep",
  fish: "fish", deer: "deer", aircraft: "aircraft", cattle: "cattle", personnel: "personnel", headquarters: "headquarters",
  indices: "index", analyses: "analysis", crises: "crisis", theses: "thesis", bases: "base", cookies: "cookie",
  movies: "movie", zombies: "zombie", employees: "employee", degrees: "degree", trainees: "trainee",
});

/** Nouns in -us whose plural adds -es ("viruses", "bonuses"); "houses" and "causes" only add -s. */
const LATIN_US = /(virus|bus|status|bonus|campus|census|surplus|stimulus|prospectus|apparatus|consensus|corpus|genus|sinus|focus|nexus|octopus|walrus|chorus|circus|cactus|fetus|hiatus|syllabus|caucus|citrus|lotus|radius|terminus|thesaurus|uterus|exodus|impetus|onus|rebus|sinus)es$/;

/** The singular of one English word, keeping its case ("Soldiers" → "Soldier"). */
export function singularWord(word: string): string {
  const w = word.toLowerCase();
  const irregular = IRREGULAR[w];
  if (irregular !== undefined) return word.slice(0, 1) + irregular.slice(1);
  // acronyms: "MPs", "CEOs", "SUVs"
  if (/^\p{Lu}{2,}s$/u.test(word)) return word.slice(0, -1);
  if (w.length <= 3 || !/s$/.test(w)) {
    if (/men$/.test(w) && w.length > 4) return word.slice(0, -2) + "an";
    return word;
  }
  if (/(ss|us|is|ous)$/.test(w)) return word;
  if (/iases$/.test(w) || LATIN_US.test(w)) return word.slice(0, -2);
  if (/[^aeiou]ies$/.test(w)) return word.slice(0, -3) + "y";
  if (/(ches|shes|sses|xes|zes)$/.test(w)) return word.slice(0, -2);
  if (/oes$/.test(w) && !/(shoes|toes|canoes)$/.test(w)) return word.slice(0, -2);
  return word.slice(0, -1);
}

/** The singular of a noun phrase: its last word made singular ("shipping containers" → "shipping container"). */
export function singularPhrase(phrase: string): string {
  const m = /^(.*?)([\p{L}]+)$/u.exec(phrase);
  if (!m) return phrase;
  return m[1] + singularWord(m[2]);
}

/** Symbols spelled out, for compound units ("USD per sq m" → "dollar per square metre"). */
const LONG: Readonly<Record<string, string>> = table({
  mm: "millimetre", cm: "centimetre", m: "metre", km: "kilometre", ft: "foot", in: "inch", "sq m": "square metre",
  "sq ft": "square foot", "sq km": "square kilometre", l: "litre", ml: "millilitre", kg: "kilogram", g: "gram",
  lb: "pound", mph: "mile per hour", "km/h": "kilometre per hour", "°C": "celsius", "°F": "fahrenheit", W: "watt",
  kW: "kilowatt", MW: "megawatt", hp: "horsepower", GB: "gigabyte", MB: "megabyte", TB: "terabyte", Hz: "hertz",
  "%": "percent",
});

export function longName(unit: string): string {
  return LONG[unit] ?? unit;
}
