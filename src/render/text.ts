/** Plain-text helpers shared by the human-readable renderers. */

/** One line of text: newlines and runs of white space folded, cut to `max` characters with an ellipsis. */
export function oneLine(s: string, max: number): string {
  const flat = s.replace(/\s+/g, " ").trim();
  return flat.length > max ? flat.slice(0, Math.max(0, max - 1)) + "…" : flat;
}

export function formatValue(value: number | readonly [number, number]): string {
  const f = (n: number) => (Number.isInteger(n) ? n.toLocaleString("en-US") : String(n));
  return typeof value === "number" ? f(value) : `${f(value[0])}–${f(value[1])}`;
}
