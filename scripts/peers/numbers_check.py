"""Runs translate-toolkit's `numbers` check on each case: the reference as the original,
the Bulgarian source as the translation (the text under review). Writes the ids of the
cases the check flags, one per line, and the toolkit's version on standard error."""

import sys

import translate
from translate.filters import checks


def main(cases_path: str, out_path: str) -> None:
    checker = checks.StandardChecker()
    flagged = 0
    total = 0
    with open(cases_path, encoding="utf-8") as cases, open(out_path, "w", encoding="utf-8") as out:
        for line in cases:
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 4:
                continue
            case_id, _lang, source, reference = parts
            total += 1
            try:
                checker.numbers(reference, source)
            except checks.FilterFailure:
                out.write(case_id + "\n")
                flagged += 1
    version = getattr(translate, "__version__", None)
    if version is None:
        from translate import __version__ as v
        version = v.sver
    print(f"translate-toolkit {version}: numbers flagged {flagged} of {total} cases", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
