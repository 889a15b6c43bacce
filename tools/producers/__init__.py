"""Render a shared-corpus document spec with a real PDF producer.

    from producers import render
    pdf = render(spec, "chromium", Path("out"), font="carlito", paper="F4")

writes out/<id>.pdf, out/<id>.txt (the text as placed, pages separated by form feeds) and
out/<id>.json (the ground-truth record). See README.md.
"""
import importlib
import json
import shutil
import subprocess
import tempfile
from pathlib import Path

from .common import FAMILIES, SPEC_FONT, Doc, TextMismatch, paginate  # noqa: F401

PRODUCERS = ("libreoffice", "chromium", "groff", "fpdf2")
_MODULES = {"libreoffice": "p_libreoffice", "chromium": "p_chromium", "groff": "p_groff", "fpdf2": "p_fpdf2"}


def render(spec: dict, producer: str, out_dir, font: str = None, paper: str = None, keep_work=False) -> Path:
    """Render `spec` with `producer` into out_dir/<id>.pdf, .txt, .json; returns the PDF's path.

    font: a key of FAMILIES (e.g. "liberation-serif", "texgyre-bonum", "carlito", "dejavu-sans")
    or a corpus font key ("bookman", "times", ...); default: the spec's font. For groff, one of
    groff's families ("T", "H", "BM", "P", "N", "HN") or a key, mapped to the nearest.
    paper: "A4" or "F4"; default: the spec's paper.
    Raises TextMismatch if the PDF's printed characters, page by page, are not the text as placed."""
    if producer not in _MODULES:
        raise ValueError(f"unknown producer {producer!r}: one of {PRODUCERS}")
    mod = importlib.import_module(f".{_MODULES[producer]}", __name__)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    doc = Doc(spec, font=None if producer == "groff" else font, paper=paper)
    if producer == "groff":
        doc.groff_family = mod.groff_family(font or spec.get("font", "times"))
    doc_id = spec["id"]
    work = Path(tempfile.mkdtemp(prefix=f"producers-{producer}-"))
    try:
        pdf = mod.render(doc, work)
        pages = paginate(doc, pdf)
        target = out_dir / f"{doc_id}.pdf"
        shutil.copyfile(pdf, target)
        (out_dir / f"{doc_id}.txt").write_text("\f".join(pages) + "\n", encoding="utf-8")
        rec = doc.record(f"{doc_id}.pdf")
        (out_dir / f"{doc_id}.json").write_text(json.dumps(rec, ensure_ascii=False, indent=2) + "\n",
                                               encoding="utf-8")
        return target
    finally:
        if not keep_work:
            shutil.rmtree(work, ignore_errors=True)


def versions() -> dict:
    """Version strings of the producers (for README files)."""
    def run(cmd):
        try:
            out = subprocess.run(cmd, capture_output=True, text=True, timeout=60).stdout.strip()
            return out.splitlines()[0] if out else "?"
        except (OSError, subprocess.SubprocessError):
            return "not installed"
    try:
        import fpdf
        fv = fpdf.__version__
    except ImportError:
        fv = "not installed"
    try:
        import docx
        dv = docx.__version__
    except (ImportError, AttributeError):
        dv = "?"
    return {"libreoffice": run(["soffice", "--version"]), "python-docx": dv,
            "chromium": run(["chromium", "--version"]), "groff": run(["groff", "--version"]),
            "fpdf2": fv, "pdftotext": run_stderr(["pdftotext", "-v"])}


def run_stderr(cmd):
    try:
        r = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
        return (r.stderr or r.stdout).strip().splitlines()[0]
    except (OSError, subprocess.SubprocessError, IndexError):
        return "?"
