/**
 * Finds toponyms. First version: compromise's Place tags, split at commas and
 * trimmed of possessives and punctuation; mentions of the same name grouped.
 * No gazetteer yet, so every place is reported unresolved.
 */
import type { Context } from "../context.js";
import type { Mention, PlaceFact } from "../facts.js";
import { trimSpan } from "../span.js";

export function extractPlaces({ doc, parsed }: Context): PlaceFact[] {
  const { text } = doc;
  const mentions: Mention[] = [];
  let runStart = -1;
  let runEnd = -1;
  const flush = () => {
    if (runStart >= 0) {
      const span = trimSpan(text, runStart, runEnd);
      if (span.end > span.start && /^\p{Lu}/u.test(span.text)) mentions.push(span);
    }
    runStart = -1;
  };
  for (const t of parsed.terms) {
    const isPlace = t.tags.has("Place") && !t.tags.has("Adjective") && /^\p{Lu}/u.test(t.text);
    if (!isPlace) { flush(); continue; }
    if (runStart < 0) runStart = t.start;
    runEnd = t.end;
    // a comma or possessive ends one name ("Ukraine, South Korea’s spy agency")
    if (/[,;:()]|['’]/.test(t.post) || /['’]s$/.test(t.text)) flush();
  }
  flush();
  const byName = new Map<string, Mention[]>();
  for (const m of mentions) byName.set(m.text, [...(byName.get(m.text) ?? []), m]);
  return [...byName].map(([name, ms]) => ({
    name, geonameId: null, countryCode: null, featureType: null, lat: null, lon: null,
    resolved: false, match: null, mentions: ms,
  }));
}
