#!/usr/bin/env python3
"""Builds an audit corpus of about TARGET_MB megabytes from NTREX-128 for scale_bench.sh.

Each of NTREX's documents becomes a folder with bg.txt (the source) and en.txt, ru.txt,
uk.txt, kk.txt (the references), one sentence per paragraph; the whole set of documents is
copied under new ids (copyNNNNN/<ntrex id>) until the corpus reaches the target size.
The corpus goes where it is told (under target/ or /tmp), never into the repository.

usage: scale_corpus.py NTREX_DIR OUT_DIR TARGET_MB
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


def main():
    ntrex, out, target_mb = sys.argv[1], sys.argv[2], float(sys.argv[3])
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
    copy_bytes = sum(len(b) for _, _, b in texts)
    copies = max(1, round(target_mb * 1e6 / copy_bytes))
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
