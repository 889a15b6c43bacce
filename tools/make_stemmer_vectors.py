#!/usr/bin/env python3
"""Regenerates tools/data/stemmer/pysastrawi_vectors.tsv: words and PySastrawi's stems of them,
against which `cargo test --lib index::stemmer` checks naskah's port of Sastrawi's algorithm.

usage: make_stemmer_vectors.py [--every N] [--all-forms] [OUT]
       (defaults: every 97th root of the dictionary, a few affixed forms of each,
       tools/data/stemmer/pysastrawi_vectors.tsv)

The words: those of the published vocabularies in tools/data/stemmer/, and affixed forms of
roots of Sastrawi's dictionary (the copy `sastrawi-rs` bundles, the one naskah uses), made
with the prefixes' sound changes (meN- + pukul -> memukul) and the suffixes and confixes
ECS handles. Not every form is a real word; the point is the algorithm's path through
each. `--every 1 --all-forms` makes ~1,000,000 words for a thorough local check (set
NASKAH_STEM_VECTORS to the file and run the test). Needs `pip install PySastrawi`.
"""
import glob
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data" / "stemmer"
VOWELS = set("aiueo")


def nasal(prefix, root):
    """meN-/peN- (prefix 'me' or 'pe') joined to root with the nasal's assimilation."""
    c = root[0]
    if c in VOWELS or c in "ghq":
        return prefix + "ng" + root
    if c == "k":
        return prefix + "ng" + root[1:]
    if c in "bfv":
        return prefix + "m" + root
    if c == "p":
        return prefix + "m" + root[1:]
    if c in "cdjz":
        return prefix + "n" + root
    if c == "t":
        return prefix + "n" + root[1:]
    if c == "s":
        return prefix + "ny" + root[1:]
    return prefix + root


def r_prefix(prefix, root):
    """ber-/ter-/per- joined to root (the r merges with a root's r)."""
    return prefix[:-1] + root if root[0] == "r" else prefix + root


def forms(root):
    me, pe = nasal("me", root), nasal("pe", root)
    per = r_prefix("per", root)
    return [
        root + "nya", root + "lah", root + "kan", root + "an", root + "i", root + "ku",
        me, me + "kan", me + "i", me + "kannya",
        "di" + root, "di" + root + "kan", "di" + root + "i", "di" + root + "nya",
        pe, pe + "an", pe + "annya",
        per + "an", "mem" + per + "kan", "di" + per + "kan", "mem" + per + "i",
        r_prefix("ber", root), r_prefix("ber", root) + "an", r_prefix("ber", root) + "lah",
        r_prefix("ter", root), r_prefix("ter", root) + "kan", r_prefix("ter", root) + "i",
        "ke" + root + "an", "ke" + root + "annya", "se" + root, "se" + root + "nya",
        "ku" + root, "kau" + root, root + "kanlah", root + "pun",
    ]


def dictionary():
    found = glob.glob(os.path.expanduser("~/.cargo/registry/src/*/sastrawi-rs-*/data/words.txt"))
    if not found:
        sys.exit("sastrawi-rs's data/words.txt not found under ~/.cargo/registry (cargo build first)")
    return [w.strip().lower() for w in Path(sorted(found)[-1]).read_text().splitlines()]


def main(argv):
    every, all_forms, out = 97, False, DATA / "pysastrawi_vectors.tsv"
    args = iter(argv)
    for a in args:
        if a == "--every":
            every = int(next(args))
        elif a == "--all-forms":
            all_forms = True
        else:
            out = Path(a)

    from Sastrawi.Dictionary.ArrayDictionary import ArrayDictionary
    from Sastrawi.Stemmer.Stemmer import Stemmer
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    # PySastrawi with the dictionary naskah uses: sastrawi-rs's copy of Sastrawi's list
    # differs by one word (`relawan`) and one broken line.
    roots = dictionary()
    stemmer = Stemmer(ArrayDictionary(roots))
    assert len(set(roots) ^ set(StemmerFactory().get_words())) <= 4

    words = set()
    for tsv in ("sastrawi_tests.tsv", "lucene_tests.tsv", "snowball_sample.tsv"):
        for line in (DATA / tsv).read_text().splitlines():
            if line and not line.startswith("#"):
                words.add(line.split("\t")[0].lower())
    plain = sorted(r for r in roots if r.isalpha() and r.isascii())
    for i, root in enumerate(plain[::every]):
        made = forms(root)
        # A few forms of each root, a different few from root to root.
        words.update(made if all_forms else made[i % 5 :: 5])
    words = sorted(w for w in words if w.isalpha() and w.isascii())

    with open(out, "w", encoding="utf-8") as f:
        f.write("# word\tPySastrawi's stem (tools/make_stemmer_vectors.py; PySastrawi 1.2.1, MIT)\n")
        for w in words:
            f.write(f"{w}\t{stemmer.stem_word(w)}\n")
    print(f"{len(words)} words -> {out}")


if __name__ == "__main__":
    main(sys.argv[1:])
