/**
 * Word lists the place recognizer consults. Lower-case unless noted.
 */

/** Words after a name that make it a first-level division ("the Kursk region", "Benue State"). */
export const ADMIN_WORDS = new Set(["region", "province", "oblast", "krai", "kray", "state", "governorate", "prefecture", "county", "district", "territory"]);

/** Heads that make a capitalized name a place even when the gazetteer lacks it ("Walker County", "Royal Street"). */
export const PLACE_HEADS = new Set([
  "county", "township", "parish", "borough", "province", "oblast", "governorate", "prefecture",
  "street", "st", "st.", "avenue", "ave", "ave.", "road", "rd", "rd.", "boulevard", "blvd", "blvd.", "lane", "drive", "square", "plaza",
  "quarter", "canal", "parade", "point", "area", "lga",
  "river", "creek", "lake", "island", "islands", "bay", "beach", "valley", "canyon", "peninsula", "strait", "straits",
  "mountains", "mountain", "hills", "desert", "forest", "falls", "coast", "harbour", "harbor", "airport", "bridge",
  // facilities, which news and GeoWebNews treat as places: "Barclays Center", "New Bilibid Prison"
  "center", "centre", "hospital", "church", "cathedral", "prison", "palace", "theatre", "theater", "racecourse",
  "stadium", "arena", "gardens", "mall", "park", "hall", "penitentiary", "temple", "mosque",
]);

/** Words before a name that make it a place ("Mount Kenya", "Lake Manassas"). */
export const PLACE_PREFIXES = new Set(["mount", "mt.", "lake", "cape", "port", "fort", "isle", "gulf", "sea", "bay", "point", "rue", "faubourg", "palais", "plaza", "piazza", "calle", "avenida"]);

/** Capitalized words after a place name that make the whole an organisation or a work ("Malaysia Airlines"). */
export const ORG_TAILS = new Set([
  "airlines", "airways", "air", "post", "times", "herald", "journal", "tribune", "gazette", "telegraph", "express",
  "chronicle", "observer", "standard", "news", "today", "daily", "press", "magazine", "radio", "tv", "television",
  "broadcasting", "university", "college", "school", "academy", "institute", "council", "police", "bank", "group",
  "inc", "inc.", "corp", "corp.", "corporation", "company", "co", "co.", "ltd", "ltd.", "plc", "llc", "club", "fc",
  "united", "rovers", "athletic", "hilton", "hotel", "museum", "observatory", "association", "party", "ministry",
  "department", "office", "agency", "commission", "committee", "court", "foundation", "society", "stock", "exchange",
  "energy", "oil", "gas", "motors", "sheriff", "sheriff's", "sheriff’s", "fire", "railways", "railway", "railroad",
  "symphony", "orchestra", "opera", "ballet", "theatre", "theater", "zoo", "library", "hospital", "clinic", "medical",
  "health", "mall", "cathedral", "church", "temple", "mosque", "synagogue", "stadium", "arena", "center", "centre",
  "hall", "house", "palace", "prison", "jail", "penitentiary", "correctional", "republic", "state's", "statehouse",
  "purchase", "declaration", "accord", "accords", "agreement", "treaty", "convention", "protocol", "summit",
  "talk", "line", "fashion", "week", "marathon", "open", "grand", "prix", "cup", "games", "festival", "show",
  "times-picayune", "sun", "star", "globe", "mail", "mirror", "guardian", "independent", "review", "bulletin",
  "pd", "capitals", "nationals", "giants", "jets", "rangers", "kings", "lakers", "knicks", "yankees", "mets",
  "dodgers", "cardinals", "saints", "patriots", "bulls", "warriors", "clippers", "city", "county's",
]);

/** Capitalized words before "of" that make "X of <place>" an organisation ("University of Washington"). */
export const ORG_HEADS = new Set([
  "university", "college", "school", "bank", "institute", "museum", "council",
  "department", "ministry", "government", "church", "diocese", "archdiocese", "academy", "association", "society",
  "league", "federation", "chamber", "office", "board", "commission", "committee", "court", "parliament", "assembly",
  "club", "company", "corporation", "sheriff", "police", "hospital", "clinic", "times", "star", "mall", "treaty",
]);

/** Heads of "X of <country>" that make an institution rather than an arm of the country ("Culinary Institute of America"). */
export const INSTITUTION_HEADS = new Set(["university", "college", "school", "institute", "academy", "museum", "church", "diocese", "archdiocese", "club", "times", "star"]);

/** Titles before a name that make it a person ("Mr Jackson", "Gov. Georgia…"). */
export const TITLES = new Set([
  "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "sir", "dame", "lord", "lady", "gov", "gov.",
  "governor", "sen", "sen.", "senator", "rep", "rep.", "judge", "justice", "gen", "gen.", "general", "col", "col.",
  "colonel", "sgt", "sgt.", "sergeant", "capt", "capt.", "captain", "lt", "lt.", "lieutenant", "officer", "coach",
  "king", "queen", "prince", "princess", "pope", "bishop", "rev", "rev.", "reverend", "father", "brother", "sister",
  "president", "chancellor", "minister", "secretary", "mayor", "detective", "deputy", "trooper", "professor", "prof",
  "prof.", "chef", "uncle", "aunt", "saint",
]);

/** Words before a name that say it is a place: "in Nelson", "near Reading". */
export const LOCATIVES = new Set([
  "in", "at", "from", "to", "near", "outside", "inside", "into", "across", "around", "toward", "towards", "via",
  "through", "throughout", "between", "within", "across", "downtown", "northern", "southern", "eastern", "western",
  "central", "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "visit", "visited",
  "visiting", "left", "reached", "entered", "leave", "leaving", "based", "born", "native", "toured", "flew", "fled", "of",
]);

/** Lower-case words allowed inside a multi-word name ("Isle of Man", "Trinidad and Tobago"). */
export const CONNECTORS = new Set(["of", "the", "and", "de", "del", "du", "la", "le", "les", "des", "da", "do", "dos", "das", "upon", "on", "al", "el", "es", "y", "sur", "am", "im", "an", "der", "den", "van", "von", "di", "en", "&"]);

/** Common words and names that double as small-town names; never places on their own. */
export const NOT_PLACES = new Set([
  "god", "jesus", "christ", "allah", "buddha", "mass", "the", "police", "university", "college", "mission", "tribune",
  "liberty", "justice", "independence", "victory", "unity", "union", "hope", "faith", "grace", "providence", "trinity",
  "centre", "center", "central", "north", "south", "east", "west", "northern", "southern", "eastern", "western",
  "house", "state", "city", "district", "county", "avenue", "road", "street", "township", "council", "public", "yes",
  "six", "van", "summit", "nato", "opec", "asean", "zara", "obama", "trump", "surprise", "enterprise", "commerce",
  "opera", "king", "salt", "white house", "congress", "parliament", "senate", "court", "government", "heaven",
  "hell", "part", "chapter", "section", "article", "volume", "book", "act", "phase", "stage", "round", "level",
  "vice", "states", "large", "deal", "playbook", "bay", "side", "oriental", "post", "homeland", "chief", "est", "pst", "cst", "mst", "gmt", "utc", "edt", "pdt", "cdt", "bst", "cet", "january", "february", "march", "april", "may", "june", "july", "august", "september",
  "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "paul", "mary", "michael", "valley", "village", "town", "region", "province", "square",
]);

/** Capitalized words after a place name that keep it a place: roles and institutions it modifies ("US Ambassador"). */
export const MODIFIED_ROLES = new Set([
  "president", "vice", "prime", "minister", "ministers", "premier", "chancellor", "ambassador", "ambassadors", "secretary",
  "embassy", "consulate", "consul", "army", "navy", "air", "marines", "forces", "force", "military", "troops", "coast",
  "government", "congress", "senate", "senator", "congressman", "congresswoman", "representative", "governor", "gov.",
  "sen.", "rep.", "mayor", "chief", "attorney", "treasury", "state", "parliament", "cabinet", "officials",
  "border", "customs", "immigration", "commissioner", "envoy",
  "open", "championship", "championships", "ambassador's", "rep", "sen", "gov", "lt", "commissioner", "spokesman",
  "spokeswoman", "authorities", "lawmakers", "ministry", "legislature", "legislators", "republicans", "democrats", "residents",
]);

/** Capitalized words that may precede a place name without making it part of another name ("Central London"). */
export const PLACE_MODIFIERS = new Set([
  "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "greater", "upper",
  "lower", "inner", "outer", "downtown", "metro", "old", "new", "nearby", "neighbouring", "neighboring", "rural",
  "in", "from", "to", "at", "near", "across", "across", "of", "and", "or", "but", "as", "for", "with", "by", "on",
  "that", "the", "a", "an", "while", "when", "where", "after", "before", "since", "until", "like", "both", "all",
  "tropical", "mainland", "coastal", "southwestern", "southeastern", "northwestern", "northeastern", "gen", "gen.",
]);

/** Feature types of place-shaped names by their head word. */
export const FEATURE_OF_HEAD: Record<string, string> = Object.fromEntries([
  ...["street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "drive", "square", "plaza", "parade"].map((w) => [w, "street"]),
  ["quarter", "district"], ["canal", "water"], ["area", "region"], ["lga", "county"],
  ...["county", "township", "parish", "borough"].map((w) => [w, "county"]),
  ...["province", "oblast", "governorate", "prefecture", "region", "state", "district"].map((w) => [w, "region"]),
  ...["river", "creek", "lake", "bay", "strait", "straits", "falls", "harbour", "harbor"].map((w) => [w, "water"]),
  ...["island", "islands", "peninsula", "point", "coast", "beach", "valley", "canyon", "mountains", "mountain", "hills", "desert", "forest"].map((w) => [w, "landform"]),
  ...["airport", "bridge", "center", "centre", "hospital", "church", "cathedral", "prison", "palace", "theatre", "theater",
    "racecourse", "stadium", "arena", "gardens", "mall", "park", "hall", "penitentiary", "temple", "mosque"].map((w) => [w, "facility"]),
]);

/** Demonyms the suffix rule (Russia → Russian) cannot derive. */
export const IRREGULAR_DEMONYMS = new Set([
  "filipino", "filipina", "filipinos", "dutch", "french", "british", "english", "welsh", "scottish", "scots", "irish",
  "swiss", "greek", "thai", "danish", "swedish", "finnish", "norwegian", "icelandic", "spanish", "portuguese",
  "turkish", "kurdish", "arab", "arabic", "afghan", "saudi", "emirati", "kuwaiti", "qatari", "omani", "yemeni",
  "peruvian", "malagasy", "congolese", "ivorian", "malian", "somali", "sudanese", "chinese", "japanese", "vietnamese",
  "lebanese", "burmese", "nepalese", "taiwanese", "maltese", "cypriot", "czech", "slovak", "polish", "german", "dane",
  "swede", "finn", "pole", "turk", "briton", "brit", "yankee", "kiwi", "aussie", "latino", "latina", "hispanic",
]);

/** words compromise may mis-tag in a run-on headline ("OKLAHOMA CITY The Latest") that never continue a name */
export const FUNCTION_WORDS = new Set(["the", "a", "an", "this", "that", "these", "those", "there", "are", "is", "was", "were", "it", "its", "as", "at", "in", "on", "by", "for", "from", "with", "and", "or", "but", "if", "when", "while", "after", "before", "another", "some", "many", "most", "last", "next", "how", "what", "why", "who", "where"]);

/** a country's own bodies after its name keep it a place: "the United States House of Representatives" */
export const COUNTRY_BODIES = new Set(["house", "department", "embassy", "consulate", "senate", "congress", "government", "navy", "army"]);

export const ORG_PREFIXES = new Set(["air", "radio", "team", "club", "bank", "fc", "ac", "inter", "sporting", "visit", "hotel"]);

export const PERSONAL_NOUNS = new Set(["campaign", "administration", "family", "era", "camp", "aides", "aide", "team", "presidency", "foundation", "years", "supporters", "voters", "staff", "allies", "doctrine"]);

export const NAME_OPENERS = new Set(["new", "old", "great", "little", "north", "south", "east", "west", "upper", "lower", "high", "long", "royal", "saint", "st", "port", "fort", "mount", "lake", "cape", "glen", "san", "santa", "los", "las", "el", "la", "le"]);

export const ABBREVIATED_HEADS = new Set(["st", "ave", "rd", "blvd", "mt", "ft"]);

export const PLURAL_HEADS = new Set(["streets", "avenues", "roads", "boulevards", "lanes", "drives", "squares", "rivers", "lakes", "islands", "counties"]);

/** words inside a capitalized run that make it an organisation, not a building: "Annenberg Public Policy Center" */
export const ORG_INNER = new Set(["policy", "research", "studies", "strategic", "affairs", "analysis", "institute", "foundation", "university", "college", "council", "committee", "association", "society", "public"]);

/** lower-case nouns after a name that make it a place: "the Crown Heights neighborhood" */
export const PLACE_NOUNS = new Set(["neighborhood", "neighbourhood", "area", "suburb", "village", "town", "township", "city", "district", "estate", "settlement", "municipality"]);

/** division words that belong in the span even in lower case */
export const SPAN_ADMIN_WORDS = new Set(["region", "oblast", "krai", "kray", "province", "prefecture"]);

export const COMPASS = new Set(["north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper", "lower", "greater"]);

/** words of a sentence about roads ("the A417 southbound carriageway", "a diversion via the A40") */
export const ROAD_WORDS = ["roads?", "roundabouts?", "junctions?", "motorways?", "carriageways?", "northbound", "southbound", "eastbound", "westbound", "diversions?", "traffic", "slip ?roads?", "lanes?", "dual carriageway", "bypass", "closed", "closure", "heading (?:north|south|east|west)"];

/** function words: capitalized inside a sentence, they mark a title-case headline ("Going To Go All The Way") */
export const TITLE_FUNCTION_WORDS = new Set(["the", "a", "an", "to", "of", "in", "on", "at", "for", "from", "with", "by", "as", "and", "or", "but", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "should", "not", "we", "he", "she", "it", "they", "you", "i", "his", "her", "its", "our", "their", "this", "that", "into", "over", "after", "about", "up", "if", "no", "make", "says", "say", "gets", "get"]);

/** verbs of saying after a bare name that make it a person ("Blackwell wrote") */
export const SPEECH_VERBS = new Set(["said", "says", "wrote", "writes", "tweeted", "tweets", "told", "added", "argued", "explained", "insisted", "replied", "recalled", "noted", "asked", "stated", "testified", "acknowledged", "admitted", "posted"]);

/** words after a name that make it a company's ("Williams Corp.", "Mesa Holdings") */
export const CORPORATE_TAILS = new Set(["corp", "corp.", "inc", "inc.", "co", "co.", "ltd", "ltd.", "plc", "llc", "corporation", "holdings", "bancorp", "industries", "shareholders", "stockholders"]);
/** lower-case words after a name that speak of a company's shares ("Mesa stock", "Meridian's shares") */
export const SHARE_WORDS = new Set(["stock", "shares", "shareholders", "stockholders", "stake"]);

/** ordinal words that name streets ("Third Street", "Fifth avenue") */
export const ORDINAL_WORDS = new Set(["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"]);
export const STREET_HEADS = new Set(["street", "avenue", "road", "lane", "boulevard"]);
