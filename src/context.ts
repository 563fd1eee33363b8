import type { Document } from "./document.js";
import type { Parsed } from "./nlp.js";

/** What every extractor receives: the document and its one shared parse. */
export interface Context {
  readonly doc: Document;
  readonly parsed: Parsed;
}
