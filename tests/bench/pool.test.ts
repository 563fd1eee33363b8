/**
 * The worker pool (src/cli/pool.ts) as built in dist/ (`npm test` builds first): results come
 * back in input order and equal to the single-thread results, whatever finishes first. No timing.
 */
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";

const POOL = new URL("../../dist/cli/pool.js", import.meta.url);

type Item = { ok: boolean; input?: { id: string; text: string; date?: string | null } };

// documents of very different lengths, so a later short one tends to finish before an earlier long one
const long = "The minister said on Friday that 12,000 troops had arrived in Kyiv. ".repeat(60);
const items: Item[] = [
  { ok: true, input: { id: "a", text: long, date: "2024-10-18" } },
  { ok: true, input: { id: "b", text: "Prices rose 3% in Paris last week.", date: "2024-10-18" } },
  { ok: false },
  { ok: true, input: { id: "c", text: "\"We will not stand by,\" she said on Tuesday.", date: "2024-10-18" } },
  { ok: true, input: { id: "d", text: long.slice(0, 700), date: "2024-10-18" } },
  { ok: true, input: { id: "e", text: "Nothing happened.", date: "2024-10-18" } },
];

async function* feed(): AsyncGenerator<Item> {
  for (const item of items) yield item;
}

describe.skipIf(!existsSync(POOL))("extractAll", () => {
  it("yields every item once, in input order, with the same facts on 2 workers as on one thread", async () => {
    const { extractAll } = (await import(POOL.href)) as typeof import("../../src/cli/pool.js");
    const run = async (jobs: number) => {
      const out: { id: string | null; facts: unknown }[] = [];
      for await (const { item, outcome } of extractAll(feed(), {}, jobs)) {
        out.push({ id: item.input?.id ?? null, facts: outcome && (outcome.ok ? outcome.facts : outcome.message) });
      }
      return out;
    };
    const one = await run(1);
    const two = await run(2);
    expect(one.map((r) => r.id)).toEqual(["a", "b", null, "c", "d", "e"]);
    expect(two).toEqual(one);
    expect(one[2].facts).toBeNull(); // an item that is not ok gets no outcome
  }, 120_000);
});
