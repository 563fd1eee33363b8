/** factx as a library: `import { extract } from "factx"` gives the same typed facts the CLI prints. */
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { factx, ROOT, SAMPLE } from "./helpers.js";

describe("import { extract } from \"factx\"", () => {
  it("resolves the package by name and returns the facts the CLI prints", () => {
    const script = `
      import { extract, compareFacts } from "factx";
      import { readFileSync } from "node:fs";
      const facts = extract(readFileSync(${JSON.stringify(SAMPLE)}, "utf8"), { id: ${JSON.stringify(SAMPLE)} });
      process.stdout.write(JSON.stringify({ facts, compare: typeof compareFacts }));`;
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", script], { cwd: ROOT, encoding: "utf8" });
    expect(r.stderr).toBe("");
    const { facts, compare } = JSON.parse(r.stdout);
    expect(compare).toBe("function");
    const cli = JSON.parse(factx(["--format", "json", SAMPLE]).stdout);
    expect(facts).toEqual(cli);
  });

  it("anchors relative dates to options.date", () => {
    const script = `import { extract } from "factx";
      process.stdout.write(JSON.stringify(extract("Talks resumed on Monday.", { date: "2024-10-18" }).dates));`;
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", script], { cwd: ROOT, encoding: "utf8" });
    expect(JSON.parse(r.stdout)[0]).toMatchObject({ text: "Monday", value: "2024-10-14", type: "DATE" });
  });
});
