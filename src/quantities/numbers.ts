/** Number words and numerals → values. */
export const SMALL: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, dozen: 12,
};

export const MULTIPLIERS: Readonly<Record<string, number>> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  k: 1e3, m: 1e6, mn: 1e6, bn: 1e9, b: 1e9, tn: 1e12, trn: 1e12,
};

/** Reads "10,000", "1.5", "eight", "1.5bn" → number; undefined when the word is not numeric. */
export function wordValue(word: string): number | undefined {
  const w = word.toLowerCase().replace(/^[$£€¥]/, "");
  if (w in SMALL) return SMALL[w];
  const m = /^(-?\d{1,3}(?:,\d{3})+|-?\d+(?:\.\d+)?|-?\.\d+)(k|m|mn|bn|b|tn|trn)?$/.exec(w);
  if (!m) return undefined;
  const n = Number(m[1].replace(/,/g, ""));
  return m[2] ? n * MULTIPLIERS[m[2]] : n;
}

/** Combines a run of number words ("eight million", "two hundred thousand", "1.5 billion") into one value. */
export function combine(words: readonly string[]): number | undefined {
  let total = 0;
  let current = 0;
  let seen = false;
  for (const raw of words) {
    const w = raw.toLowerCase();
    if (w === "and" || w === "a") continue;
    const mult = MULTIPLIERS[w];
    if (mult !== undefined && w.length > 2) {
      current = (seen ? current || 1 : 1) * mult;
      if (mult >= 1000) {
        total += current;
        current = 0;
      }
      seen = true;
      continue;
    }
    const v = wordValue(w);
    if (v === undefined) return undefined;
    current += v;
    seen = true;
  }
  return seen ? total + current : undefined;
}
