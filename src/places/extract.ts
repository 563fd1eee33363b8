/**
 * Finds toponyms and puts them on the map. Recognition, in one pass over the
 * parse's terms, proposes spans from
 *   - the gazetteer: longest match of capitalized words ("North Korea", never
 *     "Korea" inside it), with division words ("the Kursk region"), datelines
 *     ("NAIROBI, Kenya (AP)") and abbreviations ("Calif.");
 *   - place-shaped names the gazetteer lacks ("Walker County", "Royal Street",
 *     "Barclays Center", "Lake Manassas");
 *   - compromise's Place tags, and unknown names listed among places or after
 *     "in" ("bases in Vladivostok, Ussuriysk and Vlagoveshensk").
 * It keeps a name only with evidence it is a place here (a strong entry, a
 * locative, a qualifier, a tag...) and drops names inside organisations and
 * people's names ("University of Washington", "Paris Hilton", "Air Zimbabwe").
 * resolve.ts then gives each mention one gazetteer entry, and places what the
 * gazetteer lacks at the place that contains it. Mentions of one place are grouped.
 */
import type { Context } from "../context.js";
import type { Mention, PlaceFact } from "../facts.js";
import type { Parsed, Sentence, Term } from "../nlp.js";
import { gazetteer, nameKey, type Entry, type Gazetteer } from "./gazetteer.js";

const SEPARATOR = /[\s-]/;
/** the first words (up to a space) of the gazetteer's keys, computed once */
let firstWordSet: Set<string> | null = null;
function firstWords(): Set<string> {
  if (!firstWordSet) {
    firstWordSet = new Set();
    for (const k of gazetteer().byName.keys()) {
      const sp = k.indexOf(" ");
      firstWordSet.add(sp < 0 ? k : k.slice(0, sp));
    }
  }
  return firstWordSet;
}

/** A pure function of a string, remembered (bounded: the cache is cleared when full). */
function memo<T>(fn: (s: string) => T, max: number): (s: string) => T {
  const cache = new Map<string, T>();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined) {
      if (cache.size > max) cache.clear();
      cache.set(s, (v = fn(s)));
    }
    return v;
  };
}

/** nameKey, remembered: the same words are looked up again and again */
const keyOf = memo(nameKey, 50_000);
import { locate, resolve, type Candidate } from "./resolve.js";
import {
  ADMIN_WORDS, CONNECTORS, INSTITUTION_HEADS, LOCATIVES, MODIFIED_ROLES, NOT_PLACES, ORG_HEADS, ORG_TAILS, PLACE_HEADS, PLACE_MODIFIERS,
  PLACE_PREFIXES, TITLES, FEATURE_OF_HEAD, IRREGULAR_DEMONYMS,
  FUNCTION_WORDS, COUNTRY_BODIES, ORG_PREFIXES, PERSONAL_NOUNS, NAME_OPENERS, ABBREVIATED_HEADS, PLURAL_HEADS, ORG_INNER, PLACE_NOUNS, SPAN_ADMIN_WORDS, COMPASS, ROAD_WORDS, TITLE_FUNCTION_WORDS, SPEECH_VERBS, CORPORATE_TAILS, SHARE_WORDS, ORDINAL_WORDS, STREET_HEADS,
} from "./words.js";

const MAX_WORDS = 6;
const UPPER = /^\p{Lu}/u;
const POSSESSIVE = /['’]s?$/u;
/** what may stand between two words of one name: spaces, a hyphen, the comma of "Washington, D.C." */
const JOINER = /^[ \t-]*,? ?$/;
const PERSON_TAGS = ["Person", "FirstName", "LastName", "MaleName", "FemaleName", "Honorific"];
/** tags of words that cannot continue a proper name: "Florida The controversy", "Oklahoma Republicans" */
const FUNCTION_TAGS = ["Determiner", "Pronoun", "Preposition", "Conjunction", "Verb", "Adverb", "QuestionWord", "Copula", "Modal", "Auxiliary", "Adjective"];
const PREV_FUNCTION_TAGS = ["Determiner", "Pronoun", "Preposition", "Conjunction", "Verb", "Adverb", "QuestionWord", "Copula", "Modal", "Auxiliary"];
/** tags that keep a capitalized word from being taken for an unknown place */
const UNKNOWN_BLOCKERS = ["Person", "FirstName", "Organization", "Adjective", "Acronym", "Date", "Value", "Month", "WeekDay", "Pronoun", "Actor", "Plural"];
/** British road numbers ("A417", "M25", "B4632") */
const ROAD_NUMBER = /^[AMB]\d{1,4}$/;
/** words that say a sentence is about roads, so "the A40" is one, not an aircraft or a rifle */
const ROAD_CUES = new RegExp(`\\b(${ROAD_WORDS.join("|")})\\b`, "i");
/** tags of a word that cannot be the noun a name modifies */
/** words of these kinds are never places on their own ("We" is not Wé, New Caledonia) */
const NEVER_PLACE_TAGS = ["Pronoun", "Determiner", "Preposition", "Conjunction", "Modal", "Auxiliary", "Copula", "QuestionWord"];
/** nor are these, unless compromise also calls the word a place or the text qualifies it ("Liberal, Kansas") */
const RARELY_PLACE_TAGS = ["Verb", "Adjective", "Adverb"];
const MARKS = /\p{M}/u;
const NOT_NOUN_TAGS = ["Verb", "Auxiliary", "Copula", "Modal", "Preposition", "Conjunction", "Determiner", "Adverb", "Pronoun", "QuestionWord"];
/** feature types of unions of states, places only as modifiers */
const UNION_TYPES = new Set(["union"]);
const DATE_TAGS = ["Date", "Month", "WeekDay", "Value", "Cardinal"];
const LOCAL = new Set(["town", "seat", "capital"]);
const STRONG_KINDS = new Set(["country", "admin1", "region"]);

/** the first UTF-16 code of s, -1 for an empty string (whose charCodeAt(0), NaN, sends V8's optimized code back to the interpreter) */
const firstCode = (s: string) => (s === "" ? -1 : s.charCodeAt(0));
/** (ASCII first letters, nearly all, are answered without the Unicode regex: \p{Lu} among them is A–Z) */
const isCap = (t: Term) => {
  const c = firstCode(t.text);
  return c < 128 ? c >= 65 && c <= 90 : UPPER.test(t.text);
};
const isDigit = (c: number) => c >= 48 && c <= 57;
const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const bare = (t: Term) => keyOf(t.text.replace(POSSESSIVE, ""));
const hasAny = (t: Term, tags: readonly string[]) => tags.some((x) => t.tags.has(x));

/** What the passes over one document share: its words, the candidates found so far, and what the first passes learned. */
interface Scan {
  readonly text: string;
  readonly terms: readonly Term[];
  readonly sentences: readonly Sentence[];
  readonly g: Gazetteer;
  readonly cands: Candidate[];
  /** term → index of the candidate that holds it, or -1 */
  readonly owner: Int32Array;
  /** names without evidence of a place, kept if the document uses the same name as a place elsewhere */
  readonly deferred: Deferred[];
  /** per term, once asked: the key of its first word (up to a space or a hyphen), null when none; and where that word ends */
  readonly firstWordKey: (string | null | undefined)[];
  readonly firstWordEnd: Int32Array;
  /** per sentence: a headline in title case ("Cruz Has ‘To Come a Long Way’ On Ethanol"), where capitals say nothing of names */
  readonly titleCased: readonly boolean[];
  /** per sentence, once asked: whether it is about roads */
  readonly roadCue: Map<number, boolean>;
  /** surnames of the document's people and names of its companies: not towns anywhere in it */
  readonly surnames: Set<string>;
}

interface Deferred { i: number; j: number; end: number; entries: readonly Entry[]; admin: boolean }

export function extractPlaces({ doc, parsed }: Context): PlaceFact[] {
  const s = scan(doc.text, parsed);
  const { text, terms, cands } = s;
  findNames(s);
  // names without evidence of their own, when the document uses the same name as a place elsewhere
  const accepted = new Set(cands.map((c) => keyOf(c.text)));
  for (const d of s.deferred) {
    const span = clean(s, terms[d.i].start, d.end);
    if (span && accepted.has(keyOf(span.text))) addCand(s, d.i, d.j, span.start, span.end, d.entries, d.admin, false);
  }
  const listedNames = findUnknownNames(s);
  const sameAs = findOtherMentions(s, listedNames);
  // "Paris, Texas": a place right after a comma that can hold the one before qualifies it
  const order = cands.map((_, k) => k).sort((a, b) => cands[a].start - cands[b].start);
  for (let n = 0; n + 1 < order.length; n++) {
    const a = cands[order[n]];
    const b = cands[order[n + 1]];
    if (/^, ?$/.test(text.slice(a.end, b.start)) && b.entries.some((e) => e.kind === "country" || e.kind === "admin1")) a.qualifier = order[n + 1];
  }
  resolve(cands);
  // unknown names with no place shape and no fuzzy match found: keep only if compromise or a list said place
  const kept = cands.filter((c) => c.chosen || !c.fuzzy || c.entries.length > 0 || keepUnresolved.has(c));
  locate(kept, text);
  // a name's other mentions are where its qualified mention says ("at Snetterton" with "Snetterton, Norfolk")
  for (const [c, first] of sameAs) {
    if (first.chosen) { c.chosen = first.chosen; c.match = first.match; }
    c.near = first.near;
  }
  return group(kept);
}

function scan(text: string, { terms, sentences }: Parsed): Scan {
  const s: Scan = {
    text,
    terms,
    sentences,
    g: gazetteer(),
    cands: [],
    owner: new Int32Array(terms.length).fill(-1),
    deferred: [],
    firstWordKey: new Array(terms.length),
    firstWordEnd: new Int32Array(terms.length),
    titleCased: sentences.map((sen) => titleCase(terms, sen)),
    roadCue: new Map(),
    surnames: new Set(),
  };
  personSurnames(s);
  unknownFirstNames(s);
  companyNames(s);
  speakingNames(s);
  return s;
}

/** a headline in title case ("Cruz Has ‘To Come a Long Way’ On Ethanol"): capitals there say nothing of names */
function titleCase(terms: readonly Term[], sen: Sentence): boolean {
  let words = 0, caps = 0, capFunction = 0;
  for (let k = sen.first; k < sen.last; k++) {
    const w = terms[k];
    if (!isAsciiLetter(firstCode(w.text)) && !/\p{L}/u.test(w.text)) continue;
    words++;
    if (isCap(w)) {
      caps++;
      if (k > sen.first && TITLE_FUNCTION_WORDS.has(w.text.toLowerCase())) capFunction++;
    }
  }
  return words >= 4 && capFunction >= 1 && caps >= 0.8 * words;
}

/** surnames of the document's people ("Ashley Sutton", "Conor McGregor"): not towns anywhere in it */
function personSurnames(s: Scan): void {
  const { terms, surnames } = s;
  for (let k = 0; k + 1 < terms.length; k++) {
    const a = terms[k];
    if (!hasAny(a, ["FirstName"]) || a.tags.has("Place")) continue;
    // the names after a first name, middle names included: "Hillary Rodham Clinton"
    // ("Lin-Manuel Miranda": a hyphenated first name)
    for (let m = k; m < k + 3 && m + 1 < terms.length; m++) {
      const b = terms[m + 1];
      if (b.sentence !== a.sentence || !(tight(s, terms[m]) || terms[m].post === "-") || !isCap(b) || b.tags.has("Place")) break;
      surnames.add(keyOf(b.text.replace(POSSESSIVE, "")));
    }
  }
}

/** "Chrystia Freeland": a name compromise does not know, then a town's name, then no more capitals, is a person's */
function unknownFirstNames(s: Scan): void {
  const { terms, g, surnames } = s;
  for (let k = 0; k + 1 < terms.length; k++) {
    const a = terms[k];
    const b = terms[k + 1];
    if (b.sentence !== a.sentence || !tight(s, a) || !isCap(b) || !/^\p{Lu}\p{Ll}{2,}$/u.test(a.text) || !/^\p{Lu}\p{Ll}+$/u.test(b.text.replace(POSSESSIVE, ""))) continue;
    if ([...a.tags].some((x) => x !== "Noun" && x !== "Singular" && x !== "ProperNoun") || b.tags.has("Place")) continue;
    const before = prevWord(s, k);
    const after = nextWord(s, k + 1);
    // (a role may come before: "Foreign Minister Chrystia Freeland")
    if ((before && isCap(before) && tight(s, before) && !before.tags.has("Actor") && !TITLES.has(before.normal)) || (after && isCap(after) && tight(s, b))) continue;
    const lower = a.text.toLowerCase();
    if (g.byName.has(keyOf(a.text)) || g.byName.has(keyOf(a.text + " " + bare(b))) || PLACE_MODIFIERS.has(lower) || NAME_OPENERS.has(lower)
      || PLACE_PREFIXES.has(lower) || LOCATIVES.has(lower) || TITLES.has(lower) || ORG_PREFIXES.has(lower) || PLACE_HEADS.has(b.normal)) continue;
    surnames.add(bare(b));
  }
}

/** "Williams Corp.", "Mesa stock", "Meridian's shares": a company's name, in the whole document */
function companyNames(s: Scan): void {
  const { terms, g, surnames } = s;
  for (let k = 0; k + 1 < terms.length; k++) {
    const a = terms[k];
    const b = terms[k + 1];
    if (!isCap(a) || b.sentence !== a.sentence || !tight(s, a) || !/^\p{Lu}\p{Ll}+(['’]s)?$/u.test(a.text)) continue;
    if (!(CORPORATE_TAILS.has(b.normal) && (isCap(b) || !/^(corp|inc|co|ltd|plc|llc)/.test(b.normal))) && !(SHARE_WORDS.has(b.normal) && !isCap(b))) continue;
    if (continuesName(s, k) || speaksForPlace(g, bare(a))) continue;
    surnames.add(bare(a));
  }
}

/** "Blackwell wrote", "Miranda tweeted": a single name saying something is a person; only a country,
 * a division or a big city speaks for its people or government ("Moscow said") */
function speakingNames(s: Scan): void {
  const { terms, g, surnames } = s;
  for (let k = 0; k + 1 < terms.length; k++) {
    const a = terms[k];
    const v = terms[k + 1];
    if (!isCap(a) || v.sentence !== a.sentence || !tight(s, a) || !SPEECH_VERBS.has(v.normal) || POSSESSIVE.test(a.text)) continue;
    if (continuesName(s, k)) continue;
    // ("doctors in Montpellier said": the place of the speakers)
    if (k > 0 && terms[k - 1].sentence === a.sentence && (hasAny(terms[k - 1], ["Preposition"]) || LOCATIVES.has(terms[k - 1].normal))) continue;
    if (speaksForPlace(g, bare(a))) continue;
    surnames.add(bare(a));
  }
}

/** term k follows a capitalised word of the same name, tightly: it is not a name's first word */
function continuesName(s: Scan, k: number): boolean {
  const p = s.terms[k - 1];
  return k > 0 && isCap(p) && tight(s, p) && p.sentence === s.terms[k].sentence;
}

/** a country, a division, a capital or a city of half a million may speak for its people ("Moscow said") */
function speaksForPlace(g: Scan["g"], name: string): boolean {
  return (g.byName.get(name) ?? []).some((e) => STRONG_KINDS.has(e.kind) || e.kind === "capital" || e.population >= 500_000);
}

/** Names the gazetteer knows, place-shaped names, numbered streets and roads, and compromise's places: the candidates of one pass over the terms. */
function findNames(s: Scan): void {
  const { terms, cands, owner } = s;
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i];
    // "14th St.", "Fifth Avenue" with a numeral: numbered streets
    if (isDigit(firstCode(t.text)) && /^\d+(st|nd|rd|th)$/i.test(t.text) && terms[i + 1] && PLACE_HEADS.has(terms[i + 1].normal) && isCap(terms[i + 1])) {
      const shaped = placeShaped(s, i);
      if (shaped) { i = shaped; continue; }
    }
    // "Third street", "Fifth avenue": an ordinal's street, whatever the head's case
    if (ORDINAL_WORDS.has(t.normal) && isCap(t) && terms[i + 1] && STREET_HEADS.has(terms[i + 1].normal) && tight(s, t)) {
      const next = terms[i + 1];
      addCand(s, i, i + 1, t.start, next.end, [], false, false);
      i += 1;
      continue;
    }
    if (!isCap(t)) continue;
    // "the A417 southbound", "via the A436, A40 and A429": British road numbers, in a sentence about roads
    if (ROAD_NUMBER.test(t.text) && roadSentence(s, t.sentence)) {
      const prev = prevWord(s, i);
      const listed = !!prev && ((/,/.test(prev.post) || /^(and|or)$/.test(prev.normal)) && cands.length > 0 && ROAD_NUMBER.test(cands[cands.length - 1].text));
      if (listed || prev?.normal === "the") { addCand(s, i, i, t.start, t.end, [], false, false); continue; }
    }
    // "Bourbon and Dauphine streets": two names sharing a plural head
    const and = terms[i + 1];
    const second = terms[i + 2];
    const head = terms[i + 3];
    if (and?.normal === "and" && second && isCap(second) && head && PLURAL_HEADS.has(head.normal) && owner[i] < 0
      && t.sentence === head.sentence && !hasAny(t, ["Person"]) && !hasAny(second, ["Person"])) {
      addCand(s, i, i, t.start, t.end, [], false, false);
      addCand(s, i + 2, i + 2, second.start, second.end, [], false, false);
      i += 3;
      continue;
    }
    const found = knownName(s, i);
    if (found) {
      i = acceptKnownName(s, i, found);
      continue;
    }
    // names the gazetteer lacks, shaped like places: "Walker County", "Royal Street", "Lake Manassas"
    const shaped = placeShaped(s, i);
    if (shaped) { i = shaped; continue; }
    // compromise's own place tags, kept unresolved (or fuzzily resolved) when the gazetteer lacks the name
    if (t.tags.has("Place") && !hasAny(t, ["Organization", "Adjective", ...PERSON_TAGS, ...DATE_TAGS]) && hasAny(t, ["City", "Country", "Region", "Address"])) i = taggedPlace(s, i);
  }
}

/** the longest name the gazetteer knows starting at term i (up to MAX_WORDS words, within the sentence) */
function knownName(s: Scan, i: number): { j: number; end: number; entries: readonly Entry[] } | null {
  const last = s.sentences[s.terms[i].sentence].last;
  let found: { j: number; end: number; entries: readonly Entry[] } | null = null;
  for (let j = Math.min(i + MAX_WORDS, last) - 1; j >= i && !found; j--) {
    if (!caseOk(s, i, j)) continue;
    const m = lookup(s, i, j);
    if (m) found = { j, ...m };
  }
  return found;
}

/** Decides on the gazetteer's name at terms i..found.j (with a division word or "City" after it, a compass word before): returns the last term index used. */
function acceptKnownName(s: Scan, i: number, found: { j: number; end: number; entries: readonly Entry[] }): number {
  const { text, terms, owner, deferred, surnames } = s;
  const t = terms[i];
  let { j, end, entries } = found;
  // "CALAMBA CITY", "in Parañaque City": a town's name with "City" after it in a dateline or after a locative
  const cityWord = nextWord(s, j);
  let cityNamed = false;
  if (cityWord && /^city$/i.test(cityWord.text) && tight(s, terms[j]) && entries.some((e) => LOCAL.has(e.kind))
    && (dateline(s, i) || qualifiedAt(s, cityWord.i) || (!!prevWord(s, i) && LOCATIVES.has(prevWord(s, i)!.normal)))) {
    entries = entries.filter((e) => LOCAL.has(e.kind));
    cityNamed = dateline(s, i) || qualifiedAt(s, cityWord.i); // (not "a trip to Birmingham City", a club)
    j = cityWord.i;
    end = cityWord.end;
  }
  // "the Kursk region", "Benue state": the division, span and all
  const next = nextWord(s, j);
  let admin = false;
  if (next && /^ $/.test(terms[j].post) && ADMIN_WORDS.has(next.normal) && end === terms[j].end) {
    const divisions = entries.filter((e) => e.kind === "admin1" || (e.kind === "admin2" && /county|district/.test(next.normal)));
    const usState = next.normal === "state" && divisions.some((e) => e.countryCode === "US");
    if (!usState && (divisions.length > 0 || (next.normal === "county" || next.normal === "district"))) {
      entries = divisions;
      admin = true;
      // the word is part of the name when capitalized ("Benue State", "Collier County") or when it names
      // the division's kind as English renders it ("the Kursk region", "Helmand province"); a lower-case
      // "state" or "district" only describes it ("Rajasthan state")
      if (isCap(next) || SPAN_ADMIN_WORDS.has(next.normal)) {
        j = next.i;
        end = next.end;
      }
    }
  }
  // "Collins Avenue", "Washington Square", "Thames Valley": the longer place-shaped name wins
  if (!admin && next && tight(s, terms[j]) && isCap(next) && PLACE_HEADS.has(next.normal)) {
    const shaped = placeShaped(s, i);
    if (shaped) return shaped;
  }
  if ((!cityNamed && partOfName(s, i, found.j, entries)) || (j > found.j && partOfName(s, i, j, entries)) || NOT_PLACES.has(keyOf(text.slice(terms[i].start, terms[found.j].end)))) {
    return placeShaped(s, i) || found.j;
  }
  // "within the EU", "the EU agreed": a union of states as the head of its phrase is the body, not a place
  if (entries.some((e) => UNION_TYPES.has(e.featureType)) && !modifies(s, found.j)) return found.j;
  if (!(j > found.j && qualifiedAt(s, j)) && !placeEvidence(s, i, found.j, entries)) {
    // may still be a place if the document uses the same name as one elsewhere (one sense per discourse)
    const nameLike = terms.slice(i, found.j + 1).some((x) => hasAny(x, [...DATE_TAGS, ...PERSON_TAGS, "Organization", "Acronym"]));
    if (!nameLike && !NOT_PLACES.has(bare(t)) && !surnames.has(bare(t))) deferred.push({ i, j, end, entries, admin });
    return found.j;
  }
  // "West Wales", "Southern California": a capitalized compass word before a region belongs to its name
  let start = terms[i].start;
  const before = prevWord(s, i);
  if (before && tight(s, before) && COMPASS.has(before.normal) && isCap(before) && owner[before.i] < 0
    && entries.some((e) => e.kind === "country" || e.kind === "admin1" || e.kind === "region")) start = before.start;
  addCand(s, i, j, start, end, entries, admin, false);
  return j;
}

/** compromise's own place tags at term i, kept unresolved (or fuzzily resolved) when the gazetteer lacks the name: returns the last term index used */
function taggedPlace(s: Scan, i: number): number {
  const { terms, sentences } = s;
  const t = terms[i];
  const last = sentences[t.sentence].last;
  let j = i;
  while (j + 1 < last && terms[j + 1].tags.has("Place") && isCap(terms[j + 1]) && JOINER.test(terms[j].post) && !/,/.test(terms[j].post)) j++;
  if (terms.slice(i, j + 1).some((x) => ORG_TAILS.has(x.normal) || NOT_PLACES.has(x.normal))) return j;
  const span = clean(s, terms[i].start, terms[j].end);
  if (!span || NOT_PLACES.has(keyOf(span.text)) || (i === j && isDemonym(t.text)) || partOfName(s, i, j, [])) return j;
  if (isSentenceStart(s, i) && i === j && !t.tags.has("City") && !t.tags.has("Country") && !t.tags.has("Region")) return i;
  addCand(s, i, j, span.start, span.end, [], false, true);
  return j;
}

/**
 * Unknown names listed among places ("bases in Vladivostok, Ussuriysk and Khabarovsk"), after a locative
 * ("near New Quay", "in Parañaque City") or before a place noun ("the Crown Heights neighborhood").
 * Returns those named with a place that holds them, whose other mentions are places too.
 */
function findUnknownNames(s: Scan): Set<Candidate> {
  const listedNames = new Set<Candidate>();
  for (let i = 0; i < s.terms.length; i++) i = unknownName(s, i, listedNames);
  return listedNames;
}

/** findUnknownNames at term i: returns the last term index used */
function unknownName(s: Scan, i: number, listedNames: Set<Candidate>): number {
  const { text, terms, cands, owner, titleCased, surnames } = s;
  const t = terms[i];
  // ("New Quay", "North Bay": a capitalized adjective may open a name when a capitalized word follows)
  const nameOpener = NAME_OPENERS.has(t.normal) && !!terms[i + 1] && isCap(terms[i + 1]) && tight(s, t);
  // ("Croft, Yorkshire": a name compromise takes for a person's, qualified by a division, is a place)
  const after = nextWord(s, i);
  const before = prevWord(s, i);
  const qualifiedName = !!after && firstCode(t.post) === 44 && /^,\s*$/.test(t.post) && owner[after.i] >= 0 && !POSSESSIVE.test(after.text)
    && cands[owner[after.i]].entries.some((e) => e.kind === "admin1" || e.kind === "admin2" || (e.kind === "region" && !!e.countryCode))
    && !(before && (tight(s, before) || before.post === "-") && isCap(before))
    && !hasAny(t, UNKNOWN_BLOCKERS.filter((x) => x !== "Person")) && !hasAny(t, ["LastName", "Honorific"]);
  if (owner[i] >= 0 || !isCap(t) || isSentenceStart(s, i) || titleCased[t.sentence] || (hasAny(t, UNKNOWN_BLOCKERS) && !nameOpener && !qualifiedName)) return i;
  // (not "CoreCivic" or "GRiZ": inner capitals make brands)
  if (/^-\s+\p{Ll}/u.test(text.slice(t.end, t.end + 3))) return i; // "Amer- ica": a word broken at a line end
  if (!/^[\p{Lu}][\p{Ll}]{2,}$/u.test(t.text.replace(POSSESSIVE, "")) || isDemonym(t.text) || surnames.has(bare(t)) || NOT_PLACES.has(bare(t))) return i;
  // the capitalized run: "New Quay", "Crown Heights", "Parañaque City" (three words at most)
  let j = i;
  while (j - i < 2 && tight(s, terms[j]) && !POSSESSIVE.test(terms[j].text) && terms[j + 1] && terms[j + 1].sentence === t.sentence
    && isCap(terms[j + 1]) && owner[j + 1] < 0 && !hasAny(terms[j + 1], UNKNOWN_BLOCKERS)) j++;
  const prev = prevWord(s, i);
  const next = nextWord(s, j);
  if (next && isCap(next) && tight(s, terms[j])) return j; // part of a longer name
  if (POSSESSIVE.test(terms[j].text) || /^['’]/.test(terms[j].post)) return j; // "in Noma's case", "in Victoria Vivians’ room": somebody's
  const listed =
    (prev && owner[prev.i] >= 0 && /,/.test(prev.post)) ||
    (prev && /^(and|or)$/.test(prev.normal) && prevWord(s, prev.i) && owner[prev.i - 1] >= 0) ||
    (next && owner[next.i] >= 0 && /^,\s*$/.test(terms[j].post));
  const afterIn = !!prev && /^(in|near|outside)$/.test(prev.normal) && t.tags.has("ProperNoun") && !t.tags.has("Plural");
  // "the small town of Kasba Bonli", "the village of Ardcroney"
  const pp = prev ? prevWord(s, prev.i) : null;
  const townOf = !!prev && prev.normal === "of" && !!pp && PLACE_NOUNS.has(pp.normal);
  // "at Thruxton, near Andover": a name placed near a known one
  const nearPlace = !(prev && isCap(prev) && tight(s, prev)) && !!next && /^,\s*$/.test(terms[j].post) && next.normal === "near" && !!nextWord(s, next.i) && owner[nextWord(s, next.i)!.i] >= 0;
  const placeNoun = !!next && PLACE_NOUNS.has(next.normal) && tight(s, terms[j]) && !!prev && /^(the|in|of|from|at|near|to)$/.test(prev.normal);
  // "from Misrata", "at Snetterton": kept only if a town of the document's countries matches its spelling
  const weak = !!prev && /^(from|at|to|into|via)$/.test(prev.normal) && t.tags.has("ProperNoun") && i === j;
  if (!listed && !afterIn && !placeNoun && !weak && !townOf && !nearPlace) return j;
  const span = clean(s, t.start, terms[j].end);
  if (span) {
    // a misspelling is looked for only where the sentence lists places or "from"/"at" points at one;
    // a name after "in" stays unresolved rather than guessed ("in Congress" is not Congers)
    addCand(s, i, j, span.start, span.end, [], false, listed || weak);
    if (listed || afterIn || placeNoun || townOf || nearPlace) keepUnresolved.add(cands[cands.length - 1]);
    if (townOf || nearPlace) listedNames.add(cands[cands.length - 1]);
    // ("Snetterton, Norfolk": named with the division that holds it, a place wherever else the name is used)
    if (i === j && next && owner[next.i] >= 0 && /^,\s*$/.test(terms[j].post)
      && cands[owner[next.i]].entries.some((e) => e.kind === "admin1" || e.kind === "admin2" || (e.kind === "region" && !!e.countryCode))) listedNames.add(cands[cands.length - 1]);
  }
  return j;
}

/** One sense per discourse for names the gazetteer lacks ("at Snetterton" after "Snetterton, Norfolk"): each other mention → the first. */
function findOtherMentions(s: Scan, listedNames: ReadonlySet<Candidate>): Map<Candidate, Candidate> {
  const { terms, cands, owner, titleCased } = s;
  const unknownNames = new Map<string, Candidate>();
  const sameAs = new Map<Candidate, Candidate>();
  for (const c of cands) if (listedNames.has(c)) unknownNames.set(keyOf(c.text), c);
  if (unknownNames.size) {
    for (let i = 0; i < terms.length; i++) {
      const t = terms[i];
      const first = unknownNames.get(bare(t));
      if (owner[i] >= 0) {
        // ("at Snetterton" before "Snetterton, Norfolk": kept though no spelling matched)
        const c = cands[owner[i]];
        if (first && c !== first && c.entries.length === 0 && c.text === first.text && keepUnresolved.has(first) && !hasAny(t, UNKNOWN_BLOCKERS)) {
          keepUnresolved.add(c);
          sameAs.set(c, first);
        }
        continue;
      }
      if (!isCap(t) || titleCased[t.sentence] || hasAny(t, UNKNOWN_BLOCKERS)) continue;
      if (!first || (nextWord(s, i) && isCap(nextWord(s, i)!) && tight(s, t)) || (prevWord(s, i) && isCap(prevWord(s, i)!) && tight(s, prevWord(s, i)!))) continue;
      const span = clean(s, t.start, t.end);
      if (!span || span.text !== first.text) continue;
      addCand(s, i, i, span.start, span.end, [], false, first.fuzzy);
      if (keepUnresolved.has(first)) keepUnresolved.add(cands[cands.length - 1]);
      sameAs.set(cands[cands.length - 1], first);
    }
  }
  return sameAs;
}

// The helpers the passes share. Term indices i..j are inclusive.

/** i..j are capitalized words joined as one name's are (connectors like "of" between them allowed) */
function caseOk(s: Scan, i: number, j: number): boolean {
  const { terms } = s;
  if (!isCap(terms[i]) || !isCap(terms[j])) return false;
  for (let k = i + 1; k < j; k++) if (!CONNECTORS.has(terms[k].text.toLowerCase()) && !(isCap(terms[k]) && !CONNECTORS.has(terms[k].text))) return false;
  for (let k = i; k < j; k++) {
    const post = terms[k].post;
    if (!JOINER.test(post) && !(/^\. ?$/.test(post) && terms[k].text.length <= 3)) return false;
  }
  return true;
}

/**
 * The key of term i's first word (up to a space or a hyphen), remembered. The key of a name of several words
 * starts with it, so a run whose first word starts no gazetteer name is not looked up ("President Barack Obama").
 */
function firstWordOf(s: Scan, i: number): string | null {
  const { text, terms, firstWordKey, firstWordEnd } = s;
  let k = firstWordKey[i];
  if (k === undefined) {
    const start = terms[i].start;
    let p = start;
    while (p < text.length && !SEPARATOR.test(text[p])) p++;
    k = p > start ? keyOf(text.slice(start, p)) : "";
    firstWordKey[i] = k = k !== "" ? k : null;
    firstWordEnd[i] = p;
  }
  return k;
}

/** the gazetteer's entries named by terms i..j (a possessive dropped, an abbreviation's "." taken), and where the name ends */
function lookup(s: Scan, i: number, j: number): { end: number; entries: readonly Entry[] } | null {
  const { text, terms, g, firstWordEnd } = s;
  if (j > i) {
    // (only when the first word ends before the last begins: a possessive or a "." at the end changes nothing)
    const k = firstWordOf(s, i);
    if (k !== null && firstWordEnd[i] < terms[j].start && !firstWords().has(k)) return null;
  }
  let end = terms[j].end;
  let surface = text.slice(terms[i].start, end);
  const poss = POSSESSIVE.exec(surface);
  if (poss && surface.length > poss[0].length + 1 && !/s['’]$/.test(surface.slice(-3, -1) + "'")) {
    surface = surface.slice(0, -poss[0].length);
    end -= poss[0].length;
  }
  if (text[end] === ".") {
    const hit = g.byName.get(keyOf(surface + "."));
    if (hit) return { end: end + 1, entries: hit };
  }
  const hit = g.byName.get(keyOf(surface));
  // abbreviations written in capitals ("LA", "UK") match only so: "Ooh La La" is not Los Angeles
  if (hit && g.upper.has(keyOf(surface)) && surface !== surface.toUpperCase()) {
    const mixed = hit.filter((e) => !g.upperOnly.has(e));
    return mixed.length ? { end, entries: mixed } : null;
  }
  return hit ? { end, entries: hit } : null;
}

/** the word before term i in its sentence */
function prevWord({ terms }: Scan, i: number): Term | null {
  return i > 0 && terms[i - 1].sentence === terms[i].sentence ? terms[i - 1] : null;
}

/** the word after term j in its sentence */
function nextWord({ terms }: Scan, j: number): Term | null {
  return j + 1 < terms.length && terms[j + 1].sentence === terms[j].sentence ? terms[j + 1] : null;
}

/** no punctuation between a and the next word: compromise keeps "(" or a quote in the next word's pre */
function tight({ terms }: Scan, a: Term): boolean {
  return (a.post === "" || a.post === " ") && (a.i + 1 >= terms.length || terms[a.i + 1].pre === "" || !/[^\s]/.test(terms[a.i + 1].pre));
}

/** "EU Transport Commissioner": a role within two words after the name */
function roleAhead(s: Scan, j: number): boolean {
  const { terms } = s;
  let role = false;
  for (let k = j + 1; k <= j + 4 && k < terms.length && terms[k].sentence === terms[j].sentence && isCap(terms[k]); k++) {
    if (k <= j + 2 && MODIFIED_ROLES.has(terms[k].normal)) role = true;
    // ("California Polytechnic State University": the run ends in an institution)
    else if (ORG_TAILS.has(bare(terms[k])) && !MODIFIED_ROLES.has(terms[k].normal)) return false;
  }
  return role;
}

/** "Deputy Minister of Kazakhstan Arystan Kakikenov", "Ambassador to the Holy See Mikayel Minasyan":
 * a place completing an office's title, before the holder's name */
function officeOf(s: Scan, i: number): boolean {
  const { terms } = s;
  let k = i - 1;
  if (k >= 0 && terms[k].normal === "the") k--;
  if (k < 0 || !/^(of|to|for)$/.test(terms[k].normal) || terms[k].sentence !== terms[i].sentence) return false;
  for (let m = k - 1; m >= Math.max(0, k - 12) && terms[m].sentence === terms[i].sentence; m--) {
    const w = terms[m];
    if (isCap(w) && !/^(mr|mrs|ms|miss|dr|sir|dame)\.?$/.test(w.normal) && (TITLES.has(w.normal) || MODIFIED_ROLES.has(w.normal) || w.tags.has("Actor"))) return true;
  }
  return false;
}

/** Is the name at terms i..j part of a larger organisation or person name? */
function partOfName(s: Scan, i: number, j: number, entries: readonly Entry[]): boolean {
  const { terms, g, owner } = s;
  const strong = isStrong(s, i, j, entries);
  const next = nextWord(s, j);
  const country = entries.some((e) => e.kind === "country");
  if (next && tight(s, terms[j]) && isCap(next) && ORG_TAILS.has(bare(next)) && !POSSESSIVE.test(terms[j].text)
    && !(strong && MODIFIED_ROLES.has(next.normal)) && !(country && COUNTRY_BODIES.has(next.normal))) return true;
  // inside a longer capitalized name: "Dubai World Cup", "EU Aviation Strategy", "Smoky Mary"
  if (next && tight(s, terms[j]) && isCap(next) && !POSSESSIVE.test(terms[j].text) && !MODIFIED_ROLES.has(next.normal)
    && !(country && COUNTRY_BODIES.has(next.normal) && next.normal !== "department") && !PLACE_HEADS.has(next.normal) && !ADMIN_WORDS.has(next.normal) && !hasAny(next, DATE_TAGS) && !hasAny(next, FUNCTION_TAGS)
    && !FUNCTION_WORDS.has(next.normal)
    && !(strong && hasAny(next, PERSON_TAGS)) && !roleAhead(s, j) && !(strong && officeOf(s, i)) && !(strong && /^\p{Lu}{2,}$/u.test(next.text))
    && !(g.byName.get(keyOf(next.text.replace(POSSESSIVE, ""))) ?? []).some((e) => e.kind === "country" || e.kind === "admin1")) return true;
  // "Mississippi State", "Ohio State": universities and their teams
  // (not "the California State Senate", "Ohio State Police": the state's own bodies)
  const afterState = next ? nextWord(s, next.i) : null;
  if (next && tight(s, terms[j]) && next.text === "State" && entries.some((e) => e.countryCode === "US")
    && !(afterState && isCap(afterState) && MODIFIED_ROLES.has(afterState.normal))) return true;
  // "the Orange line", "the Northern line": a transport line's name
  if (!strong && next && tight(s, terms[j]) && next.text === "line") return true;
  // "the Sunshine State", "the Badger state", "Penn State": a nickname or a university, unless the name is a division's
  if (next && tight(s, terms[j]) && next.normal === "state" && !entries.some((e) => e.kind === "admin1" || e.kind === "country")) return true;
  const prev = prevWord(s, i);
  if (prev && tight(s, prev) && isCap(prev) && !POSSESSIVE.test(prev.text) && !PLACE_MODIFIERS.has(prev.normal) && !TITLES.has(prev.normal.replace(/\.$/, ""))
    && !hasAny(prev, DATE_TAGS) && !hasAny(prev, PREV_FUNCTION_TAGS) && !isSentenceStart(s, prev.i) && owner[prev.i] < 0
    && !g.byName.has(keyOf(prev.text)) && !/[.!?:"“”]$/.test(prev.pre + prev.text)) return true;
  if (prev && /^(of|for)$/.test(prev.normal) && tight(s, prev)) {
    const head = prevWord(s, prev.i);
    // (a country keeps its place in "the Development Bank of Mauritius", as news readers take it)
    if (head && isCap(head) && (country ? INSTITUTION_HEADS.has(head.normal)
      : ORG_HEADS.has(head.normal) || (head.tags.has("Organization") && !head.tags.has("Place")))) return true;
  }
  if (prev && tight(s, prev) && isCap(prev) && TITLES.has(prev.normal.replace(/\.$/, ""))) return !strong;
  // "Mario de Santiago", "Ludwig van Beethoven": a name particle after a first name
  if (prev && /^(de|da|del|van|von|bin|ibn|al|di|le|la)$/.test(prev.normal) && prevWord(s, prev.i)
    && hasAny(prevWord(s, prev.i)!, ["FirstName", "Person"]) && !prevWord(s, prev.i)!.tags.has("Place")) return true;
  // "the Southern District of New York": the name of a court or a body, with a place after "of"
  const of = nextWord(s, j);
  if (!entries.some((e) => e.kind === "country") && of && of.normal === "of" && tight(s, terms[j]) && terms[of.i + 1]
    && isCap(terms[of.i + 1]) && terms[of.i + 1].sentence === of.sentence) return true;
  // "Leo Thames Newman": between a first name and a surname, any name is a middle name
  if (i === j && prev && tight(s, prev) && hasAny(prev, ["FirstName"]) && !prev.tags.has("Place") && next && tight(s, terms[j])
    && isCap(next) && !entries.some((e) => e.kind === "country")) return true;
  // (or between a capitalized word and a surname compromise knows: "two-year-old Leo Thames Newman")
  if (i === j && !entries.some((e) => e.kind === "country" || e.kind === "admin1") && prev && tight(s, prev) && isCap(prev) && owner[prev.i] < 0 && !prev.tags.has("Place") && !hasAny(prev, PREV_FUNCTION_TAGS)
    && next && tight(s, terms[j]) && isCap(next) && hasAny(next, ["Person", "LastName"]) && !next.tags.has("Place")) return true;
  // "Air Zimbabwe", "Radio Free Asia": a company's or a station's name
  if (prev && tight(s, prev) && isCap(prev) && ORG_PREFIXES.has(prev.normal)) return true;
  // a first name before ("Jack London") or a surname after ("Paris Hilton"): a person
  if (!strong && i === j) {
    const t = terms[i];
    const personish = hasAny(t, PERSON_TAGS) && !t.tags.has("Place");
    if (prev && tight(s, prev) && isCap(prev) && hasAny(prev, ["FirstName", "Honorific"]) && !prev.tags.has("Place") && owner[prev.i] < 0) return true;
    if (personish && next && tight(s, t) && isCap(next) && !g.byName.has(keyOf(next.text)) && !PLACE_HEADS.has(next.normal)) return true;
    // "George Washington University": a first name opening an institution's name
    const third = next ? nextWord(s, next.i) : null;
    if (personish && next && third && tight(s, t) && tight(s, next) && isCap(next) && isCap(third) && ORG_TAILS.has(third.normal)) return true;
  }
  return false;
}

/** "CALAMBA CITY, Laguna", "NAIROBI, Kenya": a comma and a known place's name follow term k */
function qualifiedAt(s: Scan, k: number): boolean {
  const { terms, g } = s;
  const next = nextWord(s, k);
  return !!next && /^,/.test(terms[k].post) && isCap(next) && g.byName.has(keyOf(next.text.replace(POSSESSIVE, "")));
}

/** the name at j modifies a noun ("EU citizens", "the EU's budget", "EU and national policies") */
function modifies(s: Scan, j: number): boolean {
  const { terms } = s;
  const t = terms[j];
  if (POSSESSIVE.test(t.text) || t.post === "-") return true; // "the EU's budget", "EU-backed"
  const next = nextWord(s, j);
  if (!next || !/^[ -]?$/.test(t.post)) return false;
  if (/^(and|or)$/.test(next.normal)) {
    const after = nextWord(s, next.i);
    return !!after && !isCap(after) && !hasAny(after, NOT_NOUN_TAGS);
  }
  return !hasAny(next, NOT_NOUN_TAGS);
}

/** a country, division or region called exactly so ("Kursk" alone is the town, not Kursk Oblast) */
function isStrong(s: Scan, i: number, j: number, entries: readonly Entry[]): boolean {
  const { text, terms } = s;
  const key = keyOf(text.slice(terms[i].start, terms[j].end).replace(POSSESSIVE, ""));
  const personish = i === j && hasAny(terms[i], PERSON_TAGS) && !terms[i].tags.has("Place");
  return entries.some((e) => STRONG_KINDS.has(e.kind) && (e.kind !== "admin1" || (keyOf(e.name) === key && !personish)));
}

/** Is there enough evidence that a town-only name is used as a place here? */
function placeEvidence(s: Scan, i: number, j: number, entries: readonly Entry[]): boolean {
  const { text, terms, g, owner, titleCased, surnames } = s;
  const t = terms[i];
  if (NOT_PLACES.has(bare(t)) && i === j) return false;
  // "Somali gunmen" is not Somalia's Somali region nor Somali, Ethiopia (countries themselves are spared: "Georgian" ≠ "Georgia")
  if (i === j && isDemonym(t.text) && !entries.some((e) => e.kind === "country")) return false;
  const plainWord = i === j && /^\p{Lu}\p{Ll}+$/u.test(t.text.replace(POSSESSIVE, "")) && terms[j].post !== "-";
  if (plainWord && hasAny(t, NEVER_PLACE_TAGS) && !t.tags.has("Place")) return false;
  if (isStrong(s, i, j, entries)) return true;
  if (i === j && surnames.has(bare(t))) return false;
  // "Bush" is not Būsh, Egypt, nor "Al" Ål: a small town matched only by dropping its accents
  if (i === j && (t.text.length <= 3 || hasAny(t, [...PERSON_TAGS, "Verb", "Adjective", "Pronoun"])) && !MARKS.test(t.text.normalize("NFD")) && entries.every((e) => MARKS.test(e.name.normalize("NFD")) && e.population < 100_000)) return false;
  const qualifiedHere = !!nextWord(s, j) && /^,/.test(terms[j].post) && isCap(nextWord(s, j)!) && g.byName.has(keyOf(nextWord(s, j)!.text.replace(POSSESSIVE, "")));
  if (plainWord && hasAny(t, RARELY_PLACE_TAGS) && !t.tags.has("Place") && !qualifiedHere) return false;
  // in a title-case headline, where compromise takes any capitalized run for a name, a small town's
  // name must follow a locative ("Tesco Store in Bratislava"): "We Are Going" is not Wé
  if (titleCased[t.sentence] && i === j && !entries.some((e) => e.population >= 100_000)) {
    const p = prevWord(s, i);
    if (!p || !LOCATIVES.has(p.normal) || TITLE_FUNCTION_WORDS.has(t.text.toLowerCase())) return false;
  }
  // "in Modi's name": a small town's name with a possessive is more often somebody's
  if (i === j && POSSESSIVE.test(t.text) && !t.tags.has("Place") && !entries.some((e) => e.population >= 100_000)) return false;
  if (i === j && hasAny(t, DATE_TAGS)) return false;
  const tagged = terms.slice(i, j + 1).some((x) => x.tags.has("Place") || x.tags.has("City") || x.tags.has("Country"));
  const personish = i === j && hasAny(t, PERSON_TAGS) && !t.tags.has("Place");
  const prev = prevWord(s, i);
  const according = !!prev && prev.normal === "to" && prevWord(s, prev.i)?.normal === "according";
  const locative = !according && !!prev && (LOCATIVES.has(prev.normal) || (prev.normal === "the" && !!prevWord(s, prev.i) && LOCATIVES.has(prevWord(s, prev.i)!.normal)));
  const next = nextWord(s, j);
  const qualified = !!next && /^,/.test(terms[j].post) && isCap(next) && g.byName.has(keyOf(next.text.replace(POSSESSIVE, "")));
  const multi = j > i;
  const bigCity = entries.some((e) => e.kind === "capital" || e.population >= 100_000);
  const allCaps = /^\p{Lu}{2,}$/u.test(t.text) && !g.upper.has(t.text);
  if (allCaps && i === j && t.text.length < 3) return false; // "IG", "OK": initials, never a dateline town
  // an all-capitals town name stands for a place in a dateline ("ATLANTA (AP) —", "PLEASANTON, Calif.")
  // ("RAMOS: Secretary Clinton, …": a transcript's speaker; a colon dateline names a big place, "NEW DELHI:")
  if (allCaps && /^\s*:/.test(text.slice(terms[j].end, terms[j].end + 2)) && !entries.some((e) => e.population >= 100_000)) return qualified;
  if (allCaps) return dateline(s, i) || qualified;
  const afterComma = !!prev && /,\s*$/.test(prev.post) && (owner[prev.i] >= 0 || (isCap(prev) && !hasAny(prev, ["FirstName", "LastName", "Honorific"]))) && entries.some((e) => e.kind === "admin2");
  // the first words of the article: a dateline ("Nelson residents will…" right after the header)
  // "from the Clinton campaign": a person's name before the things people have is no place
  if (personish && next && PERSONAL_NOUNS.has(next.normal)) return false;
  if (personish) return locative || qualified || afterComma || entries.some((e) => e.population >= 1_000_000);
  const hugeCity = entries.some((e) => e.population >= 300_000);
  // "Fig Leaf Boutique (Maywood)", "Walker County (Ga.)": a town named alone in brackets says where
  const bracketed = i === j && /^\p{Lu}\p{Ll}+$/u.test(t.text) && /\(\s*$/.test(text.slice(Math.max(0, terms[i].start - 2), terms[i].start)) && /^\s*\)/.test(text.slice(terms[j].end, terms[j].end + 2));
  return bracketed || tagged || locative || qualified || afterComma || (multi && entries.some((e) => e.population >= 10_000)) || (bigCity && (hugeCity || !isSentenceStart(s, i)));
}

/** whether sentence n is about roads */
function roadSentence(s: Scan, n: number): boolean {
  const { text, sentences, roadCue } = s;
  let v = roadCue.get(n);
  if (v === undefined) roadCue.set(n, (v = ROAD_CUES.test(text.slice(sentences[n].start, sentences[n].end))));
  return v;
}

function isSentenceStart({ terms, sentences }: Scan, i: number): boolean {
  return i === sentences[terms[i].sentence].first;
}

/** "NEW YORK (AP) —", "PLEASANTON, Calif. --": an all-capitals name opening the article, a line or a sentence */
function dateline(s: Scan, i: number): boolean {
  const { text, terms } = s;
  return /^\s*$/.test(text.slice(0, terms[i].start)) || /\n\s*$/.test(text.slice(Math.max(0, terms[i].start - 20), terms[i].start))
  || (isSentenceStart(s, i) && /^\s*[,(—–:-]/.test(text.slice(terms[i].end, terms[i].end + 3)));
}

function addCand(s: Scan, i: number, j: number, start: number, end: number, entries: readonly Entry[], admin: boolean, fuzzy: boolean): void {
  const { text, terms, cands, owner } = s;
  const c: Candidate = { start, end, text: text.slice(start, end), entries, admin, fuzzy, qualifier: null };
  for (let k = i; k <= j; k++) owner[k] = cands.length;
  if (fuzzy && terms[i].tags.has("Place")) keepUnresolved.add(c);
  cands.push(c);
}

/** "Walker County", "Royal Street", "Lake Manassas": returns the last term index used, or 0. */
function placeShaped(s: Scan, i: number): number {
  const { text, terms, sentences, g, owner } = s;
  const last = sentences[terms[i].sentence].last;
  if (hasAny(terms[i], PREV_FUNCTION_TAGS)) return 0; // "From Ainsworth Parade": the name starts after
  if (terms[i].start > 0 && (text[terms[i].start - 1] === "-" || text[terms[i].start - 1] === "–")) return 0; // "Inter-State River Water…": inside a hyphenated word
  let j = i;
  const prefix = PLACE_PREFIXES.has(terms[i].normal);
  // "Havana's Palace of Conventions": Havana, then a palace (but "Caesar's Palace" is one name)
  if (placePossessive(s, terms[i])) return 0;
  if (/^\p{Lu}{2,}/u.test(terms[i].text) && /^\p{Lu}{2,}$/u.test(terms[i + 1]?.text ?? "") && !dateline(s, i)) return 0; // "MARINE PROTECTED AREA": a shouted headline
  // (a title-case headline's function words end the name: "Cape Breton Will Welcome", "Whiter To Make A Point")
  if (TITLE_FUNCTION_WORDS.has(terms[i].normal)) return 0;
  while (j + 1 < last && j - i < 4 && isCap(terms[j + 1]) && /^ $/.test(terms[j].post) && !placePossessive(s, terms[j])
    && !TITLE_FUNCTION_WORDS.has(terms[j + 1].text.toLowerCase())) j++;
  let headAt = -1;
  for (let k = prefix ? j : i + 1; k <= j; k++) if (PLACE_HEADS.has(terms[k].normal) || (k === j && prefix && j > i)) { headAt = k; break; }
  if (headAt <= i) return 0; // a head alone ("the Bay") is not a name
  const next = nextWord(s, headAt);
  if (next && isCap(next) && tight(s, terms[headAt]) && ORG_TAILS.has(bare(next))) return headAt; // "Tipperary County Council's"
  // "Kathleen Hall", "Michael Bay": a person, not a building or a bay
  if (hasAny(terms[i], ["Person", "FirstName"]) && !terms[i].tags.has("Place") && !prefix) return 0;
  for (let k = i; k < headAt; k++) if (ORG_INNER.has(terms[k].normal)) return 0;
  const abbreviated = text[terms[headAt].end] === "." && ABBREVIATED_HEADS.has(terms[headAt].normal.replace(/\.$/, ""));
  // "St. Gregory": a saint, not a street
  if (abbreviated && next && isCap(next) && !hasAny(next, DATE_TAGS) && !COMPASS.has(next.normal)) return 0;
  // "N. Bedford Drive", "SW Alder Street": an abbreviated compass point opens a street's name
  const compass = i > 0 ? terms[i - 1] : null;
  const opensWith = !!compass && compass.sentence === terms[i].sentence && owner[compass.i] < 0 && /^(N|S|E|W|NE|NW|SE|SW)\.?$/.test(compass.text)
    && /^\.? ?$/.test(compass.post) && FEATURE_OF_HEAD[terms[headAt].normal.replace(/\.$/, "")] === "street";
  let span = clean(s, opensWith ? compass!.start : terms[i].start, terms[headAt].end);
  if (!span) return 0;
  if (abbreviated) span = { start: span.start, end: span.end + 1, text: text.slice(span.start, span.end + 1) };
  const entries = g.byName.get(keyOf(span.text)) ?? [];
  addCand(s, i, headAt, span.start, span.end, entries, false, false);
  return headAt;
}

/** a place's name with a possessive: "Havana's" */
function placePossessive({ g }: Scan, t: Term): boolean {
  return POSSESSIVE.test(t.text) && g.byName.has(bare(t));
}

/** start..end without a possessive, surrounding punctuation or a leading "the" */
function clean({ text }: Scan, start: number, end: number): { start: number; end: number; text: string } | null {
  let a = start;
  let b = end;
  const poss = POSSESSIVE.exec(text.slice(a, b));
  if (poss && b - poss[0].length > a + 1) b -= poss[0].length;
  while (b > a && /[\s,;:()"“”'’.!?]/.test(text[b - 1])) b--;
  while (a < b && /[\s,;:()"“”'’]/.test(text[a])) a++;
  const the = /^the\s+/i.exec(text.slice(a, b));
  if (the && b - a > the[0].length) a += the[0].length;
  return b > a ? { start: a, end: b, text: text.slice(a, b) } : null;
}

const keepUnresolved = new WeakSet<Candidate>();

/** The feature type a place-shaped name announces: "Royal Street" a street, "Walker County" a county. */
function shapeType(name: string): string | null {
  const last = name.split(/\s+/).pop()!.toLowerCase().replace(/\.$/, "");
  return FEATURE_OF_HEAD[last] ?? null;
}

/** the countries' name keys, for isDemonym (computed once) */
let countryKeys: string[] | null = null;
/** "Russian", "Syrian", "Chinese", "Polish": adjectives of a country's name, never places themselves (asked for each capitalized word) */
const isDemonym = memo((word: string) => computeDemonym(word), 20_000);
function computeDemonym(word: string): boolean {
  const single = keyOf(word).replace(/['’]s?$/, "");
  if (IRREGULAR_DEMONYMS.has(single) || IRREGULAR_DEMONYMS.has(single.replace(/s$/, ""))) return true;
  // "Syrians", "Hispanics": a plural demonym
  const key = /(ans|ics)$/.test(single) ? single.slice(0, -1) : keyOf(word);
  const stem = key.replace(/(ian|an|n|ese|ish|i)$/, "");
  if (stem.length < 3 || stem === key) return false; // no demonym ending: "Tunis" is not Tunisia's adjective
  countryKeys ??= [...gazetteer().countries.values()].map((e) => keyOf(e.name));
  for (const k of countryKeys) if (k.startsWith(stem)) return true;
  return false;
}

function group(cands: Candidate[]): PlaceFact[] {
  const groups = new Map<string, { e: Entry | null; c: Candidate; mentions: Mention[] }>();
  for (const c of [...cands].sort((a, b) => a.start - b.start)) {
    const e = c.chosen ?? null;
    const key = e ? `${e.geonameId ?? ""}|${e.name}|${e.countryCode}|${e.kind}` : `?${c.text}`;
    const gr = groups.get(key);
    const m: Mention = { start: c.start, end: c.end, text: c.text };
    if (gr) gr.mentions.push(m);
    else groups.set(key, { e, c, mentions: [m] });
  }
  return [...groups.values()].map(({ e, c, mentions }) => {
    const near = e ? null : c.near ?? null;
    return {
      name: e ? e.name : c.text,
      geonameId: e?.geonameId ?? null,
      countryCode: e?.countryCode ?? near?.countryCode ?? null,
      featureType: e?.featureType ?? shapeType(c.text),
      lat: e?.lat ?? near?.lat ?? null,
      lon: e?.lon ?? near?.lon ?? null,
      resolved: !!e,
      match: c.match ?? null,
      mentions,
      ...(near ? { near: near.name } : {}),
    };
  });
}
