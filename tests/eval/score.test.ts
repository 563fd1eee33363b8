import { describe, expect, it } from "vitest";
import { matchOneToOne, prf, spanScore } from "../../src/eval/match.js";
import { distanceKm, scoreDates, scorePlaces, scoreQuantities, scoreSpeakers, sumScores, type GoldQuantity } from "../../src/eval/score.js";
import { normalizeUnit } from "../../src/eval/units.js";

describe("prf", () => {
  it("computes precision, recall and F1 from counts", () => {
    expect(prf({ correct: 2, system: 4, gold: 2 })).toMatchObject({ precision: 0.5, recall: 1, f1: 2 / 3 });
    expect(prf({ correct: 0, system: 0, gold: 0 }).f1).toBe(0);
  });
});

describe("span matching", () => {
  it("scores the same span above any overlap, and disjoint spans zero", () => {
    expect(spanScore({ start: 0, end: 5 }, { start: 0, end: 5 })).toBe(2);
    expect(spanScore({ start: 0, end: 4 }, { start: 2, end: 6 })).toBeCloseTo(2 / 6);
    expect(spanScore({ start: 0, end: 2 }, { start: 2, end: 4 })).toBe(0);
  });
  it("pairs one-to-one, best candidates first", () => {
    // system 0 overlaps both gold items; gold 1 is its exact match, so gold 0 takes system 1
    const gold = [{ start: 0, end: 10 }, { start: 5, end: 10 }];
    const sys = [{ start: 5, end: 10 }, { start: 0, end: 4 }];
    expect(matchOneToOne(gold, sys, spanScore).sort()).toEqual([[0, 1], [1, 0]]);
  });
});

describe("dates", () => {
  const gold = [
    { start: 10, end: 16, text: "Friday", type: "DATE", value: "1998-08-07" },
    { start: 30, end: 39, text: "last week", type: "DATE", value: "1998-W31" },
    { start: 50, end: 57, text: "3 years", type: "DURATION", value: "P3Y" },
  ];
  it("counts strict, relaxed, value and type separately", () => {
    const sys = [
      { start: 7, end: 16, type: "DATE", value: "1998-08-07" }, // "on Friday": relaxed + value, not strict
      { start: 30, end: 39, type: "DATE", value: "1998-W32" }, // strict, wrong value
      { start: 70, end: 74, type: "DATE", value: "1998" }, // false positive
    ];
    const s = scoreDates(gold, sys);
    expect(s.strict).toEqual({ correct: 1, system: 3, gold: 3 });
    expect(s.relaxed).toEqual({ correct: 2, system: 3, gold: 3 });
    expect(s.value).toEqual({ correct: 1, system: 3, gold: 3 });
    expect(s.typeAccuracy).toEqual({ correct: 2, system: 2, gold: 2 });
  });
});

describe("places", () => {
  const gold = [
    { start: 0, end: 6, text: "Turkey", type: "Metonymic", geonameId: 298795, lat: 39, lon: 35 },
    { start: 16, end: 24, text: "Qamishli", type: "Literal", geonameId: 173811, lat: 37.05, lon: 41.22 },
  ];
  const adjectives = [{ start: 40, end: 46 }];
  it("scores mentions strict and overlapping, leaves adjective spans out, and geocodes within 161 km", () => {
    const sys = [
      { geonameId: 298795, lat: 39, lon: 35, mentions: [{ start: 0, end: 6 }] },
      { geonameId: null, lat: 37.5, lon: 41.5, mentions: [{ start: 16, end: 25 }] }, // ~57 km off: right
      { geonameId: 163843, lat: 35, lon: 38, mentions: [{ start: 40, end: 46 }] }, // an adjective: ignored
    ];
    const s = scorePlaces(gold, adjectives, sys);
    expect(s.strict).toEqual({ correct: 1, system: 2, gold: 2 });
    expect(s.overlap).toEqual({ correct: 2, system: 2, gold: 2 });
    expect(s.geocoding).toEqual({ correct: 2, system: 2, gold: 2 });
  });
  it("measures great-circle distance", () => {
    expect(distanceKm(51.5074, -0.1278, 48.8566, 2.3522)).toBeGreaterThan(340);
    expect(distanceKm(51.5074, -0.1278, 48.8566, 2.3522)).toBeLessThan(345);
  });
});

describe("quantities", () => {
  const q = (value: GoldQuantity["value"], unit: string, normalizedUnit: string, change = "="): GoldQuantity => ({ value, unit, normalizedUnit, change, concept: null });
  it("matches by value, then unit after normalization, then change", () => {
    const gold = [q(25, "%", "percentage", "up"), q(10000, "troops", "troop"), q([5, 10], "km", "kilometre", "~")];
    const sys = [
      { value: 25, unit: "per cent", bound: "exact", trend: "up" },
      { value: 10000, unit: "soldier", bound: "min", trend: null },
      { value: 5, unit: "km", bound: "approx", trend: null }, // a range only matches a range
    ];
    const s = scoreQuantities(gold, sys);
    expect(s.value.correct).toBe(2);
    expect(s.valueUnit.correct).toBe(1);
    expect(s.valueChange.correct).toBe(1);
  });
  it("normalizes units as the corpora README says", () => {
    expect(normalizeUnit("USD")).toBe("dollar");
    expect(normalizeUnit("$")).toBe("dollar");
    expect(normalizeUnit("Percent")).toBe("percent");
    expect(normalizeUnit("troops")).toBe("troop");
    expect(normalizeUnit("shipping containers")).toBe("shipping container");
    expect(normalizeUnit("miles per hour")).toBe("mile per hour");
    expect(normalizeUnit(null)).toBe("-");
  });
});

describe("speakers", () => {
  const text = 'He said: "We will win," adding that the war was over.';
  const gold = [
    { source: { start: 0, end: 2, text: "He" }, cue: { start: 3, end: 7, text: "said" }, content: { start: 9, end: 23, text: '"We will win,"' }, direct: true },
    { source: { start: 0, end: 2, text: "He" }, cue: { start: 24, end: 30, text: "adding" }, content: { start: 36, end: 53, text: "the war was over" }, direct: false },
  ];
  it("matches content by overlap, direct quotes separately, and sources by overlap", () => {
    const sys = [
      { start: 9, end: 23, source: { start: 0, end: 2 } },
      { start: 31, end: 53, source: null },
    ];
    const s = scoreSpeakers(gold, sys, text);
    expect(s.content).toEqual({ correct: 2, system: 2, gold: 2 });
    expect(s.direct).toEqual({ correct: 1, system: 1, gold: 1 });
    expect(s.source).toEqual({ correct: 1, system: 2, gold: 2 });
  });
});

describe("sumScores", () => {
  it("adds counts across documents (micro-average)", () => {
    const a = { quantities: { value: { correct: 1, system: 2, gold: 2 }, valueUnit: { correct: 0, system: 2, gold: 2 }, valueChange: { correct: 1, system: 2, gold: 2 } } };
    expect(sumScores([a, a]).quantities!.value).toEqual({ correct: 2, system: 4, gold: 4 });
  });
});
