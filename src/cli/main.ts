/** The factx command line: wires inputs → extract → renderers → stdout. The only layer that touches process. */
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { readFileSync, statSync } from "node:fs";
import { CATEGORIES, type Category, type DocumentFacts } from "../facts.js";
import { isIsoDay } from "../document.js";
import { FORMATS, RENDERERS, type Format, type RenderOptions } from "../render/index.js";
import { EXIT, UsageError } from "./exit.js";
import { readInputs, type InputDocument } from "./inputs.js";
import { Output } from "./output.js";
import { extractAll, jobCount } from "./pool.js";

interface Options {
  date?: string;
  ndjson: boolean;
  format?: Format;
  highlight?: boolean;
  only?: Category[];
  color?: boolean;
  maxBytes: number;
  timeout: number;
  timeLimit: number;
  jobs?: number;
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

function parseSeconds(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new InvalidArgumentError("expected a number of seconds");
  return n;
}

function parseJobs(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("expected a whole number of threads, 1 or more");
  return n;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function useColor(opt: boolean | undefined, isTTY: boolean): boolean {
  if (opt !== undefined) return opt;
  if (process.env.FORCE_COLOR && process.env.FORCE_COLOR !== "0") return true;
  if (process.env.NO_COLOR) return false;
  return isTTY;
}

/** Fields of the input carried into the output untouched, unless factx writes a field of that name itself. */
function withExtras(facts: DocumentFacts, item: InputDocument): DocumentFacts {
  const extras = Object.fromEntries(Object.entries(item.extras).filter(([k]) => !(k in facts)));
  const warnings = item.warnings.length ? [...item.warnings, ...facts.warnings] : facts.warnings;
  return { ...facts, ...extras, warnings };
}

async function extractCommand(inputs: string[], options: Options): Promise<number> {
  const stdout = process.stdout;
  if (!inputs.length && process.stdin.isTTY) throw new UsageError("no input: give a file, or pipe text to stdin (see --help)");
  const format: Format = options.highlight ? "highlight" : options.format ?? (options.ndjson ? "ndjson" : stdout.isTTY ? "table" : "json");
  const renderer = RENDERERS[format]();
  const renderOptions: RenderOptions = {
    color: useColor(options.color, Boolean(stdout.isTTY)),
    width: Math.min(stdout.columns || Number(process.env.COLUMNS) || 80, 120),
    only: options.only,
    // json writes one object for one document, an array when there may be more
    expected: options.ndjson || inputs.length > 1 || (inputs.length === 1 && isDirectory(inputs[0])) ? null : 1,
  };
  const out = new Output(stdout);
  let failed = 0;
  let written = 0;
  const inputOptions = { ndjson: options.ndjson, maxBytes: options.maxBytes, stdin: process.stdin, timeoutMs: options.timeout * 1000 };
  await out.write(renderer.open(renderOptions));
  // one line on stderr naming the input; with NDJSON output, an error record in the document's place
  const reportError = async (label: string, id: string, code: string, message: string) => {
    failed++;
    process.stderr.write(`factx: ${label}: ${message}\n`);
    if (format === "ndjson") await out.write(JSON.stringify({ id, error: { code, message } }) + "\n");
  };
  // Ctrl-C: stop taking documents, finish the one being written, close the output (whole NDJSON lines,
  // a closed JSON array) and exit 130; a second Ctrl-C ends the process at once.
  let interrupted = false;
  const onInterrupt = () => {
    interrupted = true;
    process.stderr.write("factx: interrupted; finishing the output written so far\n");
    process.once("SIGINT", () => process.exit(EXIT.interrupted));
  };
  process.once("SIGINT", onInterrupt);
  // extractAll: a worker-thread pool for batches (--jobs, default one per core), results in input order
  for await (const { item, outcome } of extractAll(readInputs(inputs, inputOptions), { date: options.date, only: options.only }, options.jobs ?? jobCount(), options.timeLimit * 1000)) {
    if (out.closed || interrupted) break;
    if (!item.ok) {
      await reportError(item.label, item.id, item.code, item.message);
      continue;
    }
    for (const w of item.warnings) process.stderr.write(`factx: ${item.label}: warning: ${w}\n`);
    if (!outcome?.ok) {
      await reportError(item.label, item.input.id ?? item.label, outcome?.code ?? "internal", outcome?.message ?? "internal error: no result");
      continue;
    }
    await out.write(renderer.document({ facts: withExtras(outcome.facts, item), text: item.input.text }, written++, renderOptions));
  }
  await out.write(renderer.close(written, renderOptions));
  process.off("SIGINT", onInterrupt);
  if (interrupted) return EXIT.interrupted;
  return failed ? EXIT.inputError : EXIT.ok;
}

const EXAMPLES = `
Examples:
  factx article.txt                          tables on the terminal
  factx --date 2024-10-18 a.txt b.txt        anchor "Friday", "last week" to that date
  cat a.txt | factx --format json | jq '.dates[].value'
  factx --ndjson < articles.jsonl > facts.jsonl
  factx articles/ --format csv > facts.csv   every .txt, .md and .html file below articles/
  factx https://example.com/story.html       fetch a page, read its article with Readability
  factx --highlight article.txt              the article with every fact marked in place
  factx check fixtures/                      compare with name.facts.json files (see factx check --help)

Exit codes: 0 all inputs processed; 1 some input could not be processed (the others were); 2 usage error.`;

export function program(): Command {
  const cmd = new Command("factx")
    .description("Extract dates, quantities, places and speakers from news text, each with its character offsets.")
    .version(version(), "-V, --version")
    // options after "check" belong to check, though the main command has some of the same names
    .enablePositionalOptions()
    .argument("[inputs...]", "files, directories or http(s) URLs to read; - or none for stdin")
    .option("-d, --date <YYYY-MM-DD>", "reference date for relative dates (default: the document's dateline)", parseDate)
    .option("--ndjson", "read JSON lines {\"id\"?, \"text\", \"date\"?, …}; write one JSON line per document", false)
    .addOption(new Option("-f, --format <format>", "output format (default: table on a terminal, json when piped)").choices(FORMATS))
    .option("--highlight", "print each article with its facts marked in place (same as --format highlight)")
    .option("--only <categories>", `extract only these: ${CATEGORIES.join(",")}`, parseOnly)
    .option("--color", "force colour in tables")
    .option("--no-color", "no colour in tables")
    .option("--max-bytes <size>", "largest document or JSON line accepted", parseBytes, 64 * 1024 ** 2)
    .option("--timeout <seconds>", "how long to wait for a URL", parseSeconds, 20)
    .option("--time-limit <seconds>", "in a batch, stop a document's extraction after this long and report it (0: no limit)", parseSeconds, 10)
    .option("-j, --jobs <n>", "worker threads for a batch (default: one per core; env FACTX_JOBS)", parseJobs)
    .addHelpText("after", EXAMPLES)
    .action(async (inputs: string[], options: Options) => {
      process.exitCode = await extractCommand(inputs, options);
    });

  cmd
    .command("check")
    .description("extract every article that has an expected-facts file beside it (name.txt + name.facts.json) and compare")
    .argument("[paths...]", "articles or directories (default: .)")
    .option("--update", "write the expected-facts files from what factx extracts now", false)
    .option("--only <categories>", `compare only these: ${CATEGORIES.join(",")}`, parseOnly)
    .option("--ignore <fields>", "fields not compared, comma-separated (e.g. lat,lon,rule)", (v: string) => v.split(",").map((s) => s.trim()).filter(Boolean), [] as string[])
    .option("-d, --date <YYYY-MM-DD>", "reference date for relative dates", parseDate)
    .addOption(new Option("-f, --format <format>", "report format").choices(["text", "json"]).default("text"))
    .option("--junit <file>", "also write a JUnit XML report")
    .option("--no-color", "no colour")
    .addHelpText(
      "after",
      `
Examples:
  factx check fixtures/                      every article below fixtures/ with a .facts.json beside it
  factx check --update fixtures/story.txt    accept what factx extracts now
  factx check --ignore lat,lon --junit report.xml fixtures/

Exit codes: 0 all match; 1 a difference or an unreadable file; 2 usage error.`,
    )
    .action(async (paths: string[], o: { update: boolean; only?: Category[]; ignore: string[]; date?: string; format: "text" | "json"; junit?: string; color?: boolean }) => {
      const out = new Output(process.stdout);
      // loaded here: the main command's batches then never load the extractors in this thread
      const { runCheck } = await import("./check.js");
      const results = await runCheck(paths, { ...o, color: useColor(o.color === false ? false : undefined, Boolean(process.stdout.isTTY)) }, (s) => out.write(s));
      // finding nothing to check is a failure too: a CI job pointed at the wrong folder must not pass
      process.exitCode = results.length && results.every((r) => r.status === "pass" || r.status === "updated") ? EXIT.ok : EXIT.inputError;
    });
  return cmd;
}

export async function main(argv: string[]): Promise<void> {
  // a reader that closes the pipe early (factx --help | head -1) ends output quietly, whatever writes
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code !== "EPIPE") throw e;
  });
  const cmd = program().exitOverride();
  cmd.commands.forEach((c) => c.exitOverride());
  cmd.configureOutput({ writeErr: (s) => process.stderr.write(s) });
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
