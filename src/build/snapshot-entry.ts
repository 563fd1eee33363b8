/**
 * Entry of the startup snapshot (see bundle.ts): bundled to one CommonJS file, run once by
 * `node --build-snapshot` at build time. It loads the CLI and the library, extracts from a short
 * text so that compromise's lexicon, the gazetteer index and every lazily built table exist, and
 * leaves that heap in the snapshot; `node --snapshot-blob factx.blob args…` then starts from it.
 */
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import v8 from "node:v8";
import { main } from "../cli/main.js";
import { serve } from "../cli/worker.js";
import { extractDocument } from "../index.js";
import { gazetteer, useGazetteer } from "../places/gazetteer.js";
import { compactGazetteer } from "./compact-gazetteer.js";

declare global {
  // what `import.meta.url` of the bundled modules reads (esbuild `define`): the snapshot has no file of its own
  var __factxModuleUrl: string;
  // set by the snapshot's stand-in for places/data/geonames.ts (bundle.ts)
  var __factxReleaseGeonames: (() => void) | undefined;
}

// A made-up paragraph touching every category, so their first-use work is done here.
const WARM_UP = `LONDON, 18 October 2024 — "We will not stand by," the foreign minister said on Friday in Kyiv,
adding that about 12,000 troops and $5.2bn (£4bn) in aid had reached Ukraine last week. Prices rose 3.4% in
September, up from 2.1% in August, according to the Office for National Statistics. Officials in Seoul and
Washington said the talks would resume next Tuesday, three years after they stalled.`;

// Regular expressions run here stay in bytecode: V8 11 (Node 20) aborts serializing a RegExp's native
// code (and crashes running one compiled before the switch). The flags are restored before the
// snapshot is taken (its V8 flag hash must match at start).
v8.setFlagsFromString("--regexp-interpret-all");
// The gazetteer in its compact form (compact-gazetteer.ts), before anything caches its entries;
// then the text it was built from goes (bundle.ts reads it from a file for the snapshot).
useGazetteer(compactGazetteer(gazetteer()));
globalThis.__factxReleaseGeonames?.();
extractDocument({ id: "warm-up", text: WARM_UP }, {});
extractDocument({ id: "warm-up", text: WARM_UP }, { date: "2024-10-18" });
v8.setFlagsFromString("--no-regexp-interpret-all");
v8.setFlagsFromString("--regexp-tier-up"); // --regexp-interpret-all turned it off

v8.startupSnapshot.setDeserializeMainFunction(() => {
  // started as `node --snapshot-blob <dist>/snapshot/factx.blob args…`: locate dist/bundle/ from the blob
  const i = process.execArgv.indexOf("--snapshot-blob");
  const blob = i >= 0 ? process.execArgv[i + 1] : process.execArgv.find((a) => a.startsWith("--snapshot-blob="))?.slice(16);
  if (blob) globalThis.__factxModuleUrl = pathToFileURL(join(dirname(blob), "../bundle/main.js")).href;
  globalThis.__factxSnapshot = true; // pool.ts: fork processes, not threads
  if (process.env.FACTX_WORKER === "1" && process.send) return serve(); // forked by pool.ts
  void main([process.argv[0], "factx", ...process.argv.slice(1)]);
});
