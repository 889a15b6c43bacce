"""Chromium: the spec as HTML + CSS (justified text, CSS grid for `label : value` rows, flex for
side-by-side signature blocks, tables, CSS columns, @page size and margin boxes for the page
number and footers, fonts from local files through @font-face), printed by headless Chromium."""
import html
import os
import shutil
import subprocess
from pathlib import Path

from .common import FAMILIES, runs


def esc(s):
    return html.escape(s, quote=True)


def inline(markup):
    out = []
    for text, b, i, u in runs(markup):
        if text == "\n":
            out.append("<br>")
            continue
        t = esc(text)
        if u:
            t = f"<u>{t}</u>"
        if i:
            t = f"<i>{t}</i>"
        if b:
            t = f"<b>{t}</b>"
        out.append(t)
    return "".join(out)


def css_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def font_faces(name, files):
    out = []
    for path, (weight, style) in zip(files, [("normal", "normal"), ("bold", "normal"), ("normal", "italic"),
                                             ("bold", "italic")]):
        out.append(f'@font-face {{ font-family: {css_str(name)}; src: url("file://{path}"); '
                   f'font-weight: {weight}; font-style: {style}; }}')
    return "\n".join(out)


class Writer:
    def __init__(self, doc):
        self.doc = doc
        self.fw = doc.text_w_cm

    def sz(self, size):
        return f"font-size:{size}pt;" if size else ""

    # ------------------------------------------------------------ blocks
    def blocks(self, blocks, w=None):
        w = w or self.fw
        return "\n".join(getattr(self, "b_" + b["t"])(b, w) for b in blocks)

    def b_kop(self, b, w):
        fam = FAMILIES[b["family"]][0]
        lines = []
        for ln in b["lines"]:
            weight = "bold" if ln["bold"] else "normal"
            lines.append(f'<div style="font-size:{ln["size"]}pt;font-weight:{weight};line-height:1.17;'
                         f'white-space:nowrap">{esc(ln["text"])}</div>')
        rule = b.get("rule", "double")
        border = {"double": "border-bottom:4px double black;padding-bottom:3px;",
                  None: ""}.get(rule, "border-bottom:1.4pt solid black;padding-bottom:3px;")
        return (f'<div class="kop" style="font-family:{css_str(fam)};{border}margin-bottom:'
                f'{b.get("space_after", 10)}pt">{"".join(lines)}</div>')

    def b_center(self, b, w):
        out = []
        lines = b["lines"]
        for i, ln in enumerate(lines):
            last = i == len(lines) - 1
            mt = b.get("before", 0) if i == 0 else 0
            mb = b.get("after", 8) if last else b.get("gap", 0)
            lh = f"line-height:{b['lead']};" if b.get("lead") else ""
            keep = "break-after:avoid;" if b.get("keep", True) else ""
            out.append(f'<p class="c" style="{self.sz(b.get("size"))}{lh}margin:{mt}pt 0 {mb}pt 0;{keep}">'
                       f'{inline(ln)}</p>')
        return "\n".join(out)

    b_pasal = b_center

    def b_p(self, b, w):
        st = (f'text-align:{b.get("align", "justify")};margin:{b.get("before", 0)}pt {b.get("right", 0)}cm '
              f'{b.get("after", self.doc.after)}pt {b.get("left", 0)}cm;text-indent:{b.get("indent", 0)}cm;'
              + self.sz(b.get("size")) + ("break-after:avoid;" if b.get("keep") else ""))
        if b.get("lead"):
            st += f"line-height:{b['lead']};"
        return f'<p style="{st}">{inline(b["text"])}</p>'

    def b_list(self, b, w):
        return self._items(b["items"], b.get("left", 0.0), b.get("hang", 0.75), b)

    def _items(self, items, left, hang, b):
        out = []
        for it in items:
            st = (f'margin:0 0 {b.get("after", self.doc.after)}pt {left}cm;grid-template-columns:{hang}cm 1fr;'
                  f'text-align:{b.get("align", "justify")};' + self.sz(b.get("size")))
            out.append(f'<div class="li" style="{st}"><span>{esc(it["label"])}</span>'
                       f'<span>{inline(it["text"])}</span></div>')
            if "items" in it:
                out.append(self._items(it["items"], left + hang, it["hang"], b))
        return "\n".join(out)

    def b_kv(self, b, w):
        left, keyw = b.get("left", 0), b.get("keyw", 3.0)
        valw = f'{b["width"]}cm' if b.get("width") else "1fr"
        cells = []
        for k, sep, v in b["rows"]:
            cells.append(f"<span>{inline(k)}</span><span>{esc(sep)}</span><span>{inline(v)}</span>")
        st = (f'grid-template-columns:{keyw}cm 0.45cm {valw};margin:{b.get("before", 0)}pt 0 '
              f'{b.get("after", self.doc.after + 2)}pt {left}cm;text-align:{b.get("align", "left")};'
              + self.sz(b.get("size")))
        return f'<div class="kv" style="{st}">{"".join(cells)}</div>'

    def b_yth(self, b, w):
        items = b["items"]
        leadw = b.get("lead_w", 1.1)
        cells = []
        for i, it in enumerate(items, 1):
            head = b.get("lead", "Yth.") if i == 1 else ""
            if len(items) > 1:
                cells.append(f"<span>{esc(head)}</span><span>{i}.</span><span>{inline(it)}</span>")
            else:
                cells.append(f"<span>{esc(head)}</span><span>{inline(it)}</span>")
        cols = f"{leadw}cm 0.75cm 1fr" if len(items) > 1 else f"{leadw}cm 1fr"
        out = [f'<div class="kv" style="grid-template-columns:{cols};margin-right:{b.get("right", 0)}cm;'
               f'margin-bottom:2pt">{"".join(cells)}</div>']
        for j, ln in enumerate(b["tail"]):
            out.append(f'<p style="margin-left:{b.get("tail_left", 1.1) + (0.6 if j else 0)}cm">{inline(ln)}</p>')
        out.append(f'<div style="height:{b.get("after", 10)}pt"></div>')
        return "\n".join(out)

    def b_dpart(self, b, w):
        labw = b.get("labelw", self.doc.dpart_labelw)
        subw = b.get("subw", 0.75)
        label = b.get("label", "")
        out = []
        items = b["items"]
        for j, it in enumerate(items):
            lab = label if it["first"] else ""
            lab = f"<b>{esc(lab)}</b>" if (b.get("bold_label") and lab) else esc(lab)
            colon = (":" if label else "") if it["first"] else ""
            last = j == len(items) - 1
            mb = b.get("after", 6) if last else b.get("gap", 3)
            al = b.get("align", "justify")
            if it["sub"]:
                cols = f"{labw}cm 0.45cm {subw}cm 1fr"
                cells = (f"<span>{lab}</span><span>{colon}</span><span>{esc(it['sub'])}</span>"
                         f"<span style='text-align:{al}'>{inline(it['text'])}</span>")
            else:
                cols = f"{labw}cm 0.45cm 1fr"
                cells = f"<span>{lab}</span><span>{colon}</span><span style='text-align:{al}'>{inline(it['text'])}</span>"
            keep = "break-after:avoid;" if it["first"] and len(items) > 1 else ""
            out.append(f'<div class="kv" style="grid-template-columns:{cols};margin-bottom:{mb}pt;{keep}'
                       f'{self.sz(b.get("size"))}">{cells}</div>')
        return "\n".join(out)

    def b_table(self, b, w):
        size = b.get("size") or self.doc.size - 1
        aligns = b.get("align", [])
        widths = b["widths"]
        margin = f"margin-left:{b['left']}cm;" if b.get("left") else "margin-left:auto;margin-right:auto;"
        rows = []
        for r, row in enumerate(b["data"]):
            head = b["has_header"] and r == 0
            tds = []
            for ci, cell in enumerate(row):
                a = "center" if head else (aligns[ci] if ci < len(aligns) else "left")
                bg = "background:#e0e0e0;" if head and b.get("shade", True) else ""
                tds.append(f'<td style="text-align:{a};{bg}">{inline(cell)}</td>')
            rows.append(f"<tr>{''.join(tds)}</tr>")
        cols = "".join(f'<col style="width:{x}cm">' for x in widths)
        return (f'<table style="{margin}font-size:{size}pt;margin-top:{b.get("before", 4)}pt;'
                f'margin-bottom:{b.get("after", 8)}pt;width:{sum(widths)}cm"><colgroup>{cols}</colgroup>'
                f'<tbody>{"".join(rows)}</tbody></table>')

    def b_sign(self, b, w):
        cols = b["cols"]
        if len(cols) == 1:
            sw = b.get("width_cm", 8.0)
            where = b.get("align", "right")
            justify = {"right": "flex-end", "left": "flex-start", "center": "center"}.get(where, "flex-start")
            pad = f"padding-left:{where}cm;" if isinstance(where, (int, float)) else ""
        else:
            sw = b.get("width_cm", w * 0.47)
            justify, pad = "space-between", ""
        gap = b.get("gap_cm", 2.5)
        parts = []
        for col in cols:
            lines = []
            pending = 0
            for kind, text, bold, ul in col["lines"]:
                if kind == "gap":
                    pending = gap
                    continue
                if kind == "rule":
                    lines.append('<div style="border-top:0.6pt solid black;width:92%;margin:1pt 0 2pt 0"></div>')
                    continue
                a = "left" if kind == "pre" and col["pre_left"] else col["align"]
                st = f"text-align:{a};"
                if pending:
                    st += f"margin-top:{pending}cm;"
                    pending = 0
                t = esc(text)
                if ul:
                    t = f"<u>{t}</u>"
                if bold:
                    t = f"<b>{t}</b>"
                lines.append(f'<div style="{st}">{t}</div>')
            parts.append(f'<div style="width:{sw}cm">{"".join(lines)}</div>')
        return (f'<div class="sign" style="justify-content:{justify};{pad}margin:{b.get("space_before", 12)}pt 0 '
                f'{b.get("space_after", 6)}pt 0">{"".join(parts)}</div>')

    def b_hr(self, b, w):
        return (f'<div style="border-top:{b.get("width", 1.0)}pt solid black;margin:{b.get("before", 2)}pt 0 '
                f'{b.get("after", 8)}pt 0"></div>')

    def b_space(self, b, w):
        return f'<div style="height:{b.get("h", 12)}pt"></div>'

    def b_pagebreak(self, b, w):
        return '<div style="break-after:page"></div>'

    def b_cols(self, b, w):
        gutter = b.get("gutter_cm", 1.0)
        colw = (w - gutter) / 2
        left, right = b["blocks"]
        return (f'<div class="cols" style="column-gap:{gutter}cm">{self.blocks(left, colw)}'
                f'<div style="break-before:column"></div>{self.blocks(right, colw)}</div>')

    # ------------------------------------------------------------ page
    def html(self):
        doc = self.doc
        w_mm, h_mm = doc.page_mm
        top, right, bottom, left = doc.margins
        name = doc.family_name
        faces = [font_faces(name, doc.font_files)]
        for b in doc.blocks:
            if b["t"] == "kop" and b["family"] != doc.family:
                faces.append(font_faces(FAMILIES[b["family"]][0], FAMILIES[b["family"]][1]))
        margin_boxes = []
        fsize = doc.spec.get("footer_size", 7.5)
        if doc.page_numbers:
            pre, post = doc.page_number_format.split("{n}")
            margin_boxes.append(f'@top-center {{ content: {css_str(pre)} counter(page) {css_str(post)}; '
                                f'font-family: {css_str(name)}; font-size: {doc.size - 1}pt; '
                                f'vertical-align: bottom; padding-bottom: 0.5cm; }}')
        bottom_extra = 0
        if doc.footer_lines:
            margin_boxes.append(f'@bottom-center {{ content: {css_str(" ".join(doc.footer_lines))}; '
                                f'font-family: {css_str(name)}; font-size: {fsize}pt; vertical-align: top; '
                                f'text-align: center; border-top: 0.4pt solid black; margin-top: 0.3cm; }}')
        if doc.paraf:
            margin_boxes.append(f'@bottom-right {{ content: {css_str("Paraf  " + "   ".join(doc.paraf))}; '
                                f'font-family: {css_str(name)}; font-size: 7.5pt; vertical-align: middle; '
                                f'text-align: center; border: 0.6pt solid black; height: 1.4cm; '
                                f'margin: 0.3cm 0 0.6cm 0; white-space: pre; width: 6.5cm; }}')
            bottom_extra = 0.4
        first = "@page :first { @top-center { content: none; } }" if doc.page_numbers else ""
        top_m = top + (0.7 if doc.page_numbers else 0)
        css = f"""
{chr(10).join(faces)}
@page {{ size: {w_mm}mm {h_mm}mm; margin: {top_m}cm {right}cm {bottom + bottom_extra}cm {left}cm;
  {" ".join(margin_boxes)} }}
{first}
html, body {{ margin: 0; padding: 0; }}
body {{ font-family: {css_str(name)}; font-size: {doc.size}pt; line-height: {doc.lead}; color: black;
  hyphens: manual; -webkit-hyphens: manual; orphans: 2; widows: 2; }}
p {{ margin: 0; }}
p.c {{ text-align: center; }}
.li {{ display: grid; }}
.kv {{ display: grid; align-items: start; }}
.kv > span, .li > span {{ display: block; }}
table {{ border-collapse: collapse; table-layout: fixed; }}
td {{ border: 0.6pt solid black; padding: 3pt 4pt 4pt 4pt; vertical-align: middle; line-height: 1.15; }}
tr {{ break-inside: avoid; }}
.sign {{ display: flex; break-inside: avoid; }}
.cols {{ columns: 2; column-fill: auto; break-inside: avoid; }}
.kop {{ text-align: center; }}
"""
        body = self.blocks(doc.blocks)
        return (f'<!DOCTYPE html>\n<html lang="id"><head><meta charset="utf-8"><title>{esc(doc.spec["id"])}'
                f'</title><style>{css}</style></head><body>\n{body}\n</body></html>\n')


def chromium_print(html_path: Path, pdf: Path, work: Path):
    profile = work / "chromium-profile"
    cmd = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
           "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
           "--no-pdf-header-footer", "--allow-file-access-from-files", f"--print-to-pdf={pdf}",
           f"file://{html_path}"]
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=300, env=dict(os.environ, HOME=str(work)))
    shutil.rmtree(profile, ignore_errors=True)
    if not pdf.exists():
        raise RuntimeError(f"chromium failed: {r.stderr[-2000:]}")
    return pdf


def render(doc, work: Path) -> Path:
    h = work / f"{doc.spec['id']}.html"
    h.write_text(Writer(doc).html(), encoding="utf-8")
    return chromium_print(h, work / f"{doc.spec['id']}.pdf", work)
