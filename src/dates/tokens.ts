/**
 * A small tokenizer for time expressions: runs of letters, runs of digits and
 * single punctuation marks, each with its exact offsets. Finer than compromise's
 * terms on purpose: "10:35", "mid-1990s", "two-day" and "a.m." are sequences the
 * grammar reads piece by piece, checking whether the pieces touch.
 */
export interface Token {
  readonly text: string;
  /** lower-cased text */
  readonly low: string;
  readonly start: number;
  readonly end: number;
  readonly kind: "word" | "number" | "punct";
  /** true when white space (or the text start) comes right before this token */
  readonly space: boolean;
}

const TOKEN = /[A-Za-z]+|\d+|[^\sA-Za-z\d]/g;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let prevEnd = -1;
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text))) {
    const t = m[0];
    const c = t.charCodeAt(0);
    const kind = c >= 48 && c <= 57 ? "number" : /[A-Za-z]/.test(t[0]) ? "word" : "punct";
    tokens.push({ text: t, low: t.toLowerCase(), start: m.index, end: m.index + t.length, kind, space: m.index !== prevEnd });
    prevEnd = m.index + t.length;
  }
  return tokens;
}
