#!/usr/bin/env python3
"""The peer in scale_bench.sh: translate-toolkit's numbers check (pofilter's `numbers`) over
the same pairs as `sverka audit`: in every document folder, bg.txt against each reference,
paragraph by paragraph (the scale corpora are sentence-aligned, one sentence a paragraph).

Prints the documents, pairs, failures and bytes read; run it under /usr/bin/time -v.

usage: scale_ttk.py CORPUS_DIR [SOURCE_LANG]
"""
import os
import sys

from translate.filters import checks

LANGS = ["bg", "ru", "uk", "kk", "en"]


def paragraphs(path):
    with open(path, encoding="utf-8-sig") as f:
        data = f.read()
    return [p.strip() for p in data.split("\n\n") if p.strip()], len(data.encode("utf-8"))


def main():
    corpus = sys.argv[1]
    source_lang = sys.argv[2] if len(sys.argv) > 2 else "bg"
    checker = checks.StandardChecker()
    documents = pairs = failures = nbytes = 0
    for folder, dirs, files in os.walk(corpus):
        dirs.sort()
        if f"{source_lang}.txt" not in files:
            continue
        documents += 1
        source, n = paragraphs(os.path.join(folder, f"{source_lang}.txt"))
        nbytes += n
        for lang in LANGS:
            if lang == source_lang or f"{lang}.txt" not in files:
                continue
            reference, n = paragraphs(os.path.join(folder, f"{lang}.txt"))
            nbytes += n
            for s, r in zip(source, reference):
                pairs += 1
                try:
                    checker.numbers(s, r)
                except checks.FilterFailure:
                    failures += 1
    print(f"translate-toolkit numbers: {documents} documents, {pairs} pairs, "
          f"{failures} failures, {nbytes / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
