/**
 * Resolution on whole articles: made-up wire stories (tests/speakers/stories) and, for each, who says what. Every
 * quotation listed must resolve to its speaker, and no one may appear as two speakers.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/index.js";

const dir = new URL("./stories/", import.meta.url);
const expected = JSON.parse(readFileSync(new URL("expected.json", dir), "utf8")) as Record<string, [string, string][]>;

describe("who says what in a whole story", () => {
  for (const [file, lines] of Object.entries(expected)) {
    if (file === "_") continue;
    it(file, () => {
      const text = readFileSync(new URL(file, dir), "utf8");
      const { quotes, speakers } = extractDocument({ id: file, text, date: "2024-10-18" }, { only: ["speakers"] });
      const got = lines.map(([fragment]) => [fragment, quotes.find((q) => q.text.includes(fragment))?.speaker ?? null]);
      expect(got).toEqual(lines);
      const names = speakers.map((s) => s.name);
      expect(new Set(names).size).toBe(names.length);
    });
  }
});
