/**
 * The sample article factx was conceived for (BBC, 2024-10-18): what issue 2 says
 * it must yield, checked on the built CLI's JSON output.
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import type { DocumentFacts } from "../src/facts.js";
import { factx, SAMPLE } from "./helpers.js";

let facts: DocumentFacts;
const text = readFileSync(SAMPLE, "utf8");
/** offset of the n-th occurrence of a phrase in the sample */
const at = (phrase: string, n = 1) => {
  let i = -1;
  for (let k = 0; k < n; k++) i = text.indexOf(phrase, i + 1);
  if (i < 0) throw new Error(`not in sample: ${phrase}`);
  return i;
};
const dateAt = (offset: number) => facts.dates.find((d) => d.start <= offset && offset < d.end);

beforeAll(() => {
  const r = factx(["--format", "json", SAMPLE]);
  expect(r.code).toBe(0);
  facts = JSON.parse(r.stdout);
});

describe("sample: dates", () => {
  it.each([
    ["on Friday", 1, "Friday", "2024-10-18"],
    ["Last week", 1, "Last week", "2024-W41"],
    ["On Thursday", 1, "Thursday", "2024-10-17"],
    ["1 November", 1, "1 November", "2024-11-01"],
    ["in August", 1, "August", "2024-08"],
    ["Earlier this week", 1, "this week", "2024-W42"],
    ["this week that", 1, "this week", "2024-W42"],
    ["since August", 1, "August", "2024-08"],
  ])("%s (#%i) → %s = %s", (phrase, n, words, value) => {
    const d = dateAt(at(phrase, n) + phrase.indexOf(words));
    expect(d, phrase).toBeDefined();
    expect(d!.text).toContain(words);
    expect(d!.text).not.toMatch(/^(on|in|since) |[.,]$/i);
    expect(d!.value).toBe(value);
  });
  it("takes no date from 2,600 or 122-mm", () => {
    expect(dateAt(at("2,600"))).toBeUndefined();
    expect(dateAt(at("122-mm"))).toBeUndefined();
  });
});

describe("sample: quantities", () => {
  const find = (value: number) => facts.quantities.filter((q) => q.value === value);
  it.each([
    [10000, /soldier/, ["exact"]],
    [1500, /troop/, ["exact"]],
    [12000, null, ["approx"]],
    [11000, /troop/, ["approx", "max"]],
    [2600, /soldier/, ["exact"]],
    [13000, /container/, ["exact"]],
    [8e6, /shell/, ["max"]],
  ])("%d %s %j", (value, unit, bounds) => {
    const [q] = find(value);
    expect(q, String(value)).toBeDefined();
    if (unit) expect(q.unit).toMatch(unit);
    expect(bounds).toContain(q.bound);
  });
  it("reads the calibres 122 mm and 152 mm as measures, not counts", () => {
    for (const v of [122, 152]) {
      const [q] = find(v);
      expect(q, String(v)).toBeDefined();
      expect(q.unit).toBe("mm");
      expect(q.kind).toBe("measure");
    }
    expect(find(8000122)).toEqual([]);
  });
});

describe("sample: places", () => {
  const mentions = () => facts.places.flatMap((p) => p.mentions.map((m) => ({ ...m, place: p })));
  it.each([
    "North Korea", "Russia", "Ukraine", "South Korea", "Seoul", "Poltava region", "Moscow", "Pyongyang",
    "Kursk region", "Vladivostok", "Ussuriysk", "Khabarovsk", "Vlagoveshensk", "Chongjin", "Far East",
  ])("finds %s", (name) => {
    expect(mentions().some((m) => m.text.includes(name))).toBe(true);
  });
  it("has clean spans: no possessive, comma or bracket; no bare South or Korea", () => {
    for (const m of mentions()) {
      expect(m.text).not.toMatch(/['’]s?$|[,()]|^the /);
      expect(["South", "Korea", "North"]).not.toContain(m.text);
    }
  });
  it("resolves Kursk region to Kursk Oblast and Vlagoveshensk to Blagoveshchensk (fuzzy)", () => {
    const kursk = mentions().find((m) => m.text.includes("Kursk"))!.place;
    expect(kursk.geonameId).toBe(538555);
    const blag = mentions().find((m) => m.text === "Vlagoveshensk")!.place;
    expect(blag.geonameId).toBe(2026609);
    expect(blag.match).toBe("fuzzy");
  });
});

describe("sample: speakers", () => {
  const speaker = (re: RegExp) => facts.speakers.find((s) => re.test(s.name));
  it.each([
    [/Volodymyr Zelensky/, 1],
    [/Yoon Suk Yeol/, 1],
    [/Kyrylo Budanov/, 3],
    [/Valeriy Ryabykh/, 1],
    [/National Intelligence Service|NIS|spy agency/, 3],
    [/Yoon.s office/, 1],
    [/military source/, 1],
    [/military experts/, 1],
    [/anonymous sources/, 1],
    [/Kim Jong Un/, 1],
  ])("%s has at least %i statement(s)", (re, n) => {
    const s = speaker(re);
    expect(s, String(re)).toBeDefined();
    expect(s!.quotes.length).toBeGreaterThanOrEqual(n);
  });
  it("gives both of Ryabykh's quotes to him, the second (a paragraph with no cue) continuing the first", () => {
    for (const words of ["They could guard some sections", "I would rule out the possibility"]) {
      const i = at(words);
      const q = facts.quotes.find((x) => x.start <= i && i < x.end);
      expect(q?.speaker, words).toBe("Valeriy Ryabykh");
    }
  });
  it("puts “it said” after the NIS paragraph on the NIS", () => {
    const q = facts.quotes.find((x) => x.source?.text === "it" && x.start > at("The NIS said it found"));
    expect(q?.speaker).toMatch(/National Intelligence Service|NIS|spy agency/);
  });
  it("names no person August or North", () => {
    for (const s of facts.speakers) expect(s.name).not.toMatch(/^(August|North)$/);
  });
});

describe("sample: golden facts", () => {
  // fixtures/<sample>.facts.json is what factx extracted when it was last reviewed (factx check --update);
  // the assertions above say what must hold, this one guards every other line against regressions
  it("factx check fixtures/ finds no difference", () => {
    const r = factx(["check", "fixtures/"]);
    expect(r.stdout).toMatch(/^1 passed, 0 failed$/m);
    expect(r.code).toBe(0);
  });
});
