/**
 * Calendar words, as data. The finder and the normalizer look words up here;
 * neither spells a word list out in its code.
 */

/**
 * A word table without a prototype: looking up any word of the text, even
 * "constructor" or "toString", finds only the words listed here.
 */
function lexicon<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}

/** Month names and their abbreviations (an abbreviation needs a period or a day number after it). */
export const MONTHS: Readonly<Record<string, number>> = lexicon({
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8,
  september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
});
export const MONTH_ABBREVIATIONS: ReadonlySet<string> = new Set([
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
]);
/** Month names that are also common English words; alone they need a calendar context. */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(["may", "march", "jan", "mar", "dec", "sep", "jun"]);

/** ISO weekday numbers: Monday 1 … Sunday 7 */
export const WEEKDAYS: Readonly<Record<string, number>> = lexicon({
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
  mon: 1, tue: 2, tues: 2, wed: 3, thu: 4, thur: 4, thurs: 4, fri: 5,
});
export const WEEKDAY_ABBREVIATIONS: ReadonlySet<string> = new Set(["mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri"]);

export type Unit = "second" | "minute" | "hour" | "day" | "week" | "weekend" | "fortnight" | "month" | "quarter" | "year" | "decade" | "century";

export const UNITS: Readonly<Record<string, Unit>> = lexicon({
  second: "second", seconds: "second", minute: "minute", minutes: "minute", min: "minute", mins: "minute",
  hour: "hour", hours: "hour", hr: "hour", hrs: "hour", day: "day", days: "day", week: "week", weeks: "week",
  weekend: "weekend", weekends: "weekend", fortnight: "fortnight", fortnights: "fortnight",
  month: "month", months: "month", quarter: "quarter", quarters: "quarter", year: "year", years: "year", yr: "year", yrs: "year",
  decade: "decade", decades: "decade", century: "century", centuries: "century",
});

/** TIMEX3 duration parts: how many of which designator one unit is. */
export const UNIT_DURATION: Readonly<Record<Unit, { n: number; code: string; time: boolean }>> = {
  second: { n: 1, code: "S", time: true }, minute: { n: 1, code: "M", time: true }, hour: { n: 1, code: "H", time: true },
  day: { n: 1, code: "D", time: false }, week: { n: 1, code: "W", time: false }, weekend: { n: 2, code: "D", time: false },
  fortnight: { n: 2, code: "W", time: false }, month: { n: 1, code: "M", time: false }, quarter: { n: 3, code: "M", time: false },
  year: { n: 1, code: "Y", time: false }, decade: { n: 10, code: "Y", time: false }, century: { n: 100, code: "Y", time: false },
};

/** Adverbs and adjectives of frequency: TIMEX3 SET values. */
export const FREQUENCY_WORDS: Readonly<Record<string, string>> = lexicon({
  hourly: "PT1H", daily: "P1D", nightly: "P1D", weekly: "P1W", biweekly: "P2W", fortnightly: "P2W", monthly: "P1M",
  annually: "P1Y", yearly: "P1Y",
});
/** Spoken years: "nineteen ninety-six" */
export const SPOKEN_CENTURIES: Readonly<Record<string, number>> = lexicon({ eighteen: 1800, nineteen: 1900 });
/** Words between a number and its unit that leave the duration as it is: "eight trading days". */
export const UNIT_QUALIFIERS: ReadonlySet<string> = new Set([
  "more", "additional", "straight", "consecutive", "full", "trading", "business", "working", "calendar", "long", "short", "extra",
]);

export const NUMBER_WORDS: Readonly<Record<string, number>> = lexicon({
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, a: 1, an: 1, dozen: 12, half: 0.5,
});
/** Vague amounts: "several years" → PXY. */
export const VAGUE_AMOUNTS: ReadonlySet<string> = new Set(["several", "few", "many", "some", "numerous"]);
/** Counting nouns read with "of": "a couple of years" → P2Y. */
export const COUNT_NOUNS: Readonly<Record<string, number>> = lexicon({ couple: 2 });

export const ORDINALS: Readonly<Record<string, number>> = lexicon({
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, "twenty-first": 21, thirtieth: 30,
});
export const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(["st", "nd", "rd", "th"]);

export const SEASONS: Readonly<Record<string, string>> = lexicon({
  spring: "SP", summer: "SU", fall: "FA", autumn: "FA", winter: "WI",
});

/** Parts of the day: TIMEX3 codes. */
export const DAY_PARTS: Readonly<Record<string, string>> = lexicon({
  morning: "MO", afternoon: "AF", evening: "EV", night: "NI",
});

/** Deictic days: offset from the reference date. */
export const DEICTIC_DAYS: Readonly<Record<string, number>> = lexicon({ today: 0, yesterday: -1, tomorrow: 1 });

/** Words that refer to the present, past or future as a whole (TIMEX3 *_REF values). */
export const REFERENCE_WORDS: Readonly<Record<string, "PRESENT_REF" | "PAST_REF" | "FUTURE_REF">> = lexicon({
  now: "PRESENT_REF", currently: "PRESENT_REF", presently: "PRESENT_REF", nowadays: "PRESENT_REF", current: "PRESENT_REF",
  recently: "PAST_REF", lately: "PAST_REF", formerly: "PAST_REF",
});
/** Neighbours that give a reference word another sense: "current account", "electric current". */
export const REFERENCE_WORD_SENSES: Readonly<Record<string, { before: readonly string[]; after: readonly string[] }>> = lexicon({
  current: { before: ["electric", "alternating", "direct", "ocean", "jet"], after: ["account", "accounts", "affairs", "rate", "prices", "flows"] },
});

/** Reference words annotated as a phrase only ("the past", "the future", "at present"). */
export const REFERENCE_PHRASES: ReadonlyArray<readonly [readonly string[], "PRESENT_REF" | "PAST_REF" | "FUTURE_REF"]> = [
  [["the", "past"], "PAST_REF"],
  [["the", "future"], "FUTURE_REF"],
  [["the", "near", "future"], "FUTURE_REF"],
  [["the", "distant", "future"], "FUTURE_REF"],
  [["the", "foreseeable", "future"], "FUTURE_REF"],
  [["a", "later", "date"], "FUTURE_REF"],
  [["a", "future", "date"], "FUTURE_REF"],
  [["the", "present"], "PRESENT_REF"],
  [["present"], "PRESENT_REF"],
  [["these", "days"], "PRESENT_REF"],
  [["in", "future"], "FUTURE_REF"],
  [["the", "near", "term"], "FUTURE_REF"],
  [["the", "short", "term"], "FUTURE_REF"],
  [["the", "long", "term"], "FUTURE_REF"],
];

/** Words choosing a unit relative to the reference: "last week", "this year", "next month". */
export const RELATIVE_WORDS: Readonly<Record<string, -1 | 0 | 1>> = lexicon({
  last: -1, past: -1, previous: -1, preceding: -1, this: 0, current: 0, present: 0, next: 1, coming: 1, following: 1,
});

/** Modifiers kept in the span that leave the value as it is (TIMEX3 mod): "early 2024" → 2024. */
export const POINT_MODIFIERS: ReadonlySet<string> = new Set([
  "early", "late", "mid", "earlier", "later", "middle", "end", "beginning", "start",
]);

/**
 * Modifiers of amounts. TimeBank keeps bounds in the span ("more than a decade",
 * "at least 30 days", "nearly two years") and leaves hedges out ("about five hours",
 * "only six months"), except before "ago" ("about two years ago").
 */
export const AMOUNT_MODIFIERS: ReadonlyArray<readonly string[]> = [
  ["nearly"], ["almost"], ["more", "than"], ["less", "than"], ["fewer", "than"], ["at", "least"], ["at", "most"], ["up", "to"],
  ["no", "more", "than"], ["no", "less", "than"], ["not", "more", "than"],
];
export const AGO_MODIFIERS: ReadonlyArray<readonly string[]> = [["about"], ["some"], ["roughly"], ["approximately"]];

/** Words after "N units" that make the phrase a point in time relative to another one. */
export const OFFSET_WORDS: Readonly<Record<string, -1 | 1>> = lexicon({
  ago: -1, earlier: -1, before: -1, previously: -1, later: 1, after: 1, hence: 1, afterward: 1, afterwards: 1,
});

/**
 * Holidays: a fixed month and day, the nth weekday of a month (n = -1: the last one),
 * or a number of days from (Western) Easter Sunday.
 * Keys are the lower-cased words of the name.
 */
export type Holiday = { month: number; day: number } | { month: number; weekday: number; nth: number } | { easter: number };
export const HOLIDAYS: Readonly<Record<string, Holiday>> = lexicon({
  "christmas": { month: 12, day: 25 },
  "christmas day": { month: 12, day: 25 },
  "christmas eve": { month: 12, day: 24 },
  "new year's day": { month: 1, day: 1 },
  "new year's eve": { month: 12, day: 31 },
  "valentine's day": { month: 2, day: 14 },
  "independence day": { month: 7, day: 4 },
  "halloween": { month: 10, day: 31 },
  "veterans day": { month: 11, day: 11 },
  "boxing day": { month: 12, day: 26 },
  "thanksgiving": { month: 11, weekday: 4, nth: 4 },
  "thanksgiving day": { month: 11, weekday: 4, nth: 4 },
  "labor day": { month: 9, weekday: 1, nth: 1 },
  "memorial day": { month: 5, weekday: 1, nth: -1 },
  "martin luther king day": { month: 1, weekday: 1, nth: 3 },
  "presidents day": { month: 2, weekday: 1, nth: 3 },
  "election day": { month: 11, weekday: 2, nth: 1 },
  "easter": { easter: 0 },
  "easter sunday": { easter: 0 },
  "easter monday": { easter: 1 },
  "good friday": { easter: -2 },
});

/** Words before a bare month or weekday that say it is a date ("in May", "since August", "on Friday"). */
export const DATE_PREPOSITIONS: ReadonlySet<string> = new Set([
  "in", "on", "since", "by", "until", "till", "from", "through", "to", "during", "before", "after", "of",
  "early", "late", "mid", "last", "next", "this", "that", "and", "or", "between", "throughout", "around", "for", "as", "into",
]);

/** Words before a verb that make it future: "will leave", "is going to", "would meet". */
export const FUTURE_CUES: ReadonlySet<string> = new Set(["will", "'ll", "shall", "wo", "would"]);
/** Nouns of things that happen or appear on one day: "today's editions", "today's vote" name the day (not the present age, as "today's youth" does). */
export const DAY_EVENT_NOUNS: ReadonlySet<string> = new Set([
  "edition", "editions", "issue", "paper", "papers", "newspaper", "newspapers", "session", "trading", "meeting", "meetings",
  "talks", "vote", "election", "hearing", "quiz", "program", "programme", "show", "broadcast", "game", "games", "match",
  "race", "ceremony", "rally", "announcement", "statement", "decision", "ruling", "deadline", "events", "schedule",
  "agenda", "headlines", "summit", "speech", "visit", "auction", "close", "opening",
]);
/** Modal verbs: "will one day be", "could one day replace": "one day" after them is some future day. */
export const MODALS: ReadonlySet<string> = new Set(["will", "'ll", "shall", "would", "could", "may", "might", "can", "should", "must"]);
/** Words that look ahead only with "to" after them: "plans to", "is expected to", "is scheduled to", "is due to". */
export const WEAK_FUTURE: ReadonlySet<string> = new Set([
  "going", "plan", "plans", "planning", "scheduled", "expected", "expects", "expect", "due", "set", "intends",
  "intend", "hope", "hopes", "slated", "prepared", "preparing", "poised", "aims", "aim", "wants", "is", "are",
]);

/** Words right before a date that point ahead of the reference: "payable Jan. 3", "as soon as Tuesday" ("by Dec. 15" does too, unless the verb is past). */
export const LOOKING_AHEAD: ReadonlySet<string> = new Set(["effective", "payable", "starting", "as soon as", "as early as"]);

/** Time zones after a clock time ("10:35 a.m. EDT"). */
export const TIME_ZONES: ReadonlySet<string> = new Set(["gmt", "utc", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "bst", "cet", "cest"]);
/** Words before a bare hh:mm that make it a time of day ("at 15:00", "until 22:30"). */
export const CLOCK_LEADS: ReadonlySet<string> = new Set(["at", "from", "until", "till", "by", "around", "about", "before", "after", "between", "to", "and", "since"]);
/** Words after "fall" that make it the verb ("prices fall below"), not the season. */
export const FALL_VERB_NEXT: ReadonlySet<string> = new Set(["below", "to", "by", "further", "apart", "short", "back", "off", "into", "behind", "from", "sharply"]);
/** Words after a four-digit number that make it a count, not a year ("2000 people", "1500 troops"). */
export const COUNTED_AFTER_NUMBER: ReadonlySet<string> = new Set([
  "people", "persons", "troops", "soldiers", "men", "women", "children", "workers", "jobs", "shares", "points", "votes", "cars",
  "units", "members", "employees", "residents", "tons", "acres", "feet", "meters", "miles", "kilometers", "dollars", "yen",
  "marks", "barrels", "times", "more", "of",
]);
