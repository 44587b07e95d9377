#!/usr/bin/env python3
"""Builds an audit corpus of about TARGET_MB megabytes from NTREX-128 for scale_bench.sh.

Each of NTREX's documents becomes a folder with bg.txt (the source) and en.txt, ru.txt,
uk.txt, kk.txt (the references), one sentence per paragraph; the whole set of documents is
copied under new ids (copyNNNNN/<ntrex id>) until the corpus reaches the target size.
The corpus goes where it is told (under target/ or /tmp), never into the repository.

With TARGET `long:N` it builds instead one document of N sentences per language (NTREX's
sentences over and over): the case where parallelism must come from inside a document.

usage: scale_corpus.py NTREX_DIR OUT_DIR TARGET_MB|long:N
"""
import os
import sys

FILES = {
    "bg": "newstest2019-ref.bul.txt",
    "ru": "newstest2019-ref.rus.txt",
    "uk": "newstest2019-ref.ukr.txt",
    "kk": "newstest2019-ref.kaz.txt",
    "en": "newstest2019-src.eng.txt",
}


def read_lines(path):
    with open(path, encoding="utf-8-sig") as f:
        return [line.rstrip("\r\n") for line in f]


def build_long(lines, out, sentences):
    marker = os.path.join(out, ".built")
    want = f"one document of {sentences} sentences per language\n"
    if os.path.exists(marker) and open(marker).read() == want:
        print(f"{out}: already built ({want.strip()})")
        return
    folder = os.path.join(out, "long")
    os.makedirs(folder, exist_ok=True)
    for lang, src in lines.items():
        picked = [src[i % len(src)] for i in range(sentences)]
        with open(os.path.join(folder, f"{lang}.txt"), "w", encoding="utf-8") as f:
            f.write("\n\n".join(picked) + "\n")
    with open(marker, "w") as f:
        f.write(want)
    print(f"{out}: built {want.strip()}")


def main():
    ntrex, out = sys.argv[1], sys.argv[2]
    lines = {lang: read_lines(os.path.join(ntrex, name)) for lang, name in FILES.items()}
    ids = [line.split("\t")[0] for line in read_lines(os.path.join(ntrex, "DOCUMENT_IDS.tsv"))]
    documents = []  # (id, start, end)
    for i, doc_id in enumerate(ids):
        if documents and documents[-1][0] == doc_id:
            documents[-1][2] = i + 1
        else:
            documents.append([doc_id, i, i + 1])
    texts = []  # (doc id, lang, bytes)
    for doc_id, start, end in documents:
        for lang in FILES:
            text = "\n\n".join(lines[lang][start:end]) + "\n"
            texts.append((doc_id.replace("/", "_"), lang, text.encode("utf-8")))
    if sys.argv[3].startswith("long:"):
        build_long(lines, out, int(sys.argv[3][5:]))
        return
    copy_bytes = sum(len(b) for _, _, b in texts)
    copies = max(1, round(float(sys.argv[3]) * 1e6 / copy_bytes))
    marker = os.path.join(out, ".built")
    want = f"{copies} copies of {len(documents)} documents, {copies * copy_bytes} bytes\n"
    if os.path.exists(marker) and open(marker).read() == want:
        print(f"{out}: already built ({want.strip()})")
        return
    for k in range(copies):
        for doc_id, lang, data in texts:
            folder = os.path.join(out, f"copy{k:05}", doc_id)
            os.makedirs(folder, exist_ok=True)
            with open(os.path.join(folder, f"{lang}.txt"), "wb") as f:
                f.write(data)
    with open(marker, "w") as f:
        f.write(want)
    print(f"{out}: built {want.strip()}")


if __name__ == "__main__":
    main()
