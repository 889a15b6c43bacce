"""LibreOffice: the spec as a Word document (python-docx: real paragraph styles, tab stops for
`label : value` rows, real tables, header/footer with a PAGE field), converted by
`soffice --headless --convert-to pdf`."""
import os
import shutil
import subprocess
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt

from .common import FAMILIES, runs

ALIGN = {"justify": WD_ALIGN_PARAGRAPH.JUSTIFY, "left": WD_ALIGN_PARAGRAPH.LEFT,
         "center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT}


def _fonts(el_rpr, name):
    rfonts = el_rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        el_rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)


def _border(par, where="bottom", val="single", sz=8, space=1):
    ppr = par._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    e = OxmlElement(f"w:{where}")
    e.set(qn("w:val"), val)
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), str(space))
    e.set(qn("w:color"), "000000")
    bdr.append(e)


def _cell_borders(cell, val="nil"):
    tcpr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for side in ("top", "left", "bottom", "right"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), val)
        b.append(e)
    tcpr.append(b)


def _shade(cell, fill="E0E0E0"):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def _cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:cantSplit")
    trpr.append(e)


def _field(par, instr, size=None, font=None):
    """A complex field (PAGE) in its own runs."""
    for kind in ("begin", None, "separate", "text", "end"):
        r = par.add_run()
        if size:
            r.font.size = Pt(size)
        if kind is None:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = f" {instr} "
            r._r.append(it)
        elif kind == "text":
            r.text = "1"
        else:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._r.append(fc)


class Writer:
    def __init__(self, doc):
        self.doc = doc
        self.d = Document()
        self.fw = doc.text_w_cm
        self._styles()

    # ------------------------------------------------------------ styles
    def _styles(self):
        st = self.d.styles
        normal = st["Normal"]
        normal.font.name = self.doc.family_name
        _fonts(normal.element.get_or_add_rPr(), self.doc.family_name)
        normal.font.size = Pt(self.doc.size)
        pf = normal.paragraph_format
        pf.space_before = Pt(0)
        pf.space_after = Pt(0)
        pf.line_spacing_rule = WD_LINE_SPACING.MULTIPLE
        pf.line_spacing = self.doc.lead / 1.15   # Word's "single" is ~1.15 em for these fonts
        pf.widow_control = True
        # no automatic hyphenation anywhere
        settings = self.d.settings.element
        ah = OxmlElement("w:autoHyphenation")
        ah.set(qn("w:val"), "false")
        settings.append(ah)

        def pstyle(name, align, bold=False, size=None):
            s = st.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            s.base_style = normal
            s.paragraph_format.alignment = align
            if bold:
                s.font.bold = True
            if size:
                s.font.size = Pt(size)
            return s

        pstyle("Isi Naskah", WD_ALIGN_PARAGRAPH.JUSTIFY)
        pstyle("Judul Naskah", WD_ALIGN_PARAGRAPH.CENTER, bold=True)
        pstyle("Kop Surat", WD_ALIGN_PARAGRAPH.CENTER, bold=True)
        pstyle("Daftar", WD_ALIGN_PARAGRAPH.JUSTIFY)
        pstyle("Baris Isian", WD_ALIGN_PARAGRAPH.LEFT)
        pstyle("Diktum", WD_ALIGN_PARAGRAPH.JUSTIFY)
        pstyle("Isi Tabel", WD_ALIGN_PARAGRAPH.LEFT, size=self.doc.size - 1)
        pstyle("Tanda Tangan", WD_ALIGN_PARAGRAPH.CENTER)
        pstyle("Kaki Halaman", WD_ALIGN_PARAGRAPH.CENTER, size=self.doc.spec.get("footer_size", 7.5))
        pstyle("Kepala Halaman", WD_ALIGN_PARAGRAPH.CENTER, size=self.doc.size - 1)

    # ------------------------------------------------------------ helpers
    def para(self, container, markup, style, size=None, align=None, bold=None, left=0.0, first=0.0,
             right=0.0, before=0, after=0, tabs=(), keep=False, lead=None):
        p = container.add_paragraph(style=style)
        pf = p.paragraph_format
        if align:
            pf.alignment = ALIGN[align]
        if left:
            pf.left_indent = Cm(left)
        if first:
            pf.first_line_indent = Cm(first)
        if right:
            pf.right_indent = Cm(right)
        pf.space_before = Pt(before or 0)
        pf.space_after = Pt(after or 0)
        if lead:
            pf.line_spacing = lead / 1.15
        if keep:
            pf.keep_with_next = True
        for t in tabs:
            pf.tab_stops.add_tab_stop(Cm(t), WD_TAB_ALIGNMENT.LEFT)
        if markup is not None:
            self.add_runs(p, markup, size=size, bold=bold)
        return p

    def add_runs(self, p, markup, size=None, bold=None):
        for text, b, i, u in runs(markup):
            if text == "\n":
                p.add_run().add_break()
                continue
            r = p.add_run(text)
            if b or bold:
                r.bold = True
            if i:
                r.italic = True
            if u:
                r.underline = True
            if size:
                r.font.size = Pt(size)

    # ------------------------------------------------------------ blocks
    def blocks(self, blocks, c=None, width=None):
        c = c if c is not None else self.d
        width = width or self.fw
        for b in blocks:
            getattr(self, "b_" + b["t"])(b, c, width)

    def b_kop(self, b, c, w):
        fam = FAMILIES[b["family"]][0]
        lines = b["lines"]
        for i, ln in enumerate(lines):
            p = self.para(c, None, "Kop Surat", after=0)
            r = p.add_run(ln["text"])
            r.bold = ln["bold"]
            r.font.size = Pt(ln["size"])
            r.font.name = fam
            _fonts(r._r.get_or_add_rPr(), fam)
            p.paragraph_format.line_spacing = 1.0
            if i == len(lines) - 1:
                rule = b.get("rule", "double")
                if rule == "double":
                    _border(p, "bottom", "thickThinSmallGap", 18, 4)
                elif rule:
                    _border(p, "bottom", "single", 12, 4)
                p.paragraph_format.space_after = Pt(b.get("space_after", 10))

    def b_center(self, b, c, w):
        lines = b["lines"]
        for i, ln in enumerate(lines):
            last = i == len(lines) - 1
            self.para(c, ln, "Judul Naskah", size=b.get("size"), bold=False,
                      before=b.get("before", 0) if i == 0 else 0,
                      after=b.get("after", 8) if last else b.get("gap", 0),
                      keep=b.get("keep", True), lead=b.get("lead"))

    b_pasal = b_center

    def b_p(self, b, c, w):
        self.para(c, b["text"], "Isi Naskah", size=b.get("size"), align=b.get("align", "justify"),
                  left=b.get("left", 0), first=b.get("indent", 0), right=b.get("right", 0),
                  before=b.get("before", 0), after=b.get("after", self.doc.after), keep=b.get("keep", False),
                  lead=b.get("lead"))

    def b_list(self, b, c, w):
        self._items(b["items"], c, b.get("left", 0.0), b.get("hang", 0.75), b)

    def _items(self, items, c, left, hang, b):
        for it in items:
            p = self.para(c, None, "Daftar", align=b.get("align", "justify"), left=left + hang, first=-hang,
                          after=b.get("after", self.doc.after), tabs=[left + hang], keep=b.get("keep", False))
            self.add_runs(p, it["label"] + "\t" + it["text"], size=b.get("size"))
            if "items" in it:
                self._items(it["items"], c, left + hang, it["hang"], b)

    def b_kv(self, b, c, w):
        left, keyw = b.get("left", 0), b.get("keyw", 3.0)
        rows = b["rows"]
        for j, (k, sep, v) in enumerate(rows):
            p = self.para(c, None, "Baris Isian", align=b.get("align", "left"), left=left + keyw + 0.45,
                          first=-(keyw + 0.45), tabs=[left + keyw, left + keyw + 0.45],
                          before=b.get("before", 0) if j == 0 else 0,
                          after=b.get("after", self.doc.after + 2) if j == len(rows) - 1 else 1)
            self.add_runs(p, f"{k}\t{sep}\t{v}", size=b.get("size"))

    def b_yth(self, b, c, w):
        items = b["items"]
        leadw = b.get("lead_w", 1.1)
        for i, it in enumerate(items, 1):
            head = b.get("lead", "Yth.") if i == 1 else ""
            if len(items) > 1:
                p = self.para(c, None, "Baris Isian", left=leadw + 0.75, first=-(leadw + 0.75),
                              right=b.get("right", 0), tabs=[leadw, leadw + 0.75], after=1)
                self.add_runs(p, f"{head}\t{i}.\t{it}", size=b.get("size"))
            else:
                p = self.para(c, None, "Baris Isian", left=leadw, first=-leadw, tabs=[leadw], after=1)
                self.add_runs(p, f"{head}\t{it}", size=b.get("size"))
        for j, ln in enumerate(b["tail"]):
            self.para(c, ln, "Baris Isian", left=b.get("tail_left", 1.1) + (0.6 if j else 0))
        self.para(c, None, "Baris Isian", after=0).paragraph_format.space_after = Pt(max(b.get("after", 10) - 8, 0))

    def b_dpart(self, b, c, w):
        labw = b.get("labelw", self.doc.dpart_labelw)
        subw = b.get("subw", 0.75)
        label = b.get("label", "")
        items = b["items"]
        for j, it in enumerate(items):
            lab = label if it["first"] else ""
            if b.get("bold_label") and lab:
                lab = f"<b>{lab}</b>"
            colon = (":" if label else "") if it["first"] else ""
            if it["sub"]:
                left = labw + 0.45 + subw
                tabs = [labw, labw + 0.45, left]
                text = f"{lab}\t{colon}\t{it['sub']}\t{it['text']}"
            else:
                left = labw + 0.45
                tabs = [labw, left]
                text = f"{lab}\t{colon}\t{it['text']}"
            last = j == len(items) - 1
            p = self.para(c, None, "Diktum", align=b.get("align", "justify"), left=left, first=-left, tabs=tabs,
                          after=b.get("after", 6) if last else b.get("gap", 3),
                          keep=it["first"] and len(items) > 1)
            self.add_runs(p, text, size=b.get("size"))

    def b_table(self, b, c, w):
        data = b["data"]
        widths = b["widths"]
        size = b.get("size") or self.doc.size - 1
        aligns = b.get("align", [])
        t = c.add_table(rows=len(data), cols=len(widths))
        t.style = self.d.styles["Table Grid"]
        t.autofit = False
        if b.get("left"):
            t.alignment = WD_TABLE_ALIGNMENT.LEFT
            tblpr = t._tbl.tblPr
            ind = OxmlElement("w:tblInd")
            ind.set(qn("w:w"), str(int(b["left"] / 2.54 * 1440)))
            ind.set(qn("w:type"), "dxa")
            tblpr.append(ind)
        else:
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for r, row in enumerate(data):
            _cant_split(t.rows[r])
            for ci, cell in enumerate(row):
                tc = t.cell(r, ci)
                tc.width = Cm(widths[ci])
                head = b["has_header"] and r == 0
                a = "center" if head else (aligns[ci] if ci < len(aligns) else "left")
                p = tc.paragraphs[0]
                p.style = self.d.styles["Isi Tabel"]
                p.paragraph_format.alignment = ALIGN[a]
                p.paragraph_format.space_before = Pt(2)
                p.paragraph_format.space_after = Pt(3)
                p.paragraph_format.line_spacing = 1.0
                self.add_runs(p, cell, size=size)
                if head and b.get("shade", True):
                    _shade(tc)
        for ci, wd in enumerate(widths):
            t.columns[ci].width = Cm(wd)
        self.para(c, None, "Isi Naskah").paragraph_format.space_after = Pt(max(b.get("after", 8) - 6, 0))

    def b_sign(self, b, c, w):
        cols = b["cols"]
        n = len(cols)
        if n == 1:
            sw = b.get("width_cm", 8.0)
            where = b.get("align", "right")
            lead = {"right": w - sw, "left": 0, "center": (w - sw) / 2}.get(where, where if isinstance(where, (int, float)) else 0)
            widths = [max(lead, 0.01), sw]
            if lead < 0.05:
                widths = [sw]
        else:
            sw = b.get("width_cm", w * 0.47)
            widths = [sw, w - 2 * sw, sw]
        if b.get("space_before", 12):
            self.para(c, None, "Isi Naskah", keep=True).paragraph_format.space_after = Pt(
                max(b.get("space_before", 12) - 12, 0))
        t = c.add_table(rows=1, cols=len(widths))
        t.autofit = False
        t.alignment = WD_TABLE_ALIGNMENT.LEFT
        _cant_split(t.rows[0])
        slots = [len(widths) - 1] if n == 1 else [0, 2]
        for ci, wd in enumerate(widths):
            t.columns[ci].width = Cm(wd)
            t.cell(0, ci).width = Cm(wd)
            _cell_borders(t.cell(0, ci))
        gap = b.get("gap_cm", 2.5)
        for col, slot in zip(cols, slots):
            cell = t.cell(0, slot)
            first = True
            pending_gap = 0
            for kind, text, bold, ul in col["lines"]:
                if kind == "gap":
                    pending_gap = gap
                    continue
                if kind == "rule":
                    if not first:
                        _border(cell.paragraphs[-1], "bottom", "single", 6, 1)
                    continue
                p = cell.paragraphs[0] if first else cell.add_paragraph()
                first = False
                p.style = self.d.styles["Tanda Tangan"]
                left_aligned = kind == "pre" and col["pre_left"]
                p.paragraph_format.alignment = ALIGN["left" if left_aligned else col["align"]]
                if pending_gap:
                    p.paragraph_format.space_before = Cm(pending_gap)
                    pending_gap = 0
                r = p.add_run(text)
                r.bold = bold
                r.underline = ul
        self.para(c, None, "Isi Naskah").paragraph_format.space_after = Pt(max(b.get("space_after", 6) - 8, 0))

    def b_hr(self, b, c, w):
        p = self.para(c, None, "Isi Naskah", before=b.get("before", 2), after=b.get("after", 8))
        p.paragraph_format.line_spacing = 0.2
        _border(p, "bottom", "single", max(2, int(b.get("width", 1.0) * 8)), 1)

    def b_space(self, b, c, w):
        p = self.para(c, None, "Isi Naskah")
        p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        p.paragraph_format.line_spacing = Pt(b.get("h", 12))

    def b_pagebreak(self, b, c, w):
        p = self.para(c, None, "Isi Naskah")
        p.add_run().add_break(WD_BREAK.PAGE)

    def b_cols(self, b, c, w):
        """A two-column section between continuous section breaks, a column break between sides."""
        sec = self.d.add_section(WD_SECTION.CONTINUOUS)
        sec.different_first_page_header_footer = False
        self._columns(sec, 2)
        left, right = b["blocks"]
        colw = (w - b.get("gutter_cm", 1.0)) / 2
        self.blocks(left, c, colw)
        p = self.para(c, None, "Isi Naskah")
        p.add_run().add_break(WD_BREAK.COLUMN)
        self.blocks(right, c, colw)
        sec2 = self.d.add_section(WD_SECTION.CONTINUOUS)
        sec2.different_first_page_header_footer = False
        self._columns(sec2, 1)

    def _columns(self, sec, n, gutter_cm=1.0):
        sp = sec._sectPr
        for old in sp.findall(qn("w:cols")):
            sp.remove(old)
        cols = OxmlElement("w:cols")
        cols.set(qn("w:num"), str(n))
        cols.set(qn("w:space"), str(int(gutter_cm / 2.54 * 1440)))
        sp.append(cols)

    # ------------------------------------------------------------ page
    def build(self, path: Path):
        d, doc = self.d, self.doc
        sec = d.sections[0]
        sec.page_width, sec.page_height = Mm(doc.page_mm[0]), Mm(doc.page_mm[1])
        top, right, bottom, left = doc.margins
        extra_top = 0.7 if doc.page_numbers else 0
        sec.top_margin, sec.right_margin = Cm(top + extra_top), Cm(right)
        sec.bottom_margin, sec.left_margin = Cm(bottom), Cm(left)
        sec.header_distance = Cm(max(0.6, top - 0.4))
        sec.footer_distance = Cm(0.6)
        sec.different_first_page_header_footer = True
        if doc.page_numbers:
            hp = sec.header.paragraphs[0]
            hp.style = d.styles["Kepala Halaman"]
            pre, post = doc.page_number_format.split("{n}")
            hp.add_run(pre)
            _field(hp, "PAGE")
            hp.add_run(post)
        for footer in (sec.footer, sec.first_page_footer):
            self._footer(footer)
        self.blocks(doc.blocks)
        d.core_properties.author = "naskah"
        d.save(str(path))

    def _footer(self, footer):
        doc = self.doc
        first = True
        if doc.paraf:
            n = len(doc.paraf)
            t = footer.add_table(rows=2, cols=n + 1, width=Cm(1.4 + 2.3 * n))
            t.style = self.d.styles["Table Grid"]
            t.alignment = WD_TABLE_ALIGNMENT.RIGHT
            merged = t.cell(0, 0).merge(t.cell(1, 0))
            for ci in range(n + 1):
                for r in range(2):
                    t.cell(r, ci).width = Cm(1.4 if ci == 0 else 2.3)
            cells = [(merged, "Paraf")] + [(t.cell(0, i + 1), lab) for i, lab in enumerate(doc.paraf)]
            for cell, text in cells:
                p = cell.paragraphs[0]
                p.style = self.d.styles["Kaki Halaman"]
                p.add_run(text)
            t.rows[1].height = Cm(1.0)
            # the footer's own first paragraph holds the table's anchor: keep it tiny
            fp = footer.paragraphs[0]
            fp.paragraph_format.line_spacing = 0.1
        for ln in doc.footer_lines:
            p = footer.paragraphs[0] if (first and not doc.paraf) else footer.add_paragraph()
            first = False
            p.style = self.d.styles["Kaki Halaman"]
            p.paragraph_format.line_spacing = 1.0
            p.add_run(ln)
            _border(p, "top", "single", 3, 2)


def soffice_convert(docx: Path, outdir: Path) -> Path:
    profile = outdir / "lo-profile"
    cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
           "--convert-to", "pdf:writer_pdf_Export", "--outdir", str(outdir), str(docx)]
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=300,
                       env=dict(os.environ, HOME=str(outdir)))
    pdf = outdir / (docx.stem + ".pdf")
    if not pdf.exists():
        raise RuntimeError(f"soffice failed: {r.stdout}\n{r.stderr}")
    shutil.rmtree(profile, ignore_errors=True)
    return pdf


def render(doc, work: Path) -> Path:
    docx = work / f"{doc.spec['id']}.docx"
    Writer(doc).build(docx)
    return soffice_convert(docx, work)
