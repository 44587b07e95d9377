#!/usr/bin/env bash
# Times `sverka check` on input that is not prose: one line of base64 (letters and digits, no
# white space, no sentence stop) of growing size as the Bulgarian source, against a two-line
# English reference. Such a line holds thousands of "figures" and capitalized "names" in one
# "sentence"; the run must stay near-linear in time, memory and report size.
#
# usage: scripts/nonprose_bench.sh [SIZE_BYTES...]     (default: 80000 320000 1000000 4000000)
# env:   SVERKA_BIN=path (default target/release/sverka, built if absent)
#        OLD_BIN=path    (a second binary timed side by side, e.g. an earlier build)
#        LIMIT=120       (seconds before a run is stopped and reported as "> LIMIT")
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(80000 320000 1000000 4000000)
limit=${LIMIT:-120}
sverka=${SVERKA_BIN:-target/release/sverka}
[ -n "${SVERKA_BIN:-}" ] || cargo build --release --quiet

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Deterministic bytes: the same input on every machine.
python3 - "$work/blob" "${sizes[@]}" <<'EOF'
import base64, random, sys
random.seed(42)
top = max(int(s) for s in sys.argv[2:])
raw = bytes(random.getrandbits(8) for _ in range(top * 3 // 4 + 3))
open(sys.argv[1], "wb").write(base64.b64encode(raw)[:top])
EOF
printf 'It lasted 30 years.\nIt cost $900m and 4.4%% of 12 tonnes.\n' > "$work/en.txt"

run() { # binary size -> "wall s | peak MB | report MB"
    local bin=$1 size=$2
    head -c "$size" "$work/blob" > "$work/bg.txt"
    echo >> "$work/bg.txt"
    if /usr/bin/time -f "%e %M" -o "$work/time" timeout "$limit" \
        "$bin" check "bg=$work/bg.txt" "$work/en.txt" -o "$work/report.csv" 2> /dev/null; then
        read -r wall kb < "$work/time"
        printf '%s | %.0f | %.1f' "$wall" "$((kb / 1024))" \
            "$(echo "$(stat -c %s "$work/report.csv") / 1048576" | bc -l)"
    else
        printf '> %s | | ' "$limit"
    fi
}

echo "| input | $(basename "$sverka"): wall s, peak MB, report MB |${OLD_BIN:+ $(basename "$OLD_BIN"): wall s, peak MB, report MB |}"
echo "|---|---|${OLD_BIN:+---|}"
for size in "${sizes[@]}"; do
    line="| ${size} bytes | $(run "$sverka" "$size") |"
    [ -z "${OLD_BIN:-}" ] || line="$line $(run "$OLD_BIN" "$size") |"
    echo "$line"
done
