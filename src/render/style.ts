/** Colours for human-readable output: the only module that imports chalk. */
import { Chalk, type ChalkInstance } from "chalk";

export type Palette = ChalkInstance;

export function palette(color: boolean): Palette {
  return new Chalk({ level: color ? 1 : 0 });
}

/** One colour per kind of fact, shared by the highlight view and its legend. */
export const KIND_COLORS = {
  date: "cyan",
  quantity: "yellow",
  place: "green",
  quote: "magenta",
} as const;
export type FactKind = keyof typeof KIND_COLORS;
