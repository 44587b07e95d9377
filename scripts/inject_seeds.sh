#!/usr/bin/env bash
# Runs the error-injection harness (examples/inject_eval) with several seeds and prints, per
# seed, recall over all families, recall of digit changes (issue 6 asks >= 0.98 of them), the
# same over the digit changes whose figure the reference gives on its line, and
# the false alarms (findings on untouched lines that examples/inject_eval/reviewed.tsv does not
# list as true), for all four references and each one. A rule tuned to one seed's cases shows
# here as a gap between seeds.
#
#   scripts/inject_seeds.sh [SEED ...]     (default: 42 7 123 2024 99)
set -euo pipefail
cd "$(dirname "$0")/.."
seeds=("$@")
[ ${#seeds[@]} -eq 0 ] && seeds=(42 7 123 2024 99)
cargo build --release --example inject_eval >/dev/null 2>&1
echo "| seed | cases | recall: all four / en / kk / ru / uk | digit changes: cases, recall | digit changes the reference gives: found of cases | false alarms per 1000: all four / en / kk / ru / uk |"
echo "|---|---|---|---|---|---|"
for seed in "${seeds[@]}"; do
  out=$(target/release/examples/inject_eval --no-peers --seed "$seed" 2>/dev/null)
  # Only sverka's table: it comes first, before the "### naive digits" heading.
  ours=$(sed -n '/^### sverka/,/^### naive/p' <<<"$out")
  recall_line=$(grep -m1 '^| \*\*recall, all families' <<<"$ours")
  cases=$(awk -F'|' '{gsub(/ /,"",$3); print $3}' <<<"$recall_line")
  recall=$(awk -F'|' '{s=""; for(i=4;i<=8;i++){v=$i; gsub(/[ *]/,"",v); s=s (i>4?" / ":"") v}; print s}' <<<"$recall_line")
  digit_line=$(grep -m1 '^| digit change' <<<"$ours")
  digits=$(awk -F'|' '{c=$3; gsub(/ /,"",c); s=c ": "; for(i=4;i<=8;i++){v=$i; gsub(/[ *]/,"",v); s=s (i>4?" / ":"") v}; print s}' <<<"$digit_line")
  carried=$(grep -m1 '^| digit change, the reference giving' <<<"$ours" | awk -F'|' '{s=""; for(i=4;i<=8;i++){v=$i; gsub(/^ +| +$/,"",v); s=s (i>4?" / ":"") v}; print s}')
  fa=$(grep -m1 '^| \*\*false alarms: the rest' <<<"$ours" | awk -F'|' '{s=""; for(i=4;i<=8;i++){v=$i; sub(/ *\(.*/,"",v); gsub(/ /,"",v); s=s (i>4?" / ":"") v}; print s}')
  echo "| $seed | $cases | $recall | $digits | $carried | $fa |"
done
