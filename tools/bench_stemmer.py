#!/usr/bin/env python3
"""Agreement of naskah's Indonesian stemming with two peer stemmers.

usage: bench_stemmer.py [NASKAH_BINARY] [TEXT_FILES...]
       (defaults: target/release/naskah, else target/debug/naskah; the clean texts of
       ../shared/corpus/dev)

The vocabulary is every distinct alphabetic word of four or more letters in the texts.
Peers: PySastrawi (the PHP Sastrawi port, dictionary-based) and Snowball's Indonesian
stemmer (`snowballstemmer`). Reported: how often naskah agrees with each peer, and with
the words on which the two peers agree with each other, the figure the search issue sets
a target for. Words naskah drops as stopwords are left out. Needs
`pip install PySastrawi snowballstemmer`.
"""
import re
import subprocess
import sys
from pathlib import Path


def main(argv):
    binary = argv[0] if argv else None
    if binary is None:
        for candidate in ("target/release/naskah", "target/debug/naskah"):
            if Path(candidate).exists():
                binary = candidate
                break
    files = [Path(a) for a in argv[1:]] or sorted(Path("../shared/corpus/dev").glob("*.txt"))
    words = set()
    for f in files:
        words.update(w.lower() for w in re.findall(r"[A-Za-z]{4,}", f.read_text(encoding="utf-8")))
    words = sorted(words)

    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory
    import snowballstemmer

    sastrawi = StemmerFactory().create_stemmer()
    snowball = snowballstemmer.stemmer("indonesian")
    out = subprocess.run([binary, "analyze"], input="\n".join(words) + "\n", capture_output=True, text=True, check=True)
    ours = out.stdout.split("\n")[: len(words)]

    total = agree_sastrawi = agree_snowball = peers_agree = ours_with_peers = 0
    misses = []
    for word, mine in zip(words, ours):
        mine = mine.strip()
        if not mine or " " in mine:
            continue  # a stopword, or split into several terms
        total += 1
        a, b = sastrawi.stem(word), snowball.stemWord(word)
        agree_sastrawi += mine == a
        agree_snowball += mine == b
        if a == b:
            peers_agree += 1
            if mine == a:
                ours_with_peers += 1
            else:
                misses.append((word, mine, a))
    print(f"{total} distinct words from {len(files)} files")
    print(f"agreement with PySastrawi:                {agree_sastrawi / total:.3f}")
    print(f"agreement with Snowball Indonesian:       {agree_snowball / total:.3f}")
    print(f"on the {peers_agree} words where both peers agree: {ours_with_peers / max(1, peers_agree):.3f}")
    for word, mine, peer in misses[:15]:
        print(f"  {word}: naskah {mine}, peers {peer}")


if __name__ == "__main__":
    main(sys.argv[1:])
