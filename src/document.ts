/** A document: the original text, its id and the date its relative expressions are anchored to. */
export interface Document {
  readonly id: string;
  readonly text: string;
  /** where the article's sentences begin: after a leading dateline ("date 2024-10-18 "), else 0 */
  readonly bodyStart: number;
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

/** The leading dateline's date and where the text after it begins, or null. */
export function readDateline(text: string): { date: string; end: number } | null {
  const m = DATELINE.exec(text.slice(0, 64));
  return m && isIsoDay(m[1]) ? { date: m[1], end: m[0].length } : null;
}

export function detectDateline(text: string): string | null {
  return readDateline(text)?.date ?? null;
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
  const dateline = readDateline(input.text);
  const bodyStart = dateline?.end ?? 0;
  if (input.date) return { id, text: input.text, bodyStart, referenceDate: input.date, dateSource: "input" };
  if (options.date) return { id, text: input.text, bodyStart, referenceDate: options.date, dateSource: "option" };
  return { id, text: input.text, bodyStart, referenceDate: dateline?.date ?? null, dateSource: dateline ? "dateline" : null };
}
