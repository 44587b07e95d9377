#!/usr/bin/env bash
# Time and memory of the aligner at 1x, 10x and 50x NTREX (bg-en, perturbed as in the
# harness): the aligner's own time (best of three runs) and the process's peak memory.
# Run from the repository root: bash scripts/align_scale.sh
set -euo pipefail
cargo build --release --example align_eval
for times in 1 10 50; do
    /usr/bin/time -f "  process: %e s wall, %U s user, peak %M kB" \
        target/release/examples/align_eval scale "$times"
done
