/** Verbs and phrases of saying, as data (lower-case forms). */
export const CUE_VERBS: ReadonlySet<string> = new Set([
  "said", "says", "say", "told", "tells", "added", "adds", "claimed", "claims", "warned", "warns",
  "wrote", "writes", "insisted", "insists", "denied", "denies", "confirmed", "confirms", "stated",
  "states", "announced", "announces", "argued", "argues", "explained", "noted", "reported", "asked",
  "believe", "believes", "believed", "telling", "saying", "according",
]);
