#!/bin/sh
':' /*-
# This file is a shell script and an ES module at once: for sh the line above is a no-op, for
# JavaScript a string and the start of this comment. Run as a program (npm's bin link, ./bin/factx.js),
# /bin/sh reads the part up to `exec node`: for one document, when `npm run build` left a startup
# snapshot made by this very node from this very build (src/build/bundle.ts), it starts node on the
# snapshot itself, one process instead of two; anything else goes to the launcher below, which
# `node bin/factx.js` runs too (src/build/launch.ts: the same checks, then snapshot, bundle or tsc's output).
p=$(readlink -f -- "$0" 2>/dev/null) || p=$0
d=${p%/*}/../dist
if [ -z "$FACTX_NO_SNAPSHOT" ] && [ -f "$d/snapshot/factx.blob" ] && [ -f "$d/snapshot/node" ] && ! [ "$d/index.js" -nt "$d/snapshot/factx.blob" ]; then
  # one document: no --ndjson, at most one input, not a directory (else: the launcher decides)
  n=0 first= skip= rest=
  for a do
    if [ -n "$skip" ]; then skip=; continue; fi
    if [ -z "$rest" ]; then
      case $a in
        --ndjson) n=9; break ;;
        --) rest=1; continue ;;
        -d|--date|-f|--format|--only|--max-bytes|--timeout|--time-limit|-j|--jobs|--ignore|--junit) skip=1; continue ;;
        -) ;;
        -*) continue ;;
      esac
    fi
    n=$((n + 1)); first=$a
  done
  if [ $n -le 1 ] && ! [ -d "$first" ]; then
    read -r version flags < "$d/snapshot/node"
    # shellcheck disable=SC2086 # flags: V8 options, split on purpose
    [ "$(node --version)" = "$version" ] && exec node $flags --snapshot-blob "$d/snapshot/factx.blob" -- "$@"
  fi
fi
exec node "$p" "$@"
-*/
// Run by node: start the CLI from the snapshot, the bundle or tsc's output, fastest first.
import { launch } from "../dist/build/launch.js";
await launch(process.argv);
