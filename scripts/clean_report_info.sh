#!/usr/bin/env bash
# Info rows raised on the clean copies of the made-up reports (issue 6): runs `check` on every
# `tests/reports/*/bg.txt` against all its references, keeps the `info` rows, and writes them
# (one TSV line each: report, ref_lang, kind, source text, ref text, ref sentence) to OUT, then
# prints counts by kind and reference language.
#
#   scripts/clean_report_info.sh BIN [OUT]   (BIN: a built sverka; OUT default target/clean_info.tsv)
set -euo pipefail
bin=$1; out=${2:-target/clean_info.tsv}
dir=$(cd "$(dirname "$0")/.." && pwd)/tests/reports
tmp=$(mktemp)
for d in "$dir"/*/; do
  name=$(basename "$d")
  [ -f "$d/bg.txt" ] || continue
  refs=()
  for l in en ru uk kk; do [ -f "$d/$l.txt" ] && refs+=("$l=$d/$l.txt"); done
  "$bin" check --format csv "bg=$d/bg.txt" "${refs[@]}" 2>/dev/null |
    REPORT="$name" python3 -c '
import csv, os, sys
r = csv.DictReader(sys.stdin)
for row in r:
    if row["severity"] != "info":
        continue
    f = lambda s: s.replace("\t", " ").replace("\n", " ")
    print("\t".join([os.environ["REPORT"], row["ref_lang"], row["kind"], f(row["source_text"]),
                     f(row["ref_text"]), f(row["source_sentence"]), f(row["ref_sentence"])]))
' >>"$tmp"
done
{ printf 'report\tref_lang\tkind\tsource_text\tref_text\tsource_sentence\tref_sentence\n'; cat "$tmp"; } >"$out"
rm -f "$tmp"
echo "info rows: $(($(wc -l <"$out") - 1))  ($out)"
echo "by kind:"; tail -n +2 "$out" | cut -f3 | sort | uniq -c | sort -rn
echo "by kind and reference language:"; tail -n +2 "$out" | cut -f2,3 | sort | uniq -c | sort -rn
