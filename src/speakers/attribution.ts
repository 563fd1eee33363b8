/**
 * Attribution: finds cues of saying (and of belief or intent) in the parse, and
 * for each the source (the mention that says who) and the content (what was
 * said). Direct quotations are segments of text between quote marks; a cue
 * claims the quotation next to it, and the quotations no cue claims become
 * attributions of their own, or continue the quotation before them.
 */
import type { Parsed, Sentence, Term } from "../nlp.js";
import {
  ADVERB_CUES, BETWEEN_SUBJECT_AND_CUE, QUESTION_LEADS, QUESTION_OPENERS, COMPLEMENTIZERS, EVIDENCE_SUBJECTS, NOUN_CUES, NOUN_THAT_CUES, TITLE_WORDS, SOURCE_FIRST_PHRASES, CUE_FORMS, ALWAYS_VERB, ADJECTIVE_CUES, PERSON_PRONOUNS, STRICT_FORMS, PASSIVE_PARTICIPLE_LEMMAS, CONTRACTION, POSSESSIVE, POSSESSIVE_AGREEMENT, GROUP_HEADS, ORGANISATION_HEADS, NOT_INVERTING, NOUN_LIKE_CUES, ANONYMOUS_HEADS,
  type CueFamily, type CueInfo,
} from "./cues.js";
import { findQuoteSegments, paragraphsOf, segmentAt, type Paragraph, type QuoteSegment } from "./quotes.js";
import { firstStartingFrom, indexContaining } from "../span.js";

export interface Range { start: number; end: number }

export interface Attribution {
  /** content span; `parts` when it is a quotation interrupted by its cue or run over paragraphs */
  start: number;
  end: number;
  parts: Range[];
  cue: Range | null;
  source: Range | null;
  /** term indices [first, last] of the source mention, for resolution */
  sourceTerms: readonly [number, number] | null;
  family: CueFamily | "quote";
  /** an attribution with no cue of its own that continues the previous speaker's quotation */
  continues: number | null;
  /** for a relative pronoun source ("a source, who told…"), the noun phrase it stands for */
  antecedent: readonly [number, number] | null;
}

const OPEN_QUOTE = /["“«„]|''/;
/** "Carson: Clinton ‘Not Fit to Serve’" — up to five capitalised words, a colon, a claim */
const HEADLINE = /^((?:[A-Z][\p{L}.’'-]*\s+){0,4}[A-Z][\p{L}.’'-]*):(\s+)(\S.{8,})$/u;
/** a dash and a name after a quotation, then the sentence's end: '…taxes." - Sanders.', '…" —President Obama, tweeting' */
const SIGNED_QUOTE = /^\s*([-–—―])[ \t]*((?:[A-Z][\p{L}.’'-]*[ \t]+){0,4}[A-Z][\p{L}’'-]*)(?=[ \t]*(?:[.,;]|\n|$))/u;
/** " - Name and Name: “" inside a paragraph (see the digest rule in findAttributions) */
const DASH_SPEAKER = /\s[-–—]\s+((?:[A-Z][\p{L}.’'-]*\s+(?:and\s+)?){0,5}[A-Z][\p{L}.’'-]*):(\s+)(["“])/gu;
const CLOSE_QUOTE = /["”»]|''/;
const RELATIVE = new Set(["who", "which", "whose"]);
const PERSONAL_RELATIVE = new Set(["who", "whose"]);
const ABOUT = new Set(["of", "about", "against"]);
const PAIR_DETERMINERS = new Set(["either", "neither", "both"]);
const AS_QUANTITY = new Set(["many", "much", "few", "little", "well", "soon", "long", "far", "of", "recently", "early", "late"]);
const SUBORDINATORS = new Set(["as", "while", "after", "before", "when", "since", "because", "until", "although", "though", "amid", "despite", "during", "following"]);
/** words opening a clause of condition: "If they voted…, they could…", "Whether he wanted to admit it or not, …" */
const OPENING_CONDITIONS = new Set(["if", "whether", "unless", "once"]);
/** prepositions opening a sentence that report rather than set a scene: "According to…", "Like…" */
const OPENING_NOT_CLAUSE = new Set(["according", "like", "unlike"]);
/** a rule between items of a live blog or a list: "___", "***" */
const SEPARATOR = /^[_*=~•]{3,}$/;
/** punctuation after a term that ends a clause (a comma, colon, semicolon, dash or parenthesis; not a quotation mark) */
const CLAUSE_BREAK = /[,;:()\[\]—–]|\s-+\s|[.!?]\s/;
/** pronouns only ever subjects: "he and Mr. Allen said" */
const NOMINATIVE = new Set(["he", "she", "i", "we", "they"]);
const ACCUSATIVE = new Set(["me", "him", "them", "us"]);
const TIMES_OF_DAY = new Set(["morning", "afternoon", "evening", "night"]);
const TIME_PREPOSITIONS = new Set(["on", "in", "last", "this", "earlier", "late", "early"]);
const NP_PREPOSITIONS = new Set(["of", "for", "at", "from", "in"]);
const POSTMODIFIERS = new Set(["close to", "familiar with", "knowledge of", "briefed on", "involved in", "close with"]);
const OBJECT_PRONOUNS = new Set(["me", "him", "her", "them", "us", "you", "it", "reporters", "journalists"]);
const PASSIVE_AUX = new Set(["is", "are", "was", "were", "be", "been", "being", "'s", "’s"]);
/** verbs before an adjective of attitude: "is confident", "remains skeptical", "sounded optimistic" */
const COPULAS = new Set([...PASSIVE_AUX, "am", "remain", "remains", "remained", "seem", "seems", "seemed", "appear", "appears", "appeared",
  "sound", "sounds", "sounded", "become", "becomes", "became", "grow", "grows", "grew", "stay", "stays", "stayed"]);
const PARTICIPLE_AFTER = /,(["”»]|'')?\s*$/;
/** capitalised words that only open a sentence (never part of a name after "U.S.") */
const SENTENCE_OPENERS = new Set(["The", "He", "She", "It", "They", "We", "I", "This", "That", "These", "Those", "His", "Her", "Their", "But", "And", "In", "A", "An"]);
/** a dash around an aside: "Sims — a teacher — says" */
const DASH_ASIDE = /^\s+[—–―-]\s+$|^\s*--\s*$/;
/** an age or other number in apposition: "Woodrow Smith, 58, said" */
const AGE = /^\d{1,3}$/;
/** words before a noun that keeps the gerund after it as its own: "with officials vowing…", "a family of PACs supporting…",
 * "money from groups supporting…", "Fox News and NBC News calling…" */
const OWN_GERUND_SUBJECT_AFTER = new Set(["with", "of", "from", "and", "about", "between", "including", "after", "amid", "among", "like", "is", "was", "are", "were"]);

const NP_TAGS = ["Noun", "ProperNoun", "Adjective", "Determiner", "Value", "Possessive", "Acronym", "Honorific", "Abbreviation", "Person", "Organization"];
const isNP = (t: Term) => NP_TAGS.some((x) => t.tags.has(x)) && !t.tags.has("Verb") && !t.tags.has("Pronoun") || t.tags.has("Possessive");
/** words that open a noun phrase in apposition: "Patch, a former director, said" */
/** pronoun-like determiners that stand as a subject: "those surveyed said", "many said" */
const DEMONSTRATIVE_SUBJECTS: ReadonlySet<string> = new Set(["those", "these", "many", "most", "some", "others", "few", "several", "both", "all", "another", "each", "neither", "none"]);
/** tags of a capitalised word that cannot be a name standing as a subject */
const NOT_NAMES = ["Pronoun", "Determiner", "Preposition", "Conjunction", "Adverb", "QuestionWord", "Date", "Value", "Gerund", "Modal", "Copula", "Auxiliary"];
/** verbs whose object does what the infinitive after it says: "led Priebus to declare", "prompted Cooper to accuse" */
const OBJECT_CONTROL = new Set(`lead leads led leading prompt prompts prompted prompting allow allows allowed allowing cause causes caused
  force forces forced forcing urge urges urged urging encourage encourages encouraged encouraging push pushes pushed pushing
  send sends sent sending inspire inspires inspired spur spurs spurred enable enables enabled persuade persuades persuaded
  convince convinces convinced invite invites invited inviting pressure pressured pressuring require requires required
  get gets got getting`.split(/\s+/));
/** nouns of saying whose sayer follows "from": "criticism from rivals that…" */
const FROM_CUES = new Set(["criticism", "criticisms", "complaints", "warnings", "questions", "accusations", "claims", "calls", "pressure", "praise", "condemnation"]);
/** what opens the content after "criticism from X" */
const FROM_COMPLEMENTS = new Set(["that", "about", "over"]);
/** words that join a second clause after a comma: "…, though they blame…" */
const LINKS = new Set(["though", "although", "while", "whereas", "yet"]);
/** pronouns whose present tense is the bare verb: "they believe" */
const BARE_PRESENT_SUBJECTS = new Set(["i", "we", "you", "they"]);
/** verbs whose passive names a state of mind of the subject: "they are convinced that…" */
const MENTAL_STATES = new Set(["convince", "worry", "encourage"]);
/** verbs of judging whose passive states what is generally held: "is seen as", "is known for", "is considered" */
const JUDGEMENTS = new Set(["see", "know", "consider", "view"]);
/** one-word answers a verb of saying takes: "said yes", "says so" */
const ANSWERS = new Set(["yes", "no", "so"]);
/** words that head a phrase with "of": "some of his rivals", "many of them" */
const QUANTIFIERS = new Set(["some", "many", "most", "several", "all", "both", "each", "one", "none", "few", "two", "three", "half"]);
/** verbs of going on, before "to" and a cue: "went on to say", "continued to insist", "began to argue" */
const GO = new Set(["go", "goes", "went", "gone", "going"]);
const ASPECT = new Set(["continue", "continues", "continued", "continuing", "begin", "begins", "began", "begun", "start", "starts", "started",
  "proceed", "proceeds", "proceeded", "try", "tries", "tried", "trying", "hasten", "hastened", "rush", "rushed", "fail", "fails", "failed",
  "need", "needs", "needed", "tend", "tends", "tended", "manage", "managed", "struggle", "struggled", "struggling", "hesitate", "hesitated"]);
/** adjectives after a copula, before "to" and a cue: "is likely to endorse", "was quick to add" */
const READY = new Set(["likely", "unlikely", "quick", "eager", "careful", "ready", "willing", "reluctant", "able", "unable", "expected", "set", "keen", "anxious"]);
/** heads of a phrase of time or occasion ("in the past", "for the first time", "in an interview") */
const OCCASIONS = new Set(`past time times moment meantime interim years months weeks days decades end beginning outset wake aftermath
 interview interviews statement statements speech speeches letter remarks appearance`.trim().split(/\s+/));
const OCCASION_PREPOSITIONS = new Set(["in", "for", "at", "during", "over", "since", "on"]);
/** what carries a message and may be said to say, attack or suggest: "ads attacking…", "a letter urging…" */
const MEDIA = new Set(`ad ads advert adverts advertisement advertisements commercial commercials spot spots mailer mailers flyer flyers
 leaflet leaflets letter letters statement statements item items post posts tweet tweets message messages sign signs banner banners
 calls email emails memo memos article articles column columns editorial editorials op-ed video videos report reports petition
 resolution resolutions bill bills amendment amendments motion lawsuit lawsuits complaint brief briefs ruling opinion`.trim().split(/\s+/));
/** strict verbs that take a clause without "that": "Reporters know they're being spun", "Polls show Trump leads" */
const CLAUSE_OBJECT_LEMMAS = new Set(["know", "feel", "show"]);
/** cues that take a noun phrase, never a clause: "backing Clinton", "opposing the deal" */
const NOUN_OBJECT_LEMMAS = new Set(["back", "support", "oppose", "endorse", "favor", "favour", "reject", "praise", "criticize", "criticise", "attack", "blame", "target"]);
const SEE = new Set(["see", "sees", "saw", "seeing"]);
const MAKE = new Set(["make", "makes", "made", "making"]);
const INDEFINITE = new Set(["a", "an"]);
/** nouns the writer sums up what was said or done with, in apposition after it: "…, a sentiment echoed by…", "…, a move that…" */
const SUMMATIVE = new Set(`sentiment tactic point offer move claim reference nod dig jab swipe shot remark charge comment phrase term label
  line message signal sign warning view position stance characterization description prediction assessment assertion accusation criticism
  argument idea notion suggestion promise pledge strategy gesture reminder reversal departure rebuke allusion contention theme refrain
  complaint concession admission acknowledgment boast threat insult joke quip response retort echo step decision`.split(/\s+/));
const APPOSITION_OPENERS: ReadonlySet<string> = new Set(["a", "an", "the"]);
const isHead = (t: Term) => (t.tags.has("Noun") || t.tags.has("ProperNoun") || t.tags.has("Acronym") || t.tags.has("Value")) && !t.tags.has("Verb") && !t.tags.has("Date");
const isPronoun = (t: Term) => PERSON_PRONOUNS.has(t.normal.replace(CONTRACTION, "")) && (t.tags.has("Pronoun") || t.normal === "who" || t.normal === "which");
// (a middle initial, "Michael C. Cernech", runs on too)
/** words that may stand in an evidence noun's phrase before it: "A new CNN/ORC", "Federal Election Commission" */
const EVIDENCE_MODIFIER = (t: Term) => (t.tags.has("Determiner") || t.tags.has("Adjective") || t.tags.has("ProperNoun") || t.tags.has("Noun") || t.tags.has("Value") || t.tags.has("Possessive")) && !t.tags.has("Pronoun") && !t.tags.has("Verb") && !t.tags.has("Preposition");
/** words that open a reported question after a cue's hearer: "asked the senator whether…" */
const OBJECT_QUESTION_WORDS: ReadonlySet<string> = new Set(["whether", "if", "how", "why", "what"]);
const clean = (t: Term) => /^\s*$/.test(t.post) || /^\.\s+$/.test(t.post) && (t.tags.has("Honorific") || t.tags.has("Abbreviation") && t.text.length <= 4
  || /^\p{Lu}$/u.test(t.text) && (t.tags.has("Person") || t.tags.has("Acronym")))
  // a plural possessive's apostrophe: "Farmers' unions"
  || /^['’]\s+$/.test(t.post) && t.tags.has("Possessive") && /s$/i.test(t.text)
  // a hyphen joining two halves of one word: "Anne-Marie", "Lopez-Cantera"
  || t.post === "-" && t.tags.has("Hyphenated");
const isFinite = (t: Term) => t.tags.has("Verb") && !t.tags.has("Gerund") && !t.tags.has("Infinitive") || t.tags.has("Copula") || t.tags.has("Modal");

export interface AttributionResult {
  attributions: Attribution[];
  segments: QuoteSegment[];
  paragraphs: Paragraph[];
}

/** plural nouns the tagger sometimes reads as verbs ("…, people close to Clinton say") and English hardly uses as verbs */
const ALWAYS_NOUN = new Set(["people", "rights"]);
/** determiners that only go with a plural noun: "those test scores" */
const PLURAL_DETERMINERS = new Set(["those", "these", "many", "several", "both", "few", "various", "numerous"]);
/** words (some tagged prepositions) that may open a clause rather than a noun phrase: "like the president says", "why their life sucks" */
const CLAUSE_OPENERS = new Set(["like", "than", "that", "as", "whether", "if", "what", "why", "where", "when", "how", "who", "which", "whom", "whose"]);

/** present verbs a participle may complete */
const LINKING = new Set(["has", "gets", "remains", "seems", "becomes", "looks", "enjoys", "feels", "stays", "appears", "keeps", "goes", "sounds", "grows", "comes"]);
/**
 * "Other refugee advocates also said", "Cleveland police have insisted": a present verb right before another finite
 * verb (adverbs between) is a noun, the subject of that verb, where a noun phrase leads up to it
 */
function beforeFinite(terms: readonly Term[], k: number): boolean {
  const t = terms[k], p = terms[k - 1];
  // (not a verb of saying or thinking, which may lose its clause's subject: "a base that Beck fears will be used",
  // nor one a participle completes: "Bush remains mired", "your uncle gets killed")
  if (!t.tags.has("PresentTense") || ["Copula", "Auxiliary", "Modal", "Gerund", "PastTense", "Infinitive"].some((x) => t.tags.has(x)) || CUE_FORMS.has(t.normal) || LINKING.has(t.normal)) return false;
  // ("both lobbying firms told": a gerund after a determiner modifies the noun)
  const modifier = gerundModifier(terms, k - 1);
  if (!clean(p) || !clean(t) || p.sentence !== t.sentence || p.tags.has("Pronoun") || p.tags.has("Verb") && !modifier || CLAUSE_OPENERS.has(p.normal) || !(p.tags.has("Noun") || p.tags.has("Adjective") || p.tags.has("Determiner") || modifier)) return false;
  let v = k + 1;
  while (v < terms.length && v - k <= 2 && terms[v].tags.has("Adverb") && clean(terms[v - 1])) v++;
  const f = terms[v];
  return !!f && clean(terms[v - 1]) && f.sentence === t.sentence && !f.tags.has("Gerund") && !f.tags.has("Infinitive")
    && (f.tags.has("Verb") && f.tags.has("PastTense") || f.tags.has("Auxiliary") || f.tags.has("Modal") || f.tags.has("Copula"));
}

/** "both lobbying firms", "the polling firm": a gerund at k right after a determiner or a possessive modifies the noun after it */
const gerundModifier = (terms: readonly Term[], k: number) =>
  k >= 1 && terms[k].tags.has("Gerund") && clean(terms[k - 1]) && (terms[k - 1].tags.has("Determiner") || terms[k - 1].tags.has("Possessive"));

/** words that are adjectives and nouns of people or bodies: "the firm", "the former", "the accused", "a liberal" */
const NOMINAL_ADJECTIVES = new Set(`firm former latter left right public accused deceased injured wounded elderly poor rich
 unemployed official independent conservative liberal moderate progressive socialist democrat republican`.trim().split(/\s+/));
/** a verb with a tense (past, present, or an auxiliary, modal or copula), not an infinitive or a gerund */
const tensed = (v: Term) => v.tags.has("Verb") && !v.tags.has("Infinitive") && !v.tags.has("Gerund") && (v.tags.has("PastTense") || v.tags.has("PresentTense") || ["Auxiliary", "Modal", "Copula"].some((x) => v.tags.has(x)));
/**
 * "The firm said…", "the former told…": such a word between an article or a possessive and a finite verb is the
 * phrase's head, a noun, whatever the tagger says; and so is any adjective right before a form only ever a verb of
 * saying ("the editorial said")
 */
// (not "a": "Henry Realty, a firm focused on…" is a reduced relative)
const ARTICLES = new Set(["the", "this", "that"]);
function adjectiveAsHead(terms: readonly Term[], k: number): boolean {
  const t = terms[k], p = terms[k - 1], v = terms[k + 1];
  if (!v || !(NOMINAL_ADJECTIVES.has(t.normal) || ALWAYS_VERB.has(v.normal)) || !t.tags.has("Adjective") || t.tags.has("Noun") || !clean(p) || !clean(t) || p.sentence !== t.sentence || v.sentence !== t.sentence) return false;
  if (!(p.tags.has("Determiner") && ARTICLES.has(p.normal) || p.tags.has("Possessive"))) return false;
  return tensed(v);
}

/**
 * "…, campaign officials said", "the union leaders say": a bare verb form after a comma, an article or a possessive,
 * right before a plural noun and its finite verb, is a noun modifying it (the tagger read "campaign" as a verb)
 */
function verbAsModifier(terms: readonly Term[], k: number): boolean {
  const t = terms[k], p = terms[k - 1], n = terms[k + 1], v = terms[k + 2];
  if (!n || !v || !t.tags.has("Infinitive") || t.tags.has("Noun") || !clean(t) || !clean(n) || t.sentence !== v.sentence) return false;
  // ("Sanders campaign manager Jeff Weaver said", "one Trump campaign source said": before a role, after a name)
  if ((n.tags.has("Actor") || TITLE_WORDS.has(n.normal) || ANONYMOUS_HEADS.has(n.normal)) && !n.tags.has("Verb") && (p.tags.has("ProperNoun") || p.tags.has("Possessive"))) return true;
  if (!(/,\s*$/.test(p.post) || p.tags.has("Determiner") && ARTICLES.has(p.normal) || p.tags.has("Possessive"))) return false;
  return n.tags.has("Noun") && n.tags.has("Plural") && !n.tags.has("Verb") && v.tags.has("Verb") && (v.tags.has("PastTense") || CUE_FORMS.has(v.normal)) && !v.tags.has("Gerund");
}

/** possessive pronouns that are never an object ("her" is both: "let her go") */
const POSSESSIVE_ONLY = new Set(["his", "its", "their", "my", "our", "your"]);
/**
 * "Her campaign had said…", "his campaign said…": a bare verb form after a possessive (a name's, or "her" with no verb
 * before it), right before a finite verb, is a noun, the subject's head (the tagger read "campaign" as a verb)
 */
function verbAfterPossessive(terms: readonly Term[], k: number): boolean {
  const t = terms[k], p = terms[k - 1], v = terms[k + 1];
  if (!v || !t.tags.has("Infinitive") || t.tags.has("Noun") || !clean(p) || !clean(t) || p.sentence !== t.sentence || v.sentence !== t.sentence) return false;
  const before = terms[k - 2];
  const possessive = POSSESSIVE_ONLY.has(p.normal) || p.tags.has("Possessive") && !p.tags.has("Pronoun")
    || p.normal === "her" && (!before || before.sentence !== p.sentence || !before.tags.has("Verb") || !clean(before));
  return possessive && tensed(v);
}

/** the term as a plural noun: its verb tags dropped */
const asPluralNoun = (t: Term): Term => ({ ...t, tags: new Set([...[...t.tags].filter((x) => x !== "Verb" && x !== "PresentTense" && x !== "Infinitive"), "Noun", "Plural"]) });

/**
 * A plural noun compromise read as a present verb ("tied those test scores to…", "winking at Jewish
 * stereotypes", "addressed Trump's general concerns", "Other refugee advocates also said") is a noun where its
 * phrase cannot have a verb of its own: after a determiner that only goes with plurals, as the object of a
 * preposition or of a verb that takes no clause, or right before the clause's finite verb. The terms come back
 * with those words retagged (the others are the same objects).
 */
function pluralNounsAsNouns(terms: readonly Term[]): readonly Term[] {
  let out: Term[] | null = null;
  for (let k = 1; k < terms.length; k++) {
    const t = terms[k];
    if (adjectiveAsHead(terms, k) || verbAsModifier(terms, k) || verbAfterPossessive(terms, k)) {
      out ??= terms.slice();
      out[k] = { ...t, tags: new Set([...[...t.tags].filter((x) => x !== "Adjective" && x !== "Verb" && x !== "Infinitive" && x !== "PresentTense"), "Noun", "Singular"]) };
      continue;
    }
    if (ALWAYS_NOUN.has(t.normal) && t.tags.has("Verb") || beforeFinite(terms, k)) {
      out ??= terms.slice();
      out[k] = asPluralNoun(t);
      continue;
    }
    if (!t.tags.has("PresentTense") || !/[^s]s$/.test(t.normal) || t.normal.length < 4) continue;
    if (["Copula", "Auxiliary", "Modal", "Gerund", "PastTense", "Pronoun"].some((x) => t.tags.has(x))) continue;
    const p = terms[k - 1];
    if (!clean(p) || p.tags.has("Verb") || p.tags.has("Pronoun") || p.tags.has("Person") || p.sentence !== t.sentence) continue;
    if (!(p.tags.has("Adjective") || p.tags.has("Noun") || p.tags.has("Possessive") || PLURAL_DETERMINERS.has(p.normal))) continue;
    // the phrase before it, back to what governs it
    let a = k - 1;
    const inPhrase = (x: Term) => clean(x) && x.sentence === t.sentence && isNP(x) && !x.tags.has("Person") && !CLAUSE_OPENERS.has(x.normal);
    while (a - 1 >= 0 && k - a < 5 && inPhrase(terms[a - 1])) a--;
    // (a plural or a date inside the phrase: its head, or a reduced relative's, came before: "the facts raises",
    // "a document filed Thursday says")
    if (a - 1 < 0 || inPhrase(terms[a - 1]) || terms.slice(a, k).some((x) => x.tags.has("Plural") || x.tags.has("Date"))) continue;
    const g = clean(terms[a - 1]) && !terms[a - 1].tags.has("Noun") && !CLAUSE_OPENERS.has(terms[a - 1].normal) ? terms[a - 1] : null;
    const plural = PLURAL_DETERMINERS.has(terms[a].normal);
    // (a preposition after a verb: "winking at Jewish stereotypes"; after a noun it may sit inside a subject,
    // "a letter from the American Legion warns", as may "by" after a participle: "a letter obtained by the AP warns")
    // (not a noun the tagger read as a verb: "much funding for", a headline's "Cash for")
    const verb = a >= 2 && clean(terms[a - 2]) && !(a - 3 >= 0 && terms[a - 3].tags.has("Determiner"))
      && (terms[a - 2].tags.has("Gerund") || a - 3 >= 0 && terms[a - 3].sentence === t.sentence) ? terms[a - 2] : null;
    const governed = !!g && (g.tags.has("Preposition") && !SUBORDINATORS.has(g.normal) && !!verb && verb.tags.has("Verb") && !verb.tags.has("Noun")
        && !verb.tags.has("Copula") && !(g.normal === "by" && verb.tags.has("PastTense"))
      || g.tags.has("Verb") && g.tags.has("PastTense")
        && !["Copula", "Auxiliary", "Modal"].some((x) => g.tags.has(x)) && !CUE_FORMS.has(g.normal));
    if (!plural && !governed) continue;
    out ??= terms.slice();
    out[k] = asPluralNoun(t);
  }
  return out ?? terms;
}

/** a full stop closing a quotation: '…“far from perfect.” He cited…' (a question mark may close a quotation its cue follows: '“Why?” Trump asked') */
const QUOTED_STOP = /^\.(["”»]|'')\s+$/;

/**
 * compromise's sentences, split again where a quotation ends its sentence ('…they were “far from perfect.” He
 * cited…' is one sentence to compromise): each term's index into the new list is `of`
 */
function splitAfterQuotedStops(sentences: readonly Sentence[], terms: readonly Term[], segOf: Int32Array): { sentences: Sentence[]; of: Int32Array } {
  const out: Sentence[] = [];
  const of = new Int32Array(terms.length);
  for (const S of sentences) {
    let first = S.first;
    let start = S.start;
    for (let k = S.first; k + 1 < S.last; k++) {
      if (segOf[k] < 0 || segOf[k + 1] === segOf[k] || !QUOTED_STOP.test(terms[k].post) || !/^\p{Lu}/u.test(terms[k + 1].text)) continue;
      of.fill(out.length, first, k + 1);
      out.push({ start, end: terms[k].end + terms[k].post.trimEnd().length, first, last: k + 1 });
      first = k + 1;
      start = terms[first].start - terms[first].pre.length;
    }
    of.fill(out.length, first, S.last);
    out.push({ ...S, start, first });
  }
  return { sentences: out, of };
}

export function findAttributions(parsed: Parsed): AttributionResult {
  const { text, sentences } = parsed;
  const terms = pluralNounsAsNouns(parsed.terms);
  const paragraphs = paragraphsOf(text);
  const segments = findQuoteSegments(text, paragraphs);
  // (a typed array: one element kind, so V8 keeps the many callers of inQuote optimized)
  const segOf = Int32Array.from(terms, (t) => segmentAt(segments, t.start));
  const inQuote = (i: number) => segOf[i] >= 0;
  const { sentences: clauses, of: sentenceIndex } = splitAfterQuotedStops(sentences, terms, segOf);
  const sentOf = (i: number) => clauses[sentenceIndex[i]];

  /** the end of a term with the punctuation that closes it (",”" → both kept) */
  const endWithPost = (i: number) => {
    const p = terms[i].post;
    const m = /^[^\s]*/.exec(p)![0].replace(/[,;:—–-]+$/, "");
    return terms[i].end + (CLOSE_QUOTE.test(m) || /[.!?]/.test(m) ? m.length : 0);
  };
  const startWithPre = (i: number) => {
    const pre = terms[i].pre;
    const m = /[^\s]*$/.exec(pre)![0];
    return terms[i].start - (OPEN_QUOTE.test(m) ? m.length : 0);
  };

  /** the subject noun phrase ending before the cue: [first, last] */
  function subjectBefore(c: number, lo: number): [number, number] | null {
    const s = nearestSubject(c, lo);
    // "Clinton and Sanders said": two names joined by "and" at the clause's start are one subject
    // (not "Trump attacked Clinton and Sanders said": there the first name is an object)
    if (!s || s[0] - 2 < lo || terms[s[0] - 1].normal !== "and" || !clean(terms[s[0] - 1]) || !clean(terms[s[0] - 2])) return s;
    const left = np(s[0] - 2, lo);
    // ("Hawkins and others said", "Smith and other officials said": a name and a plural phrase, too)
    const namePlusOthers = !!left && isName(left) && !isName(s) && (terms[s[1]].tags.has("Plural") || terms[s[1]].normal === "others");
    // ("he and Mr. Allen said": a subject pronoun is never an object)
    const pronounAnd = !!left && left[0] === left[1] && NOMINATIVE.has(terms[left[0]].normal);
    if (!left || isName(left) !== isName(s) && !namePlusOthers && !pronounAnd) return s;
    const before = left[0] - 1;
    return before < lo || /,\s*$/.test(terms[before].post) || SUBORDINATORS.has(terms[before].normal) || COMPLEMENTIZERS.has(terms[before].normal) ? [left[0], s[1]] : s;
  }

  const isName = (n: readonly [number, number]) => terms[n[1]].tags.has("ProperNoun") || terms[n[1]].tags.has("Person");

  /**
   * "Zucker, who in the past has voiced…", "the report for the first time cited…", "but in a later interview said…":
   * a phrase of time or occasion ending at k, between a subject and its verb, is skipped (with the adverbs before it)
   */
  function beforeOccasion(k: number, lo: number): number {
    if (k <= lo || !OCCASIONS.has(terms[k].normal) || !clean(terms[k])) return k;
    let p = k - 1;
    // ("in his announcement speech", "in a CNN interview": over nouns modifying the head too)
    while (p > lo && k - p < 6 && clean(terms[p]) && (terms[p].tags.has("Determiner") || terms[p].tags.has("Adjective") || terms[p].tags.has("Value") || terms[p].tags.has("Possessive")
      || terms[p].tags.has("Noun") && !terms[p].tags.has("Pronoun")) && !terms[p].tags.has("Preposition")) p--;
    if (p <= lo || !OCCASION_PREPOSITIONS.has(terms[p].normal) || !clean(terms[p - 1]) || inQuote(p - 1)) return k;
    k = p - 1;
    while (k >= lo && clean(terms[k]) && (BETWEEN_SUBJECT_AND_CUE.has(terms[k].normal) || terms[k].tags.has("Adverb") && !terms[k].tags.has("Noun"))) k--;
    return k;
  }

  /**
   * "Smith, calling the plan “a disaster,” said…", "The mayor, who called it “a mess,” said…": a quotation that ends
   * right before the cue inside an aside (a participle or "who" after the subject's comma) is the aside's; the subject
   * is the noun phrase before the aside. Returns that subject, or null.
   */
  function quotedAside(c: number, first: number): [number, number] | null {
    if (c - 1 < first || !inQuote(c - 1) || !PARTICIPLE_AFTER.test(terms[c - 1].post)) return null;
    const q0 = firstStartingFrom(terms, segments[segOf[c - 1]].start);
    // (embedded: "calling the plan “…”", not '“…,” said Smith' nor 'Smith said, “…”')
    if (q0 - 1 < first || inQuote(q0 - 1) || !clean(terms[q0 - 1])) return null;
    for (let m = q0 - 2; m >= first && q0 - m <= 12; m--) {
      if (inQuote(m) || !clean(terms[m]) && !/^,\s*$/.test(terms[m].post)) return null;
      if (!/^,\s*$/.test(terms[m].post)) continue;
      const opener = terms[m + 1];
      // (or any apposition, when what is quoted is a title of a few words: "Joe Scarborough, host of MSNBC’s “Morning Joe,” suggested…")
      if (!(RELATIVE.has(opener.normal) || opener.tags.has("Gerund") || opener.normal.endsWith("ing") && opener.tags.has("Verb") || quoteWords(segOf[c - 1]) < 4)) return null;
      return isHead(terms[m]) && opensClause(m, first) ? np(m, first) : null;
    }
    return null;
  }

  /** the term before a parenthesis that ends at m ("Portman (R-Ohio)" → Portman), else m */
  function beforeParenthesis(m: number, lo: number): number {
    if (m < lo || !/^\.?\),?\s*$/.test(terms[m].post)) return m;
    let j = m;
    while (j > lo && m - j < 20 && !terms[j].pre.includes("(") && !inQuote(j)) j--;
    return terms[j].pre.includes("(") && j - 1 >= lo && clean(terms[j - 1]) && !inQuote(j - 1) ? j - 1 : m;
  }

  function nearestSubject(c: number, lo: number): [number, number] | null {
    let k = c - 1;
    while (k >= lo && (clean(terms[k]) || terms[k].text === "") && (BETWEEN_SUBJECT_AND_CUE.has(terms[k].normal) || terms[k].text === "" || terms[k].tags.has("Adverb") && !terms[k].tags.has("Noun"))) k--;
    // "Manning said…", "Polling shows…": a capitalised -ing word right before the verb is its subject (a name, or a
    // gerund), whatever the tagger says
    if (k >= lo && k === c - 1 && terms[k].tags.has("Gerund") && /^\p{Lu}/u.test(terms[k].text) && clean(terms[k]) && isFinite(terms[c])
      && (k === lo || /,\s*$/.test(terms[k - 1].post) || terms[k - 1].tags.has("ProperNoun") || terms[k - 1].tags.has("Honorific"))) {
      let a = k;
      while (a - 1 >= lo && clean(terms[a - 1]) && !inQuote(a - 1) && /^\p{Lu}/u.test(terms[a - 1].text) && (terms[a - 1].tags.has("ProperNoun") || terms[a - 1].tags.has("Honorific"))) a--;
      return [a, k];
    }
    // "Sen. Jane Doe (D-MA) said": a parenthesis after the name (party, state, age) is skipped
    k = beforeParenthesis(k, lo);
    // ("Day said…": a capitalised word the tagger read as a date, alone before the verb at the clause's start, is a
    // name — no date says anything; a weekday or a month is left alone: "Wednesday added a twist")
    if (k === lo && k === c - 1 && terms[k].tags.has("Date") && /^\p{Lu}\p{Ll}+$/u.test(terms[k].text) && clean(terms[k]) && !terms[k].tags.has("Value") && !terms[k].tags.has("WeekDay") && !terms[k].tags.has("Month")) return [k, k];
    // "Clinton on Tuesday said", "the minister last week told"
    // ("Spicer on Thursday evening said": a part of the day after a day)
    if (k - 1 > lo && TIMES_OF_DAY.has(terms[k].normal) && terms[k - 1].tags.has("Date") && clean(terms[k]) && clean(terms[k - 1])) k--;
    if (k > lo && terms[k].tags.has("Date") && clean(terms[k])) {
      let d = k;
      // ("this past week": an adjective of time inside the phrase)
      // ("a week ago", "more than two weeks ago": an article, and a comparison, before the number)
      while (d > lo && (terms[d].tags.has("Date") || terms[d].tags.has("Value") || (terms[d].normal === "past" || INDEFINITE.has(terms[d].normal)) && d < k) && clean(terms[d - 1])) d--;
      if (terms[d].normal === "than" && d - 2 >= lo && d < k && ["more", "less", "fewer"].includes(terms[d - 1].normal) && clean(terms[d - 1]) && clean(terms[d - 2])) d -= 2;
      if (TIME_PREPOSITIONS.has(terms[d].normal)) d--;
      // ("Feinstein (D-Calif.) last week said": a parenthesis may come before the day)
      if (d >= lo && d < k && (isHead(terms[d]) || isPronoun(terms[d]) || beforeParenthesis(d, lo) < d)) k = beforeParenthesis(d, lo);
      // "A news report published Wednesday said", "a poll released Sunday showed": the participle's noun heads the source
      else if (d > lo && d < k && terms[d].tags.has("PastTense") && clean(terms[d]) && clean(terms[d - 1]) && isHead(terms[d - 1])) {
        const head = np(d - 1, lo);
        if (head) return [head[0], k];
      }
    }
    k = beforeOccasion(k, lo);
    // "those surveyed said", "voters polled said": a participle after the subject, with no object
    if (k > lo && k === c - 1 && terms[k].tags.has("PastTense") && !terms[k].tags.has("Copula") && !terms[k].tags.has("Auxiliary") && clean(terms[k]) && clean(terms[k - 1])
      && (isHead(terms[k - 1]) && terms[k - 1].tags.has("Plural") || DEMONSTRATIVE_SUBJECTS.has(terms[k - 1].normal))) k--;
    if (k < lo || inQuote(k)) return null;
    if (DEMONSTRATIVE_SUBJECTS.has(terms[k].normal) && !isHead(terms[k])) return [k, k];
    // "Jason Sims — a teacher from Ohio — says": the subject is the name before the aside
    if (DASH_ASIDE.test(terms[k].post)) {
      let j = k - 1;
      // (the aside may hold commas: "Democratic leaders — and, in particular, Harry Reid — insisted")
      while (j > lo && k - j < 25 && !DASH_ASIDE.test(terms[j].post) && !inQuote(j) && !/[.;:!?]/.test(terms[j].post)) j--;
      if (j >= lo && j < k && DASH_ASIDE.test(terms[j].post) && !inQuote(j)) {
        const name = np(j, lo);
        // ("Neil Sroka, communications director of Democracy for America, or DFA - which was founded… - said": the
        // phrase before the dash may itself be an alternative name in apposition; the subject is the name it follows)
        // (", or" marks it: a comma alone may end an opening clause — "…in New Hampshire, insiders in the next two states — …")
        const x = name && name[0] - 1 >= lo && terms[name[0] - 1].normal === "or" && clean(terms[name[0] - 1]) ? name[0] - 1 : -1;
        if (name && x - 1 >= lo && /^,\s*$/.test(terms[x - 1].post) && !inQuote(x - 1)) {
          const before = nearestSubject(x, lo);
          if (before) return [before[0], name[1]];
        }
        if (name) return name;
      }
      return null;
    }
    if (!clean(terms[k])) {
      if (!/^\.?,\s*$/.test(terms[k].post)) return null; // ("of Huntsville, Ala., says")
      // "Budanov, who heads the directorate, told…": the subject is before the relative clause
      let found = -1;
      for (let j = k; j > lo && k - j < 20; j--) {
        if (RELATIVE.has(terms[j].normal) && /,\s*$/.test(terms[j - 1].post)) { found = j - 1; break; }
        if (!clean(terms[j - 1]) && !/,\s*$/.test(terms[j - 1].post)) break;
      }
      if (found < 0) {
        // "South Korea's spy agency, the NIS, said": an apposition; take both names
        let j = k;
        while (j > lo && clean(terms[j - 1]) && isNP(terms[j - 1])) j--;
        // ("speaking in Wilmington, N.C., warned": a town and its state are no apposition)
        const townState = j === k && terms[j - 1]?.tags.has("ProperNoun") && (terms[k].tags.has("Region") || /^(\p{Lu}\p{Ll}*\.)+$/u.test(terms[k].text) || /^\p{Lu}\p{Ll}{1,4}$/u.test(terms[k].text) && terms[k].post.startsWith("."));
        // ("Sen. Rob Portman (R-Ohio), another vulnerable incumbent, said": the name before a party-and-state parenthesis)
        // ("Jane Doe, 60, a doctor, said": the name before the age)
        const age = j - 2 >= lo && AGE.test(terms[j - 1].text) && /^,\s*$/.test(terms[j - 2].post) && isHead(terms[j - 2]) && !inQuote(j - 2);
        const h = age ? j - 2 : beforeParenthesis(j - 1, lo);
        if (j > lo && /^\.?\)?,\s*$/.test(terms[j - 1].post) && isHead(terms[h]) && !inQuote(j - 1) && (isHead(terms[k]) || isNP(terms[k])) && !townState) {
          const inner = np(h, lo);
          // (not an object inside a participle's aside: "Grassley, facing a challenge in Iowa, a swing state, said",
          // "Trump, speaking at a rally in Charleston, West Virginia, did not mention")
          if (inner && !inParticipleAside(inner[0], lo)) return [inner[0], k];
        }
        // a longer apposition: "Trump, the frontrunner and polling leader in South Carolina, said";
        // "Mr. Trump, asked about the deaths, had said": the subject is the first name before a comma
        // after which no finite verb comes (a participle opening the apposition is allowed)
        // ("Clinton, after the scandal broke in March, initially said": a parenthesis opened by a preposition may hold a verb)
        let subject = -1;
        // a finite verb seen, not yet explained by a relative pronoun before it (one pronoun explains all the verbs of
        // its clause: "Shane Shook, a security expert who has helped investigate the breaches uncovered to date, said")
        let pending = false;
        // (not into an opening adverbial phrase: "After winning narrowly in Iowa, Clinton, the nominee, was…")
        let from = lo;
        if (terms[lo].tags.has("Preposition") && !SUBORDINATORS.has(terms[lo].normal) || SUBORDINATORS.has(terms[lo].normal) && !!terms[lo + 1]?.tags.has("Gerund")) {
          let comma = lo;
          while (comma < k - 1 && !/^,\s*$/.test(terms[comma].post)) comma++;
          if (comma < k - 1) from = comma + 1;
        }
        for (let m = k - 1; m >= from && k - m <= 40; m--) {
          if (inQuote(m)) break;
          const w = terms[m];
          if (RELATIVE.has(w.normal)) { pending = false; continue; }
          // ("Patch, a former party director, said": a capitalised word before an apposition names, whatever its tag)
          // ("Gates, in contrast, told": at the clause start, before a prepositional aside, too)
          // ("One of them, Ron Epstein of Bank of America, said": a quantifier's "of them" before an apposition)
          const ofThem = ACCUSATIVE.has(w.normal) && m - 2 >= lo && terms[m - 1].normal === "of" && QUANTIFIERS.has(terms[m - 2].normal);
          // ("Sen. Roy Blunt (R-Mo.), facing a stiff challenge, noted": the name before a parenthesis)
          const h = /^\.?\),\s*$/.test(w.post) ? beforeParenthesis(m, lo) : m;
          if (h < m && isHead(terms[h]) && m + 1 < k && (terms[m + 1].tags.has("Gerund") || terms[m + 1].tags.has("Preposition"))) { subject = h; pending = false; m = h; continue; }
          if (/^\.?,\s*$/.test(w.post) && (isHead(w) || ofThem || /^\p{Lu}/u.test(w.text) && !w.tags.has("Pronoun")
            && (APPOSITION_OPENERS.has(terms[m + 1].normal) || m === lo && terms[m + 1].tags.has("Preposition")))) {
            // ("Powell's office, when contacted by Reuters, said": a subordinate clause too)
            const opensAside = terms[m + 1].tags.has("Preposition") || terms[m + 1].tags.has("Conjunction") || terms[m + 1].tags.has("Adverb") || SUBORDINATORS.has(terms[m + 1].normal)
              // "Archer, wearing a shirt covered in buttons, said": a participle opens the aside
              || (terms[m + 1].tags.has("Gerund") || terms[m + 1].normal.endsWith("ing") && terms[m + 1].tags.has("Verb")) && opensClause(m, lo);
            if (!pending || opensAside) { subject = m; pending = false; continue; }
            break;
          }
          // "Senator Burr, a Republican who has also embraced Trump, acknowledged": a verb in a relative clause is allowed
          // ("another unaligned strategist": a participle after a determiner is an adjective)
          // ("a super PAC allied with House leadership": a participle after a noun, before a preposition, too)
          // ("a long-shot candidate": half of a hyphenated word is no verb)
          if (isFinite(w) && !w.tags.has("Auxiliary") && !(m > lo && terms[m - 1].post === "-") && !(m > lo && (/,\s*$/.test(terms[m - 1].post) || terms[m - 1].tags.has("Determiner")
            || isHead(terms[m - 1]) && clean(terms[m - 1]) && !!terms[m + 1]?.tags.has("Preposition")) && w.tags.has("PastTense"))) {
            pending = true;
          }
        }
        if (subject >= 0) {
          const n = terms[subject].normal === "them" || terms[subject].normal === "us" ? [subject - 2, subject] as [number, number] : np(subject, lo) ?? [subject, subject];
          // ("One of them, Ron Epstein…", "One analyst, Jane Doe…": a name in apposition to a phrase that names no one is
          // part of the source, so that the speaker is the named person)
          return !isName(n) && (terms[subject + 1].tags.has("Person") || terms[subject + 1].tags.has("Honorific")) ? [n[0], k] : n;
        }
        // "One superdelegate, state party chairwoman Jane Doe, pledged": whatever the tagger made of the first
        // noun, the name in apposition right before the cue is the subject
        if (terms[k].tags.has("ProperNoun") && /^,\s*$/.test(terms[k].post)) return np(k, lo);
        return null;
      }
      k = found;
      // ("Sanders, meanwhile, who sits…, said": an adverb in commas between the name and "who")
      if (k - 1 >= lo && terms[k].tags.has("Adverb") && !terms[k].tags.has("Noun") && /^,\s*$/.test(terms[k - 1].post)) k--;
      if (k < lo || inQuote(k)) return null;
      // "Jane Doe, 58, who lives nearby, said": the name, not the age
      if (AGE.test(terms[k].text) && k - 1 >= lo && /^,\s*$/.test(terms[k - 1].post) && isHead(terms[k - 1]) && !inQuote(k - 1)) k--;
    }
    // ("Officials who know him say": an object pronoun ends a relative clause, not the subject)
    if (isPronoun(terms[k]) && !postmodifierBefore(k, lo)) return ACCUSATIVE.has(terms[k].normal) && modifiedHead([k, k], lo) || [k, k];
    // "The Clinton campaign said": a noun the tagger took for a bare verb, right before the cue
    if (k === c - 1 && bareVerbAsNoun(k, lo)) return [np(k - 1, lo)?.[0] ?? k - 1, k];
    // "Another ranking says…": a gerund after a determiner is a noun
    // ("Exit polling showed…": an evidence word in -ing is a noun too)
    // (np is asked only when there is a word before: "Polling shows…" opening a document has none)
    if (!isHead(terms[k]) && terms[k].tags.has("Gerund") && EVIDENCE_SUBJECTS.has(terms[k].normal)) {
      const before = k > lo && clean(terms[k - 1]) ? np(k - 1, lo) : null;
      return before ? [before[0], k] : [k, k];
    }
    if (!isHead(terms[k]) && terms[k].tags.has("Gerund") && k > lo && clean(terms[k - 1]) && (terms[k - 1].tags.has("Determiner") || terms[k - 1].tags.has("Possessive"))) {
      return [np(k - 1, lo)?.[0] ?? k - 1, k];
    }
    const n = np(k, lo);
    if (n) return modifiedHead(n, lo) || n;
    // "The state officials whose laws have been invalidated say", "voters who were polled said": a relative clause
    // that ends in its verb; the subject is the noun before it (a finite cue; "who" or "whose", as "that" may open
    // what a noun says: "the claim that jobs were lost")
    if (terms[k].tags.has("Verb") && clean(terms[k]) && (isFinite(terms[c]) || terms[c].tags.has("PresentTense")) && !terms[c].tags.has("Gerund") && terms[c - 1]?.normal !== "to") {
      const r = relativeHead(k + 1, lo, true);
      if (r) return r;
    }
    // "Jolly said", "Weingarten, who…, said": a capitalised word the tagger took for a verb or an adjective names
    // the speaker when it opens the clause
    const w = terms[k];
    return k === lo && (clean(w) || /^,\s*$/.test(w.post)) && /^\p{Lu}\p{Ll}/u.test(w.text) && !NOT_NAMES.some((x) => w.tags.has(x)) ? [k, k] : null;
  }

  /** term k stands after a participle opening an aside after a name, with no finite verb between: "Grassley, facing a challenge in…" */
  function inParticipleAside(k: number, lo: number): boolean {
    for (let p = k - 1; p >= lo && k - p <= 12; p--) {
      if (inQuote(p) || isFinite(terms[p]) && !terms[p].tags.has("Gerund")) return false;
      if (!clean(terms[p])) return p + 1 < k && /^,\s*$/.test(terms[p].post) && isHead(terms[p]) && (terms[p + 1].tags.has("Gerund") || terms[p + 1].normal.endsWith("ing") && terms[p + 1].tags.has("Verb"));
    }
    return false;
  }

  /** ", at one point calling…", ", in a statement saying…": a short prepositional phrase between a comma and term c */
  function phraseAfterComma(c: number, first: number): boolean {
    let k = c - 1;
    while (k > first && c - k <= 4 && clean(terms[k]) && isNP(terms[k]) && !inQuote(k)) k--;
    // (not "with 42% preferring…", "amid polls showing…": there the preposition's object does it)
    return k < c - 1 && k - 1 >= first && terms[k].tags.has("Preposition") && !OWN_GERUND_SUBJECT_AFTER.has(terms[k].normal) && clean(terms[k]) && PARTICIPLE_AFTER.test(terms[k - 1].post) && !inQuote(k - 1);
  }

  /** an adverb that may lead into a clause: "even as", "just as", "only if" (the tagger calls "even" a conjunction) */
  const leadIn = (k: number) => (terms[k].tags.has("Adverb") && !terms[k].tags.has("Noun") || terms[k].normal === "even") && clean(terms[k]) && !inQuote(k);

  /** from k on over adverbs leading into a clause ("even as", "just as", "only if") to the first other term, short of end */
  function pastLeadAdverbs(k: number, end: number): number {
    while (k + 1 < end && leadIn(k)) k++;
    return k;
  }

  /** from k back over adverbs ("probably", "falsely"; not a noun the tagger also calls one) to the first other term, no further than first */
  function pastAdverbs(k: number, first: number): number {
    while (k > first && terms[k].tags.has("Adverb") && !terms[k].tags.has("Noun") && clean(terms[k]) && !inQuote(k)) k--;
    return k;
  }

  /** "to" at k opens an infinitive: a verb follows, or a bare lower-case word the tagger read as a singular noun ("to ease") */
  function infinitiveAfter(k: number): boolean {
    const v = terms[k + 1];
    return !!v && clean(terms[k]) && (v.tags.has("Verb") || v.tags.has("Noun") && v.tags.has("Singular") && /^\p{Ll}+$/u.test(v.text) && !v.tags.has("Date") && !v.tags.has("Value"));
  }

  /**
   * "Another source speaking to Fox News said", "officials who spoke with the Post said", "voters interviewed
   * by the paper said": the noun phrase before the cue is a preposition's object in a clause that modifies the
   * subject; the subject is the noun before that clause.
   */
  function modifiedHead(n: [number, number], lo: number): [number, number] | null {
    const relative = relativeHead(n[0], lo);
    if (relative) return relative;
    const p = n[0] - 1;
    // ("House Republicans supporting the bill have said", "Several superdelegates backing Sanders declined": a gerund and
    // its object after the head)
    if (p - 1 >= lo && ingVerb(p) && clean(terms[p]) && clean(terms[p - 1]) && isHead(terms[p - 1]) && !isPronoun(terms[p - 1]) && !inQuote(p - 1)
      && (terms[p - 1].tags.has("Plural") || personLike(terms[p - 1]) || organisation(terms[p - 1]))) return np(p - 1, lo);
    if (p - 2 < lo || !(terms[p].tags.has("Preposition") || terms[p].normal === "to") || !clean(terms[p])) return null;
    const v = p - 1;
    const w = terms[v];
    if (!clean(w) || !w.tags.has("Verb") || !(ingVerb(v) || w.tags.has("PastTense")) || w.tags.has("Copula") || w.tags.has("Auxiliary")) return null;
    let h = v - 1;
    if (RELATIVE.has(terms[h].normal) || terms[h].normal === "that") h--;
    else if (!ingVerb(v) && terms[p].normal !== "by") return null; // a bare past verb is the clause's own: "Smith spoke to the Post said"
    if (h < lo || !clean(terms[h]) || inQuote(h) || !isHead(terms[h]) || terms[h].tags.has("Pronoun")) return null;
    return np(h, lo);
  }

  function quoteWords(seg: number): number {
    return text.slice(segments[seg].start, segments[seg].end).split(/\s+/).length;
  }

  /** a full stop the sentence splitter did not split at (it sometimes runs on after a quotation) */
  function missedStop(k: number): boolean {
    // ("…rights.” ___. 10:15 a.m. Trump…": a rule of underscores or the like separates items, and is no word)
    if (k + 1 < terms.length && (SEPARATOR.test(terms[k].text) || SEPARATOR.test(terms[k + 1].text))) return true;
    if (k + 1 >= terms.length || inQuote(k) || inQuote(k + 1)) return false;
    // "…to enter the U.S. The proposal…": an abbreviation's full stop ends the sentence when a capitalised
    // pronoun or determiner follows, which only a new sentence opens with
    if (/\.$/.test(terms[k].text) && /^\s+$/.test(terms[k].post) && SENTENCE_OPENERS.has(terms[k + 1].text)) return true;
    return /^[.!?]\s+$/.test(terms[k].post) && /^\p{Lu}/u.test(terms[k + 1].text)
      && !terms[k].tags.has("Abbreviation") && !terms[k].tags.has("Honorific")
      // (a capital letter alone is an initial, "J. Gerald Doe", unless what follows only opens a sentence: "Plan B. The…")
      && (terms[k].text.length > 1 || SENTENCE_OPENERS.has(terms[k + 1].text));
  }

  function isCueForm(k: number): boolean {
    const t = terms[k];
    return CUE_FORMS.has(t.normal) && (t.tags.has("Verb") || ALWAYS_VERB.has(t.normal) || ingWithObject(k));
  }

  /**
   * "…and accusing him of…", "…is a “faker” and questioning how…": an -ing form of a cue the tagger read as an
   * adjective is a verb before an object pronoun, or after "and" when no adjective stands before the "and" (a quoted
   * word may: the tagger reads "faker" as one) and no noun after it
   */
  function ingWithObject(k: number): boolean {
    if (!terms[k].normal.endsWith("ing") || !clean(terms[k])) return false;
    if (ACCUSATIVE.has(terms[k + 1]?.normal ?? "")) return true;
    // ("a group backing Bush", "the super PAC opposing Trump": after an organisation, before a name)
    if (k >= 1 && organisation(terms[k - 1]) && clean(terms[k - 1]) && !!terms[k + 1]?.tags.has("ProperNoun") && !inQuote(k + 1)) return true;
    const and = terms[k - 1], next = terms[k + 1];
    // (after a comma, before "that" or "to": "…, hoping that they can…", "…, urging to…")
    if (k >= 1 && /,\s*$/.test(and.post) && !inQuote(k - 1) && (next?.normal === "that" || next?.normal === "to") && clean(next)) return true;
    return k >= 2 && (and.normal === "and" || and.normal === "but") && clean(and) && (!terms[k - 2].tags.has("Adjective") || inQuote(k - 2)) && !!next && !isHead(next) && !isNP(next);
  }

  /**
   * "Putin chides Turkey", "The Turkish government claims Gulen runs…", "Glenn Beck Blasts Drudge" (a headline): the
   * -s form of a cue the tagger read as a plural noun is the verb after a singular subject, before what it takes (a
   * noun phrase or a clause, not a verb or a preposition)
   */
  function singularSubjectVerb(c: number, info: CueInfo): boolean {
    const t = terms[c], next = terms[c + 1], p = terms[c - 1];
    if (!p || !next || t.normal === info.lemma || !/[^s]s$/.test(t.normal) || NOUN_LIKE_CUES.has(info.lemma) || !clean(t) || !clean(p) || inQuote(c - 1) || inQuote(c + 1)) return false;
    // (capitalised only in a headline: after a capitalised word, with most words of the sentence capitalised)
    if (/^\p{Lu}/u.test(t.text) && !(/^\p{Lu}/u.test(p.text) && headlineCase(c))) return false;
    // ("Mike Pence Calls for…": the cue's own particle may follow)
    if (next.tags.has("Verb") && !next.tags.has("Gerund") || next.tags.has("Preposition") && !info.particles.includes(next.normal) || next.tags.has("Adverb")) return false;
    // ("Donald Trump Praises…": in a headline, a capitalised word before it is a name whatever its tag)
    return isHead(p) && !p.tags.has("Plural") && !p.tags.has("Possessive") && !p.tags.has("Pronoun") && !p.tags.has("Value") && !p.tags.has("Date")
      && (p.tags.has("ProperNoun") || p.tags.has("Person") || /^\p{Lu}/u.test(t.text) && /^\p{Lu}/u.test(p.text) || c - 2 >= 0 && (terms[c - 2].tags.has("Determiner") || terms[c - 2].tags.has("Adjective")));
  }

  /**
   * "Mr. Putin forecast that…": a cue word between a person's name (no article before it) and "that" is the verb,
   * whatever the tagger says ("the Trump claim that…" is a noun)
   */
  function nameVerbThat(c: number): boolean {
    const t = terms[c], p = terms[c - 1], next = terms[c + 1];
    if (!p || !next || next.normal !== "that" || NOUN_LIKE_CUES.has(t.normal.replace(/s$/, "")) || !/^\p{Ll}/u.test(t.text) || !clean(t) || !clean(p) || inQuote(c - 1) || !p.tags.has("Person") || p.tags.has("Possessive")) return false;
    let a = c - 1;
    while (a - 1 >= 0 && clean(terms[a - 1]) && (terms[a - 1].tags.has("ProperNoun") || terms[a - 1].tags.has("Honorific"))) a--;
    return a === 0 || !(terms[a - 1].tags.has("Determiner") || terms[a - 1].tags.has("Possessive") || terms[a - 1].tags.has("Adjective")) || !clean(terms[a - 1]);
  }

  /** most words of the sentence around k are capitalised, as in a headline */
  function headlineCase(k: number): boolean {
    const S = sentOf(k);
    let words = 0, caps = 0;
    for (let m = S.first; m < S.last; m++) {
      if (!/\p{L}{4,}/u.test(terms[m].text)) continue;
      words++;
      if (/^\p{Lu}/u.test(terms[m].text)) caps++;
    }
    return words >= 3 && caps >= words * 0.8;
  }

  /**
   * "Millennials support background checks", "half the senators surveyed support lowering…": the bare form of a cue
   * the tagger read as a noun is the verb after a plural subject (a plural noun, or one followed by a participle
   * such as "surveyed") when a noun phrase or a clause follows it
   */
  function pluralSubjectVerb(c: number, info: CueInfo): boolean {
    const t = terms[c], next = terms[c + 1];
    // (a capitalised word is part of a name, "the Associated Press"; a preposition after it makes it a noun, "runs counter to";
    // a colon after it opens what was said: "Some Americans say: …")
    // (or a comma, where subject and verb stand in commas of their own: "Ryan's endorsement, many think, is only…")
    const parenthetical = c >= 2 && /^,\s*$/.test(t.post) && /^,\s*$/.test(terms[c - 2].post) && !inQuote(c - 2);
    if (t.normal !== info.lemma || c < 1 || !next || !(clean(t) || /^:\s+$/.test(t.post) || parenthetical) || !/^\p{Ll}/u.test(t.text) || inQuote(c + 1) || next.tags.has("Verb") && !next.tags.has("Gerund") && !parenthetical || next.tags.has("Preposition")) return false;
    let s = c - 1;
    if (terms[s].tags.has("PastTense") && s > 0 && clean(terms[s]) && !terms[s].tags.has("Noun")) s--;
    // ("Supporters of the law hope…": the head before an "of" phrase)
    for (let o = s - 1; o > s - 4 && o > 0; o--) {
      if (!clean(terms[o])) break;
      if (terms[o].normal === "of") { if (terms[o - 1].tags.has("Plural") && clean(terms[o - 1])) s = o - 1; break; }
    }
    const p = terms[s];
    if (!clean(p) || inQuote(s) || p.tags.has("Possessive") || p.tags.has("Pronoun") || p.text.includes("-")) return false;
    // ("But many mention Obama…": a pronoun-like determiner standing as a plural subject)
    return p.tags.has("Plural") || p.tags.has("ProperNoun") && /[^s']s$/.test(p.normal) && !p.tags.has("Person") && !p.tags.has("Place")
      || DEMONSTRATIVE_SUBJECTS.has(p.normal) && (s === 0 || !terms[s - 1].tags.has("Determiner"));
  }

  /**
   * "…included staff members suggesting…", "got people talking about…", "met by a chorus of Democrats urging…": people
   * named as an object (a person, a group of people, a title) do what the gerund after them says; not after a
   * preposition other than "by" ("an email to supporters saying…" is the sender's), nor as a possessive
   */
  function peopleOwnGerund(n: readonly [number, number]): boolean {
    const head = terms[n[1]], before = terms[n[0] - 1];
    const people = (head.tags.has("Person") || GROUP_HEADS.has(head.normal) || TITLE_WORDS.has(head.normal)) && !head.tags.has("Pronoun") && !head.tags.has("Possessive");
    const hearer = (before.tags.has("Preposition") || before.normal === "to") && before.normal !== "by";
    return people && !hearer;
  }

  /** an organisation's name or head noun ("a group", "the super PAC", "Priorities USA Action"): one that backs or opposes on its own */
  function organisation(t: Term): boolean {
    return t.tags.has("Organization") || ORGANISATION_HEADS.has(t.normal) || t.normal === "pac" || t.normal === "pacs";
  }

  /** a noun that may name a hearer: a person, a people, an organisation, or a title */
  function personLike(t: Term): boolean {
    return t.tags.has("Person") || t.tags.has("ProperNoun") || t.tags.has("Actor") || t.tags.has("Organization") || t.tags.has("Demonym")
      || GROUP_HEADS.has(t.normal) || ORGANISATION_HEADS.has(t.normal) || TITLE_WORDS.has(t.normal);
  }

  /** a word tagged as a bare present verb after a noun modifier ("the Trump campaign", "the Clinton camp") */
  function bareVerbAsNoun(k: number, lo: number): boolean {
    const t = terms[k], p = terms[k - 1];
    if (k - 1 < lo || !p || !clean(p) || !clean(t) || inQuote(k - 1)) return false;
    if (!t.tags.has("Verb") || !(t.tags.has("Infinitive") || t.tags.has("PresentTense")) || /s$/.test(t.normal)) return false;
    if (t.tags.has("PastTense") || t.tags.has("Gerund") || t.tags.has("Copula") || t.tags.has("Auxiliary") || t.tags.has("Modal")) return false;
    // "her campaign said": after a possessive pronoun comes a noun
    if (p.tags.has("Possessive") && p.tags.has("Pronoun")) return true;
    if (p.tags.has("Pronoun") || p.tags.has("Verb") || !(p.tags.has("ProperNoun") || p.tags.has("Noun") || p.tags.has("Adjective"))) return false;
    // a determiner or a sentence start before the modifier: "The Clinton campaign", "Trump campaign officials"
    const q = k - 2 >= lo ? terms[k - 2] : null;
    return !q || q.tags.has("Determiner") || q.tags.has("Possessive") || q.tags.has("ProperNoun") || q.tags.has("Adjective") || q.tags.has("Conjunction") || /,\s*$/.test(q.post);
  }

  /** the noun phrase ending at m opens its clause (the subject position): "Archer" in "Delegate John Archer, wearing…" */
  function opensClause(m: number, lo: number): boolean {
    const n = np(m, lo);
    // (a capitalised first word the tagger misread, "Delegate Jane Doe", still opens it)
    return !!n && (n[0] === lo || n[0] - 1 === lo && /^\p{Lu}/u.test(terms[lo].text) && !terms[lo].tags.has("Preposition") || /[,;:]\s*$/.test(terms[n[0] - 1].post) && !inQuote(n[0] - 1));
  }

  /** a verb in -ing: "reasoning", "clarifying" */
  function ingVerb(k: number): boolean {
    return terms[k].tags.has("Gerund") || terms[k].tags.has("Verb") && /ing$/.test(terms[k].normal);
  }

  /** "Voters have…", "they want…": a bare present, which the tagger also calls an infinitive, right after the clause's plural subject */
  function barePresent(k: number, first: number): boolean {
    const t = terms[k];
    if (!t.tags.has("Verb") || !t.tags.has("PresentTense") || t.tags.has("Gerund")) return false;
    // ("candidates probably need…": past adverbs)
    const s = pastAdverbs(k - 1, first);
    const p = terms[s];
    if (s < first || !clean(p)) return false;
    if (s - 1 >= first && (RELATIVE.has(terms[s - 1].normal) || terms[s - 1].normal === "that")) return false;
    // the subject opens the clause, or follows an opening phrase and its comma ("In 2016, candidates need…"): not
    // "in a sign of how Mr. Trump's opponents continue to…"
    const opens = (n: number) => n === first || n - 1 >= first && /,\s*$/.test(terms[n - 1].post);
    if (p.tags.has("Pronoun")) return BARE_PRESENT_SUBJECTS.has(p.normal) && opens(s);
    let n = isHead(p) ? np(s, first) : null;
    // (the plural may head a phrase with prepositional phrases after it: "84 percent of Latino voters in Florida have…")
    while (n && n[0] - 2 >= first && NP_PREPOSITIONS.has(terms[n[0] - 1].normal) && clean(terms[n[0] - 1]) && clean(terms[n[0] - 2]) && isHead(terms[n[0] - 2])) n = np(n[0] - 2, first);
    if (!n || !opens(n[0])) return false;
    for (let m = n[0]; m <= s; m++) if (terms[m].tags.has("Plural") && terms[m].tags.has("Noun") && !terms[m].tags.has("Verb")) return true;
    return false;
  }

  /** the verb of going on before "to" at k ("went on", "continued", "began", "tried"), or -1 */
  function aspectBefore(k: number, lo: number): number {
    const p = terms[k - 1];
    if (!p || !clean(p)) return -1;
    if (p.normal === "on" && k - 2 >= lo && GO.has(terms[k - 2].normal) && clean(terms[k - 2])) return k - 2;
    // ("is likely to endorse", "was quick to add", "have been more reluctant to reveal": from the copula, whose subject
    // is the source)
    if (READY.has(p.normal)) {
      const cop = copulaBefore(k - 1, lo);
      if (cop >= 0) return cop;
    }
    return ASPECT.has(p.normal) && p.tags.has("Verb") ? k - 1 : -1;
  }

  /** a cue verb after "seemed to": a verb of saying or believing, not "be" or another seeming */
  function seemedCue(k: number): boolean {
    const info = k < terms.length ? CUE_FORMS.get(terms[k].normal) : undefined;
    return !!info && !info.impersonal && terms[k].tags.has("Verb") && info.family !== "evidence";
  }

  /**
   * "New polls released Sunday showed", "A study by the watchdog group found", "Election Commission records show":
   * the nearest evidence noun before an evidence verb, with only its modifiers, a "by/of/from" phrase or a
   * participle ("released", "published") between them, and the noun phrase it heads up to the verb.
   */
  function evidenceBefore(c: number, lo: number): [number, number] | "object" | null {
    for (let k = c - 1; k >= lo && c - k <= 10; k--) {
      const w = terms[k];
      if (inQuote(k) || !clean(w)) return null;
      if (EVIDENCE_SUBJECTS.has(w.normal) && (k === c - 1 || !isFinite(w) || w.tags.has("PastTense"))) {
        let s = k;
        while (s - 1 >= lo && clean(terms[s - 1]) && !inQuote(s - 1) && EVIDENCE_MODIFIER(terms[s - 1])) s--;
        // "the official who read the report found": the evidence is some verb's or preposition's object
        // (not a modifier the tagger read as a verb at the clause start: "Exit polling shows", ", campaign finance records show")
        if (s > lo && terms[s - 1].tags.has("Verb") && !terms[s - 1].tags.has("PastTense") && clean(terms[s - 1])
          && !(s - 1 === lo || /,\s*$/.test(terms[s - 2].post) || terms[s - 2].tags.has("Determiner"))) return "object";
        return [s, c - 1];
      }
      // a finite verb other than a participle ends the search: "the official who reviewed the records found…"
      if (isFinite(w) && !(w.tags.has("PastTense") && !w.tags.has("Copula") && !w.tags.has("Auxiliary")) || RELATIVE.has(w.normal) || isPronoun(w)) return null;
    }
    return null;
  }

  /** "A CNN poll of South Carolina", "records": a subject naming evidence, not a speaker */
  function evidenceSubject(src: readonly [number, number]): boolean {
    for (let k = src[0]; k <= src[1]; k++) if (EVIDENCE_SUBJECTS.has(terms[k].normal)) return true;
    return false;
  }

  /** the first word of a quotation segment (its mark may sit in the previous term's punctuation: 'said,“Look') */
  function opensQuote(k: number): boolean {
    return k < terms.length && inQuote(k) && terms[k].start - segments[segOf[k]].start <= 3;
  }

  /** a capitalised word the tagger missed inside a person's name ("Kim Jong Un") */
  function nameGoesOn(k: number): boolean {
    return k > 0 && /^\p{Lu}/u.test(terms[k].text) && terms[k - 1].tags.has("Person") && clean(terms[k - 1]) && !terms[k].tags.has("PastTense") && terms[k].sentence === terms[k - 1].sentence;
  }

  /** "state Sen. Jane Doe", "state Rep.": "state" before a title is its modifier, whatever the tagger made of it (a verb) */
  function stateBeforeTitle(k: number): boolean {
    const n = terms[k + 1];
    return terms[k].normal === "state" && clean(terms[k]) && !!n && (n.tags.has("Honorific") || TITLE_WORDS.has(n.normal));
  }

  /**
   * "Rust Belt states that have suffered", "stick to issues that most agree on", "two battleground states where…": the
   * -s form of a cue that is mostly a noun ("states", "issues") is the plural noun after a preposition, an article, an
   * adjective, a number or a lower-case noun in a phrase with no article or possessive, and before "that"
   * and a verb; not after a name, a pronoun or "the document" ("It states that…", "the document states,", "the Clinton
   * campaign points out")
   */
  function pluralNounCue(c: number, info: CueInfo): boolean {
    const t = terms[c], p = terms[c - 1];
    if (!p || !NOUN_LIKE_CUES.has(info.lemma) || t.normal !== `${info.lemma}s` || !/^\p{Ll}/u.test(t.text) || !clean(p) || inQuote(c - 1)) return false;
    if (terms[c + 1]?.normal === "that" && clean(t) && !!terms[c + 2] && isFinite(terms[c + 2])) return true;
    if (p.tags.has("Preposition") || p.normal === "to" || p.tags.has("Determiner") || p.tags.has("Value") || p.tags.has("Adjective") && !p.tags.has("Noun")) return true;
    // (a capitalised word is a name, but for a common noun opening the sentence: "Business issues generally…")
    const first = sentOf(c).first;
    const named = (k: number) => /^\p{Lu}/u.test(terms[k].text) && (k !== first || terms[k].tags.has("ProperNoun") || terms[k].tags.has("Person") || terms[k].tags.has("Acronym"));
    // (a noun phrase that opens with an article or a possessive is the subject: "the Clinton campaign points out"; and
    // an object after it makes it the verb: "Forbes lists David Koch…")
    const next = terms[c + 1];
    if (!isHead(p) || named(c - 1) || isPronoun(p) || next && clean(t) && (next.tags.has("Determiner") || next.tags.has("ProperNoun"))) return false;
    const phrase = np(c - 1, first);
    return !!phrase && !terms[phrase[0]].tags.has("Determiner") && !terms[phrase[0]].tags.has("Possessive") && !named(phrase[0]);
  }

  /**
   * "He added, though, that…", "said, without evidence, that…", "said — on Twitter, as it happens — that…": an aside
   * right after the cue (its first term at j), between commas (a few words, no verb) or between dashes (a clause of its
   * own allowed), passed over to the "that" or the quotation after it. Returns the term that opens what was said, or -1.
   */
  function pastAsideAfterCue(j: number, last: number): number {
    const comma = /^,\s*$/;
    const sep = comma.test(terms[j - 1].post) ? comma : DASH_ASIDE.test(terms[j - 1].post) ? DASH_ASIDE : null;
    if (!sep) return -1;
    for (let k = j; k < Math.min(last - 1, j + (sep === comma ? 3 : 8)) && !inQuote(k); k++) {
      if (sep === comma && (isFinite(terms[k]) || CUE_FORMS.has(terms[k].normal))) return -1;
      if (sep.test(terms[k].post)) return terms[k + 1].normal === "that" && !terms[k + 1].tags.has("Pronoun") || opensQuote(k + 1) ? k + 1 : -1;
      if (sep === comma && !clean(terms[k])) return -1;
    }
    return -1;
  }

  /** a noun phrase ending at term k, extended left over modifiers */
  function np(k: number, lo: number): [number, number] | null {
    if (!isHead(terms[k]) && !isPronoun(terms[k]) && !nameGoesOn(k)) return null;
    // (a pronoun is a phrase of its own, unless it ends a postmodifier: "a source close to him")
    if (isPronoun(terms[k]) && !postmodifierBefore(k, lo)) return [k, k];
    let a = k;
    while (a - 1 >= lo && k - a < 9 && clean(terms[a - 1]) && !inQuote(a - 1)) {
      const t = terms[a - 1];
      // "the idea that the changes…": "that" after a noun opens a clause; it determines nothing
      if (t.normal === "that" && a - 2 >= lo && isHead(terms[a - 2])) break;
      // ("a claim his rivals dispute": a possessive pronoun after a noun opens a phrase of its own)
      if (POSSESSIVE_AGREEMENT.has(t.normal) && a - 2 >= lo && isHead(terms[a - 2]) && !terms[a - 2].tags.has("Possessive")) { a--; break; }
      if (isNP(t) || stateBeforeTitle(a - 1) || a - 2 >= lo && gerundModifier(terms, a - 1)) { a--; continue; }
      // ("55 percent of all voters": a quantity's "of" takes any noun phrase)
      if (NP_PREPOSITIONS.has(t.normal) && a - 2 >= lo && clean(terms[a - 2]) && isHead(terms[a - 2])
        && (terms[a].tags.has("ProperNoun") || terms[a].tags.has("Determiner") && (t.normal !== "from" || terms[a - 2].tags.has("Actor") || terms[a - 2].tags.has("Plural"))
          // ("a spokesman for committee Democrats": a role's organisation, whatever its first word)
          || (terms[a - 2].tags.has("Actor") || TITLE_WORDS.has(terms[a - 2].normal)) && t.normal !== "of" && terms.slice(a, k + 1).some((x) => x.tags.has("ProperNoun"))
          || t.normal === "of" && terms[a - 2].tags.has("Unit"))) { a--; continue; }
      // "a source close to the talks", "people familiar with the matter"
      if (a - 2 >= lo && POSTMODIFIERS.has(`${terms[a - 2].normal} ${t.normal}`) && clean(terms[a - 2])) { a -= 2; continue; }
      break;
    }
    while (a < k && (terms[a].tags.has("Conjunction") || COMPLEMENTIZERS.has(terms[a].normal))) a++;
    // ("On Tuesday President Carlos Mendez said", "in 2013 that House investigators concluded": the day or year after
    // its preposition, with its part of the day, is no part of the subject)
    if (a < k && a - 1 >= 0 && terms[a].tags.has("Date") && !POSSESSIVE.test(terms[a].text) && TIME_PREPOSITIONS.has(terms[a - 1].normal)) {
      let d = a;
      while (d < k && (terms[d].tags.has("Date") || TIMES_OF_DAY.has(terms[d].normal)) && !POSSESSIVE.test(terms[d].text)) d++;
      while (d < k && (terms[d].tags.has("Conjunction") || COMPLEMENTIZERS.has(terms[d].normal))) d++;
      a = d;
    }
    return [a, k];
  }

  /**
   * "an official who spoke anonymously to discuss internal strategy said", "officials whose laws were struck down
   * say": a relative clause without commas ends before term end; the subject is the noun before it ("who" and
   * "whose" only where personal)
   */
  function relativeHead(end: number, lo: number, personal = false): [number, number] | null {
    for (let w = end - 1; w - 1 >= lo && end - w <= 10 && clean(terms[w]) && !inQuote(w); w--) {
      if (personal ? !PERSONAL_RELATIVE.has(terms[w].normal) : !RELATIVE.has(terms[w].normal) && terms[w].normal !== "that") continue;
      let v = w + 1;
      // (past the noun "whose" governs)
      if (terms[w].normal === "whose") while (v < end && isNP(terms[v])) v++;
      while (v < end && terms[v].tags.has("Adverb")) v++;
      const h = w - 1;
      return v < end && (isFinite(terms[v]) || terms[v].tags.has("PresentTense")) && clean(terms[h]) && isHead(terms[h]) && !isPronoun(terms[h]) ? np(h, lo) : null;
    }
    return null;
  }

  /**
   * "Reporters know they're being spun", "Clinton knows Sanders will run": what follows the cue is a clause
   * (a short subject, then its finite verb), as good as a "that"
   */
  function clauseObject(start: number, end: number): boolean {
    if (start >= end || !(isHead(terms[start]) || isPronoun(terms[start]) || terms[start].tags.has("Determiner")) || ACCUSATIVE.has(terms[start].normal)) return false;
    for (let k = start + 1; k < end && k - start <= 5; k++) {
      if (inQuote(k) || !clean(terms[k - 1])) return false;
      if (isFinite(terms[k])) return isHead(terms[k - 1]) || isPronoun(terms[k - 1]);
    }
    return false;
  }

  /** "Voters see the campaign as most unfair": a verb of seeing with an object and "as" holds a view */
  function seesAs(c: number, start: number, end: number): boolean {
    if (!SEE.has(terms[c].normal)) return false;
    for (let k = start + 1; k < end && k - start <= 8; k++) {
      if (inQuote(k) || isFinite(terms[k]) || !clean(terms[k - 1])) return false;
      if (terms[k].normal === "as") return k + 1 < end;
    }
    return false;
  }

  /** a finite verb outside quotations among terms [a, b) */
  function finiteBetween(a: number, b: number): boolean {
    for (let k = a; k < b; k++) if (!inQuote(k) && isFinite(terms[k])) return true;
    return false;
  }

  /** a finite verb after the first comma among terms [a, b]: "If X happens, Y follows" */
  function mainClauseAfterComma(a: number, b: number): boolean {
    let k = a;
    while (k < b && !/,\s*$/.test(terms[k].post)) k++;
    return finiteBetween(k + 1, b + 1);
  }

  /**
   * "a group called the We The People Foundation", "a play called “Los Hijos de Trump”": after a noun with an
   * indefinite article, "called" and a name (capitalised or quoted) names the thing; nobody says anything
   */
  function naming(head: number, c: number): boolean {
    if (terms[c].normal !== "called" && terms[c].normal !== "named" && terms[c].normal !== "dubbed") return false;
    // (not after someone who may call: "a senator called Clinton a liar")
    const h = terms[head];
    if (!isHead(h) || isPronoun(h) || h.tags.has("Person") || h.tags.has("Actor") || !clean(h)) return false;
    let a = head;
    while (a - 1 >= 0 && head - a < 5 && clean(terms[a - 1]) && isNP(terms[a - 1]) && !terms[a - 1].tags.has("Determiner")) a--;
    if (a - 1 < 0 || !INDEFINITE.has(terms[a - 1].normal)) return false;
    const n = terms[c + 1]?.normal === "the" ? c + 2 : c + 1;
    if (n >= terms.length) return false;
    if (opensQuote(n)) return true;
    // a capitalised name, then no second object ("a senator called Clinton a liar"): "a PAC called Our Principles is…"
    let m = n;
    while (m < terms.length && m - n < 6 && /^\p{Lu}/u.test(terms[m].text)) if (!clean(terms[m++])) break;
    if (m === n || terms[m - 1].tags.has("Possessive")) return false;
    if (!clean(terms[m - 1])) return true; // (the name ends at a punctuation mark)
    const after = terms[m];
    return !after || after.tags.has("Verb") || after.tags.has("Preposition") || RELATIVE.has(after.normal) || after.normal === "that";
  }

  /** "close to" in "a source close to him": a postmodifier ends right before term k */
  function postmodifierBefore(k: number, lo: number): boolean {
    return k - 2 >= lo && clean(terms[k - 2]) && clean(terms[k - 1]) && POSTMODIFIERS.has(`${terms[k - 2].normal} ${terms[k - 1].normal}`);
  }

  /** a noun phrase starting at term k (a source after its cue: "said Valeriy Ryabykh") */
  function npAfter(k: number, hi: number): [number, number] | null {
    if (k >= hi || inQuote(k) || COMPLEMENTIZERS.has(terms[k].normal)) return null;
    if (isPronoun(terms[k])) return [k, k];
    // ('“…,” tweeted another.', 'said others')
    if ((terms[k].normal === "another" || terms[k].normal === "others") && (k + 1 >= hi || !isNP(terms[k + 1]))) return [k, k];
    // ("by some of his rivals", "said many of them": a quantifier and its "of" phrase)
    if (QUANTIFIERS.has(terms[k].normal) && terms[k + 1]?.normal === "of" && clean(terms[k]) && clean(terms[k + 1])) {
      const rest = npAfter(k + 2, hi);
      if (rest) return [k, rest[1]];
    }
    // ("said retired neurosurgeon Ben Carson", "said one unaligned strategist": a participle before a noun is an adjective)
    const adjectival = (m: number) => terms[m].tags.has("PastTense") && m + 1 < hi && clean(terms[m]) && isNP(terms[m + 1]) && !terms[m + 1].tags.has("Determiner");
    if (!isNP(terms[k]) && !adjectival(k)) return null;
    let b = k;
    while (b + 1 < hi && clean(terms[b]) && !inQuote(b + 1) && (isNP(terms[b + 1]) || adjectival(b + 1) || NP_PREPOSITIONS.has(terms[b + 1].normal) && b + 2 < hi && terms[b + 2].tags.has("ProperNoun"))) b++;
    // ("said an editorial in the paper": an adjective after a determiner, ending the phrase, is its head whatever the tag)
    if (b > k && terms[k].tags.has("Determiner") && terms[b].tags.has("Adjective") && /^\s+$/.test(terms[b].post) && terms[b].normal !== "other" && b + 1 < hi && terms[b + 1].tags.has("Preposition")) return [k, b];
    while (b > k && !isHead(terms[b])) b--;
    return isHead(terms[b]) ? [k, b] : null;
  }

  /**
   * '“…,” said Rep. Bobby Scott at the time, adding that…', '…, said Peter Rice, chairman of Fox, noting…': the source
   * of the attribution just found when its cue comes before it in the sentence and no finite verb stands between that
   * source and the participle at c; else null
   */
  function invertedSourceBefore(c: number, first: number): [number, number] | null {
    const prev = out[out.length - 1];
    const s = prev?.sourceTerms;
    if (!prev?.cue || !s || prev.cue.end > terms[s[0]].start || prev.cue.start < terms[first].start || s[1] >= c) return null;
    for (let k = s[1] + 1; k < c; k++) if (!inQuote(k) && isFinite(terms[k])) return null;
    return [s[0], s[1]];
  }

  /** the subject of the nearest finite verb before term c: "Kim greeted Putin, calling him…" → Kim */
  function clauseSubject(c: number, lo: number): [number, number] | null {
    // "Packer said the focus is taking a toll, pointing to…", "Paul said the plan would fail, and called…":
    // a verb inside what a verb of saying reports is not the one a later participle or "and" hangs on
    let matrix = -1;
    for (let m = lo; m < c && matrix < 0; m++) {
      if (!inQuote(m) && isCueForm(m) && isFinite(terms[m]) && CUE_FORMS.get(terms[m].normal)!.family === "speech") matrix = m;
    }
    // ("When Trump suggested that…, Rubio fired back:": a cue inside an opening adverbial clause is not the matrix)
    if (matrix >= 0 && (SUBORDINATORS.has(terms[lo].normal) || terms[lo].normal === "if") && mainClauseAfterComma(matrix, c - 1)) matrix = -1;
    for (let v = c - 1; v >= lo; v--) {
      if (inQuote(v) || !isFinite(terms[v]) || terms[v].tags.has("Gerund")) continue;
      if (matrix >= 0 && v > matrix) {
        // (unless the verb has a subject of its own after "and" or "but": a second clause, not what was reported —
        // "prosecutors charged the officer and Emanuel fired his police chief, acknowledging…")
        const own = subjectBefore(v, matrix + 1);
        if (own && own[0] - 1 > matrix && (terms[own[0] - 1].normal === "and" || terms[own[0] - 1].normal === "but") && !isPronoun(terms[own[0]])) return own;
        const s = subjectBefore(matrix, lo);
        if (s && !RELATIVE.has(terms[s[0]].normal)) return s;
      }
      let k = v;
      while (k - 1 >= lo && clean(terms[k - 1]) && (terms[k - 1].tags.has("Auxiliary") || terms[k - 1].tags.has("Modal") || terms[k - 1].tags.has("Adverb") || terms[k - 1].text === "")) k--;
      // "Warren appeared with Maddow and endorsed Clinton, saying…": a coordinated verb's subject is the first verb's
      if (k - 1 > lo && (terms[k - 1].normal === "and" || terms[k - 1].normal === "but") && clean(terms[k - 1])) {
        const lead = leadSubject(lo, k - 1);
        if (lead) return lead;
      }
      const s = subjectBefore(k, lo);
      // a verb in a subordinate clause ("questioned why his wife did not speak, implying…") is not the one the participle hangs on
      if (s && s[0] > lo && COMPLEMENTIZERS.has(terms[s[0] - 1].normal)) { v = s[0]; continue; }
      if (s) return s;
    }
    return null;
  }

  /** from a verb at v back over its auxiliaries, adverbs and "not" ("has not yet said") to where its subject ends, no further than lo */
  function pastAuxiliaries(v: number, lo: number): number {
    while (v - 1 >= lo && clean(terms[v - 1]) && (terms[v - 1].tags.has("Auxiliary") || terms[v - 1].tags.has("Modal") || terms[v - 1].tags.has("Adverb") || terms[v - 1].tags.has("Negative"))) v--;
    return v;
  }

  /**
   * "Schlafly discussed Trump's proposed wall and explained…", "He did not mention them by name but did note…":
   * the subject of the clause's first finite verb (past a subordinate clause), which a coordinated verb shares
   */
  function leadSubject(lo: number, k: number): [number, number] | null {
    for (let v = lo; v < k; v++) {
      if (inQuote(v) || !isFinite(terms[v]) || terms[v].tags.has("Gerund")) continue;
      const a = pastAuxiliaries(v, lo);
      const s = subjectBefore(a, lo);
      if (!s) return null;
      // "When the senator arrived, he said…": a subordinate clause's verb is not the lead
      if (s[0] > lo && (SUBORDINATORS.has(terms[s[0] - 1].normal) || COMPLEMENTIZERS.has(terms[s[0] - 1].normal)) || s[0] === lo && SUBORDINATORS.has(terms[lo].normal)) { v = a; while (v < k && !/,\s*$/.test(terms[v].post)) v++; continue; }
      return RELATIVE.has(terms[s[0]].normal) ? null : s;
    }
    return null;
  }

  /**
   * The subject a verb after "and"/"but" at k shares: the nearest clause's ("he helped broker a truce…; and decided",
   * "Weaver, who came out and endorsed", "because he favors… and opposes"), unless that clause only modifies an
   * object ("announced support from mothers who have lost children… and said") or stands in a dashed aside
   * ("jumped onto his account — as he so often does — and retweeted"): then the lead clause's
   */
  function coordinatedSubject(k: number, lo: number): [number, number] | null {
    const sub = subordinateSubject(k, lo);
    if (sub) return sub;
    const near = clauseSubject(k, lo);
    const lead = leadSubject(lo, k);
    if (!near || !lead || near[0] <= lead[1]) return near ?? lead;
    const h = near[0];
    const b = terms[h - 1];
    // (a relative clause on an object, "mothers who have lost children", or a clause whose "subject" is an object:
    // "met relatives of the 49 people killed on Thursday and said", "appeared with MSNBC's Rachel Maddow and endorsed")
    const objectRelative = h - 1 > lead[1] && clean(b) && (RELATIVE.has(terms[h].normal) || terms[h].normal === "that"
      || (b.tags.has("Preposition") || b.tags.has("Verb") && !b.tags.has("Auxiliary") && !b.tags.has("Modal") && !b.tags.has("Copula")) && !SUBORDINATORS.has(b.normal) && !COMPLEMENTIZERS.has(b.normal));
    // (inside the aside: a dash between the lead and the near subject, and another before the "and")
    let before = false, after = false;
    for (let x = lead[1] + 1; x < h; x++) before ||= DASH_ASIDE.test(terms[x].post);
    for (let x = h; x < k; x++) after ||= DASH_ASIDE.test(terms[x].post);
    return objectRelative || before && after ? lead : near;
  }

  /**
   * "The crowd cheered when Trump spotted a sign and asked…", "after some of her followers attacked her and even
   * questioned…": a verb after "and" with no comma since a subordinate clause's verb goes on that clause, whose subject it shares
   */
  function subordinateSubject(k: number, lo: number): [number, number] | null {
    let v = k - 1;
    // (a "verb" after an article is a noun the tagger misread: "spotted a sign in the crowd")
    while (v >= lo && (inQuote(v) || !isFinite(terms[v]) || terms[v].tags.has("Gerund") || v - 1 >= lo && terms[v - 1].tags.has("Determiner"))) v--;
    if (v < lo) return null;
    let s = subjectBefore(pastAuxiliaries(v, lo), lo);
    // ("after some of her followers attacked…": a quantity of a group)
    if (s && s[0] - 3 >= lo && terms[s[0] - 1].normal === "of" && QUANTIFIERS.has(terms[s[0] - 2].normal)) s = [s[0] - 2, s[1]];
    // ("as" is as often a preposition: "promoted Sanders as the winner of Democratic debates and has taunted…")
    if (!s || s[0] - 1 < lo || !SUBORDINATORS.has(terms[s[0] - 1].normal) || terms[s[0] - 1].normal === "as" || RELATIVE.has(terms[s[0]].normal)) return null;
    // (not in a series of the main clause's verbs: "He mocked his rivals, talked over them as they answered questions and even assured…")
    const lead = leadSubject(lo, s[0] - 1);
    if (lead) for (let x = lead[1] + 1; x < s[0] - 2; x++) if (/,\s*$/.test(terms[x].post) && isFinite(terms[x + 1]) && !inQuote(x + 1)) return null;
    // (scare quotes may stand in the clause; a comma, dash or parenthesis ends it)
    for (let x = s[0] - 1; x < k; x++) if (!clean(terms[x]) && CLAUSE_BREAK.test(terms[x].post)) return null;
    return s;
  }

  /** the first noun phrase of a sentence before its first verb: the subject a participle cue shares */
  function sentenceSubject(first: number, c: number): [number, number] | null {
    let lastHead = -1;
    for (let k = first; k < c; k++) {
      if (inQuote(k)) continue;
      if (nameGoesOn(k)) { lastHead = k; continue; }
      if (terms[k].tags.has("Verb") && lastHead >= 0) break;
      if (isHead(terms[k]) || isPronoun(terms[k])) lastHead = k;
      if (!clean(terms[k]) && lastHead >= 0 && terms[k].tags.has("Verb")) break;
    }
    return lastHead >= 0 ? (isPronoun(terms[lastHead]) ? [lastHead, lastHead] : np(lastHead, first)) : null;
  }

  /**
   * The holder of a noun cue, from its possessive at p: "Smith's", "Sen. Jane Doe's", or — for "his", "her",
   * "their", "its" — the subject of the clause when it agrees ("He stepped up his attacks on…" → He).
   */
  function holder(p: number, first: number): [number, number] {
    const agree = POSSESSIVE_AGREEMENT.get(terms[p].normal);
    if (agree) {
      const subj = clauseSubject(p, first);
      if (subj && subj[1] < p && agrees(subj, agree)) return subj;
      return [p, p];
    }
    let s0 = p;
    if (!isPronoun(terms[s0])) while (s0 - 1 >= first && clean(terms[s0 - 1]) && !inQuote(s0 - 1) && (terms[s0 - 1].tags.has("ProperNoun") || TITLE_WORDS.has(terms[s0 - 1].normal.replace(/\.$/, "")))) s0--;
    return [s0, p];
  }

  /** a noun phrase a possessive pronoun may stand for: "he"/a man's name for "his", "they"/a plural for "their"… */
  function agrees(phrase: readonly [number, number], kind: "male" | "female" | "plural" | "neuter"): boolean {
    // (the head comes before "of": "many other members of the GOP … their")
    let h = phrase[1];
    for (let x = phrase[0] + 1; x < phrase[1]; x++) if (terms[x].normal === "of") { h = x - 1; break; }
    const head = terms[h];
    // (a pronoun with its verb contracted: "He’s been ratcheting up his critique")
    const pronoun = PERSON_PRONOUNS.get(head.normal.replace(CONTRACTION, ""));
    if (pronoun && head.tags.has("Pronoun")) return pronoun === kind;
    if (kind === "plural") return head.tags.has("Plural");
    // a name, a title or a role ("the senator", "the actress"): a person
    const person = head.tags.has("Person") || head.tags.has("Actor") || TITLE_WORDS.has(head.normal) || terms.slice(phrase[0], phrase[1] + 1).some((x) => x.tags.has("Honorific"));
    if (kind === "neuter") return !person && !head.tags.has("Plural");
    const female = terms.slice(phrase[0], phrase[1] + 1).some((x) => x.tags.has("FemaleName") || /^(mrs|ms|miss)\.?$/.test(x.normal));
    const male = terms.slice(phrase[0], phrase[1] + 1).some((x) => x.tags.has("MaleName") || /^mr\.?$/.test(x.normal));
    return person && (kind === "female" ? female || !male : male || !female) && !head.tags.has("Plural");
  }

  const out: Attribution[] = [];
  /** a source's characters: terms a to b, and the parenthesis a party label closes after the last ("Rep. Bobby Scott (D-Va.)") */
  const span = (a: number, b: number): Range => {
    const start = terms[a].start;
    let end = terms[b].end;
    const inside = text.slice(start, end);
    const close = /^[.\w]{0,3}\)/.exec(terms[b].post);
    if (close && inside.split("(").length > inside.split(")").length) end += close[0].length;
    return { start, end };
  };
  /** an attribution whose parts are all known at once: what was said, the cue, the source's terms */
  const attribution = (content: Range, cue: Range | null, src: readonly [number, number] | null, family: Attribution["family"] = "speech"): Attribution => ({
    start: content.start, end: content.end, parts: [], cue, source: src && span(src[0], src[1]), sourceTerms: src && [src[0], src[1]], family, continues: null, antecedent: null,
  });

  for (let c = 0; c < terms.length; c++) {
    const t = terms[c];
    if (inQuote(c)) continue;
    const S = sentOf(c);
    // "according to X, …" / "…, according to X"
    if (SOURCE_FIRST_PHRASES.some(([a, b]) => t.normal === a && terms[c + 1]?.normal === b) && c + 2 < S.last) {
      // the source runs to the comma or the sentence's end, whatever the tagger made of it ("according to state law,")
      let srcEnd = c + 2;
      while (srcEnd + 1 < S.last && srcEnd - c < 14 && /^[\s-]*$/.test(terms[srcEnd].post) && !inQuote(srcEnd + 1)) srcEnd++;
      const src: [number, number] | null = inQuote(c + 2) ? null : [c + 2, srcEnd];
      const cue = { start: t.start, end: terms[c + 1].end };
      let content: Range | null = null;
      if (src) {
        const afterSrc = src[1] + 1;
        // (what comes before is no clause: "But, according to the poll, 46 percent…", "…unnoticed: According to recent polls, …")
        let clauseBefore = false;
        for (let k = S.first; k < c && !clauseBefore; k++) clauseBefore = inQuote(k) || isFinite(terms[k]);
        if (/:\s*$/.test(terms[c - 1]?.post ?? "")) clauseBefore = false;
        // (but with nothing after the source, what came before is what was said, whatever the tagger made of its
        // verb: "Sales rose 5 percent, according to the report", "Sanders trails Clinton by 4 points, according to…")
        if (c === S.first || !clauseBefore && afterSrc < S.last) {
          if (afterSrc < S.last) content = { start: startWithPre(afterSrc), end: endWithPost(S.last - 1) };
        } else if (c > S.first) {
          content = { start: startWithPre(S.first), end: terms[c - 1].end };
        }
        if (content && content.end > content.start) {
          const s = extendToSegment(content);
          out.push(attribution(s, cue, src));
        }
      }
      c++;
      continue;
    }
    // (the splitter may miss a sentence start after a quotation: '…fees.” Asked if…')
    const opensSentence = c === S.first || /[.!?](["”»]|'')?\s+$/.test(terms[c - 1].post) && /^\p{Lu}/u.test(t.text);
    // "As reported by Western Journalism, investigators found…": the source after "by", what was said after the comma
    if (t.normal === "as" && opensSentence && c + 3 < S.last && clean(t) && clean(terms[c + 1]) && terms[c + 2].normal === "by" && clean(terms[c + 2])
      && CUE_FORMS.get(terms[c + 1].normal)?.family === "speech" && terms[c + 1].tags.has("PastTense")) {
      const src = npAfter(c + 3, S.last);
      if (src && /^,\s*$/.test(terms[src[1]].post) && src[1] + 2 < S.last && finiteBetween(src[1] + 1, S.last)) {
        out.push(attribution({ start: startWithPre(src[1] + 1), end: endWithPost(S.last - 1) }, { start: t.start, end: terms[c + 2].end }, src));
        c = src[1];
        continue;
      }
    }
    if (QUESTION_OPENERS.has(t.normal) && clean(t) && (opensSentence || c === S.first + 1 && QUESTION_LEADS.has(terms[S.first].normal))) {
      // "Asked whether he would run, Smith said…": the question runs to the comma; no one is named as asking
      let j = c + 1;
      const cue = { start: t.start, end: t.end };
      // "Asked by Matt Lauer whether…": the one who asked is the source
      const asker = terms[j]?.normal === "by" && clean(t) && clean(terms[j]) ? npAfter(j + 1, S.last) : null;
      if (asker) j = asker[1] + 1;
      if (terms[j]?.normal === "about" && clean(terms[j])) { cue.end = terms[j].end; j++; }
      let k = j;
      while (k < S.last - 1 && k - j < 40 && !/[,;]/.test(terms[k].post)) k++;
      if (j < S.last && k < S.last - 1 && !inQuote(j) || j < S.last && k < S.last - 1 && COMPLEMENTIZERS.has(terms[j].normal)) {
        const s = extendToSegment({ start: startWithPre(j), end: terms[k].end });
        out.push(attribution(s, cue, asker));
        c = k;
        continue;
      }
    }
    // (an adverb lead is only a question's at the sentence start: "He also asked if…" has its asker)
    if (QUESTION_OPENERS.has(t.normal) && clean(t) && c - 1 > S.first && QUESTION_LEADS.has(terms[c - 1].normal) && clean(terms[c - 1]) && !terms[c - 1].tags.has("Adverb")
      && c + 2 < S.last && !inQuote(c + 1) && (COMPLEMENTIZERS.has(terms[c + 1].normal) && terms[c + 1].normal !== "that" || terms[c + 1].normal === "about")) {
      // "…, Smith said when asked whether he would run": the trailing question runs to the sentence's end or a quotation
      let k = c + 1;
      while (k + 1 < S.last && !inQuote(k + 1) && !missedStop(k)) k++;
      if (k - c >= 3) {
        out.push(attribution({ start: startWithPre(c + 1), end: terms[k].end }, { start: t.start, end: t.end }, null));
        c = k;
        continue;
      }
    }
    if (c === S.first && t.normal === "in" && clean(t)) {
      // "In a CNN poll last week, Clinton held a 24-point lead": evidence opening the sentence is its source
      let k = c + 1;
      while (k < S.last - 1 && k - c < 12 && !inQuote(k) && clean(terms[k])) k++;
      let evidence = false;
      for (let e = c + 1; e <= k && !evidence; e++) evidence = EVIDENCE_SUBJECTS.has(terms[e].normal) && !terms[e].tags.has("Verb");
      if (evidence && /^,\s*$/.test(terms[k].post) && k + 3 < S.last && !inQuote(k + 1)) {
        let finite = false, cue = false;
        for (let e = k + 1; e < S.last; e++) {
          if (inQuote(e)) continue;
          finite ||= isFinite(terms[e]);
          cue ||= isCueForm(e) && CUE_FORMS.get(terms[e].normal)!.family === "speech";
        }
        if (finite && !cue) {
          out.push(attribution({ start: startWithPre(k + 1), end: endWithPost(S.last - 1) }, { start: t.start, end: t.end }, [c + 1, k], "evidence"));
          c = k;
          continue;
        }
      }
    }
    const nounPreps = NOUN_CUES.get(t.normal);
    if (nounPreps && c > S.first && c + 2 < S.last && clean(t) && nounPreps.includes(terms[c + 1].normal) && clean(terms[c + 1])
      && terms[c - 1].tags.has("Possessive") && clean(terms[c - 1]) && !inQuote(c - 1) && !inQuote(c + 2)) {
      // "his attacks on the press", "Smith's criticism of the plan": the holder is the source, the complement the content,
      // up to punctuation, a quotation, a finite verb or a relative pronoun
      let k = c + 2;
      while (k + 1 < S.last && k - c < 14 && clean(terms[k]) && !inQuote(k + 1) && !isFinite(terms[k + 1]) && !RELATIVE.has(terms[k + 1].normal)) k++;
      const h = holder(c - 1, S.first);
      out.push(attribution({ start: startWithPre(c + 2), end: terms[k].end }, { start: t.start, end: terms[c + 1].end }, h));
      continue;
    }
    if (NOUN_THAT_CUES.has(t.normal) && c > S.first && c + 3 < S.last && clean(t) && terms[c + 1].normal === "that" && clean(terms[c + 1])
      && terms[c - 1].tags.has("Possessive") && clean(terms[c - 1]) && !inQuote(c - 1) && !inQuote(c + 1) && !terms[c + 2].tags.has("Verb")) {
      // "his claim that the vote was rigged": the holder is the source, the "that" clause the content, to punctuation or a quotation
      let k = c + 2;
      while (k + 1 < S.last && k - c < 30 && clean(terms[k]) && !inQuote(k + 1) && !missedStop(k)) k++;
      const h = holder(c - 1, S.first);
      out.push(attribution({ start: startWithPre(c + 1), end: terms[k].end }, { start: t.start, end: t.end }, h));
      continue;
    }
    if (FROM_CUES.has(t.normal) && c + 3 < S.last && clean(t) && terms[c + 1].normal === "from" && clean(terms[c + 1]) && !inQuote(c + 2)) {
      // "Trump has faced criticism from rivals that the tenor of his campaign…", "criticism from Clinton about who…":
      // the one after "from" is the source; a "that", "about" or "over" complement after it is the content
      // (the source runs to the complement's first word: "rivals that…", whatever the tagger makes of "that")
      let m = c + 2;
      while (m < S.last && m - c < 10 && clean(terms[m - 1]) && !inQuote(m) && !FROM_COMPLEMENTS.has(terms[m].normal) && !isFinite(terms[m])) m++;
      const src: [number, number] | null = m > c + 2 && m + 1 < S.last && FROM_COMPLEMENTS.has(terms[m].normal) && isHead(terms[m - 1]) ? [c + 2, m - 1] : null;
      if (src && clean(terms[m - 1]) && !inQuote(m)) {
        let k = m + 1;
        while (k + 1 < S.last && k - m < 30 && clean(terms[k]) && !inQuote(k + 1) && !missedStop(k)) k++;
        out.push(attribution({ start: startWithPre(m), end: terms[k].end }, { start: t.start, end: terms[c + 1].end }, src));
        c = k;
        continue;
      }
    }
    if (ADVERB_CUES.has(t.normal)) {
      // the whole clause is what is reported; nobody is named
      // ("Judge Bristow said a conspiracy Marquez allegedly entered into was serious": the clause a verb of saying before
      // it reports, not the sentence)
      let first = S.first;
      const last = S.last - 1;
      for (let m = c - 1; m > S.first; m--) {
        const verb = CUE_FORMS.get(terms[m].normal);
        if (inQuote(m) || !verb || !isCueForm(m) || !isFinite(terms[m]) || verb.family !== "speech") continue;
        // (past its particles and "that": "weighed in on allegations…", "said that…")
        first = m + 1;
        while (first < c && (verb.particles.includes(terms[first].normal) || !!verb.then?.includes(terms[first].normal) || terms[first].normal === "that")) first++;
        break;
      }
      if (last - first >= 3) out.push(attribution({ start: startWithPre(first), end: endWithPost(last) }, { start: t.start, end: t.end }, null));
      continue;
    }
    // "Clinton is confident that…", "Sanders was critical of the deal": an adjective of attitude after a copula; the
    // cue runs from the copula
    const adjective = ADJECTIVE_CUES.get(t.normal);
    if (adjective) {
      const cop = copulaBefore(c, S.first);
      const next = terms[c + 1];
      // (not "eager to say", "reluctant to endorse": a cue after "to" is the cue, the adjective lending it its subject, see READY)
      const toCue = next?.normal === "to" && isCueForm(c + 2);
      if (cop >= 0 && clean(t) && next && !toCue && (next.normal === "that" || adjective.particles.includes(next.normal)) && c + 2 < S.last) {
        const a = attribute(c, adjective, S);
        if (a?.cue) { a.cue.start = terms[cop].start; out.push(a); }
      }
      continue;
    }
    const info = CUE_FORMS.get(t.normal) ?? (quoteAdjacent(c) || verbThat(c) ? { lemma: t.normal, family: "speech" as const, object: false, particles: [], strict: false, impersonal: false } : undefined);
    if (!info) continue;
    const infinitive = terms[c + 1]?.normal === "to" && !!terms[c + 2]?.tags.has("Verb") && clean(t);
    const afterRelative = c > 0 && RELATIVE.has(terms[c - 1].normal) && clean(terms[c - 1]);
    // "Recent polling shows that…": the tagger may take the verb after an evidence noun for a plural noun
    // ("Commission records show…": or it takes the plural noun for a verb and the verb for a noun)
    // ("A review by The Times shows…", "Polls there show…": or a little before it)
    const afterEvidence = info.family === "evidence" && c > 0 && (EVIDENCE_SUBJECTS.has(terms[c - 1].normal) && clean(terms[c - 1]) && (/s$/.test(t.normal) || /s$/.test(terms[c - 1].normal) && !/s$/.test(t.normal))
      || !t.tags.has("Verb") && Array.isArray(evidenceBefore(c, S.first)) && !terms[c - 1].tags.has("Determiner") && !terms[c - 1].tags.has("Possessive"));
    // ("Gerry O'Brien, a GOP consultant, notes that…": after an apposition's comma, a cue's -s form before "that" is
    // the verb, whatever the tagger says; "the notes that he left" has a determiner before it)
    const afterApposition = !t.tags.has("Verb") && /[^s]s$/.test(t.normal) && t.normal !== info.lemma && c > S.first && terms[c + 1]?.normal === "that" && clean(t)
      && /^,\s*$/.test(terms[c - 1].post) && !inQuote(c - 1) && isHead(terms[c - 1])
      // (not a relative clause: "…, remarks that were featured…", "…, states that vote on March 1")
      && !!terms[c + 2] && !terms[c + 2].tags.has("Verb") && !terms[c + 2].tags.has("Modal");
    if (!t.tags.has("Verb") && !ALWAYS_VERB.has(t.normal) && !afterRelative && !afterEvidence && !afterApposition && !ingWithObject(c) && !pluralSubjectVerb(c, info) && !singularSubjectVerb(c, info) && !nameVerbThat(c) && !cueClosingQuotation(c) && !(info.family === "belief" && infinitive && c > 0 && !terms[c - 1].tags.has("Determiner"))) continue;
    if (t.tags.has("Adjective") && !t.tags.has("PastTense") && !ALWAYS_VERB.has(t.normal) && !ingWithObject(c)) continue;
    if (adjectivalParticiple(c) || stateBeforeTitle(c) || pluralNounCue(c, info)) continue;
    const opener = openingParticiple(c, info, S, opensSentence);
    if (opener) { out.push(opener); continue; }
    const a = attribute(c, info, S);
    if (a) out.push(a);
  }

  /** the copula (or linking verb) before an adjective at c, past adverbs ("was sternly critical"), or -1 */
  function copulaBefore(c: number, first: number): number {
    let k = c - 1;
    while (k > first && clean(terms[k]) && (terms[k].tags.has("Adverb") && !terms[k].tags.has("Noun") || ["both", "all", "less", "more", "very", "so", "not"].includes(terms[k].normal))) k--;
    return k >= first && clean(terms[k]) && COPULAS.has(terms[k].normal) ? k : -1;
  }

  /**
   * "won 758 pledged delegates", "the convention's pledged delegates", "The figures include pledged delegates": a
   * past participle between a number, a determiner, a possessive or a verb and the plural noun after it describes
   * that noun ("has pledged delegates" after an auxiliary is a verb)
   */
  function adjectivalParticiple(c: number): boolean {
    const t = terms[c], p = terms[c - 1], n = terms[c + 1];
    if (!p || !n || !t.tags.has("PastTense") || !clean(p) || !clean(t) || n.tags.has("Pronoun") || RELATIVE.has(p.normal)) return false;
    // ("400 pledged delegates", "the convention’s pledged delegates", "more pledged delegates": after a number, an
    // article, a possessive — which the tagger may split off as an empty "is" — an adjective or "more", the -s word
    // after the participle is its noun, though the tagger may make it a verb)
    const possessive = p.tags.has("Possessive") || p.text === "" && c - 2 >= 0 && POSSESSIVE.test(terms[c - 2].text);
    // (not an adverb the tagger calls an adjective after an auxiliary: "who has long dismissed attempts…")
    const adjective = p.tags.has("Adjective") && !p.tags.has("Noun") && c - 2 >= 0 && !terms[c - 2].tags.has("Verb");
    const determined = p.tags.has("Value") || p.tags.has("Determiner") || possessive || adjective || ["most", "more", "fewer"].includes(p.normal);
    if (!(n.tags.has("Plural") && n.tags.has("Noun")) && !(determined && n.tags.has("PresentTense") && /[^s]s$/.test(n.normal))) return false;
    return determined || p.tags.has("Verb") && !["Auxiliary", "Modal", "Copula"].some((x) => p.tags.has(x));
  }

  /**
   * "Using a crude expression to describe…, he said": when the sentence opens with a participle whose phrase holds term
   * c and runs to a comma, the subject of the main clause after it (a noun phrase and its finite verb)
   */
  function openingPhraseSubject(c: number, S: { first: number; last: number }): [number, number] | null {
    const o = terms[S.first];
    // (not "Following", "During", "Including": prepositions in -ing)
    if (c === S.first || !o.normal.endsWith("ing") || !o.tags.has("Verb") || SUBORDINATORS.has(o.normal) || o.normal === "including" || o.tags.has("Preposition")
      || !/^\p{Lu}/u.test(o.text) || !clean(o) || inQuote(S.first)) return null;
    let comma = S.first;
    while (comma < S.last - 1 && !/,\s*$/.test(terms[comma].post)) { if (inQuote(comma) || !clean(terms[comma]) || isFinite(terms[comma]) && comma > S.first) return null; comma++; }
    if (comma < c || comma >= S.last - 1) return null;
    const n = npAfter(comma + 1, S.last);
    return n && verbAfterSubject(n[1] + 1, S.last).finite ? n : null;
  }

  /**
   * After a subject, the first term from v on past adverbs, "not" and a contracted auxiliary, and whether it is the
   * subject's finite verb: "Trump has…", "he’s not predicting…" (an -ing form counts after the auxiliary)
   */
  function verbAfterSubject(v: number, end: number): { at: number; finite: boolean } {
    let aux = false;
    while (v < end && (terms[v].tags.has("Adverb") || terms[v].tags.has("Negative") || terms[v].text === "")) { aux ||= terms[v].text === "" && (terms[v].tags.has("Auxiliary") || terms[v].tags.has("Copula")); v++; }
    return { at: v, finite: v < end && (isFinite(terms[v]) || aux && terms[v].tags.has("Verb")) };
  }

  /** the words from first up to c are a short opening that ends in a preposition: "In addition to", "Instead of", "Besides" */
  function prepositionalOpening(first: number, c: number): boolean {
    if (c - first < 1 || c - first > 3 || !(terms[c - 1].tags.has("Preposition") || terms[c - 1].normal === "to" || terms[c - 1].normal === "than")) return false;
    for (let k = first; k < c; k++) if (!clean(terms[k]) || inQuote(k) || terms[k].tags.has("Verb") || terms[k].tags.has("Pronoun")) return false;
    return !OPENING_NOT_CLAUSE.has(terms[first].normal);
  }

  /**
   * "Noting he majored in philosophy, Allen said…", "Citing “obligations in Tennessee,” the spokeswoman told…",
   * "After saying he was nervous, the man…": a participle opening the sentence reports what runs to its comma,
   * and the main clause's subject after the comma is its source
   */
  function openingParticiple(c: number, info: CueInfo, S: { first: number; last: number }, opensSentence: boolean): Attribution | null {
    const t = terms[c];
    if (!t.normal.endsWith("ing") || !clean(t) || !(opensSentence || c === S.first + 1 && SUBORDINATORS.has(terms[S.first].normal) && clean(terms[S.first]) || prepositionalOpening(S.first, c))) return null;
    let j = c + 1;
    const cue = { start: t.start, end: t.end };
    if (j < S.last && info.particles.includes(terms[j].normal)) { cue.end = terms[j].end; j++; }
    // ("Speaking to reporters in Iowa, Trump said…": a cue of many senses says nothing without its particle, "that"
    // or a quotation)
    else if (info.strict && !(j < S.last && (terms[j].normal === "that" || opensQuote(j)))) return null;
    let k = j;
    while (k < S.last - 1 && k - j < 30 && !/,/.test(terms[k].post)) k++;
    if (k >= S.last - 1 || k < j) return null;
    const src = npAfter(k + 1, S.last);
    if (!src || src[1] + 1 >= S.last || !isFinite(terms[src[1] + 1]) && !terms[src[1] + 1].tags.has("Adverb")) return null;
    const content = extendToSegment({ start: startWithPre(j), end: terms[k].end });
    return attribution(content, cue, src, info.family);
  }

  /**
   * '“…he can win big,” Viguerie notes.': a cue's form the tagger made a noun ("notes", "writes") is the verb when it
   * follows a quotation closed by a comma and the speaker's name, and ends the sentence or the clause
   */
  function cueClosingQuotation(c: number): boolean {
    return CUE_FORMS.has(terms[c].normal) && !NOUN_LIKE_CUES.has(CUE_FORMS.get(terms[c].normal)!.lemma) && c > 0 && !inQuote(c - 1) && /^[,.;]/.test(terms[c].post) && afterQuotation(c);
  }

  /** term c stands after a quotation closed by a comma (or "?", "!", a dash) and at most a short noun phrase: '“…,” X verb', '“…,” verb X' */
  function afterQuotation(c: number): boolean {
    const t = terms[c];
    let k = c - 1;
    while (k >= 0 && c - k <= 6 && !inQuote(k) && clean(terms[k]) && (isNP(terms[k]) || isPronoun(terms[k]))) k--;
    return k >= 0 && inQuote(k) && /^[,?!—–](["”»]|'')/.test(terms[k].post) && sameParagraph(k, c) && (/^[\s,.]*$/.test(t.post) || c + 1 < terms.length && clean(t));
  }

  /**
   * A verb next to a quotation is a cue whatever the verb: '“…,” the judge
   * exclaimed', '“…,” quipped Smith', 'He concluded: “…”'.
   */
  function quoteAdjacent(c: number): boolean {
    const t = terms[c];
    if (!t.tags.has("Verb") || t.tags.has("Copula") || t.tags.has("Auxiliary") || t.tags.has("Modal") || t.tags.has("Infinitive") && !t.tags.has("PresentTense")) return false;
    if (!(t.tags.has("PastTense") || t.tags.has("PresentTense"))) return false;
    // after: '“…,” X verb' or '“…,” verb X'
    if (afterQuotation(c)) return true;
    // before: 'X verb: “…”' / 'X verb, “…”'
    if (c + 1 < terms.length && inQuote(c + 1) && OPEN_QUOTE.test(terms[c + 1].pre) && /^[,:]\s*$/.test(t.post) && sameParagraph(c, c + 1)) {
      const p = terms[c - 1];
      return !!p && (isHead(p) || isPronoun(p)) && clean(p);
    }
    return false;
  }

  /** any verb followed by "that" and a clause reports something: "Rubio stressed that…", "she conceded that…" */
  function verbThat(c: number): boolean {
    const t = terms[c];
    if (!t.tags.has("Verb") || t.tags.has("Copula") || t.tags.has("Auxiliary") || t.tags.has("Modal") || !clean(t)) return false;
    // (after a copula the word is an adjective: "It was clear that…", "It is not clear that…" is nobody's statement)
    let b = c - 1;
    while (b > 0 && clean(terms[b]) && (terms[b].tags.has("Adverb") || terms[b].tags.has("Negative")) && !terms[b].tags.has("Copula")) b--;
    if (b >= 0 && terms[b].tags.has("Copula") && clean(terms[b]) && !/(ing|ed)$/.test(t.normal)) return false;
    const n = terms[c + 1];
    if (!n || n.normal !== "that" || !clean(n) || n.sentence !== t.sentence) return false;
    const after = terms[c + 2];
    return !!after && (after.tags.has("Pronoun") || after.tags.has("Determiner") || after.tags.has("ProperNoun") || after.tags.has("Noun")) && !after.tags.has("Verb");
  }

  /** widen a content span to the whole quotation segments it starts or ends in */
  function extendToSegment(r: Range): Range {
    let { start, end } = r;
    const s0 = segmentAt(segments, start);
    if (s0 >= 0) start = Math.min(start, segments[s0].start);
    const s1 = segmentAt(segments, end - 1);
    if (s1 >= 0) end = Math.max(end, segments[s1].end);
    return { start, end };
  }

  /**
   * "In an interview, Steve Huhn, a former HP executive, said…", "In a video posted to her account, she criticized…":
   * a prepositional phrase opening the clause, up to its comma, holds no subject (a participle may sit in it), nor
   * does a participle's phrase
   */
  function pastOpeningPhrase(lo: number, c: number): number {
    // (or a participle: "Speaking in Harlem, Clinton, without naming him, accused…")
    // (not a name that ends so: "Schilling, through a spokeswoman, declined", "Playing Field Promotions says")
    const participle = terms[lo].normal.endsWith("ing") && terms[lo].tags.has("Verb") && clean(terms[lo]) && lo + 1 < c && /^\p{Ll}/u.test(terms[lo + 1].text);
    if (!participle && !terms[lo].tags.has("Preposition") || SUBORDINATORS.has(terms[lo].normal) || CLAUSE_OPENERS.has(terms[lo].normal)) return lo;
    for (let m = lo; m < c - 1; m++) {
      const w = terms[m];
      if (inQuote(m) || w.tags.has("Copula") || w.tags.has("Modal") || w.tags.has("Auxiliary") || w.tags.has("Verb") && w.tags.has("PresentTense") && !w.tags.has("Gerund")) return lo;
      if (/,\s*$/.test(w.post)) return m + 1;
    }
    return lo;
  }

  /**
   * A judgement nobody in particular makes: "Rubio is seen as the candidate…", "Ginsburg is known for…", "The base is
   * considered a top contender" — the clause, its subject included, is what is held; or the same as a participle after
   * its noun, "the string of contests known as Super Tuesday", "Scalia, regarded as the dominant figure…" — the noun and
   * what it is known as. No source (PolNeAR annotates these with none). The cue at c, j after it, aux the word before it.
   */
  function judgement(c: number, info: CueInfo, S: { first: number; last: number }, lo: number, aux: number, j: number, passive: boolean): Attribution | null {
    const t = terms[c];
    // (not after a modal or "to": "will be considered", "loath to be seen as")
    if (passive && terms[aux].normal !== "be" && j < S.last && !inQuote(j) && (terms[j].normal === "as" || terms[j].normal === "for" && info.lemma === "know"
      || info.lemma === "consider" && (terms[j].tags.has("Determiner") || terms[j].tags.has("Adjective")))) {
      const subject = subjectBefore(c, lo);
      if (!subject || inQuote(subject[0])) return null;
      const cue = { start: terms[aux].start, end: (terms[j].normal === "as" || terms[j].normal === "for" ? terms[j] : t).end };
      // (a relative clause's ends at its comma: "The DNC, which is seen as aligned with Clinton, responded"; any at a
      // comma before "while", "but" and the like: "Clinton is seen as weak, while her rival…")
      let last = S.last - 1;
      const relative = RELATIVE.has(terms[subject[0]].normal);
      for (let k = j; k < last; k++) {
        if (inQuote(k) || !/[,;—–]\s*$/.test(terms[k].post)) continue;
        if (relative || /;\s*$/.test(terms[k].post) || LINKS.has(terms[k + 1].normal) || terms[k + 1].normal === "but") { last = k; break; }
      }
      return finish(cue, null, info, { start: startWithPre(subject[0]), end: endWithPost(last) });
    }
    if (!passive && t.normal !== info.lemma && t.tags.has("PastTense") && terms[j]?.normal === "as" && clean(t) && aux >= lo && !inQuote(aux)
      && (clean(terms[aux]) && isHead(terms[aux]) || /^,\s*$/.test(terms[aux].post) && isNP(terms[aux]))) {
      const noun = np(aux, lo);
      let last = j + 1;
      while (last < S.last - 1 && !inQuote(last) && !/[,;:—–()]\s*$/.test(terms[last].post)) last++;
      if (noun && last < S.last && !inQuote(last)) return finish({ start: terms[aux + 1 < c ? aux + 1 : c].start, end: terms[j].end }, null, info, { start: startWithPre(noun[0]), end: terms[last].end });
    }
    return null;
  }

  /**
   * Where what cue c says ends, at lastTerm at the latest: before the writer's own next clause — the comma after an
   * opening clause, a modifying gerund's clause verb, a single dash before a comment, a semicolon, ", and" with a new
   * subject, or (after an object) a subordinate clause with its own subject
   */
  function contentEnd(c: number, info: CueInfo, S: { first: number; last: number }, src: [number, number] | null, start: number, lastTerm: number, marker: boolean, gerund: boolean, inOpeningPhrase: boolean): number {
    // "Though Grassley hasn't expressed an inclination to…, Obama should…": a cue inside an opening adverbial
    // clause reports no further than that clause's comma
    // ("Even as Sanders criticizes Obama from the left, white Democrats may see…", "Whether he wanted to admit it or
    // not, Trump has…"; "Among those who expressed sympathy for…, voters are…": a prepositional opening before a main clause)
    const opener = pastLeadAdverbs(S.first, c);
    if (SUBORDINATORS.has(terms[opener].normal) || OPENING_CONDITIONS.has(terms[opener].normal)
      || (terms[opener].tags.has("Preposition") && !OPENING_NOT_CLAUSE.has(terms[opener].normal) || inOpeningPhrase) && mainClauseAfterComma(c, S.last - 1)) {
      let comma = S.first;
      while (comma < S.last - 1 && (inQuote(comma) || !/,\s*$/.test(terms[comma].post))) comma++;
      if (comma > c && comma >= start && comma < lastTerm) lastTerm = comma;
    }
    // "the super PAC backing Hillary Clinton is using…": a gerund that modifies the noun before it takes a noun phrase,
    // which the clause's own verb ends
    if (gerund && !marker && src && src[1] === c - 1 && NOUN_OBJECT_LEMMAS.has(info.lemma)) {
      for (let k = start + 1; k < lastTerm; k++) if (!inQuote(k) && isFinite(terms[k]) && !terms[k].tags.has("Gerund")) { lastTerm = k - 1; break; }
    }
    // "said she would win — a prediction that proved wrong": a single dash (no second one closing an aside) ends the content
    for (let k = start; k < lastTerm; k++) {
      if (inQuote(k) || !DASH_ASIDE.test(terms[k].post)) continue;
      let m = k + 1;
      while (m < lastTerm && (inQuote(m) || !DASH_ASIDE.test(terms[m].post))) m++;
      // (before a comment on what was said: "— a prediction that…", "— and more", "— including…")
      const after = terms[k + 1];
      if (m >= lastTerm && (after.tags.has("Determiner") || after.tags.has("Conjunction") || after.normal === "including")) lastTerm = k;
      break;
    }
    // "dismissed ideological labels altogether, a sentiment endorsed by…", "stances that he has since disavowed": a noun
    // in apposition that sums up what was said or done is the writer's comment on it, and ends the content
    for (let k = start + 1; k < lastTerm - 1; k++) {
      if (inQuote(k) || !/^,\s*$/.test(terms[k].post)) continue;
      let m = k + 1;
      const article = INDEFINITE.has(terms[m].normal);
      if (article) m++;
      while (m < lastTerm && clean(terms[m - 1]) && (terms[m].tags.has("Adjective") || terms[m].tags.has("Adverb")) && !terms[m].tags.has("Noun")) m++;
      const head = terms[m].normal, plural = head.endsWith("s") && SUMMATIVE.has(head.slice(0, -1));
      if (clean(terms[m - 1]) && (article && SUMMATIVE.has(head) || plural && m === k + 1 && ["that", "which"].includes(terms[m + 1]?.normal ?? ""))) { lastTerm = k; break; }
    }
    // "pleaded guilty to witness tampering; the FBI recorded him…": a semicolon outside quotation marks ends the content
    for (let k = start; k < lastTerm; k++) if (!inQuote(k) && /;/.test(terms[k].post)) { lastTerm = k; break; }
    // "pledged to visit every county and he has long used that…": a new clause with its own subject ends the content
    for (let k = start + 2; k < lastTerm - 1; k++) {
      // ("…, though they blame…": after a comma, "though", "while"… join one too)
      const link = terms[k].normal === "and" || terms[k].normal === "but" || LINKS.has(terms[k].normal) && /,\s*$/.test(terms[k - 1].post);
      if (inQuote(k) || !link || terms[k + 1].normal === "who") continue;
      // ("…, and the senator fired his chief": a noun phrase as the new subject after a comma; without the comma it may
      // close a subject of two: "says waterboarding and other methods skip…")
      const n = isPronoun(terms[k + 1]) ? [k + 1, k + 1] : /,\s*$/.test(terms[k - 1].post) ? npAfter(k + 1, lastTerm) : null;
      if (!n) continue;
      // ("…, but he’s not predicting…": a contracted auxiliary makes the clause finite)
      // (a bare verb after "they", "we", "I", "you" is their present tense: "they believe")
      const verb = verbAfterSubject(n[1] + 1, lastTerm + 1);
      if (verb.finite || !!terms[verb.at]?.tags.has("Infinitive") && BARE_PRESENT_SUBJECTS.has(terms[k + 1].normal)) { lastTerm = k - 1; break; }
    }
    // "is backing Clinton because he worries Sanders would…": what a verb takes as its object (no clause, no "that")
    // ends before a subordinate clause with a subject of its own, which gives the writer's reason or time
    if (!marker) {
      for (let k = start + 1; k < lastTerm - 1; k++) {
        // (not once the object is a clause: "said he would win because voters…" reports the reason too)
        if (!inQuote(k) && isFinite(terms[k])) break;
        if (inQuote(k) || !(SUBORDINATORS.has(terms[k].normal) || LINKS.has(terms[k].normal) || terms[k].normal === "if") || terms[k].tags.has("Preposition") && !SUBORDINATORS.has(terms[k].normal)) continue;
        // ("as" is as often a preposition: "sees the piece as a return to…"; after it, only a pronoun opens a clause)
        const subj = isPronoun(terms[k + 1]) || isNP(terms[k + 1]) && terms[k].normal !== "as" ? k + 1 : -1;
        if (subj >= 0 && finiteBetween(subj + 1, Math.min(lastTerm + 1, subj + 6)) && !ingVerb(k + 1)) {
          // (with the adverbs that lead into the clause: "even though", "just as", "in part because")
          let e = k - 1;
          while (e > start && leadIn(e)) e--;
          if (e > start && terms[e].normal === "part" && terms[e - 1].normal === "in") e -= 2;
          lastTerm = e;
          break;
        }
      }
    }
    return lastTerm;
  }

  /** a term of a quotation of under four words inside a sentence, with no stop or comma at its end: “disheartened” */
  function scareQuote(k: number): boolean {
    const seg = segOf[k];
    if (quoteWords(seg) >= 4) return false;
    const q0 = firstStartingFrom(terms, segments[seg].start);
    let q1 = k;
    while (q1 + 1 < terms.length && segOf[q1 + 1] === seg) q1++;
    return q0 > sentOf(k).first && q1 < sentOf(k).last && !/[.!?,;:]/.test(terms[q1].post);
  }

  function attribute(c: number, info: CueInfo, S: { first: number; last: number; start: number; end: number }): Attribution | null {
    const t = terms[c];
    const strict = info.strict || STRICT_FORMS.has(t.normal);
    // the left limit of the clause: the sentence start, or the end of a quotation inside the sentence
    let lo = S.first;
    // (a few quoted words inside the clause are no quotation: "lamented the “disheartened” state… and criticized")
    for (let k = c - 1; k >= S.first; k--) if (inQuote(k) && !scareQuote(k) || missedStop(k)) { lo = k + 1; break; }
    lo = pastOpeningPhrase(lo, c);
    const aside = quotedAside(c, S.first);
    if (aside) lo = aside[0];
    // ("continued to insist that…": the cue is "continued to insist", found at "insist")
    if (ASPECT.has(t.normal) && terms[c + 1]?.normal === "to" && clean(t) && seemedCue(c + 2)) return null;
    const cueRange: Range = { start: t.start, end: t.end };
    if (info.impersonal) {
      // "Obama seemed to recognize…": the verb after "to" is the cue, with the subject as its source
      const then = terms[c + 1]?.normal === "to" && clean(t) && clean(terms[c + 1]) && c + 2 < S.last ? CUE_FORMS.get(terms[c + 2].normal) : undefined;
      if (then && seemedCue(c + 2) && attribute(c + 2, then, S)) return null;
      // "Obama seemed to recognize the significance…", "Messages seem to show…": a verb of saying, knowing or showing
      // after "seemed to" still reports, with the subject as source, where the verb alone would want a "that"
      if (then && !then.impersonal && terms[c + 2].tags.has("Verb") && c + 4 < S.last) {
        const subj = subjectBefore(c, lo);
        if (subj) return finish({ start: t.start, end: terms[c + 2].end }, subj, then, { start: startWithPre(c + 3), end: endWithPost(S.last - 1) });
      }
      // "the race seemed to be his to lose": the whole clause is the content, and nobody is its source
      const subj = subjectBefore(c, lo);
      if (!subj || terms[c + 1]?.normal !== "to" && !terms[c + 1]?.tags.has("Adjective")) return null;
      return finish(cueRange, null, info, { start: startWithPre(subj[0]), end: endWithPost(S.last - 1) });
    }
    let j = c + 1;
    if (j < S.last && clean(t) && info.particles.includes(terms[j].normal)) {
      cueRange.end = terms[j].end; j++;
      // ("lashed out at", "weighed in on": the preposition after such a particle is the cue's too)
      if (j < S.last && clean(terms[j - 1]) && info.then?.includes(terms[j].normal)) { cueRange.end = terms[j].end; j++; }
    }
    else if (info.particles.length) {
      // "spoke briefly about", "talking to voters about", "talked with reporters about": past an adverb or a hearer
      let p = j;
      if (p < S.last && clean(terms[p - 1]) && terms[p].tags.has("Adverb") && !terms[p].tags.has("Noun")) p++;
      // (only a verb of speech has a hearer after "to": "agreed to a settlement with the state" has none)
      if (p < S.last && clean(terms[p - 1]) && (terms[p].normal === "to" && info.family === "speech" || terms[p].normal === "with")) {
        const hearer = npAfter(p + 1, S.last) ?? (p + 1 < S.last && OBJECT_PRONOUNS.has(terms[p + 1].normal) ? [p + 1, p + 1] as [number, number] : null);
        if (hearer) p = hearer[1] + 1;
      }
      if (p > j && p < S.last && clean(terms[p - 1]) && info.particles.includes(terms[p].normal) && !inQuote(p)) { cueRange.end = terms[p].end; j = p + 1; }
    }
    // (a particle after the cue opens what was said as "that" does: "spoke about the economy")
    const particle = cueRange.end > t.end;

    // the source: a passive has none (unless "by X"); a participle after a comma shares the clause's subject
    let src: [number, number] | null = null;
    let inverted = false;
    let evidenceObject = false;
    let coordinated = false; // "X called for a meeting and said …": what comes before the shared subject is not this cue's
    let aux = c - 1;
    // (over adverbs and negation: "is not expected", "was widely condemned"; "now" may be tagged a conjunction)
    while (aux > S.first && (terms[aux].tags.has("Adverb") || terms[aux].tags.has("Negative") || terms[aux].normal === "now" || terms[aux].normal === "first") && clean(terms[aux])) aux--;
    // (not across a quotation's end: '“…even though he is,” said Smith')
    const passive = aux >= S.first && PASSIVE_AUX.has(terms[aux].normal) && !inQuote(aux) && clean(terms[aux]) && !t.normal.endsWith("ing") && t.normal !== info.lemma;
    // a participle right after a noun, no auxiliary: "a contractor accused of spying", "emails now deemed classified":
    // the noun is what the verb is about, nobody is its source ("Trump called Clinton…" has an object: active)
    const follower = terms[c + 1];
    const reducedPassive = !passive && !!follower && PASSIVE_PARTICIPLE_LEMMAS.has(info.lemma) && aux >= S.first && aux < c && t.tags.has("PastTense") && t.normal !== info.lemma
      && isHead(terms[aux]) && !isPronoun(terms[aux]) && !terms[aux].tags.has("Person") && clean(terms[aux]) && clean(t) && !inQuote(c + 1)
      // (a quantifier, or an adjective before a noun, opens an object: "The group urged all sides to…", "The company
      // blamed higher chip costs")
      && (["of", "as", "by"].includes(follower.normal) || follower.tags.has("Adjective") && !follower.tags.has("Noun") && !follower.tags.has("Determiner") && !DEMONSTRATIVE_SUBJECTS.has(follower.normal)
        && !(clean(follower) && !!terms[c + 2] && (isHead(terms[c + 2]) || terms[c + 2].tags.has("Adjective"))));
    if (!passive && aux >= S.first && aux === c - 1 && naming(aux, c)) return null;
    const judged = JUDGEMENTS.has(info.lemma) ? judgement(c, info, S, lo, aux, j, passive) : null;
    if (judged) return judged;
    // (not after an auxiliary, past "not" and adverbs — the `aux` walk above: "is not predicting", "’s already offering"
    // are the clause's verb)
    const gerund = t.normal.endsWith("ing") && c > S.first && !PASSIVE_AUX.has(terms[c - 1].normal)
      && !(aux < c - 1 && (PASSIVE_AUX.has(terms[aux].normal) || terms[aux].text === "" && (terms[aux].tags.has("Auxiliary") || terms[aux].tags.has("Copula"))));
    // ", adding that…" / ", before clarifying that…"
    // ("…on Twitter before claiming that…", "…, after saying…": a participle after a subordinator, comma or not)
    // (", falsely suggesting that…", ", again calling…": past adverbs)
    const participle = gerund && (PARTICIPLE_AFTER.test(terms[pastAdverbs(c - 1, S.first)].post) || c - 2 >= S.first && SUBORDINATORS.has(terms[c - 1].normal) && clean(terms[c - 1]) && !inQuote(c - 2)
      || phraseAfterComma(c, S.first)
      // "Husted continued by saying…", "she ended the meeting by noting…"
      || c - 2 >= S.first && terms[c - 1].normal === "by" && clean(terms[c - 1]) && clean(terms[c - 2]));
    if (c - 2 >= lo && terms[c - 1].normal === "to" && CUE_FORMS.get(terms[c - 2].normal)?.impersonal && clean(terms[c - 2]) && clean(terms[c - 1]) && seemedCue(c)) {
      // "She appeared to imply that…": the cue is "appeared to imply", its source the subject of "appeared"
      src = subjectBefore(c - 2, lo);
      cueRange.start = terms[c - 2].start;
    } else if (passive || reducedPassive) {
      // ("was supported Friday by Sen. Feinstein": a day or an adverb may come before the agent)
      let b = j;
      while (b < S.last - 1 && b - j < 3 && clean(terms[b]) && (terms[b].tags.has("Date") || terms[b].tags.has("Adverb")) && !inQuote(b)) b++;
      if (terms[b]?.normal === "by" && clean(terms[b - 1] ?? t)) {
        src = npAfter(b + 1, S.last);
        if (src) {
          j = src[1] + 1;
          // "Clinton's position was supported by Sen. Feinstein", "The plan was criticized by Republicans": with no
          // clause of its own after the agent, the passive's subject is what the agent said or did
          let a = aux;
          while (a - 1 >= lo && clean(terms[a - 1]) && (PASSIVE_AUX.has(terms[a - 1].normal) || terms[a - 1].tags.has("Auxiliary") || terms[a - 1].tags.has("Modal"))) a--;
          const subject = passive && a - 1 >= lo && clean(terms[a - 1]) ? np(a - 1, lo) : null;
          // (not when a clause, a question or a quotation follows: "was asked by reporters whether…")
          const more = j < S.last && (COMPLEMENTIZERS.has(terms[j].normal) || opensQuote(j) || /:/.test(terms[j - 1].post));
          if (subject && !more && !inQuote(subject[0])) {
            return finish({ start: terms[a].start, end: terms[b].end }, src, info, { start: startWithPre(subject[0]), end: terms[subject[1]].end });
          }
        }
      }
      // "they are convinced that…", "Not everyone is convinced the issue…": a state of mind; its subject holds it
      else if (passive && MENTAL_STATES.has(info.lemma)) src = subjectBefore(aux, lo);
    } else if (participle) {
      // ('“…,” said Rep. Bobby Scott at the time, adding that…': after a cue whose source follows it, the participle
      // shares that source; 'Cruz said that there is “…,” adding that…': right after a quotation, the clause it
      // stands in began before it)
      src = invertedSourceBefore(c, S.first) ?? clauseSubject(c, lo) ?? (lo > S.first && lo === c ? clauseSubject(c, pastOpeningPhrase(S.first, c)) : null) ?? sentenceSubject(S.first, c);
    } else if (c - 2 >= lo && terms[c - 1].normal === "it" && MAKE.has(terms[c - 2].normal) && clean(terms[c - 2]) && clean(terms[c - 1])) {
      // "Davis made it clear that…": the cue is "made it clear", its source the subject of "made"
      cueRange.start = terms[c - 2].start;
      src = subjectBefore(c - 2, lo);
    } else if (c - 3 >= lo && terms[c - 1].normal === "to" && ACCUSATIVE.has(terms[c - 2].normal) && OBJECT_CONTROL.has(terms[c - 3].normal) && clean(terms[c - 3]) && clean(terms[c - 2])) {
      // ("scenes that allow him to call for…", "which prompted them to demand…": the one moved to act is the source)
      src = [c - 2, c - 2];
    } else if (c - 2 >= lo && terms[c - 1].normal === "to" && (isHead(terms[c - 2]) || terms[c - 2].tags.has("Date") && terms[c - 2].tags.has("Noun")) && !isPronoun(terms[c - 2])) {
      // "on condition of anonymity to discuss…", "his plan to endorse…": an infinitive after a noun belongs to the clause's subject
      // but "The victory led Reince Priebus to declare…", "prompted Anderson Cooper to accuse…": after a verb that
      // moves someone to act, the infinitive is that someone's
      const n = np(c - 2, lo);
      src = n && n[0] - 1 >= lo && OBJECT_CONTROL.has(terms[n[0] - 1].normal) && clean(terms[n[0] - 1]) ? n : clauseSubject(c, lo) ?? sentenceSubject(S.first, c);
    } else {
      // "He went on to say…", "she continued to insist…", "Obama began to argue…": the cue starts at the verb of
      // going on, whose subject (or coordination) is the cue's
      const aspect = c - 2 >= lo && terms[c - 1].normal === "to" && clean(terms[c - 1]) ? aspectBefore(c - 1, lo) : -1;
      if (aspect >= 0) cueRange.start = terms[aspect].start;
      const at = aspect >= 0 ? aspect : c;
      src = aside ?? subjectBefore(at, lo);
      // "New polls released Sunday showed…", "A study by the group found…": the evidence noun heads the subject
      if (info.family === "evidence") {
        const e = evidenceBefore(c, lo);
        if (e === "object") evidenceObject = true;
        else if (e && (!src || e[0] < src[0] || src[1] < e[0])) src = e;
      }
      // "X called for a meeting and said …", "… but did note …": a coordinated verb shares the clause's subject
      let k = at - 1;
      // (over adverbs: "and officially endorsed", "and defiantly offered")
      while (k >= lo && clean(terms[k]) && (BETWEEN_SUBJECT_AND_CUE.has(terms[k].normal) || terms[k].tags.has("Adverb") && !terms[k].tags.has("Noun")) && terms[k].normal !== "and" && terms[k].normal !== "but") k--;
      k = beforeOccasion(k, lo);
      if (k >= lo && (terms[k].normal === "and" || terms[k].normal === "but") && (!src || src[1] < k)) {
        src = coordinatedSubject(k, lo) ?? sentenceSubject(S.first, k);
        coordinated = true;
      }
      // "Cruz is making a pitch to voters saying …": a gerund after an object belongs to the clause's subject,
      // but "with anonymous sources telling media …", "money from groups supporting …" keep their own
      // (", both candidates acknowledging that…", ", one listing the facts…": after a comma, a noun and its gerund
      // stand on their own)
      // ("was spent on ads attacking…", "alongside an item suggesting that…": a medium after a preposition says it itself;
      // "issued a statement saying…" is the subject's)
      // ("have left 62 percent of voters saying…": a share of people says it itself, as do people named as the object:
      // "included staff members suggesting…")
      // (not a subject pronoun, which is never an object: "…, but he’s not predicting…")
      if (src && gerund && src[0] > lo && !OWN_GERUND_SUBJECT_AFTER.has(terms[src[0] - 1].normal) && !/,\s*$/.test(terms[src[0] - 1].post) && finiteBetween(lo, src[0])
        && !NOMINATIVE.has(terms[src[1]].normal.replace(CONTRACTION, ""))
        && !terms[src[0]].tags.has("Value")
        && !(MEDIA.has(terms[src[1]].normal) && !terms[src[1]].tags.has("ProperNoun") && terms[src[0] - 1].tags.has("Preposition"))
        && !peopleOwnGerund(src) && !(info.family !== "speech" && organisation(terms[src[1]]))) {
        src = clauseSubject(src[0], lo) ?? src;
      }
      // "…his clout in Boston, said strategist Hank Sheinkopf.": after a clause and its comma, the name that ends the
      // sentence (or opens an apposition) after the cue is the source, not the clause's last noun
      if (src && src[0] > lo && /,\s*$/.test(terms[c - 1].post) && clean(t) && !info.object) {
        const after = npAfter(j, S.last);
        // ('"This will be a challenge" for Clinton, said Kunin.': a quotation before the clause counts as its verb)
        if (after && (finiteBetween(lo, src[0]) || lo > S.first && inQuote(lo - 1)) && (after[1] === S.last - 1 || /,\s*$/.test(terms[after[1]].post))) src = null;
      }
      if (!src && c > S.first - 1) {
        const before = c > 0 ? terms[c - 1] : null;
        // ('“…,” said Smith')
        // (quotative inversion: a finite verb of saying with no object of its own — "said Smith", '“…,” read one', not
        // "called Trump", "calling Trump", "announce plans")
        const inverts = info.family !== "evidence" && !NOT_INVERTING.has(info.lemma) && !t.tags.has("Gerund") && (t.normal !== info.lemma || t.tags.has("PastTense") || inQuote(c - 1));
        if ((!before || c === S.first || !clean(before) || inQuote(c - 1)) && inverts) {
          src = npAfter(j, S.last);
          // (a hearer follows "told", "thanked", "urged": only "asked" inverts among those, or a name ending the
          // sentence after a quotation: '“…,” warned Clinton.')
          if (src && info.object && info.lemma !== "ask" && !(inQuote(c - 1) && src[1] === S.last - 1)) src = null;
          // "…, says her biggest concern is the economy": a noun phrase with its own verb is what was said, not who
          if (src) {
            // (past a possessive's noun: "her biggest concern")
            const whole = terms[src[1]].tags.has("Possessive") ? npAfter(src[1] + 1, S.last) ?? src : src;
            // ('“…,” said one Republican involved in the planning': a participle and its preposition are the noun's)
            const v = whole[1] + 1;
            const reduced = v + 1 < S.last && terms[v].tags.has("PastTense") && terms[v + 1].tags.has("Preposition") && clean(terms[v]);
            if (v < S.last && isFinite(terms[v]) && clean(terms[whole[1]]) && !inQuote(v) && !reduced) src = null;
            else if (reduced && clean(terms[whole[1]])) {
              // (the source is the whole description, up to the sentence's end or a comma: "a source involved in the talks")
              let e = v;
              while (e + 1 < S.last && e - v < 8 && clean(terms[e]) && !inQuote(e + 1)) e++;
              src = [src[0], e];
            }
          }
          // ('…,” said Samsung's chief financial officer, Park Hark-kyu.': the name in apposition is part of the source)
          // (whatever the tagger makes of the name's words: "Park" may be read as a verb)
          if (src && /^,\s*$/.test(terms[src[1]].post) && !isName(src) && S.last - 1 - src[1] <= 4 && S.last - 1 > src[1]) {
            let nameRun = true;
            for (let k = src[1] + 1; k < S.last && nameRun; k++) nameRun = !inQuote(k) && (/^\p{Lu}/u.test(terms[k].text) || terms[k - 1].post === "-") && (k === S.last - 1 || clean(terms[k]));
            if (nameRun) src = [src[0], S.last - 1];
          }
          if (src) { inverted = true; j = src[1] + 1; }
        }
      }
    }

    // ("Mr. Ryan…, even while keeping his promise to…": a possessive before a noun of saying is the clause subject's
    // where they agree, as a noun cue's holder is)
    if (src && src[0] === src[1] && src[1] === c - 1 && POSSESSIVE_AGREEMENT.has(terms[src[0]].normal)) src = holder(src[0], lo);
    // where the content starts after the cue: at "that", a quotation or a colon within a few words
    let start = -1;
    let marker = false;
    let whMarker = false; // the marker is a wh-word ("when asked…"), weaker than "that" or a quotation
    let nextCue = false; // the cue is followed at once by another's participle: ", adding that…"
    const srcFirst = inverted ? c : src ? src[0] : c;
    const quoteBeforeSource = srcFirst - 1 >= 0 && inQuote(srcFirst - 1) && /,(["”»]|'')\s*$/.test(terms[srcFirst - 1].post);
    if (j < S.last && !/^\s*,?\s*$/.test(terms[j - 1].post) && /:/.test(terms[j - 1].post)) { start = j; marker = true; }
    // ("has spoken about Palestinian dignity in a manner that…": after a particle, what was said starts at once)
    if (start < 0 && particle && j < S.last && !inQuote(j)) start = j;
    if (start < 0 && j > c) {
      const after = pastAsideAfterCue(j, S.last);
      if (after >= 0) { start = after; marker = true; }
    }
    for (let k = j; start < 0 && k < Math.min(S.last, j + 10); k++) {
      const w = terms[k];
      // ("pointing to his record … and saying that…": the "that" is the coordinated cue's)
      if (k > j && (terms[k - 1].normal === "and" || terms[k - 1].normal === "but") && (isCueForm(k) || ingVerb(k) && CUE_FORMS.has(w.normal))) break;
      // a quotation right after the cue is what was said, unless it is a phrase of a few words ('called it “unhinged”')
      if (opensQuote(k) && (k === j || /[,:]\s*\S?$/.test(terms[k - 1].post)) && (quoteWords(segOf[k]) >= 4 || /:\s*\S?$/.test(terms[k - 1].post))) { start = k; marker = true; break; }
      // "X said, adding that…": the participle is another attribution; nothing follows this cue
      if (k > c && CUE_FORMS.has(w.normal) && w.tags.has("Verb") && /,\s*$/.test(terms[k - 1].post)) { if (k === j) nextCue = true; break; }
      // ("…told the AP on Wednesday after hinting that…": the "that" is the participle's)
      if (k > j && ingVerb(k) && CUE_FORMS.has(w.normal) && SUBORDINATORS.has(terms[k - 1].normal) && clean(terms[k - 1])) break;
      // '“…,” the board said, reasoning that…' / '…, before clarifying that…': after a quotation, a participle clause is not this cue's
      if (k === j && k > c && /,\s*$/.test(terms[k - 1].post) && quoteBeforeSource && (ingVerb(k) || SUBORDINATORS.has(w.normal) && k + 1 < S.last && ingVerb(k + 1))) { nextCue = true; break; }
      if (k > j && /:\s*$/.test(terms[k - 1].post)) { start = k; marker = true; break; }
      // ("Sanders said, a policy that…": after the cue's comma, only a "that" right there opens what was said)
      if (w.normal === "that" && k > j && /,\s*$/.test(terms[j - 1].post) && !inQuote(j)) break;
      // (after a hearer: "asked the senator if she…", "told reporters how he…")
      if (w.normal === "that" && !w.tags.has("Pronoun") || (k === j || info.object && k - j <= 4 && OBJECT_QUESTION_WORDS.has(w.normal)) && COMPLEMENTIZERS.has(w.normal)) { start = k; marker = true; whMarker = w.normal !== "that"; break; }
      // (not a contraction compromise expanded: "Saturday’s debate", nor a word of a quoted title: "''Meet the Press''",
      // nor a preposition the tagger took for a phrasal verb's particle: "''Meet the Press'' on Sunday that…")
      if (k > j && isFinite(w) && w.text !== "" && !w.tags.has("Particle") && !(inQuote(k) && quoteWords(segOf[k]) < 4)) break;
      // (a title in quotation marks does not end the search: "said on ABC's ''This Week'' that…")
      if (k > j && !clean(terms[k - 1]) && !(inQuote(k - 1) && quoteWords(segOf[k - 1]) < 4 && /^(["”’]|'')\s+$/.test(terms[k - 1].post))) break;
    }
    if (start < 0) {
      let k = j;
      if (info.object && !inverted) {
        // skip the hearer: "told reporters", "telling South Korean media"
        const o = k;
        while (k < S.last && k - o < 6 && (OBJECT_PRONOUNS.has(terms[k].normal) || isNP(terms[k]) && !(k > o && terms[k].tags.has("Determiner")) && !terms[k].tags.has("Preposition") && !ABOUT.has(terms[k].normal))) {
          k++;
          if (!clean(terms[k - 1])) break;
        }
        // ("Emanuel urged a strong stand, saying…", "warned caution"): an object that names no one and is all that
        // follows is what was said, not a hearer
        const last = k - 1;
        if (k > o && (k >= S.last || !clean(terms[last])) && !OBJECT_PRONOUNS.has(terms[last].normal) && !personLike(terms[last])) k = o;
      }
      // ("Boeing said on Wednesday it would cut…": a day after the cue is when it was said, when a clause follows)
      let d = k;
      if (d < S.last && TIME_PREPOSITIONS.has(terms[d].normal) && clean(terms[d])) d++;
      const day = d;
      // (not a day's possessive, the reported clause's own subject: "said Thursday's speeches have led her to…")
      while (d < S.last && terms[d].tags.has("Date") && clean(terms[d]) && !terms[d].tags.has("Possessive") && !CONTRACTION.test(terms[d].text)) d++;
      // ("sought on Wednesday to ease…": or an infinitive follows)
      if (d > day && d < S.last && !inQuote(d) && ((isPronoun(terms[d]) || isNP(terms[d])) && finiteBetween(d, Math.min(S.last, d + 6))
        || terms[d].normal === "to" && d + 1 < S.last && infinitiveAfter(d))) k = d;
      start = k;
    }
    // a colon ending the paragraph: what was said is the next paragraph ("Cruz continued:")
    if (start >= S.last && /:/.test(terms[S.last - 1].post) && S.last < terms.length && inQuote(S.last)) {
      const seg = segments[segOf[S.last]];
      return finish(cueRange, src, info, { start: seg.start, end: seg.end });
    }
    // ("…, political analysts say; in 2012, …": a semicolon after the cue ends what it can take)
    if (nextCue || /;/.test(terms[j - 1].post)) start = S.last;
    const rest = start < S.last ? S.last - start : 0;
    // "…, the agency has said as Seoul warned…": what follows is no complement
    const toVerb = start + 1 < S.last && terms[start].normal === "to" && infinitiveAfter(start);
    // "warned of a “grave threat”", "complained about the delays"
    const aboutWhat = start < S.last && info.family === "speech" && ABOUT.has(terms[start].normal);
    // "analysts say for the nominee to win…": after a verb of saying, a clause may open with a preposition
    let clauseAfter = false;
    const commaBefore = (src ? src[0] : c) - 1 >= S.first && /,\s*$/.test(terms[(src ? src[0] : c) - 1].post);
    // ("He explained after winning Ohio, he would need…": a subordinate clause, then the clause that was said)
    if (info.family === "speech" && start < S.last && (!SUBORDINATORS.has(terms[start].normal) || mainClauseAfterComma(start, S.last - 1)) && !commaBefore) {
      clauseAfter = finiteBetween(start + 1, S.last);
      // (not when a quotation follows: that is better left as a quotation of its own)
      for (let k = start; k < S.last && clauseAfter; k++) if (inQuote(k)) clauseAfter = false;
    }
    // ("support either one of them": "either", "neither", "both" open a noun phrase, whatever the tagger says)
    const complement = marker || toVerb || aboutWhat || clauseAfter || start < S.last && !(terms[start].tags.has("Preposition")
      || terms[start].tags.has("Conjunction") && !PAIR_DETERMINERS.has(terms[start].normal) || terms[start].tags.has("QuestionWord") && !COMPLEMENTIZERS.has(terms[start].normal));
    // ("…, Sanders said, a policy that could…": an apposition after the cue's comma is no clause of what was said)
    const apposition = /^,\s*$/.test(terms[c].post) && INDEFINITE.has(terms[c + 1]?.normal ?? "");
    const afterHasClause = complement && !apposition && (finiteBetween(start, S.last) || rest > 0 && inQuote(start));

    // ('Asked whether she has “the integrity…,” 75 percent said yes, but…': an answer right after the cue is what was said,
    // whatever quotation came before)
    if (src && !inverted && start === j && start < S.last && ANSWERS.has(terms[start].normal) && (start === S.last - 1 || /^[,;.]/.test(terms[start].post))) {
      return finish(cueRange, src, info, { start: terms[start].start, end: endWithPost(start) });
    }
    // content before the cue: "“…,” he said", "…, officials said on Friday."
    const boundary = (inverted ? c : src ? src[0] : c) - 1;
    /** what was said around the source and cue, from the clause before them to the sentence's end, resumed at term `after` */
    const interrupted = (after: number): Attribution => {
      let k = boundary;
      while (k > S.first && /^\s*$/.test(terms[k - 1].post)) k--;
      const a = finish(cueRange, src, info, { start: startWithPre(k), end: endWithPost(S.last - 1) });
      a.parts.push({ start: startWithPre(k), end: terms[boundary].end }, { start: terms[after].start, end: endWithPost(S.last - 1) });
      return a;
    };
    // "Rather, he said, continued struggles will…", "He hoped, he said, that the paper…": a short source and its cue
    // between commas interrupt what was said, which runs on after them
    const after = j;
    if (src && !inverted && !apposition && !participle && !passive && !coordinated && boundary >= S.first && !inQuote(boundary) && /^,\s*$/.test(terms[boundary].post)
      && /^,\s*$/.test(terms[after - 1].post) && src[1] - src[0] <= 3 && after + 1 < S.last && !inQuote(after) && !opensQuote(after)
      && !terms[after].tags.has("Gerund") && !["and", "but", "while", "according", "adding"].includes(terms[after].normal)
      && (terms[after].normal === "that" || finiteBetween(after, S.last))) return interrupted(after);
    const boundaryOk = !participle && !passive && !coordinated && boundary >= 0 && boundary < c && (boundary >= S.first || inQuote(boundary) && terms[boundary].sentence >= S.first - 2 && sameParagraph(boundary, c))
      && /[,”"»—–]|''/.test(terms[boundary].post.trim());
    // a quotation closed by a full stop ends its sentence: the next sentence's cue does not own it
    // '“Absolutely,” he said when asked…': a quotation before the cue beats a wh-clause after it
    if (whMarker && boundaryOk && inQuote(boundary)) marker = false;
    const beforeQuoted = boundaryOk && inQuote(boundary) && !/^\.(["”»]|'')/.test(terms[boundary].post)
      // a quoted phrase of a few words inside a sentence is no one's whole statement
      && (quoteWords(segOf[boundary]) >= 4 || segments[segOf[boundary]].start <= startWithPre(S.first));
    if (beforeQuoted && marker && opensQuote(start) && /,/.test(terms[boundary].post)) {
      // "“A,” the judge exclaimed, “B.”": one quotation interrupted by its cue
      const s0 = segments[segOf[boundary]], s1 = segments[segOf[start]];
      const a = finish(cueRange, src, info, { start: s0.start, end: s1.end });
      a.parts.push({ start: s0.start, end: s0.end }, { start: s1.start, end: s1.end });
      return a;
    }
    // '“…,” said Katie Packer, who runs the group.': after an inverted source comes no content
    // ('“…,” the former president told a crowd that the campaign estimated at 3,000': a sentence that opens with
    // a quotation, then its source and cue, has said what was said; a "that" after the cue is no second content)
    const quoteOpens = beforeQuoted && !opensQuote(start) && segments[segOf[boundary]].start <= startWithPre(S.first);
    // (not a verb of belief or intent, nor one with its particle, that has an object of its own: "…the campaign, he
    // would support the Broncos", "In new radio ads, Trump and his supporters talk about the plan")
    // (nor a relative pronoun's verb with what follows it: "…included Mike Pence, who called their son “a hero.”" — the
    // clause before "who" is where its antecedent stands, not what it said)
    const ownObject = ((info.family !== "speech" || particle) || !!src && RELATIVE.has(terms[src[0]].normal)) && !inverted && rest >= 2;
    if ((!marker || inverted || quoteOpens) && boundaryOk && (beforeQuoted || !afterHasClause || inverted) && (src || passive || reducedPassive || beforeQuoted) && !(ownObject && !beforeQuoted)) {
      const bEnd = endWithPost(boundary);
      let bStart = -1;
      if (beforeQuoted) bStart = segments[segOf[boundary]].start;
      else if (boundary >= S.first && boundary - S.first >= 2) {
        // a full stop the splitter missed starts the clause ("…the U.S. The proposal was dropped, officials said")
        let first = S.first;
        for (let k = boundary - 1; k > S.first; k--) if (missedStop(k)) { first = k + 1; break; }
        // what was said is a clause: "…, the army has no experience, they said"
        let verb = false;
        // (a particle is no verb: "Back in 1999, Trump expressed…")
        // (a plural subject's bare present counts, which the tagger also calls an infinitive: "Voters have more power, Goff said")
        // (nor a participle after a noun with its agent: "In a 2013 video uncovered by Fox News, a diplomat said…")
        for (let k = first; k <= boundary && !verb; k++) {
          verb = (isFinite(terms[k]) || barePresent(k, first)) && !terms[k].tags.has("Particle")
            && !(terms[k].tags.has("PastTense") && k > first && isHead(terms[k - 1]) && clean(terms[k - 1]) && clean(terms[k]) && terms[k + 1]?.normal === "by");
        }
        // "As he shook hands, Sanders reiterated his belief": an adverbial clause is not what was said
        // ("As many as eight million shells were supplied, it said" is no adverbial clause)
        // ("If states fail, the department can step in, Wilcox said": a main clause after the adverbial one is what was said)
        const adverbial = (SUBORDINATORS.has(terms[first].normal) || terms[first].normal === "if") && !AS_QUANTITY.has(terms[first + 1]?.normal ?? "") && !(mainClauseAfterComma(first, boundary) && !(src && RELATIVE.has(terms[src[0]].normal)))
          || QUESTION_OPENERS.has(terms[first].normal) || QUESTION_LEADS.has(terms[first].normal) && QUESTION_OPENERS.has(terms[first + 1]?.normal ?? "");
        if ((verb || inverted) && !adverbial) bStart = startWithPre(first);
      }
      // otherwise what follows the cue is its object: "Shortly after, Holder announced his resignation"
      if (bStart >= 0 && bEnd - bStart >= 3) return finish(cueRange, src, info, { start: bStart, end: bEnd });
      // ("Asked if he was ever bullied, the candidate said no.": a one-word answer after the cue is what was said)
      if (bStart >= 0 || rest < 2 && !(rest === 1 && ANSWERS.has(terms[start].normal))) return null;
    }
    // "The economy, he said, is strong": the cue interrupts what was said
    if (!marker && boundaryOk && !beforeQuoted && boundary >= S.first && /^,\s*$/.test(terms[c].post) && src) return interrupted(c + 1);
    // "Jane Doe agreed. “Republicans are running out of time…”": a cue that ends its sentence, with nothing said
    // before it, is followed by what was said
    // (the subject opens the sentence: "…the establishment he rails against. “…”" is no such cue)
    if (start >= S.last && src && !inverted && src[0] <= S.first + 1 && S.last < terms.length && opensQuote(S.last) && /^[.:]/.test(terms[S.last - 1].post)
      && (info.family === "speech" || info.lemma === "agree")) {
      const seg = segments[segOf[S.last]];
      return finish(cueRange, src, info, { start: seg.start, end: seg.end });
    }
    // ('“…the 30,000 emails that are missing.” Trump said.': a source and a verb of saying alone in their sentence, right
    // after a quotation that closed its own with a full stop, said that quotation)
    if (start >= S.last && src && !inverted && src[0] === S.first && S.first > 0 && inQuote(S.first - 1) && QUOTED_STOP.test(terms[S.first - 1].post)
      && info.family === "speech" && sameParagraph(S.first - 1, c)) {
      const seg = segments[segOf[S.first - 1]];
      return finish(cueRange, src, info, { start: seg.start, end: seg.end });
    }
    if (strict && !marker && !particle && !(src && !evidenceObject && evidenceSubject(src) && complement && rest >= 2) && !seesAs(c, start, S.last) && !(CLAUSE_OBJECT_LEMMAS.has(info.lemma) && clauseObject(start, S.last))) return null;
    if (!complement) return null;
    // ("Using a crude expression to describe the Turks as…, he said": a cue inside an opening participle's phrase is
    // the main clause's subject's, whatever noun the phrase holds)
    const opening = openingPhraseSubject(c, S);
    if (opening) src = opening;
    if (!src && !passive && !reducedPassive && !participle) return null;
    // ("75 percent of Democrats said yes", "a novel says so": a one-word answer is what was said)
    if (rest < 1 || (rest < 2 && info.family === "speech" && !marker && !ANSWERS.has(terms[start].normal))) return null;
    if (opensQuote(start)) {
      const seg = segments[segOf[start]];
      return finish(cueRange, src, info, { start: seg.start, end: seg.end });
    }
    let lastTerm = S.last - 1;
    for (let k = start; k < S.last - 1; k++) if (missedStop(k)) { lastTerm = k; break; }
    lastTerm = contentEnd(c, info, S, src, start, lastTerm, marker, gerund, opening !== null);
    // "Clinton, who called Sanders after the vote, told supporters…": a relative clause ends at its comma
    if (src && src[0] === src[1] && RELATIVE.has(terms[src[0]].normal) && src[0] > 0 && /,\s*$/.test(terms[src[0] - 1].post)) {
      for (let k = start; k < lastTerm; k++) if (!inQuote(k) && /[,)]\s*$/.test(terms[k].post)) { lastTerm = k; break; }
    }
    // "…he was being “sarcastic” in his comments, which raised concerns among…": a relative clause that runs to the
    // sentence's end after a comma is the writer's comment on what was said
    for (let k = start + 2; k < lastTerm - 1; k++) {
      if (inQuote(k) || !/,\s*$/.test(terms[k].post) || terms[k + 1].normal !== "which" || inQuote(k + 1)) continue;
      let m = k + 1;
      while (m < lastTerm && (inQuote(m) || !/[,;:—–]\s*$/.test(terms[m].post))) m++;
      if (m >= lastTerm) { lastTerm = k; break; }
    }
    // "endorsed Cruz, saying he …", "praised him and said …": the next cue of the same subject starts another attribution
    const inAside = t.normal.endsWith("ing") && !!src && src[1] === c - 1 && /,\s*$/.test(terms[c - 1].post);
    for (let k = start + 1; k < S.last; k++) {
      // (an -ing form of a cue is a verb here whatever the tagger says: "… and questioning how…")
      const ing = terms[k].normal.endsWith("ing") && CUE_FORMS.has(terms[k].normal);
      // ("calling for Fiorina's firing and carrying signs": a participle's content ends at the next participle)
      if (t.normal.endsWith("ing") && !inQuote(k) && ingVerb(k) && terms[k - 1].normal === "and" && clean(terms[k - 1]) && k - 2 >= start) { lastTerm = k - 2; break; }
      // ("Smith, calling the plan “a disaster,” said…": a finite verb after a quotation's comma is the aside's end; so
      // is one after any comma where the participle follows its subject's comma: "Salceda, citing data from…, said")
      if (!inQuote(k) && isFinite(terms[k]) && (inQuote(k - 1) || inAside) && PARTICIPLE_AFTER.test(terms[k - 1].post) && k - 1 >= start) {
        // (an aside that only says where or for whom someone spoke reports nothing: "Nate Cohn, writing in The New
        // York Times, noticed…")
        if (inAside && !particle && terms[start].tags.has("Preposition")) return null;
        lastTerm = k - 1;
        break;
      }
      if (inQuote(k) || !isCueForm(k) && !ing) continue;
      // (after a quotation's closing mark too: 'said that there is “…,” adding that…')
      if (PARTICIPLE_AFTER.test(terms[k - 1].post) && ing) { lastTerm = k - 1; break; }
      // "said … on Twitter before claiming that…": a participle after "before", "while"… is the subject's next statement
      if (ing && k - 1 > start && SUBORDINATORS.has(terms[k - 1].normal) && clean(terms[k - 1])) { lastTerm = k - 2; break; }
      // ("… and said", "… but did note", "… and also warned")
      let b = k - 1;
      while (b > start && clean(terms[b]) && BETWEEN_SUBJECT_AND_CUE.has(terms[b].normal) && terms[b].normal !== "and" && terms[b].normal !== "but") b--;
      if ((terms[b].normal === "and" || terms[b].normal === "but") && b - 1 >= start) { lastTerm = b - 1; break; }
    }
    const range = extendToSegment({ start: startWithPre(start), end: lastTerm === S.last - 1 || missedStop(lastTerm) ? endWithPost(lastTerm) : terms[lastTerm].end });
    // the sentence splitter may run on past a quotation that ends the sentence: 'has “treated me so well.” He touted…'
    for (let k = start; k < lastTerm; k++) {
      if (inQuote(k) && /^[.!?](["”»]|'')\s+$/.test(terms[k].post) && /^\p{Lu}/u.test(terms[k + 1].text)) {
        range.end = Math.min(range.end, segments[segOf[k]].end);
        break;
      }
    }
    return finish(cueRange, src, info, range);
  }

  function sameParagraph(i: number, k: number): boolean {
    return !text.slice(terms[i].end, terms[k].start).includes("\n");
  }

  function finish(cue: Range, src: [number, number] | null, info: CueInfo, content: Range): Attribution {
    let antecedent: [number, number] | null = null;
    if (src && src[0] === src[1] && RELATIVE.has(terms[src[0]].normal) && src[0] > 0 && /,\s*$/.test(terms[src[0] - 1].post)) {
      const first = sentOf(src[0]).first;
      antecedent = np(src[0] - 1, Math.max(0, first));
      // "which" stands for a thing: "a pact he made with Kim, which pledges…" → the pact, not Kim
      if (antecedent && terms[src[0]].normal === "which" && terms[antecedent[1]].tags.has("Person")) {
        let k = antecedent[0] - 1;
        while (k >= first && !(isHead(terms[k]) && !terms[k].tags.has("Person") && !terms[k].tags.has("Pronoun") && !inQuote(k))) k--;
        antecedent = k >= first ? np(k, first) : null;
      }
    }
    return {
      start: content.start, end: content.end, parts: [], cue, source: src ? span(src[0], src[1]) : null,
      sourceTerms: src, family: info.family, continues: null, antecedent,
    };
  }

  /** the terms that cover exactly the characters [from, to), or null */
  function termsOf(from: number, to: number): [number, number] | null {
    const first = firstStartingFrom(terms, from);
    let last = first;
    while (last + 1 < terms.length && terms[last + 1].end <= to) last++;
    return first < terms.length && terms[first].start === from && terms[last].end === to ? [first, last] : null;
  }
  /** a quotation labelled with its speaker by punctuation (a colon, a dash), unless a cue already claims it */
  function labelled(content: Range, cueAt: number, src: [number, number]): void {
    if (out.some((a) => a.start < content.end && content.start < a.end && a.cue)) return;
    out.push(attribution(content, { start: cueAt, end: cueAt + 1 }, src));
  }

  // a digest's item, "A HEADLINE - Mark Blumenthal and Jon Cohen: “Although the polls…”": the names after a dash
  // and before a colon that opens a quotation are its source
  for (const m of text.matchAll(DASH_SPEAKER)) {
    const colon = m.index! + m[0].length - m[3].length - m[2].length - 1;
    const seg = segments.find((x) => x.start === colon + 1 + m[2].length);
    const src = termsOf(colon - m[1].length, colon);
    if (seg && src) labelled(seg, colon, src);
  }

  // a quotation signed with a dash, as fact-checks and digests do: '"…pay zero taxes." - Sanders.'
  for (const seg of segments) {
    const m = SIGNED_QUOTE.exec(text.slice(seg.end, seg.end + 80));
    const src = m && termsOf(seg.end + m[0].length - m[2].length, seg.end + m[0].length);
    if (m && src) labelled(seg, seg.end + m[0].indexOf(m[1]), src);
  }

  // a headline "Name: what they said" (a short paragraph with no final stop)
  for (const [pi, p] of paragraphs.entries()) {
    const line = text.slice(p.start, p.end);
    const m = HEADLINE.exec(line);
    // the document's first line is its headline, full stop or not: "Lynch: No outside influence on FBI probe."
    const headline = pi === 0 && line.length <= 160 && !/[.!?]\s+\S/.test(line.trim());
    // a transcript's speaker label ("TAPPER: Do you think…") may head a full sentence
    if (!m || !headline && /[.]\s*$/.test(line) && !/['’"”]\.?\s*$/.test(line) && !/^[\p{Lu}\s.’'-]+$/u.test(m[1])) continue;
    const colon = p.start + m[1].length;
    const src = termsOf(p.start, colon);
    if (src) labelled({ start: p.start + m[0].length - m[3].length, end: p.start + line.trimEnd().length }, colon, src);
  }
  /** the sentence an offset falls in (the last one starting at or before it) */
  const sentenceOfOffset = (pos: number) => Math.max(0, firstStartingFrom(sentences, pos + 1) - 1);
  const attributions = mergeQuotes(text, out, segments, paragraphs, sentenceOfOffset);
  // a quotation no cue claimed, inside a sentence ('supporters responded with chants of “…”'): the sentence's subject
  // is the likeliest source
  /** the first term at or after a position */
  const termAt = (pos: number) => firstStartingFrom(terms, pos);
  for (const a of attributions) {
    if (a.cue || a.source) continue;
    const q = termAt(a.start);
    if (q <= 0 || q >= terms.length) continue;
    const S = clauses[sentenceIndex[q]];
    if (q - S.first < 2 || inQuote(S.first)) {
      // 'Cruz called them on it:¶“The questions asked…”': a quotation opening its sentence after one that ends
      // in a colon is what that sentence announces; its subject is the source
      const p = q - 1;
      if (q !== S.first && !opensQuote(q) || p < 0 || !/:\s*$/.test(terms[p].post) || inQuote(p)) continue;
      const P = clauses[sentenceIndex[p]];
      const src = clauseSubject(p + 1, P.first) ?? sentenceSubject(P.first, p + 1);
      if (src && src[1] <= p) { a.source = span(src[0], src[1]); a.sourceTerms = src; }
      continue;
    }
    const src = clauseSubject(q, S.first) ?? sentenceSubject(S.first, q);
    if (src && src[1] < q) { a.source = span(src[0], src[1]); a.sourceTerms = src; }
  }
  // a quoted word or two with nobody in sight ("the so-called “pivot”") is a scare quote, not a statement, and so are
  // one or two quoted lower-case words with no cue whoever stands near them ('The paper ran a story about the
  // “reporter,”', 'He called for ''religious liberty''': the words are mentioned, not said; about one in five had the
  // right source), unless a full stop closes them as it closes what someone said ('told them to “sign up.”')
  const kept = attributions.filter((a) => {
    if (a.cue) return true;
    const quoted = text.slice(a.start, a.end);
    if (!/^(?:["“]|'')?[\p{Ll}][^.!?,]*["”',.]*$/u.test(quoted)) return true;
    const words = quoted.split(/\s+/).length;
    return a.source ? words > (/\.["”']*$/.test(quoted) ? 1 : 2) : words > 3;
  });
  // a quotation standing alone right after another's attribution, in the same or the next paragraph, goes on
  // with the same speaker ('“…,” Viguerie notes. ¶“Not only can Cruz win…”')
  for (let i = 1; i < kept.length; i++) {
    const a = kept[i], prev = kept[i - 1];
    if (a.cue || a.source || !prev.source || prev.end > a.start) continue;
    const gapParagraphs = text.slice(prev.end, a.start).split(/\n\s*\n|\n/).length - 1;
    if (gapParagraphs > 1 || !opensQuote(termAt(a.start))) continue;
    a.source = prev.source; a.sourceTerms = prev.sourceTerms; a.antecedent = prev.antecedent;
  }
  return { attributions: settleOverlaps(text, kept), segments, paragraphs };
}

/**
 * Quotations no cue claimed: a later piece of the same paragraph joins the
 * quotation before it ("“A,” he said. “B.”" is one attribution), a paragraph that
 * is all quotation continues the previous paragraph's quotation, and any other
 * quotation stands on its own with no source.
 */
function mergeQuotes(text: string, attrs: Attribution[], segments: readonly QuoteSegment[], paragraphs: readonly Paragraph[], sentenceOf: (pos: number) => number): Attribution[] {
  attrs.sort((a, b) => a.start - b.start || b.end - a.end);
  // one attribution per content: drop exact duplicates (a cue and its participle twin); for a quotation, a statement is
  // preferred to a belief ('Candidates who think “…are wrong,” she said': the quotation is hers)
  const unique: Attribution[] = [];
  for (const a of attrs) {
    const prev = unique[unique.length - 1];
    if (prev && prev.start === a.start && prev.end === a.end) {
      if (!prev.source && a.source || a.source && a.family === "speech" && prev.family === "belief" && quotedAttribution(text, a)) unique[unique.length - 1] = a;
      continue;
    }
    unique.push(a);
  }
  // "He says he wishes he could…": a belief reported inside another's words is part of them, not a second attribution
  for (let i = unique.length - 1; i > 0; i--) {
    const b = unique[i];
    if (!b.cue || !b.source) continue;
    const outer = unique.slice(Math.max(0, i - 3), i).find((x) => x.cue && x.start <= b.source!.start && b.source!.start - x.start <= 2 && x.end >= b.end);
    if (outer) unique.splice(i, 1);
  }
  const claimed = segments.map((s) => unique.findIndex((a) => a.start < s.end && s.start < a.end));
  const cueStarts = unique.filter((a) => a.cue).map((a) => a.cue!.start);
  // a cue in the same sentence as the quotation's own cue ('said Cobb, who spent the weekend…') does not interrupt it
  const cueBetween = (from: number, to: number, own: Attribution | null) => {
    const ownSentence = own?.cue ? sentenceOf(own.cue.start) : -1;
    return cueStarts.some((x) => x >= from && x < to && x !== own?.cue?.start && sentenceOf(x) !== ownSentence);
  };
  const paraOf = (pos: number) => indexContaining(paragraphs, pos);
  const isWholeParagraph = (s: QuoteSegment) => {
    const p = paragraphs[s.paragraph];
    const before = text.slice(p.start, s.start).trim();
    return before === "";
  };
  const result = [...unique];
  let last: Attribution | null = null; // the attribution the previous quotation belonged to
  let lastEnd = -1;
  for (let si = 0; si < segments.length; si++) {
    const s = segments[si];
    if (claimed[si] >= 0) {
      const a = unique[claimed[si]];
      if (a.cue && a.start <= s.start && a.end >= s.end || a.start <= s.start) { last = a; lastEnd = Math.max(a.end, s.end); }
      continue;
    }
    const lastPara = lastEnd >= 0 ? paraOf(lastEnd - 1) : -2;
    const samePara = lastPara === s.paragraph && !cueBetween(lastEnd, s.start, last) && quotedAttribution(text, last);
    const nextPara = lastPara === s.paragraph - 1 && (s.continuation || isWholeParagraph(s)) && quotedAttribution(text, last) && !cueBetween(paragraphs[s.paragraph].start, paragraphs[s.paragraph].end, null);
    if (last && (samePara || nextPara)) {
      if (last.parts.length === 0) last.parts.push({ start: last.start, end: last.end });
      last.parts.push({ start: s.start, end: s.end });
      last.end = Math.max(last.end, s.end);
      lastEnd = last.end;
      continue;
    }
    const a: Attribution = { start: s.start, end: s.end, parts: [], cue: null, source: null, sourceTerms: null, family: "quote", continues: null, antecedent: null };
    // a title in quotation marks (“Good Morning America”, “Silent Night.”) is nobody's words
    if (isTitle(text.slice(s.start, s.end))) { last = null; lastEnd = -1; continue; }
    result.push(a);
    last = a;
    lastEnd = s.end;
  }
  result.sort((a, b) => a.start - b.start);
  return result;
}

const MINOR = new Set(["of", "the", "and", "a", "an", "in", "on", "for", "to", "with", "at", "by", "&"]);
function isTitle(quoted: string): boolean {
  const words = quoted.replace(/["“”«»,.!?]|''/g, " ").trim().split(/\s+/);
  return words.length <= 8 && words.every((w, i) => /^[\p{Lu}\d]/u.test(w) || i > 0 && MINOR.has(w));
}

function quotedAttribution(text: string, a: Attribution | null): boolean {
  return !!a && /["“”«»]|''/.test(text.slice(a.start, a.end));
}

/**
 * Attributions that overlap wrongly, settled: crossings cut, nested ones that are no statements of their own dropped
 * (see the two passes).
 */
export function settleOverlaps(text: string, attributions: Attribution[]): Attribution[] {
  const drop = new Set<number>();
  cutCrossings(text, attributions, drop);
  dropNested(text, attributions, drop);
  return drop.size ? attributions.filter((_, i) => !drop.has(i)) : attributions;
}

const inside = (pos: number, b: Attribution) => b.start <= pos && pos < b.end;

/**
 * "The campaign said the candidate will attend, CNN reported.": an attribution whose cue stands inside what another
 * said before its source and cue, and whose content runs forward over that cue, ends before that source and cue
 * (or, left with nothing, is dropped)
 */
function cutCrossings(text: string, attributions: Attribution[], drop: Set<number>): void {
  for (let i = 0; i < attributions.length; i++) {
    const a = attributions[i];
    if (!a.cue || a.parts.length) continue;
    for (let j = Math.max(0, i - 3); j < Math.min(attributions.length, i + 4); j++) {
      const b = attributions[j];
      if (j === i || !b.cue || b.end > b.cue.start || !inside(a.cue.start, b) || a.cue.end > b.cue.start || !inside(b.cue.start, a)) continue;
      const cut = Math.min(b.cue.start, b.source?.start ?? b.cue.start);
      const end = cut - (/[\s,;:—–-]*$/.exec(text.slice(a.start, cut))?.[0].length ?? 0);
      if (end > a.start && end > a.cue.end) a.end = end;
      else drop.add(i);
      break;
    }
  }
}

/**
 * A cue that names an act rather than reports a statement: a bare verb away from its subject ("should reiterate",
 * "to criticize") or a noun after its holder's possessive ("the party's support for", "Trump's accusations that");
 * not a present verb right after its subject ("voters who say", "aides say").
 */
function reportedAct(text: string, a: Attribution): boolean {
  const word = /^[\p{L}’']+/u.exec(text.slice(a.cue!.start, a.cue!.end))?.[0].toLowerCase() ?? "";
  const holder = text.slice(a.source!.start, a.source!.end);
  if ((NOUN_CUES.has(word) || NOUN_THAT_CUES.has(word)) && (POSSESSIVE.test(holder) || POSSESSIVE_AGREEMENT.has(holder.toLowerCase()))) return true;
  return CUE_FORMS.get(word)?.lemma === word && !/^\s+(?:\p{L}+ly\s+)?$/u.test(text.slice(a.source!.end, a.cue!.start));
}

/** "and" or "but" (after a comma or not, before an adverb or not) ending the text before a coordinated cue */
const JOINED_BEFORE = /,?\s+(?:and|but)\s+(?:\p{L}+ly\s+)?$/u;

/**
 * Attributions inside another's content that are no statements of their own, dropped:
 * - "Kelly said she asked for the interview because she wanted to…", '“I think we should go,” he said': a belief or a
 *   finding inside what someone else said is that speaker's claim; so is what is said inside a finding ("records show
 *   that Clinton said…"). Speech inside speech with a source of its own ("He said Clinton told him…") stays.
 * - "Sanders responds that he does not need the rules to tell him…", "He announced his support for…": a cue that only
 *   borrows the outer attribution's source is part of it; but not a gerund right after a medium, which says what it
 *   says ("issued a statement saying…"), and not a verb joined by "and" or "but", which is a second statement the
 *   outer content ran over ("Trump joked that…, but went on to say…"): that content ends before the "and".
 * - "The Hill reported that he was accused of breaking debate rules": a passive naming nobody inside what someone
 *   reported (not quoted) is part of that report (of 44 such, 4 had a gold attribution of their own); so is what a
 *   third party in it should do or supports ("She said that the platform should reiterate the party's support for…":
 *   see reportedAct).
 */
function dropNested(text: string, attributions: Attribution[], drop: Set<number>): void {
  const order = attributions.map((_, i) => i).filter((i) => !drop.has(i))
    .sort((x, y) => attributions[x].start - attributions[y].start || attributions[y].end - attributions[x].end);
  let reach = -1, evidenceReach = -1;
  let outer: Attribution | null = null;
  for (const i of order) {
    const a = attributions[i];
    const inner = a.family === "belief" || a.family === "evidence";
    const medium = !!a.cue && MEDIA.has(/(\S+)\s+$/.exec(text.slice(Math.max(0, a.cue.start - 30), a.cue.start))?.[1].toLowerCase() ?? "");
    const borrowed = !!outer?.source && a.end <= reach && !!a.cue && a.source?.start === outer.source.start && !inside(a.source.start, outer) && !medium;
    if (borrowed && outer?.cue && !outer.parts.length) {
      const joined = JOINED_BEFORE.exec(text.slice(outer.start, a.cue!.start));
      if (joined && joined.index > outer.cue.end - outer.start) {
        outer.end = outer.start + joined.index;
        outer = a;
        reach = a.end;
        continue;
      }
    }
    const inReport = !!a.cue && !!outer && inside(a.cue.start, outer) && !quotedAttribution(text, outer);
    const partOfReport = inReport && (!a.source || a.family === "speech" && inside(a.source.start, outer!) && !!outer!.cue && reportedAct(text, a));
    if ((inner && a.end <= reach) || a.end <= evidenceReach || borrowed || partOfReport) drop.add(i);
    else {
      if (a.end > reach) outer = a;
      reach = Math.max(reach, a.end);
      if (a.family === "evidence") evidenceReach = Math.max(evidenceReach, a.end);
    }
  }
}
