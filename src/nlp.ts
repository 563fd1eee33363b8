/**
 * The only module that imports compromise. It parses a document once and
 * exposes the result as plain terms with character offsets into the original
 * text, so that every extractor works on the same parse and reports offsets
 * that `text.slice(start, end)` reproduces exactly.
 */
import nlp from "compromise";

export type View = ReturnType<typeof nlp>;

export interface Term {
  /** the word as written (compromise strips surrounding punctuation into pre/post) */
  readonly text: string;
  /** compromise's normalized form: lower-case, no punctuation */
  readonly normal: string;
  /** punctuation and white space before and after the word, as in the text */
  readonly pre: string;
  readonly post: string;
  readonly tags: ReadonlySet<string>;
  readonly start: number;
  readonly end: number;
  /** position in the document's term list */
  readonly i: number;
  /** index of the sentence this term belongs to */
  readonly sentence: number;
}

export interface Sentence {
  readonly start: number;
  readonly end: number;
  /** indices [first, last) into Parsed.terms */
  readonly first: number;
  readonly last: number;
}

export interface Parsed {
  readonly text: string;
  readonly terms: readonly Term[];
  readonly sentences: readonly Sentence[];
  /** the compromise view, for extractors that use its matchers */
  readonly view: View;
}

interface RawTerm {
  text: string;
  normal?: string;
  pre: string;
  post: string;
  tags: Set<string>;
}

const world = nlp.world() as unknown as { hooks: string[] };

/**
 * `nlp(text)` without the 'chunks' hook: the chunker only sets `term.chunk`
 * (noun/verb phrase groups), which factx never reads, and costs ~8% of a parse.
 * Every tagging step runs as in `nlp(text)`, in the same order: the tags are the same.
 */
function tag(text: string): View {
  const all = world.hooks;
  world.hooks = all.filter((h) => h !== "chunks");
  try {
    return nlp(text);
  } finally {
    world.hooks = all;
  }
}

/** Parses text once. Offsets are found by walking the text, so they stay exact whatever compromise normalizes. */
/** Parses text from `from` on (what comes before, a dateline, is not part of any sentence); offsets stay into the whole text. */
export function parse(text: string, from = 0): Parsed {
  const view = tag(from ? text.slice(from) : text);
  const raw = (view as unknown as { document: RawTerm[][] }).document;
  const terms: Term[] = [];
  const sentences: Sentence[] = [];
  let cursor = from;
  raw.forEach((sent, si) => {
    const first = terms.length;
    let sentStart = -1;
    let sentEnd = cursor;
    for (const t of sent) {
      let start = t.text ? text.indexOf(t.text, cursor) : cursor;
      if (start < 0) start = cursor; // compromise altered the word: keep an empty span rather than a wrong one
      const end = t.text && text.startsWith(t.text, start) ? start + t.text.length : start;
      if (sentStart < 0) sentStart = Math.max(from, start - t.pre.length);
      terms.push({
        text: text.slice(start, end),
        normal: t.normal ?? t.text.toLowerCase(),
        pre: t.pre,
        post: t.post,
        tags: t.tags,
        start,
        end,
        i: terms.length,
        sentence: si,
      });
      cursor = end;
      sentEnd = Math.min(text.length, end + t.post.trimEnd().length);
    }
    if (sentStart < 0) sentStart = cursor;
    sentences.push({ start: sentStart, end: sentEnd, first, last: terms.length });
  });
  return { text, terms, sentences, view };
}

