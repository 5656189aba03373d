#!/usr/bin/env bash
# Score every labelled set with one marsad binary, and print one line per set.
#   tools/eval_all.sh BIN OUTDIR     (from the repository root; needs ../shared)
# Each set's full report is kept in OUTDIR (ev-SET.txt, q-SET.txt, m-SET.txt), so two
# builds' directories can be compared set by set. Check sets are scored like the others;
# their errors are not printed (eval/README.md).
set -euo pipefail
bin=$1 out=$2
mkdir -p "$out"
for s in gold dev2 dev3 dev4 sent dev6 dev8 dev9 dev10 dev11 fresh dev5 heldout2 sent-check dev7 dev12 dev13; do
  "$bin" eval events --labels "eval/$s/resolved" >"$out/ev-$s.txt" 2>&1 &
done
wait
for s in gold dev2 dev3 dev4 dev6 dev8 dev9 dev10 dev11 heldout fresh dev5 heldout2 dev7 dev12 dev13; do
  "$bin" eval quotes --labels "eval/$s/resolved" >"$out/q-$s.txt" 2>&1 &
done
wait
for s in gold dev2 dev3 fresh; do
  "$bin" eval mentions --labels "eval/$s/resolved" >"$out/m-$s.txt" 2>&1 &
done
wait
f1() { grep -m1 "$1" "$2" | grep -o 'F1 [0-9.]*' | cut -d' ' -f2; }
for f in "$out"/ev-*.txt; do
  s=${f#"$out"/ev-}
  echo "events   ${s%.txt}: $(f1 'type + actor' "$f") / $(f1 'type per paragraph' "$f")"
done
for f in "$out"/q-*.txt; do
  s=${f#"$out"/q-}
  spk=$(grep -m1 'speaker country' "$f" | awk '{print $3}')
  echo "quotes   ${s%.txt}: all $(f1 ' all ' "$f"), speaker country $spk"
done
for f in "$out"/m-*.txt; do
  s=${f#"$out"/m-}
  echo "mentions ${s%.txt}: span + code $(f1 'span + code' "$f")"
done
