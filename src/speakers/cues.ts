/**
 * Cues of attribution, as data: verbs of saying, of belief or intent, and of
 * evidence, by lemma; their inflected forms are generated once at module load.
 * Also the word lists the source finder and the resolver need (titles, heads of
 * organisations, groups and anonymous sources, pronouns).
 */

export type CueFamily = "speech" | "belief" | "evidence";

/**
 * How a cue's complement begins: "object" verbs take a hearer first ("told
 * reporters that…"), "particle" ones a particle ("pointed out that…").
 */
export interface CueInfo {
  readonly lemma: string;
  readonly family: CueFamily;
  /** takes an object (the hearer or the thing) before what was said */
  readonly object: boolean;
  /** a particle that belongs to the cue ("out", "for", "on") */
  readonly particles: readonly string[];
  /** only a cue when followed by a quotation, a colon or "that" (words with many other senses) */
  readonly strict: boolean;
  /** "the race seemed to tighten": an appearance nobody in particular reports; its subject belongs to the content */
  readonly impersonal: boolean;
  /** prepositions that may follow the particle as part of the cue ("lashed out at", "weighed in on") */
  readonly then?: readonly string[];
}

interface LemmaSpec { family: CueFamily; object?: boolean; particles?: string[]; strict?: boolean; impersonal?: boolean; then?: string[] }

const SPEECH = `say add claim warn write insist deny confirm state announce argue explain note report
 suggest tweet declare acknowledge admit allege assert contend maintain observe predict promise reply respond
 remark reveal stress emphasize emphasise vow pledge recall concede conclude comment complain testify quip
 joke boast brag lament mention proclaim reiterate repeat speculate wonder caution counter retort shout yell
 post disclose clarify elaborate charge insist propose recommend demand hint signal estimate forecast
 underscore highlight describe question dispute dismiss decry condemn blast slam criticize criticise praise
 applaud hail welcome cite concur echo muse scoff quote ask mock denounce defend attack lambaste chide scold rebuke
 ridicule knock tout complain order demand express discuss imply
 offer answer email plead voice challenge portray request
 rule list promote embrace project
 unveil bemoan reference retweet chant invoke assail liken champion
 identify issue
 characterize characterise label dub brand credit congratulate contradict rebut refute reaffirm recount depict compare detail outline persuade
 swear confess deride taunt insult excoriate castigate chastise admonish fault grill opine posit restate retract backtrack
 float pitch trash`;
const SPEECH_OBJECT = `tell inform assure remind urge warn thank ask encourage press convince`;
const BELIEF = `believe think know hope fear expect feel worry doubt suspect understand realize realise
 assume wish imagine guess reckon figure recognize recognise acknowledge
 remember learn decide deem consider
 anticipate envision foresee dread resist desire mull ponder contemplate eye`;
const INTENT_STRICT = `want plan intend seek support back oppose favor favour endorse reject refuse prefer decline
 aim threaten vow promise agree`;
const EVIDENCE = `show find indicate`;
const SEEMING = `seem appear`;

const SPEC: Record<string, LemmaSpec> = {};
const put = (list: string, spec: LemmaSpec) => {
  for (const l of list.trim().split(/\s+/)) SPEC[l] = { ...SPEC[l], ...spec };
};
put(SPEECH, { family: "speech" });
put(BELIEF, { family: "belief" });
put(INTENT_STRICT, { family: "belief" });
put(EVIDENCE, { family: "evidence" });
put(SEEMING, { family: "belief", impersonal: true });
put(SPEECH_OBJECT, { family: "speech", object: true });
SPEC.point = { family: "speech", particles: ["out", "to"] };
SPEC.call = { family: "speech", particles: ["for", "on", "out"] };
SPEC.talk = { family: "speech", particles: ["about"] };
SPEC.speak = { family: "speech", particles: ["of", "about", "out"], strict: true, then: ["against", "about", "on"] };
SPEC.continue = { family: "speech", strict: true };
SPEC.read = { family: "speech", strict: true };
SPEC.write = { family: "speech" };
SPEC.see = { family: "belief", strict: true };
SPEC.vote = { family: "belief", particles: ["for", "against", "to"], strict: true };
SPEC.view = { family: "belief" };
SPEC.apologize = { family: "speech", particles: ["for"] };
SPEC.agree = { ...SPEC.agree, particles: ["with", "on"] };
SPEC.side = { family: "belief", particles: ["with", "against"] };
SPEC.push = { family: "belief", particles: ["for", "back"], then: ["against", "on"] };
SPEC.rail = { family: "speech", particles: ["against", "at"] };
SPEC.refer = { family: "speech", particles: ["to"] };
// phrasal verbs of speech, only with their particle: "hit back at", "lashed out at", "weighed in on", "fired back"
SPEC.hit = { family: "speech", particles: ["back", "out"], strict: true, then: ["at", "against"] };
SPEC.fire = { family: "speech", particles: ["back"], strict: true, then: ["at", "against"] };
SPEC.lash = { family: "speech", particles: ["out"], strict: true, then: ["at", "against"] };
SPEC.weigh = { family: "speech", particles: ["in"], strict: true, then: ["on"] };
SPEC.sound = { family: "speech", particles: ["off"], strict: true, then: ["on", "about"] };
SPEC.shrug = { family: "speech", particles: ["off"], strict: true };
SPEC.brush = { family: "speech", particles: ["off", "aside"], strict: true };
SPEC.play = { family: "speech", particles: ["down"], strict: true };
SPEC.lay = { family: "speech", particles: ["out"], strict: true };
SPEC.spell = { family: "speech", particles: ["out"], strict: true };
SPEC.single = { family: "speech", particles: ["out"], strict: true };
// "accused Clinton of…", "blamed the media for…": the one accused is part of what was said, not a hearer
SPEC.accuse = { family: "speech" };
SPEC.blame = { family: "speech" };

/** Irregular forms (past, participle…), lemma → forms. */
const IRREGULAR: Record<string, string[]> = {
  say: ["said"], tell: ["told"], write: ["wrote", "written"], think: ["thought"], know: ["knew", "known"],
  see: ["saw", "seen"], feel: ["felt"], seek: ["sought"], find: ["found"], show: ["shown"],
  speak: ["spoke", "spoken"], read: ["read"], understand: ["understood"], bet: ["bet"], forecast: ["forecast"],
  hear: ["heard"], mean: ["meant"], lay: ["laid"], swear: ["swore", "sworn"],
};
const DOUBLING = new Set(["admit", "plan", "refer", "prefer", "regret", "rebut", "quip", "bet", "commit", "omit", "submit", "concur", "scoff", "brag", "slam"]);

/** Regular English inflection of a verb lemma: 3rd person, past, gerund. */
function inflect(lemma: string): string[] {
  const forms = [lemma];
  const cons = (c: string) => !"aeiou".includes(c);
  const last = lemma[lemma.length - 1];
  const prev = lemma[lemma.length - 2] ?? "";
  if (/(s|sh|ch|x|z|o)$/.test(lemma)) forms.push(lemma + "es");
  else if (last === "y" && cons(prev)) forms.push(lemma.slice(0, -1) + "ies");
  else forms.push(lemma + "s");
  const stem = DOUBLING.has(lemma) ? lemma + last : lemma;
  if (last === "e") forms.push(lemma + "d");
  else if (last === "y" && cons(prev)) forms.push(lemma.slice(0, -1) + "ied");
  else forms.push(stem + "ed");
  if (lemma.endsWith("ie")) forms.push(lemma.slice(0, -2) + "ying");
  else if (last === "e" && !/(ee|ye|oe)$/.test(lemma)) forms.push(lemma.slice(0, -1) + "ing");
  else forms.push(stem + "ing");
  return [...forms, ...(IRREGULAR[lemma] ?? [])];
}

/** forms a cue verb shares with another verb's: "lay" is mostly the past of "lie" ("the path that lay out ahead") */
const NOT_CUE_FORMS = new Set(["lay"]);

/** Every form of every cue verb (lower-case) → its cue information. */
export const CUE_FORMS: ReadonlyMap<string, CueInfo> = (() => {
  const map = new Map<string, CueInfo>();
  for (const [lemma, spec] of Object.entries(SPEC)) {
    const info: CueInfo = {
      lemma,
      family: spec.family,
      object: spec.object ?? false,
      particles: spec.particles ?? [],
      strict: spec.strict ?? false,
      impersonal: spec.impersonal ?? false,
      ...(spec.then ? { then: spec.then } : {}),
    };
    for (const form of inflect(lemma)) if (!map.has(form) && !NOT_CUE_FORMS.has(form)) map.set(form, info);
  }
  return map;
})();

/**
 * Adjectives that attribute after a copula, with "that" or their preposition: "Clinton is confident that…", "Trump
 * was adamant that…", "Sanders was critical of the deal", "Republicans are skeptical of…".
 */
export const ADJECTIVE_CUES: ReadonlyMap<string, CueInfo> = (() => {
  const map = new Map<string, CueInfo>();
  const put = (words: string, family: CueFamily, particles = ["of", "about", "over", "with"]) => {
    for (const w of words.trim().split(/\s+/)) map.set(w, { lemma: w, family, object: false, particles, strict: true, impersonal: false });
  };
  put("adamant critical dismissive supportive vocal insistent emphatic", "speech");
  put(`confident optimistic pessimistic hopeful sure certain skeptical sceptical doubtful wary aware fearful afraid unsure
    uncertain happy pleased glad proud upset angry furious satisfied unhappy nervous frustrated excited enthusiastic cautious candid
    worried concerned tired upbeat`, "belief", ["of", "about", "over", "with", "in"]);
  // ("is eager to…", "was reluctant to…", "has been silent on…"; not "willing to", "open to": mostly no attitude here)
  put("eager keen reluctant hesitant", "belief", ["to"]);
  put("silent quiet mum bullish bearish", "speech", ["on", "about"]);
  return map;
})();

/**
 * Verbs of saying whose noun phrase after them is their object, never a speaker put after the verb: '“…,” called
 * Trump a liar' has no source "Trump", unlike '“…,” said Trump' (on PolNeAR none of the 28 inverted sources of the
 * ones met there was right; the others are verbs of the same kind).
 */
export const NOT_INVERTING: ReadonlySet<string> = new Set(`call credit put allege offer accuse issue rule mock praise criticize
 criticise contradict demand reiterate spell post blame label dub brand cite quote describe defend attack slam blast urge thank
 congratulate endorse announce`.trim().split(/\s+/));

/** Cues whose -s form is far more often a plural noun after a noun ("Clinton emails", "the DNC rules committee"). */
export const NOUN_LIKE_CUES: ReadonlySet<string> = new Set(["email", "rule", "issue", "state", "thank", "answer", "report", "point", "post", "list", "order", "quote", "question"]);

/** Forms that are verbs whatever the tagger says (they are never nouns). */
export const ALWAYS_VERB: ReadonlySet<string> = new Set(["said", "says", "told", "tells", "telling", "saying", "added", "wrote", "insisted", "claimed", "warned", "argued", "explained", "noted", "asked", "tweeted"]);

/** Forms too ambiguous to be a cue unless followed by "that", a colon or a quotation. */
export const STRICT_FORMS: ReadonlySet<string> = new Set([
  "show", "shows", "showed", "shown", "showing", "find", "finds", "found", "finding", "see", "sees", "saw", "seen", "seeing",
  "feel", "feels", "felt", "know", "knows", "knew", "known", "figure", "figures", "figured", "bet", "bets", "trust", "trusts", "trusted",
  "report", "reports", "post", "posts", "question", "questions",
  "quote", "quotes", "quoted",
  "state", "states", "read", "reads", "recognize", "recognizes", "attack", "attacks", "order", "orders", "defend", "defends",
  "recognized", "recognise", "recognised", "consider", "considers", "considered", "considering", "signal", "signals", "signaled",
  // bare forms that are mostly an adverb or a noun here: "came back", "a push for", "won 40 votes", "talking points"
  "back", "push", "votes", "points",
  "charge", "charges", "charged", "welcome", "welcomes", "welcomed", "maintain", "maintains", "maintained", "observe", "observes", "observed", "counter", "counters", "countered", 
]);

/**
 * Verbs that always take an object: right after a noun with no object of their own they are a passive
 * participle ("a contractor accused of spying", "emails deemed classified", "a plan described as reckless"),
 * and the noun is no source.
 */
export const PASSIVE_PARTICIPLE_LEMMAS: ReadonlySet<string> = new Set(["accuse", "deem", "call", "describe", "portray", "view", "expect", "project", "consider", "blame", "urge"]);

/** Adverbs that attribute their clause to someone unnamed: "Bloomberg is reportedly considering a run". */
export const ADVERB_CUES: ReadonlySet<string> = new Set(["reportedly", "allegedly", "purportedly", "supposedly", "ostensibly"]);

/**
 * "Asked whether…, X said" / "When asked about…": a question opening the sentence, put to the
 * sentence's subject by someone the text does not name; the question is what was asked.
 */
export const QUESTION_OPENERS: ReadonlySet<string> = new Set(["asked", "pressed", "questioned"]);
/** the words that may come before such a question: "When asked…", "If pressed…" */
export const QUESTION_LEADS: ReadonlySet<string> = new Set(["when", "whenever", "if", "once", "after", "before", "while", "also", "later"]);

/** Multi-word cues whose source follows them: "according to X". */
export const SOURCE_FIRST_PHRASES: readonly (readonly string[])[] = [["according", "to"]];

/** Adverbs, auxiliaries and negation that may stand between a subject and its cue. */
export const BETWEEN_SUBJECT_AND_CUE: ReadonlySet<string> = new Set([
  "has", "have", "had", "also", "will", "would", "could", "can", "may", "might", "should", "must", "did", "does", "do",
  "not", "never", "is", "are", "was", "were", "be", "been", "being", "previously", "later", "then", "once", "repeatedly",
  "publicly", "recently", "already", "just", "further", "now", "still", "firmly", "strongly", "clearly", "often", "even",
  "reportedly", "privately", "openly", "initially", "first", "and", "but", "n't", "really", "long", "always", "only", "since",
  "has also", "ever", "again", "quickly", "flatly", "explicitly", "directly", "widely", "generally", "apparently",
  "originally", "too", "had", "seems", "seemed", "appears", "appeared", "to", "tried", "wants", "wanted",
  // catenative verbs: "is continuing to insist", "began to argue", "are likely to say"
  "continue", "continues", "continued", "continuing", "begin", "begins", "began", "beginning", "start", "starts", "started",
  "try", "tries", "trying", "seem", "appear", "going", "likely", "more", "less", "able", "set", "generally", "both", "all",
  "quick", "eager", "happy", "willing", "ready", "due", "expected", "however", "though", "meanwhile", "instead",
  "nonetheless", "nevertheless", "separately", "previously", "subsequently", "immediately", "again",
  // an emphatic reflexive: "Obama himself said"
  "himself", "herself", "themselves", "itself", "myself",
  // a postposed modifier of the subject: "Democratic voters overall said", "Republicans alike said"
  "overall", "alike", "jointly",
  // negative contractions, which compromise keeps as one term ("hasn't", normalised from "hasn’t")
  "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't", "doesn't", "don't", "didn't", "won't",
  "wouldn't", "can't", "couldn't", "shouldn't", "mustn't",
]);

/** Subjects that make an evidence verb ("show", "find") a cue without "that": "polls show Clinton leading". */
export const EVIDENCE_SUBJECTS: ReadonlySet<string> = new Set(`poll polls survey surveys study studies report reports
 data records documents figures numbers results analysis research statistics filings estimates projections
 review audit investigation probe census polling survey tally count video footage photos images
 files emails logs tallies transcripts`.trim().split(/\s+/));

/** Words that introduce the reported content right after the cue (kept in the content, as PolNeAR does). */
export const COMPLEMENTIZERS: ReadonlySet<string> = new Set(["that", "whether", "if", "how", "why", "what", "when", "where", "who"]);

/** a verb contracted onto the word before it ("he's", "they’d", "we'll"): strip it to find the word */
export const CONTRACTION = /['’](s|d|ll|re|ve|m)$/;
/** A possessive ending: "Yoon's", "voters'", "Monday's". */
export const POSSESSIVE = /['’]s?$/;

export const PERSON_PRONOUNS: ReadonlyMap<string, "male" | "female" | "self" | "plural" | "neuter"> = new Map([
  ["he", "male"], ["him", "male"], ["she", "female"], ["her", "female"], ["i", "self"], ["we", "plural"],
  ["they", "plural"], ["it", "neuter"], ["you", "self"], ["who", "self"], ["which", "neuter"],
]);

/** Possessive pronouns, and what a noun phrase they stand for must be. */
export const POSSESSIVE_AGREEMENT: ReadonlyMap<string, "male" | "female" | "plural" | "neuter"> = new Map([
  ["his", "male"], ["her", "female"], ["their", "plural"], ["its", "neuter"],
]);

/** Titles and roles written before a name ("Lt Gen Budanov", "President Yoon"). */
export const TITLE_WORDS: ReadonlySet<string> = new Set(`mr mrs ms miss dr prof professor sir dame lord lady rev
 president vice prime minister secretary senator sen rep representative congressman congresswoman governor gov
 mayor judge justice chancellor king queen prince princess pope general gen lt lieutenant col colonel maj major
 capt captain cmdr commander adm admiral sgt sergeant chief spokesman spokeswoman spokesperson ambassador
 director chairman chairwoman chair ceo founder leader speaker editor analyst attorney lawyer deputy
 foreign defence defense interior finance state former acting deputy sheriff officer detective candidate
 nominee hopeful rival host anchor reporter correspondent columnist author economist professor
 republican democrat democratic gop mp mep msp mla assemblyman assemblywoman councilman councilwoman councillor
 commissioner superintendent inspector chancellor treasurer executive cfo coo cto strategist adviser advisor aide
 pollster historian envoy counsel negotiator`.trim().split(/\s+/));

/** Heads of noun phrases that name organisations ("Yoon's office", "the spy agency"). */
export const ORGANISATION_HEADS: ReadonlySet<string> = new Set(`agency office ministry department service government
 administration company firm party committee campaign newspaper paper website site magazine network channel
 station council court commission bureau institute university college school union association organization
 organisation group army military police embassy kremlin white house senate congress parliament assembly
 cabinet regime team club bank fund foundation corporation corp inc council board authority authorities international
 directorate command centre center secretariat federation coalition alliance publication outlet daily times post
 journal news tribune report poll survey study`.trim().split(/\s+/));

/** Heads of noun phrases that name unnamed people ("a military source", "officials"). */
export const ANONYMOUS_HEADS: ReadonlySet<string> = new Set(["source", "sources", "insider", "insiders", "aide", "aides", "official", "officials", "person", "people", "someone", "diplomat", "diplomats"]);
export const ANONYMOUS_MARKERS: ReadonlySet<string> = new Set(["anonymous", "unnamed", "anonymously", "a", "an", "one", "some", "several", "senior", "familiar"]);

/** Plural heads of groups of people ("military experts", "analysts"). */
export const GROUP_HEADS: ReadonlySet<string> = new Set(`experts analysts critics observers officials residents
 voters people lawmakers legislators democrats republicans conservatives liberals activists supporters opponents
 leaders members scientists economists researchers investigators prosecutors officers soldiers troops
 americans citizens protesters workers parents students teachers doctors witnesses observers diplomats
 allies rivals candidates pollsters strategists advocates groups others many most some both all
 unions farmers families employees staff`.trim().split(/\s+/));

/**
 * Nouns of saying or stance that take what was said as a prepositional complement after a possessive
 * holder: "his attacks on the press", "Smith's criticism of the plan", "her support for the deal".
 * noun → the prepositions that introduce the content.
 */
export const NOUN_CUES: ReadonlyMap<string, readonly string[]> = new Map(Object.entries({
  criticism: ["of"], criticisms: ["of"], attack: ["on"], attacks: ["on"], support: ["for"],
  call: ["for"], calls: ["for"], announcement: ["of"], endorsement: ["of"], opposition: ["to"],
  defense: ["of"], defence: ["of"], praise: ["for", "of"], condemnation: ["of"], denial: ["of"],
  rejection: ["of"], embrace: ["of"], critique: ["of"],
  dismissal: ["of"],
}));

/** Nouns of saying or believing that take a "that" clause after a possessive holder: "his claim that…", "Smith's warning that…". */
export const NOUN_THAT_CUES: ReadonlySet<string> = new Set(`claim claims assertion assertions argument arguments belief beliefs
 view insistence suggestion statement statements comment comments remark remarks promise promises pledge warning warnings
 fear fears hope hopes contention allegation allegations charge accusation accusations admission announcement
 prediction predictions assurance assurances concern concerns complaint complaint suspicion conviction position
 explanation response reply denial vow threat notion idea sense`.trim().split(/\s+/));
