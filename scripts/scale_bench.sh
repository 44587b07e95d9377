#!/usr/bin/env bash
# Scale benchmark of `sverka audit` (issue 7): builds audit corpora of about 100 MB and 1 GB
# from NTREX-128 (scripts/scale_corpus.py, under target/scale/, never in the repository),
# then times, on each, in the same run:
#   - the floor: reading the same files and nothing else (cat > /dev/null), page cache warm;
#   - sverka audit --jobs 1 and --jobs 2 (wall time, peak memory from /usr/bin/time -v),
#     checking that both reports are byte-identical;
#   - the peer: translate-toolkit's numbers check on the same pairs (scripts/scale_ttk.py,
#     from a venv under target/scale/venv, installed with pip on first use).
# Prints medians of RUNS runs as a Markdown table (also saved to target/scale/results-*.md).
#
# Then one long document (LONG sentences per language, default 50000) with --jobs 1 and 2,
# where any speed-up comes from parallelism inside a document.
#
# usage: scripts/scale_bench.sh [SIZE_MB...]          (default: 100 1000; 0: none)
# env:   RUNS=3  JOBS="1 2"  PEER=1 (0 skips translate-toolkit)  SCALE_DIR=target/scale
#        LONG=50000 (0 skips the long document)
#        SVERKA_BIN=path (a binary to time instead of building target/release/sverka)
#        SVERKA_NTREX=path/to/ntrex (default ../shared/data/ntrex)  AUDIT_ARGS="..." (extra)
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(100 1000)
runs=${RUNS:-3}
jobs_list=${JOBS:-"1 2"}
peer=${PEER:-1}
scale_dir=${SCALE_DIR:-target/scale}
ntrex=${SVERKA_NTREX:-../shared/data/ntrex}
sverka=${SVERKA_BIN:-target/release/sverka}

if [ ! -f "$ntrex/DOCUMENT_IDS.tsv" ]; then
    echo "skipped scale benchmark: NTREX not found at $ntrex" >&2
    exit 0
fi
mkdir -p "$scale_dir"
[ -n "${SVERKA_BIN:-}" ] || cargo build --release --quiet
if [ "$peer" = 1 ] && [ ! -x "$scale_dir/venv/bin/python" ]; then
    python3 -m venv "$scale_dir/venv"
    "$scale_dir/venv/bin/pip" install --quiet translate-toolkit
fi

# median of the numbers on standard input
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# timed RUN_LOG CMD...: runs CMD under /usr/bin/time -v; appends "wall_s peak_kb cpu_s" to RUN_LOG
timed() {
    local log=$1
    shift
    local tv
    tv=$(mktemp)
    /usr/bin/time -v -o "$tv" "$@" > /dev/null 2> "$scale_dir/last-stderr.txt"
    awk -F': ' '
        /Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i] }
        /Maximum resident set size/ { kb = $2 }
        /User time \(seconds\)|System time \(seconds\)/ { cpu += $2 }
        END { print s, kb, cpu }' "$tv" >> "$log"
    rm -f "$tv"
}

# the 1-minute load average: how busy the machine was
load() { cut -d' ' -f1 /proc/loadavg; }

# speedup WHAT: the --jobs speed-up (first and last of JOBS) from the medians kept in
# wall_of/cpu_of, wall-clock and CPU; appended to the results
declare -A wall_of cpu_of
speedup() {
    local first last
    first=${jobs_list%% *}
    last=${jobs_list##* }
    [ "$first" != "$last" ] || return 0
    awk -v w="$1" -v a="$first" -v b="$last" -v wa="${wall_of[$first]}" -v wb="${wall_of[$last]}" \
        -v ca="${cpu_of[$first]}" -v cb="${cpu_of[$last]}" 'BEGIN {
        printf "\n%s: --jobs %s is %.2f times as fast as --jobs %s in wall-clock time (%.2f s against %.2f s; target 1.8), using %.2f times the CPU (%.2f against %.2f CPU-s)\n\n",
            w, b, wa / (wb > 0 ? wb : 0.001), a, wb, wa, cb / (ca > 0 ? ca : 0.001), cb, ca }' | tee -a "$results"
}

stamp=$(date -u +%Y-%m-%dT%H%MZ)
results="$scale_dir/results-$stamp.md"
{
    echo "Scale benchmark, $stamp, $(nproc) cores, $(uname -sm), $(git rev-parse --short HEAD 2>/dev/null || echo '?'), medians of $runs runs"
    echo
    echo "Wall-clock figures depend on what else the machine runs (load average in the last"
    echo "column); CPU seconds (user + system) and MB per CPU-second depend on it much less."
    echo
    echo "| corpus | what | wall s | MB/s | documents/s | CPU s | MB per CPU-s | peak RSS MB | wall s per MB | load |"
    echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|"
} | tee "$results"

for size in "${sizes[@]}"; do
    [ "$size" != 0 ] || continue # `scale_bench.sh 0`: the long document only
    corpus="$scale_dir/corpus-${size}mb"
    python3 scripts/scale_corpus.py "$ntrex" "$corpus" "$size" >&2
    files="$scale_dir/files-${size}mb.list"
    find "$corpus" -type f -name '*.txt' -print0 > "$files"
    mb=$(xargs -0 cat < "$files" | wc -c | awk '{ printf "%.1f", $1 / 1e6 }')
    docs=$(find "$corpus" -type f -name 'bg.txt' | wc -l)

    row() { # row WHAT LOG
        local s kb cpu
        s=$(awk '{ print $1 }' "$2" | median)
        kb=$(awk '{ print $2 }' "$2" | median)
        cpu=$(awk '{ print $3 }' "$2" | median)
        awk -v c="${size} MB" -v w="$1" -v s="$s" -v kb="$kb" -v mb="$mb" -v d="$docs" \
            -v cpu="$cpu" -v load="$(load)" 'BEGIN {
            printf "| %s (%.1f MB, %d docs) | %s | %.2f | %.1f | %.0f | %.2f | %.1f | %.1f | %.4f | %s |\n",
                c, mb, d, w, s, mb / s, d / s, cpu, mb / (cpu > 0 ? cpu : 0.001), kb / 1024, s / mb, load }' \
            | tee -a "$results"
    }

    log=$(mktemp)
    xargs -0 cat < "$files" > /dev/null # warm the page cache
    for _ in $(seq "$runs"); do timed "$log" sh -c "xargs -0 cat < '$files' > /dev/null"; done
    row "floor: cat > /dev/null" "$log"

    first_report=
    for jobs in $jobs_list; do
        : > "$log"
        report="$scale_dir/report-${size}mb-jobs$jobs.csv"
        for _ in $(seq "$runs"); do
            # shellcheck disable=SC2086
            timed "$log" "$sverka" audit "$corpus" --jobs "$jobs" -o "$report" ${AUDIT_ARGS:-}
        done
        tail -n 3 "$scale_dir/last-stderr.txt" >&2
        row "sverka audit --jobs $jobs" "$log"
        wall_of[$jobs]=$(awk '{ print $1 }' "$log" | median)
        cpu_of[$jobs]=$(awk '{ print $3 }' "$log" | median)
        if [ -z "$first_report" ]; then
            first_report=$report
        elif ! cmp -s "$first_report" "$report"; then
            echo "ERROR: $report differs from $first_report" | tee -a "$results" >&2
            exit 1
        fi
    done
    speedup "${size} MB"

    if [ "$peer" = 1 ]; then
        : > "$log"
        for _ in $(seq "$runs"); do timed "$log" "$scale_dir/venv/bin/python" scripts/scale_ttk.py "$corpus"; done
        cat "$scale_dir/last-stderr.txt" >&2
        "$scale_dir/venv/bin/python" scripts/scale_ttk.py "$corpus" >&2
        row "translate-toolkit numbers check (1 thread)" "$log"
    fi
    rm -f "$log"
done
long=${LONG:-50000}
if [ "$long" != 0 ]; then
    corpus="$scale_dir/long-$long"
    python3 scripts/scale_corpus.py "$ntrex" "$corpus" "long:$long" >&2
    mb=$(cat "$corpus"/long/*.txt | wc -c | awk '{ printf "%.1f", $1 / 1e6 }')
    log=$(mktemp)
    first_report=
    for jobs in $jobs_list; do
        : > "$log"
        report="$scale_dir/report-long-jobs$jobs.csv"
        for _ in $(seq "$runs"); do
            # shellcheck disable=SC2086
            timed "$log" "$sverka" audit "$corpus" --jobs "$jobs" -o "$report" ${AUDIT_ARGS:-}
        done
        s=$(awk '{ print $1 }' "$log" | median)
        kb=$(awk '{ print $2 }' "$log" | median)
        cpu=$(awk '{ print $3 }' "$log" | median)
        wall_of[$jobs]=$s
        cpu_of[$jobs]=$cpu
        awk -v w="sverka audit --jobs $jobs" -v s="$s" -v kb="$kb" -v mb="$mb" -v n="$long" \
            -v cpu="$cpu" -v load="$(load)" 'BEGIN {
            printf "| one document, %d sentences (%.1f MB) | %s | %.2f | %.1f | %.2f | %.2f | %.1f | %.1f | %.4f | %s |\n",
                n, mb, w, s, mb / s, 1 / s, cpu, mb / (cpu > 0 ? cpu : 0.001), kb / 1024, s / mb, load }' \
            | tee -a "$results"
        if [ -z "$first_report" ]; then
            first_report=$report
        elif ! cmp -s "$first_report" "$report"; then
            echo "ERROR: $report differs from $first_report" | tee -a "$results" >&2
            exit 1
        fi
    done
    speedup "one document, $long sentences"
    rm -f "$log"
fi

echo >&2
echo "results saved to $results" >&2
