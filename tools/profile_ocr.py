#!/usr/bin/env python3
"""Where naskah's OCR time goes, per step, on the scanned pages of the dev corpus.

usage: profile_ocr.py [--pipeline=FILE] [--jobs=N] [--save=OUT.jsonl] [--detail]
       profile_ocr.py --compare A.jsonl B.jsonl

Runs `target/release/examples/ocr_profile` (build it with `cargo build --release --example
ocr_profile`) on the scanned documents of ../shared/corpus/dev (OMP_THREAD_LIMIT=1, N
processes, default 1) and prints the mean CPU milliseconds per page of every step (decode,
each preprocessing step and measure, recognition, orientation check), how many pages each
step ran on, and the mean CER (per document, whitespace folded, as bench_ocr.py computes
it). `--detail` prints each page's signals, step times and CER; `--save` keeps the raw
lines, and `--compare` shows the pages whose CER differs between two saved runs.
"""
import json
import os
import subprocess
import sys
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from bench_ocr import cer, scanned_ids  # noqa: E402

DEV = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "dev"
BINARY = Path(__file__).resolve().parent.parent / "target" / "release" / "examples" / "ocr_profile"


def truth_pages(doc_id):
    return (DEV / f"{doc_id}.txt").read_text(encoding="utf-8").split("\f")


def run(pipeline, jobs):
    ids = scanned_ids(DEV)
    docs = sorted(p for p in (DEV / "docs").iterdir() if p.stem in ids)
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    if pipeline:
        env["NASKAH_PIPELINE"] = pipeline
    # Largest files first spread the work evenly over the processes.
    docs.sort(key=lambda p: -p.stat().st_size)
    shares = [docs[i::jobs] for i in range(jobs)]

    def one(share):
        out = subprocess.run([str(BINARY)] + [str(d) for d in share], env=env, check=True,
                             capture_output=True, text=True).stdout
        return [json.loads(line) for line in out.splitlines()]

    with ThreadPoolExecutor(max_workers=jobs) as pool:
        rows = [r for part in pool.map(one, shares) for r in part]
    for r in rows:
        doc_id = Path(r["file"]).stem
        r["doc"] = doc_id
        truth = truth_pages(doc_id)
        r["cer"] = cer(r["text"], truth[r["page"]]) if r["page"] < len(truth) else None
    rows.sort(key=lambda r: (r["doc"], r["page"]))
    return rows


def doc_cer(rows):
    by_doc = defaultdict(list)
    for r in rows:
        by_doc[r["doc"]].append(r["text"])
    cers = [cer("\f".join(t), "\f".join(truth_pages(d))) for d, t in by_doc.items()]
    return sum(cers) / len(cers)


def summary(rows):
    n = len(rows)
    steps = defaultdict(float)
    counts = defaultdict(int)
    for r in rows:
        for name, ms in r["cost"]["prepare"]["steps"]:
            steps[name] += ms
            counts[name] += 1
        steps["recognise"] += r["cost"]["recognise_ms"]
        counts["recognise"] += 1
        if r["cost"]["orientation_ms"] is not None:
            steps["orientation check"] += r["cost"]["orientation_ms"]
            counts["orientation check"] += 1
    total = sum(steps.values())
    print(f"{n} pages; CPU ms per page (mean over all pages), pages the step ran on")
    for name, ms in steps.items():
        print(f"  {name:22} {ms / n:8.1f} ms {100 * ms / total:5.1f}%  {counts[name]:3d} pages")
    print(f"  {'total':22} {total / n:8.1f} ms")
    print(f"mean CER per document {doc_cer(rows):.4f}")


def detail(rows):
    for r in rows:
        s = r["cost"]["prepare"]["signals"]
        steps = " ".join(f"{k}={v:.0f}" for k, v in r["cost"]["prepare"]["steps"])
        orient = r["cost"]["orientation_ms"]
        print(f"{r['doc'][:34]:34} p{r['page'] + 1} cer={r['cer']:.4f} conf={r['confidence']:.1f} "
              f"dpi={s['dpi']} colour={int(s['colour'])} paper={s['darkest_paper']} "
              f"skew={s['skew_degrees'] if s['skew_degrees'] is None else round(s['skew_degrees'], 2)}"
              f"/{s['skew_confidence'] if s['skew_confidence'] is None else round(s['skew_confidence'], 1)} "
              f"lines={s['lines']} specks={s['specks']}/{s['isolated_specks']} | {steps} rec={r['cost']['recognise_ms']:.0f}"
              + (f" orient={orient:.0f}" if orient is not None else ""))


def compare(a_path, b_path):
    load = lambda p: {(r["doc"], r["page"]): r for r in map(json.loads, Path(p).read_text().splitlines())}
    a, b = load(a_path), load(b_path)
    for key in sorted(a):
        if key in b and abs(a[key]["cer"] - b[key]["cer"]) > 0.0005:
            print(f"{key[0][:40]:40} p{key[1] + 1}  {a[key]['cer']:.4f} -> {b[key]['cer']:.4f}")
    print(f"mean CER per document {doc_cer(list(a.values())):.4f} -> {doc_cer(list(b.values())):.4f}")


def main(argv):
    if argv and argv[0] == "--compare":
        return compare(argv[1], argv[2])
    opts = dict(a[2:].split("=", 1) for a in argv if a.startswith("--") and "=" in a)
    rows = run(opts.get("pipeline"), int(opts.get("jobs", "1")))
    if "--detail" in argv:
        detail(rows)
    summary(rows)
    if "save" in opts:
        Path(opts["save"]).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))


if __name__ == "__main__":
    main(sys.argv[1:])
