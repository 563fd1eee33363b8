import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { readLines } from "../../src/cli/inputs.js";

const collect = async (chunks: Array<string | Buffer>, max = 100) => {
  const out: Array<string | null> = [];
  for await (const l of readLines(Readable.from(chunks), max)) out.push(l);
  return out;
};

describe("readLines", () => {
  it("splits lines across chunk boundaries, with LF or CRLF, and keeps a last line without a newline", async () => {
    expect(await collect(["a\nb", "c\r\nd\n", "e"])).toEqual(["a", "bc", "d", "e"]);
  });
  it("decodes a UTF-8 character split between two chunks", async () => {
    const bytes = Buffer.from("é\n", "utf8");
    expect(await collect([bytes.subarray(0, 1), bytes.subarray(1)])).toEqual(["é"]);
  });
  it("reports an overlong line as null, once, and goes on with the next", async () => {
    expect(await collect(["x".repeat(60), "x".repeat(60), "\nok\n"], 100)).toEqual([null, "ok"]);
    expect(await collect(["y".repeat(150)], 100)).toEqual([null]);
  });
});
