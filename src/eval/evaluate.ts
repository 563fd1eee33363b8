/** evaluate(): run a system over gold documents and sum the scores per corpus file. */
import { prf, type Counts, type Prf } from "./match.js";
import { scoreDocument, sumScores, type GoldDocument, type Scores, type SystemOutput } from "./score.js";

export type System = (doc: GoldDocument) => SystemOutput;

export interface Evaluation {
  scores: Scores;
  outputs: Map<string, SystemOutput>;
  seconds: number;
  words: number;
}

export function evaluate(docs: readonly GoldDocument[], system: System, onProgress?: (done: number) => void): Evaluation {
  const outputs = new Map<string, SystemOutput>();
  const per: Scores[] = [];
  let words = 0;
  const t0 = performance.now();
  docs.forEach((doc, i) => {
    const out = system(doc);
    outputs.set(doc.id, out);
    per.push(scoreDocument(doc, out));
    words += doc.text.split(/\s+/).filter(Boolean).length;
    onProgress?.(i + 1);
  });
  return { scores: sumScores(per), outputs, seconds: (performance.now() - t0) / 1000, words };
}

/** The tracked metrics of a category, in report order. */
export const METRICS: Record<keyof Scores, string[]> = {
  dates: ["strict", "relaxed", "value", "type", "typeAccuracy"],
  places: ["strict", "overlap", "geocoding"],
  quantities: ["value", "valueUnit", "valueChange"],
  speakers: ["content", "direct", "source"],
};

/** Flattens scores to "category.metric" → P/R/F1. */
export function flatten(scores: Scores): Record<string, Prf> {
  const out: Record<string, Prf> = {};
  for (const [cat, metrics] of Object.entries(scores) as Array<[string, Record<string, Counts>]>) {
    for (const [name, counts] of Object.entries(metrics)) out[`${cat}.${name}`] = prf(counts);
  }
  return out;
}
