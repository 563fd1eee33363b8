/** Output formats: a closed union, each mapped to a renderer that returns strings. */
import type { DocumentFacts } from "../facts.js";
import { renderTable, type TableOptions } from "./table.js";

export const FORMATS = ["table", "json", "ndjson"] as const;
export type Format = (typeof FORMATS)[number];

export interface RenderOptions extends TableOptions {
  /** how many documents this run will write, when known (json writes an array for more than one) */
  expected: number | null;
}

/** A renderer turns each document into a string; `open`/`close` wrap the whole run. */
export interface Renderer {
  open(options: RenderOptions): string;
  document(facts: DocumentFacts, index: number, options: RenderOptions): string;
  close(count: number, options: RenderOptions): string;
}

const asArray = (o: RenderOptions) => o.expected !== 1;

export const RENDERERS = {
  table: {
    open: () => "",
    document: (facts, index, options) => (index > 0 ? "\n" : "") + renderTable(facts, options),
    close: () => "",
  },
  json: {
    open: (o) => (asArray(o) ? "[\n" : ""),
    document: (facts, index, o) =>
      asArray(o) ? (index > 0 ? ",\n" : "") + JSON.stringify(facts, null, 2) : JSON.stringify(facts, null, 2) + "\n",
    close: (count, o) => (asArray(o) ? (count > 0 ? "\n]\n" : "]\n") : ""),
  },
  ndjson: {
    open: () => "",
    document: (facts) => JSON.stringify(facts) + "\n",
    close: () => "",
  },
} satisfies Record<Format, Renderer>;
