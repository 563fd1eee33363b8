/**
 * `factx check`: extract every article that has an expected-facts file beside it
 * (name.txt + name.facts.json) and compare; --update writes the expected files.
 */
import { existsSync } from "node:fs";
import { readFile, readdir, stat, writeFile } from "node:fs/promises";
import { basename, dirname, extname, join } from "node:path";
import { compareFacts, expectedOf, type Expected, type FactDiff } from "../check.js";
import type { Category } from "../facts.js";
import { extractDocument } from "../index.js";
import { decode } from "./decode.js";
import { palette } from "../render/style.js";

export interface CheckOptions {
  update: boolean;
  only?: Category[];
  ignore: string[];
  date?: string;
  format: "text" | "json";
  junit?: string;
  color: boolean;
}

export interface CheckResult {
  file: string;
  expectedFile: string;
  status: "pass" | "fail" | "updated" | "error";
  diffs: FactDiff[];
  error?: string;
  seconds: number;
  /** the article's text, for context lines (left out of the JSON report) */
  text?: string;
}

const ARTICLE = /\.(txt|md|html?)$/i;
export const expectedPath = (article: string) => join(dirname(article), basename(article, extname(article)) + ".facts.json");

async function collect(paths: string[], update: boolean): Promise<{ articles: string[]; errors: CheckResult[] }> {
  const articles: string[] = [];
  const errors: CheckResult[] = [];
  const walk = async (dir: string) => {
    for (const e of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = join(dir, e.name);
      if (e.isDirectory() && !e.name.startsWith(".") && e.name !== "node_modules") await walk(full);
      else if (e.isFile() && ARTICLE.test(e.name) && (update || existsSync(expectedPath(full)))) articles.push(full);
    }
  };
  for (const p of paths) {
    try {
      if ((await stat(p)).isDirectory()) await walk(p);
      else articles.push(p);
    } catch {
      errors.push({ file: p, expectedFile: expectedPath(p), status: "error", diffs: [], error: "no such file or directory", seconds: 0 });
    }
  }
  return { articles, errors };
}

async function checkOne(file: string, options: CheckOptions): Promise<CheckResult> {
  const t0 = performance.now();
  const expectedFile = expectedPath(file);
  const done = (r: Omit<CheckResult, "file" | "expectedFile" | "seconds">): CheckResult => ({ file, expectedFile, seconds: (performance.now() - t0) / 1000, ...r });
  const decoded = decode(await readFile(file));
  if (!decoded.ok) return done({ status: "error", diffs: [], error: decoded.message });
  const facts = extractDocument({ id: basename(file), text: decoded.text }, { date: options.date, only: options.only });
  const actual = expectedOf(facts, options.only);
  if (options.update) {
    await writeFile(expectedFile, JSON.stringify(actual, null, 2) + "\n");
    return done({ status: "updated", diffs: [] });
  }
  if (!existsSync(expectedFile)) return done({ status: "error", diffs: [], error: `no expected facts at ${expectedFile} (run with --update to write them)` });
  let expected: Expected;
  try {
    expected = JSON.parse(await readFile(expectedFile, "utf8")) as Expected;
  } catch (e) {
    return done({ status: "error", diffs: [], error: `${expectedFile}: not valid JSON (${(e as Error).message})` });
  }
  const diffs = compareFacts(expected, actual, { only: options.only, ignore: options.ignore });
  return done({ status: diffs.length ? "fail" : "pass", diffs, text: decoded.text });
}

function context(text: string, d: FactDiff): string {
  const a = Math.max(0, d.start - 40);
  const b = Math.min(text.length, d.end + 40);
  return `…${text.slice(a, d.start)}[${text.slice(d.start, d.end)}]${text.slice(d.end, b)}…`.replace(/\s+/g, " ");
}

const brief = (f: Record<string, unknown> | undefined, fields?: string[]) =>
  f ? Object.entries(f).filter(([k]) => (fields ? fields.includes(k) : !["start", "end", "text"].includes(k))).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(" ") : "";

export function formatResult(r: CheckResult, color: boolean): string {
  const c = palette(color);
  if (r.status === "pass") return `${c.green("PASS")} ${r.file}\n`;
  if (r.status === "updated") return `${c.cyan("UPDATED")} ${r.expectedFile}\n`;
  if (r.status === "error") return `${c.red("ERROR")} ${r.file}: ${r.error}\n`;
  const lines = [`${c.red("FAIL")} ${r.file}: ${r.diffs.length} difference(s)`];
  for (const d of r.diffs) {
    const where = `${d.category} ${d.start}-${d.end} "${d.text}"`;
    if (d.kind === "missing") lines.push(c.red(`  - missing    ${where}  ${brief(d.expected)}`));
    else if (d.kind === "unexpected") lines.push(c.yellow(`  + unexpected ${where}  ${brief(d.actual)}`));
    else lines.push(c.magenta(`  ~ changed    ${where}  expected ${brief(d.expected, d.fields)} → got ${brief(d.actual, d.fields)}`));
    if (r.text) lines.push(c.dim(`      ${context(r.text, d)}`));
  }
  return lines.join("\n") + "\n";
}

const xml = (s: string) => s.replace(/[<>&"']/g, (ch) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[ch]!);

export function junitReport(results: CheckResult[]): string {
  const failures = results.filter((r) => r.status === "fail").length;
  const errors = results.filter((r) => r.status === "error").length;
  const time = results.reduce((s, r) => s + r.seconds, 0);
  const cases = results.map((r) => {
    const head = `  <testcase classname="factx.check" name="${xml(r.file)}" time="${r.seconds.toFixed(3)}"`;
    if (r.status === "fail") return `${head}>\n    <failure message="${r.diffs.length} difference(s)">${xml(formatResult(r, false))}</failure>\n  </testcase>`;
    if (r.status === "error") return `${head}>\n    <error message="${xml(r.error ?? "")}"/>\n  </testcase>`;
    return `${head}/>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuite name="factx check" tests="${results.length}" failures="${failures}" errors="${errors}" time="${time.toFixed(3)}">\n${cases.join("\n")}\n</testsuite>\n`;
}

/** Runs the check; returns the results (the caller prints and picks the exit code). */
export async function runCheck(paths: string[], options: CheckOptions, write: (s: string) => Promise<void>): Promise<CheckResult[]> {
  const { articles, errors } = await collect(paths.length ? paths : ["."], options.update);
  const results: CheckResult[] = [...errors];
  for (const file of articles) {
    let r: CheckResult;
    try {
      r = await checkOne(file, options);
    } catch (e) {
      r = { file, expectedFile: expectedPath(file), status: "error", diffs: [], error: (e as Error).message, seconds: 0 };
    }
    results.push(r);
    if (options.format === "text") await write(formatResult(r, options.color));
  }
  const count = (s: CheckResult["status"]) => results.filter((r) => r.status === s).length;
  if (options.format === "json") {
    await write(JSON.stringify({ passed: count("pass"), failed: count("fail"), errors: count("error"), updated: count("updated"), results: results.map(({ text: _t, ...r }) => r) }, null, 2) + "\n");
  } else {
    if (!results.length) await write("no articles with expected facts (name.txt + name.facts.json) found\n");
    await write(`\n${count("pass")} passed, ${count("fail")} failed${count("error") ? `, ${count("error")} errors` : ""}${count("updated") ? `, ${count("updated")} updated` : ""}\n`);
  }
  if (options.junit) await writeFile(options.junit, junitReport(results));
  return results;
}
