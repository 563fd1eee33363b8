/**
 * Lookup tables keyed by words from the text. A plain object literal answers
 * "toString" or "constructor" with Object.prototype's members, so a word from an
 * article could come back as a function; these tables have no prototype.
 */
export function table<T>(entries: Readonly<Record<string, T>>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
