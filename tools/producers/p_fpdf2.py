"""fpdf2: the spec laid out by hand with the fpdf2 library (TrueType fonts, subset and embedded;
multi_cell for justified paragraphs, cells for `label : value` rows, its table() for tables,
header()/footer() for the page number and footers)."""
import warnings
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos
from fpdf.fonts import FontFace

from .common import FAMILIES, runs

CM = 72 / 2.54


def font_path(path):
    """fpdf2 embeds TrueType outlines: CFF OpenType (TeX Gyre) goes through the corpus generator's
    converter (cached under /tmp/corpusgen/fonts)."""
    if path.endswith(".otf"):
        from corpusgen import fonts as cg_fonts
        return cg_fonts.font_file(path)
    return path


def md(markup, bold=False):
    out = []
    for text, b, i, u in runs(markup):
        if text == "\n":
            out.append("\n")
            continue
        for bad in ("**", "__", "--", "\\"):
            if bad in text:
                raise ValueError(f"text holds the markdown marker {bad!r}: {text!r}")
        t = text
        if u:
            t = f"--{t}--"
        if i:
            t = f"__{t}__"
        if b and not bold:
            t = f"**{t}**"
        out.append(t)
    s = "".join(out)
    return f"**{s}**" if bold else s


class PDF(FPDF):
    def __init__(self, doc, page_h_cm=None):
        w_mm, h_mm = doc.page_mm
        h = page_h_cm * CM if page_h_cm else h_mm / 25.4 * 72
        super().__init__(unit="pt", format=(w_mm / 25.4 * 72, h))
        self.doc = doc
        self.set_creator("fpdf2")
        self.set_producer(f"PyFPDF/fpdf2")
        top, right, bottom, left = doc.margins
        self.top_cm = top
        self.set_margins(left * CM, top * CM, right * CM)
        self.foot_h = (1.6 if doc.paraf else 0) + (0.35 * 4 + 0.3 if doc.footer_lines else 0)
        self.set_auto_page_break(True, margin=(bottom + max(0, self.foot_h - bottom + 0.8)) * CM)
        fams = {doc.family}
        for b in doc.blocks:
            if b["t"] == "kop":
                fams.add(b["family"])
        for fk in fams:
            name, files, _ = FAMILIES[fk]
            for style, path in zip(("", "B", "I", "BI"), files):
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    self.add_font(fk, style, font_path(path))
        self.fam = doc.family
        self.set_font(self.fam, "", doc.size)
        self.measuring = page_h_cm is not None

    def header(self):
        doc = self.doc
        if self.measuring:
            return
        n = self.page_no()
        if doc.page_numbers and n > 1:
            self.set_font(self.fam, "", doc.size - 1)
            self.set_y((self.top_cm - 0.4) * CM - (doc.size - 1))
            self.cell(0, doc.size, doc.page_number_format.format(n=n), align="C")
            self.set_font(self.fam, "", doc.size)
            self.set_y((self.top_cm + 0.7) * CM)
        else:
            self.set_y(self.top_cm * CM)

    def footer(self):
        doc = self.doc
        if self.measuring:
            return
        left, right = self.l_margin, self.w - self.r_margin
        y = self.h - 0.5 * CM - self.foot_h * CM
        if doc.paraf:
            bw, hh, bh = 2.3 * CM, 0.5 * CM, 1.05 * CM
            x0 = right - bw * (len(doc.paraf) + 1) + 0.9 * CM
            self.set_line_width(0.6)
            self.set_font(self.fam, "", 7.5)
            self.rect(x0, y, bw - 0.9 * CM, hh + bh)
            self.set_xy(x0, y)
            self.cell(bw - 0.9 * CM, hh + bh, "Paraf", align="C")
            for i, lab in enumerate(doc.paraf):
                x = x0 + (bw - 0.9 * CM) + i * bw
                self.rect(x, y, bw, hh)
                self.rect(x, y + hh, bw, bh)
                self.set_xy(x, y)
                self.cell(bw, hh, lab, align="C")
            y += hh + bh + 0.2 * CM
        if doc.footer_lines:
            size = doc.spec.get("footer_size", 7.5)
            self.set_font(self.fam, "", size)
            self.set_line_width(0.4)
            self.line(left, y, right, y)
            self.set_xy(left, y + 2)
            for ln in doc.footer_lines:
                self.multi_cell(right - left, size * 1.2, ln, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_font(self.fam, "", doc.size)


class Writer:
    def __init__(self, doc, page_h_cm=None):
        self.doc = doc
        self.pdf = PDF(doc, page_h_cm)
        self.pdf.add_page()

    @property
    def lh(self):
        return self.doc.size * self.doc.lead

    def font(self, style="", size=None, fam=None):
        self.pdf.set_font(fam or self.pdf.fam, style, size or self.doc.size)

    def gap(self, pt):
        if pt:
            p = self.pdf
            if p.y + pt > p.page_break_trigger:
                return
            p.set_y(p.y + pt)

    def xw(self, left_cm=0.0, right_cm=0.0):
        p = self.pdf
        return p.l_margin + left_cm * CM, p.w - p.l_margin - p.r_margin - (left_cm + right_cm) * CM

    def mcell(self, x, w, text, align="J", size=None, lead=None, markdown=True, style=""):
        p = self.pdf
        size = size or self.doc.size
        self.font(style, size)
        p.set_x(x)
        p.multi_cell(w, size * (lead or self.doc.lead), text, align=align, markdown=markdown,
                     new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.font()

    def ensure(self, h):
        p = self.pdf
        if p.y + h > p.page_break_trigger:
            p.add_page()

    def measure(self, fn):
        """Height (pt) of what fn(writer) draws, on a scratch page tall enough for it."""
        w = Writer(self.doc, page_h_cm=200)
        w.pdf.set_left_margin(self.pdf.l_margin)
        w.pdf.set_right_margin(self.pdf.r_margin)
        y0 = w.pdf.y
        fn(w)
        return w.pdf.y - y0

    # ------------------------------------------------------------ blocks
    def blocks(self, blocks):
        for b in blocks:
            getattr(self, "b_" + b["t"])(b)

    def b_kop(self, b):
        p = self.pdf
        x, w = self.xw()
        for ln in b["lines"]:
            s = ln["size"]
            style = "B" if ln["bold"] else ""
            p.set_font(b["family"], style, s)
            while p.get_string_width(ln["text"]) > w and s > 6:
                s -= 0.25
                p.set_font(b["family"], style, s)
            p.set_x(x)
            p.cell(w, ln["size"] * 1.17, ln["text"], align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.font()
        rule = b.get("rule", "double")
        if rule:
            y = p.y + 3
            p.set_line_width(2.2 if rule == "double" else 1.4)
            p.line(x, y, x + w, y)
            if rule == "double":
                p.set_line_width(0.7)
                p.line(x, y + 3.2, x + w, y + 3.2)
            p.set_y(y + 5)
        self.gap(b.get("space_after", 10))

    def b_center(self, b):
        lines = b["lines"]
        self.gap(b.get("before", 0))
        size = b.get("size") or self.doc.size
        if b.get("keep", True):
            self.ensure(len(lines) * size * (b.get("lead") or self.doc.lead) + 2 * self.lh)
        for i, ln in enumerate(lines):
            x, w = self.xw()
            self.mcell(x, w, md(ln), align="C", size=size, lead=b.get("lead"))
            self.gap(b.get("after", 8) if i == len(lines) - 1 else b.get("gap", 0))

    b_pasal = b_center

    def b_p(self, b):
        self.gap(b.get("before", 0))
        x, w = self.xw(b.get("left", 0), b.get("right", 0))
        size = b.get("size") or self.doc.size
        al = {"justify": "J", "left": "L", "center": "C", "right": "R"}[b.get("align", "justify")]
        if b.get("keep"):
            self.ensure(3 * size * self.doc.lead)
        if b.get("indent"):
            self.indented(x, w, b["text"], b["indent"] * CM, al, size, b.get("lead"))
        else:
            self.mcell(x, w, md(b["text"]), align=al, size=size, lead=b.get("lead"))
        self.gap(b.get("after", self.doc.after))

    def indented(self, x, w, markup, first, align, size, lead=None):
        """A paragraph whose first line is indented: fpdf2's text region paragraph."""
        p = self.pdf
        self.font("", size)
        lm, rm = p.l_margin, p.r_margin
        with p.text_columns(text_align=align, l_margin=x, r_margin=p.w - x - w,
                            line_height=lead or self.doc.lead) as cols:
            with cols.paragraph(first_line_indent=first) as par:
                for text, b, i, u in runs(markup):
                    p.set_font(self.pdf.fam, ("B" if b else "") + ("I" if i else "") + ("U" if u else ""), size)
                    par.write(text)
        p.set_left_margin(lm)
        p.set_right_margin(rm)
        self.font()

    def b_list(self, b):
        self._items(b["items"], b.get("left", 0.0), b.get("hang", 0.75), b)

    def _items(self, items, left, hang, b):
        p = self.pdf
        size = b.get("size") or self.doc.size
        al = {"justify": "J", "left": "L"}.get(b.get("align", "justify"), "J")
        for it in items:
            if b.get("keep"):
                self.ensure(2 * size * self.doc.lead)
            else:
                self.ensure(size * self.doc.lead)
            x, _ = self.xw(left)
            xt, wt = self.xw(left + hang)
            y = p.y
            self.font("", size)
            p.set_xy(x, y)
            p.cell(hang * CM, size * self.doc.lead, it["label"])
            p.set_xy(xt, y)
            self.mcell(xt, wt, md(it["text"]), align=al, size=size)
            self.gap(b.get("after", self.doc.after))
            if "items" in it:
                self._items(it["items"], left + hang, it["hang"], b)

    def _row(self, cells, last, align="L", size=None, markdown_last=True):
        """Label cells of fixed widths (cm), then the last text wrapped in the rest."""
        p = self.pdf
        size = size or self.doc.size
        self.ensure(size * self.doc.lead)
        y = p.y
        x = p.l_margin
        self.font("", size)
        for text, wcm in cells:
            p.set_xy(x, y)
            if text:
                p.multi_cell(wcm * CM, size * self.doc.lead, text, markdown=True, align="L",
                             new_x=XPos.RIGHT, new_y=YPos.TOP)
            x += wcm * CM
        _, wt = self.xw(0)
        wt = p.l_margin + wt - x
        p.set_xy(x, y)
        self.mcell(x, wt if last[1] is None else last[1] * CM, last[0], align=align, size=size)

    def b_kv(self, b):
        left, keyw = b.get("left", 0), b.get("keyw", 3.0)
        self.gap(b.get("before", 0))
        for k, sep, v in b["rows"]:
            cells = [("", left)] if left else []
            cells += [(md(k), keyw), (sep, 0.45)]
            self._row(cells, (md(v), b.get("width")), align={"justify": "J"}.get(b.get("align", "left"), "L"),
                      size=b.get("size"))
            self.gap(1)
        self.gap(b.get("after", self.doc.after + 2))

    def b_yth(self, b):
        items = b["items"]
        leadw = b.get("lead_w", 1.1)
        for i, it in enumerate(items, 1):
            head = b.get("lead", "Yth.") if i == 1 else ""
            cells = [(head, leadw)] + ([(f"{i}.", 0.75)] if len(items) > 1 else [])
            self._row(cells, (md(it), None), size=b.get("size"))
            self.gap(1)
        for j, ln in enumerate(b["tail"]):
            x, w = self.xw(b.get("tail_left", 1.1) + (0.6 if j else 0))
            self.mcell(x, w, md(ln), align="L")
        self.gap(b.get("after", 10))

    def b_dpart(self, b):
        labw = b.get("labelw", self.doc.dpart_labelw)
        subw = b.get("subw", 0.75)
        label = b.get("label", "")
        items = b["items"]
        for j, it in enumerate(items):
            lab = label if it["first"] else ""
            lab = f"**{lab}**" if (b.get("bold_label") and lab) else lab
            colon = (":" if label else "") if it["first"] else ""
            cells = [(lab, labw), (colon, 0.45)] + ([(it["sub"], subw)] if it["sub"] else [])
            if it["first"] and len(items) > 1:
                self.ensure(3 * self.lh)
            self._row(cells, (md(it["text"]), None), align={"justify": "J"}.get(b.get("align", "justify"), "L"),
                      size=b.get("size"))
            self.gap(b.get("after", 6) if j == len(items) - 1 else b.get("gap", 3))

    def b_table(self, b):
        p = self.pdf
        size = b.get("size") or self.doc.size - 1
        aligns = b.get("align", [])
        widths = [w * CM for w in b["widths"]]
        self.gap(b.get("before", 4))
        self.font("", size)
        lm = p.l_margin
        if b.get("left"):
            p.set_left_margin(lm + b["left"] * CM)
        p.set_x(p.l_margin)
        with p.table(col_widths=widths, width=sum(widths), align="LEFT" if b.get("left") else "CENTER",
                     line_height=size * 1.15, markdown=True, first_row_as_headings=False, repeat_headings=0,
                     padding=(3, 4, 4, 4), v_align="MIDDLE") as t:
            for r, row in enumerate(b["data"]):
                head = b["has_header"] and r == 0
                tr = t.row()
                for ci, cell in enumerate(row):
                    a = "C" if head else {"left": "L", "center": "C", "right": "R"}[aligns[ci] if ci < len(aligns) else "left"]
                    style = FontFace(fill_color=(224, 224, 224)) if head and b.get("shade", True) else None
                    tr.cell(md(cell), align=a, style=style)
        p.set_left_margin(lm)
        p.set_x(lm)
        self.font()
        self.gap(b.get("after", 8))

    def b_sign(self, b):
        p = self.pdf
        cols = b["cols"]
        _, width = self.xw()
        if len(cols) == 1:
            sw = b.get("width_cm", 8.0) * CM
            where = b.get("align", "right")
            x = {"right": width - sw, "left": 0, "center": (width - sw) / 2}.get(
                where, where * CM if isinstance(where, (int, float)) else 0)
            xs = [x]
        else:
            sw = b.get("width_cm", width / CM * 0.47) * CM
            xs = [0, width - sw]
        gap = b.get("gap_cm", 2.5) * CM
        self.gap(b.get("space_before", 12))

        def draw(wr, col, x0):
            pp = wr.pdf
            for kind, text, bold, u in col["lines"]:
                if kind == "gap":
                    pp.set_y(pp.y + gap)
                    continue
                if kind == "rule":
                    pp.set_line_width(0.6)
                    pp.line(pp.l_margin + x0, pp.y + 1, pp.l_margin + x0 + sw * 0.92, pp.y + 1)
                    pp.set_y(pp.y + 3)
                    continue
                a = "L" if kind == "pre" and col["pre_left"] else {"center": "C", "left": "L", "right": "R"}[col["align"]]
                wr.font(("B" if bold else "") + ("U" if u else ""))
                pp.set_x(pp.l_margin + x0)
                pp.multi_cell(sw, wr.lh, text, align=a, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            wr.font()

        h = max(self.measure(lambda wr, c=c: draw(wr, c, 0)) for c in cols)
        self.ensure(h)
        y0 = p.y
        ends = []
        for col, x0 in zip(cols, xs):
            p.set_y(y0)
            draw(self, col, x0)
            ends.append(p.y)
        p.set_y(max(ends))
        self.gap(b.get("space_after", 6))

    def b_hr(self, b):
        p = self.pdf
        self.gap(b.get("before", 2))
        x, w = self.xw()
        p.set_line_width(b.get("width", 1.0))
        p.line(x, p.y, x + w, p.y)
        self.gap(b.get("after", 8))

    def b_space(self, b):
        self.gap(b.get("h", 12))

    def b_pagebreak(self, b):
        self.pdf.add_page()

    def b_cols(self, b):
        p = self.pdf
        gutter = b.get("gutter_cm", 1.0) * CM
        _, width = self.xw()
        colw = (width - gutter) / 2
        lm, rm = p.l_margin, p.r_margin
        sides = b["blocks"]

        def side(wr, k):
            wr.pdf.set_left_margin(lm + k * (colw + gutter))
            wr.pdf.set_right_margin(p.w - (lm + k * (colw + gutter) + colw))
            wr.pdf.set_x(wr.pdf.l_margin)
            wr.blocks(sides[k])

        h = max(self.measure(lambda wr, k=k: side(wr, k)) for k in (0, 1))
        self.ensure(h)
        y0 = p.y
        ends = []
        for k in (0, 1):
            p.set_y(y0)
            side(self, k)
            ends.append(p.y)
        p.set_left_margin(lm)
        p.set_right_margin(rm)
        p.set_xy(lm, max(ends))


def render(doc, work: Path) -> Path:
    w = Writer(doc)
    w.blocks(doc.blocks)
    pdf = work / f"{doc.spec['id']}.pdf"
    w.pdf.set_creation_date(__import__("datetime").datetime(2026, 12, 6, tzinfo=__import__("datetime").timezone.utc))
    w.pdf.output(str(pdf))
    return pdf
