/**
 * Which dollar a bare "$" is: the US dollar, unless the document is plainly about
 * Canada, Australia, New Zealand, Hong Kong or Singapore (named at least twice, and
 * more often than the United States).
 */
const PLACES: ReadonlyArray<readonly [string, RegExp]> = [
  ["USD", /\b(?:U\.S\.|US|USA|United States|America|American|Americans|Washington|Wall Street|NYSE|Nasdaq|Dow|S&P)\b/g],
  ["CAD", /\b(?:Canada|Canadian|Canadians|Toronto|Ottawa|Montreal|Vancouver|Calgary|Alberta|Ontario|Quebec|TSX)\b/g],
  ["AUD", /\b(?:Australia|Australian|Australians|Sydney|Melbourne|Canberra|Brisbane|Perth|ASX)\b/g],
  ["NZD", /\b(?:New Zealand|Wellington|Auckland|NZX)\b/g],
  ["HKD", /\b(?:Hong Kong|Hang Seng)\b/g],
  ["SGD", /\b(?:Singapore|Singaporean)\b/g],
];

export function resolveDollar(text: string): string {
  const counts = PLACES.map(([code, re]) => [code, text.match(re)?.length ?? 0] as const);
  const us = counts[0][1];
  let best = "USD";
  let most = 1;
  for (const [code, n] of counts.slice(1)) if (n > most && n > us) { best = code; most = n; }
  return best;
}
