import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, factx, SAMPLE } from "../helpers.js";

describe("the per-document time limit", () => {
  it("stops a document that runs too long, reports it in place, and the others complete in order", { timeout: 120_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), "factx-limit-"));
    const input = join(dir, "batch.jsonl");
    const huge = (readFileSync(SAMPLE, "utf8") + "\n\n").repeat(80); // ~300,000 characters: seconds of work
    writeFileSync(input, [
      JSON.stringify({ id: "small", text: "Prices rose 5% on Monday." }),
      JSON.stringify({ id: "huge", text: huge }),
      JSON.stringify({ id: "after", text: "Sales fell 3% in 2019." }),
    ].join("\n"));
    const r = factx(["--ndjson", "--time-limit", "1", "--jobs", "2", input]);
    expect(r.code).toBe(1);
    const out = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(["small", "huge", "after"]);
    expect(out[1].error).toMatchObject({ code: "timeout" });
    expect(out[0].quantities[0].value).toBe(5);
    expect(out[2].quantities[0].value).toBe(3);
    expect(r.stderr.trim()).toBe(`factx: ${input}:2: stopped at the time limit of 1 s (--time-limit)`);
  });

  it("stops a single long document too (checked between its pieces), with one line naming it", { timeout: 120_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), "factx-limit1-"));
    const file = join(dir, "huge.txt");
    writeFileSync(file, (readFileSync(SAMPLE, "utf8") + "\n\n").repeat(80));
    const r = factx(["--format", "json", "--time-limit", "0.2", file]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(`factx: ${file}: stopped at the time limit of 0.2 s (--time-limit)`);
    expect(r.stdout).toBe("");
  });

  it("rejects a negative limit as a usage error", () => {
    expect(factx(["--time-limit", "-1", SAMPLE]).code).toBe(2);
  });
});

describe("a closed pipe while printing help", () => {
  it("exits quietly (factx --help | head -1)", () => {
    const r = spawnSync("bash", ["-c", `node "${BIN}" --help | head -1; echo "status=\${PIPESTATUS[0]}"`], { encoding: "utf8" });
    expect(r.stdout).toMatch(/^Usage: factx/);
    expect(r.stdout).toMatch(/status=0/);
    expect(r.stderr).toBe("");
  });
});
