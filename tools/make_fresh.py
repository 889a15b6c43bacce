#!/usr/bin/env python3
"""Generate a batch of never-seen labelled documents (see tools/fresh/README.md).

usage: python3 tools/make_fresh.py OUT --seed N [--count 40] [--formats pdf,pdf-scan,png,jpg,tiff]
                                   [--producers reportlab,libreoffice,chromium,groff,fpdf2] [--jobs N]

Writes OUT/docs/<id>.<ext> (the files to ingest), OUT/<id>.json (truth, ../shared/corpus/SCHEMA.md),
OUT/<id>.txt (clean text, pages split by form feeds) and OUT/MANIFEST.tsv, then validates every
document with the shared corpus validator and exits non-zero if any check fails. Score with
    python3 ../shared/corpus/eval/score.py OUT export.jsonl
The same seed gives the same documents.
"""
import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fresh import batch  # noqa: E402


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--count", type=int, default=40)
    ap.add_argument("--formats", default=",".join(batch.FORMATS),
                    help="comma list of pdf (born-digital), pdf-scan, png, jpg, tiff")
    ap.add_argument("--producers", default=None,
                    help="born-digital producers besides reportlab (default: every one tools/producers offers; '' for none)")
    ap.add_argument("--jobs", type=int, default=None)
    a = ap.parse_args()
    formats = [f for f in a.formats.split(",") if f]
    bad = set(formats) - set(batch.FORMATS)
    if bad:
        sys.exit(f"unknown formats {sorted(bad)}; known: {batch.FORMATS}")
    prods = None if a.producers is None else [p for p in a.producers.split(",") if p and p != "reportlab"]
    rows, failures = batch.make(a.out, a.seed, a.count, formats, prods, a.jobs)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
