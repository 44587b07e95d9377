#!/usr/bin/env bash
# One line per seed of the error-injection harness, for comparing two builds side by side
# (BENCHMARKS.md quotes these rows): recall all four / en / kk / ru / uk, digit-change recall,
# false alarms per 1000 untouched lines, and figures swapped (cases, then recall per
# reference).
#
#   scripts/seed_rows.sh BIN [--extra] SEED...   (BIN: a built examples/inject_eval)
set -euo pipefail
bin=$1; shift; extra=""
if [ "${1:-}" = "--extra" ]; then extra=--extra; shift; fi
for seed in "$@"; do
  out=$("$bin" --no-peers --seed "$seed" $extra 2>/dev/null | sed -n '/^### sverka/,/^### naive/p')
  r=$(grep -m1 '^| \*\*recall, all families' <<<"$out" | awk -F'|' '{s=""; for(i=4;i<=8;i++){v=$i; gsub(/[ *]/,"",v); s=s (i>4?"/":"") v}; print s}')
  d=$(grep -m1 '^| digit change |' <<<"$out" | awk -F'|' '{s=""; for(i=4;i<=8;i++){v=$i; gsub(/[ *]/,"",v); s=s (i>4?"/":"") v}; print s}')
  f=$(grep -m1 '^| \*\*false alarms: the rest' <<<"$out" | awk -F'|' '{s=""; for(i=4;i<=8;i++){v=$i; sub(/ *\(.*/,"",v); gsub(/ /,"",v); s=s (i>4?"/":"") v}; print s}')
  fs=$(grep -m1 '^| figures swapped' <<<"$out" | awk -F'|' '{s=$3; for(i=4;i<=8;i++){v=$i; gsub(/[ *]/,"",v); s=s "/" v}; gsub(/ /,"",s); print s}' || true)
  echo "$seed | $r | digits $d | FA $f | swapped $fs"
done
