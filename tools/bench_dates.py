#!/usr/bin/env python3
"""Date extraction of naskah beside a peer, dateparser's search_dates, on the same texts.

usage: bench_dates.py [CORPUS_DEV_DIR] [NASKAH_BINARY]
       (defaults: ../shared/corpus/dev and target/release/naskah, else target/debug/naskah)

Both read the clean texts of the dev corpus (<id>.txt) and are scored against the `dates`
field of the ground truth (<id>.json), the way eval/score.py scores it: distinct ISO dates
per document, micro-averaged precision, recall and F1 over the corpus. dateparser runs as
the issue specifies (`search_dates(text, languages=['id'])`) and once more with day-first
dates (`DATE_ORDER: DMY`), which is how Indonesian documents write them.
Needs `pip install dateparser`.
"""
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def f1_table(name, predictions, truths, seconds):
    hits = npred = ntruth = 0
    for doc_id, truth in truths.items():
        pred = set(predictions.get(doc_id, []))
        hits += len(pred & truth)
        npred += len(pred)
        ntruth += len(truth)
    p = hits / npred if npred else 0.0
    r = hits / ntruth if ntruth else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"{name:34} {p:6.3f} {r:6.3f} {f1:6.3f}  {hits}/{npred}/{ntruth}  {seconds:6.2f} s")


def dateparser_dates(texts, settings=None):
    from dateparser.search import search_dates

    out = {}
    for doc_id, text in texts.items():
        found = search_dates(text, languages=["id"], settings=settings) or []
        out[doc_id] = sorted({d.date().isoformat() for _, d in found})
    return out


def naskah_dates(texts, binary):
    with tempfile.TemporaryDirectory() as tmp:
        docs = Path(tmp) / "docs"
        docs.mkdir()
        for doc_id, text in texts.items():
            (docs / f"{doc_id}.txt").write_text(text, encoding="utf-8")
        data = Path(tmp) / "data"
        subprocess.run([binary, "--data", str(data), "ingest", str(docs)], check=True, capture_output=True)
        export = subprocess.run(
            [binary, "--data", str(data), "export", "--format", "jsonl"], check=True, capture_output=True, text=True
        ).stdout
    out = {}
    for line in export.splitlines():
        rec = json.loads(line)
        out[Path(rec["source"]).stem] = sorted(set(rec.get("dates") or []))
    return out


def main(argv):
    dev = Path(argv[0]) if argv else Path("../shared/corpus/dev")
    binary = argv[1] if len(argv) > 1 else None
    if binary is None:
        for candidate in ("target/release/naskah", "target/debug/naskah"):
            if Path(candidate).exists():
                binary = candidate
                break
    if binary is None or not shutil.which(binary) and not Path(binary).exists():
        sys.exit("build naskah first (cargo build --release)")
    texts, truths = {}, {}
    for truth_file in sorted(dev.glob("*.json")):
        doc_id = truth_file.stem
        texts[doc_id] = (dev / f"{doc_id}.txt").read_text(encoding="utf-8")
        truths[doc_id] = set(json.loads(truth_file.read_text(encoding="utf-8")).get("dates") or [])
    print(f"dates on {len(texts)} clean dev texts")
    print(f"{'system':34} {'P':>6} {'R':>6} {'F1':>6}  matched/pred/truth  time")
    start = time.perf_counter()
    ours = naskah_dates(texts, binary)
    f1_table("naskah", ours, truths, time.perf_counter() - start)
    start = time.perf_counter()
    peer = dateparser_dates(texts)
    f1_table("dateparser search_dates (id)", peer, truths, time.perf_counter() - start)
    start = time.perf_counter()
    peer_dmy = dateparser_dates(texts, {"DATE_ORDER": "DMY"})
    f1_table("dateparser search_dates (id, DMY)", peer_dmy, truths, time.perf_counter() - start)


if __name__ == "__main__":
    main(sys.argv[1:])
