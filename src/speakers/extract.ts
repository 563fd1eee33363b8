/**
 * Who said what: attributions (cue, source, content) found in the shared parse,
 * their sources resolved to speakers for the whole article.
 */
import type { Context } from "../context.js";
import type { Mention, QuoteFact, SpeakerFact } from "../facts.js";
import { makeSpan } from "../span.js";
import { findAttributions } from "./attribution.js";
import { resolveSources } from "./coreference.js";

const DOUBLE_QUOTE = /["“”«»]/;

export function extractSpeakers({ doc, parsed }: Context): { quotes: QuoteFact[]; speakers: SpeakerFact[] } {
  const { text } = doc;
  const { attributions } = findAttributions(parsed);
  // a quotation with no cue that continues another speaker's takes that speaker
  const { entities, of } = resolveSources(text, parsed.terms, attributions.map((a) => a.antecedent ?? a.sourceTerms));
  const mentions: Mention[][] = entities.map(() => []);
  const quoted: number[][] = entities.map(() => []);
  const quotes: QuoteFact[] = attributions.map((a, qi) => {
    const e = of[qi];
    if (e !== null && e !== undefined) {
      quoted[e].push(qi);
      // (a quotation that goes on with the previous speaker shares that attribution's mention: listed once)
      if (a.source && !mentions[e].some((m) => m.start === a.source!.start && m.end === a.source!.end)) mentions[e].push(makeSpan(text, a.source.start, a.source.end));
    }
    const content = makeSpan(text, a.start, a.end);
    return {
      ...content,
      direct: DOUBLE_QUOTE.test(content.text),
      cue: a.cue ? makeSpan(text, a.cue.start, a.cue.end) : null,
      source: a.source ? makeSpan(text, a.source.start, a.source.end) : null,
      speaker: e !== null && e !== undefined ? entities[e].name : null,
      speakerIndex: e ?? null,
      ...(a.parts.length ? { parts: a.parts.map((p) => makeSpan(text, p.start, p.end)) } : {}),
    };
  });
  const speakers: SpeakerFact[] = entities.map((e, i) => ({
    name: e.name,
    kind: e.kind,
    title: e.title ? text.slice(e.title.start, e.title.end) : null,
    titleSpan: e.title ? makeSpan(text, e.title.start, e.title.end) : null,
    mentions: mentions[i],
    quotes: quoted[i],
  }));
  return { quotes, speakers };
}
