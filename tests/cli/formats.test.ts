import { spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, factx, SAMPLE } from "../helpers.js";

const text = 'The mayor said on Monday that rents in "Paris, the capital" rose 5%.\n';
const run = (...args: string[]) => factx(["--date", "2024-10-18", ...args], { input: text });

describe("spreadsheet and report formats", () => {
  it("csv: a header of stable columns, one row per fact, RFC 4180 quoting", () => {
    const r = run("--format", "csv");
    const lines = r.stdout.split("\r\n");
    expect(lines[0]).toBe("document,category,start,end,text,value,type,unit,bound,trend,name,lat,lon,speaker,cue");
    const date = lines.find((l) => l.includes(",date,"))!;
    expect(date).toMatch(/^<stdin>,date,\d+,\d+,Monday,2024-10-14,DATE,/);
    const quote = lines.find((l) => l.includes(",quote,"));
    if (quote) expect(quote).toMatch(/,"[^"]*""[^"]*/); // the quotation marks inside the field are doubled
  });
  it("tsv: tab-separated with the same columns", () => {
    const first = run("--format", "tsv").stdout.split("\r\n")[0];
    expect(first.split("\t")).toHaveLength(15);
  });
  it("markdown: a section per document and a table per category", () => {
    const r = run("--format", "markdown");
    expect(r.stdout).toMatch(/^## <stdin>/);
    expect(r.stdout).toMatch(/### Dates\n\n\| text \| value \| type \| offsets \|\n\| --- /);
    expect(r.stdout).toMatch(/\| Monday \| `2024-10-14` \| DATE \|/);
  });
  it("table and markdown: with --only, only the sections extracted (no 'none found' for what was not looked for)", () => {
    const table = run("--format", "table", "--only", "speakers");
    expect(table.stdout).toContain("Who said what");
    expect(table.stdout).not.toMatch(/Dates|Quantities|Places/);
    const md = run("--format", "markdown", "--only", "dates,places");
    expect(md.stdout).toMatch(/### Dates/);
    expect(md.stdout).toMatch(/### Places/);
    expect(md.stdout).not.toMatch(/### Quantities|### Who said what/);
  });
  it("timeline: dates in time order, each with its sentence", () => {
    const r = factx(["--format", "timeline", "--date", "2024-10-18"], { input: "Talks ended on Friday. They had begun on Monday. A deal is due in 2025." });
    const lines = r.stdout.trim().split("\n").slice(1);
    expect(lines.map((l) => l.split(/\s+/)[0])).toEqual(["2024-10-14", "2024-10-18", "2025"]);
    expect(lines[0]).toMatch(/They had begun on «Monday»\./);
  });
  it("highlight: the article with each fact marked in place, and a legend", () => {
    const r = run("--highlight");
    expect(r.stdout).toContain("[[Monday]]{date}");
    expect(r.stdout).toContain("[[5%]]{quantity}");
    expect(r.stdout).toMatch(/legend:/);
  });
  it("geojson: one Point feature per placed place, [lon, lat], with its mentions", () => {
    const r = factx(["--format", "geojson", SAMPLE]);
    const fc = JSON.parse(r.stdout);
    expect(fc.type).toBe("FeatureCollection");
    const kursk = fc.features.find((f: { properties: { geonameId: number } }) => f.properties.geonameId === 538555);
    expect(kursk.geometry.type).toBe("Point");
    const [lon, lat] = kursk.geometry.coordinates;
    expect(lat).toBeGreaterThan(50);
    expect(lat).toBeLessThan(53);
    expect(lon).toBeGreaterThan(34);
    expect(lon).toBeLessThan(38);
    expect(kursk.properties.mentions[0].text).toContain("Kursk");
    expect(kursk.properties.count).toBe(kursk.properties.mentions.length);
  });
  it("geojson: a valid FeatureCollection even when a document has no places", () => {
    const r = factx(["--format", "geojson", "--ndjson"], { input: JSON.stringify({ text: "Nothing here." }) + "\n" + JSON.stringify({ text: "Nothing here either." }) });
    expect(JSON.parse(r.stdout)).toEqual({ type: "FeatureCollection", features: [] });
  });
});

describe("inputs people have", () => {
  it("reads a directory recursively (.txt, .md, .html) in a stable order", () => {
    const dir = mkdtempSync(join(tmpdir(), "factx-dir-"));
    mkdirSync(join(dir, "sub"));
    writeFileSync(join(dir, "b.txt"), "Prices rose 5% on Monday.");
    writeFileSync(join(dir, "sub", "a.md"), "# Note\n\nSales fell 3% in 2019.");
    writeFileSync(join(dir, "skip.json"), "{}");
    const r = factx(["--format", "ndjson", dir]);
    expect(r.code).toBe(0);
    const ids = r.stdout.trim().split("\n").map((l) => JSON.parse(l).id);
    expect(ids).toEqual([join(dir, "b.txt"), join(dir, "sub", "a.md")]);
  });
  it("passes other NDJSON fields through untouched", () => {
    const r = factx(["--ndjson"], { input: JSON.stringify({ id: 7, url: "https://example.com/a", section: "world", text: "Prices rose 5%." }) });
    expect(JSON.parse(r.stdout)).toMatchObject({ id: "7", url: "https://example.com/a", section: "world" });
  });
});

describe("conventions", () => {
  it("--version prints the version", () => {
    expect(factx(["--version"]).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
  it("--help shows examples for the command and for check", () => {
    expect(factx(["--help"]).stdout).toMatch(/Examples:[\s\S]*--ndjson/);
    expect(factx(["check", "--help"]).stdout).toMatch(/Examples:[\s\S]*--update/);
  });
  it("exits quietly when the reader closes the pipe early (factx … | head -1)", () => {
    const dir = mkdtempSync(join(tmpdir(), "factx-pipe-"));
    const input = join(dir, "many.jsonl");
    writeFileSync(input, Array.from({ length: 300 }, (_, i) => JSON.stringify({ id: String(i), text: "Prices rose 5% on Monday in Paris, officials said." })).join("\n"));
    const r = spawnSync("bash", ["-c", `node "${BIN}" --ndjson "${input}" 2>"${dir}/err" | head -1; echo "status=\${PIPESTATUS[0]}"`], { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
    const [first, status] = r.stdout.trim().split("\n");
    expect(JSON.parse(first).id).toBe("0");
    expect(status).toBe("status=0");
    expect(readFileSync(join(dir, "err"), "utf8")).toBe("");
  });
});
