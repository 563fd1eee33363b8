/**
 * src/nlp.ts parses with compromise minus its chunker and with its own version of the post-tagger's
 * rule sweep (bulkMatch). Both must leave every tag as a stock `nlp(text)` sets it: this compares them
 * term by term, so a compromise upgrade that changes what the sweep receives fails here, not in the scores.
 */
import { readFileSync } from "node:fs";
import nlp from "compromise";
import { describe, expect, it } from "vitest";
import { parse } from "../src/nlp.js";
import { SAMPLE } from "./helpers.js";

interface RawTerm { text: string; pre: string; post: string; tags: Set<string> }

const stock = (text: string) => (nlp(text) as unknown as { document: RawTerm[][] }).document.flat().map((t) => [t.pre, t.text, t.post, [...t.tags]]);
const ours = (text: string) => parse(text).terms.map((t) => [t.pre, t.text, t.post, [...t.tags]]);

const TEXTS = [
  readFileSync(SAMPLE, "utf8"),
  "Sen. Jane Doe (D-Mass.) said on Tuesday that she'd vote against the bill, calling it “a disgrace.”",
  "The Clinton campaign, which has raised $45.5 million, won't comment; aides say they're confident.",
  "In a CNN/ORC poll released Wednesday, 52% of likely voters backed Mr. Trump, up from 45% in May.",
  "Running late, the mayor's spokeswoman — who declined to be named — told reporters: “We will appeal.”",
  "Apple shares fell 3.2 percent to $182 after the company cut its forecast for the fourth quarter.",
  "''I'm not going anywhere,'' he said. ''Not now, not ever.'' Then he left for Des Moines.",
];

describe("one parse: the tags of a stock compromise parse", () => {
  it.each(TEXTS.map((t) => [t.slice(0, 40), t]))("%s…", (_label, text) => {
    expect(ours(text)).toEqual(stock(text));
  });
  it("leaves compromise as it found it for anyone else using it", () => {
    const before = stock(TEXTS[1]);
    parse(TEXTS[2]);
    expect(stock(TEXTS[1])).toEqual(before);
  });
});
