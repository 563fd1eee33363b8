/**
 * Units and currencies, as data. Each unit has the name factx reports (`unit`), its
 * kind, the written forms matched case-insensitively (`forms`, plurals added for
 * words) and the abbreviations matched only in their exact case (`exact`: "M" is not "m").
 * Reported names: the usual symbol where one is standard in news (km, mm, kg, mph, °C, %),
 * else the singular English name (tonne, barrel, yard, kilowatt hour).
 */
import type { QuantityKind } from "../facts.js";
import { table } from "../table.js";

export interface UnitInfo {
  readonly unit: string;
  readonly kind: QuantityKind;
  /** ISO 4217 code of a currency (or of the currency a sub-unit belongs to) */
  readonly currency?: string;
  /** a time unit: "a month", "per year" can follow a money amount as its rate */
  readonly per?: boolean;
}

type Row = readonly [unit: string, kind: QuantityKind, forms: readonly string[], exact?: readonly string[], per?: boolean];

const MEASURES: readonly Row[] = [
  // length
  ["mm", "measure", ["millimetre", "millimeter", "millimetres", "millimeters"], ["mm"]],
  ["cm", "measure", ["centimetre", "centimeter", "centimetres", "centimeters"], ["cm"]],
  ["m", "measure", ["metre", "meter", "metres", "meters"], ["m"]],
  ["km", "measure", ["kilometre", "kilometer", "kilometres", "kilometers", "kms"], ["km", "Km", "KM"]],
  ["micrometre", "measure", ["micrometre", "micrometer", "micron", "microns"], ["μm", "µm"]],
  ["nanometre", "measure", ["nanometre", "nanometer", "nanometres", "nanometers"], ["nm"]],
  ["mile", "measure", ["mile", "miles"], ["mi"]],
  ["yard", "measure", ["yard", "yards", "yds"], ["yd"]],
  ["ft", "measure", ["foot", "feet", "ft"], []],
  ["in", "measure", ["inch", "inches"], ["″", "in"]],
  ["nautical mile", "measure", ["nautical mile", "nautical miles"], ["nm"]],
  ["light year", "measure", ["light year", "light years", "light-year", "light-years"], []],
  // area
  ["sq m", "measure", ["square metre", "square meter", "square metres", "square meters", "sq m", "sqm", "sq. m", "m2", "m²"], []],
  ["sq ft", "measure", ["square foot", "square feet", "sq ft", "sq. ft", "sqft", "ft2", "ft²"], []],
  ["sq km", "measure", ["square kilometre", "square kilometer", "square kilometres", "square kilometers", "sq km", "km2", "km²"], []],
  ["square mile", "measure", ["square mile", "square miles", "sq mi", "sq miles"], []],
  ["square centimetre", "measure", ["square centimetre", "square centimeter", "cm2", "cm²"], []],
  ["acre", "measure", ["acre", "acres"], []],
  ["hectare", "measure", ["hectare", "hectares"], ["ha"]],
  // volume
  ["l", "measure", ["litre", "liter", "litres", "liters", "ltr"], ["l", "L"]],
  ["ml", "measure", ["millilitre", "milliliter", "millilitres", "milliliters"], ["ml", "mL"]],
  ["cubic foot", "measure", ["cubic foot", "cubic feet", "cu ft"], []],
  ["cubic metre", "measure", ["cubic metre", "cubic meter", "cubic metres", "cubic meters", "m3", "m³"], []],
  ["gallon", "measure", ["gallon", "gallons", "gal"], []],
  ["barrel", "measure", ["barrel", "barrels", "bbl", "bbls"], [], true],
  ["pint", "measure", ["pint", "pints"], []],
  ["quart", "measure", ["quart", "quarts"], []],
  ["fluid ounce", "measure", ["fluid ounce", "fluid ounces", "fl oz"], []],
  // mass
  ["kg", "measure", ["kilogram", "kilograms", "kilogramme", "kilogrammes", "kilo", "kilos", "kgs"], ["kg", "Kg", "KG"]],
  ["g", "measure", ["gram", "grams", "gramme", "grammes"], ["g", "gr"]],
  ["milligram", "measure", ["milligram", "milligrams"], ["mg"]],
  ["microgram", "measure", ["microgram", "micrograms"], ["μg", "µg", "mcg"]],
  ["tonne", "measure", ["tonne", "tonnes", "metric ton", "metric tons", "metric tonne", "metric tonnes"], ["t"]],
  ["ton", "measure", ["ton", "tons"], []],
  ["lb", "measure", ["lb", "lbs", "pound-mass"], []],
  ["ounce", "measure", ["ounce", "ounces"], ["oz"], true],
  ["stone", "measure", ["stone"], ["st"]],
  ["carat", "measure", ["carat", "carats"], []],
  // time
  ["second", "measure", ["second", "seconds", "secs", "sec"], []],
  ["millisecond", "measure", ["millisecond", "milliseconds"], ["ms"]],
  ["minute", "measure", ["minute", "minutes", "mins", "min"], [], true],
  ["hour", "measure", ["hour", "hours", "hrs", "hr"], ["h"], true],
  ["day", "measure", ["day", "days"], [], true],
  ["week", "measure", ["week", "weeks", "wks"], [], true],
  ["month", "measure", ["month", "months"], [], true],
  ["year", "measure", ["year", "years", "yrs"], [], true],
  ["decade", "measure", ["decade", "decades"], [], true],
  ["century", "measure", ["century", "centuries"], [], true],
  ["times", "count", ["times"], []],
  // age
  ["year of age", "measure", ["year-old", "years-old", "year old", "years old", "yr-old", "year-olds"], []],
  ["month of age", "measure", ["month-old", "months-old", "month old", "months old"], []],
  ["week of age", "measure", ["week-old", "weeks-old", "week old", "weeks old"], []],
  ["day of age", "measure", ["day-old", "days-old", "day old", "days old"], []],
  // speed and consumption
  ["mph", "measure", ["mph", "miles per hour", "mile per hour", "miles an hour", "mile an hour", "miles-per-hour"], ["MPH"]],
  ["km/h", "measure", ["km/h", "kph", "km/hr", "kmph", "kilometres per hour", "kilometers per hour", "kilometres an hour", "kilometers an hour"], []],
  ["metre per second", "measure", ["metres per second", "meters per second", "m/s"], []],
  ["knot", "measure", ["knot", "knots"], ["kt", "kts"]],
  ["mile per gallon", "measure", ["mpg", "miles per gallon", "mile per gallon"], []],
  ["mach", "measure", ["mach"], []],
  // temperature
  ["°C", "measure", ["°c", "º c", "°c.", "degrees celsius", "degree celsius", "degrees centigrade", "celsius", "centigrade", "deg c"], ["C"]],
  ["°F", "measure", ["°f", "degrees fahrenheit", "degree fahrenheit", "fahrenheit", "deg f"], ["F"]],
  ["degree", "measure", ["degree", "degrees", "°", "º"], []],
  ["kelvin", "measure", ["kelvin", "kelvins"], ["K"]],
  // energy, power, electricity
  ["W", "measure", ["watt", "watts"], ["W"]],
  ["kW", "measure", ["kilowatt", "kilowatts", "kw"], ["kW", "KW"]],
  ["MW", "measure", ["megawatt", "megawatts"], ["MW", "Mw"]],
  ["gigawatt", "measure", ["gigawatt", "gigawatts"], ["GW"]],
  ["kilowatt hour", "measure", ["kilowatt hour", "kilowatt hours", "kilowatt-hour", "kilowatt-hours", "kwh"], []],
  ["megawatt hour", "measure", ["megawatt hour", "megawatt hours", "megawatt-hour", "megawatt-hours", "mwh"], []],
  ["gigawatt hour", "measure", ["gigawatt hour", "gigawatt hours", "gigawatt-hour", "gigawatt-hours", "gwh"], []],
  ["terawatt hour", "measure", ["terawatt hour", "terawatt hours", "terawatt-hour", "terawatt-hours", "twh"], []],
  ["watt hour", "measure", ["watt hour", "watt hours", "watt-hour", "watt-hours"], ["Wh"]],
  ["milliampere-hour", "measure", ["mah", "milliamp hours", "milliampere hours"], []],
  ["hp", "measure", ["horsepower", "hp"], ["PS"]],
  ["brake horsepower", "measure", ["bhp", "brake horsepower"], []],
  ["newton metre", "measure", ["newton metre", "newton metres", "newton meters"], ["Nm"]],
  ["foot pound-force", "measure", ["lb-ft", "pound-feet", "lb ft", "foot-pounds", "pound-foot"], []],
  ["volt", "measure", ["volt", "volts"], ["V", "kV"]],
  ["ampere", "measure", ["amp", "amps", "ampere", "amperes"], ["A"]],
  ["farad", "measure", ["farad", "farads"], []],
  ["joule", "measure", ["joule", "joules"], ["J", "kJ", "MJ"]],
  ["calorie", "measure", ["calorie", "calories", "kcal"], []],
  ["british thermal unit", "measure", ["btu", "btus", "mmbtu"], []],
  // data and frequency
  ["GB", "measure", ["gigabyte", "gigabytes", "gb"], []],
  ["MB", "measure", ["megabyte", "megabytes", "mb"], []],
  ["TB", "measure", ["terabyte", "terabytes", "tb"], []],
  ["kilobyte", "measure", ["kilobyte", "kilobytes", "kb"], []],
  ["Hz", "measure", ["hertz", "hz"], []],
  ["kilohertz", "measure", ["kilohertz", "khz"], []],
  ["megahertz", "measure", ["megahertz", "mhz"], []],
  ["gigahertz", "measure", ["gigahertz", "ghz"], []],
  ["megabit per second", "measure", ["mbps", "mb/s", "megabits per second"], []],
  ["gigabit per second", "measure", ["gbps", "gb/s", "gigabits per second"], []],
  ["megapixel", "measure", ["megapixel", "megapixels"], ["MP"]],
  // pressure, sound, concentration, rotation
  ["pascal", "measure", ["pascal", "pascals"], ["Pa"]],
  ["kilopascal", "measure", ["kilopascal", "kilopascals"], ["kPa", "KPa"]],
  ["megapascal", "measure", ["megapascal", "megapascals"], ["MPa"]],
  ["gigapascal", "measure", ["gigapascal", "gigapascals"], ["GPa"]],
  ["hectopascal", "measure", ["hectopascal", "hectopascals"], ["hPa"]],
  ["millibar", "measure", ["millibar", "millibars", "mb"], []],
  ["psi", "measure", ["psi"], []],
  ["decibel", "measure", ["decibel", "decibels", "db"], ["dB"]],
  ["parts-per-million", "measure", ["ppm", "parts per million"], []],
  ["parts-per-billion", "measure", ["ppb", "parts per billion"], []],
  ["revolutions per minute", "measure", ["rpm", "revolutions per minute"], []],
  ["magnitude", "measure", ["magnitude"], []],
  // percent and points
  ["%", "percent", ["%", "percent", "per cent", "pct", "per-cent", "percent-owned", "per cent-owned"], ["pc"]],
  ["percentage point", "percent", ["percentage point", "percentage points", "percentage-point", "pp", "ppt", "ppts"], []],
  ["basis point", "percent", ["basis point", "basis points", "basis-point", "bps", "bp"], []],
];

/** Currencies: ISO 4217 code → the name factx reports (the scorer's vocabulary: "dollar" is the US dollar). */
export const CURRENCY_NAMES: Readonly<Record<string, string>> = table({
  USD: "dollar", AUD: "Australian dollar", CAD: "Canadian dollar", HKD: "Hong Kong dollar", NZD: "New Zealand dollar",
  SGD: "Singapore dollar", TWD: "Taiwan dollar", GBP: "pound sterling", EUR: "euro", JPY: "yen", CNY: "yuan",
  INR: "Indian rupee", PKR: "Pakistani rupee", MYR: "Malaysian ringgit", ILS: "shekel", DKK: "Danish krone",
  NOK: "Norwegian krone", SEK: "Swedish krona", CHF: "Swiss franc", RUB: "rouble", KRW: "won", BRL: "Brazilian real",
  ZAR: "rand", TRY: "Turkish lira", MXN: "Mexican peso", PHP: "Philippine peso", HRK: "Croatian kuna", PLN: "zloty",
  THB: "baht", NGN: "naira", AED: "dirham", SAR: "riyal", EGP: "Egyptian pound", IDR: "rupiah", VND: "dong",
  KES: "Kenyan shilling", UAH: "hryvnia", BTC: "bitcoin",
});

/** Signs and codes written before the amount ("$", "US$", "£", "HK$", "RM", "USD"). `$` is resolved by context. */
export const CURRENCY_PREFIXES: Readonly<Record<string, string>> = table({
  $: "$", "US$": "USD", "US $": "USD", "U.S.$": "USD", "U.S. $": "USD", $US: "USD", "USD": "USD", "USD$": "USD",
  "A$": "AUD", $A: "AUD", "AU$": "AUD", "AUD": "AUD", "AUD$": "AUD", "C$": "CAD", "CA$": "CAD", "CAD": "CAD", "CAD$": "CAD",
  "HK$": "HKD", "HK $": "HKD", "HKD": "HKD", "NZ$": "NZD", "NZD": "NZD", "S$": "SGD", "SGD": "SGD", "NT$": "TWD",
  "R$": "BRL", "£": "GBP", "GBP": "GBP", "€": "EUR", "EUR": "EUR", "¥": "JPY", "Y=": "JPY", "JPY": "JPY",
  "CNY": "CNY", "RMB": "CNY", "₹": "INR", "Rs": "INR", "Rs.": "INR", "INR": "INR", "RM": "MYR", "₩": "KRW", "₽": "RUB",
  "₪": "ILS", "NIS": "ILS", "₺": "TRY", "CHF": "CHF", "SFr": "CHF", "₦": "NGN", "₱": "PHP", "Rp": "IDR", "₫": "VND",
  "₴": "UAH", "zł": "PLN", "kr": "SEK", "R": "ZAR", "ZAR": "ZAR", "Ksh": "KES", "KSh": "KES",
  // ASCII transliterations of £ and ¥ in feeds that were passed through unidecode ("PS2.7m", "Y=28,030")
  PS: "GBP",
});
/** Prefixes that stand glued to the digits only (a spaced "R 5" or "PS 2" is something else). */
export const GLUED_ONLY_PREFIXES: ReadonlySet<string> = new Set(["R", "PS", "kr", "RM", "zł"]);

/** Currency words after the amount, with the adjective that names whose ("Australian dollars"). */
const CURRENCY_WORDS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ["USD", ["dollar", "dollars", "us dollars", "us dollar", "u.s. dollars", "u.s. dollar", "american dollars", "bucks"]],
  ["AUD", ["australian dollars", "australian dollar"]],
  ["CAD", ["canadian dollars", "canadian dollar"]],
  ["HKD", ["hong kong dollars", "hong kong dollar"]],
  ["NZD", ["new zealand dollars", "new zealand dollar"]],
  ["SGD", ["singapore dollars", "singapore dollar"]],
  ["TWD", ["taiwan dollars", "taiwan dollar", "new taiwan dollars"]],
  ["GBP", ["pounds sterling", "pound sterling", "sterling", "british pounds"]],
  ["EUR", ["euro", "euros"]],
  ["JPY", ["yen", "japanese yen"]],
  ["CNY", ["yuan", "renminbi", "chinese yuan"]],
  ["INR", ["rupees", "rupee", "indian rupees", "crore rupees"]],
  ["PKR", ["pakistani rupees"]],
  ["MYR", ["ringgit", "malaysian ringgit"]],
  ["ILS", ["shekels", "shekel", "new shekels", "israeli shekels"]],
  ["DKK", ["danish crowns", "danish kroner", "danish krone"]],
  ["NOK", ["norwegian crowns", "norwegian kroner", "norwegian krone"]],
  ["SEK", ["swedish crowns", "swedish kronor", "swedish krona", "kronor"]],
  ["CHF", ["swiss francs", "swiss franc", "francs"]],
  ["RUB", ["roubles", "rubles", "rouble", "ruble"]],
  ["KRW", ["won", "korean won"]],
  ["BRL", ["reais", "brazilian reais", "brazilian real"]],
  ["ZAR", ["rand"]],
  ["TRY", ["lira", "liras", "turkish lira"]],
  ["MXN", ["mexican pesos", "pesos"]],
  ["HRK", ["kuna", "kunas"]],
  ["PLN", ["zloty", "zlotys", "zlotych"]],
  ["THB", ["baht"]],
  ["NGN", ["naira"]],
  ["AED", ["dirhams", "dirham"]],
  ["SAR", ["riyals", "riyal"]],
  ["EGP", ["egyptian pounds"]],
  ["IDR", ["rupiah"]],
  ["UAH", ["hryvnias", "hryvnia", "hryvnas"]],
  ["BTC", ["bitcoin", "bitcoins"]],
];
const CURRENCY_EXACT: ReadonlyArray<readonly [string, readonly string[]]> = [
  ["HRK", ["kn"]], ["ILS", ["NIS"]], ["CNY", ["RMB"]],
  ...Object.keys(CURRENCY_NAMES).map((code) => [code, [code]] as const),
];

/** Sub-units: amounts in cents, pence, sen. */
const SUBUNITS: ReadonlyArray<readonly [string, string, readonly string[], readonly string[]]> = [
  ["cent", "USD", ["cent", "cents"], ["c", "¢"]],
  ["penny", "GBP", ["pence", "penny"], ["p"]],
  ["sen", "MYR", ["sen"], []],
  ["kopeck", "RUB", ["kopecks", "kopeks"], []],
];

/** "pounds" after an amount: money when large or scaled, else a weight. */
export const AMBIGUOUS_POUNDS: ReadonlySet<string> = new Set(["pound", "pounds"]);

const byForm = new Map<string, UnitInfo>();
const byExact = new Map<string, UnitInfo>();
let longest = 1;
function add(map: Map<string, UnitInfo>, form: string, info: UnitInfo): void {
  if (!map.has(form)) map.set(form, info);
  longest = Math.max(longest, form.split(/[\s]+/).length);
}
for (const [unit, kind, forms, exact = [], per] of MEASURES) {
  const info: UnitInfo = per ? { unit, kind, per } : { unit, kind };
  for (const f of forms) add(byForm, f.toLowerCase(), info);
  for (const f of exact) add(byExact, f, info);
}
for (const [code, forms] of CURRENCY_WORDS) for (const f of forms) add(byForm, f, { unit: CURRENCY_NAMES[code], kind: "money", currency: code });
for (const [code, forms] of CURRENCY_EXACT) for (const f of forms) add(byExact, f, { unit: CURRENCY_NAMES[code], kind: "money", currency: code });
for (const [unit, code, forms, exact] of SUBUNITS) {
  for (const f of forms) add(byForm, f, { unit, kind: "money", currency: code });
  for (const f of exact) add(byExact, f, { unit, kind: "money", currency: code });
}

/** How many words the longest unit form has. */
export const MAX_UNIT_WORDS = longest + 1;

/** A unit written exactly so ("M", "PS", "kn"), else case-insensitively ("Miles", "KM"). */
export function lookupUnit(written: string): UnitInfo | undefined {
  return byExact.get(written) ?? byForm.get(written.toLowerCase());
}

export function currencyUnit(code: string): UnitInfo {
  return { unit: CURRENCY_NAMES[code] ?? code, kind: "money", currency: code };
}
