/** Test helpers: run the built CLI as a user would, with colour off. */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const BIN = join(ROOT, "bin/factx.js");
export const SAMPLE = join(ROOT, "fixtures/bbc-2024-10-18-north-korean-troops.txt");

export interface Run { code: number | null; stdout: string; stderr: string }

export function factx(args: string[], options: { input?: string | Buffer; env?: Record<string, string>; cwd?: string } = {}): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    input: options.input ?? "",
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "", ...options.env },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const ajv = new (Ajv2020 as unknown as typeof Ajv2020.default)({ allErrors: true, strict: false });
export const validateFacts = ajv.compile(JSON.parse(readFileSync(join(ROOT, "src/facts.schema.json"), "utf8")));

/** Every span in a facts object reproduces its text from the original document. */
export function spansOf(facts: Record<string, unknown>): Array<{ start: number; end: number; text: string }> {
  const found: Array<{ start: number; end: number; text: string }> = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") {
      const o = v as Record<string, unknown>;
      if (typeof o.start === "number" && typeof o.end === "number" && typeof o.text === "string") found.push(o as never);
      Object.values(o).forEach(walk);
    }
  };
  walk(facts);
  return found;
}
