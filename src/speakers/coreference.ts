/**
 * Resolution: each source mention to one speaker for the whole article.
 * Pronouns go to the nearest compatible speaker before them; surnames and titled
 * names to the full name written elsewhere in the article ("Lt Gen Budanov" →
 * Kyrylo Budanov); organisations to one speaker across their proper name, their
 * acronym ("the National Intelligence Service (NIS)", "the NIS") and their
 * descriptions ("South Korea's spy agency", "the spy agency").
 */
import type { SpeakerKind } from "../facts.js";
import type { Term } from "../nlp.js";
import type { Range } from "./attribution.js";
import { ANONYMOUS_HEADS, ANONYMOUS_MARKERS, CONTRACTION, GROUP_HEADS, POSSESSIVE, ORGANISATION_HEADS, PERSON_PRONOUNS, POSSESSIVE_AGREEMENT, TITLE_WORDS } from "./cues.js";

export interface Entity {
  name: string;
  kind: SpeakerKind;
  /** where the article gives the title or role ("Ukraine's spy chief") */
  title: Range | null;
  /** lower-case keys a later mention can match: full name, surname, acronym, description */
  keys: Set<string>;
  /** offset of the latest mention, for pronouns */
  last: number;
  gender: "male" | "female" | null;
  /** the name is a proper name, not a description ("the spy agency") */
  proper: boolean;
}

interface NameMention { pos: number; end: number; full: string; surname: string; gender: "male" | "female" | null }

/** adjectives that start a post-modifier of a source: "a source close to the talks", "people familiar with it" */
const POSTMODIFIER_HEADS = new Set(["close", "familiar", "briefed", "involved", "knowledgeable"]);
const ACRONYM_DEFINITION = /((?:[\p{Lu}][\p{L}’'-]*\s+(?:(?:of|for|and|on|the)\s+)?){1,7})\(([A-Z]{2,8})\)/gu;
/** heads of descriptions that stand for a business named before ("the company", "the firm") */
const COMPANY_HEADS = new Set(["company", "firm", "corporation", "business", "lender", "carrier", "retailer", "insurer"]);
const lower = (s: string) => s.toLowerCase().replace(POSSESSIVE, "");
/** up to four capitalised words ending a string (before a name's head word) */
const NAME_WORDS_BEFORE = /(?:[\p{Lu}][\p{L}&’'-]*\s+){0,4}$/u;
/** what may follow a name's head word: "of England", "of the United States", "Street Journal" (sticky: set lastIndex) */
const NAME_TAIL = /(?:\s+(?:of|for|on)(?:\s+the)?(?:\s+[\p{Lu}][\p{L}&’'-]*)+|(?:\s+[\p{Lu}][\p{L}&’'-]*)+)?/uy;
/** the capitals that start a name's words: "Women's Tennis Association" → "WTA" */
const initials = (name: string) => name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join("");
/** abbreviations that open a place's name, which the tagger takes for titles: "St. Paul", "Mt. Vernon", "Ft. Myers" */
const PLACE_ABBREVIATIONS = new Set(["st", "ste", "mt", "ft"]);
/** heads of a share of people: "72 percent of Democrats", "half of the voters", "a majority of Republicans" */
const SHARES = new Set(["percent", "half", "majority", "minority", "plurality", "third", "thirds", "quarter", "quarters", "share"]);
/** a title word ("President", "Sen.", "spokesman") */
const isTitleWord = (t: Term) => TITLE_WORDS.has(lower(t.text).replace(/\.$/, ""));
const isName = (t: Term, prev?: Term) => (t.tags.has("ProperNoun") || !!prev?.tags.has("Person") && /^\s+$/.test(prev.post) && !t.tags.has("PastTense")) && /^\p{Lu}/u.test(t.text) && !t.tags.has("Date") && !t.tags.has("Honorific") && !isTitleWord(t);

/** a word that reads as a nationality: "Korean", "Japanese", "British", "French", "Iraqi" */
const national = (word: string) => /^\p{L}{3,}(an|ese|ish|ch|i)$/u.test(word);
/** the word before an organisation's head in an epithet: a nationality ("South Korean", "Japanese") or "…-based" */
const epithet = (w: Term) => w.normal === "based" || w.tags.has("Demonym") || /^\p{Lu}/u.test(w.text) && national(w.text);

/** Names written in the article: "Kyrylo Budanov" under "budanov"; "National Intelligence Service (NIS)" under "nis". */
export function nameIndex(text: string, terms: readonly Term[]): { people: Map<string, string>; acronyms: Map<string, string>; mentions: NameMention[]; titled: Map<string, string | null>; titleOf: Map<string, Range> } {
  const people = new Map<string, string>();
  // "French President Emmanuel Macron": the title written before a full name, lower-cased → that name (null when
  // two people share it, "President Obama" and "President Trump")
  const titled = new Map<string, string | null>();
  // and the other way: a full name → the first title written before it, as written ("Prime Minister")
  const titleOf = new Map<string, Range>();
  const genders = new Map<string, "male" | "female">();
  const mentions: NameMention[] = [];
  const acronyms = new Map<string, string>();
  for (let i = 0; i < terms.length; i++) {
    // (a surname alone, whatever its tags, once the article has given the full name: "Olaf Scholz… Scholz was cautious")
    const knownSurname = /^\p{Lu}/u.test(terms[i].text) && people.has(lower(terms[i].text)) && !isName(terms[i + 1] ?? terms[i], terms[i]);
    if (!isName(terms[i]) && !knownSurname) continue;
    let j = i;
    while (j + 1 < terms.length && isName(terms[j + 1], terms[j]) && /^\s+$/.test(terms[j].post) && !terms[j + 1].pre.trim() && !POSSESSIVE.test(terms[j].text)) j++;
    const words = terms.slice(i, j + 1);
    const full = text.slice(terms[i].start, terms[j].end).replace(POSSESSIVE, "");
    if (words.length >= 2 && words.some((w) => w.tags.has("Person")) && !words.some((w) => w.tags.has("Place") || w.tags.has("Organization"))) {
      const surname = lower(words[words.length - 1].text);
      if (!people.has(surname)) people.set(surname, full);
      const title = titleBefore(terms, i);
      if (title) {
        titled.set(title, titled.has(title) && titled.get(title) !== full ? null : full);
        if (!titleOf.has(full)) titleOf.set(full, { start: terms[i - title.split(" ").length].start, end: terms[i - 1].end });
      }
    }
    if (knownSurname && j === i || words.some((w) => w.tags.has("Person")) && !words.some((w) => w.tags.has("Place") || w.tags.has("Organization"))) {
      const surname = lower(words[words.length - 1].text);
      // (a surname alone has the gender its full name showed: "Ruiz had called Mendez" after "Carlos Mendez" is no "she")
      const gender = words[0].tags.has("MaleName") ? "male" : words[0].tags.has("FemaleName") ? "female" : genderOfTitle(terms[i - 1]) ?? genders.get(surname) ?? null;
      if (gender && !genders.has(surname)) genders.set(surname, gender);
      mentions.push({ pos: terms[i].start, end: terms[j].end, full: people.get(surname) ?? full, surname, gender });
    }
    i = j;
  }
  // "the National Intelligence Service (NIS)": a capitalised name whose initials the bracket repeats
  for (const m of text.matchAll(ACRONYM_DEFINITION)) {
    const words = m[1].trim().split(/\s+/);
    const acronym = m[2];
    for (let k = 0; k < words.length; k++) {
      const tail = words.slice(k);
      if (tail.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join("") === acronym && /^\p{Lu}/u.test(tail[0])) {
        acronyms.set(acronym.toLowerCase(), tail.join(" "));
        break;
      }
    }
  }
  return { people, acronyms, mentions, titled, titleOf };
}

/** the title right before the name starting at term i ("German Chancellor", "Ukraine's spy chief"), lower-cased, or null */
function titleBefore(terms: readonly Term[], i: number): string | null {
  let k = i;
  // (an abbreviation's full stop may stand between the title and the name: "Sen. Mitch McConnell")
  // ("Transport Secretary Louise Haigh", "Labour MP Diane Abbott": a capitalised word of the same sentence before a title
  // word is part of the title, whatever the tagger made of it; not a date, a pronoun or a function word)
  const capitalised = (t: Term) => /^\p{Lu}/u.test(t.text) && t.sentence === terms[i].sentence
    && !["Date", "Pronoun", "Determiner", "Conjunction", "Preposition", "Person"].some((x) => t.tags.has(x));
  while (k - 1 >= 0 && i - k < 4 && /^\.?\s+$/.test(terms[k - 1].post) && (isTitleWord(terms[k - 1]) || k < i && capitalised(terms[k - 1]))) k--;
  if (k === i || !isTitleWord(terms[i - 1])) return null;
  return terms.slice(k, i).map((t) => fullTitle(lower(t.text))).join(" ");
}

/** honorifics, which say how to address a person but not what the person does */
const HONORIFICS = new Set(["mr", "mrs", "ms", "miss", "sir", "dame", "lord", "lady"]);
// (or a noun the tagger calls a person's role, lower-case and shaped like one: "scientist", "researcher"; the tagger
// also calls "week" and "North" so)
const isRoleHead = (t: Term) => (isTitleWord(t) || t.tags.has("Actor") && !t.tags.has("Date") && /^\p{Ll}\p{L}*(ist|er|or|ian|ant|ent|man|woman|person)$/u.test(t.text))
  && !HONORIFICS.has(lower(t.text).replace(/\.$/, ""));
/** words a role may hold before its head: "Kenya's environment minister", "the group's lead counsel", "US climate envoy" */
const roleWord = (t: Term) => !t.tags.has("Verb") && !t.tags.has("Pronoun") && !t.tags.has("Preposition") && !t.tags.has("Conjunction")
  && (t.tags.has("Noun") || t.tags.has("Adjective") || t.tags.has("Possessive") || t.tags.has("Value") || isTitleWord(t));
/** what opens a role without being part of it: an article, or a possessive pronoun ("Its spokesman, Dmitry Peskov") */
const DETERMINERS = new Set(["the", "a", "an", "his", "her", "its", "their", "our", "my"]);

/**
 * The role given to the full name at terms i..j in apposition, as written, without its article: before it ("Kenya's
 * environment minister, Soipan Tuya, said") or after it ("said Valeriy Ryabykh, editor of the Ukrainian publication
 * Defence Express."; "Tom Becker, the group's lead counsel"). Its head is a title word; or null.
 */
function roleAround(terms: readonly Term[], i: number, j: number): Range | null {
  const before = terms[i - 1];
  if (before && /^,\s+$/.test(before.post) && isRoleHead(before)) {
    let k = i - 1;
    while (k - 1 >= 0 && i - k < 6 && /^\s+$/.test(terms[k - 1].post) && roleWord(terms[k - 1]) && !DETERMINERS.has(terms[k - 1].normal)) k--;
    return { start: terms[k].start, end: before.end };
  }
  if (!/^,\s+$/.test(terms[j].post)) return null;
  let k = j + 1;
  if (k < terms.length && DETERMINERS.has(terms[k].normal)) k++;
  const first = k;
  // the head: the last of up to five role words, before a preposition or the apposition's end
  while (k < terms.length && k - first < 5 && roleWord(terms[k]) && /^\s+$/.test(terms[k].post) && roleWord(terms[k + 1] ?? terms[k]) && !terms[k + 1]?.tags.has("Preposition")) k++;
  if (k >= terms.length || !roleWord(terms[k]) || !isRoleHead(terms[k])) return null;
  let end = k;
  // ("editor of the Ukrainian publication Defence Express", "an analyst at Bernstein"): one prepositional phrase
  if (/^\s+$/.test(terms[k].post) && ["of", "at", "for", "in"].includes(terms[k + 1]?.normal ?? "")) {
    let m = k + 2;
    while (m < terms.length && m - k < 8 && /^\s+$/.test(terms[m - 1].post) && (roleWord(terms[m]) || DETERMINERS.has(terms[m].normal))) {
      end = m;
      if (!/^\s+$/.test(terms[m].post)) break;
      m++;
    }
  }
  // (the apposition ends there: a comma, a full stop or the end of the text)
  if (!/^(?:[,;.]|\s*$)/.test(terms[end].post) && end + 1 < terms.length) return null;
  return { start: terms[first].start, end: terms[end].end };
}

/** abbreviated titles, written out so that "Sen. Mitch McConnell" holds the title of "the Kentucky senator" */
const ABBREVIATED_TITLES = new Map([["sen", "senator"], ["rep", "representative"], ["gov", "governor"], ["gen", "general"], ["lt", "lieutenant"],
  ["col", "colonel"], ["maj", "major"], ["capt", "captain"], ["cmdr", "commander"], ["adm", "admiral"], ["sgt", "sergeant"], ["prof", "professor"]]);
const fullTitle = (w: string) => ABBREVIATED_TITLES.get(w.replace(/\.$/, "")) ?? w;

const MALE_TITLES = new Set(["mr", "sir", "lord", "king", "prince", "congressman", "spokesman", "chairman"]);
const FEMALE_TITLES = new Set(["mrs", "ms", "miss", "dame", "lady", "queen", "princess", "congresswoman", "spokeswoman", "chairwoman"]);
function genderOfTitle(t: Term | undefined): "male" | "female" | null {
  if (!t) return null;
  const w = t.normal.replace(/\.$/, "");
  return MALE_TITLES.has(w) ? "male" : FEMALE_TITLES.has(w) ? "female" : null;
}

/**
 * Resolves the source mentions, in document order, to entities.
 * `mentions[k]` is the term range of the k-th source (or null); returns the entity of each.
 */
export function resolveSources(
  text: string,
  terms: readonly Term[],
  mentions: readonly (readonly [number, number] | null)[],
): { entities: Entity[]; of: (number | null)[] } {
  const { people, acronyms, mentions: names, titled, titleOf } = nameIndex(text, terms);
  // a person → the role the article first gives at the full name, as written ("Ukraine's spy chief", "editor of the
  // Ukrainian publication Defence Express")
  const roles = new Map<number, Range>();
  const entities: Entity[] = [];
  const of: (number | null)[] = [];
  const byKey = new Map<string, number>();
  /** per head word, the names of two or more capitalised words with it in them, and where each ends (nameWithHead) */
  const headNames = new Map<string, { end: number; name: string }[]>();

  const touch = (e: number, pos: number) => { entities[e].last = Math.max(entities[e].last, pos); };
  // an entity is also mentioned where its name or description is written without a cue ("Seoul's spy agency also released…")
  const lowerText = text.toLowerCase();
  const lastSeen = (e: Entity, pos: number) => {
    let last = e.last < pos ? e.last : -1;
    for (const k of e.keys) {
      if (k.length < 3 || k.includes(":")) continue;
      const at = lowerText.lastIndexOf(k, pos - 1);
      if (at > last) last = at;
    }
    return last;
  };
  const nearest = (pos: number, kinds: readonly SpeakerKind[], gender: string | null = null) => {
    let best = -1;
    let bestAt = -1;
    entities.forEach((e, i) => {
      if (!kinds.includes(e.kind) || gender && e.gender && e.gender !== gender) return;
      const at = lastSeen(e, pos);
      if (at >= 0 && at > bestAt) { best = i; bestAt = at; }
    });
    return best >= 0 ? best : null;
  };

  for (const m of mentions) {
    if (!m) { of.push(null); continue; }
    const [a, b] = m;
    const pos = terms[a].start;
    const first = terms[a];
    const pronoun = first.normal.replace(CONTRACTION, "");
    // (a possessive standing as the source, "his critique of…", is the person it stands for, as "he" is)
    if (a === b && (PERSON_PRONOUNS.has(pronoun) || POSSESSIVE_AGREEMENT.has(pronoun))) {
      const p = PERSON_PRONOUNS.get(pronoun) ?? POSSESSIVE_AGREEMENT.get(pronoun)!;
      let e: number | null = null;
      if (first.normal === "who" || first.normal === "which") {
        // the relative pronoun's antecedent is the name before it: resolve that name instead
        let k = a - 1;
        while (k >= 0 && !/\p{L}/u.test(terms[k].text)) k--;
        let s = k;
        while (s - 1 >= 0 && /^\s+$/.test(terms[s - 1].post) && (isName(terms[s - 1]) || terms[s - 1].tags.has("Noun"))) s--;
        if (k >= 0 && (terms[k].tags.has("Noun") || isName(terms[k]))) {
          e = named(s, k, pos);
        }
      } else if (p === "male" || p === "female") {
        // the nearest person before: a speaker already met, or a name written in the text
        e = nearest(pos, ["person"], p);
        let name: NameMention | null = null;
        for (const n of names) {
          if (n.end > pos) break;
          if (!n.gender || n.gender === p) name = n;
        }
        // a pronoun opening its sentence continues the previous sentence's subject, not a name met later in it
        // ("Joe Biden met Vladimir Putin in Geneva. He said…" → Biden)
        const subject = subjectOfPrevious(a, p);
        if (subject) name = subject;
        if (name && (e === null || lastSeen(entities[e], pos) < name.pos || name === subject)) {
          e = ensure([name.full.toLowerCase(), `person:${name.surname}`], name.full, "person", null, name.pos);
          if (!entities[e].gender) entities[e].gender = name.gender;
        }
        if (e !== null && !entities[e].gender) entities[e].gender = p;
      }
      else if (p === "neuter") e = nearest(pos, ["organisation"]);
      else if (p === "plural") {
        e = nearest(pos, ["group", "organisation", "anonymous"]);
        // "Okoye and her colleagues followed 9,000 people. They found…": "they" opening a sentence is the two or more
        // joined as the previous sentence's subject, when no group spoke since
        const both = jointSubjectOfPrevious(a);
        if (both && (e === null || lastSeen(entities[e], pos) < both.start)) e = ensure([both.name.toLowerCase()], both.name, "group", null, pos, true);
      }
      else if (pronoun === "i") e = ensure(["the author"], "the author", "person", null, pos);
      else if (pronoun === "we") e = ensure(["the authors"], "the authors", "group", null, pos);
      if (e !== null) touch(e, pos);
      of.push(e);
      continue;
    }
    of.push(named(a, b, pos));
  }

  function ensure(keys: string[], name: string, kind: SpeakerKind, title: Range | null, pos: number, proper = kind === "person"): number {
    for (const k of keys) {
      const found = byKey.get(k);
      if (found !== undefined) {
        const e = entities[found];
        // two full names that share a surname are two people (Hillary Clinton, Bill Clinton)
        if (k.startsWith("person:") && kind === "person" && name.includes(" ") && e.name.includes(" ") && e.name.toLowerCase() !== name.toLowerCase()) continue;
        for (const kk of keys) if (!byKey.has(kk)) { byKey.set(kk, found); e.keys.add(kk); }
        if (!e.title && title) e.title = title;
        if (name.split(" ").length > e.name.split(" ").length && kind === "person" && e.kind === "person") e.name = name;
        if (proper && !e.proper) { e.name = name; e.proper = true; }
        touch(found, pos);
        return found;
      }
    }
    const idx = entities.length;
    entities.push({ name, kind, title, keys: new Set(keys), last: pos, gender: null, proper });
    for (const k of keys) byKey.set(k, idx);
    return idx;
  }

  /**
   * For a pronoun opening sentence k: the name that opens sentence k − 1 as its subject (no verb before it), with a
   * gender the pronoun allows, or null.
   */
  /** the first term of the sentence before the one term a opens, or -1 when a opens none (or the text) */
  function previousSentence(a: number): number {
    if (a === 0 || terms[a - 1].sentence === terms[a].sentence) return -1;
    let first = a - 1;
    while (first - 1 >= 0 && terms[first - 1].sentence === terms[a - 1].sentence) first--;
    return first;
  }

  function subjectOfPrevious(a: number, gender: string): NameMention | null {
    const first = previousSentence(a);
    if (first < 0) return null;
    const start = terms[first].start, end = terms[a].start;
    const n = names.find((m) => m.pos >= start && m.pos < end);
    // (not a name inside a quotation: '“Biden is weak,” Trump said. He added…')
    if (!n || n.gender && n.gender !== gender || /["“”«»]|''/.test(terms[first].pre + text.slice(start, n.pos))) return null;
    for (let k = first; k < terms.length && terms[k].start < n.pos; k++) if (terms[k].tags.has("Verb")) return null;
    return n;
  }

  /**
   * the company "the company" or "the firm" at term a stands for: a business named since the last organisation that
   * spoke ("The warehouse belonged to Brightway Logistics. … The company estimated…"), or that organisation; or null
   */
  function companyBefore(a: number, pos: number): string | null {
    const e = nearest(pos, ["organisation", "unknown"]);
    const spoke = e !== null && entities[e].proper ? e : null;
    return businessBefore(a, spoke !== null ? lastSeen(entities[spoke], pos) : -1) ?? (spoke !== null && entities[spoke].kind === "organisation" ? entities[spoke].name : null);
  }

  /** the subject of the sentence before the one term a opens, when it joins two or more with "and" ("Okoye and her colleagues") */
  function jointSubjectOfPrevious(a: number): { name: string; start: number } | null {
    const first = previousSentence(a);
    if (first < 0) return null;
    let v = first;
    while (v < a && !terms[v].tags.has("Verb")) v++;
    const words = terms.slice(first, v);
    const and = words.findIndex((w) => w.normal === "and");
    if (v >= a || and <= 0 || and === words.length - 1 || words.some((w) => /[,;:"“”«»]/.test(w.post) || w.tags.has("Preposition") && w.normal !== "of")) return null;
    if (!words.some((w) => w.tags.has("Noun") || w.tags.has("ProperNoun"))) return null;
    return { name: text.slice(words[0].start, words[words.length - 1].end), start: words[0].start };
  }

  /**
   * the last name before term k, written after offset `after`, that reads as a business's: two or more capitalised
   * words, none a person's, a place's, a date's or a title ("Brightway Logistics", "Northgate Energy"), or a word the
   * tagger knows as an organisation's; or null
   */
  function businessBefore(k: number, after: number): string | null {
    for (let j = k - 1; j >= 0 && k - j < 150 && terms[j].start > after; j--) {
      if (!/^\p{Lu}/u.test(terms[j].text)) continue;
      // the run of capitalised words ending at j
      const last = j;
      while (j - 1 >= 0 && /^\p{Lu}/u.test(terms[j - 1].text) && /^\s+$/.test(terms[j - 1].post)) j--;
      const run = terms.slice(j, last + 1);
      const plain = run.every((w, n) => !["Person", "Place", "Date", "Honorific", "Pronoun", "Determiner", "Possessive"].some((x) => w.tags.has(x))
        && !isTitleWord(w) && !(n > 0 && w.tags.has("Verb")) && !people.has(lower(w.text)));
      if (plain && (run.length >= 2 || run[0].tags.has("Organization")) && terms[j].start > after) return text.slice(terms[j].start, terms[last].end).replace(POSSESSIVE, "");
    }
    return null;
  }

  /** the last name of two or more capitalised words before pos with this head in it: "bank" → "Bank of England" */
  function nameWithHead(head: string, pos: number): string | null {
    let found = headNames.get(head);
    if (!found) {
      // the capitalised head word, then the capitalised words before it and the name's tail after it
      const Head = head[0].toUpperCase() + head.slice(1);
      found = [];
      for (let at = text.indexOf(Head); at >= 0; at = text.indexOf(Head, at + 1)) {
        if (/[\p{L}]/u.test(text[at - 1] ?? "") || /[\p{L}]/u.test(text[at + Head.length] ?? "")) continue;
        const before = NAME_WORDS_BEFORE.exec(text.slice(Math.max(0, at - 80), at))![0];
        NAME_TAIL.lastIndex = at + Head.length;
        const after = NAME_TAIL.exec(text)?.[0] ?? "";
        const name = (before + Head + after).replace(/^(The|A|An)\s+/, "");
        if (name.split(/\s+/).length >= 2) found.push({ end: at + Head.length + after.length, name });
      }
      headNames.set(head, found);
    }
    let best: string | null = null;
    for (const f of found) if (f.end <= pos) best = f.name;
    return best;
  }

  /** the one full name whose written title is, or ends with, this description's title words, or null */
  function titleHolder(desc: string): string | null {
    const words = desc.split(" ").map(fullTitle);
    const last = words[words.length - 1];
    if (!TITLE_WORDS.has(last)) return null;
    const holders = (d: string) => {
      const found = new Set<string | null>();
      for (const [title, name] of titled) if (title === d || title.endsWith(` ${d}`)) found.add(name);
      return found;
    };
    let found = holders(words.join(" "));
    // ("the Kentucky senator" after "Republican Sen. Mitch McConnell": a place before the title word narrows nothing
    // the article wrote, but a nationality does: "the Russian president" is not "French President Emmanuel Macron")
    if (!found.size && words.length > 1 && !words.slice(0, -1).some((w) => TITLE_WORDS.has(w) || national(w))) found = holders(last);
    return found.size === 1 ? [...found][0] : null;
  }

  /** a named or described mention: split title from name, classify, look up keys */
  function named(a: number, b: number, pos: number): number {
    const words = terms.slice(a, b + 1);
    // "Guardiola told reporters" after "Manchester City manager Pep Guardiola said": a surname alone (after an
    // honorific or not) is the person already met with it, whatever the tagger made of the name
    const bare = words.filter((w) => !HONORIFICS.has(lower(w.text).replace(/\.$/, "")));
    if (bare.length === 1 && /^\p{Lu}/u.test(bare[0].text) && !bare[0].tags.has("Pronoun")) {
      const known = byKey.get(`person:${lower(bare[0].text)}`);
      if (known !== undefined && entities[known].kind === "person") { touch(known, pos); return known; }
    }
    // "The group urged…" after "Amnesty International said…": "the" and an organisation's head, nothing else, is
    // the organisation last spoken of (an earlier "the group" of its own is found by its key first)
    const head = words[words.length - 1];
    if (words.length === 2 && words[0].normal === "the" && /^\p{Ll}/u.test(head.text) && ORGANISATION_HEADS.has(head.normal) && !byKey.has(head.normal)) {
      // ("The bank said…" after "the Bank of England raised rates": the last name written with that word in it)
      const full = nameWithHead(head.text, pos);
      if (full) return ensure([full.toLowerCase()], full, "organisation", null, pos, true);
      const company = COMPANY_HEADS.has(head.normal) ? companyBefore(a, pos) : null;
      if (company) return ensure([company.toLowerCase()], company, "organisation", null, pos, true);
      const e = nearest(pos, ["organisation", "unknown"]);
      if (e !== null && entities[e].proper) { touch(e, pos); return e; }
    }
    // "Samsung said… The South Korean company blamed…", "the Seoul-based firm": an epithet, "the" with a nationality or
    // a place "-based" before an organisation's head, is the organisation last named
    if (words.length >= 3 && words.length <= 5 && words[0].normal === "the" && /^\p{Ll}/u.test(head.text) && ORGANISATION_HEADS.has(head.normal)
      && words.slice(1, -1).every((w) => /^\p{Lu}\p{L}*$/u.test(w.text) || w.normal === "based") && epithet(words[words.length - 2])) {
      const e = nearest(pos, ["organisation"]);
      if (e !== null && entities[e].proper) { touch(e, pos); return e; }
    }
    // an apposition: "South Korea's spy agency, the NIS" → two descriptions of one speaker
    const comma = words.findIndex((w, i) => i < words.length - 1 && /,/.test(w.post));
    const groups = comma >= 0 ? [words.slice(0, comma + 1), words.slice(comma + 1)] : [words];
    const keys: string[] = [];
    let name: string | null = null;
    let kind: SpeakerKind = "unknown";
    let title: Range | null = null;
    let proper = false;
    for (const g of groups) {
      const d = describe(g, g !== groups[0]);
      keys.push(...d.keys);
      // (a name's kind beats its apposition's: "Samsung, its main rival" is an organisation, whatever "rival" suggests)
      if (d.kind !== "unknown" && (kind === "unknown" || d.name) && !(proper && !d.proper)) kind = d.kind;
      if (d.name && (!name || d.proper && !proper || d.proper === proper && d.name.length > name.length)) name = d.name;
      if (d.title && !title) title = d.title;
      if (d.proper) proper = true;
    }
    // "A spokesman for the firm said…": the firm is the company last named, and the speaker is named with it
    const n = words.length;
    if (!proper && name && n >= 4 && ["for", "at", "of"].includes(words[n - 3].normal) && words[n - 2].normal === "the" && COMPANY_HEADS.has(head.normal)) {
      const company = companyBefore(a, pos);
      const firm = text.slice(words[n - 2].start, head.end);
      if (company && name.endsWith(firm)) {
        name = name.slice(0, name.length - firm.length) + company;
        keys.splice(0, keys.length, name.toLowerCase());
      }
    }
    const mentionText = text.slice(terms[a].start, terms[b].end).replace(POSSESSIVE, "");
    const e = ensure(keys.length ? keys : [mentionText.toLowerCase()], name ?? mentionText, kind, title, pos, proper);
    // (a name of two words or more that is no organisation's may be a person's the tagger did not know: "Elena Park")
    const nameWords = comma >= 0 ? words.slice(comma + 1) : words;
    const personLike = entities[e].kind === "person" || nameWords.length >= 2 && nameWords.every((w) => /^\p{Lu}/u.test(w.text) && !w.tags.has("Organization") && !ORGANISATION_HEADS.has(w.normal));
    if (entities[e].proper && personLike && !roles.has(e)) {
      // ("Kenya's environment minister, Soipan Tuya", "Tom Becker, the group's lead counsel": in the mention or after it)
      const role = roleAround(terms, comma >= 0 ? a + comma + 1 : a, b) ?? (comma >= 0 ? roleAround(terms, a, a + comma) : null);
      if (role) {
        // ("said Elena Park, a political scientist at…": a person's role makes a person)
        entities[e].kind = "person";
        roles.set(e, role);
        // (so that "the minister" later is this person)
        const key = text.slice(role.start, role.end).toLowerCase();
        titled.set(key, titled.has(key) && titled.get(key) !== entities[e].name ? null : entities[e].name);
      }
    }
    // a person named with a first name or a title has its gender: "Asked by Matt Lauer whether she…" is not his
    if (entities[e].kind === "person" && !entities[e].gender) {
      entities[e].gender = words.some((w) => w.tags.has("MaleName")) ? "male" : words.some((w) => w.tags.has("FemaleName")) ? "female" : words.map(genderOfTitle).find((g) => g) ?? null;
    }
    return e;
  }

  /** `apposition`: the words after a comma in the mention ("…officer, Park Hark-kyu"), where capitalised words name */
  function describe(mention: readonly Term[], apposition = false): { keys: string[]; name: string | null; kind: SpeakerKind; title: Range | null; proper: boolean } {
    // ("Sen. Rob Portman (R-Ohio)": a closing parenthesis, party and state or an age, is no part of the name)
    const paren = mention.findIndex((w, i) => i > 0 && w.pre.includes("("));
    const whole = paren > 0 && /^\.?\)/.test(mention[mention.length - 1].post) ? mention.slice(0, paren) : mention;
    // "a military source in Russia's Far East": the head comes before the prepositional phrase
    // ("people close to Clinton": the tagger may call that "to" a conjunction)
    const prep = whole.findIndex((w, i) => i > 0 && (w.tags.has("Preposition") || POSTMODIFIER_HEADS.has(w.normal) && (!!whole[i + 1]?.tags.has("Preposition") || whole[i + 1]?.normal === "to")));
    // ("Former Secretary of State John Kerry": a capitalised title with "of" in it, then a full name: the name is the
    // head; not "a spokesman for Gov. Andrew Cuomo", "the daughter of President Trump")
    let tail = whole.length;
    while (tail > 0 && isName(whole[tail - 1], whole[tail - 2])) tail--;
    // ("Former Secretary of State Madeleine Albright": a title word before "of" and three capitalised words after it make
    // it so though the tagger knows no person there)
    const ofPhrase = prep > 0 && whole[prep].normal === "of";
    const ofTitle = ofPhrase && whole.slice(0, prep).some(isTitleWord);
    const titleOf = ofPhrase && whole.length - tail >= 2 && (whole.slice(tail).some((w) => w.tags.has("Person")) || ofTitle && whole.length - prep >= 4)
      && whole.slice(0, tail).every((w, i) => i === prep || w.tags.has("Determiner") || /^\p{Lu}/u.test(w.text));
    // ("the Bank of England", "the Federal Bureau of Investigation": capitalised words around "of", none a person's, are one name)
    const capital = (w: Term) => /^\p{Lu}/u.test(w.text) && !w.tags.has("Person");
    // (whatever the tagger made of "of": "University of Michigan" may come back as one organisation's three nouns)
    const of = whole.findIndex((w, i) => i > 0 && w.normal === "of");
    const nameOf = of > 0 && (prep < 0 || prep === of) && whole.slice(0, of).every((w) => w.normal === "the" || capital(w)) && whole.length > of + 1 && whole.slice(of + 1).every((w) => w.normal === "the" || capital(w));
    // ("A Department for Environment spokesperson": a role word ending the phrase is its head, the preposition sits in
    // a name before it)
    const roleLast = isRoleHead(whole[whole.length - 1]) && /^\p{Ll}/u.test(whole[whole.length - 1].text) && prep > 0 && /^\p{Lu}/u.test(whole[prep + 1]?.text ?? "");
    const g = prep > 0 && !titleOf && !nameOf && !roleLast ? whole.slice(0, prep) : whole;
    const fullText = text.slice(whole[0].start, whole[whole.length - 1].end);
    // "Frank Newport and Jim Harter", "Mark Blumenthal and Jon Cohen": two named people speaking together are a group
    const and = g.findIndex((w) => w.normal === "and");
    if (and > 0 && and < g.length - 1 && isName(g[and - 1], g[and - 2]) && isName(g[g.length - 1], g[g.length - 2]) && g.every((w, i) => i === and || isName(w, g[i - 1]))) {
      return { keys: [lower(fullText)], name: fullText, kind: "group", title: null, proper: true };
    }
    // trailing run of name words (not titles) is the name; what comes before is the title
    let n = g.length;
    // (a surname the article has given in full is a name even where the tagger took it for a common noun:
    // "Macron told reporters…" at a sentence's start)
    // (in an apposition of capitalised words, each is part of the name, whatever its tag: "Park Hark-kyu")
    const capitalised = (t: Term, prev?: Term) => /^\p{Lu}/u.test(t.text) || prev?.post === "-";
    const allCapitalised = apposition && g.length <= 4 && g.every((w, i) => capitalised(w, g[i - 1]) && !w.tags.has("Determiner") && !isTitleWord(w));
    const knownName = (t: Term, prev?: Term) => isName(t, prev) || /^\p{Lu}/u.test(t.text) && people.has(lower(t.text)) || allCapitalised;
    // (a possessive inside an organisation's name is part of it: "the Women's Tennis Association")
    const orgName = ORGANISATION_HEADS.has(lower(g[g.length - 1].text));
    while (n > 0 && knownName(g[n - 1], g[n - 2]) && !(n < g.length && POSSESSIVE.test(g[n - 1].text) && !(orgName && /^\p{Lu}/u.test(g[n - 1].text) && !g[n - 1].tags.has("Person") && !g[n - 1].tags.has("Place")))) n--;
    // ("Amnesty International": a capitalised common noun before a name is part of it, up to a title or determiner)
    // ("the Democratic Party", "the Republican National Committee": before a capitalised organisation's head, a party
    // or nationality word is part of the name, not a title)
    const properOrg = orgName && /^\p{Lu}/u.test(g[g.length - 1].text);
    const stops = properOrg ? ["Determiner", "Pronoun", "Honorific", "Date"] : ["Determiner", "Pronoun", "Honorific", "Date", "Demonym", "Adjective"];
    // ("Greater Manchester Fire and Rescue Service", "Food and Drug Administration": "and" between capitalised words of
    // an organisation's name)
    const joins = (k: number) => properOrg && k >= 1 && (g[k].normal === "and" || g[k].text === "&") && /^\p{Lu}/u.test(g[k - 1].text) && /^\s+$/.test(g[k - 1].post);
    while (n > 0 && n < g.length && (/^\p{Lu}/u.test(g[n - 1].text) || joins(n - 1)) && /^\s+$/.test(g[n - 1].post) && !POSSESSIVE.test(g[n - 1].text)
      && (properOrg || !isTitleWord(g[n - 1])) && !stops.some((x) => g[n - 1].tags.has(x)) && g[n - 1].normal !== "the") n--;
    if (nameOf) for (n = 0; n < g.length - 1 && g[n].normal === "the"; ) n++;
    // (the word after the title's "of" is the title's: "Secretary of State", "Secretary of the Treasury")
    if (titleOf && ofTitle) n = Math.min(g.length - 1, Math.max(n, prep + (g[prep + 1]?.normal === "the" ? 3 : 2)));
    // ("St. Paul", "Ft. Myers": a saint's or a fort's abbreviation before a name is part of a place's name, no title)
    if (n > 0 && n < g.length && PLACE_ABBREVIATIONS.has(g[n - 1].normal.replace(/\.$/, "")) && /^\p{Lu}/u.test(g[n - 1].text)) n--;
    const nameWords = g.slice(n);
    // (not a day before the title: "On Tuesday President Carlos Mendez said")
    const titleWords = g.slice(0, n).filter((w) => !w.tags.has("Determiner") && w.normal !== "the" && !w.tags.has("Date"));
    const head = lower(g[g.length - 1].text);
    // (with an abbreviation's full stop: "Republican Sen.")
    const titleEnd = titleWords.length ? titleWords[titleWords.length - 1].end : 0;
    const titleText: Range | null = titleWords.length ? { start: titleWords[0].start, end: titleEnd + (text[titleEnd] === "." && /^\.\s/.test(titleWords[titleWords.length - 1].post) ? 1 : 0) } : null;
    const keys: string[] = [];
    if (nameWords.length) {
      const written = text.slice(nameWords[0].start, nameWords[nameWords.length - 1].end).replace(POSSESSIVE, "");
      const surname = lower(nameWords[nameWords.length - 1].text);
      const acronym = nameWords.length === 1 && /^[A-Z]{2,}$/.test(nameWords[0].text) ? nameWords[0].text.toLowerCase() : null;
      // a place that speaks is its government ("Seoul warned…")
      // (an apposition's name is a person's unless it says otherwise: the tagger takes "Hark" in "Park Hark-kyu" for a place)
      // (a person's title before two name words outweighs a place the tagger saw in them: "Secretary of State Madeleine Albright")
      const titledName = titleWords.some(isTitleWord) && nameWords.length >= 2 && !nameWords.some((w) => w.tags.has("Organization"));
      const isOrg = nameWords.some((w) => w.tags.has("Organization") || w.tags.has("Place") && !allCapitalised && !titledName) || !!acronym || ORGANISATION_HEADS.has(head);
      const isPerson = !isOrg && (people.has(surname) || nameWords.some((w) => w.tags.has("Person")) || titleWords.some(isTitleWord) || nameWords.length >= 2 && !nameWords.some((w) => w.tags.has("Place")));
      // ("Voters said…", "Republicans say…", "Palestinians fear…": a capitalised plural of people is a group, no name)
      if (nameWords.length === 1 && !isOrg && (GROUP_HEADS.has(surname) || nameWords[0].tags.has("Demonym") && /s$/.test(surname))) {
        return { keys: [fullText.toLowerCase()], name: fullText, kind: "group", title: null, proper: false };
      }
      if (isPerson) {
        const full = nameWords.length >= 2 ? written : people.get(surname) ?? written;
        keys.push(full.toLowerCase(), `person:${surname}`);
        return { keys, name: full, kind: "person", title: titleText, proper: true };
      }
      // "the WTA" after "the Women's Tennis Association said": an acronym of a name already met is that name
      const expanded = acronym ? acronyms.get(acronym) ?? entities.find((e) => e.proper && e.kind === "organisation" && initials(e.name) === nameWords[0].text)?.name : undefined;
      if (acronym) keys.push(acronym);
      if (expanded) keys.push(expanded.toLowerCase());
      keys.push(written.toLowerCase());
      if (!acronym) for (const [ac, full] of acronyms) if (full.toLowerCase() === written.toLowerCase()) keys.push(ac);
      return { keys, name: expanded ?? written, kind: isOrg ? "organisation" : "unknown", title: titleText, proper: true };
    }
    // a description: "the spy agency", "a military source in Russia's Far East", "military experts"
    // the possessor of a place or a common noun does not tell two agencies apart ("the country's statistics agency");
    // a person's does ("Yoon's office")
    const words = g.filter((w) => !w.tags.has("Determiner") && !((POSSESSIVE.test(w.text) || w.tags.has("Possessive")) && (w.tags.has("Place") || !w.tags.has("ProperNoun"))));
    const desc = words.length ? text.slice(words[0].start, words[words.length - 1].end).toLowerCase() : head;
    // "the French president" after "French President Emmanuel Macron", "the minister" after "Russian Foreign Minister
    // Sergei Lavrov": the one person the article gave that title (or a title ending so)
    const holder = titleHolder(desc);
    if (holder) {
      const surname = lower(holder.split(" ").pop()!);
      // (its title is the one written with the name, not this description's: "President" for "the president")
      return { keys: [holder.toLowerCase(), `person:${surname}`], name: holder, kind: "person", title: null, proper: true };
    }
    const written = fullText;
    const tokens = g.map((w) => lower(w.text));
    let kind: SpeakerKind = "unknown";
    if (ANONYMOUS_HEADS.has(head) && (tokens.some((w) => ANONYMOUS_MARKERS.has(w)) || /s$/.test(head)) && !g.some((w) => w.tags.has("Person"))) kind = "anonymous";
    else if (ORGANISATION_HEADS.has(head)) kind = "organisation";
    // ("72 percent of Democrats", "half of voters", "Four in 10": a share of people is a group)
    else if (GROUP_HEADS.has(head) || SHARES.has(head) || /^\d+$/.test(head)) kind = "group";
    else if (TITLE_WORDS.has(head)) kind = "person";
    // anonymous and group descriptions are kept apart: two "officials" need not be the same people
    const key = kind === "anonymous" || kind === "group" ? written.toLowerCase() : desc;
    keys.push(key);
    return { keys, name: written.replace(/^(the|a|an)\s+/i, (m) => (kind === "anonymous" || kind === "group" ? m : "")), kind, title: null, proper: false };
  }

  // a person's title is the role the article gives at the full name, or the title written before it where the
  // mentions that spoke had only an honorific ("Mr Starmer" after "Prime Minister Keir Starmer"), or none
  entities.forEach((e, i) => {
    if (e.kind !== "person") return;
    if (e.title && HONORIFICS.has(lower(text.slice(e.title.start, e.title.end)).replace(/\.$/, ""))) e.title = null;
    // (the title written before the full name when it says more: "Transport Secretary" for "Secretary")
    const written = titleOf.get(e.name);
    const fuller = written && e.title && written.end === e.title.end && written.start < e.title.start ? written : null;
    e.title = roles.get(i) ?? fuller ?? e.title ?? written ?? null;
  });
  return { entities, of };
}
