import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, SAMPLE } from "../helpers.js";

describe("Ctrl-C", () => {
  it("stops cleanly: exit 130, every line written is a whole JSON document", { timeout: 120_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "factx-int-"));
    const input = join(dir, "many.jsonl");
    const text = readFileSync(SAMPLE, "utf8");
    writeFileSync(input, Array.from({ length: 400 }, (_, i) => JSON.stringify({ id: String(i), text })).join("\n"));
    const child = spawn(process.execPath, [BIN, "--ndjson", input], { env: { ...process.env, NO_COLOR: "1" } });
    let stdout = "";
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    const code = await new Promise<number | null>((resolve) => {
      child.stdout.on("data", (d) => {
        stdout += d;
        if (stdout.includes("\n") && !child.killed) child.kill("SIGINT");
      });
      child.on("close", resolve);
    });
    expect(code).toBe(130);
    expect(stderr).toMatch(/interrupted/);
    expect(stdout.endsWith("\n")).toBe(true);
    const lines = stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.length).toBeLessThan(400);
    expect(lines.map((l) => l.id)).toEqual(lines.map((_, i) => String(i)));
  });
});
