#!/usr/bin/env python3
"""Text fidelity of naskah's PDF reader beside poppler's pdftotext, against the text as placed.

usage: python3 tools/bench_text.py [FOLDER] [--naskah target/release/naskah] [--producer NAME]
                                   [--check] [--json] [--no-speed]

FOLDER (default tests/data/born-digital) holds PDFs with their reference text: <id>.pdf beside
<id>.txt, or <id>.txt one folder up (the corpus layout, docs/<id>.pdf + <id>.txt). Each sub-folder
that holds PDFs is a group (a producer); PDFs directly in FOLDER form the group ".". PDFs without
a reference, or whose text layer is empty (scans), are skipped.

For every group: the PDFs are copied to a scratch folder, `naskah --data DIR ingest` reads them
(timed), `naskah --data DIR export --format jsonl` gives each one's `text`; `pdftotext` (default
mode) reads the same files. Per document it prints both readers' character error rate and word
recall against the reference, then per group means and totals, then the speed: naskah's ingest
against pdftotext over the same files, sequentially and with 2 parallel processes.

  CER          Levenshtein distance / reference length, after every whitespace run (form feeds
               too) is collapsed to one space and the ends trimmed
  word recall  share of the reference's words (whitespace split, case kept, as a multiset) that
               the output has (multiset intersection)

--check   exit 1 if on any document naskah's CER > pdftotext's + 0.005 or naskah's word recall
          < 0.99 (each offending document printed)
--json    one JSON object on stdout instead of the tables
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

try:
    from rapidfuzz.distance import Levenshtein

    def distance(a, b):
        return Levenshtein.distance(a, b)
except ImportError:  # slow fallback
    def distance(a, b):
        prev = list(range(len(b) + 1))
        for i, ca in enumerate(a, 1):
            cur = [i]
            for j, cb in enumerate(b, 1):
                cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
            prev = cur
        return prev[-1]

ROOT = Path(__file__).resolve().parent.parent
CER_SLACK = 0.005
MIN_RECALL = 0.99


def norm(s):
    return " ".join(s.split())


def cer(ref, hyp):
    r, h = norm(ref), norm(hyp)
    return distance(r, h) / max(1, len(r))


def recall(ref, hyp):
    rw = Counter(ref.split())
    n = sum(rw.values())
    return sum((rw & Counter(hyp.split())).values()) / n if n else 1.0


def reference_of(pdf: Path):
    for cand in (pdf.with_suffix(".txt"), pdf.parent.parent / (pdf.stem + ".txt")):
        if cand.exists():
            return cand
    return None


def pdftotext(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True).stdout


def pages_of(pdf: Path) -> int:
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    for ln in out.splitlines():
        if ln.startswith("Pages:"):
            return int(ln.split()[1])
    return 0


def find_groups(folder: Path, only=None):
    groups = {}
    for pdf in sorted(folder.rglob("*.pdf")):
        if any(part.startswith(".") for part in pdf.relative_to(folder).parts):
            continue
        rel = pdf.parent.relative_to(folder)
        name = rel.parts[0] if rel.parts else "."
        if only and name not in only:
            continue
        groups.setdefault(name, []).append(pdf)
    return groups


def run_naskah(naskah, pdfs, work: Path):
    """Copy the PDFs to a scratch folder, ingest them (timed), export: {file name: text}, seconds."""
    src = work / "in"
    src.mkdir(parents=True)
    for p in pdfs:
        shutil.copyfile(p, src / p.name)
    data = work / "data"
    t = time.perf_counter()
    r = subprocess.run([str(naskah), "--data", str(data), "ingest", str(src)], capture_output=True, text=True)
    secs = time.perf_counter() - t
    if r.returncode not in (0, 2):
        sys.stderr.write(f"naskah ingest failed ({r.returncode}): {r.stderr[-2000:]}\n")
    ex = subprocess.run([str(naskah), "--data", str(data), "export", "--format", "jsonl"], capture_output=True,
                        text=True)
    texts = {}
    for ln in ex.stdout.splitlines():
        if ln.strip():
            rec = json.loads(ln)
            texts[Path(rec.get("source", "")).name] = rec.get("text") or ""
    return texts, secs


def time_pdftotext(pdfs, jobs):
    def one(p):
        subprocess.run(["pdftotext", "-enc", "UTF-8", str(p), "-"], capture_output=True)
    t = time.perf_counter()
    if jobs == 1:
        for p in pdfs:
            one(p)
    else:
        with ThreadPoolExecutor(max_workers=jobs) as ex:
            list(ex.map(one, pdfs))
    return time.perf_counter() - t


def mean(xs):
    return sum(xs) / len(xs) if xs else float("nan")


def summary(rows):
    ref_len = sum(r["ref_chars"] for r in rows)
    return {
        "documents": len(rows),
        "naskah_cer": mean([r["naskah_cer"] for r in rows]),
        "pdftotext_cer": mean([r["pdftotext_cer"] for r in rows]),
        "naskah_recall": mean([r["naskah_recall"] for r in rows]),
        "pdftotext_recall": mean([r["pdftotext_recall"] for r in rows]),
        # pooled: all edits over all reference characters
        "naskah_cer_pooled": sum(r["naskah_cer"] * r["ref_chars"] for r in rows) / max(1, ref_len),
        "pdftotext_cer_pooled": sum(r["pdftotext_cer"] * r["ref_chars"] for r in rows) / max(1, ref_len),
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", nargs="?", default=str(ROOT / "tests" / "data" / "born-digital"))
    ap.add_argument("--naskah", default=str(ROOT / "target" / "release" / "naskah"))
    ap.add_argument("--producer", action="append", help="restrict to this group (repeatable)")
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--no-speed", action="store_true", help="skip the pdftotext timing runs")
    args = ap.parse_args()

    folder = Path(args.folder)
    naskah = Path(args.naskah)
    if not naskah.exists():
        sys.exit(f"{naskah} not found: build it (cargo build --release) or pass --naskah")
    groups = find_groups(folder, set(args.producer) if args.producer else None)
    if not groups:
        sys.exit(f"no PDFs under {folder}" + (f" for {args.producer}" if args.producer else ""))

    rows, skipped, speed = [], [], {}
    all_pdfs = []
    naskah_secs = 0.0
    with tempfile.TemporaryDirectory(prefix="bench-text-") as tmp:
        for gi, (group, pdfs) in enumerate(sorted(groups.items())):
            cases = []
            for pdf in pdfs:
                ref = reference_of(pdf)
                if ref is None:
                    skipped.append((group, pdf.name, "no reference .txt"))
                    continue
                pt = pdftotext(pdf)
                if not pt.strip():
                    skipped.append((group, pdf.name, "no text layer"))
                    continue
                cases.append((pdf, ref.read_text(encoding="utf-8"), pt))
            if not cases:
                continue
            names = [c[0].name for c in cases]
            if len(set(names)) != len(names):
                sys.exit(f"{group}: two PDFs share a file name")
            texts, secs = run_naskah(naskah, [c[0] for c in cases], Path(tmp) / f"g{gi}")
            naskah_secs += secs
            pages = sum(pages_of(c[0]) for c in cases)
            speed[group] = {"pages": pages, "naskah_s": secs}
            for pdf, ref, pt in cases:
                nt = texts.get(pdf.name)
                rows.append({
                    "group": group, "document": pdf.stem, "ref_chars": len(norm(ref)),
                    "naskah_cer": cer(ref, nt or ""), "pdftotext_cer": cer(ref, pt),
                    "naskah_recall": recall(ref, nt or ""), "pdftotext_recall": recall(ref, pt),
                    "naskah_missing": nt is None,
                })
            all_pdfs += [c[0] for c in cases]

    total_pages = sum(s["pages"] for s in speed.values())
    result = {"folder": str(folder), "naskah": str(naskah), "documents": rows, "skipped": skipped,
              "groups": {g: summary([r for r in rows if r["group"] == g]) for g in sorted(speed)},
              "total": summary(rows)}
    sp = {"pages": total_pages, "files": len(all_pdfs), "naskah_ingest_s": naskah_secs,
          "naskah_pages_per_s": total_pages / naskah_secs if naskah_secs else None}
    if not args.no_speed and all_pdfs:
        t1 = time_pdftotext(all_pdfs, 1)
        t2 = time_pdftotext(all_pdfs, 2)
        sp.update({"pdftotext_s": t1, "pdftotext_pages_per_s": total_pages / t1,
                   "pdftotext_2proc_s": t2, "pdftotext_2proc_pages_per_s": total_pages / t2,
                   "naskah_over_pdftotext": (total_pages / naskah_secs) / (total_pages / t1),
                   "naskah_over_pdftotext_2proc": (total_pages / naskah_secs) / (total_pages / t2)})
    sp["per_group"] = speed
    result["speed"] = sp

    offenders = [r for r in rows if r["naskah_cer"] > r["pdftotext_cer"] + CER_SLACK
                 or r["naskah_recall"] < MIN_RECALL]
    result["check"] = {"cer_slack": CER_SLACK, "min_recall": MIN_RECALL,
                       "failed": [f"{r['group']}/{r['document']}" for r in offenders]}

    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print_tables(result)
    if args.check:
        if offenders:
            print(f"\ncheck FAILED on {len(offenders)} of {len(rows)} documents "
                  f"(naskah CER > pdftotext CER + {CER_SLACK} or word recall < {MIN_RECALL}):",
                  file=sys.stderr if args.json else sys.stdout)
            for r in offenders:
                print(f"  {r['group']}/{r['document']}: CER {r['naskah_cer']:.4f} (pdftotext "
                      f"{r['pdftotext_cer']:.4f}), word recall {r['naskah_recall']:.4f}",
                      file=sys.stderr if args.json else sys.stdout)
            return 1
        print(f"\ncheck passed: {len(rows)} documents", file=sys.stderr if args.json else sys.stdout)
    return 0


def print_tables(res):
    rows = res["documents"]
    w = max([len(r["document"]) for r in rows] + [8])
    gw = max([len(r["group"]) for r in rows] + [5])
    print(f"{'document':{w}}  {'group':{gw}}  {'CER naskah':>10}  {'pdftotext':>9}  {'recall naskah':>13}  {'pdftotext':>9}")
    for r in sorted(rows, key=lambda r: (r["document"], r["group"])):
        miss = "  (no record)" if r["naskah_missing"] else ""
        print(f"{r['document']:{w}}  {r['group']:{gw}}  {r['naskah_cer']:10.4f}  {r['pdftotext_cer']:9.4f}  "
              f"{r['naskah_recall']:13.4f}  {r['pdftotext_recall']:9.4f}{miss}")
    print()
    print(f"{'group':{gw}}  {'docs':>4}  {'CER naskah':>10}  {'pdftotext':>9}  {'recall naskah':>13}  "
          f"{'pdftotext':>9}  {'pooled CER naskah':>17}  {'pdftotext':>9}")
    items = list(res["groups"].items()) + [("total", res["total"])]
    for g, s in items:
        print(f"{g:{gw}}  {s['documents']:4d}  {s['naskah_cer']:10.4f}  {s['pdftotext_cer']:9.4f}  "
              f"{s['naskah_recall']:13.4f}  {s['pdftotext_recall']:9.4f}  {s['naskah_cer_pooled']:17.4f}  "
              f"{s['pdftotext_cer_pooled']:9.4f}")
    for g, n, why in res["skipped"]:
        print(f"skipped {g}/{n}: {why}")
    sp = res["speed"]
    print()
    print(f"speed over {sp['files']} PDFs, {sp['pages']} pages:")
    if sp.get("naskah_pages_per_s"):
        print(f"  naskah ingest          {sp['naskah_ingest_s']:7.2f} s  {sp['naskah_pages_per_s']:8.1f} pages/s"
              f"  (per group: " + ", ".join(f"{g} {v['naskah_s']:.2f} s" for g, v in sp["per_group"].items()) + ")")
    if "pdftotext_s" in sp:
        print(f"  pdftotext, 1 process   {sp['pdftotext_s']:7.2f} s  {sp['pdftotext_pages_per_s']:8.1f} pages/s")
        print(f"  pdftotext, 2 processes {sp['pdftotext_2proc_s']:7.2f} s  {sp['pdftotext_2proc_pages_per_s']:8.1f} pages/s")
        print(f"  naskah / pdftotext: {sp['naskah_over_pdftotext']:.2f}x (1 process), "
              f"{sp['naskah_over_pdftotext_2proc']:.2f}x (2 processes)  (pages/s ratio; > 1 means naskah is faster)")


if __name__ == "__main__":
    sys.exit(main())
