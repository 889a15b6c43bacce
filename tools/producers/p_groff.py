"""groff: the spec as plain troff (no macro package: page traps for the running header and footer,
tab stops and hanging indents for `label : value` rows and lists, tbl for tables, diversions
placed side by side for signature blocks and two-column sections), typeset by `groff -t -Tpdf`.

groff's PDF fonts are the URW clones of the 35 PostScript fonts (Times, Helvetica, Bookman,
Palatino, New Century Schoolbook, Helvetica Narrow), embedded whole by gropdf."""
import re
import subprocess
from pathlib import Path

from .common import runs

# a document's font (corpus key or family key) -> a groff family
GROFF_FAMILY = {"bookman": "BM", "times": "T", "arial": "H", "arialnarrow": "HN", "calibri": "H", "tahoma": "H",
                "liberation-serif": "T", "liberation-sans": "H", "liberation-sans-narrow": "HN",
                "texgyre-bonum": "BM", "texgyre-termes": "T", "texgyre-pagella": "P", "texgyre-heros": "H",
                "texgyre-schola": "N", "carlito": "H", "dejavu-sans": "H", "dejavu-serif": "N"}
GROFF_NAMES = {"T": "Times", "H": "Helvetica", "HN": "Helvetica Narrow", "BM": "Bookman", "P": "Palatino",
               "N": "New Century Schoolbook"}
GROFF_SANS = {"T": "H", "BM": "H", "P": "H", "N": "H", "H": "H", "HN": "HN"}


def groff_family(name):
    if name in GROFF_NAMES:
        return name
    return GROFF_FAMILY.get(name, "T")


def esc(s):
    s = s.replace("\\", "\\e").replace("'", "\\[aq]").replace("`", "\\[ga]").replace("\u2022", "\\[bu]")
    return s


def line(s):
    """A text line: a leading '.' or quote would be read as a request."""
    s = esc(s)
    return "\\&" + s if s[:1] in (".", "'") or s[:1].isspace() else s


def ul(text):
    """Underlined text: the text, then a rule drawn back under it."""
    t = esc(text)
    d = next(c for c in "|@#^~!" if c not in text)
    return f"{t}\\v'0.18m'\\h'-\\w{d}{t}{d}u'\\D'l \\w{d}{t}{d}u 0'\\v'-0.18m'"


def inline(markup, bold=False):
    out = []
    for text, b, i, u in runs(markup):
        if text == "\n":
            out.append("\n.br\n")
            continue
        b = b or bold
        f = "BI" if b and i else "B" if b else "I" if i else "R"
        t = ul(text) if u else esc(text)
        out.append(f"\\f[{f}]{t}\\f[R]" if f != "R" else t)
    return "".join(out)


def text_line(markup, bold=False):
    s = inline(markup, bold)
    return "\\&" + s if s[:1] in (".", "'") or s[:1].isspace() else s


class Writer:
    def __init__(self, doc):
        self.doc = doc
        self.fam = doc.groff_family
        self.fw = doc.text_w_cm
        self.out = []
        self.nd = 0

    def w(self, *lines):
        self.out.extend(lines)

    def size(self, size=None, lead=None):
        s = size or self.doc.size
        self.w(f".ps {s:g}", f".vs {s * (lead or self.doc.lead):.2f}p")

    def space(self, pt):
        if pt:
            self.w(f".sp {pt:g}p")

    # ------------------------------------------------------------ blocks
    def blocks(self, blocks, width):
        for b in blocks:
            getattr(self, "b_" + b["t"])(b, width)

    def b_kop(self, b, width):
        fam = GROFF_SANS[self.fam] if b["family"] != self.doc.family else self.fam
        self.w(f".fam {fam}", ".in 0", ".nf")
        for ln in b["lines"]:
            self.w(f".ps {ln['size']:g}", f".vs {ln['size'] * 1.17:.2f}p", ".ce 1",
                   ("\\f[B]" if ln["bold"] else "") + line(ln["text"]) + ("\\f[R]" if ln["bold"] else ""))
        self.w(".fi", f".fam {self.fam}")
        self.size()
        rule = b.get("rule", "double")
        if rule:
            self.w(".sp 2p", ".ps 12", ".vs 2p", "\\D't 1.6p'\\l'\\n[.l]u-\\n[.i]u'\\D't 0.4p'")
            if rule == "double":
                self.w(".sp 2.5p", "\\D't 0.6p'\\l'\\n[.l]u-\\n[.i]u'")
            self.w("\\D't -1'", ".sp 4p")
            self.size()
        self.space(b.get("space_after", 10))

    def b_center(self, b, width):
        lines = b["lines"]
        self.space(b.get("before", 0))
        self.size(b.get("size"), b.get("lead"))
        if b.get("keep", True):
            self.w(f".ne {len(lines) + 2}v")
        for i, ln in enumerate(lines):
            last = i == len(lines) - 1
            self.w(".in 0", ".ce 1", text_line(ln), ".br")
            self.space(b.get("after", 8) if last else b.get("gap", 0))
        self.size()

    b_pasal = b_center

    def b_p(self, b, width):
        self.space(b.get("before", 0))
        self.size(b.get("size"), b.get("lead"))
        self.w(f".in {b.get('left', 0):g}c", f".ll {width - b.get('right', 0):.3f}c",
               {"justify": ".ad b", "left": ".ad l", "center": ".ad c", "right": ".ad r"}[b.get("align", "justify")])
        if b.get("keep"):
            self.w(".ne 3v")
        if b.get("indent"):
            self.w(f".ti +{b['indent']:g}c")
        self.w(text_line(b["text"]), ".br", f".ll {width:.3f}c", ".in 0", ".ad b")
        self.space(b.get("after", self.doc.after))
        self.size()

    def b_list(self, b, width):
        self.size(b.get("size"))
        self.w({"justify": ".ad b", "left": ".ad l"}.get(b.get("align", "justify"), ".ad b"))
        self._items(b["items"], b.get("left", 0.0), b.get("hang", 0.75), b)
        self.w(".in 0", ".ad b")
        self.size()

    def _items(self, items, left, hang, b):
        for it in items:
            self.w(f".in {left + hang:.3f}c", f".ti -{hang:.3f}c", f".ta {hang:.3f}c",
                   text_line(esc_label(it["label"]) + "\t" + it["text"]) if False else
                   line_raw(esc(it["label"]) + "\t" + inline(it["text"])), ".br")
            self.space(b.get("after", self.doc.after))
            if "items" in it:
                self._items(it["items"], left + hang, it["hang"], b)

    def b_kv(self, b, width):
        left, keyw = b.get("left", 0), b.get("keyw", 3.0)
        self.size(b.get("size"))
        self.space(b.get("before", 0))
        self.w({"justify": ".ad b"}.get(b.get("align", "left"), ".ad l"))
        if b.get("width"):
            self.w(f".ll {left + keyw + 0.45 + b['width']:.3f}c")
        for k, sep, v in b["rows"]:
            self.w(f".in {left + keyw + 0.45:.3f}c", f".ti -{keyw + 0.45:.3f}c", f".ta {keyw:.3f}c {keyw + 0.45:.3f}c",
                   line_raw(inline(k) + "\t" + esc(sep) + "\t" + inline(v)), ".br", ".sp 1p")
        self.w(".in 0", f".ll {width:.3f}c", ".ad b")
        self.space(b.get("after", self.doc.after + 2))
        self.size()

    def b_yth(self, b, width):
        items = b["items"]
        leadw = b.get("lead_w", 1.1)
        self.w(".ad l")
        for i, it in enumerate(items, 1):
            head = b.get("lead", "Yth.") if i == 1 else ""
            if len(items) > 1:
                self.w(f".in {leadw + 0.75:.3f}c", f".ti -{leadw + 0.75:.3f}c", f".ta {leadw:.3f}c {leadw + 0.75:.3f}c",
                       line_raw(esc(head) + "\t" + f"{i}." + "\t" + inline(it)), ".br", ".sp 1p")
            else:
                self.w(f".in {leadw:.3f}c", f".ti -{leadw:.3f}c", f".ta {leadw:.3f}c",
                       line_raw(esc(head) + "\t" + inline(it)), ".br", ".sp 1p")
        for j, ln in enumerate(b["tail"]):
            self.w(f".in {b.get('tail_left', 1.1) + (0.6 if j else 0):.3f}c", text_line(ln), ".br")
        self.w(".in 0", ".ad b")
        self.space(b.get("after", 10))

    def b_dpart(self, b, width):
        labw = b.get("labelw", self.doc.dpart_labelw)
        subw = b.get("subw", 0.75)
        label = b.get("label", "")
        self.size(b.get("size"))
        self.w({"justify": ".ad b", "left": ".ad l"}.get(b.get("align", "justify"), ".ad b"))
        items = b["items"]
        for j, it in enumerate(items):
            lab = label if it["first"] else ""
            lab = f"\\f[B]{esc(lab)}\\f[R]" if (b.get("bold_label") and lab) else esc(lab)
            colon = (":" if label else "") if it["first"] else ""
            if it["sub"]:
                ind = labw + 0.45 + subw
                tabs = f"{labw:.3f}c {labw + 0.45:.3f}c {ind:.3f}c"
                txt = f"{lab}\t{colon}\t{esc(it['sub'])}\t{inline(it['text'])}"
            else:
                ind = labw + 0.45
                tabs = f"{labw:.3f}c {ind:.3f}c"
                txt = f"{lab}\t{colon}\t{inline(it['text'])}"
            if it["first"] and len(items) > 1:
                self.w(".ne 4v")
            self.w(f".in {ind:.3f}c", f".ti -{ind:.3f}c", f".ta {tabs}", line_raw(txt), ".br")
            last = j == len(items) - 1
            self.space(b.get("after", 6) if last else b.get("gap", 3))
        self.w(".in 0", ".ad b")
        self.size()

    def b_table(self, b, width):
        size = b.get("size") or self.doc.size - 1
        aligns = b.get("align", [])
        widths = b["widths"]
        self.space(b.get("before", 4))
        self.w(f".ps {size:g}", f".vs {size * 1.15:.2f}p")
        left = b.get("left", 0)
        self.w(f".in {left:g}c" if left else ".in 0")
        self.w(".TS", "allbox tab(\x01)" + (";" if left else " center;"))
        fmts = []
        for r, row in enumerate(b["data"]):
            head = b["has_header"] and r == 0
            f = []
            for ci in range(len(row)):
                a = "c" if head else {"left": "l", "center": "c", "right": "r"}[aligns[ci] if ci < len(aligns) else "left"]
                f.append(f"{a}w({widths[ci] - 0.35:.2f}c)")
            fmts.append(" ".join(f))
        self.w(*[f for f in fmts[:-1]], fmts[-1] + ".")
        for row in b["data"]:
            cells = []
            for cell in row:
                cells.append("T{\n" + text_line(cell) + "\nT}")
            self.w("\x01".join(cells))
        self.w(".TE", ".in 0")
        self.size()
        self.space(b.get("after", 8))

    def _divert(self, name, width_cm, body):
        """Format `body` (a function writing troff) into diversion `name` at line length width_cm."""
        self.w(f".di {name}", f".ll {width_cm:.3f}c", ".in 0")
        body()
        self.w(".br", ".di", f".nr {name}h \\n[dn]")

    def _side_by_side(self, parts, xs, total_w):
        """Diversions set side by side at x offsets (cm), kept on one page."""
        names = []
        for k, (wcm, body) in enumerate(parts):
            self.nd += 1
            name = f"D{self.nd}"
            self._divert(name, wcm, body)
            names.append(name)
        hs = "\\n[" + "h]>?\\n[".join(names) + "h]"
        self.w(f".nr sbh {hs}", ".ne \\n[sbh]u", ".mk sbt", ".nf")
        for name, x in zip(names, xs):
            self.w(".rt \\n[sbt]u", f".in {x:.3f}c", f".{name}", ".in 0")
        self.w(".rt \\n[sbt]u", ".sp \\n[sbh]u", ".fi", f".ll {total_w:.3f}c", ".in 0")

    def b_sign(self, b, width):
        cols = b["cols"]
        if len(cols) == 1:
            sw = b.get("width_cm", 8.0)
            where = b.get("align", "right")
            x = {"right": width - sw, "left": 0, "center": (width - sw) / 2}.get(where, where if isinstance(where, (int, float)) else 0)
            xs = [x]
        else:
            sw = b.get("width_cm", width * 0.47)
            xs = [0, width - sw]
        gap = b.get("gap_cm", 2.5)
        self.space(b.get("space_before", 12))

        def col_body(col):
            def body():
                for kind, text, bold, u in col["lines"]:
                    if kind == "gap":
                        self.w(f".sp {gap:g}c")
                        continue
                    if kind == "rule":
                        # drawn 0.3 line below the line above it, then the text goes on a full line lower
                        self.w(".sp -0.7v", f"\\D't 0.6p'\\l'{sw * 0.92:.3f}c'\\D't -1'", ".br")
                        continue
                    a = "l" if kind == "pre" and col["pre_left"] else {"center": "c", "left": "l", "right": "r"}[col["align"]]
                    f = "\\f[B]" if bold else "\\f[R]"
                    plain_t = "\\&" + f + esc(text) + "\\f[R]"
                    self.w(f".ad {a}")
                    if u:
                        # underlined when the name fits on one line, as typed by hand otherwise
                        d = next(c for c in "|@#^~!" if c not in text)
                        self.w(f".ie \\w{d}{f}{esc(text)}\\f[R]{d}<=(\\n[.l]-\\n[.i]) \\&{f}{ul(text)}\\f[R]",
                               f".el {plain_t}")
                    else:
                        self.w(plain_t)
                    self.w(".br")
                self.w(".ad b")
            return body

        self._side_by_side([(sw, col_body(c)) for c in cols], xs, width)
        self.space(b.get("space_after", 6))

    def b_hr(self, b, width):
        self.space(b.get("before", 2))
        self.w(".in 0", ".sp -0.6v", f"\\D't {b.get('width', 1.0):g}p'\\l'\\n[.l]u'\\D't -1'", ".br",
               ".sp -0.5v")
        self.space(b.get("after", 8))

    def b_space(self, b, width):
        self.space(b.get("h", 12))

    def b_pagebreak(self, b, width):
        self.w(".bp")

    def b_cols(self, b, width):
        gutter = b.get("gutter_cm", 1.0)
        colw = (width - gutter) / 2
        left, right = b["blocks"]
        self._side_by_side([(colw, lambda: self.blocks(left, colw)), (colw, lambda: self.blocks(right, colw))],
                           [0, colw + gutter], width)

    # ------------------------------------------------------------ page
    def source(self):
        doc = self.doc
        w_mm, h_mm = doc.page_mm
        top, right, bottom, left = doc.margins
        top_b = top + (0.7 if doc.page_numbers else 0)
        fsize = doc.spec.get("footer_size", 7.5)
        hdr = ""
        if doc.page_numbers:
            pre, post = doc.page_number_format.split("{n}")
            hdr = f".if \\\\n%>1 .tl ''{esc(pre)}%{esc(post)}''"
        foot = []
        if doc.paraf:
            foot += [".ps 7.5", ".vs 9p", ".ad r", "\\D't 0.6p'\\l'\\n[.l]u'\\D't -1'", ".br",
                     ".tl '''" + esc("Paraf   " + "   ".join(doc.paraf)) + "'", ".sp 3p"]
        if doc.footer_lines:
            foot += [f".ps {fsize:g}", f".vs {fsize * 1.2:.2f}p", "\\D't 0.4p'\\l'\\n[.l]u'\\D't -1'", ".br",
                     ".ad c"] + [text_line(ln) for ln in doc.footer_lines] + [".br"]
        foot_h = (1.0 if doc.paraf else 0) + (0.4 + 0.32 * 4 if doc.footer_lines else 0)
        head = [
            '.\\" naskah born-digital test document (groff)',
            f".pl {h_mm / 10:.2f}c", f".po {left:.2f}c", f".ll {self.fw:.3f}c", f".lt {self.fw:.3f}c",
            f".fam {self.fam}", ".ft R", ".nh", ".hy 0", ".ad b", ".fi", ".ss 12 0", ".cflags 0 -",
            ".ev 1", f".fam {self.fam}", f".ll {self.fw:.3f}c", f".lt {self.fw:.3f}c", ".nh", ".ev",
            ".de HD", ".ev 1", f"'sp |{max(top - 0.4, 0.5):.2f}c", f".ps {doc.size - 1:g}", hdr,
            f"'sp |{top_b if doc.page_numbers else top:.2f}c", ".ev", "..",
            ".de FO", ".ev 1", f"'sp |{h_mm / 10 - 0.5 - foot_h:.2f}c", *foot, ".ev", "'bp", "..",
            ".wh 0 HD", f".wh -{bottom + foot_h * 0.5:.2f}c FO",
        ]
        self.out = head
        self.size()
        self.blocks(doc.blocks, self.fw)
        return "\n".join(self.out) + "\n"


def esc_label(s):
    return s


def line_raw(s):
    return "\\&" + s if s[:1] in (".", "'") or s[:1].isspace() else s


def font_dir(work: Path):
    """A font path in which BMR and BMI name the right URW Bookman files: Debian's groff 1.22.4
    download file swaps Bookman-Light and Bookman-LightItalic, so that Bookman text would come out
    italic. The fixed descriptions get internal names of their own, mapped in our download file
    (gropdf reads every download file of the path, the system's last)."""
    import glob
    dirs = sorted(glob.glob("/usr/share/groff/*/font/devpdf"))
    if not dirs:
        return None
    sysdir = Path(dirs[-1])
    files = {}
    for ln in (sysdir / "download").read_text().splitlines():
        parts = ln.split("\t")
        if len(parts) == 3:
            files[parts[1]] = parts[2].lstrip("*")
    d = work / "font" / "devpdf"
    d.mkdir(parents=True, exist_ok=True)
    lines = []
    for fname, internal, urw in (("BMR", "Bookman-Light", "URWBookman-Light"),
                                 ("BMI", "Bookman-LightItalic", "URWBookman-LightItalic")):
        src = files.get(internal)
        if not src:
            return None
        path = str(Path(src).parent / urw)
        if not Path(path).exists():
            return None
        desc = (sysdir / fname).read_text().replace(f"internalname {internal}\n", f"internalname {urw}\n")
        (d / fname).write_text(desc)
        lines.append(f"\t{urw}\t{path}")
    (d / "download").write_text("\n".join(lines) + "\n")
    return work / "font"


def render(doc, work: Path) -> Path:
    src = work / f"{doc.spec['id']}.tr"
    src.write_text(Writer(doc).source(), encoding="utf-8")
    w_mm, h_mm = doc.page_mm
    pdf = work / f"{doc.spec['id']}.pdf"
    with open(pdf, "wb") as f:
        fd = font_dir(work)
        r = subprocess.run(["groff"] + (["-F", str(fd)] if fd else []) + ["-t", "-Tpdf", f"-P-p{h_mm / 10:.1f}c,{w_mm / 10:.1f}c", "-ww", str(src)],
                           stdout=f, stderr=subprocess.PIPE, text=False, timeout=300)
    if r.returncode != 0 or pdf.stat().st_size == 0:
        raise RuntimeError(f"groff failed: {r.stderr.decode(errors='replace')[-2000:]}")
    return pdf
