"""A batch: which documents, their specs, their formats; rendering and validation."""
import datetime as dt
import hashlib
import random

from . import bodies, common
from .kinds import agreements, berita, decrees, letters

KINDS = ["surat_edaran", "nphd", "mou", "perjanjian_kerja_sama", "keputusan", "peraturan", "surat_dinas", "nota_dinas",
         "berita_acara", "undangan"]
SHORT = {"surat_edaran": "se", "nphd": "nphd", "mou": "mou", "perjanjian_kerja_sama": "pks", "keputusan": "kep",
         "peraturan": "per", "surat_dinas": "sd", "nota_dinas": "nd", "berita_acara": "ba", "undangan": "und"}
BUILDERS = {"surat_edaran": letters.surat_edaran, "nphd": agreements.nphd, "mou": agreements.mou,
            "perjanjian_kerja_sama": agreements.pks, "keputusan": decrees.keputusan, "peraturan": decrees.peraturan,
            "surat_dinas": letters.surat_dinas, "nota_dinas": letters.nota_dinas, "berita_acara": berita.berita_acara,
            "undangan": letters.undangan}

ALL = {"head": 3, "agency": 3, "ministry": 1, "kpu": 1.2, "bawaslu": 0.8, "dprd": 0.6, "univ": 1.2, "rsud": 0.8,
       "polres": 0.5, "kodim": 0.4, "kejari": 0.5, "pn": 0.4, "pa": 0.3, "desa": 1.0, "kecamatan": 0.6}
ISSUERS = {
    "surat_edaran": {"head": 3.5, "agency": 2, "ministry": 1, "kpu": 0.8, "bawaslu": 0.6, "univ": 0.8, "rsud": 0.4, "pn": 0.3,
                     "pa": 0.2, "kejari": 0.2, "kecamatan": 0.3, "desa": 0.2, "polres": 0.2, "kodim": 0.1},
    "nphd": {"head": 1},
    "mou": {"head": 7, "kpu": 1.5, "bawaslu": 1.5},
    "perjanjian_kerja_sama": {"univ": 3, "kpu": 1.5, "bawaslu": 0.5, "rsud": 1.5, "agency": 2, "head": 1.5},
    "keputusan": {"head": 3.5, "agency": 1.5, "univ": 1.2, "kpu": 1, "rsud": 0.5, "desa": 0.6, "pn": 0.3, "pa": 0.2,
                  "kejari": 0.3, "polres": 0.3, "kodim": 0.2, "dprd": 0.3, "bawaslu": 0.4},
    "peraturan": {"head": 6, "desa": 2, "univ": 1, "ministry": 1},
    "surat_dinas": ALL,
    "nota_dinas": {"agency": 3.5, "head": 2.5, "univ": 1, "rsud": 1, "kpu": 1, "bawaslu": 0.5, "pn": 0.5},
    "berita_acara": {"kpu": 2, "bawaslu": 1, "agency": 2, "head": 1.5, "desa": 1.5, "univ": 0.5, "rsud": 0.5, "kecamatan": 0.5},
    "undangan": ALL,
}


def weighted(rng, table):
    items = sorted(table.items())
    total = sum(w for _, w in items)
    r = rng.random() * total
    for k, w in items:
        r -= w
        if r <= 0:
            return k
    return items[-1][0]


def doc_rng(seed, index, attempt=0):
    h = hashlib.sha256(f"naskah-fresh/{seed}/{index}/{attempt}".encode()).hexdigest()
    return random.Random(int(h[:16], 16)), h


def pick_date(rng, kind):
    r = rng.random()
    if kind == "nphd":  # 'Naskah Perjanjian Hibah Daerah' is the form of the 2010s (Permendagri 32/2011)
        r = max(r, 0.2)
    if r < 0.08:
        y = rng.randint(1994, 1999)
    elif r < 0.28:
        y = rng.randint(2000, 2012) if kind != "nphd" else rng.randint(2009, 2012)
    else:
        y = rng.randint(2013, 2026)
    for _ in range(20):
        d = dt.date(y, rng.randint(1, 12), rng.randint(1, 28))
        if d.weekday() < 5 or rng.random() < 0.08:
            return d
    return d


def compose(seed, index, kind, attempt=0):
    """The spec of document `index` of the batch made with `seed` (no output format yet)."""
    rng, h = doc_rng(seed, index, attempt)
    date = pick_date(rng, kind)
    table = dict(ISSUERS[kind])
    if date.year < 2000:
        for k in ("kpu", "bawaslu"):
            table.pop(k, None)
        if kind in ("mou",):
            table = {"head": 1}
    if kind == "peraturan" and date.year < 2009:
        table.pop("ministry", None)
    cat = weighted(rng, table)
    iss = bodies.make(rng, date.year, cat)
    if kind == "peraturan" and not iss.get("regl"):
        iss = bodies.pemda_head(rng, date.year)
    doc = common.Doc(rng, kind, iss, date)
    setup = common.page_setup(doc)
    blocks = BUILDERS[kind](doc)
    ensure_parties(doc, blocks)
    own_vs_cited(doc, blocks)
    spec = {"id": f"{SHORT[kind]}-{h[:10]}", "doc_type": kind}
    spec.update(setup)
    spec["blocks"] = blocks
    if doc.spec_extra.get("dpart_labelw"):
        spec["dpart_labelw"] = max(spec["dpart_labelw"], doc.spec_extra["dpart_labelw"])
    spec["parties"] = list(dict.fromkeys(doc.parties))
    if doc.footer:
        spec["footer"] = doc.footer
    if kind in ("keputusan", "peraturan") and rng.random() < 0.15 and iss["type"] == "pemda":
        spec["paraf_boxes"] = rng.sample(["Sekda", "Asisten I", "Asisten III", "Kabag Hukum", "Kepala OPD"], rng.randint(2, 4))
    spec["pdf_creator"] = rng.choice(["Microsoft\u00ae Word 2016", "Microsoft\u00ae Word 2019", "Microsoft\u00ae Word 2010",
                                      "Microsoft\u00ae Word 2013", "WPS Writer"])
    spec["pdf_producer"] = spec["pdf_creator"] if rng.random() < 0.7 else rng.choice(["Microsoft: Print To PDF", "iLovePDF", "PDFium"])
    spec["_rng_state"] = rng.random()  # consumed: formats are drawn from a stream of their own
    spec["_meta"] = {"issuer": iss["type"], "year": date.year, "seed_hash": h[:16]}
    return spec


UNPRINTED = {"stamp", "tte", "emblem", "emblem2", "ink", "t", "style", "rule", "align", "h_align", "truth_position"}


def strings(x):
    """The printed strings of blocks (not stamps, emblems, QR payloads or options)."""
    if isinstance(x, str):
        yield x
    elif isinstance(x, dict):
        for k, v in x.items():
            if k not in UNPRINTED:
                yield from strings(v)
    elif isinstance(x, (list, tuple)):
        for v in x:
            yield from strings(v)


def ensure_parties(doc, blocks):
    """Every party must be written somewhere in the document. An issuer only named in a
    two-line letterhead ('PEMERINTAH KABUPATEN X' over 'DINAS Y') or by its head's title
    ('BUPATI X') gets the letterhead that names it in full."""
    from .check import validate
    text = validate.fold(" ".join(strings(blocks)))
    for p in doc.parties:
        if validate.fold(p) in text:
            continue
        iss = doc.iss if doc.iss["party"] == p else None
        if iss is None:
            raise ValueError(f"party {p!r} not written")
        for b in blocks:
            if b.get("t") == "kop" and b.get("lines"):
                size = b["lines"][0][1]
                if len(b["lines"]) >= 2 and b["lines"][1][2]:
                    b["lines"][1] = (p.upper(), b["lines"][1][1], True)
                else:
                    b["lines"][0] = (p.upper(), size, True)
                break
        else:
            lines = [b for b in blocks if b.get("kopline")]
            if not lines:
                raise ValueError(f"party {p!r} not written and no letterhead")
            lines[min(1, len(lines) - 1)]["text"] = f"<b>{p.upper()}</b>"
        text = validate.fold(" ".join(strings(blocks)))
        if validate.fold(p) not in text:
            raise ValueError(f"party {p!r} still not written")


def own_vs_cited(doc, blocks):
    """A regulation numbered '80 TAHUN 2015' that also cites another instrument numbered 80 of
    2015 cannot be told apart from it by number and year: such a draw is refused."""
    import re
    text = " ".join(strings(blocks))
    cited = {(m.group(2), m.group(3)) for m in re.finditer(r"\{\{ref:(\w+)\|([^|]*)\|([^|]*)\|", text)}
    for n in doc.numbers:
        m = re.fullmatch(r"(\S+) TAHUN (\d{4})", n)
        if m and (m.group(1), m.group(2)) in cited:
            raise ValueError(f"own number {n} equals a cited instrument's")
