/** Quantities on arbitrary text: never throws, every span reproduces its text, values are finite. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createDocument } from "../../src/document.js";
import { extractQuantities } from "../../src/quantities/extract.js";
import { parse } from "../../src/nlp.js";

const pieces = [
  "5", "10,000", "1.5", "-", "–", "$", "£", "€", "%", "bn", "m", "k", " ", " ", " ", "to", "from", "between", "and",
  "million", "eight", "twenty", "-five", "a", "dozen", "hundreds", "of", "people", "per", "cent", "mm", "km/h", "°C",
  "about", "up", "rose", "fell", "by", "(", ")", ".", ",", ":", "/", "½", "×10", "−", "2019", "March", "Section", "S&P",
  "one", "third", "half", "US", "HK", "Y=", "PS", "year-old", "'s", "\n\n", "x", "Z", "#",
];

describe("quantities on arbitrary text", () => {
  it("never throws and keeps offsets exact", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join("");
        const doc = createDocument({ text, date: null });
        for (const q of extractQuantities({ doc, parsed: parse(doc.text) })) {
          expect(text.slice(q.start, q.end)).toBe(q.text);
          const values = Array.isArray(q.value) ? q.value : [q.value];
          for (const v of values) expect(Number.isFinite(v)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  }, 60000);
});
