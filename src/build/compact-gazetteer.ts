/**
 * The gazetteer (src/places/gazetteer.ts) in a compact form for the startup snapshot: a few strings
 * and typed arrays instead of ~300,000 objects (55,000 entries, their lists, numbers and map
 * slots), which a process started from the snapshot would otherwise deserialize on every start
 * (~85 ms of a ~350 ms run). Entries are made on first use and kept, so the same name gives the
 * same Entry object every time, as in the gazetteer it was made from; every map iterates in the
 * same order, every list holds the same entries in the same order, every field has the same value.
 */
import { readFileSync } from "node:fs";
import { useGazetteer, type Entry, type Gazetteer, type Kind } from "../places/gazetteer.js";

/** A read-only map over `size` slots: `find` gives a key's slot, `keyAt`/`valueAt` its key and value, `order` the iteration order. */
class SlotMap<V> implements ReadonlyMap<string, V> {
  constructor(
    readonly size: number,
    private readonly find: (key: string) => number,
    private readonly keyAt: (slot: number) => string,
    private readonly valueAt: (slot: number) => V,
    private readonly order: (i: number) => number,
  ) {}
  get(key: string): V | undefined {
    const s = this.find(key);
    return s < 0 ? undefined : this.valueAt(s);
  }
  has(key: string): boolean {
    return this.find(key) >= 0;
  }
  *keys(): MapIterator<string> {
    for (let i = 0; i < this.size; i++) yield this.keyAt(this.order(i));
  }
  *values(): MapIterator<V> {
    for (let i = 0; i < this.size; i++) yield this.valueAt(this.order(i));
  }
  *entries(): MapIterator<[string, V]> {
    for (let i = 0; i < this.size; i++) {
      const s = this.order(i);
      yield [this.keyAt(s), this.valueAt(s)];
    }
  }
  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }
  forEach(fn: (value: V, key: string, map: ReadonlyMap<string, V>) => void, thisArg?: unknown): void {
    for (const [k, v] of this.entries()) fn.call(thisArg, v, k, this);
  }
}

/** strings joined, with the start of each (and the end of the last) */
function pack(strings: readonly string[]): { text: string; starts: Uint32Array } {
  const starts = new Uint32Array(strings.length + 1);
  let n = 0;
  strings.forEach((s, i) => {
    starts[i] = n;
    n += s.length;
  });
  starts[strings.length] = n;
  return { text: strings.join(""), starts };
}

/**
 * A copy of a string that shares no memory with it: V8 makes a substring of 13 characters or more
 * a view into the string it was cut from, which would keep the gazetteer's whole text alive.
 */
const own = (s: string): string => JSON.parse(JSON.stringify(s)) as string;

/** compares `key` with text[a, b) in UTF-16 code units, as `<` compares strings */
function compare(key: string, text: string, a: number, b: number): number {
  const n = Math.min(key.length, b - a);
  for (let i = 0; i < n; i++) {
    const d = key.charCodeAt(i) - text.charCodeAt(a + i);
    if (d !== 0) return d;
  }
  return key.length - (b - a);
}

/** The compact form: only strings, typed arrays and small arrays (see `compactGazetteer`). */
export interface CompactData {
  /** byName's keys, sorted (UTF-16 order), packed */
  keys: { text: string; starts: Uint32Array };
  /** slot in `keys` of each key in byName's own order */
  insertion: Uint32Array;
  /** entry ids of the key in slot s: listIds[listStart[s], listStart[s + 1]) */
  listStart: Uint32Array;
  listIds: Uint32Array;
  towns: (readonly [string, number[]])[];
  countries: (readonly [string, number])[];
  admin1: (readonly [string, number])[];
  upper: string[];
  upperOnly: number[];
  preferred: (readonly [string, number])[];
  /** entry fields: names packed; kind, featureType, countryCode, admin1 as indices into `strings`; geonameId (0 when nullId), lat, lon, population */
  names: { text: string; starts: Uint32Array };
  strings: (string | null)[];
  fields: Uint32Array;
  numbers: Float64Array;
  nullId: Uint8Array;
}

/** A gazetteer's compact form, from which `fromCompact` makes one that answers the same. */
export function compact(g: Gazetteer): CompactData {
  // every entry, numbered in order of first appearance
  const ids = new Map<Entry, number>();
  const all: Entry[] = [];
  const idOf = (e: Entry) => {
    let id = ids.get(e);
    if (id === undefined) {
      ids.set(e, (id = all.length));
      all.push(e);
    }
    return id;
  };
  const idList = (es: readonly Entry[]) => es.map(idOf);

  // byName: keys sorted for a binary search, each with its list of entry ids; `insertion` keeps the map's order
  const names = [...g.byName.keys()];
  const sorted = names.map((_, i) => i).sort((a, b) => (names[a] < names[b] ? -1 : names[a] > names[b] ? 1 : 0));
  const keys = pack(sorted.map((i) => names[i]));
  const insertion = new Uint32Array(names.length);
  sorted.forEach((i, slot) => (insertion[i] = slot));
  const lists = sorted.map((i) => idList(g.byName.get(names[i])!));
  const listStart = new Uint32Array(lists.length + 1);
  lists.forEach((l, slot) => (listStart[slot + 1] = listStart[slot] + l.length));
  const listIds = Uint32Array.from(lists.flat());

  const towns = [...g.townsByCountry].map(([cc, es]) => [own(cc), idList(es)] as const);
  const countries = [...g.countries].map(([cc, e]) => [own(cc), idOf(e)] as const);
  const admin1 = [...g.admin1].map(([code, e]) => [own(code), idOf(e)] as const);
  const upperOnly = [...g.upperOnly].map(idOf);
  const preferred = [...g.preferred].map(([k, e]) => [own(k), idOf(e)] as const);

  // the entries' fields, column by column; strings other than names by their index in a table
  const table = new Map<string | null, number>([[null, 0]]);
  const index = (s: string | null) => {
    let i = table.get(s);
    if (i === undefined) table.set(s, (i = table.size));
    return i;
  };
  const n = all.length;
  const entryNames = pack(all.map((e) => e.name));
  const fields = new Uint32Array(4 * n); // kind, featureType, countryCode, admin1
  const numbers = new Float64Array(4 * n); // geonameId, lat, lon, population
  const nullId = new Uint8Array(n);
  all.forEach((e, i) => {
    fields.set([index(e.kind), index(e.featureType), index(e.countryCode), index(e.admin1)], 4 * i);
    numbers.set([e.geonameId ?? 0, e.lat, e.lon, e.population], 4 * i);
    nullId[i] = e.geonameId === null ? 1 : 0;
  });
  const strings = [...table.keys()].map((x) => (x === null ? null : own(x)));
  return {
    keys, insertion, listStart, listIds, towns, countries, admin1, upper: [...g.upper].map(own), upperOnly, preferred,
    names: entryNames, strings, fields, numbers, nullId,
  };
}

/** The gazetteer `g` in compact form (see the top of this file). */
export function compactGazetteer(g: Gazetteer): Gazetteer {
  return fromCompact(compact(g));
}

/** A gazetteer that answers from compact data, making entries (and lists of them) on first use. */
export function fromCompact(data: CompactData): Gazetteer {
  const { keys, insertion, listStart, listIds, towns, countries, admin1, upperOnly, preferred, names: entryNames, strings, fields, numbers, nullId } = data;
  const n = nullId.length;
  const size = insertion.length;

  const made: (Entry | undefined)[] = new Array(n);
  const entry = (id: number): Entry => {
    let e = made[id];
    if (!e) {
      const f = 4 * id;
      made[id] = e = {
        geonameId: nullId[id] ? null : numbers[f],
        name: entryNames.text.slice(entryNames.starts[id], entryNames.starts[id + 1]),
        kind: strings[fields[f]] as Kind,
        featureType: strings[fields[f + 1]]!,
        countryCode: strings[fields[f + 2]],
        admin1: strings[fields[f + 3]],
        lat: numbers[f + 1],
        lon: numbers[f + 2],
        population: numbers[f + 3],
      };
    }
    return e;
  };
  const entries = (idsOf: ArrayLike<number>) => Array.from(idsOf, entry);

  const madeLists: (readonly Entry[] | undefined)[] = new Array(size);
  const byName = new SlotMap<readonly Entry[]>(
    size,
    (key) => {
      let lo = 0;
      let hi = size - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >>> 1;
        const c = compare(key, keys.text, keys.starts[mid], keys.starts[mid + 1]);
        if (c === 0) return mid;
        if (c < 0) hi = mid - 1;
        else lo = mid + 1;
      }
      return -1;
    },
    (slot) => keys.text.slice(keys.starts[slot], keys.starts[slot + 1]),
    (slot) => (madeLists[slot] ??= entries(listIds.subarray(listStart[slot], listStart[slot + 1]))),
    (i) => insertion[i],
  );

  /** a small map (a few thousand keys at most), made whole on first use */
  const small = <V>(pairs: readonly (readonly [string, V])[], value: (v: V) => Entry) => {
    let map: Map<string, Entry> | null = null;
    return () => (map ??= new Map(pairs.map(([k, v]) => [k, value(v)])));
  };
  const townSlot = new Map(towns.map(([cc], slot) => [cc, slot]));
  const townLists: (readonly Entry[] | undefined)[] = new Array(towns.length);
  const townsByCountry = new SlotMap<readonly Entry[]>(
    towns.length,
    (cc) => townSlot.get(cc) ?? -1,
    (slot) => towns[slot][0],
    (slot) => (townLists[slot] ??= entries(towns[slot][1])),
    (i) => i,
  );
  const countriesMap = small(countries, entry);
  const admin1Map = small(admin1, entry);
  const preferredMap = small(preferred, entry);
  let upperOnlySet: Set<Entry> | null = null;
  const upper = new Set(data.upper);

  return {
    byName,
    townsByCountry,
    get countries() {
      return countriesMap();
    },
    get admin1() {
      return admin1Map();
    },
    upper,
    get upperOnly() {
      return (upperOnlySet ??= new Set(upperOnly.map(entry)));
    },
    get preferred() {
      return preferredMap();
    },
  };
}

/** the typed arrays of CompactData, by path, in the order they are written */
const ARRAYS = [
  ["keys.starts", Uint32Array], ["insertion", Uint32Array], ["listStart", Uint32Array], ["listIds", Uint32Array],
  ["names.starts", Uint32Array], ["fields", Uint32Array], ["numbers", Float64Array], ["nullId", Uint8Array],
] as const;
type Typed = Uint32Array | Float64Array | Uint8Array;

function getArray(data: CompactData, path: string): Typed {
  const [a, b] = path.split(".");
  const v = (data as unknown as Record<string, Record<string, Typed> | Typed>)[a];
  return (b ? (v as Record<string, Typed>)[b] : v) as Typed;
}

/**
 * CompactData as bytes (dist/bundle/gazetteer.bin, written by bundle.ts): a little-endian u32
 * header length, a JSON header (the strings and small arrays, and where each typed array is, from
 * the first multiple of 8 after the header), then the typed arrays, each at a multiple of 8 bytes.
 */
export function serializeCompact(data: CompactData): Uint8Array {
  const { keys, names, insertion, listStart, listIds, fields, numbers, nullId, ...small } = data;
  void insertion; void listStart; void listIds; void fields; void numbers; void nullId;
  const placed: { path: string; offset: number; length: number }[] = [];
  let size = 0;
  for (const [path] of ARRAYS) {
    const a = getArray(data, path);
    placed.push({ path, offset: size, length: a.length });
    size = Math.ceil((size + a.byteLength) / 8) * 8;
  }
  const head = Buffer.from(JSON.stringify({ ...small, keysText: keys.text, namesText: names.text, arrays: placed }), "utf8");
  const base = Math.ceil((4 + head.length) / 8) * 8;
  const out = new Uint8Array(base + size);
  new DataView(out.buffer).setUint32(0, head.length, true);
  out.set(head, 4);
  for (const { path, offset } of placed) {
    const a = getArray(data, path);
    out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), base + offset);
  }
  return out;
}

/** CompactData from `serializeCompact`'s bytes (the typed arrays are views into them). */
export function deserializeCompact(bytes: Uint8Array): CompactData {
  if (bytes.byteOffset % 8) bytes = bytes.slice();
  const length = new DataView(bytes.buffer, bytes.byteOffset).getUint32(0, true);
  const head = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset + 4, length).toString("utf8")) as Omit<CompactData, "keys" | "names"> & {
    keysText: string; namesText: string; arrays: { path: string; offset: number; length: number }[];
  };
  const base = bytes.byteOffset + Math.ceil((4 + length) / 8) * 8;
  const arrays = new Map<string, Typed>();
  for (const { path, offset, length: n } of head.arrays) {
    const type = ARRAYS.find(([p]) => p === path)![1] as unknown as new (b: ArrayBufferLike, o: number, n: number) => Typed;
    arrays.set(path, new type(bytes.buffer, base + offset, n));
  }
  const get = <T extends Typed>(path: string) => arrays.get(path) as T;
  return {
    keys: { text: head.keysText, starts: get<Uint32Array>("keys.starts") },
    insertion: get("insertion"), listStart: get("listStart"), listIds: get("listIds"),
    towns: head.towns, countries: head.countries, admin1: head.admin1, upper: head.upper, upperOnly: head.upperOnly, preferred: head.preferred,
    names: { text: head.namesText, starts: get<Uint32Array>("names.starts") },
    strings: head.strings, fields: get("fields"), numbers: get("numbers"), nullId: get("nullId"),
  };
}

/**
 * The gazetteer from a file that bundle.ts wrote (dist/bundle/gazetteer.bin, beside the bundle it
 * was built with), or null when there is none: a worker then builds it from the data as usual.
 * Reading it takes ~10 ms and ~8 MB, building it ~200 ms and ~20 MB.
 */
export function loadCompactGazetteer(file: URL): Gazetteer | null {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch {
    return null;
  }
  return fromCompact(deserializeCompact(bytes));
}

/** Makes `gazetteer()` answer from `file` when there is one and this process does not hold the gazetteer already (the snapshot's heap does). */
export function installCompactGazetteer(file: URL): void {
  if (globalThis.__factxSnapshot) return;
  const g = loadCompactGazetteer(file);
  if (g) useGazetteer(g);
}
