/**
 * Word lists for quantities, as data: number words, scales, fractions, the cues of
 * bounds and trends, and the words that make a number part of a name, a date or an
 * address rather than a quantity. All keys are lower-case.
 */
import type { Bound } from "../facts.js";
import { table } from "../table.js";

export const UNITS_WORDS: Readonly<Record<string, number>> = table({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
});
export const TENS_WORDS: Readonly<Record<string, number>> = table({
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});

/** Scale words written out ("1.5 billion", "eight million"). */
export const SCALE_WORDS: Readonly<Record<string, number>> = table({
  hundred: 100, thousand: 1e3, lakh: 1e5, million: 1e6, mln: 1e6, mil: 1e6, crore: 1e7,
  billion: 1e9, bln: 1e9, trillion: 1e12, trn: 1e12,
});

/** Scale suffixes glued to digits ("1.5bn", "$3.2m", "10K"); "m" is a million only after a currency. */
export const SCALE_SUFFIXES: Readonly<Record<string, number>> = table({
  k: 1e3, K: 1e3, M: 1e6, mn: 1e6, mln: 1e6, MN: 1e6, bn: 1e9, Bn: 1e9, BN: 1e9, bln: 1e9, B: 1e9,
  tn: 1e12, trn: 1e12, Tn: 1e12, TN: 1e12,
});
export const CURRENCY_ONLY_SUFFIXES: Readonly<Record<string, number>> = table({ m: 1e6, b: 1e9 });

/** "dozens of", "hundreds of", "tens of thousands of": a vague order of magnitude, [x, 10x]. */
export const VAGUE_PLURALS: Readonly<Record<string, number>> = table({
  dozens: 12, scores: 20, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9, trillions: 1e12,
});
export const VAGUE_TENS: Readonly<Record<string, number>> = table({ tens: 10, hundreds: 100 });

/** Fractions written as words, with a numerator word before them ("two-thirds", "a third of"). */
export const FRACTION_WORDS: Readonly<Record<string, number>> = table({
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5,
  sixth: 6, sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8, ninth: 9, ninths: 9, tenth: 10, tenths: 10,
  twelfth: 12, sixteenth: 16, hundredth: 100, hundredths: 100, thousandth: 1000,
});

export const VULGAR_FRACTIONS: Readonly<Record<string, number>> = table({
  "¼": 1 / 4, "½": 1 / 2, "¾": 3 / 4, "⅐": 1 / 7, "⅑": 1 / 9, "⅒": 1 / 10, "⅓": 1 / 3, "⅔": 2 / 3,
  "⅕": 1 / 5, "⅖": 2 / 5, "⅗": 3 / 5, "⅘": 4 / 5, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 1 / 8, "⅜": 3 / 8,
  "⅝": 5 / 8, "⅞": 7 / 8,
});

/**
 * Cues of a bound, as they end the text just before the number (or its currency sign).
 * Matched longest first, so "no more than" wins over "more than".
 */
export const BOUND_CUES: ReadonlyArray<readonly [string, Bound]> = [
  // exact: "adds up to" is a total, not a maximum
  ["adds up to", "exact"], ["add up to", "exact"], ["added up to", "exact"], ["adding up to", "exact"],
  ["exactly", "exact"], ["precisely", "exact"], ["just", "exact"], ["only", "exact"], ["a total of", "exact"],
  // approximate
  ["about", "approx"], ["around", "approx"], ["round about", "approx"], ["approximately", "approx"], ["approx.", "approx"],
  ["roughly", "approx"], ["nearly", "approx"], ["almost", "approx"], ["close to", "approx"], ["closer to", "approx"],
  ["some", "approx"], ["an estimated", "approx"], ["estimated", "approx"], ["circa", "approx"], ["c.", "approx"],
  ["averaging", "approx"], ["averaged", "approx"], ["barely", "approx"], ["somewhere around", "approx"],
  ["in the region of", "approx"], ["the best part of", "approx"], ["~", "approx"], ["≈", "approx"], ["some estimated", "approx"],
  // minimum
  ["more than", "min"], ["over", "min"], ["at least", "min"], ["above", "min"], ["in excess of", "min"],
  ["upwards of", "min"], ["upward of", "min"], ["greater than", "min"], ["higher than", "min"], ["larger than", "min"],
  ["exceeding", "min"], ["over than", "min"], ["north of", "min"], ["a minimum of", "min"], ["no fewer than", "min"],
  ["no less than", "min"], ["not less than", "min"], ["well over", "min"], ["just over", "min"], [">", "min"], ["≥", "min"],
  // maximum
  ["up to", "max"], ["as many as", "max"], ["as much as", "max"], ["fewer than", "max"], ["less than", "max"],
  ["under", "max"], ["below", "max"], ["no more than", "max"], ["not more than", "max"], ["at most", "max"],
  ["a maximum of", "max"], ["lower than", "max"], ["smaller than", "max"], ["just under", "max"], ["shy of", "max"],
  ["short of", "max"], ["<", "max"], ["≤", "max"], ["sub-", "max"], ["sub", "max"],
];

/** Cues after the number: "50 or more", "20-odd", "100-plus". */
export const POST_BOUND_CUES: ReadonlyArray<readonly [string, Bound]> = [
  ["or more", "min"], ["or above", "min"], ["plus", "min"], ["+", "min"], ["or so", "approx"], ["odd", "approx"],
  ["or less", "max"], ["or fewer", "max"], ["at most", "max"], ["at least", "min"],
];

/** Words of rising and falling that make the number after them a change ("rose 0.65 per cent", "cut by $2bn"). */
export const TREND_WORDS: Readonly<Record<string, "up" | "down">> = table(Object.fromEntries([
  ...["rise", "rises", "rose", "risen", "rising", "increase", "increases", "increased", "increasing", "grow", "grows", "grew",
    "grown", "growing", "gain", "gains", "gained", "gaining", "climb", "climbs", "climbed", "climbing", "jump", "jumps",
    "jumped", "jumping", "surge", "surges", "surged", "surging", "soar", "soars", "soared", "soaring", "rally", "rallies",
    "rallied", "rallying", "advance", "advances", "advanced", "advancing", "add", "adds", "added", "adding", "up",
    "upward", "upwards", "spike", "spiked", "leap", "leapt", "leaped", "rocket", "rocketed", "skyrocketed", "firmed",
    "inched", "edged", "ticked", "hike", "hiked", "widened", "expanded", "expand", "expands"]
    .map((w) => [w, "up"] as const),
  ...["fall", "falls", "fell", "fallen", "falling", "drop", "drops", "dropped", "dropping", "decline", "declines", "declined",
    "declining", "decrease", "decreases", "decreased", "decreasing", "slip", "slips", "slipped", "slipping", "slide",
    "slides", "slid", "sliding", "plunge", "plunges", "plunged", "plunging", "plummet", "plummets", "plummeted",
    "plummeting", "tumble", "tumbles", "tumbled", "tumbling", "sink", "sinks", "sank", "sunk", "lose", "loses", "lost",
    "losing", "shed", "sheds", "shedding", "cut", "cuts", "cutting", "slash", "slashed", "slashes", "down", "downward",
    "downwards", "dip", "dips", "dipped", "ease", "eased", "eases", "shrink", "shrank", "shrunk", "shrinks", "contract",
    "contracted", "contracts", "slump", "slumped", "slumps", "sag", "sagged", "retreat", "retreated", "crash", "crashed",
    "collapse", "collapsed", "lower", "lowered", "reduce", "reduced", "reduces", "narrowed", "trimmed", "dive", "dived",
    "dove", "skid", "skidded", "erode", "eroded"]
    .map((w) => [w, "down"] as const),
]));
/** Words that may stand between a trend word and its number ("rose sharply by 5%", "was up only 2%"). */
export const TREND_FILLERS: ReadonlySet<string> = new Set([
  "by", "sharply", "slightly", "marginally", "steeply", "strongly", "modestly", "further", "another", "again", "only",
  "just", "respectively", "overall", "collectively", "cumulatively",
]);

export const MONTHS: ReadonlySet<string> = new Set([
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
]);

/** Words after a number that make it a time of day. */
export const TIME_SUFFIXES: ReadonlySet<string> = new Set([
  "am", "pm", "a.m", "p.m", "gmt", "bst", "utc", "et", "est", "edt", "pt", "pst", "pdt", "ct", "cst", "cdt", "cet", "cest", "hrs", "hours gmt",
]);

/** Ordinal suffixes glued to digits ("96th", "71st"). */
export const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(["st", "nd", "rd", "th", "er", "e", "ème"]);

/** Words before a number that make it a label, not an amount ("Section 427", "Game 7", "category 4"). */
export const LABEL_WORDS: ReadonlySet<string> = new Set([
  "section", "article", "chapter", "clause", "paragraph", "rule", "unit", "game", "games", "channel", "category", "page",
  "pages", "room", "flight", "route", "highway", "interstate", "no", "nos", "number", "level", "grade", "class", "stage",
  "phase", "round", "episode", "vol", "volume", "series", "model", "version", "v", "type", "gate", "platform", "line",
  "suite", "box", "apartment", "apt", "floor", "table", "figure", "fig", "exhibit", "district", "ward", "precinct",
  "bus", "train", "lane", "pier", "terminal", "runway", "hole", "week", "day", "season", "act", "scene", "psalm",
  "verse", "amendment", "proposition", "prop", "bill", "resolution", "id", "code", "zone", "tier", "item", "lot",
  "block", "plot", "sector", "region", "division", "league", "group", "pool", "heat", "lap", "race", "test", "match",
  "covid", "sars", "ios", "android", "windows", "mac", "office", "part", "issue", "no.", "#",
]);

/** Street words: a number before a capitalised name ending with one of these is a house number. */
export const STREET_WORDS: ReadonlySet<string> = new Set([
  "street", "st", "road", "rd", "avenue", "ave", "av", "way", "lane", "ln", "boulevard", "blvd", "drive", "dr", "place",
  "pl", "court", "ct", "square", "sq", "terrace", "crescent", "close", "parkway", "pkwy", "highway", "hwy", "row", "mews",
  "gardens", "grove", "walk", "plaza", "circle", "cir", "alley", "broadway", "trail", "trl", "pike", "loop", "ter",
  "hwy", "expressway", "freeway", "turnpike", "esplanade", "quay", "wharf", "embankment",
]);

/** Capitalised words before a number that do not make it part of a name ("At 118.5p", "About 70%"). */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  "a", "an", "the", "at", "by", "in", "on", "of", "to", "for", "from", "with", "and", "or", "but", "than", "about",
  "around", "nearly", "almost", "over", "under", "just", "only", "some", "all", "after", "before", "since", "until",
  "between", "among", "as", "up", "down", "more", "less", "fewer", "roughly", "approximately", "exactly", "also",
  "those", "these", "its", "his", "her", "their", "our", "my", "your", "another", "every", "each", "there", "here",
  "it", "he", "she", "they", "we", "i", "you", "that", "this", "which", "who", "what", "when", "where", "while", "if",
  "has", "have", "had", "is", "are", "was", "were", "be", "been", "will", "would", "can", "could", "may", "might",
  "should", "must", "did", "do", "does", "not", "no", "nor", "so", "yet", "then", "now", "still", "even", "well",
  "earlier", "later", "today", "yesterday", "tomorrow", "per", "via", "into", "onto", "within", "without", "during",
  "against", "across", "through", "toward", "towards", "beyond", "below", "above", "like", "unlike", "plus", "minus",
  "total", "totaling", "totalling", "including", "excluding", "nearly", "said", "says", "say", "told", "added",
  "adds", "reported", "hit", "hits", "reached", "reach", "reaches", "topped", "cost", "costs", "sold", "bought",
  "paid", "pay", "pays", "raised", "won", "lost", "gained", "rose", "fell", "dropped", "employs", "employ",
  "mr", "mrs", "ms", "dr", "prof", "st", "estimated", "record", "further", "another", "additional", "extra",
  "us", "u.s", "uk", "eu", "un", "usd", "eur", "gbp", "jpy", "cny", "rmb", "aud", "cad", "chf", "hk", "nz", "rs", "rm", "ps",
]);

/** Determiners and words before "one" that make it a pronoun ("the same one", "each one", "no one"). */
export const ONE_PRONOUN_BEFORE: ReadonlySet<string> = new Set([
  "the", "each", "every", "any", "no", "this", "that", "which", "another", "same", "a", "someone", "anyone",
  "everyone", "no-one", "little", "big", "new", "old", "right", "wrong", "last", "first", "next", "other", "such",
  "good", "bad", "better", "best", "worst", "latest", "own", "older", "newer", "younger",
]);
export const ONE_PRONOUN_AFTER: ReadonlySet<string> = new Set(["another", "anothers", "other"]);

/** Hyphenated time adjectives ("a five-year plan", "a two-month contract") are descriptions, not amounts. */
export const HYPHEN_TIME_UNITS: ReadonlySet<string> = new Set([
  "year", "month", "week", "day", "hour", "minute", "decade", "night",
]);

/** Ranking words hyphenated to a number ("last-32", "top-10") make it a position, not an amount. */
export const RANK_PREFIXES: ReadonlySet<string> = new Set(["last", "top", "first", "bottom", "round", "under", "best", "worst"]);
