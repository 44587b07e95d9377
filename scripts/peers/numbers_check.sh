#!/usr/bin/env bash
# translate-toolkit's `numbers` check (pofilter) on the error-injection harness's cases.
#
#   scripts/peers/numbers_check.sh CASES.tsv FLAGGED.tsv
#
# CASES.tsv: `id<TAB>ref_lang<TAB>source<TAB>reference` per line (written by
# `cargo run --release --example inject_eval`). FLAGGED.tsv gets the ids the check flags.
# The first run makes its own virtual environment under target/peers-venv and installs
# translate-toolkit there with pip; nothing outside target/ is touched.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
venv="$root/target/peers-venv"
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
if ! "$venv/bin/python" -c "import translate.filters.checks" 2>/dev/null; then
    "$venv/bin/pip" install --quiet translate-toolkit
fi
exec "$venv/bin/python" "$root/scripts/peers/numbers_check.py" "$@"
