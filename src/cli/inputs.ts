/**
 * Where documents come from: files, directories, URLs, stdin, or JSON lines.
 * Yields each document or an error naming the input, so one bad input never
 * stops the others.
 */
import { createReadStream } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { StringDecoder } from "node:string_decoder";
import type { Readable } from "node:stream";
import type { DocumentInput } from "../document.js";
import { isIsoDay } from "../document.js";
import { decode } from "./decode.js";

export interface InputError {
  readonly label: string;
  readonly id: string;
  readonly code: string;
  readonly message: string;
}

export interface InputDocument {
  readonly ok: true;
  readonly label: string;
  readonly input: DocumentInput;
  readonly warnings: readonly string[];
  /** fields carried into the output untouched (NDJSON fields factx does not read; where an HTML text came from) */
  readonly extras: Readonly<Record<string, unknown>>;
}

export type InputItem = InputDocument | ({ readonly ok: false } & InputError);

export interface InputOptions {
  ndjson: boolean;
  /** the largest document (or JSON line) accepted, in bytes */
  maxBytes: number;
  stdin: Readable;
  /** how long to wait for a URL, in milliseconds */
  timeoutMs: number;
}

const STDIN = "-";
/** what a directory is searched for, recursively */
const ARTICLE_FILE = /\.(txt|md|html?|xhtml)$/i;

function fail(label: string, code: string, message: string, id = label): InputItem {
  return { ok: false, label, id, code, message };
}

async function readAll(stream: Readable, maxBytes: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += chunk.length;
    if (size > maxBytes) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export function looksLikeHtml(text: string, name = ""): boolean {
  return /\.x?html?$/i.test(name) || /^\s*(<!doctype html|<html[\s>])/i.test(text.slice(0, 1024));
}

/** Text or HTML bytes → a document. HTML goes through Readability; its offsets then point into the extracted text. */
async function fromBytes(label: string, bytes: Buffer, extras: Record<string, unknown> = {}, contentType = ""): Promise<InputItem> {
  const decoded = decode(bytes);
  if (!decoded.ok) return fail(label, decoded.code, decoded.message);
  let text = decoded.text;
  let date: string | null = null;
  let more: Record<string, unknown> = {};
  if (/html/i.test(contentType) || looksLikeHtml(text, label)) {
    // Readability and a DOM load only for HTML inputs: plain text starts faster without them
    const { readArticle } = await import("./html.js");
    const article = readArticle(text);
    text = article.text;
    date = article.published;
    more = { source: { ...(extras.source as object), format: "html", title: article.title, published: article.published }, text };
  }
  if (text.trim() === "") return fail(label, "empty", "empty input: no text to read");
  return { ok: true, label, input: { id: label, text, date }, warnings: decoded.warnings, extras: { ...extras, ...more } };
}

/** The fields of a JSON line that factx reads; every other field is passed through to the output. */
const READ_FIELDS = new Set(["id", "text", "date"]);

/** One JSON line → a document: {"id"?, "text", "date"?, …other fields passed through}. */
export function fromJsonLine(line: string, label: string, lineNo: number): InputItem {
  const where = `${label}:${lineNo}`;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return fail(where, "bad-json", `malformed JSON line (${(e as Error).message})`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return fail(where, "bad-json", "a JSON line must be an object with a \"text\" field");
  const o = value as Record<string, unknown>;
  const id = typeof o.id === "string" || typeof o.id === "number" ? String(o.id) : where;
  if (typeof o.text !== "string") return fail(where, "no-text", "JSON line has no string \"text\" field", id);
  if (o.text.trim() === "") return fail(where, "empty", "empty \"text\"", id);
  if (o.date != null && (typeof o.date !== "string" || !isIsoDay(o.date))) return fail(where, "bad-date", `"date" must be YYYY-MM-DD, got ${JSON.stringify(o.date)}`, id);
  const extras = Object.fromEntries(Object.entries(o).filter(([k]) => !READ_FIELDS.has(k)));
  return { ok: true, label: where, input: { id, text: o.text, date: (o.date as string | undefined) ?? null }, warnings: [], extras };
}

/**
 * Lines of a stream, read a chunk at a time as the consumer asks for them (readline reads up to
 * 1,024 lines ahead): memory holds one chunk and one line. A line longer than `max` characters
 * is skipped up to its end and reported as null.
 */
export async function* readLines(stream: Readable, max: number): AsyncGenerator<string | null> {
  const decoder = new StringDecoder("utf8");
  let buffer = "";
  let overlong = false;
  const take = function* (text: string, final: boolean): Generator<string | null> {
    buffer += text;
    let nl: number;
    while ((nl = buffer.indexOf("\n")) >= 0) {
      const line = buffer.slice(0, nl).replace(/\r$/, "");
      buffer = buffer.slice(nl + 1);
      if (overlong) {
        overlong = false;
        yield null;
      } else yield line.length > max ? null : line;
    }
    if (buffer.length > max) {
      overlong = true;
      buffer = "";
    }
    if (final && (buffer || overlong)) yield overlong ? null : buffer.replace(/\r$/, "");
  };
  for await (const chunk of stream) yield* take(typeof chunk === "string" ? chunk : decoder.write(chunk as Buffer), false);
  yield* take(decoder.end(), true);
}

async function* jsonLines(stream: Readable, label: string, maxBytes: number): AsyncGenerator<InputItem> {
  let lineNo = 0;
  for await (const raw of readLines(stream, maxBytes)) {
    lineNo++;
    if (raw === null) {
      yield fail(`${label}:${lineNo}`, "too-large", `JSON line longer than ${maxBytes} characters (--max-bytes)`);
      continue;
    }
    const line = lineNo === 1 ? raw.replace(/^\uFEFF/, "") : raw;
    if (line.trim() === "") continue;
    yield fromJsonLine(line, label, lineNo);
  }
}

async function fromUrl(url: string, options: InputOptions): Promise<InputItem> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(options.timeoutMs), redirect: "follow" });
  } catch (e) {
    const err = e as Error & { cause?: { code?: string; message?: string } };
    const why = err.name === "TimeoutError" ? `no answer within ${options.timeoutMs / 1000} s` : err.cause?.code ?? err.cause?.message ?? err.message;
    return fail(url, "fetch-failed", `could not fetch (${why})`);
  }
  if (!response.ok) return fail(url, "http-error", `HTTP ${response.status} ${response.statusText}`.trim());
  const length = Number(response.headers.get("content-length") ?? 0);
  if (length > options.maxBytes) return fail(url, "too-large", `${length} bytes, over the ${options.maxBytes}-byte limit (--max-bytes)`);
  const bytes = Buffer.from(await response.arrayBuffer());
  if (bytes.length > options.maxBytes) return fail(url, "too-large", `over the ${options.maxBytes}-byte limit (--max-bytes)`);
  return fromBytes(url, bytes, { source: { url } }, response.headers.get("content-type") ?? "");
}

async function* directory(path: string): AsyncGenerator<string> {
  const entries = (await readdir(path, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (e.name.startsWith(".")) continue;
    const full = join(path, e.name);
    if (e.isDirectory()) yield* directory(full);
    else if (e.isFile() && ARTICLE_FILE.test(e.name)) yield full;
  }
}

async function* fromPath(path: string, options: InputOptions, inDirectory = false): AsyncGenerator<InputItem> {
  const label = path === STDIN ? "<stdin>" : path;
  if (/^https?:\/\//i.test(path)) {
    yield await fromUrl(path, options);
    return;
  }
  if (path !== STDIN) {
    try {
      const info = await stat(path);
      if (info.isDirectory()) {
        if (inDirectory) return;
        let any = false;
        for await (const file of directory(path)) {
          any = true;
          yield* fromPath(file, options, true);
        }
        if (!any) yield fail(label, "empty", "directory holds no .txt, .md or .html files");
        return;
      }
      if (!options.ndjson && info.size > options.maxBytes) {
        yield fail(label, "too-large", `file is ${info.size} bytes, over the ${options.maxBytes}-byte limit (--max-bytes)`);
        return;
      }
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      yield fail(label, code === "ENOENT" ? "not-found" : "unreadable", code === "ENOENT" ? "no such file" : (e as Error).message);
      return;
    }
  }
  try {
    if (options.ndjson) {
      yield* jsonLines(path === STDIN ? options.stdin : createReadStream(path), label, options.maxBytes);
      return;
    }
    const bytes = path === STDIN ? await readAll(options.stdin, options.maxBytes) : await readFile(path);
    if (bytes === null) yield fail(label, "too-large", `input over the ${options.maxBytes}-byte limit (--max-bytes)`);
    else yield await fromBytes(label, bytes);
  } catch (e) {
    yield fail(label, "unreadable", (e as Error).message);
  }
}

export async function* readInputs(paths: readonly string[], options: InputOptions): AsyncGenerator<InputItem> {
  for (const path of paths.length ? paths : [STDIN]) yield* fromPath(path, options);
}
