"""The producer-independent half of a render: a corpus spec -> expanded blocks, the ground truth,
the text as placed (in reading order), and the check that a producer's PDF holds exactly that text.

The block vocabulary and its options are those of the shared corpus generator
(`../shared/corpus/tools/corpusgen/layout.py`), plus `cols` (a two-column section):
`{"t": "cols", "blocks": [[...left blocks...], [...right blocks...]]}`.
"""
import copy
import html
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

CORPUS_TOOLS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "tools"


def corpus_tools() -> Path:
    """The shared corpus generator (read at run time, never copied into the project)."""
    import os
    p = Path(os.environ.get("NASKAH_CORPUS_TOOLS", CORPUS_TOOLS))
    if not (p / "corpusgen" / "markup.py").exists():
        raise SystemExit(f"corpus generator not found at {p} (set NASKAH_CORPUS_TOOLS)")
    if str(p) not in sys.path:
        sys.dont_write_bytecode = True  # keep the shared folder free of __pycache__
        sys.path.insert(0, str(p))
    return p


corpus_tools()
from corpusgen import markup as cg_markup  # noqa: E402
from corpusgen.markup import Truth, expand, one_line, plain  # noqa: E402

PAPERS_MM = {"A4": (210.0, 297.0), "F4": (215.0, 330.0)}
FIELD_ORDER = ["source", "doc_type", "title", "numbers", "date", "place", "parties", "signatories",
               "amounts", "dates", "references"]

# ------------------------------------------------------------------ fonts
GYRE = "/usr/share/texmf/fonts/opentype/public/tex-gyre"
LIB = "/usr/share/fonts/truetype/liberation"
DEJAVU = "/usr/share/fonts/truetype/dejavu"
CARLITO = "/usr/share/fonts/truetype/crosextra"


def _gyre(name):
    return tuple(f"{GYRE}/texgyre{name}-{s}.otf" for s in ("regular", "bold", "italic", "bolditalic"))


def _lib(name):
    return tuple(f"{LIB}/Liberation{name}-{s}.ttf" for s in ("Regular", "Bold", "Italic", "BoldItalic"))


# key: (family name as fontconfig/CSS know it, (regular, bold, italic, bolditalic), serif?)
FAMILIES = {
    "liberation-serif": ("Liberation Serif", _lib("Serif"), True),
    "liberation-sans": ("Liberation Sans", _lib("Sans"), False),
    "liberation-sans-narrow": ("Liberation Sans Narrow", _lib("SansNarrow"), False),
    "texgyre-bonum": ("TeX Gyre Bonum", _gyre("bonum"), True),
    "texgyre-termes": ("TeX Gyre Termes", _gyre("termes"), True),
    "texgyre-pagella": ("TeX Gyre Pagella", _gyre("pagella"), True),
    "texgyre-heros": ("TeX Gyre Heros", _gyre("heros"), False),
    "carlito": ("Carlito", tuple(f"{CARLITO}/Carlito-{s}.ttf" for s in ("Regular", "Bold", "Italic", "BoldItalic")),
                False),
    "dejavu-sans": ("DejaVu Sans", tuple(f"{DEJAVU}/DejaVuSans{s}.ttf" for s in ("", "-Bold", "-Oblique", "-BoldOblique")),
                    False),
    "dejavu-serif": ("DejaVu Serif", tuple(f"{DEJAVU}/DejaVuSerif{s}.ttf" for s in ("", "-Bold", "-Italic", "-BoldItalic")),
                     True),
}
# the corpus's font keys (office fonts) -> the free family that stands in for them
SPEC_FONT = {"bookman": "texgyre-bonum", "times": "liberation-serif", "arial": "liberation-sans",
             "arialnarrow": "liberation-sans-narrow", "calibri": "carlito", "tahoma": "dejavu-sans"}
SANS_FOR = {"liberation-serif": "liberation-sans", "texgyre-bonum": "liberation-sans",
            "texgyre-termes": "texgyre-heros", "texgyre-pagella": "texgyre-heros", "dejavu-serif": "dejavu-sans"}


def family_key(name: str) -> str:
    if name in FAMILIES:
        return name
    if name in SPEC_FONT:
        return SPEC_FONT[name]
    raise ValueError(f"unknown font {name!r}: one of {sorted(FAMILIES)} or {sorted(SPEC_FONT)}")


# ------------------------------------------------------------------ inline markup
RUN_RE = re.compile(r"(<br\s*/?>|</?[biu]>)")


def runs(markup: str):
    """Reportlab markup (already expanded) -> [(text, bold, italic, underline)]; '\\n' for <br/>."""
    out = []
    b = i = u = 0
    for tok in RUN_RE.split(markup):
        if not tok:
            continue
        if RUN_RE.fullmatch(tok):
            if tok.startswith("<br"):
                out.append(("\n", bool(b), bool(i), bool(u)))
                continue
            closing = tok.startswith("</")
            tag = tok.strip("</>")
            d = -1 if closing else 1
            if tag == "b":
                b += d
            elif tag == "i":
                i += d
            else:
                u += d
            continue
        if "<" in tok:
            raise ValueError(f"unsupported markup {tok!r}")
        text = html.unescape(tok)
        if text:
            out.append((text, b > 0, i > 0, u > 0))
    return out


def bolded(markup, bold):
    return f"<b>{markup}</b>" if bold else markup


LETTERS = "abcdefghijklmnopqrstuvwxyz"
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


def list_label(style, i):
    return {"1.": f"{i}.", "1)": f"{i})", "(1)": f"({i})", "a.": f"{LETTERS[i - 1]}.",
            "a)": f"{LETTERS[i - 1]})", "(a)": f"({LETTERS[i - 1]})", "I.": f"{ROMAN[i - 1]}.",
            "-": "-", "•": "\u2022"}[style]


# ------------------------------------------------------------------ the document model
class Doc:
    """A spec with its markup expanded (truth recorded in the corpus generator's order) and its
    blocks normalised: every block keeps the spec's options and gains expanded text fields.
    Renderers read `blocks`; `units(blocks)` is the text as placed for a list of blocks."""

    def __init__(self, spec, font=None, paper=None):
        self.spec = spec
        self.truth = Truth()
        self.family = family_key(font or spec.get("font", "times"))
        self.family_name, self.font_files, self.serif = FAMILIES[self.family]
        self.paper = paper or spec.get("paper", "A4")
        self.page_mm = PAPERS_MM[self.paper]
        self.size = float(spec.get("size", 12))
        self.lead = float(spec.get("leading", 1.22))
        self.margins = tuple(spec.get("margins", (2.0, 2.0, 2.2, 2.5)))  # cm: top right bottom left
        self.text_w_cm = self.page_mm[0] / 10 - self.margins[1] - self.margins[3]
        self.after = spec.get("para_space", 4)
        self.page_numbers = spec.get("page_numbers", True)
        self.page_number_format = spec.get("page_number_format", "- {n} -")
        self.dpart_labelw = spec.get("dpart_labelw", 2.9)
        # the corpus generator expands the footer before the blocks
        self.footer_lines = []
        if spec.get("footer"):
            self.footer_lines = [one_line(expand(spec["footer"], self.truth))]
        self.paraf = list(spec.get("paraf_boxes") or [])
        self.blocks = self._norm_blocks(spec["blocks"])

    # -------------------------------------------------------------- expansion
    def x(self, m):
        return expand(m, self.truth)

    def _norm_blocks(self, blocks):
        return [self._norm(copy.deepcopy(b)) for b in blocks]

    def _norm(self, b):
        t = b["t"]
        if t == "kop":
            lines = []
            for ln in b.get("lines", []):
                text, size, bold = (tuple(ln) + (None, None))[:3] if isinstance(ln, (tuple, list)) else (ln, None, None)
                lines.append({"text": plain(self.x(text)), "size": size or self.size,
                              "bold": True if bold is None else bold})
            b["lines"] = lines
            if b.get("font"):
                fk = family_key(b["font"])
                # a kop in 'arial' on a serif document: the document family's sans companion
                b["family"] = fk if fk != "liberation-sans" else SANS_FOR.get(self.family, self.family)
                if not FAMILIES[self.family][2]:
                    b["family"] = self.family
            else:
                b["family"] = self.family
        elif t in ("center", "pasal"):
            b["lines"] = [bolded(self.x(ln), b.get("bold", True)) for ln in b["lines"]]
        elif t == "p":
            b["text"] = bolded(self.x(b["text"]), b.get("bold", False))
        elif t == "list":
            b["items"] = self._norm_items(b)
        elif t == "kv":
            rows = []
            for key, val in b["rows"]:
                rows.append((self.x(key), (b.get("sep", ":") if key else ""), self.x(val)))
            b["rows"] = rows
        elif t == "yth":
            b["items"] = [self.x(it) for it in b["items"]]
            b["tail"] = [self.x(ln) for ln in b.get("tail", [])]
        elif t == "dpart":
            items = []
            for i, item in enumerate(b["items"], b.get("start", 1)):
                if isinstance(item, str):
                    item = {"text": item}
                style = b.get("style")
                sub = item.get("label", list_label(style, i) if style else "")
                v = self.x(item["text"])
                if b.get("bold_text"):
                    v = f"<b>{v}</b>"
                items.append({"sub": sub, "text": v, "first": i == b.get("start", 1)})
            b["items"] = items
        elif t == "table":
            header = b.get("header")
            data = ([header] if header else []) + b["rows"]
            rows = []
            for r, row in enumerate(data):
                cells = []
                for cell in row:
                    m = self.x(cell)
                    is_head = bool(header) and r == 0
                    if is_head or (b.get("bold_last") and r == len(data) - 1):
                        m = f"<b>{m}</b>"
                    cells.append(m)
                rows.append(cells)
            b["data"] = rows
            b["has_header"] = bool(header)
        elif t == "sign":
            b["cols"] = [self._norm_sig(sig) for sig in b["cols"]]
        elif t == "cols":
            b["blocks"] = [self._norm_blocks(side) for side in b["blocks"]]
        elif t in ("hr", "space", "pagebreak"):
            pass
        else:
            raise ValueError(f"unknown block {t!r}")
        return b

    def _norm_items(self, b, left=None):
        style = b.get("style", "1.")
        out = []
        for i, item in enumerate(b["items"], b.get("start", 1)):
            if isinstance(item, str):
                item = {"text": item}
            it = {"label": item.get("label", list_label(style, i)), "text": self.x(item["text"])}
            if "items" in item:
                sub = {"items": item["items"], "style": item.get("style", "a.")}
                it["hang"] = item.get("hang", b.get("hang", 0.75))
                it["items"] = self._norm_items(sub)
            out.append(it)
        return out

    def _norm_sig(self, sig):
        t = self.truth
        lines = []  # (kind, text, bold, underline)
        for ln in sig.get("pre", []):
            lines.append(("pre", plain(self.x(ln)), False, False))
        if sig.get("pre_rule"):
            lines.append(("rule", "", False, False))
        for ln in sig.get("above", []):
            lines.append(("above", plain(self.x(ln)), sig.get("above_bold", True), False))
        pos = sig["position"]
        pos_lines = pos if isinstance(pos, list) else [pos]
        for ln in pos_lines:
            lines.append(("pos", plain(self.x(ln)), sig.get("position_bold", True), False))
        lines.append(("gap", "", False, False))
        name = plain(self.x(sig["name"]))
        lines.append(("name", name, True, sig.get("underline", True)))
        for key in ("rank", "nip"):
            if sig.get(key):
                lines.append((key, plain(self.x(sig[key])), False, False))
        position = sig.get("truth_position") or " ".join(
            " ".join(plain(expand(p, Truth())) for p in pos_lines).split())
        position = position.rstrip(",").strip()
        if {"name": name, "position": position} not in t.signatories:
            t.signatories.append({"name": name, "position": position})
        return {"lines": lines, "align": sig.get("align", "center"), "pre_left": sig.get("pre_left", True)}

    # -------------------------------------------------------------- text as placed
    def units(self, blocks=None):
        """The text as placed of `blocks` (default: the whole body), one string per printed unit
        (a paragraph, a list item, a row), in reading order."""
        out = []
        for b in (self.blocks if blocks is None else blocks):
            t = b["t"]
            if t == "kop":
                out += [ln["text"] for ln in b["lines"]]
            elif t in ("center", "pasal"):
                out += [one_line(ln) for ln in b["lines"]]
            elif t == "p":
                out.append(one_line(b["text"]))
            elif t == "list":
                out += self._item_units(b["items"])
            elif t == "kv":
                out += [" ".join(x for x in (one_line(k), sep, one_line(v)) if x) for k, sep, v in b["rows"]]
            elif t == "yth":
                n = len(b["items"])
                for i, it in enumerate(b["items"], 1):
                    head = b.get("lead", "Yth.") if i == 1 else ""
                    lab = f"{i}." if n > 1 else ""
                    out.append(" ".join(x for x in (head, lab, one_line(it)) if x))
                out += [one_line(ln) for ln in b["tail"]]
            elif t == "dpart":
                label = b.get("label", "")
                for it in b["items"]:
                    lab = label if it["first"] else ""
                    colon = (":" if label else "") if it["first"] else ""
                    out.append(" ".join(x for x in (lab, colon, it["sub"], one_line(it["text"])) if x))
            elif t == "table":
                for row in b["data"]:
                    out.append(" ".join(x for x in (one_line(c) for c in row) if x))
            elif t == "sign":
                for col in b["cols"]:
                    out += [text for kind, text, _, _ in col["lines"] if text]
            elif t == "cols":
                for side in b["blocks"]:
                    out += self.units(side)
        return [u for u in out if u.strip()]

    def _item_units(self, items):
        out = []
        for it in items:
            out.append(f"{it['label']} {one_line(it['text'])}")
            if "items" in it:
                out += self._item_units(it["items"])
        return out

    def header_text(self, page):
        if self.page_numbers and page >= 2:
            return self.page_number_format.format(n=page)
        return ""

    def footer_units(self):
        out = []
        if self.paraf:
            out.append("Paraf " + " ".join(self.paraf))
        out += self.footer_lines
        return out

    def record(self, source):
        t = self.truth
        rec = {"source": source, "doc_type": self.spec["doc_type"], "title": t.title, "numbers": t.numbers,
               "date": t.date, "place": t.place, "parties": self.spec.get("parties") or t.parties,
               "signatories": t.signatories, "amounts": t.amounts, "dates": t.dates,
               "references": t.references}
        return {k: rec[k] for k in FIELD_ORDER}


# ------------------------------------------------------------------ pagination from the PDF
def pdftotext_pages(pdf: Path):
    # -layout: the default mode joins a word broken after a hyphen at a line end and drops the
    # hyphen, which would miscount the printed characters
    out = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True,
                         check=True).stdout
    pages = out.split("\f")
    if pages and not pages[-1].strip():
        pages = pages[:-1]
    return pages


def page_count(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(info.split("Pages:")[1].split()[0])


def glyphs(s):
    return Counter(c for c in s if not c.isspace())


class TextMismatch(Exception):
    pass


def paginate(doc: Doc, pdf: Path, body_units=None):
    """Split the body's text as placed over the PDF's pages.

    Each page's printed characters (letters, digits, punctuation: everything but spaces, as
    pdftotext reads them, in any order) are its running header + a stretch of the body + its
    running footer. The stretch's length is that count; the body is cut there, which must fall
    between two words (or after a hyphen or slash where a line broke). Then every page's
    characters must equal, as a multiset, those of the text assigned to it: the text as placed
    holds exactly the printed characters, page by page. Returns the list of page texts."""
    units = doc.units() if body_units is None else body_units
    pages = pdftotext_pages(pdf)
    n = page_count(pdf)
    while len(pages) < n:
        pages.append("")
    if len(pages) != n:
        raise TextMismatch(f"pdftotext gave {len(pages)} pages, pdfinfo {n}")
    flow = "\n".join(units)
    pos = 0
    out = []
    for p, ptext in enumerate(pages, 1):
        head = doc.header_text(p)
        foot = doc.footer_units()
        have = glyphs(ptext)
        need = sum(have.values()) - sum(glyphs(head).values()) - sum(glyphs("".join(foot)).values())
        start = pos
        k = 0
        while pos < len(flow) and k < need:
            if not flow[pos].isspace():
                k += 1
            pos += 1
        if p == n:
            rest = flow[pos:]
            if rest.strip():
                raise TextMismatch(f"page {p} (last) leaves text unplaced: {rest[:80]!r}")
            pos = len(flow)
        elif pos < len(flow) and not flow[pos].isspace() and flow[pos - 1] not in "-/":
            raise TextMismatch(f"page {p} ends inside a word: ...{flow[max(0, pos - 40):pos]!r}|"
                               f"{flow[pos:pos + 20]!r}")
        body = flow[start:pos].strip("\n ")
        parts = ([head] if head else []) + ([body] if body else []) + foot
        text = "\n".join(parts)
        if glyphs(text) != have:
            miss, extra = glyphs(text) - have, have - glyphs(text)
            raise TextMismatch(f"page {p}: reference has {dict(miss)} more, PDF has {dict(extra)} more")
        out.append(text)
    return out
