/** A document: the original text, its id and the date its relative expressions are anchored to. */
export interface Document {
  readonly id: string;
  readonly text: string;
  readonly referenceDate: string | null;
  readonly dateSource: "option" | "input" | "dateline" | null;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** true for a real calendar day written YYYY-MM-DD */
export function isIsoDay(value: string): boolean {
  const m = ISO_DAY.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/** A leading dateline such as " date 2024-10-18 North Korea has…" (the form factx's sample uses). */
const DATELINE = /^\s*date[:\s]\s*(\d{4}-\d{2}-\d{2})\b/i;

export function detectDateline(text: string): string | null {
  const m = DATELINE.exec(text.slice(0, 64));
  return m && isIsoDay(m[1]) ? m[1] : null;
}

export interface DocumentInput {
  id?: string;
  text: string;
  /** an explicit reference date for this document (an NDJSON field) */
  date?: string | null;
}

export interface DocumentOptions {
  /** fallback reference date (the --date option) */
  date?: string | null;
}

/** Picks the reference date: the document's own field, then the caller's option, then a dateline. */
export function createDocument(input: DocumentInput, options: DocumentOptions = {}): Document {
  const id = input.id ?? "document";
  if (input.date) return { id, text: input.text, referenceDate: input.date, dateSource: "input" };
  if (options.date) return { id, text: input.text, referenceDate: options.date, dateSource: "option" };
  const dateline = detectDateline(input.text);
  return { id, text: input.text, referenceDate: dateline, dateSource: dateline ? "dateline" : null };
}
