import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { factx, SAMPLE, spansOf, validateFacts } from "../helpers.js";

const sampleText = readFileSync(SAMPLE, "utf8");

describe("output formats", () => {
  it("writes JSON that validates against the schema, with offsets into the original text", () => {
    const r = factx(["--format", "json", SAMPLE]);
    expect(r.code).toBe(0);
    const facts = JSON.parse(r.stdout);
    expect(validateFacts(facts), JSON.stringify(validateFacts.errors)).toBe(true);
    const spans = spansOf(facts);
    expect(spans.length).toBeGreaterThan(40);
    for (const s of spans) expect(sampleText.slice(s.start, s.end)).toBe(s.text);
  });

  it("defaults to JSON when stdout is piped", () => {
    const r = factx([SAMPLE]);
    expect(JSON.parse(r.stdout).id).toBe(SAMPLE);
  });

  it("writes an array for several inputs with --format json", () => {
    const r = factx(["--format", "json", SAMPLE, SAMPLE]);
    const list = JSON.parse(r.stdout);
    expect(list).toHaveLength(2);
  });

  it("reads stdin and takes the dateline as the reference date", () => {
    const r = factx(["--format", "json"], { input: sampleText });
    const facts = JSON.parse(r.stdout);
    expect(facts.id).toBe("<stdin>");
    expect(facts).toMatchObject({ date: "2024-10-18", dateSource: "dateline" });
  });

  it("--date overrides the dateline", () => {
    const facts = JSON.parse(factx(["--format", "json", "--date", "2020-01-01", SAMPLE]).stdout);
    expect(facts).toMatchObject({ date: "2020-01-01", dateSource: "option" });
  });

  it("without any reference date leaves relative dates unresolved and says so", () => {
    const facts = JSON.parse(factx(["--format", "json"], { input: "Officials said on Thursday that talks had failed." }).stdout);
    expect(facts.date).toBeNull();
    const thursday = facts.dates.find((d: { text: string }) => d.text === "Thursday");
    expect(thursday.unresolved).toBe(true);
    expect(thursday.value).toMatch(/^X/);
    expect(facts.warnings.join(" ")).toMatch(/no reference date/);
  });

  it("--only narrows the categories", () => {
    const facts = JSON.parse(factx(["--format", "json", "--only", "dates", SAMPLE]).stdout);
    expect(facts.dates.length).toBeGreaterThan(0);
    expect(facts.quantities).toEqual([]);
    expect(facts.places).toEqual([]);
    expect(facts.quotes).toEqual([]);
  });

  it("prints tables without colour codes when colour is off, fitted to 80 columns", () => {
    const r = factx(["--format", "table", SAMPLE], { env: { COLUMNS: "80" } });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/\x1b\[/);
    for (const section of ["Dates", "Quantities", "Places", "Who said what"]) expect(r.stdout).toContain(section);
    for (const line of r.stdout.split("\n")) expect(line.length).toBeLessThanOrEqual(80);
  });

  it("colours tables with FORCE_COLOR", () => {
    const r = factx(["--format", "table", SAMPLE], { env: { NO_COLOR: "", FORCE_COLOR: "1" } });
    expect(r.stdout).toMatch(/\x1b\[/);
  });
});
