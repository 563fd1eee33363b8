import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { factx, SAMPLE, validateFacts } from "../helpers.js";

let dir: string;
const good = () => join(dir, "good.txt");

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "factx-inputs-"));
  writeFileSync(good(), "The minister said on Monday that 300 people had left Paris.\n");
  writeFileSync(join(dir, "empty.txt"), "  \n\n");
  mkdirSync(join(dir, "nothing-here"));
  writeFileSync(join(dir, "nothing-here", "data.json"), "{}");
  writeFileSync(join(dir, "binary.bin"), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00, 0x00, 0x41]));
  writeFileSync(join(dir, "latin1.txt"), Buffer.from("Caf\xe9 prices rose 5% in Paris.", "latin1"));
  writeFileSync(join(dir, "utf16.txt"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Prices rose 5% on Monday.", "utf16le")]));
});

/** Bad inputs: one line on stderr naming the input, exit 1, and the good inputs of the same run still complete. */
describe.each([
  ["a missing file", "missing.txt", "not-found", /no such file/],
  ["an empty file", "empty.txt", "empty", /empty input/],
  ["a binary file", "binary.bin", "binary", /binary file/],
  ["a directory with no articles", "nothing-here", "empty", /directory holds no \.txt, \.md or \.html files/],
])("%s", (_what, name, code, message) => {
  it("is reported in one line, exits 1, and the other inputs still produce output", () => {
    const r = factx(["--format", "ndjson", join(dir, name), good()]);
    expect(r.code).toBe(1);
    const errLines = r.stderr.trim().split("\n");
    expect(errLines).toHaveLength(1);
    expect(errLines[0]).toMatch(message);
    expect(errLines[0].startsWith(`factx: ${join(dir, name)}: `)).toBe(true);
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0].error).toMatchObject({ code });
    expect(lines[0].error.message).toMatch(message);
    expect(lines[1].id).toBe(good());
    expect(validateFacts(lines[1])).toBe(true);
    expect(lines[1].quantities.map((q: { value: number }) => q.value)).toContain(300);
  });
});

describe("a malformed NDJSON line", () => {
  it("gets an error record in place, exit 1, and the other lines are processed in order", () => {
    const input = [
      JSON.stringify({ id: "a", text: "Shares fell 3% on Tuesday.", date: "2024-10-18" }),
      "{not json",
      JSON.stringify({ id: "c", text: "" }),
      JSON.stringify({ text: "He visited Berlin in 2019." }),
      JSON.stringify({ id: "e", text: "x", date: "18/10/2024" }),
    ].join("\n");
    const r = factx(["--ndjson"], { input });
    expect(r.code).toBe(1);
    const out = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(["a", "<stdin>:2", "c", "<stdin>:4", "e"]);
    expect(out[1].error.code).toBe("bad-json");
    expect(out[2].error.code).toBe("empty");
    expect(out[4].error.code).toBe("bad-date");
    expect(out[0].date).toBe("2024-10-18");
    expect(out[0].dates[0]).toMatchObject({ text: "Tuesday", value: "2024-10-15" });
    expect(r.stderr).toMatch(/^factx: <stdin>:2: malformed JSON line/m);
    expect(r.stderr.trim().split("\n")).toHaveLength(3);
  });
});

describe("encodings", () => {
  it("replaces invalid UTF-8 and warns once, naming the input", () => {
    const r = factx(["--format", "json", join(dir, "latin1.txt")]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/latin1\.txt: warning: invalid UTF-8: 1 byte sequence/);
    const facts = JSON.parse(r.stdout);
    expect(facts.warnings[0]).toMatch(/invalid UTF-8/);
  });
  it("decodes UTF-16 with a byte-order mark", () => {
    const r = factx(["--format", "json", "--date", "2024-10-18", join(dir, "utf16.txt")]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).quantities[0]).toMatchObject({ text: "5%", value: 5 });
  });
});

describe("usage errors", () => {
  it.each([
    [["--format", "xml", SAMPLE]],
    [["--only", "weather", SAMPLE]],
    [["--date", "2024-13-45", SAMPLE]],
    [["--no-such-option"]],
  ])("%j exits 2 with a message", (args) => {
    const r = factx(args);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).not.toBe("");
    expect(r.stdout).toBe("");
  });
});
