/**
 * How factx starts (bin/factx.js, src/build/launch.ts) as built in dist/ (`npm test` builds first):
 * run as a program (its /bin/sh part, as npm's bin link runs it) or as `node bin/factx.js`, with
 * or without the startup snapshot, one document or a batch, the output is the same. No timing.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, ROOT, SAMPLE } from "../helpers.js";

function run(cmd: string[], env: Record<string, string> = {}, input = ""): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(cmd[0], cmd.slice(1), { cwd: ROOT, input, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", ...env }, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe.skipIf(process.platform === "win32")("bin/factx.js", () => {
  it("gives the same facts run as a program, with node, and without the snapshot", () => {
    const args = [SAMPLE, "--format", "json"];
    const direct = run([BIN, ...args]);
    expect(direct.code).toBe(0);
    expect(direct.stderr).toBe("");
    expect(JSON.parse(direct.stdout).places.length).toBeGreaterThan(0);
    expect(run([process.execPath, BIN, ...args])).toEqual(direct);
    expect(run([BIN, ...args], { FACTX_NO_SNAPSHOT: "1" })).toEqual(direct);
  });

  it("reads stdin, takes options with values, and runs a batch, run as a program", () => {
    const text = "Prices rose 5% in Paris on Monday, officials said.";
    const one = run([BIN, "--date", "2024-10-18", "--only", "dates,places", "-f", "ndjson"], {}, text);
    expect(one.code).toBe(0);
    const facts = JSON.parse(one.stdout);
    expect(facts.dates[0].value).toBe("2024-10-14");
    expect(facts.quantities).toEqual([]);
    const dir = mkdtempSync(join(tmpdir(), "factx-launch-"));
    const file = join(dir, "docs.jsonl");
    writeFileSync(file, [1, 2, 3].map((i) => JSON.stringify({ id: `d${i}`, text, date: "2024-10-18" })).join("\n") + "\n");
    const batch = run([BIN, "--ndjson", "--only", "dates,places", file]);
    expect(batch.code).toBe(0);
    expect(batch.stdout.trim().split("\n").map((l) => JSON.parse(l).id)).toEqual(["d1", "d2", "d3"]);
    expect(JSON.parse(batch.stdout.split("\n")[0]).places).toEqual(facts.places);
  });

  it("passes arguments through unchanged: --version, --help, a missing file", () => {
    expect(run([BIN, "--version"]).stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    expect(run([BIN, "--help"]).stdout).toMatch(/Usage: factx/);
    const missing = run([BIN, join(ROOT, "no such file.txt")]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no such file\.txt/);
  });
});

describe("the launchers' lists of options that take a value", () => {
  // bin/factx.js (its /bin/sh part) and src/build/launch.ts each skip an option's value when they count the
  // documents on a command line; a value taken for a document would send one document to the slower path
  const fromHelp = (args: string[]) => [...run([process.execPath, BIN, ...args]).stdout.matchAll(/^\s+(?:(-\w), )?(--[\w-]+) <[^>]+>/gm)].flatMap((m) => [m[1], m[2]].filter(Boolean));
  const cliValueOptions = new Set([...fromHelp(["--help"]), ...fromHelp(["check", "--help"])]);

  it("finds the value options in --help (the test reads what it checks)", () => {
    expect(cliValueOptions.has("--date")).toBe(true);
    expect(cliValueOptions.has("--junit")).toBe(true);
    expect(cliValueOptions.has("--ndjson")).toBe(false);
  });
  it("the shell part of bin/factx.js skips the value of every such option", () => {
    const caseLine = /^\s*(-d\|--date\|[^)]*)\) skip=1/m.exec(readFileSync(BIN, "utf8"))![1];
    expect(new Set(caseLine.split("|"))).toEqual(cliValueOptions);
  });
  it("src/build/launch.ts skips the value of every such option", () => {
    const list = /const VALUE_OPTIONS = new Set\(\[([^\]]*)\]\)/.exec(readFileSync(join(ROOT, "src/build/launch.ts"), "utf8"))![1];
    expect(new Set(list.split(",").map((x) => x.trim().replace(/^"|"$/g, "")))).toEqual(cliValueOptions);
  });
});
