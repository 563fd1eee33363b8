/** Precision/recall/F1 and one-to-one matching, shared by every category's scorer. */

export interface Counts {
  /** matched pairs that satisfy the metric */
  correct: number;
  /** system items */
  system: number;
  /** gold items */
  gold: number;
}

export interface Prf extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export function prf({ correct, system, gold }: Counts): Prf {
  const precision = system ? correct / system : 0;
  const recall = gold ? correct / gold : 0;
  const f1 = system + gold ? (2 * correct) / (system + gold) : 0;
  return { correct, system, gold, precision, recall, f1 };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { correct: a.correct + b.correct, system: a.system + b.system, gold: a.gold + b.gold };
}

export const ZERO: Counts = { correct: 0, system: 0, gold: 0 };

/**
 * One-to-one matching, best candidates first: `score(g, s)` > 0 makes a candidate
 * pair; pairs are taken greedily by descending score (ties: document order).
 * Returns [goldIndex, systemIndex] pairs.
 */
export function matchOneToOne<G, S>(gold: readonly G[], system: readonly S[], score: (g: G, s: S) => number): Array<[number, number]> {
  const candidates: Array<[number, number, number]> = [];
  gold.forEach((g, gi) => system.forEach((s, si) => {
    const v = score(g, s);
    if (v > 0) candidates.push([v, gi, si]);
  }));
  candidates.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const usedG = new Set<number>();
  const usedS = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (const [, gi, si] of candidates) {
    if (usedG.has(gi) || usedS.has(si)) continue;
    usedG.add(gi);
    usedS.add(si);
    pairs.push([gi, si]);
  }
  return pairs;
}

export interface Offsets { start: number; end: number }

/** 2 for the same span, else overlap / union in (0, 1]; 0 for disjoint spans. */
export function spanScore(a: Offsets, b: Offsets): number {
  if (a.start === b.start && a.end === b.end) return 2;
  const inter = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  if (inter <= 0) return 0;
  return inter / (Math.max(a.end, b.end) - Math.min(a.start, b.start));
}
