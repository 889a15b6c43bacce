#!/usr/bin/env python3
"""Agreement of naskah's Indonesian stemming with peer stemmers.

usage: bench_stemmer.py [NASKAH_BINARY] [TEXT_FILES...]
       (defaults: target/release/naskah, else target/debug/naskah; the clean texts of
       ../shared/corpus/dev)

Vocabularies:
- dev corpus: every distinct alphabetic word of four or more letters in the texts; peers
  PySastrawi (the PHP Sastrawi port, dictionary-based) and Snowball's Indonesian stemmer
  (`snowballstemmer`, rule-only, after Tala 2003).
- the published test vocabularies in tools/data/stemmer/ (see SOURCES.md there): Snowball's
  sample vocabulary, Sastrawi's test cases, Lucene's TestIndonesianStemmer cases. Each
  carries its project's expected stems, which count as that peer's stems; PySastrawi and
  Snowball run on the same words as the other peers.

For each vocabulary: how often naskah agrees with each peer, and with the words on which
two peers (two different stemmers) agree: the figure the search issue sets a target for
(>= 95%). Words naskah drops as stopwords, splits into several terms (hyphenated forms,
sentences) or that are shorter than three letters are left out and counted. Needs
`pip install PySastrawi snowballstemmer`.
"""
import re
import subprocess
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "stemmer"


def read_tsv(name):
    pairs = {}
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        word, stem = line.split("\t")[:2]
        pairs.setdefault(word, stem)
    return pairs


def naskah_stems(binary, words):
    out = subprocess.run(
        [binary, "analyze"], input="\n".join(words) + "\n", capture_output=True, text=True, check=True
    )
    return [line.strip() for line in out.stdout.split("\n")[: len(words)]]


def report(title, words, peers, ours):
    """peers: name -> {word: stem}. Prints agreement per peer and where two peers agree."""
    kept = [(w, o) for w, o in zip(words, ours) if o and " " not in o]
    skipped = len(words) - len(kept)
    total = len(kept)
    print(f"== {title}: {total} words" + (f" ({skipped} left out: stopwords or several terms)" if skipped else ""))
    if not total:
        return None
    for name, stems in peers.items():
        agree = sum(o == stems[w] for w, o in kept)
        print(f"  agreement with {name:<24} {agree / total:.3f} ({agree}/{total})")
    names = list(peers)
    both = ours_with = 0
    misses = []
    for w, o in kept:
        # The stem at least two different peers give, if any.
        votes = {}
        for n in names:
            votes.setdefault(peers[n][w], []).append(n)
        majority = [s for s, who in votes.items() if len(who) >= 2]
        if not majority:
            continue
        both += 1
        if o == majority[0]:
            ours_with += 1
        else:
            misses.append((w, o, majority[0]))
    rate = ours_with / max(1, both)
    print(f"  on the {both} words where two peers agree: {rate:.3f} ({ours_with}/{both})")
    for w, o, peer in misses[:12]:
        print(f"    {w}: naskah {o}, peers {peer}")
    return (ours_with, both)


def main(argv):
    binary = argv[0] if argv else None
    if binary is None:
        for candidate in ("target/release/naskah", "target/debug/naskah"):
            if Path(candidate).exists():
                binary = candidate
                break
    if binary is None:
        sys.exit("no naskah binary: build one (cargo build --release) or pass its path")

    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory
    import snowballstemmer

    sastrawi = StemmerFactory().create_stemmer()
    snowball = snowballstemmer.stemmer("indonesian")

    def run(title, words, published=None):
        words = sorted(set(words))
        peers = {}
        if published:
            name, expected = published
            peers[name] = {w: expected[w] for w in words}
        peers["PySastrawi"] = {w: sastrawi.stem(w) for w in words}
        peers["Snowball Indonesian"] = {w: snowball.stemWord(w) for w in words}
        # A vocabulary published by a peer already stands for it: don't count it twice.
        if published and published[0].startswith("Snowball"):
            del peers["Snowball Indonesian"]
        if published and published[0].startswith("Sastrawi"):
            del peers["PySastrawi"]
        lower = [w.lower() for w in words]
        ours = naskah_stems(binary, lower)
        return report(title, words, peers, ours)

    files = [Path(a) for a in argv[1:]] or sorted(Path("../shared/corpus/dev").glob("*.txt"))
    results = {}
    if files:
        words = set()
        for f in files:
            words.update(w.lower() for w in re.findall(r"[A-Za-z]{4,}", f.read_text(encoding="utf-8")))
        results["dev corpus"] = run(f"dev corpus words ({len(files)} files)", words)

    for title, name, tsv in (
        ("Snowball sample vocabulary", "Snowball (published)", "snowball_sample.tsv"),
        ("Sastrawi test cases", "Sastrawi (tests)", "sastrawi_tests.tsv"),
        ("Lucene TestIndonesianStemmer", "Lucene (tests)", "lucene_tests.tsv"),
    ):
        expected = read_tsv(tsv)
        # Words of three letters or more, as naskah's analyzer sees them (lower case).
        words = [w for w in expected if len(w) >= 3]
        expected_lower = {w: s.lower() for w, s in expected.items()}
        results[title] = run(title, words, (name, expected_lower))

    published = [r for t, r in results.items() if t != "dev corpus" and r]
    agree = sum(a for a, _ in published)
    total = sum(b for _, b in published)
    print(f"== all published vocabularies, where two peers agree: {agree / max(1, total):.3f} ({agree}/{total})")


if __name__ == "__main__":
    main(sys.argv[1:])
