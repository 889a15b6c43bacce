#!/usr/bin/env python3
"""Build the born-digital test set: every dev spec of the shared corpus rendered by four real PDF
producers (LibreOffice, Chromium, groff, fpdf2), with the text as placed and the truth record.

usage: python3 tools/make_born_digital.py [--out tests/data/born-digital] [--only ID,ID]
                                          [--producers libreoffice,chromium,groff,fpdf2] [--jobs 2]

Writes OUT/<producer>/<id>.pdf|.txt|.json and OUT/README.md. Fonts and paper are chosen per
document and producer deterministically (every family appears with every producer); about
every other document gets a two-column section (a list of four or more short items split into
two columns). Needs soffice, chromium, groff, python-docx and fpdf2 (see tools/producers/README.md);
the generated files are committed, so tests never need them.
"""
import argparse
import copy
import importlib
import json
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
sys.dont_write_bytecode = True

import producers  # noqa: E402
from producers.common import FAMILIES, corpus_tools  # noqa: E402

PRODUCERS = list(producers.PRODUCERS)
# TrueType and CFF families, all of them with every producer but groff
FAMILY_CYCLE = ["liberation-serif", "texgyre-bonum", "liberation-sans", "carlito", "dejavu-serif",
                "texgyre-termes", "dejavu-sans", "texgyre-heros", "liberation-sans-narrow", "texgyre-pagella"]
# groff's URW families; Times and Helvetica are the standard 14 (not embedded), the others embedded whole
GROFF_CYCLE = ["T", "BM", "H", "P", "T", "N", "H", "HN"]


def load_specs():
    tools = corpus_tools()
    sys.path.insert(0, str(tools))
    specs = []
    for p in sorted((tools / "specs").glob("*.py")):
        if p.name.startswith("_"):
            continue
        mod = importlib.import_module(f"specs.{p.stem}")
        specs += getattr(mod, "SPECS", [mod.SPEC] if hasattr(mod, "SPEC") else [])
    return sorted(specs, key=lambda s: s["id"])


def choose(i, j, spec, producer):
    """Font and paper of document i (sorted order) for producer j."""
    if producer == "groff":
        font = GROFF_CYCLE[(i + 3 * j) % len(GROFF_CYCLE)]
    else:
        font = FAMILY_CYCLE[(i + 3 * j) % len(FAMILY_CYCLE)]
    paper = spec.get("paper", "A4")
    if (i + j) % 3 == 2:
        paper = "A4" if paper == "F4" else "F4"
    return font, paper


def with_columns(spec):
    """The spec with its first list of 4+ short single-line items (a tembusan, say) set in two
    columns; None if it has no such list."""
    s = copy.deepcopy(spec)
    for k, b in enumerate(s["blocks"]):
        if b["t"] != "list" or len(b["items"]) < 4:
            continue
        items = b["items"]
        if any(not isinstance(it, str) or len(it) > 90 for it in items):
            continue
        half = (len(items) + 1) // 2
        left = dict(b, items=items[:half])
        right = dict(b, items=items[half:], start=b.get("start", 1) + half)
        for side in (left, right):
            side.pop("keep", None)
        s["blocks"][k] = {"t": "cols", "blocks": [[left], [right]]}
        return s
    return None


def plan(specs, producers_wanted):
    jobs = []
    for i, spec in enumerate(specs):
        cols = with_columns(spec) if i % 2 == 0 else None
        for j, producer in enumerate(PRODUCERS):
            if producer not in producers_wanted:
                continue
            font, paper = choose(i, j, spec, producer)
            jobs.append({"id": spec["id"], "producer": producer, "font": font, "paper": paper,
                         "cols": cols is not None, "spec": cols or spec})
    return jobs


def run_job(job, out):
    t = time.time()
    target = Path(out) / job["producer"]
    try:
        pdf = producers.render(job["spec"], job["producer"], target, font=job["font"], paper=job["paper"])
    except Exception as e:  # report, go on with the rest
        import traceback
        traceback.print_exc()
        return dict(job, spec=None, error=f"{type(e).__name__}: {e}")
    txt = pdf.with_suffix(".txt").read_text(encoding="utf-8")
    return dict(job, spec=None, pages=txt.count("\f") + 1, bytes=pdf.stat().st_size,
                seconds=round(time.time() - t, 1))


def human(n):
    return f"{n / 1e6:.2f} MB" if n >= 1e6 else f"{n / 1e3:.0f} kB"


def font_label(producer, font):
    if producer == "groff":
        from producers.p_groff import GROFF_NAMES
        return f"{GROFF_NAMES[font]} (URW)"
    return FAMILIES[font][0]


def write_readme(out: Path, rows):
    v = producers.versions()
    total = sum(f.stat().st_size for f in out.rglob("*") if f.is_file() and f.name != "README.md")
    pdfs = sum(r["bytes"] for r in rows)
    lines = [
        "# Born-digital test set: real PDF producers",
        "",
        "Every development spec of the shared corpus (`../shared/corpus/tools/specs/`, synthetic documents:",
        "fictitious people and numbers) rendered by four real PDF producers, to measure how faithfully",
        "naskah reads PDF text layers (`tools/bench_text.py`). Made by `python3 tools/make_born_digital.py`",
        "with the renderers in `tools/producers/` (see its README); the files are committed so that tests",
        "need none of the producers.",
        "",
        "| folder | producer | how |",
        "| --- | --- | --- |",
        f"| `libreoffice/` | {v['libreoffice']} | python-docx {v['python-docx']} writes a .docx (paragraph styles, tab stops for `label : value` rows, Word tables, justified paragraphs, header with a PAGE field, footers, continuous sections with two columns), `soffice --headless --convert-to pdf` |",
        f"| `chromium/` | {v['chromium']} | HTML + CSS (justify, grid rows, flex signature blocks, tables, CSS columns, `@page` size and margin boxes, `@font-face` from local files), `chromium --headless --print-to-pdf` |",
        f"| `groff/` | {v['groff']} | plain troff (page traps, tabs and hanging indents, tbl tables, diversions side by side), `groff -t -Tpdf`; URW fonts, Times and Helvetica not embedded (standard 14), the others embedded whole |",
        f"| `fpdf2/` | fpdf2 {v['fpdf2']} | laid out with fpdf2 (multi_cell, table(), text regions for indented first lines, header()/footer()), TrueType fonts subset (TeX Gyre converted from CFF) |",
        "",
        f"Per document: `<id>.pdf`, `<id>.txt` (the text as placed: what a perfect reader outputs, in reading",
        "order, pages separated by form feeds: a paragraph on one line, a `label : value` row on one line, a",
        "table row by row, side-by-side signature blocks the left one whole then the right one, a two-column",
        "section the left column then the right, running page numbers and footers where printed) and",
        "`<id>.json` (the ground-truth record, `../shared/corpus/SCHEMA.md`, the same as the corpus's).",
        "Every page of every `.txt` holds exactly the printed characters of that page of the PDF (as a",
        f"multiset, spaces aside: checked at build time against `{v['pdftotext']}`), and no word is",
        "hyphenated by the producer (hyphenation is off; lines break only at spaces, hyphens and slashes).",
        "Two-column sections: about every other document has its first list of four or more short items",
        "(often the tembusan) set in two columns.",
        "",
        f"{len(rows)} PDFs, {sum(r['pages'] for r in rows)} pages; PDFs {human(pdfs)}, the whole folder {human(total)}.",
        "",
        "| document | producer | font | paper | pages | two columns | size |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for r in sorted(rows, key=lambda r: (r["id"], PRODUCERS.index(r["producer"]))):
        lines.append(f"| {r['id']} | {r['producer']} | {font_label(r['producer'], r['font'])} | {r['paper']} | "
                     f"{r['pages']} | {'yes' if r['cols'] else ''} | {human(r['bytes'])} |")
    (out / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=str(ROOT / "tests" / "data" / "born-digital"))
    ap.add_argument("--only", default="")
    ap.add_argument("--producers", default=",".join(PRODUCERS))
    ap.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1))
    args = ap.parse_args()
    out = Path(args.out)
    specs = load_specs()
    wanted = [p for p in args.producers.split(",") if p]
    jobs = plan(specs, wanted)
    if args.only:
        only = set(args.only.split(","))
        jobs = [j for j in jobs if j["id"] in only]
    t0 = time.time()
    with ProcessPoolExecutor(max_workers=args.jobs) as ex:
        results = list(ex.map(run_job, jobs, [str(out)] * len(jobs)))
    failed = [r for r in results if "error" in r]
    for r in results:
        status = r.get("error") or f"{r['pages']} p, {human(r['bytes'])}, {r['seconds']} s"
        print(f"{r['producer']:12} {r['id']:45} {r['font']:24} {r['paper']}  {status}")
    print(f"{len(results) - len(failed)} rendered, {len(failed)} failed, {time.time() - t0:.0f} s")
    # the README describes what is on disk (a run may have re-rendered one producer only)
    rows = []
    for j in plan(specs, PRODUCERS):
        pdf = out / j["producer"] / f"{j['id']}.pdf"
        if pdf.exists():
            pages = pdf.with_suffix(".txt").read_text(encoding="utf-8").count("\f") + 1
            rows.append(dict(j, spec=None, pages=pages, bytes=pdf.stat().st_size))
    if len(rows) == len(plan(specs, PRODUCERS)):
        write_readme(out, rows)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
