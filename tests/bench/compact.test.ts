/**
 * The gazetteer's compact form (src/build/compact-gazetteer.ts), which the startup snapshot holds
 * and the bundle's workers read from dist/bundle/gazetteer.bin: it must answer exactly as the
 * gazetteer it was made from — same keys in the same order, same entries (field by field, in the
 * same order, one object per entry), same small maps — and survive a trip through bytes.
 */
import { describe, expect, it } from "vitest";
import { compact, deserializeCompact, fromCompact, serializeCompact } from "../../src/build/compact-gazetteer.js";
import { gazetteer, type Entry, type Gazetteer } from "../../src/places/gazetteer.js";

/** every answer of `b` equals `a`'s; entries map one to one (the same entry of `a` is always the same entry of `b`) */
function expectSame(a: Gazetteer, b: Gazetteer): void {
  const twin = new Map<Entry, Entry>();
  const same = (x: Entry, y: Entry) => {
    expect(Object.entries(y)).toEqual(Object.entries(x));
    const seen = twin.get(x);
    if (seen) expect(seen).toBe(y);
    else twin.set(x, y);
  };
  expect([...b.byName.keys()]).toEqual([...a.byName.keys()]);
  expect(b.byName.size).toBe(a.byName.size);
  for (const [k, list] of a.byName) {
    const other = b.byName.get(k)!;
    expect(other.length).toBe(list.length);
    list.forEach((e, i) => same(e, other[i]));
  }
  for (const k of ["", "no such place", "\uffff", "paris "]) expect(b.byName.has(k)).toBe(a.byName.has(k));
  for (const name of ["countries", "admin1", "preferred"] as const) {
    expect([...b[name].keys()]).toEqual([...a[name].keys()]);
    for (const [k, e] of a[name]) same(e, b[name].get(k)!);
  }
  expect([...b.townsByCountry.keys()]).toEqual([...a.townsByCountry.keys()]);
  for (const [cc, list] of a.townsByCountry) list.forEach((e, i) => same(e, b.townsByCountry.get(cc)![i]));
  expect([...b.upper]).toEqual([...a.upper]);
  const [ua, ub] = [[...a.upperOnly], [...b.upperOnly]];
  expect(ub.length).toBe(ua.length);
  ua.forEach((e, i) => same(e, ub[i]));
  for (const e of ua) expect(b.upperOnly.has(twin.get(e)!)).toBe(true);
}

describe("compact gazetteer", () => {
  const g = gazetteer();
  const data = compact(g);

  it("answers as the gazetteer it was made from", () => {
    expectSame(g, fromCompact(data));
  }, 60_000);

  it("answers the same after a trip through bytes", () => {
    const bytes = serializeCompact(data);
    // a copy at an odd offset: the reader must not assume its bytes are aligned
    const shifted = new Uint8Array(bytes.length + 1).subarray(1);
    shifted.set(bytes);
    expectSame(g, fromCompact(deserializeCompact(shifted)));
  }, 60_000);
});
