#!/usr/bin/env python3
"""Import speed of born-digital PDFs: a whole `naskah ingest` (read, extract, catalogue, index)
beside poppler's `pdftotext` reading the same files, in pages per second.

usage: bench_import.py [--naskah target/release/naskah] [--copies 10] [--repeat 3] [PDF_OR_DIR ...]

Without paths it takes the born-digital documents of ../shared/corpus/real (SOURCES.tsv's
`born_digital` rows). Each file is copied `--copies` times with a distinct trailing comment, so
naskah (which keeps one record per SHA-256) imports every copy. Each round imports into a new
data folder on the same disk as the scratch copies; the medians of `--repeat` rounds are
printed with the range. pdftotext runs once per file, sequentially and with 2 processes.
"""
import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT.parent / "shared" / "corpus" / "real"


def real_born_digital():
    rows = [r.split("\t") for r in (REAL / "SOURCES.tsv").read_text().splitlines()]
    head = rows[0]
    cls, name = head.index("class"), head.index("file")
    return [REAL / "docs" / r[name] for r in rows[1:] if r[cls] == "born_digital"]


def pages(pdf: Path) -> int:
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    for line in out.splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="*", type=Path)
    ap.add_argument("--naskah", default=str(ROOT / "target" / "release" / "naskah"))
    ap.add_argument("--copies", type=int, default=10)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    files = []
    for p in args.paths or real_born_digital():
        files.extend(sorted(p.glob("*.pdf")) if p.is_dir() else [p])
    with tempfile.TemporaryDirectory(dir=ROOT / "target") as tmp:
        tmp = Path(tmp)
        docs = tmp / "docs"
        docs.mkdir()
        total = 0
        for k in range(args.copies):
            for f in files:
                dst = docs / f"{k}-{f.name}"
                dst.write_bytes(f.read_bytes() + f"\n%copy {k}\n".encode())
        per_file = {f.name: pages(f) for f in files}
        total = sum(per_file.values()) * args.copies
        naskah, ocr = [], set()
        for r in range(args.repeat):
            data = tmp / f"data-{r}"
            t0 = time.perf_counter()
            run = subprocess.run([args.naskah, "--data", str(data), "ingest", str(docs)],
                                 capture_output=True, text=True)
            naskah.append(time.perf_counter() - t0)
            if run.returncode != 0:
                sys.exit(f"naskah ingest failed: {run.stderr[-2000:]}")
            ocr.add(next((line for line in run.stderr.splitlines() if line.startswith("ingested")), ""))
        copies = sorted(docs.iterdir())

        def text(p: Path):
            subprocess.run(["pdftotext", str(p), "-"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

        seq, par = [], []
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            for p in copies:
                text(p)
            seq.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            with ThreadPoolExecutor(2) as pool:
                list(pool.map(text, copies))
            par.append(time.perf_counter() - t0)
    print(f"{len(files)} PDFs x {args.copies} copies = {len(copies)} files, {total} pages; {args.repeat} rounds")
    for line in sorted(ocr):
        print(f"  naskah says: {line}")
    for name, times in (("naskah ingest", naskah), ("pdftotext, 1 process", seq), ("pdftotext, 2 processes", par)):
        med = statistics.median(times)
        print(f"  {name:24s} {med:7.2f} s  {total / med:8.1f} pages/s  (rounds {min(times):.2f}-{max(times):.2f} s)")
    m = statistics.median(naskah)
    print(f"  naskah / pdftotext: {statistics.median(seq) / m:.2f}x (1 process), "
          f"{statistics.median(par) / m:.2f}x (2 processes)  (> 1: naskah imports faster than pdftotext reads)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
