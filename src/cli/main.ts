/** The factx command line: wires inputs → extract → renderers → stdout. The only layer that touches process. */
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { readFileSync } from "node:fs";
import { extractDocument } from "../index.js";
import { CATEGORIES, type Category } from "../facts.js";
import { isIsoDay } from "../document.js";
import { FORMATS, RENDERERS, type Format, type RenderOptions } from "../render/index.js";
import { EXIT, UsageError } from "./exit.js";
import { readInputs } from "./inputs.js";
import { Output } from "./output.js";

interface Options {
  date?: string;
  ndjson: boolean;
  format?: Format;
  only?: Category[];
  color?: boolean;
  maxBytes: number;
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
  return pkg.version;
}

function parseDate(value: string): string {
  if (!isIsoDay(value)) throw new InvalidArgumentError("expected a calendar date YYYY-MM-DD");
  return value;
}

function parseOnly(value: string): Category[] {
  const list = value.split(",").map((s) => s.trim()).filter(Boolean);
  const bad = list.filter((c) => !(CATEGORIES as readonly string[]).includes(c));
  if (bad.length || !list.length) throw new InvalidArgumentError(`expected a comma-separated list of ${CATEGORIES.join(", ")}`);
  return list as Category[];
}

function parseBytes(value: string): number {
  const m = /^(\d+)([kmg]?)b?$/i.exec(value.trim());
  if (!m) throw new InvalidArgumentError("expected a size such as 50m or 1048576");
  return Number(m[1]) * ({ "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2].toLowerCase()] ?? 1);
}

function useColor(opt: boolean | undefined, isTTY: boolean): boolean {
  if (opt !== undefined) return opt;
  if (process.env.FORCE_COLOR && process.env.FORCE_COLOR !== "0") return true;
  if (process.env.NO_COLOR) return false;
  return isTTY;
}

export function program(): Command {
  return new Command("factx")
    .description("Extract dates, quantities, places and speakers from news text, each with its character offsets.")
    .version(version(), "-V, --version")
    .argument("[inputs...]", "files to read; - or none for stdin")
    .option("-d, --date <YYYY-MM-DD>", "reference date for relative dates (default: the document's dateline)", parseDate)
    .option("--ndjson", "read JSON lines {\"id\"?, \"text\", \"date\"?}; write one JSON line per document", false)
    .addOption(new Option("-f, --format <format>", "output format (default: table on a terminal, json when piped)").choices(FORMATS))
    .option("--only <categories>", `extract only these: ${CATEGORIES.join(",")}`, parseOnly)
    .option("--color", "force colour in tables")
    .option("--no-color", "no colour in tables")
    .option("--max-bytes <size>", "largest document or JSON line accepted", parseBytes, 64 * 1024 ** 2)
    .addHelpText(
      "after",
      `
Examples:
  factx article.txt                          tables on the terminal
  factx --date 2024-10-18 a.txt b.txt        anchor "Friday", "last week" to that date
  cat a.txt | factx --format json | jq '.dates[].value'
  factx --ndjson < articles.jsonl > facts.jsonl

Exit codes: 0 all inputs processed; 1 some input could not be processed (the others were); 2 usage error.`,
    );
}

async function run(inputs: string[], options: Options): Promise<number> {
  const stdout = process.stdout;
  if (!inputs.length && process.stdin.isTTY) throw new UsageError("no input: give a file, or pipe text to stdin (see --help)");
  const format: Format = options.format ?? (options.ndjson ? "ndjson" : stdout.isTTY ? "table" : "json");
  const renderer = RENDERERS[format];
  const renderOptions: RenderOptions = {
    color: useColor(options.color, Boolean(stdout.isTTY)),
    width: Math.min(stdout.columns || Number(process.env.COLUMNS) || 80, 120),
    expected: options.ndjson ? null : Math.max(1, inputs.length),
  };
  const out = new Output(stdout);
  let failed = 0;
  let written = 0;
  await out.write(renderer.open(renderOptions));
  for await (const item of readInputs(inputs, { ndjson: options.ndjson, maxBytes: options.maxBytes, stdin: process.stdin })) {
    if (out.closed) break;
    if (!item.ok) {
      failed++;
      process.stderr.write(`factx: ${item.label}: ${item.message}\n`);
      if (format === "ndjson") await out.write(JSON.stringify({ id: item.id, error: { code: item.code, message: item.message } }) + "\n");
      continue;
    }
    for (const w of item.warnings) process.stderr.write(`factx: ${item.label}: warning: ${w}\n`);
    let facts;
    try {
      facts = extractDocument(item.input, { date: options.date, only: options.only });
    } catch (e) {
      failed++;
      const message = `internal error while extracting: ${(e as Error).message}`;
      process.stderr.write(`factx: ${item.label}: ${message}\n`);
      if (format === "ndjson") await out.write(JSON.stringify({ id: item.input.id, error: { code: "internal", message } }) + "\n");
      continue;
    }
    if (item.warnings.length) facts = { ...facts, warnings: [...item.warnings, ...facts.warnings] };
    await out.write(renderer.document(facts, written++, renderOptions));
  }
  await out.write(renderer.close(written, renderOptions));
  return failed ? EXIT.inputError : EXIT.ok;
}

export async function main(argv: string[]): Promise<void> {
  const cmd = program().exitOverride();
  cmd.configureOutput({ writeErr: (s) => process.stderr.write(s) });
  cmd.action(async (inputs: string[], options: Options) => {
    process.exitCode = await run(inputs, options);
  });
  try {
    await cmd.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      process.exitCode = e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    } else if (e instanceof UsageError) {
      process.stderr.write(`factx: ${e.message}\n`);
      process.exitCode = EXIT.usage;
    } else {
      throw e;
    }
  }
}
