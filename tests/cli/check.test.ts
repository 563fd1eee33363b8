import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { factx } from "../helpers.js";

let dir: string;
const article = "Officials said on Friday that 300 soldiers had arrived in Berlin.\n";

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "factx-check-"));
  writeFileSync(join(dir, "story.txt"), article);
});

const update = () => factx(["check", "--update", "--date", "2024-10-18", dir]);
const check = (...args: string[]) => factx(["check", "--date", "2024-10-18", ...args, dir]);
const expectedFile = () => join(dir, "story.facts.json");

describe("factx check", () => {
  it("--update writes the expected facts, and a check against them passes", () => {
    expect(update().code).toBe(0);
    const expected = JSON.parse(readFileSync(expectedFile(), "utf8"));
    expect(expected.quantities[0]).toMatchObject({ value: 300 });
    const r = check();
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/PASS .*story\.txt/);
    expect(r.stdout).toMatch(/^1 passed, 0 failed$/m);
  });

  it("fails with exit 1 and a diff naming the missing fact, with the text around it", () => {
    update();
    const expected = JSON.parse(readFileSync(expectedFile(), "utf8"));
    expected.quantities.push({ ...expected.quantities[0], start: 0, end: 9, text: "Officials", value: 7 });
    writeFileSync(expectedFile(), JSON.stringify(expected));
    const r = check();
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/FAIL .*story\.txt: 1 difference/);
    expect(r.stdout).toMatch(/- missing +quantities 0-9 "Officials" .*value=7/);
    expect(r.stdout).toMatch(/\[Officials\] said on Friday/);
  });

  it("reports a changed value, and --ignore skips the fields a team does not care about", () => {
    update();
    const expected = JSON.parse(readFileSync(expectedFile(), "utf8"));
    expected.quantities[0].bound = "approx";
    writeFileSync(expectedFile(), JSON.stringify(expected));
    const r = check();
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/~ changed +quantities .*expected bound="approx" → got bound="exact"/);
    expect(check("--ignore", "bound").code).toBe(0);
    expect(check("--only", "dates").code).toBe(0);
  });

  it("writes a JUnit XML report and a JSON report", () => {
    update();
    const junit = join(dir, "report.xml");
    const r = check("--format", "json", "--junit", junit);
    expect(JSON.parse(r.stdout)).toMatchObject({ passed: 1, failed: 0 });
    const xml = readFileSync(junit, "utf8");
    expect(xml).toMatch(/<testsuite name="factx check" tests="1" failures="0"/);
    expect(xml).toMatch(/<testcase classname="factx.check" name=".*story\.txt"/);
  });

  it("fails when it finds nothing to check", () => {
    const r = factx(["check", dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/no articles with expected facts/);
  });
});
