#!/usr/bin/env python3
"""Fails unless every document of a corpus folder has an exported record with text.

usage: check_export.py CORPUS_DEV_DIR EXPORT.jsonl
"""
import json
import sys
from pathlib import Path


def main(dev_dir: str, export: str) -> int:
    truth = {json.loads(p.read_text(encoding="utf-8"))["source"] for p in Path(dev_dir).glob("*.json")}
    records = {}
    for line in Path(export).read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            records[Path(rec["source"]).name] = rec
    bad = []
    for source in sorted(truth):
        rec = records.get(source)
        if rec is None:
            bad.append(f"{source}: no record")
        elif len((rec.get("text") or "").split()) < 20:
            bad.append(f"{source}: no text ({len((rec.get('text') or '').split())} words)")
    for b in bad:
        print(f"error: {b}", file=sys.stderr)
    print(f"{len(truth) - len(bad)} of {len(truth)} dev documents have a record with text")
    return 1 if bad else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2]))
