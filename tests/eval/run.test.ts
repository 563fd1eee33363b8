import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers.js";

const runEval = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "tests/eval/run.ts"), ...args], { cwd: ROOT, encoding: "utf8", env: { ...process.env, ...env } });

describe("npm run eval", () => {
  it("says where it looked and exits 0 when there are no corpora", () => {
    const r = runEval([], { FACTX_CORPORA: "/nonexistent/corpora" });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/no corpora found at \/nonexistent\/corpora/);
  });

  it("scores a corpus file given on the command line and writes a JSON report", () => {
    const dir = mkdtempSync(join(tmpdir(), "factx-eval-"));
    const text = "Prices rose 5% on Friday in Paris.";
    const doc = {
      id: "t/1", corpus: "t", text, date: "2024-10-18", annotated: ["dates", "quantities"],
      gold: {
        dates: [{ start: 18, end: 24, text: "Friday", type: "DATE", value: "2024-10-18" }],
        quantities: [{ value: 5, unit: "%", normalizedUnit: "percentage", change: "up", concept: null }],
      },
    };
    writeFileSync(join(dir, "tiny.jsonl"), JSON.stringify(doc) + "\n");
    const r = runEval([join(dir, "tiny.jsonl"), "--json", join(dir, "report.json")]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/tiny\s+dates\.value/);
    const report = JSON.parse(readFileSync(join(dir, "report.json"), "utf8"));
    expect(report.tiny.factx["dates.value"].f1).toBe(1);
    expect(report.tiny.factx["quantities.value"].f1).toBe(1);
    expect(report.tiny.compromise["dates.relaxed"]).toBeDefined();
  });
});
