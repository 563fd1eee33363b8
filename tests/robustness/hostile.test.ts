/** Hostile and odd input: very long documents, CRLF, astral characters, other scripts, and every crash ever found. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CHUNK_CHARS, splitText } from "../../src/chunk.js";
import { extractDocument } from "../../src/index.js";
import { ROOT, SAMPLE, spansOf, validateFacts } from "../helpers.js";

const sample = readFileSync(SAMPLE, "utf8");

function exactSpans(text: string, facts: object) {
  const spans = spansOf(facts as Record<string, unknown>);
  for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  return spans;
}

describe("very long documents", () => {
  it("cuts at paragraph boundaries into bounded pieces that cover the text exactly", () => {
    const text = Array.from({ length: 30 }, (_, i) => `Paragraph ${i}. ` + "word ".repeat(2000)).join("\n\n");
    const pieces = splitText(text, 20_000);
    expect(pieces[0].start).toBe(0);
    expect(pieces.at(-1)!.end).toBe(text.length);
    for (let i = 1; i < pieces.length; i++) expect(pieces[i].start).toBe(pieces[i - 1].end);
    for (const p of pieces) {
      expect(p.end - p.start).toBeLessThanOrEqual(20_000);
      if (p.end < text.length) expect(text.slice(p.end - 2, p.end)).toBe("\n\n");
    }
  });

  it("extracts a document longer than one piece with offsets into the whole text and merged entities", { timeout: 120_000 }, () => {
    const body = sample.replace(/^\s*date \S+/, "");
    const text = "date 2024-10-18\n\n" + Array.from({ length: Math.ceil((CHUNK_CHARS * 2.5) / body.length) }, () => body).join("\n\n");
    expect(text.length).toBeGreaterThan(CHUNK_CHARS * 2);
    const copies = text.split(body).length - 1;
    const once = extractDocument({ id: "one", text: body, date: "2024-10-18" });
    const long = extractDocument({ id: "long", text });
    expect(long.date).toBe("2024-10-18");
    expect(validateFacts(JSON.parse(JSON.stringify(long)))).toBe(true);
    exactSpans(text, long);
    // every copy yields its quantities; the same place is one entity with every mention
    expect(long.quantities.length).toBe(once.quantities.length * copies);
    const names = long.places.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
    if (once.places.length) {
      const [p] = once.places;
      const merged = long.places.find((q) => q.name === p.name)!;
      expect(merged.mentions.length).toBe(p.mentions.length * copies);
    }
    for (const q of long.quotes) if (q.speakerIndex !== null) expect(long.speakers[q.speakerIndex].quotes).toContain(long.quotes.indexOf(q));
  });
});

describe("line endings and characters", () => {
  it("keeps offsets into the original text with Windows line endings", () => {
    const text = sample.replace(/\n/g, "\r\n");
    const facts = extractDocument({ id: "crlf", text });
    const spans = exactSpans(text, facts);
    const plain = extractDocument({ id: "lf", text: sample });
    expect(facts.dates.map((d) => d.value)).toEqual(plain.dates.map((d) => d.value));
    expect(spans.length).toBeGreaterThan(30);
  });

  it("keeps offsets exact around emoji and other astral characters", () => {
    const text = "😀👩‍👩‍👧 On Friday, 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 prices rose 5% in Paris, officials said. 🎉";
    const facts = extractDocument({ id: "emoji", text, date: "2024-10-18" });
    exactSpans(text, facts);
    expect(facts.dates.map((d) => d.text)).toContain("Friday");
    expect(facts.quantities.map((q) => q.text)).toContain("5%");
  });

  it.each([
    ["Chinese", "北京时间10月18日，朝鲜向俄罗斯派遣了军队。国家情报院说。"],
    ["Arabic", "قالت وكالة التجسس الكورية الجنوبية يوم الجمعة إن كوريا الشمالية أرسلت قوات إلى روسيا."],
    ["Hebrew", "סוכנות הביון של דרום קוריאה אמרה ביום שישי כי צפון קוריאה שלחה חיילים לרוסיה."],
    ["runs of dots", ".".repeat(5000) + " said " + ". . ".repeat(2000)],
    ["one enormous word", "a".repeat(200_000)],
    ["unmatched quotes", "“He said ".repeat(500)],
    ["lone surrogates", "Prices rose \ud800 5% \udc00 on Friday."],
  ])("survives %s", (_what, text) => {
    const facts = extractDocument({ id: "x", text, date: "2024-10-18" });
    exactSpans(text, facts);
    expect(validateFacts(JSON.parse(JSON.stringify(facts)))).toBe(true);
  });
});

describe("crash regressions", () => {
  // tests/robustness/crashes.jsonl: every input that ever crashed factx or broke an offset, one JSON line each
  const lines = readFileSync(join(ROOT, "tests/robustness/crashes.jsonl"), "utf8").split("\n").filter((l) => l.trim());
  it.each(lines.map((l) => JSON.parse(l) as { why: string; text: string; date?: string }).map((c) => [c.why, c] as const))("%s", (_why, c) => {
    const facts = extractDocument({ id: "crash", text: c.text, date: c.date ?? null });
    exactSpans(c.text, facts);
    expect(validateFacts(JSON.parse(JSON.stringify(facts)))).toBe(true);
  });
});
