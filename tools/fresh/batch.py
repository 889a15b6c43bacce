"""A batch: compose every document, plan its output (producer, born-digital or scanned, file
format, scan quality), render, validate."""
import collections
import io
import json
import os
import random
import shutil
import sys
import tempfile
import traceback
from pathlib import Path

from . import build, check
from .corpus import Builder, degrade, render

import logging
logging.getLogger("fontTools").setLevel(logging.ERROR)

FORMATS = ("pdf", "pdf-scan", "png", "jpg", "tiff")
EXT = {"pdf": "pdf", "pdf-scan": "pdf", "png": "png", "tiff": "tif", "jpg": "jpg"}
SCANNERS = ["Canon iR-ADV C3525", "EPSON Scan", "Fujitsu fi-7160", "HP LaserJet MFP M428fdw", "Kyocera TASKalfa 3253ci",
            "Brother MFC-L2740DW", "RICOH IM C3000", "PFU ScanSnap iX1600", "CamScanner", "iLovePDF"]


def producers_available():
    tools = Path(__file__).resolve().parent.parent
    if not (tools / "producers" / "__init__.py").exists():
        return []
    if str(tools) not in sys.path:
        sys.path.insert(0, str(tools))
    try:
        import producers
        return list(producers.PRODUCERS)
    except Exception:  # a producer package that does not import: reportlab alone
        return []


# ------------------------------------------------------------------------------ composing

def kinds_for(seed, count):
    rng = random.Random(f"naskah-fresh/kinds/{seed}")
    out = []
    while len(out) < count:
        block = list(build.KINDS)
        rng.shuffle(block)
        out += block
    return out[:count]


def dry(spec):
    """Build with reportlab into a scratch file: pages, clean text, truth; raises on a layout error."""
    s = {k: v for k, v in spec.items() if not k.startswith("_")}
    s["output"] = {"format": "pdf", "seed": 1}
    with tempfile.TemporaryDirectory(prefix="fresh-dry-") as d:
        res = Builder(s).build(Path(d) / "x.pdf")
    rec = render.truth_record(s, res["truth"], s["id"] + ".pdf")
    text = "\f".join(res["pages"]) + "\n"
    return res["n_pages"], rec, text


def compose_one(args):
    """(seed, index, kind) -> (spec, pages, retries, errors). Tries other draws when a draw makes
    a layout that does not fit or a record the checks reject (reported, expected to be rare)."""
    seed, index, kind = args
    errors = []
    for attempt in range(8):
        try:
            spec = build.compose(seed, index, kind, attempt)
            pages, rec, text = dry(spec)
            probs, _ = check.check_text_only(rec, text)
            if probs:
                errors.append(f"attempt {attempt}: {probs[0]}")
                continue
            return spec, pages, attempt, errors
        except Exception as e:  # noqa: BLE001 - reported in the batch summary
            errors.append(f"attempt {attempt}: {type(e).__name__}: {e}")
    raise RuntimeError(f"document {index} ({kind}): no valid draw: {errors}")


# ------------------------------------------------------------------------------ planning

def plan(seed, docs, formats, prods):
    """Give every document an output: ~40% born-digital (spread over the producers), ~60%
    scans (PDF of JPEG pages, multi-page TIFF, PNG and JPEG for one-page documents; a part
    of them scans of other producers' PDFs), scan qualities from clean to heavy."""
    rng = random.Random(f"naskah-fresh/plan/{seed}")
    n = len(docs)
    producers_ = ["reportlab"] + prods
    born_fmt = "pdf" in formats
    scan_fmts = [f for f in formats if f != "pdf"]
    n_born = round(n * 0.4) if born_fmt and scan_fmts else (n if born_fmt else 0)
    order = list(range(n))
    rng.shuffle(order)
    # born-digital favours documents of the e-office years; one-page documents are kept for images
    order.sort(key=lambda i: (docs[i][0]["_meta"]["year"] < 2005, docs[i][1] == 1 and rng.random() < 0.7))
    born = set(order[:n_born])
    out = {}
    weights = {"reportlab": 4, "libreoffice": 2, "chromium": 1.6, "groff": 1, "fpdf2": 1.4}
    bl = []
    for k in range(n_born):
        bl.append(producers_[k % len(producers_)] if k < len(producers_) else weighted(rng, {p: weights[p] for p in producers_}))
    rng.shuffle(bl)
    for i, p in zip(sorted(born), bl):
        out[i] = {"producer": p, "format": "pdf"}
    scans = [i for i in range(n) if i not in born]
    rng.shuffle(scans)
    quota = {"pdf-scan": 0.4, "tiff": 0.2, "png": 0.2, "jpg": 0.2}
    quota = {f: w for f, w in quota.items() if f in scan_fmts}
    if scans and quota:
        total = sum(quota.values())
        counts = {f: int(len(scans) * w / total) for f, w in quota.items()}
        rest = len(scans) - sum(counts.values())
        for f in sorted(quota, key=lambda f: -quota[f])[:rest]:
            counts[f] += 1
        single = [i for i in scans if docs[i][1] == 1]
        multi = [i for i in scans if docs[i][1] > 1]
        slots = []
        for f in ("png", "jpg"):
            for _ in range(counts.get(f, 0)):
                slots.append(f)
        assigned = {}
        for f in slots:
            if single:
                assigned[single.pop()] = f
            else:  # not enough one-page documents: a multi-page scan instead
                counts["pdf-scan" if "pdf-scan" in counts else "tiff"] = counts.get("pdf-scan" if "pdf-scan" in counts else "tiff", 0) + 1
        remaining = single + multi
        rng.shuffle(remaining)
        multi_fmts = [f for f in ("pdf-scan", "tiff") if f in counts] or ["pdf-scan"]
        for i in remaining:
            f = multi_fmts[0] if len(multi_fmts) == 1 else ("tiff" if rng.random() < counts.get("tiff", 0) / max(1, counts.get("tiff", 0) + counts.get("pdf-scan", 0)) else "pdf-scan")
            if docs[i][1] > 1 and f not in ("pdf-scan", "tiff"):
                f = "pdf-scan"
            assigned[i] = f
        for i, f in assigned.items():
            src = "reportlab"
            if prods and rng.random() < 0.25:
                src = rng.choice(prods)
            out[i] = {"producer": src, "format": f, "output": scan_opts(rng, f, docs[i][1], docs[i][0])}
    return out


def weighted(rng, table):
    items = sorted(table.items())
    r = rng.random() * sum(w for _, w in items)
    for k, w in items:
        r -= w
        if r <= 0:
            return k
    return items[-1][0]


def scan_opts(rng, fmt, pages, spec):
    profile = weighted(rng, {"clean": 0.2, "light": 0.35, "medium": 0.3, "heavy": 0.15})
    color = {"pdf-scan": {"gray": 0.6, "rgb": 0.25, "bw": 0.15}, "tiff": {"bw": 0.5, "gray": 0.5},
             "png": {"gray": 0.6, "rgb": 0.3, "bw": 0.1}, "jpg": {"rgb": 0.6, "gray": 0.4}}[fmt]
    o = {"format": fmt, "profile": profile, "color": weighted(rng, color), "seed": rng.randrange(1, 10 ** 6),
         "dpi": 200 if profile == "heavy" or rng.random() < 0.25 else 300}
    if fmt == "jpg" and rng.random() < 0.6:
        o["photo"] = True
        o["color"] = "rgb"
        o["profile"] = rng.choice(["light", "medium"])
    if rng.random() < 0.1:
        o["holes"] = True
    if rng.random() < 0.12:
        o["fold"] = True
    if pages > 1 and rng.random() < 0.1:
        o["bleed"] = round(rng.uniform(0.04, 0.1), 3)
    if rng.random() < 0.1 and not o.get("photo"):
        o["skew_deg"] = round(rng.uniform(0.3, 3.0) * rng.choice([-1, 1]), 2)
    if fmt == "pdf-scan":
        o["scanner"] = o["producer"] = rng.choice(SCANNERS)
    return o


# ------------------------------------------------------------------------------ rendering

def render_one(job):
    """Render one planned document into out/; returns (summary row, problems)."""
    spec, p, out, work = job["spec"], job["plan"], Path(job["out"]), Path(job["work"])
    spec = {k: v for k, v in spec.items() if not k.startswith("_")}
    producer, fmt = p["producer"], p["format"]
    work.mkdir(parents=True, exist_ok=True)
    try:
        if producer == "reportlab":
            spec["output"] = p.get("output") or {"format": "pdf", "seed": job["seed"]}
            if fmt != "pdf" and spec["output"].get("photo") is None:
                pass
            summary = render.render(spec, out, work / spec["id"])
        else:
            summary = via_producer(spec, producer, fmt, p.get("output"), out, work / spec["id"], job["seed"])
    except Exception as e:  # noqa: BLE001
        if producer != "reportlab":
            # a producer that cannot print this document exactly: reportlab prints it instead
            job2 = dict(job)
            job2["plan"] = dict(p, producer="reportlab", fell_back=f"{producer}: {type(e).__name__}: {str(e)[:120]}")
            if fmt == "pdf":
                job2["plan"].pop("output", None)
            return render_one(job2)
        return {"id": spec["id"], "error": f"{type(e).__name__}: {e}", "trace": traceback.format_exc()}, [str(e)]
    problems, notes = check.check(summary)
    row = {"id": spec["id"], "doc_type": spec["doc_type"], "format": fmt, "producer": producer, "pages": summary["pages"],
           "bytes": summary["path"].stat().st_size, "source": summary["record"]["source"],
           "degradation": render.describe({"output": p.get("output") or {"format": "pdf"}}),
           "paper": spec.get("paper"), "font": spec.get("font"), "fell_back": p.get("fell_back", "")}
    shutil.rmtree(work / spec["id"], ignore_errors=True)
    return row, problems


def via_producer(spec, producer, fmt, opts, out, work, seed):
    import producers
    work.mkdir(parents=True, exist_ok=True)
    pdf = producers.render(spec, producer, work)
    rec = json.loads(pdf.with_suffix(".json").read_text(encoding="utf-8"))
    text = pdf.with_suffix(".txt").read_text(encoding="utf-8")
    (out / "docs").mkdir(parents=True, exist_ok=True)
    doc_id = spec["id"]
    if fmt == "pdf":
        target = out / "docs" / f"{doc_id}.pdf"
        shutil.copyfile(pdf, target)
        normalize_pdf(target, doc_id)
    else:
        target = out / "docs" / f"{doc_id}.{EXT[fmt]}"
        scan_file(pdf, target, fmt, opts, work)
    pages = text.count("\f") + 1
    rec["source"] = target.name
    (out / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    (out / f"{doc_id}.json").write_text(json.dumps(rec, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return {"id": doc_id, "source": target.name, "type": spec["doc_type"], "format": fmt, "pages": pages,
            "record": rec, "text": text, "path": target}


def normalize_pdf(path, key):
    """Producers stamp the time of the run (CreationDate, ModDate, XMP dates) and a random /ID
    into the PDF; these are rewritten in place, at the same length, from the document's id, so
    a batch is the same bytes every time."""
    import hashlib
    import re
    b = path.read_bytes()
    h = hashlib.sha256(key.encode()).hexdigest().upper()
    when = f"2024{int(h[:2], 16) % 12 + 1:02d}{int(h[2:4], 16) % 28 + 1:02d}093000".encode()

    def date(m):
        return m.group(1) + when[:len(m.group(2))].ljust(len(m.group(2)), b"0")

    def xmp(m):
        iso = when[:4] + b"-" + when[4:6] + b"-" + when[6:8] + b"T09:30:00"
        return m.group(1) + iso[:len(m.group(2))].ljust(len(m.group(2)), b"0")

    def ident(m):
        return re.sub(rb"[0-9A-Fa-f]{8,}", lambda x: (h * 4)[:len(x.group(0))].encode(), m.group(0))
    b = re.sub(rb"(/(?:CreationDate|ModDate)\s*\(D:)(\d{4,14})", date, b)
    b = re.sub(rb"(<(?:xmp|pdf|xap):\w*Date>)([0-9T:\-]+)", xmp, b)
    b = re.sub(rb"/ID\s*\[[^\]]*\]", ident, b)
    b = re.sub(rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)", lambda m: m.group(1) + (h * 2)[:len(m.group(2))].encode(), b)
    path.write_bytes(b)


def scan_file(pdf, target, fmt, opts, work):
    """A paper copy of a producer's PDF, scanned: pdftoppm at 300 dpi, then the corpus's
    scan simulation (no hand marks: the producers leave the signature gap blank)."""
    import img2pdf
    import numpy as np
    pages = render.rasterise(pdf, work)
    seed = opts["seed"]
    scans = []
    for i, page in enumerate(pages, 1):
        rng = np.random.default_rng(seed * 100 + i)
        verso = pages[i] if opts.get("bleed") and i < len(pages) else None
        h_pt = page.shape[0] / 300 * 72
        scans.append(degrade.scan(page, [], h_pt, opts, rng, verso=verso))
    if opts.get("photo"):
        scans = [degrade.photo(s, np.random.default_rng(seed * 100 + 99)) for s in scans]
    dpi = opts.get("dpi", 300)
    quality = opts.get("jpeg", degrade.PROFILES[opts.get("profile", "medium")]["jpeg"])
    if fmt == "pdf-scan":
        jpgs = []
        for s in scans:
            buf = io.BytesIO()
            s.save(buf, "JPEG", quality=quality, dpi=(dpi, dpi), optimize=True)
            jpgs.append(buf.getvalue())
        with open(target, "wb") as f:
            img2pdf.convert(jpgs, outputstream=f, engine=img2pdf.Engine.internal, nodate=True,
                            layout_fun=img2pdf.get_fixed_dpi_layout_fun((dpi, dpi)),
                            creator=opts.get("scanner", "EPSON Scan"), producer=opts.get("producer", "EPSON Scan"))
    elif fmt in ("png", "jpg"):
        if len(scans) != 1:
            raise ValueError(f"{fmt} holds one page, the document has {len(scans)}")
        if fmt == "png":
            scans[0].save(target, "PNG", dpi=(dpi, dpi), optimize=True)
        else:
            scans[0].save(target, "JPEG", quality=quality, dpi=(dpi, dpi), optimize=True, subsampling=2 if quality < 70 else 0)
    else:
        comp = "group4" if opts.get("color") == "bw" else "tiff_lzw"
        scans[0].save(target, "TIFF", save_all=True, append_images=scans[1:], compression=comp, dpi=(dpi, dpi))


# ------------------------------------------------------------------------------ the batch

def make(out, seed, count=40, formats=FORMATS, producers_=None, jobs=None, log=print):
    out = Path(out)
    jobs = jobs or os.cpu_count() or 1
    prods = producers_available() if producers_ is None else [p for p in producers_ if p in producers_available()]
    kinds = kinds_for(seed, count)
    args = [(seed, i, kinds[i]) for i in range(count)]
    from concurrent.futures import ProcessPoolExecutor
    with ProcessPoolExecutor(jobs) as ex:
        docs = list(ex.map(compose_one, args))
    retries = sum(d[2] for d in docs)
    plans = plan(seed, docs, formats, prods)
    if out.exists():
        for p in out.iterdir():
            shutil.rmtree(p) if p.is_dir() else p.unlink()
    (out / "docs").mkdir(parents=True, exist_ok=True)
    work = Path(os.environ.get("FRESH_WORK", tempfile.gettempdir())) / f"fresh-work-{seed}-{os.getpid()}"
    job_list = [{"spec": docs[i][0], "plan": plans[i], "out": str(out), "work": str(work), "seed": seed * 1000 + i}
                for i in range(count)]
    with ProcessPoolExecutor(jobs) as ex:
        results = list(ex.map(render_one, job_list))
    shutil.rmtree(work, ignore_errors=True)
    rows, failures = [], 0
    for (row, problems), job in zip(results, job_list):
        meta = job["spec"]["_meta"]
        row.update({"issuer": meta["issuer"], "year": meta["year"]})
        rows.append(row)
        status = "ok" if not problems else f"{len(problems)} PROBLEM(S)"
        failures += bool(problems)
        log(f"{row['id']:18} {row.get('doc_type', '?'):22} {row.get('producer', '?'):11} {row.get('format', '?'):8} "
            f"{row.get('pages', 0):>2}p  {status}")
        for pr in problems:
            log(f"    PROBLEM: {pr}")
        if "trace" in row:
            log(row["trace"])
    write_manifest(out, rows)
    log(f"\n{count} documents ({retries} redrawn at composition), "
        f"validator: {count - failures} of {count} pass; {sum(r.get('pages', 0) for r in rows)} pages")
    for r in rows:
        if r.get("fell_back"):
            log(f"note: {r['id']} printed by reportlab, {r['fell_back']}")
    mix = collections.Counter((str(r.get("producer")), str(r.get("format"))) for r in rows)
    log("mix: " + ", ".join(f"{p}/{f} {n}" for (p, f), n in sorted(mix.items())))
    return rows, failures


def write_manifest(out, rows):
    cols = ["id", "doc_type", "format", "producer", "pages", "degradation", "paper", "font", "issuer", "year", "bytes"]
    lines = ["\t".join(cols)]
    for r in sorted(rows, key=lambda r: r["id"]):
        lines.append("\t".join(str(r.get(c, "")) for c in cols))
    (out / "MANIFEST.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
