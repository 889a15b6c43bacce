#!/usr/bin/env python3
"""OCR benchmark: naskah beside plain tesseract and ocrmypdf, on the same scanned pages.

usage: bench_ocr.py [CORPUS_DEV_DIR] [NASKAH_BINARY] [--no-ocrmypdf] [--no-cli]
                    [--pipeline=FILE]... [--repeat=N]
       (defaults: ../shared/corpus/dev, target/release/naskah)

Takes the scanned documents of the dev corpus (the `scanned` rows of its README table) and
prints, for each system, pages per minute (wall clock, all pages), CPU seconds per page
(user + system time of the system's processes, from their resource usage) and the mean
character error rate against the clean texts (whitespace folded, as eval/score.py computes
it). On a machine other work keeps busy, wall-clock pages/minute drift with the load;
with both cores busy, throughput is bounded by CPU time per page, so compare CPU s/page:

- naskah ingest (its own OCR pool, one engine per core, its preprocessing);
- the tesseract CLI, `-l ind`, one process per page, two processes at a time
  (OMP_THREAD_LIMIT=1 each), on the page images as they are stored in the files;
- ocrmypdf `-l ind --jobs 2 --sidecar` (and with `--rotate-pages --deskew`), text from the
  sidecar file.

`--no-cli` skips the tesseract CLI, `--no-ocrmypdf` ocrmypdf (quicker while iterating).
`--repeat=N` runs naskah and the CLI N times, alternating, and reports each system's median
run (by pages/minute) and the median of the per-round ratios: one run's figures move by
5-10% on a shared machine.

Needs: tesseract-ocr(-ind), poppler-utils (pdfimages), ocrmypdf (Debian), and
`pip install rapidfuzz Pillow`.
"""
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from rapidfuzz.distance import Levenshtein


def children_cpu():
    """User + system CPU seconds of all finished child processes (and theirs) so far."""
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def scanned_ids(dev: Path):
    ids = []
    for line in (dev / "README.md").read_text(encoding="utf-8").splitlines():
        m = re.match(r"\|\s*`([^`]+)`\s*\|[^|]*\|\s*([^|]+)\|", line)
        if m and "born-digital" not in m.group(2):
            ids.append(m.group(1))
    return ids


def cer(pred: str, truth: str) -> float:
    a, b = " ".join(pred.split()), " ".join(truth.split())
    return Levenshtein.distance(a, b) / max(1, len(b))


def page_images(doc: Path, out: Path):
    """The page images of a scan, as stored: embedded JPEGs of a PDF, TIFF pages, or the file."""
    out.mkdir(parents=True, exist_ok=True)
    if doc.suffix.lower() == ".pdf":
        subprocess.run(["pdfimages", "-all", str(doc), str(out / "p")], check=True)
        return sorted(out.iterdir())
    if doc.suffix.lower() in (".tif", ".tiff"):
        from PIL import Image

        pages = []
        with Image.open(doc) as img:
            n = 0
            while True:
                path = out / f"p-{n:03d}.png"
                img.save(path, dpi=img.info.get("dpi", (300, 300)))
                pages.append(path)
                n += 1
                try:
                    img.seek(n)
                except EOFError:
                    break
        return pages
    target = out / f"p-000{doc.suffix}"
    shutil.copy(doc, target)
    return [target]


def run_naskah(binary, docs, tmp, pipeline=None):
    tag = Path(pipeline).stem if pipeline else "default"
    folder = tmp / f"naskah-in-{tag}"
    folder.mkdir()
    for d in docs:
        (folder / d.name).symlink_to(d.resolve())
    data = tmp / f"naskah-data-{tag}"
    extra = ["--pipeline", pipeline] if pipeline else []
    cpu0, start = children_cpu(), time.perf_counter()
    subprocess.run([binary, "--data", str(data), "ingest", str(folder)] + extra, check=True, capture_output=True)
    elapsed, cpu = time.perf_counter() - start, children_cpu() - cpu0
    export = subprocess.run(
        [binary, "--data", str(data), "export", "--format", "jsonl"], check=True, capture_output=True, text=True
    ).stdout
    texts = {}
    for line in export.splitlines():
        rec = json.loads(line)
        texts[Path(rec["source"]).stem] = rec["text"]
    return texts, elapsed, cpu


def run_tesseract(pages_by_doc, tmp):
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    jobs = [(doc_id, i, page) for doc_id, pages in pages_by_doc.items() for i, page in enumerate(pages)]

    def one(job):
        doc_id, i, page = job
        base = tmp / f"tess-{doc_id}-{i:03d}"
        subprocess.run(["tesseract", str(page), str(base), "-l", "ind"], check=True, capture_output=True, env=env)
        return doc_id, i, base.with_suffix(".txt").read_text(encoding="utf-8")

    cpu0, start = children_cpu(), time.perf_counter()
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(one, jobs))
    elapsed, cpu = time.perf_counter() - start, children_cpu() - cpu0
    texts = {}
    for doc_id, _, text in sorted(results):
        texts[doc_id] = texts.get(doc_id, "") + "\f" + text
    return texts, elapsed, cpu


def run_ocrmypdf(docs, tmp, extra):
    texts = {}
    cpu0, start = children_cpu(), time.perf_counter()
    for d in docs:
        out = tmp / f"ocrmypdf-{d.stem}{'-'.join(extra)}.pdf"
        sidecar = out.with_suffix(".txt")
        args = ["ocrmypdf", "-l", "ind", "--jobs", "2", "--force-ocr", "--sidecar", str(sidecar), "--output-type", "pdf"]
        if d.suffix.lower() not in (".pdf",):
            args += ["--image-dpi", "200"]
        subprocess.run(args + extra + [str(d), str(out)], check=True, capture_output=True)
        texts[d.stem] = sidecar.read_text(encoding="utf-8")
    return texts, time.perf_counter() - start, children_cpu() - cpu0


def report(name, texts, elapsed, cpu, pages, truths):
    cers = [cer(texts.get(doc_id, ""), truth) for doc_id, truth in truths.items()]
    mean = sum(cers) / len(cers)
    print(f"{name:44} {pages / (elapsed / 60):9.1f} {cpu / pages:10.2f} {mean:8.4f} {elapsed:8.1f}", flush=True)
    return mean, cpu / pages, pages / (elapsed / 60)


CLI = "tesseract -l ind, 2 processes"


def median_run(rounds, name):
    """The round's (mean CER, CPU s/page, pages/min) of `name` with the median pages/min."""
    runs = sorted((rows[name] for rows in rounds), key=lambda m: m[2])
    return runs[len(runs) // 2]


def main(argv):
    flags = {a for a in argv if a.startswith("--")}
    args = [a for a in argv if not a.startswith("--")]
    dev = Path(args[0]) if args else Path("../shared/corpus/dev")
    binary = args[1] if len(args) > 1 else "target/release/naskah"
    if not Path(binary).exists():
        sys.exit(f"{binary} not found; build it with `cargo build --release`")
    ids = scanned_ids(dev)
    docs = sorted(p for p in (dev / "docs").iterdir() if p.stem in ids)
    truths = {d.stem: (dev / f"{d.stem}.txt").read_text(encoding="utf-8") for d in docs}
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        pages_by_doc = {d.stem: page_images(d, tmp / "pages" / d.stem) for d in docs}
        n_pages = sum(len(p) for p in pages_by_doc.values())
        print(f"{len(docs)} scanned documents, {n_pages} pages, {os.cpu_count()} cores")
        with open("/proc/loadavg", encoding="ascii") as f:
            print(f"load average at start: {' '.join(f.read().split()[:3])}")
        print(f"{'system':44} {'pages/min':>9} {'CPU s/page':>10} {'mean CER':>8} {'seconds':>8}")
        repeat = next((int(a.split("=", 1)[1]) for a in argv if a.startswith("--repeat=")), 1)
        pipelines = [a.split("=", 1)[1] for a in argv if a.startswith("--pipeline=")]
        rounds = []
        for r in range(repeat):
            if repeat > 1:
                print(f"-- round {r + 1} of {repeat}", flush=True)
            rows = {}
            (tmp / f"r{r}").mkdir()
            ours, s, c = run_naskah(binary, docs, tmp / f"r{r}")
            rows["naskah ingest"] = report("naskah ingest", ours, s, c, n_pages, truths)
            for pipeline in pipelines:
                o, s, c = run_naskah(binary, docs, tmp / f"r{r}", pipeline)
                name = f"naskah ingest --pipeline {Path(pipeline).name}"
                rows[name] = report(name, o, s, c, n_pages, truths)
            if "--no-cli" not in flags:
                (tmp / f"r{r}" / "cli").mkdir()
                tess, s, c = run_tesseract(pages_by_doc, tmp / f"r{r}" / "cli")
                rows[CLI] = report(CLI, tess, s, c, n_pages, truths)
            rounds.append(rows)
        if repeat > 1:
            print(f"-- median of {repeat} runs")
            for name in rounds[0]:
                mean, cpu, ppm = median_run(rounds, name)
                print(f"{name:44} {ppm:9.1f} {cpu:10.2f} {mean:8.4f}")
        naskah = median_run(rounds, "naskah ingest")
        if "--no-cli" not in flags:
            cli = median_run(rounds, CLI)
            ratios = sorted(rows["naskah ingest"][2] / rows[CLI][2] for rows in rounds)
        if "--no-ocrmypdf" not in flags and shutil.which("ocrmypdf"):
            o, s, c = run_ocrmypdf(docs, tmp, [])
            report("ocrmypdf -l ind --jobs 2", o, s, c, n_pages, truths)
            o, s, c = run_ocrmypdf(docs, tmp, ["--rotate-pages", "--deskew"])
            report("ocrmypdf ... --rotate-pages --deskew", o, s, c, n_pages, truths)
        with open("/proc/loadavg", encoding="ascii") as f:
            print(f"load average at end: {' '.join(f.read().split()[:3])}")
        if "--no-cli" not in flags:
            print(f"naskah CER is {100 * (1 - naskah[0] / cli[0]):.0f}% lower than plain tesseract's")
            print(
                f"naskah pages/min are {ratios[len(ratios) // 2]:.2f}x the CLI's (wall clock"
                + (f", median of {repeat} rounds, range {ratios[0]:.2f}-{ratios[-1]:.2f}" if repeat > 1 else "")
                + f"); by CPU time per page, naskah's throughput is {cli[1] / naskah[1]:.2f}x the CLI's"
            )


if __name__ == "__main__":
    main(sys.argv[1:])
