#!/usr/bin/env python3
"""Checks the bundled dataset's files: run `python3 datasets/check.py` from the repository root.

- every text file is UTF-8 without BOM, LF line ends, a final newline, and opens with
  ` date 2025-11-09 `;
- every reference has the source's paragraphs on the same lines (one paragraph per line);
- every figure and name of the clean `bg.txt` is in the same paragraph of each reference,
  written the way that language writes it (table FIGURES below);
- the errors folders' references are identical to the clean ones, and their `bg.txt` differs
  from the seed article only on the lines their README lists.
Exit status 0 when all holds, 1 otherwise.
"""
import os
import sys

ROOT = os.path.dirname(os.path.abspath(__file__))
CLEAN = "kazinform-2025-11-09"
ERRORS = {"kazinform-2025-11-09-errors": {11, 33, 35, 41, 43, 47, 57},
          "kazinform-2025-11-09-errors-decimal": {11}}
LANGS = ["bg", "ru", "en", "kk"]

# line -> figures and names as (bg, ru, en, kk); compared case-insensitively.
FIGURES = {
    3: [("Kazinform",) * 4],
    5: [("всеки пети", "каждый пятый", "one in five", "әрбір бесінші")],
    7: [("Мирас Жиенбаев", "Мирас Жиенбаев", "Miras Zhiyenbayev", "Мирас Жиенбаев"),
        ("Maqsut Narikbayev University",) * 4],
    11: [("2023",) * 4, ("4,4%", "4,4%", "4.4%", "4,4%"), ("2028",) * 4,
         ("6,7-12%", "6,7–12%", "6.7-12%", "6,7–12%"),
         ("три десетилетия", "трех десятилетий", "three decades", "үш онжылдық"),
         ("всеки пети", "каждый пятый", "one in five", "әрбір бесінші")],
    15: [("Трамп", "Трамп", "Trump", "Трамп"), ("Кенджу", "Кёнджу", "Gyeongju", "Кёнджу")],
    17: [("Таисия Мармонтова", "Таисия Мармонтова", "Taissiya Marmontova", "Таисия Мармонтова")],
    33: [("април 2025", "апреле 2025 года", "April 2025", "2025 жылғы сәуірде"),
         ("около един милион тона", "около 1 млн тонн", "about 1 million tonnes", "шамамен 1 млн тонна"),
         ("Куйректколь", "Куйректыколь", "Kuirektykol", "Күйректікөл"),
         ("Жаңа Қазақстан", "Жаңа Қазақстан", "Zhana Kazakhstan", "Жаңа Қазақстан")],
    35: [("300 метра", "300 метров", "300 metres", "300 метр"),
         ("над 20 млн. тона", "более 20 млн тонн", "more than 20 million tonnes", "20 млн тоннадан астам"),
         ("около 700 г/т", "около 700 г/т", "about 700 g/t", "шамамен 700 г/т")],
    41: [("Улбинският металургичен завод", "Ульбинский металлургический завод",
          "Ulba Metallurgical Plant", "Үлбі металлургиялық зауыты")],
    43: [("900 млн. долара", "900 млн долларов", "$900 million", "900 млн доллар"),
         ("Алибек Тажибаев", "Алибек Тажибаев", "Alibek Tazhibayev", "Алибек Тажибаев"),
         ("Тау-Кен Самрук", "Тау-Кен Самрук", "Tau-Ken Samruk", "Тау-Кен Самұрық"),
         ("Cove Capital",) * 4, ("EXIM Bank USA",) * 4],
    47: [("DFC/EXIM",) * 4, ("ESG",) * 4, ("ТМТМ", "ТМТМ", "TITR", "ТХКМ"),
         ("Тажибаев", "Тажибаев", "Tazhibayev", "Тажибаев")],
    51: [("NVIDIA",) * 4],
    53: [("Big Tech",) * 4],
    55: [("Жиенбаев", "Жиенбаев", "Zhiyenbayev", "Жиенбаев")],
    57: [("три десетилетия", "трех десятилетий", "three decades", "үш онжылдық"),
         ("1 милиард долара", "1 млрд долларов", "$1 billion", "1 млрд доллар"),
         ("Higgsfield AI",) * 4],
    61: [("Groq",) * 4, ("NVIDIA",) * 4],
    63: [("Таисия Мармонтова", "Таисия Мармонтова", "Taissiya Marmontova", "Таисия Мармонтова"),
         ("година-три", "год-три", "one to three years", "бір-үш жыл")],
    65: [("Groq",) * 4],
    67: [("Direct-to-Sell", "Direct to Cell", "Direct to Cell", "Direct to Cell"),
         ("Beeline",) * 4, ("Veon",) * 4],
    69: [("септември 2025", "сентябре 2025 года", "September 2025", "2025 жылғы қыркүйекте"),
         ("три години", "три года", "three years", "үш жылда"),
         ("Касим-Жомарт Токаев", "Касым-Жомарт Токаев", "Kassym-Jomart Tokayev", "Қасым-Жомарт Тоқаев")],
    71: [("Kazinform",) * 4],
    73: [("Адия Абубакир", "Адия Абубакир", "Adiya Abubakir", "Адия Абубакир")],
    75: [("www.inform.kz",) * 4],
}


def read_lines(folder, lang, problems):
    path = os.path.join(ROOT, folder, lang + ".txt")
    raw = open(path, "rb").read()
    where = f"{folder}/{lang}.txt"
    if raw.startswith(b"\xef\xbb\xbf"):
        problems.append(f"{where}: has a BOM")
    if b"\r" in raw:
        problems.append(f"{where}: has CR line ends")
    if not raw.endswith(b"\n"):
        problems.append(f"{where}: no final newline")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        problems.append(f"{where}: not UTF-8 ({err})")
        return []
    if not text.startswith(" date 2025-11-09 "):
        problems.append(f"{where}: first line lacks ' date 2025-11-09 '")
    return text.rstrip("\n").split("\n")


def main():
    problems = []
    clean = {lang: read_lines(CLEAN, lang, problems) for lang in LANGS}
    shape = [bool(line.strip()) for line in clean["bg"]]
    for lang in LANGS[1:]:
        if [bool(line.strip()) for line in clean[lang]] != shape:
            problems.append(f"{CLEAN}/{lang}.txt: paragraphs not on the same lines as bg.txt")
    for line_no, figures in FIGURES.items():
        for figure in figures:
            for lang, want in zip(LANGS, figure):
                lines = clean[lang]
                have = lines[line_no - 1] if line_no <= len(lines) else ""
                if want.lower() not in have.lower():
                    problems.append(f"{CLEAN}/{lang}.txt line {line_no}: {want!r} missing")
    for folder, changed in ERRORS.items():
        bg = read_lines(folder, "bg", problems)
        if len(bg) != len(clean["bg"]):
            problems.append(f"{folder}/bg.txt: {len(bg)} lines, seed has {len(clean['bg'])}")
        differ = {n + 1 for n, (a, b) in enumerate(zip(bg, clean["bg"])) if a != b}
        if differ != changed:
            problems.append(f"{folder}/bg.txt: differs from the seed on lines {sorted(differ)}, "
                            f"README lists {sorted(changed)}")
        for lang in LANGS[1:]:
            if read_lines(folder, lang, problems) != clean[lang]:
                problems.append(f"{folder}/{lang}.txt: not identical to {CLEAN}/{lang}.txt")
    for problem in problems:
        print(problem)
    checked = sum(len(f) for f in FIGURES.values())
    print(f"{len(problems)} problems; {checked} figures and names checked in {len(LANGS) - 1} references")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
