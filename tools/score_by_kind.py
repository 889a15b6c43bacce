#!/usr/bin/env python3
"""Scores an export against the shared dev corpus: all documents, then born-digital and
scanned documents separately (the split is read from the corpus's dev/README.md table).

usage: score_by_kind.py CORPUS_DIR EXPORT.jsonl [score.py options such as --detail]
"""
import re
import subprocess
import sys
import tempfile
from pathlib import Path


def kinds(readme: Path) -> dict:
    """Document id -> 'born-digital' or 'scanned', from the README's documents table."""
    out = {}
    for line in readme.read_text(encoding="utf-8").splitlines():
        m = re.match(r"\|\s*`([^`]+)`\s*\|[^|]*\|\s*([^|]+)\|", line)
        if m:
            out[m.group(1)] = "born-digital" if "born-digital" in m.group(2) else "scanned"
    return out


def main(argv) -> int:
    if len(argv) < 2:
        sys.exit(__doc__)
    corpus, export, extra = Path(argv[0]), argv[1], argv[2:]
    dev = corpus / "dev"
    score = [sys.executable, str(corpus / "eval" / "score.py")]
    print("== all documents", flush=True)
    rc = subprocess.call(score + [str(dev), export] + extra)
    by_kind = kinds(dev / "README.md")
    for kind in ("born-digital", "scanned"):
        with tempfile.TemporaryDirectory() as tmp:
            for doc_id, k in by_kind.items():
                if k != kind:
                    continue
                for ext in (".json", ".txt"):
                    src = dev / f"{doc_id}{ext}"
                    if src.exists():
                        (Path(tmp) / src.name).symlink_to(src.resolve())
            print(f"== {kind} ({sum(1 for k in by_kind.values() if k == kind)} documents)", flush=True)
            rc |= subprocess.call(score + [tmp, export] + extra)
    return rc


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
