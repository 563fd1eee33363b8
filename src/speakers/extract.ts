/**
 * Finds who said what. First version: quoted passages (straight and curly double
 * quotes) and "X said (that) …" in the same sentence, with the cue verb and the
 * nearest proper noun or pronoun before or after it as the source.
 */
import type { Context } from "../context.js";
import type { QuoteFact, SpeakerFact } from "../facts.js";
import type { Term } from "../nlp.js";
import { makeSpan, type Span } from "../span.js";
import { CUE_VERBS } from "./cues.js";

const QUOTED = /[“"]([^“”"]{2,}?)[”"]/g;

function isSourceTerm(t: Term): boolean {
  return (t.tags.has("ProperNoun") && !t.tags.has("Place") && !t.tags.has("Date")) || t.tags.has("Pronoun") && ["he", "she", "they", "it", "we", "i"].includes(t.normal);
}

/** The source phrase around a cue: a run of name words, or a pronoun. */
function findSource(terms: readonly Term[], cue: Term, text: string): Span | null {
  const inSentence = (t: Term | undefined) => t && t.sentence === cue.sentence;
  for (const dir of [-1, 1]) {
    let k = cue.i + dir;
    while (inSentence(terms[k]) && !isSourceTerm(terms[k]) && Math.abs(k - cue.i) < 4) k += dir;
    if (!inSentence(terms[k]) || !isSourceTerm(terms[k])) continue;
    let a = k;
    let b = k;
    while (inSentence(terms[a - 1]) && terms[a - 1].tags.has("ProperNoun") && terms[a - 1].post.trim() === "") a--;
    while (inSentence(terms[b + 1]) && terms[b + 1].tags.has("ProperNoun") && terms[b].post.trim() === "") b++;
    return makeSpan(text, terms[a].start, terms[b].end);
  }
  return null;
}

export function extractSpeakers({ doc, parsed }: Context): { quotes: QuoteFact[]; speakers: SpeakerFact[] } {
  const { text } = doc;
  const { terms, sentences } = parsed;
  const quotes: QuoteFact[] = [];
  const cueIn = (first: number, last: number) => terms.slice(first, last).find((t) => CUE_VERBS.has(t.normal));
  for (const m of text.matchAll(QUOTED)) {
    const start = m.index!;
    const end = start + m[0].length;
    const s = sentences.find((x) => x.start <= start && start < x.end) ?? sentences.find((x) => x.start >= start);
    const next = s && sentences[sentences.indexOf(s) + 1];
    const cue = s ? cueIn(s.first, s.last) ?? (next ? undefined : undefined) : undefined;
    const source = cue ? findSource(terms, cue, text) : null;
    quotes.push({ ...makeSpan(text, start, end), direct: true, cue: cue ? makeSpan(text, cue.start, cue.end) : null, source, speaker: source?.text ?? null, speakerIndex: null });
  }
  // reported speech: "X said (that) …" with no quotation marks
  for (const s of sentences) {
    const cue = cueIn(s.first, s.last);
    if (!cue || quotes.some((q) => q.start < s.end && s.start < q.end)) continue;
    const source = findSource(terms, cue, text);
    if (!source) continue;
    const after = terms.slice(cue.i + 1, s.last);
    if (after.length < 3) continue;
    const first = after[0].normal === "that" ? after[1] : after[0];
    const last = after[after.length - 1];
    quotes.push({ ...makeSpan(text, first.start, last.end), direct: false, cue: makeSpan(text, cue.start, cue.end), source, speaker: source.text, speakerIndex: null });
  }
  quotes.sort((a, b) => a.start - b.start);
  const speakers: SpeakerFact[] = [];
  const index = new Map<string, number>();
  const linked = quotes.map((q, qi) => {
    if (!q.speaker || !q.source) return q;
    let si = index.get(q.speaker);
    if (si === undefined) {
      si = speakers.length;
      index.set(q.speaker, si);
      speakers.push({ name: q.speaker, kind: "unknown", title: null, mentions: [], quotes: [] });
    }
    const sp = speakers[si];
    speakers[si] = { ...sp, mentions: [...sp.mentions, q.source], quotes: [...sp.quotes, qi] };
    return { ...q, speakerIndex: si };
  });
  return { quotes: linked, speakers };
}
