import { describe, expect, it } from "vitest";
import { firstStartingFrom, indexContaining, trimSpan } from "../src/span.js";

const ranges = [{ start: 0, end: 5 }, { start: 8, end: 12 }, { start: 12, end: 20 }];

describe("span searches", () => {
  it("finds the range containing an offset, half-open, or -1 in a gap or outside", () => {
    expect([0, 4, 5, 8, 11, 12, 19, 20, -1].map((p) => indexContaining(ranges, p))).toEqual([0, 0, -1, 1, 1, 2, 2, -1, -1]);
    expect(indexContaining([], 3)).toBe(-1);
  });
  it("finds the first item starting at or after an offset", () => {
    expect([-1, 0, 1, 8, 9, 12, 13].map((p) => firstStartingFrom(ranges, p))).toEqual([0, 0, 1, 1, 2, 2, 3]);
    expect(firstStartingFrom([], 3)).toBe(0);
  });
});

describe("trimSpan", () => {
  it("drops surrounding punctuation and a possessive", () => {
    const text = "(Russia’s) army";
    const s = trimSpan(text, 0, 10);
    expect(s.text).toBe("Russia");
    expect(text.slice(s.start, s.end)).toBe("Russia");
  });
});
