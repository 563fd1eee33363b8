/**
 * Where documents come from: files, stdin, or JSON lines. Yields each document or
 * an error naming the input, so one bad input never stops the others.
 */
import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { createInterface } from "node:readline";
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

export type InputItem =
  | { readonly ok: true; readonly label: string; readonly input: DocumentInput; readonly warnings: readonly string[] }
  | ({ readonly ok: false } & InputError);

export interface InputOptions {
  ndjson: boolean;
  /** the largest document (or JSON line) accepted, in bytes */
  maxBytes: number;
  stdin: Readable;
}

const STDIN = "-";

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

function fromText(label: string, id: string, bytes: Buffer): InputItem {
  const decoded = decode(bytes);
  if (!decoded.ok) return fail(label, decoded.code, decoded.message, id);
  if (decoded.text.trim() === "") return fail(label, "empty", "empty input: no text to read", id);
  return { ok: true, label, input: { id, text: decoded.text }, warnings: decoded.warnings };
}

/** One JSON line → a document: {"id"?, "text", "date"?}; other fields are ignored. */
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
  return { ok: true, label: where, input: { id, text: o.text, date: (o.date as string | undefined) ?? null }, warnings: [] };
}

async function* jsonLines(stream: Readable, label: string, maxBytes: number): AsyncGenerator<InputItem> {
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let lineNo = 0;
  for await (const raw of lines) {
    lineNo++;
    const line = lineNo === 1 ? raw.replace(/^\uFEFF/, "") : raw;
    if (line.trim() === "") continue;
    if (Buffer.byteLength(line) > maxBytes) {
      yield fail(`${label}:${lineNo}`, "too-large", `JSON line larger than ${maxBytes} bytes`);
      continue;
    }
    yield fromJsonLine(line, label, lineNo);
  }
}

export async function* readInputs(paths: readonly string[], options: InputOptions): AsyncGenerator<InputItem> {
  const list = paths.length ? paths : [STDIN];
  for (const path of list) {
    const label = path === STDIN ? "<stdin>" : path;
    if (path !== STDIN) {
      try {
        const info = await stat(path);
        if (info.isDirectory()) { yield fail(label, "directory", "is a directory"); continue; }
        if (!options.ndjson && info.size > options.maxBytes) { yield fail(label, "too-large", `file is ${info.size} bytes, over the ${options.maxBytes}-byte limit (--max-bytes)`); continue; }
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        yield fail(label, code === "ENOENT" ? "not-found" : "unreadable", code === "ENOENT" ? "no such file" : (e as Error).message);
        continue;
      }
    }
    if (options.ndjson) {
      const stream = path === STDIN ? options.stdin : createReadStream(path);
      try {
        yield* jsonLines(stream, label, options.maxBytes);
      } catch (e) {
        yield fail(label, "unreadable", (e as Error).message);
      }
      continue;
    }
    try {
      const bytes = path === STDIN ? await readAll(options.stdin, options.maxBytes) : await readFile(path);
      if (bytes === null) { yield fail(label, "too-large", `input over the ${options.maxBytes}-byte limit (--max-bytes)`); continue; }
      yield fromText(label, label, bytes);
    } catch (e) {
      yield fail(label, "unreadable", (e as Error).message);
    }
  }
}
