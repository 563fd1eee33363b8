/**
 * Property tests over generated and mutated news text: extraction never throws,
 * every span reproduces its text, output validates against the JSON Schema, and
 * the same input gives the same output.
 */
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/index.js";
import { SAMPLE, spansOf, validateFacts } from "../helpers.js";

const sample = readFileSync(SAMPLE, "utf8");
const sentences = sample.split(/(?<=[.”])\s+/).filter((s) => s.length > 20);

/** Pieces news text is made of, and the junk scraped batches contain. */
const FRAGMENTS = [
  "said", "told reporters", "according to", "on Friday", "last week", "in August 2019", "1 November", "since 1998",
  "10,000", "eight million", "1.5bn", "£3.2m", "$6", "25%", "19 per cent", "2½", "a dozen", "between 5 and 10", "5-10",
  "122-mm", "F-16", "Covid-19", "S&P 500", "2-2", "+44 20 7946 0958", "Kyiv", "Paris, Texas", "Russia’s", "the Kursk region",
  "University of Washington", "“", "”", "\"", "‘", "’", "(", ")", "[", "]", "—", "–", "-", "...", "……", ". . . .",
  "\r\n", "\n\n", "\t", " ", "😀", "👩‍👩‍👧", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "北京", "東京都", "مرحبا", "שלום", "\u200b", "\u00a0", "\ufeff", "\ufffd",
  "He", "she", "They", "Mr", "Dr.", "Lt Gen", "Budanov", "Zelensky", "NIS", "it", "Thursday", "May", "March", "2024-10-18",
];

const newsText = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.constantFrom(...sentences), fc.string({ maxLength: 12 }), fc.integer({ min: -1e7, max: 1e7 }).map(String)), { minLength: 1, maxLength: 16 })
  .chain((parts) => fc.array(fc.constantFrom(" ", " ", ", ", ". ", "\n", ""), { minLength: parts.length, maxLength: parts.length }).map((seps) => parts.map((p, i) => p + seps[i]).join("")));

/** A sentence of the sample with characters inserted, deleted or the text cut anywhere. */
const mutated = fc
  .tuple(fc.constantFrom(...sentences), fc.array(fc.tuple(fc.nat(), fc.nat(3), fc.string({ maxLength: 3, unit: "grapheme" })), { maxLength: 6 }))
  .map(([s, edits]) => edits.reduce((t, [at, del, ins]) => { const i = at % (t.length + 1); return t.slice(0, i) + ins + t.slice(i + del); }, s));

const date = fc.option(fc.constantFrom("2024-10-18", "1998-02-28", "2000-02-29", "2023-12-31"), { nil: null });

function checkFacts(text: string, referenceDate: string | null) {
  const facts = extractDocument({ id: "p", text, date: referenceDate });
  for (const s of spansOf(facts as unknown as Record<string, unknown>)) {
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeLessThanOrEqual(text.length);
    expect(s.start).toBeLessThanOrEqual(s.end);
    expect(text.slice(s.start, s.end)).toBe(s.text);
  }
  expect(validateFacts(JSON.parse(JSON.stringify(facts))), JSON.stringify(validateFacts.errors)).toBe(true);
  return facts;
}

describe("extraction on arbitrary text", () => {
  // 10,000 documents in ten batches: between batches the test worker answers its runner (one long
  // synchronous run starves vitest's RPC and fails the whole run)
  const documents = fc.oneof({ weight: 3, arbitrary: newsText }, { weight: 2, arbitrary: mutated }, { weight: 1, arbitrary: fc.string({ maxLength: 80, unit: "binary" }) });
  it.each(Array.from({ length: 10 }, (_, i) => i))("never throws, keeps every span exact and every document valid (batch %i of 1,000 documents)", (batch) => {
    fc.assert(fc.property(documents, date, (text, d) => {
      checkFacts(text, d);
    }), { numRuns: 1_000, seed: 20261127 + batch });
  }, 60_000);

  it("is deterministic: the same input gives the same output", () => {
    fc.assert(fc.property(newsText, date, (text, d) => {
      expect(extractDocument({ id: "p", text, date: d })).toEqual(extractDocument({ id: "p", text, date: d }));
    }), { numRuns: 300, seed: 7 });
  });
});
