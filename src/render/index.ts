/** Output formats: a closed union, each mapped to a renderer that returns strings; one writer streams them. */
import type { DocumentFacts } from "../facts.js";
import { placeFeatures } from "./geojson.js";
import { renderHighlight } from "./highlight.js";
import { renderMarkdown } from "./markdown.js";
import { COLUMNS, delimited, factRows } from "./rows.js";
import { renderTable, type TableOptions } from "./table.js";
import { renderTimeline } from "./timeline.js";

export const FORMATS = ["table", "json", "ndjson", "csv", "tsv", "markdown", "geojson", "timeline", "highlight"] as const;
export type Format = (typeof FORMATS)[number];

export interface RenderOptions extends TableOptions {
  /** how many documents this run will write, when known (json writes an array for more than one) */
  expected: number | null;
}

/** What a renderer sees of one document: its facts and the text their offsets point into. */
export interface Rendered {
  facts: DocumentFacts;
  text: string;
}

/** A renderer turns each document into a string; `open`/`close` wrap the whole run. */
export interface Renderer {
  open(options: RenderOptions): string;
  document(doc: Rendered, index: number, options: RenderOptions): string;
  close(count: number, options: RenderOptions): string;
}

const asArray = (o: RenderOptions) => o.expected !== 1;
const none = () => "";
/** Human-readable views, one block per document, a blank line between documents. */
const blocks = (render: (doc: Rendered, o: RenderOptions) => string): Renderer => ({
  open: none,
  document: (doc, index, o) => (index > 0 ? "\n" : "") + render(doc, o),
  close: none,
});
const delimitedRenderer = (sep: "," | "\t"): Renderer => ({
  open: () => delimited(COLUMNS, sep),
  document: ({ facts }) => factRows(facts).map((r) => delimited(COLUMNS.map((c) => r[c]), sep)).join(""),
  close: none,
});

/** A fresh renderer per run: some (geojson) keep state between documents. */
export const RENDERERS = {
  table: () => blocks(({ facts }, o) => renderTable(facts, o)),
  json: () => ({
    open: (o) => (asArray(o) ? "[\n" : ""),
    document: ({ facts }, index, o) =>
      asArray(o) ? (index > 0 ? ",\n" : "") + JSON.stringify(facts, null, 2) : JSON.stringify(facts, null, 2) + "\n",
    close: (count, o) => (asArray(o) ? (count > 0 ? "\n]\n" : "]\n") : ""),
  }),
  ndjson: () => ({ open: none, document: ({ facts }) => JSON.stringify(facts) + "\n", close: none }),
  csv: () => delimitedRenderer(","),
  tsv: () => delimitedRenderer("\t"),
  markdown: () => blocks(({ facts }, o) => renderMarkdown(facts, o.only)),
  geojson: () => {
    let features = 0;
    return {
      open: () => '{"type":"FeatureCollection","features":[',
      document: ({ facts }) => {
        const list = placeFeatures(facts).map((f) => JSON.stringify(f));
        const out = list.length ? (features > 0 ? "," : "") + "\n" + list.join(",\n") : "";
        features += list.length;
        return out;
      },
      close: () => "\n]}\n",
    };
  },
  timeline: () => blocks(({ facts, text }, o) => renderTimeline(facts, text, o)),
  highlight: () => blocks(({ facts, text }, o) => renderHighlight(facts, text, o.color)),
} satisfies Record<Format, () => Renderer>;
