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

/** the parts of compromise's world (its internal state) that `tag` touches */
interface World {
  hooks: string[];
  methods: { one: { bulkMatch: BulkMatch; cacheDoc(document: RawTerm[][]): Set<string>[]; match(docs: RawTerm[][], m: Match): { ptrs: number[][] } } };
}
/** a post-tagger rule, as compromise's buildNet prepared it */
interface Match {
  match: string;
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
  unTag?: unknown;
}
interface Net {
  hooks: Record<string, Match[]>;
  always: Match[];
}
type BulkMatch = (document: RawTerm[][], net: Net, methods: World["methods"], opts?: { matchOne?: boolean }) => unknown[];

const world = nlp.world() as unknown as World;

/** a rule of a net, prepared for `bulkMatch`: its match string as a number, its needs and wants as hook ranks */
interface Rule {
  m: Match;
  id: number;
  needs: Int32Array;
  wants: Int32Array;
}
/** a net's hooks indexed for `bulkMatch`: each key's rank in Object.keys order and the rules under it */
interface Index {
  rank: Map<string, number>;
  lists: Rule[][];
  /** per rule id: the sentence it was last seen in; per hook rank: the sentence it was last found in */
  seen: Uint32Array;
  present: Uint32Array;
  stamp: number;
}
const indexes = new WeakMap<Net, Index>();

function indexOf(net: Net): Index {
  let ix = indexes.get(net);
  if (!ix) {
    const keys = Object.keys(net.hooks);
    const rank = new Map(keys.map((k, i) => [k, i]));
    const byMatch = new Map<string, number>();
    const rules = new Map<Match, Rule>();
    // needs and wants are hook keys by construction (buildNet files each rule under them)
    const ranks = (xs: string[]) => Int32Array.from(xs, (x) => rank.get(x)!);
    const lists = keys.map((k) => net.hooks[k].map((m) => {
      let r = rules.get(m);
      if (!r) {
        let id = byMatch.get(m.match);
        if (id === undefined) byMatch.set(m.match, (id = byMatch.size));
        rules.set(m, (r = { m, id, needs: ranks(m.needs), wants: ranks(m.wants) }));
      }
      return r;
    }));
    ix = { rank, lists, seen: new Uint32Array(byMatch.size), present: new Uint32Array(keys.length), stamp: 0 };
    indexes.set(net, ix);
  }
  return ix;
}

/**
 * compromise's bulkMatch (src/1-one/sweep/methods/sweep/), the post-tagger's rule sweep, with the
 * same result in the same order, without its cost per sentence × hook key: compromise tests each of
 * the net's ~730 hook keys against each sentence's word-and-tag set and de-duplicates the candidate
 * rules through an object keyed by their match strings; this looks up the sentence's own words and
 * tags (a few dozen) in the hooks, orders the keys found as Object.keys(hooks) does, de-duplicates
 * by number and tests needs and wants by rank. Its filters (needs, ifNo, wants, then the un-hooked
 * rules, then the sentence's length) are compromise's, in its order; rules are matched in the same
 * order, and the matching itself is compromise's. (In nlp(text) this step took ~25% of a parse.)
 */
const bulkMatch: BulkMatch = (document, net, methods, opts = {}) => {
  const docCache = methods.one.cacheDoc(document);
  const ix = indexOf(net);
  const { rank, lists, seen, present } = ix;
  const results: unknown[] = [];
  const found: number[] = [];
  for (let n = 0; n < document.length; n++) {
    const haves = docCache[n];
    const stamp = ++ix.stamp;
    found.length = 0;
    for (const item of haves) {
      const r = rank.get(item);
      if (r !== undefined) {
        found.push(r);
        present[r] = stamp;
      }
    }
    found.sort((a, b) => a - b);
    const termCount = document[n].length;
    const todo: Match[] = [];
    for (const r of found) {
      next: for (const rule of lists[r]) {
        if (seen[rule.id] === stamp) continue;
        seen[rule.id] = stamp;
        const { m, needs, wants } = rule;
        for (let k = 0; k < needs.length; k++) if (present[needs[k]] !== stamp) continue next;
        if (m.ifNo !== undefined && m.ifNo.some((no) => haves.has(no))) continue;
        if (wants.length !== 0) {
          let hits = 0;
          for (let k = 0; k < wants.length; k++) if (present[wants[k]] === stamp) hits++;
          if (hits < m.minWant) continue;
        }
        if (termCount >= m.minWords) todo.push(m);
      }
    }
    for (const m of net.always) if (termCount >= m.minWords) todo.push(m);
    for (const m of todo) {
      const res = methods.one.match([document[n]], m);
      if (res.ptrs.length > 0) {
        for (const ptr of res.ptrs) {
          ptr[0] = n;
          results.push(Object.assign({}, m, { pointer: ptr }));
        }
        if (opts.matchOne === true) return [results[0]];
      }
    }
  }
  return results;
};

/**
 * `nlp(text)` without the 'chunks' hook: the chunker only sets `term.chunk`
 * (noun/verb phrase groups), which factx never reads, and costs ~8% of a parse.
 * Every tagging step runs as in `nlp(text)`, in the same order, with the post-tagger's rule sweep
 * done by `bulkMatch` above: the tags are the same. compromise's world is shared (an application may
 * use compromise beside factx), so both are swapped in only for the duration of the call.
 */
function tag(text: string): View {
  const all = world.hooks;
  const one = world.methods.one;
  const stock = one.bulkMatch;
  world.hooks = all.filter((h) => h !== "chunks");
  one.bulkMatch = bulkMatch;
  try {
    return nlp(text);
  } finally {
    world.hooks = all;
    one.bulkMatch = stock;
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

